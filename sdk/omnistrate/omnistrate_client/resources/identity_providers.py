"""`client.identity_providers` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.create_identity_provider_request import (
        CreateIdentityProviderRequest,
        CreateIdentityProviderRequestDict,
    )
    from ..models.identity_provider import IdentityProvider
    from ..models.list_identity_providers_result import ListIdentityProvidersResult
    from ..models.update_identity_provider_request import (
        UpdateIdentityProviderRequest,
        UpdateIdentityProviderRequestDict,
    )
    from ..models.verify_identity_provider_result import VerifyIdentityProviderResult

    pass

__all__ = [
    "AsyncIdentityProvidersResource",
    "AsyncIdentityProvidersResourceWithRawResponse",
    "AsyncIdentityProvidersResourceWithStreamingResponse",
    "IdentityProvidersResource",
    "IdentityProvidersResourceWithRawResponse",
    "IdentityProvidersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class IdentityProvidersResource:
    """`client.identity_providers`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> IdentityProvidersResourceWithRawResponse:
        return IdentityProvidersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> IdentityProvidersResourceWithStreamingResponse:
        return IdentityProvidersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListIdentityProvidersResult:
        """ListIdentityProviders identity-provider-api

        `GET /2022-09-01-00/identity-provider` (operation `listIdentityProviders`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListIdentityProvidersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            list_identity_providers as _identity_provider_api__list_identity_providers,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__list_identity_providers._get_kwargs()
        return cast(
            "ListIdentityProvidersResult",
            self._client._call(
                kwargs,
                _identity_provider_api__list_identity_providers._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        *,
        body: CreateIdentityProviderRequest | CreateIdentityProviderRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateIdentityProvider identity-provider-api

        `POST /2022-09-01-00/identity-provider` (operation `createIdentityProvider`)

        Args:
            body (CreateIdentityProviderRequest): Request body of CreateIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            create_identity_provider as _identity_provider_api__create_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__create_identity_provider._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _identity_provider_api__create_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IdentityProvider:
        """DescribeIdentityProvider identity-provider-api

        `GET /2022-09-01-00/identity-provider/{id}` (operation `describeIdentityProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IdentityProvider

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            describe_identity_provider as _identity_provider_api__describe_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__describe_identity_provider._get_kwargs(
            id=id,
        )
        return cast(
            "IdentityProvider",
            self._client._call(
                kwargs,
                _identity_provider_api__describe_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def verify(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> VerifyIdentityProviderResult:
        """VerifyIdentityProvider identity-provider-api

        `POST /2022-09-01-00/identity-provider/{id}` (operation `verifyIdentityProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            VerifyIdentityProviderResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            verify_identity_provider as _identity_provider_api__verify_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__verify_identity_provider._get_kwargs(
            id=id,
        )
        return cast(
            "VerifyIdentityProviderResult",
            self._client._call(
                kwargs,
                _identity_provider_api__verify_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteIdentityProvider identity-provider-api

        `DELETE /2022-09-01-00/identity-provider/{id}` (operation `deleteIdentityProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            delete_identity_provider as _identity_provider_api__delete_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__delete_identity_provider._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _identity_provider_api__delete_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateIdentityProviderRequest | UpdateIdentityProviderRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateIdentityProvider identity-provider-api

        `PATCH /2022-09-01-00/identity-provider/{id}` (operation `updateIdentityProvider`)

        Args:
            id (str):
            body (UpdateIdentityProviderRequest): Request body of UpdateIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            update_identity_provider as _identity_provider_api__update_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__update_identity_provider._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _identity_provider_api__update_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class IdentityProvidersResourceWithRawResponse:
    """`client.with_raw_response.identity_providers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: IdentityProvidersResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.verify = raw(resource.verify)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class IdentityProvidersResourceWithStreamingResponse:
    """`client.with_streaming_response.identity_providers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: IdentityProvidersResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.verify = streamed(resource.verify)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncIdentityProvidersResource:
    """`client.identity_providers`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIdentityProvidersResourceWithRawResponse:
        return AsyncIdentityProvidersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncIdentityProvidersResourceWithStreamingResponse:
        return AsyncIdentityProvidersResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListIdentityProvidersResult:
        """ListIdentityProviders identity-provider-api

        `GET /2022-09-01-00/identity-provider` (operation `listIdentityProviders`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListIdentityProvidersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            list_identity_providers as _identity_provider_api__list_identity_providers,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__list_identity_providers._get_kwargs()
        return cast(
            "ListIdentityProvidersResult",
            await self._client._call(
                kwargs,
                _identity_provider_api__list_identity_providers._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        *,
        body: CreateIdentityProviderRequest | CreateIdentityProviderRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateIdentityProvider identity-provider-api

        `POST /2022-09-01-00/identity-provider` (operation `createIdentityProvider`)

        Args:
            body (CreateIdentityProviderRequest): Request body of CreateIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            create_identity_provider as _identity_provider_api__create_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__create_identity_provider._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _identity_provider_api__create_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IdentityProvider:
        """DescribeIdentityProvider identity-provider-api

        `GET /2022-09-01-00/identity-provider/{id}` (operation `describeIdentityProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IdentityProvider

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            describe_identity_provider as _identity_provider_api__describe_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__describe_identity_provider._get_kwargs(
            id=id,
        )
        return cast(
            "IdentityProvider",
            await self._client._call(
                kwargs,
                _identity_provider_api__describe_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def verify(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> VerifyIdentityProviderResult:
        """VerifyIdentityProvider identity-provider-api

        `POST /2022-09-01-00/identity-provider/{id}` (operation `verifyIdentityProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            VerifyIdentityProviderResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            verify_identity_provider as _identity_provider_api__verify_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__verify_identity_provider._get_kwargs(
            id=id,
        )
        return cast(
            "VerifyIdentityProviderResult",
            await self._client._call(
                kwargs,
                _identity_provider_api__verify_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteIdentityProvider identity-provider-api

        `DELETE /2022-09-01-00/identity-provider/{id}` (operation `deleteIdentityProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            delete_identity_provider as _identity_provider_api__delete_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__delete_identity_provider._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _identity_provider_api__delete_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateIdentityProviderRequest | UpdateIdentityProviderRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateIdentityProvider identity-provider-api

        `PATCH /2022-09-01-00/identity-provider/{id}` (operation `updateIdentityProvider`)

        Args:
            id (str):
            body (UpdateIdentityProviderRequest): Request body of UpdateIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.identity_provider_api import (
            update_identity_provider as _identity_provider_api__update_identity_provider,  # noqa: PLC0415
        )

        kwargs = _identity_provider_api__update_identity_provider._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _identity_provider_api__update_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncIdentityProvidersResourceWithRawResponse:
    """`client.with_raw_response.identity_providers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncIdentityProvidersResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.verify = async_raw(resource.verify)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncIdentityProvidersResourceWithStreamingResponse:
    """`client.with_streaming_response.identity_providers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncIdentityProvidersResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.verify = async_streamed(resource.verify)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
