"""`client.tenants.role_bindings` (generated from the spec; see api.md)."""

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

    from ..models.delete_role_binding_request import DeleteRoleBindingRequest, DeleteRoleBindingRequestDict
    from ..models.role_binding_request import RoleBindingRequest, RoleBindingRequestDict
    from ..models.tenant_role_binding import TenantRoleBinding
    from ..models.tenant_role_binding_list import TenantRoleBindingList
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncTenantsRoleBindingsResource",
    "AsyncTenantsRoleBindingsResourceWithRawResponse",
    "AsyncTenantsRoleBindingsResourceWithStreamingResponse",
    "TenantsRoleBindingsResource",
    "TenantsRoleBindingsResourceWithRawResponse",
    "TenantsRoleBindingsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class TenantsRoleBindingsResource:
    """`client.tenants.role_bindings`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TenantsRoleBindingsResourceWithRawResponse:
        return TenantsRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TenantsRoleBindingsResourceWithStreamingResponse:
        return TenantsRoleBindingsResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TenantRoleBindingList:
        """List TenantRoleBindings

        Lists TenantRoleBindings

        `GET /api/tenants/{id}/role-bindings` (operation `listTenantRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TenantRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenant_role_bindings import (
            list_tenant_role_bindings as _tenant_role_bindings__list_tenant_role_bindings,  # noqa: PLC0415
        )

        kwargs = _tenant_role_bindings__list_tenant_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "TenantRoleBindingList",
            self._client._call(
                kwargs,
                _tenant_role_bindings__list_tenant_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        id: str,
        *,
        body: RoleBindingRequest | RoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TenantRoleBinding:
        """Create TenantRoleBinding

        Creates a new TenantRoleBinding

        `PUT /api/tenants/{id}/role-bindings` (operation `createTenantRoleBinding`)

        Args:
            id (str):
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TenantRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenant_role_bindings import (
            create_tenant_role_binding as _tenant_role_bindings__create_tenant_role_binding,  # noqa: PLC0415
        )

        kwargs = _tenant_role_bindings__create_tenant_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "TenantRoleBinding",
            self._client._call(
                kwargs,
                _tenant_role_bindings__create_tenant_role_binding._parse_response,
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
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete TenantRoleBinding

        Removes a single TenantRoleBinding

        `DELETE /api/tenants/{id}/role-bindings` (operation `deleteTenantRoleBinding`)

        Args:
            id (str):
            body (DeleteRoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenant_role_bindings import (
            delete_tenant_role_binding as _tenant_role_bindings__delete_tenant_role_binding,  # noqa: PLC0415
        )

        kwargs = _tenant_role_bindings__delete_tenant_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _tenant_role_bindings__delete_tenant_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class TenantsRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.tenants.role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: TenantsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)


class TenantsRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: TenantsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)


class AsyncTenantsRoleBindingsResource:
    """`client.tenants.role_bindings`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTenantsRoleBindingsResourceWithRawResponse:
        return AsyncTenantsRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTenantsRoleBindingsResourceWithStreamingResponse:
        return AsyncTenantsRoleBindingsResourceWithStreamingResponse(self)

    async def list(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TenantRoleBindingList:
        """List TenantRoleBindings

        Lists TenantRoleBindings

        `GET /api/tenants/{id}/role-bindings` (operation `listTenantRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TenantRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenant_role_bindings import (
            list_tenant_role_bindings as _tenant_role_bindings__list_tenant_role_bindings,  # noqa: PLC0415
        )

        kwargs = _tenant_role_bindings__list_tenant_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "TenantRoleBindingList",
            await self._client._call(
                kwargs,
                _tenant_role_bindings__list_tenant_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        id: str,
        *,
        body: RoleBindingRequest | RoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TenantRoleBinding:
        """Create TenantRoleBinding

        Creates a new TenantRoleBinding

        `PUT /api/tenants/{id}/role-bindings` (operation `createTenantRoleBinding`)

        Args:
            id (str):
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TenantRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenant_role_bindings import (
            create_tenant_role_binding as _tenant_role_bindings__create_tenant_role_binding,  # noqa: PLC0415
        )

        kwargs = _tenant_role_bindings__create_tenant_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "TenantRoleBinding",
            await self._client._call(
                kwargs,
                _tenant_role_bindings__create_tenant_role_binding._parse_response,
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
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete TenantRoleBinding

        Removes a single TenantRoleBinding

        `DELETE /api/tenants/{id}/role-bindings` (operation `deleteTenantRoleBinding`)

        Args:
            id (str):
            body (DeleteRoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenant_role_bindings import (
            delete_tenant_role_binding as _tenant_role_bindings__delete_tenant_role_binding,  # noqa: PLC0415
        )

        kwargs = _tenant_role_bindings__delete_tenant_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _tenant_role_bindings__delete_tenant_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncTenantsRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.tenants.role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncTenantsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)


class AsyncTenantsRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncTenantsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
