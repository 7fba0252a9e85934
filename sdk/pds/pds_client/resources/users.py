"""`client.users` (generated from the spec; see api.md)."""

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

    from ..models.user import User

    pass

__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "AsyncUsersResourceWithStreamingResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
    "UsersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class UsersResource:
    """`client.users`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        return UsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersResourceWithStreamingResponse:
        return UsersResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> User:
        """Get User

        Fetches a single User

        `GET /api/users/{id}` (operation `getUser`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            User

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users import get_user as _users__get_user  # noqa: PLC0415

        kwargs = _users__get_user._get_kwargs(
            id=id,
        )
        return cast(
            "User",
            self._client._call(
                kwargs, _users__get_user._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class UsersResourceWithRawResponse:
    """`client.with_raw_response.users`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)


class UsersResourceWithStreamingResponse:
    """`client.with_streaming_response.users`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)


class AsyncUsersResource:
    """`client.users`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        return AsyncUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersResourceWithStreamingResponse:
        return AsyncUsersResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> User:
        """Get User

        Fetches a single User

        `GET /api/users/{id}` (operation `getUser`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            User

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users import get_user as _users__get_user  # noqa: PLC0415

        kwargs = _users__get_user._get_kwargs(
            id=id,
        )
        return cast(
            "User",
            await self._client._call(
                kwargs, _users__get_user._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncUsersResourceWithRawResponse:
    """`client.with_raw_response.users`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)


class AsyncUsersResourceWithStreamingResponse:
    """`client.with_streaming_response.users`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
