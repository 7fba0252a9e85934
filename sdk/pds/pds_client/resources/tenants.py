"""`client.tenants` (generated from the spec; see api.md)."""

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

    from ..models.dns_details import DNSDetails
    from ..models.tenant import Tenant
    from .tenants_role_bindings import (
        AsyncTenantsRoleBindingsResource,
        AsyncTenantsRoleBindingsResourceWithRawResponse,
        AsyncTenantsRoleBindingsResourceWithStreamingResponse,
        TenantsRoleBindingsResource,
        TenantsRoleBindingsResourceWithRawResponse,
        TenantsRoleBindingsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncTenantsResource",
    "AsyncTenantsResourceWithRawResponse",
    "AsyncTenantsResourceWithStreamingResponse",
    "TenantsResource",
    "TenantsResourceWithRawResponse",
    "TenantsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class TenantsResource:
    """`client.tenants`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def role_bindings(self) -> TenantsRoleBindingsResource:
        from .tenants_role_bindings import TenantsRoleBindingsResource

        return TenantsRoleBindingsResource(self._client)

    @cached_property
    def with_raw_response(self) -> TenantsResourceWithRawResponse:
        return TenantsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TenantsResourceWithStreamingResponse:
        return TenantsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Tenant:
        """Get Tenant

        Fetches a single Tenant

        `GET /api/tenants/{id}` (operation `getTenant`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Tenant

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import get_tenant as _tenants__get_tenant  # noqa: PLC0415

        kwargs = _tenants__get_tenant._get_kwargs(
            id=id,
        )
        return cast(
            "Tenant",
            self._client._call(
                kwargs, _tenants__get_tenant._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def get_dns_details(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DNSDetails:
        """Get DNS details for Tenant

        Get DNS details/credentials for Tenant

        `GET /api/tenants/{id}/dns-details` (operation `getTenantDnsDetails`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DNSDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import get_tenant_dns_details as _tenants__get_tenant_dns_details  # noqa: PLC0415

        kwargs = _tenants__get_tenant_dns_details._get_kwargs(
            id=id,
        )
        return cast(
            "DNSDetails",
            self._client._call(
                kwargs,
                _tenants__get_tenant_dns_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class TenantsResourceWithRawResponse:
    """`client.with_raw_response.tenants`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: TenantsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.get_dns_details = raw(resource.get_dns_details)

    @cached_property
    def role_bindings(self) -> TenantsRoleBindingsResourceWithRawResponse:
        from .tenants_role_bindings import TenantsRoleBindingsResourceWithRawResponse

        return TenantsRoleBindingsResourceWithRawResponse(self._resource.role_bindings)


class TenantsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: TenantsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.get_dns_details = streamed(resource.get_dns_details)

    @cached_property
    def role_bindings(self) -> TenantsRoleBindingsResourceWithStreamingResponse:
        from .tenants_role_bindings import TenantsRoleBindingsResourceWithStreamingResponse

        return TenantsRoleBindingsResourceWithStreamingResponse(self._resource.role_bindings)


class AsyncTenantsResource:
    """`client.tenants`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def role_bindings(self) -> AsyncTenantsRoleBindingsResource:
        from .tenants_role_bindings import AsyncTenantsRoleBindingsResource

        return AsyncTenantsRoleBindingsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncTenantsResourceWithRawResponse:
        return AsyncTenantsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTenantsResourceWithStreamingResponse:
        return AsyncTenantsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Tenant:
        """Get Tenant

        Fetches a single Tenant

        `GET /api/tenants/{id}` (operation `getTenant`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Tenant

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import get_tenant as _tenants__get_tenant  # noqa: PLC0415

        kwargs = _tenants__get_tenant._get_kwargs(
            id=id,
        )
        return cast(
            "Tenant",
            await self._client._call(
                kwargs, _tenants__get_tenant._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def get_dns_details(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DNSDetails:
        """Get DNS details for Tenant

        Get DNS details/credentials for Tenant

        `GET /api/tenants/{id}/dns-details` (operation `getTenantDnsDetails`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DNSDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import get_tenant_dns_details as _tenants__get_tenant_dns_details  # noqa: PLC0415

        kwargs = _tenants__get_tenant_dns_details._get_kwargs(
            id=id,
        )
        return cast(
            "DNSDetails",
            await self._client._call(
                kwargs,
                _tenants__get_tenant_dns_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncTenantsResourceWithRawResponse:
    """`client.with_raw_response.tenants`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncTenantsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.get_dns_details = async_raw(resource.get_dns_details)

    @cached_property
    def role_bindings(self) -> AsyncTenantsRoleBindingsResourceWithRawResponse:
        from .tenants_role_bindings import AsyncTenantsRoleBindingsResourceWithRawResponse

        return AsyncTenantsRoleBindingsResourceWithRawResponse(self._resource.role_bindings)


class AsyncTenantsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncTenantsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.get_dns_details = async_streamed(resource.get_dns_details)

    @cached_property
    def role_bindings(self) -> AsyncTenantsRoleBindingsResourceWithStreamingResponse:
        from .tenants_role_bindings import AsyncTenantsRoleBindingsResourceWithStreamingResponse

        return AsyncTenantsRoleBindingsResourceWithStreamingResponse(self._resource.role_bindings)
