"""`client.custom_domains` (generated from the spec; see api.md)."""

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

    from ..models.create_custom_domain_request import CreateCustomDomainRequest, CreateCustomDomainRequestDict
    from ..models.custom_domain_identity_id_result import CustomDomainIdentityIDResult
    from ..models.describe_custom_domain_result import DescribeCustomDomainResult
    from ..models.list_custom_domain_result import ListCustomDomainResult

    pass

__all__ = [
    "AsyncCustomDomainsResource",
    "AsyncCustomDomainsResourceWithRawResponse",
    "AsyncCustomDomainsResourceWithStreamingResponse",
    "CustomDomainsResource",
    "CustomDomainsResourceWithRawResponse",
    "CustomDomainsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class CustomDomainsResource:
    """`client.custom_domains`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsResourceWithRawResponse:
        return CustomDomainsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CustomDomainsResourceWithStreamingResponse:
        return CustomDomainsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListCustomDomainResult:
        """ListCustomDomain custom-domain-api

        `GET /2022-09-01-00/customdomain` (operation `listCustomDomain`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListCustomDomainResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import list_custom_domain as _custom_domain_api__list_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__list_custom_domain._get_kwargs()
        return cast(
            "ListCustomDomainResult",
            self._client._call(
                kwargs,
                _custom_domain_api__list_custom_domain._parse_response,
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
        body: CreateCustomDomainRequest | CreateCustomDomainRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateCustomDomain custom-domain-api

        `POST /2022-09-01-00/customdomain` (operation `createCustomDomain`)

        Args:
            body (CreateCustomDomainRequest): Request body of CreateCustomDomain
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import create_custom_domain as _custom_domain_api__create_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__create_custom_domain._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _custom_domain_api__create_custom_domain._parse_response,
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
    ) -> DescribeCustomDomainResult:
        """DescribeCustomDomain custom-domain-api

        `GET /2022-09-01-00/customdomain/{id}` (operation `describeCustomDomain`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeCustomDomainResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import describe_custom_domain as _custom_domain_api__describe_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__describe_custom_domain._get_kwargs(
            id=id,
        )
        return cast(
            "DescribeCustomDomainResult",
            self._client._call(
                kwargs,
                _custom_domain_api__describe_custom_domain._parse_response,
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
        """DeleteCustomDomain custom-domain-api

        `DELETE /2022-09-01-00/customdomain/{id}` (operation `deleteCustomDomain`)

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

        from ..api.custom_domain_api import delete_custom_domain as _custom_domain_api__delete_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__delete_custom_domain._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _custom_domain_api__delete_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def custom_domain_identity_id(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomDomainIdentityIDResult:
        """CustomDomainIdentityID custom-domain-api

        Returns the identity id of the Custom Domain to be used in the trust policy of the account

        `GET /2022-09-01-00/customdomain/identityid` (operation `customDomainIdentityID`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomDomainIdentityIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import custom_domain_identity_id as _custom_domain_api__custom_domain_identity_id  # noqa: PLC0415

        kwargs = _custom_domain_api__custom_domain_identity_id._get_kwargs()
        return cast(
            "CustomDomainIdentityIDResult",
            self._client._call(
                kwargs,
                _custom_domain_api__custom_domain_identity_id._parse_response,
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
    ) -> None:
        """VerifyCustomDomain custom-domain-api

        `POST /2022-09-01-00/customdomain/verify/{id}` (operation `verifyCustomDomain`)

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

        from ..api.custom_domain_api import verify_custom_domain as _custom_domain_api__verify_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__verify_custom_domain._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _custom_domain_api__verify_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class CustomDomainsResourceWithRawResponse:
    """`client.with_raw_response.custom_domains`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: CustomDomainsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.custom_domain_identity_id = raw(resource.custom_domain_identity_id)
        self.verify = raw(resource.verify)


class CustomDomainsResourceWithStreamingResponse:
    """`client.with_streaming_response.custom_domains`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: CustomDomainsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.custom_domain_identity_id = streamed(resource.custom_domain_identity_id)
        self.verify = streamed(resource.verify)


class AsyncCustomDomainsResource:
    """`client.custom_domains`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsResourceWithRawResponse:
        return AsyncCustomDomainsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCustomDomainsResourceWithStreamingResponse:
        return AsyncCustomDomainsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListCustomDomainResult:
        """ListCustomDomain custom-domain-api

        `GET /2022-09-01-00/customdomain` (operation `listCustomDomain`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListCustomDomainResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import list_custom_domain as _custom_domain_api__list_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__list_custom_domain._get_kwargs()
        return cast(
            "ListCustomDomainResult",
            await self._client._call(
                kwargs,
                _custom_domain_api__list_custom_domain._parse_response,
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
        body: CreateCustomDomainRequest | CreateCustomDomainRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateCustomDomain custom-domain-api

        `POST /2022-09-01-00/customdomain` (operation `createCustomDomain`)

        Args:
            body (CreateCustomDomainRequest): Request body of CreateCustomDomain
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import create_custom_domain as _custom_domain_api__create_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__create_custom_domain._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _custom_domain_api__create_custom_domain._parse_response,
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
    ) -> DescribeCustomDomainResult:
        """DescribeCustomDomain custom-domain-api

        `GET /2022-09-01-00/customdomain/{id}` (operation `describeCustomDomain`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeCustomDomainResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import describe_custom_domain as _custom_domain_api__describe_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__describe_custom_domain._get_kwargs(
            id=id,
        )
        return cast(
            "DescribeCustomDomainResult",
            await self._client._call(
                kwargs,
                _custom_domain_api__describe_custom_domain._parse_response,
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
        """DeleteCustomDomain custom-domain-api

        `DELETE /2022-09-01-00/customdomain/{id}` (operation `deleteCustomDomain`)

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

        from ..api.custom_domain_api import delete_custom_domain as _custom_domain_api__delete_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__delete_custom_domain._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _custom_domain_api__delete_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def custom_domain_identity_id(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomDomainIdentityIDResult:
        """CustomDomainIdentityID custom-domain-api

        Returns the identity id of the Custom Domain to be used in the trust policy of the account

        `GET /2022-09-01-00/customdomain/identityid` (operation `customDomainIdentityID`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomDomainIdentityIDResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_domain_api import custom_domain_identity_id as _custom_domain_api__custom_domain_identity_id  # noqa: PLC0415

        kwargs = _custom_domain_api__custom_domain_identity_id._get_kwargs()
        return cast(
            "CustomDomainIdentityIDResult",
            await self._client._call(
                kwargs,
                _custom_domain_api__custom_domain_identity_id._parse_response,
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
    ) -> None:
        """VerifyCustomDomain custom-domain-api

        `POST /2022-09-01-00/customdomain/verify/{id}` (operation `verifyCustomDomain`)

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

        from ..api.custom_domain_api import verify_custom_domain as _custom_domain_api__verify_custom_domain  # noqa: PLC0415

        kwargs = _custom_domain_api__verify_custom_domain._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _custom_domain_api__verify_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncCustomDomainsResourceWithRawResponse:
    """`client.with_raw_response.custom_domains`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncCustomDomainsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.custom_domain_identity_id = async_raw(resource.custom_domain_identity_id)
        self.verify = async_raw(resource.verify)


class AsyncCustomDomainsResourceWithStreamingResponse:
    """`client.with_streaming_response.custom_domains`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncCustomDomainsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.custom_domain_identity_id = async_streamed(resource.custom_domain_identity_id)
        self.verify = async_streamed(resource.verify)
