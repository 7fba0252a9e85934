"""`client.roles` (generated from the spec; see api.md)."""

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

    from ..models.role_list import RoleList

    pass

__all__ = [
    "AsyncRolesResource",
    "AsyncRolesResourceWithRawResponse",
    "AsyncRolesResourceWithStreamingResponse",
    "RolesResource",
    "RolesResourceWithRawResponse",
    "RolesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class RolesResource:
    """`client.roles`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesResourceWithRawResponse:
        return RolesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RolesResourceWithStreamingResponse:
        return RolesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RoleList:
        """List Roles

        Fetches list of supported Roles

        `GET /api/roles` (operation `listRoles`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RoleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.roles import list_roles as _roles__list_roles  # noqa: PLC0415

        kwargs = _roles__list_roles._get_kwargs()
        return cast(
            "RoleList",
            self._client._call(
                kwargs, _roles__list_roles._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class RolesResourceWithRawResponse:
    """`client.with_raw_response.roles`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: RolesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)


class RolesResourceWithStreamingResponse:
    """`client.with_streaming_response.roles`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: RolesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)


class AsyncRolesResource:
    """`client.roles`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesResourceWithRawResponse:
        return AsyncRolesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRolesResourceWithStreamingResponse:
        return AsyncRolesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RoleList:
        """List Roles

        Fetches list of supported Roles

        `GET /api/roles` (operation `listRoles`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RoleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.roles import list_roles as _roles__list_roles  # noqa: PLC0415

        kwargs = _roles__list_roles._get_kwargs()
        return cast(
            "RoleList",
            await self._client._call(
                kwargs, _roles__list_roles._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncRolesResourceWithRawResponse:
    """`client.with_raw_response.roles`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncRolesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)


class AsyncRolesResourceWithStreamingResponse:
    """`client.with_streaming_response.roles`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncRolesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
