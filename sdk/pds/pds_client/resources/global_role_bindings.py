"""`client.global_role_bindings` (generated from the spec; see api.md)."""

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
    from ..models.global_role_binding import GlobalRoleBinding
    from ..models.global_role_binding_list import GlobalRoleBindingList
    from ..models.role_binding_request import RoleBindingRequest, RoleBindingRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncGlobalRoleBindingsResource",
    "AsyncGlobalRoleBindingsResourceWithRawResponse",
    "AsyncGlobalRoleBindingsResourceWithStreamingResponse",
    "GlobalRoleBindingsResource",
    "GlobalRoleBindingsResourceWithRawResponse",
    "GlobalRoleBindingsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class GlobalRoleBindingsResource:
    """`client.global_role_bindings`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GlobalRoleBindingsResourceWithRawResponse:
        return GlobalRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GlobalRoleBindingsResourceWithStreamingResponse:
        return GlobalRoleBindingsResourceWithStreamingResponse(self)

    def list(
        self,
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
    ) -> GlobalRoleBindingList:
        """List GlobalRoleBindings

        Lists GlobalRoleBindings

        `GET /api/global-role-bindings` (operation `listGlobalRoleBindings`)

        Args:
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GlobalRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_role_bindings import (
            list_global_role_bindings as _global_role_bindings__list_global_role_bindings,  # noqa: PLC0415
        )

        kwargs = _global_role_bindings__list_global_role_bindings._get_kwargs(
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "GlobalRoleBindingList",
            self._client._call(
                kwargs,
                _global_role_bindings__list_global_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def set(
        self,
        *,
        body: RoleBindingRequest | RoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GlobalRoleBinding:
        """Set GlobalRoleBinding

        Creates a new GlobalRoleBinding

        `PUT /api/global-role-bindings` (operation `setGlobalRoleBinding`)

        Args:
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GlobalRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_role_bindings import set_global_role_binding as _global_role_bindings__set_global_role_binding  # noqa: PLC0415

        kwargs = _global_role_bindings__set_global_role_binding._get_kwargs(
            body=body,
        )
        return cast(
            "GlobalRoleBinding",
            self._client._call(
                kwargs,
                _global_role_bindings__set_global_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        *,
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete GlobalRoleBinding

        Removes a single GlobalRoleBindings

        `DELETE /api/global-role-bindings` (operation `deleteGlobalRoleBinding`)

        Args:
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

        from ..api.global_role_bindings import (
            delete_global_role_binding as _global_role_bindings__delete_global_role_binding,  # noqa: PLC0415
        )

        kwargs = _global_role_bindings__delete_global_role_binding._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _global_role_bindings__delete_global_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class GlobalRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.global_role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: GlobalRoleBindingsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.set = raw(resource.set)
        self.delete = raw(resource.delete)


class GlobalRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.global_role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: GlobalRoleBindingsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.set = streamed(resource.set)
        self.delete = streamed(resource.delete)


class AsyncGlobalRoleBindingsResource:
    """`client.global_role_bindings`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGlobalRoleBindingsResourceWithRawResponse:
        return AsyncGlobalRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGlobalRoleBindingsResourceWithStreamingResponse:
        return AsyncGlobalRoleBindingsResourceWithStreamingResponse(self)

    async def list(
        self,
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
    ) -> GlobalRoleBindingList:
        """List GlobalRoleBindings

        Lists GlobalRoleBindings

        `GET /api/global-role-bindings` (operation `listGlobalRoleBindings`)

        Args:
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GlobalRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_role_bindings import (
            list_global_role_bindings as _global_role_bindings__list_global_role_bindings,  # noqa: PLC0415
        )

        kwargs = _global_role_bindings__list_global_role_bindings._get_kwargs(
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "GlobalRoleBindingList",
            await self._client._call(
                kwargs,
                _global_role_bindings__list_global_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def set(
        self,
        *,
        body: RoleBindingRequest | RoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GlobalRoleBinding:
        """Set GlobalRoleBinding

        Creates a new GlobalRoleBinding

        `PUT /api/global-role-bindings` (operation `setGlobalRoleBinding`)

        Args:
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GlobalRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_role_bindings import set_global_role_binding as _global_role_bindings__set_global_role_binding  # noqa: PLC0415

        kwargs = _global_role_bindings__set_global_role_binding._get_kwargs(
            body=body,
        )
        return cast(
            "GlobalRoleBinding",
            await self._client._call(
                kwargs,
                _global_role_bindings__set_global_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        *,
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete GlobalRoleBinding

        Removes a single GlobalRoleBindings

        `DELETE /api/global-role-bindings` (operation `deleteGlobalRoleBinding`)

        Args:
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

        from ..api.global_role_bindings import (
            delete_global_role_binding as _global_role_bindings__delete_global_role_binding,  # noqa: PLC0415
        )

        kwargs = _global_role_bindings__delete_global_role_binding._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _global_role_bindings__delete_global_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncGlobalRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.global_role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncGlobalRoleBindingsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.set = async_raw(resource.set)
        self.delete = async_raw(resource.delete)


class AsyncGlobalRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.global_role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncGlobalRoleBindingsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.set = async_streamed(resource.set)
        self.delete = async_streamed(resource.delete)
