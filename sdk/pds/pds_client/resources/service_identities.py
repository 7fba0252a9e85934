"""`client.service_identities` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime import pagination as _pages
from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.generate_token_request import GenerateTokenRequest, GenerateTokenRequestDict
    from ..models.generate_token_response import GenerateTokenResponse
    from ..models.service_identity import ServiceIdentity
    from ..models.service_identity_request import ServiceIdentityRequest, ServiceIdentityRequestDict
    from ..models.service_identity_with_token import ServiceIdentityWithToken
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServiceIdentitiesResource",
    "AsyncServiceIdentitiesResourceWithRawResponse",
    "AsyncServiceIdentitiesResourceWithStreamingResponse",
    "ServiceIdentitiesResource",
    "ServiceIdentitiesResourceWithRawResponse",
    "ServiceIdentitiesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServiceIdentitiesResource:
    """`client.service_identities`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceIdentitiesResourceWithRawResponse:
        return ServiceIdentitiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceIdentitiesResourceWithStreamingResponse:
        return ServiceIdentitiesResourceWithStreamingResponse(self)

    def list(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[ServiceIdentity]:
        """List Service Identity

        Lists all ServiceIdentity for an account

        `GET /api/accounts/{id}/service-identity` (operation `listServiceIdentities`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            created_by (str | Unset):
            client_id (str | Unset):
            enabled (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[ServiceIdentity]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import list_service_identities as _service_identity__list_service_identities  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _service_identity__list_service_identities._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                created_by=created_by,
                client_id=client_id,
                enabled=enabled,
            )
            return self._client._call(
                kwargs,
                _service_identity__list_service_identities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    def create(
        self,
        id: str,
        *,
        body: ServiceIdentityRequest | ServiceIdentityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentityWithToken:
        """Create a Service Identity

        Create a Service Identity for programmatic access to pds

        `POST /api/accounts/{id}/service-identity` (operation `createServiceIdentity`)

        Args:
            id (str):
            body (ServiceIdentityRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentityWithToken

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import create_service_identity as _service_identity__create_service_identity  # noqa: PLC0415

        kwargs = _service_identity__create_service_identity._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ServiceIdentityWithToken",
            self._client._call(
                kwargs,
                _service_identity__create_service_identity._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentity:
        """Get service identity by ID

        Get service identity by ID

        `GET /api/service-identity/{id}` (operation `getServiceIdentity`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentity

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import get_service_identity as _service_identity__get_service_identity  # noqa: PLC0415

        kwargs = _service_identity__get_service_identity._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceIdentity",
            self._client._call(
                kwargs,
                _service_identity__get_service_identity._parse_response,
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
        body: ServiceIdentityRequest | ServiceIdentityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentity:
        """Update service identity

        Update service identity name or description

        `PUT /api/service-identity/{id}` (operation `updateServiceIdentity`)

        Args:
            id (str):
            body (ServiceIdentityRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentity

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import update_service_identity as _service_identity__update_service_identity  # noqa: PLC0415

        kwargs = _service_identity__update_service_identity._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ServiceIdentity",
            self._client._call(
                kwargs,
                _service_identity__update_service_identity._parse_response,
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
        """Delete service identity

        Delete service identity by ID

        `DELETE /api/service-identity/{id}` (operation `deleteServiceIdentity`)

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

        from ..api.service_identity import delete_service_identity as _service_identity__delete_service_identity  # noqa: PLC0415

        kwargs = _service_identity__delete_service_identity._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_identity__delete_service_identity._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def regenerate_credentials(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentityWithToken:
        """Regenerate service identity credentials

        Revokes existing credentials and regenerate new ClientID and ClientToken

        `GET /api/service-identity/{id}/regenerate` (operation `regenerateServiceIdentityCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentityWithToken

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import (
            regenerate_service_identity_credentials as _service_identity__regenerate_service_identity_credentials,  # noqa: PLC0415
        )

        kwargs = _service_identity__regenerate_service_identity_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceIdentityWithToken",
            self._client._call(
                kwargs,
                _service_identity__regenerate_service_identity_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def generate_token(
        self,
        *,
        body: GenerateTokenRequest | GenerateTokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GenerateTokenResponse:
        """Generate JWT token for service identity

        Generates JWT token for a service identity using client id and client token

        Authenticating for later requests using the ID token: Authorization: Bearer {id_token}

        `POST /service-identity/generate-token` (operation `generateServiceIdentityToken`)

        Args:
            body (GenerateTokenRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GenerateTokenResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import (
            generate_service_identity_token as _service_identity__generate_service_identity_token,  # noqa: PLC0415
        )

        kwargs = _service_identity__generate_service_identity_token._get_kwargs(
            body=body,
        )
        return cast(
            "GenerateTokenResponse",
            self._client._call(
                kwargs,
                _service_identity__generate_service_identity_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServiceIdentitiesResourceWithRawResponse:
    """`client.with_raw_response.service_identities`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServiceIdentitiesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.regenerate_credentials = raw(resource.regenerate_credentials)
        self.generate_token = raw(resource.generate_token)


class ServiceIdentitiesResourceWithStreamingResponse:
    """`client.with_streaming_response.service_identities`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServiceIdentitiesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.regenerate_credentials = streamed(resource.regenerate_credentials)
        self.generate_token = streamed(resource.generate_token)


class AsyncServiceIdentitiesResource:
    """`client.service_identities`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceIdentitiesResourceWithRawResponse:
        return AsyncServiceIdentitiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceIdentitiesResourceWithStreamingResponse:
        return AsyncServiceIdentitiesResourceWithStreamingResponse(self)

    def list(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[ServiceIdentity]:
        """List Service Identity

        Lists all ServiceIdentity for an account

        `GET /api/accounts/{id}/service-identity` (operation `listServiceIdentities`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            created_by (str | Unset):
            client_id (str | Unset):
            enabled (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[ServiceIdentity]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import list_service_identities as _service_identity__list_service_identities  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _service_identity__list_service_identities._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                created_by=created_by,
                client_id=client_id,
                enabled=enabled,
            )
            return await self._client._call(
                kwargs,
                _service_identity__list_service_identities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    async def create(
        self,
        id: str,
        *,
        body: ServiceIdentityRequest | ServiceIdentityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentityWithToken:
        """Create a Service Identity

        Create a Service Identity for programmatic access to pds

        `POST /api/accounts/{id}/service-identity` (operation `createServiceIdentity`)

        Args:
            id (str):
            body (ServiceIdentityRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentityWithToken

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import create_service_identity as _service_identity__create_service_identity  # noqa: PLC0415

        kwargs = _service_identity__create_service_identity._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ServiceIdentityWithToken",
            await self._client._call(
                kwargs,
                _service_identity__create_service_identity._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentity:
        """Get service identity by ID

        Get service identity by ID

        `GET /api/service-identity/{id}` (operation `getServiceIdentity`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentity

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import get_service_identity as _service_identity__get_service_identity  # noqa: PLC0415

        kwargs = _service_identity__get_service_identity._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceIdentity",
            await self._client._call(
                kwargs,
                _service_identity__get_service_identity._parse_response,
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
        body: ServiceIdentityRequest | ServiceIdentityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentity:
        """Update service identity

        Update service identity name or description

        `PUT /api/service-identity/{id}` (operation `updateServiceIdentity`)

        Args:
            id (str):
            body (ServiceIdentityRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentity

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import update_service_identity as _service_identity__update_service_identity  # noqa: PLC0415

        kwargs = _service_identity__update_service_identity._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ServiceIdentity",
            await self._client._call(
                kwargs,
                _service_identity__update_service_identity._parse_response,
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
        """Delete service identity

        Delete service identity by ID

        `DELETE /api/service-identity/{id}` (operation `deleteServiceIdentity`)

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

        from ..api.service_identity import delete_service_identity as _service_identity__delete_service_identity  # noqa: PLC0415

        kwargs = _service_identity__delete_service_identity._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_identity__delete_service_identity._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def regenerate_credentials(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceIdentityWithToken:
        """Regenerate service identity credentials

        Revokes existing credentials and regenerate new ClientID and ClientToken

        `GET /api/service-identity/{id}/regenerate` (operation `regenerateServiceIdentityCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceIdentityWithToken

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import (
            regenerate_service_identity_credentials as _service_identity__regenerate_service_identity_credentials,  # noqa: PLC0415
        )

        kwargs = _service_identity__regenerate_service_identity_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceIdentityWithToken",
            await self._client._call(
                kwargs,
                _service_identity__regenerate_service_identity_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def generate_token(
        self,
        *,
        body: GenerateTokenRequest | GenerateTokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GenerateTokenResponse:
        """Generate JWT token for service identity

        Generates JWT token for a service identity using client id and client token

        Authenticating for later requests using the ID token: Authorization: Bearer {id_token}

        `POST /service-identity/generate-token` (operation `generateServiceIdentityToken`)

        Args:
            body (GenerateTokenRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GenerateTokenResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_identity import (
            generate_service_identity_token as _service_identity__generate_service_identity_token,  # noqa: PLC0415
        )

        kwargs = _service_identity__generate_service_identity_token._get_kwargs(
            body=body,
        )
        return cast(
            "GenerateTokenResponse",
            await self._client._call(
                kwargs,
                _service_identity__generate_service_identity_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServiceIdentitiesResourceWithRawResponse:
    """`client.with_raw_response.service_identities`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServiceIdentitiesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.regenerate_credentials = async_raw(resource.regenerate_credentials)
        self.generate_token = async_raw(resource.generate_token)


class AsyncServiceIdentitiesResourceWithStreamingResponse:
    """`client.with_streaming_response.service_identities`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServiceIdentitiesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.regenerate_credentials = async_streamed(resource.regenerate_credentials)
        self.generate_token = async_streamed(resource.generate_token)
