"""`client.whoami` (generated from the spec; see api.md)."""

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

    from ..models.who_am_i import WhoAmI

    pass

__all__ = [
    "AsyncWhoamiResource",
    "AsyncWhoamiResourceWithRawResponse",
    "AsyncWhoamiResourceWithStreamingResponse",
    "WhoamiResource",
    "WhoamiResourceWithRawResponse",
    "WhoamiResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class WhoamiResource:
    """`client.whoami`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WhoamiResourceWithRawResponse:
        return WhoamiResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WhoamiResourceWithStreamingResponse:
        return WhoamiResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WhoAmI:
        """Get Current Actor

        Fetches a details of the current calling actor (user or service account)

        `GET /api/whoami` (operation `getCurrentActor`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WhoAmI

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.who_am_i import get_current_actor as _who_am_i__get_current_actor  # noqa: PLC0415

        kwargs = _who_am_i__get_current_actor._get_kwargs()
        return cast(
            "WhoAmI",
            self._client._call(
                kwargs,
                _who_am_i__get_current_actor._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class WhoamiResourceWithRawResponse:
    """`client.with_raw_response.whoami`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: WhoamiResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)


class WhoamiResourceWithStreamingResponse:
    """`client.with_streaming_response.whoami`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: WhoamiResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)


class AsyncWhoamiResource:
    """`client.whoami`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWhoamiResourceWithRawResponse:
        return AsyncWhoamiResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWhoamiResourceWithStreamingResponse:
        return AsyncWhoamiResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WhoAmI:
        """Get Current Actor

        Fetches a details of the current calling actor (user or service account)

        `GET /api/whoami` (operation `getCurrentActor`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WhoAmI

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.who_am_i import get_current_actor as _who_am_i__get_current_actor  # noqa: PLC0415

        kwargs = _who_am_i__get_current_actor._get_kwargs()
        return cast(
            "WhoAmI",
            await self._client._call(
                kwargs,
                _who_am_i__get_current_actor._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncWhoamiResourceWithRawResponse:
    """`client.with_raw_response.whoami`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncWhoamiResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)


class AsyncWhoamiResourceWithStreamingResponse:
    """`client.with_streaming_response.whoami`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncWhoamiResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
