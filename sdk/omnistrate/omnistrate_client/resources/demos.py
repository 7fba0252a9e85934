"""`client.demos` (generated from the spec; see api.md)."""

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

    from ..models.demo_request import DemoRequest, DemoRequestDict

    pass

__all__ = [
    "AsyncDemosResource",
    "AsyncDemosResourceWithRawResponse",
    "AsyncDemosResourceWithStreamingResponse",
    "DemosResource",
    "DemosResourceWithRawResponse",
    "DemosResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DemosResource:
    """`client.demos`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DemosResourceWithRawResponse:
        return DemosResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DemosResourceWithStreamingResponse:
        return DemosResourceWithStreamingResponse(self)

    def request(
        self,
        *,
        body: DemoRequest | DemoRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Demo demo-api

        `POST /2022-09-01-00/demo` (operation `demo`)

        Args:
            body (DemoRequest): Request body of Demo
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.demo_api import demo as _demo_api__demo  # noqa: PLC0415

        kwargs = _demo_api__demo._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs, _demo_api__demo._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class DemosResourceWithRawResponse:
    """`client.with_raw_response.demos`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DemosResource) -> None:
        self._resource = resource
        self.request = raw(resource.request)


class DemosResourceWithStreamingResponse:
    """`client.with_streaming_response.demos`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DemosResource) -> None:
        self._resource = resource
        self.request = streamed(resource.request)


class AsyncDemosResource:
    """`client.demos`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDemosResourceWithRawResponse:
        return AsyncDemosResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDemosResourceWithStreamingResponse:
        return AsyncDemosResourceWithStreamingResponse(self)

    async def request(
        self,
        *,
        body: DemoRequest | DemoRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Demo demo-api

        `POST /2022-09-01-00/demo` (operation `demo`)

        Args:
            body (DemoRequest): Request body of Demo
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.demo_api import demo as _demo_api__demo  # noqa: PLC0415

        kwargs = _demo_api__demo._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs, _demo_api__demo._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncDemosResourceWithRawResponse:
    """`client.with_raw_response.demos`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDemosResource) -> None:
        self._resource = resource
        self.request = async_raw(resource.request)


class AsyncDemosResourceWithStreamingResponse:
    """`client.with_streaming_response.demos`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDemosResource) -> None:
        self._resource = resource
        self.request = async_streamed(resource.request)
