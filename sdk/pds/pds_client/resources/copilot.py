"""`client.copilot` (generated from the spec; see api.md)."""

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

    from ..models.copilot_search_request import CopilotSearchRequest, CopilotSearchRequestDict
    from ..models.copilot_search_result import CopilotSearchResult

    pass

__all__ = [
    "AsyncCopilotResource",
    "AsyncCopilotResourceWithRawResponse",
    "AsyncCopilotResourceWithStreamingResponse",
    "CopilotResource",
    "CopilotResourceWithRawResponse",
    "CopilotResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class CopilotResource:
    """`client.copilot`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CopilotResourceWithRawResponse:
        return CopilotResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CopilotResourceWithStreamingResponse:
        return CopilotResourceWithStreamingResponse(self)

    def search_database_query(
        self,
        *,
        body: CopilotSearchRequest | CopilotSearchRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CopilotSearchResult:
        """Search Database query

        Generates a response for database query for different databases

        `POST /api/copilot/search` (operation `searchDatabaseQuery`)

        Args:
            body (CopilotSearchRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CopilotSearchResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.copilot import search_database_query as _copilot__search_database_query  # noqa: PLC0415

        kwargs = _copilot__search_database_query._get_kwargs(
            body=body,
        )
        return cast(
            "CopilotSearchResult",
            self._client._call(
                kwargs,
                _copilot__search_database_query._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class CopilotResourceWithRawResponse:
    """`client.with_raw_response.copilot`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: CopilotResource) -> None:
        self._resource = resource
        self.search_database_query = raw(resource.search_database_query)


class CopilotResourceWithStreamingResponse:
    """`client.with_streaming_response.copilot`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: CopilotResource) -> None:
        self._resource = resource
        self.search_database_query = streamed(resource.search_database_query)


class AsyncCopilotResource:
    """`client.copilot`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCopilotResourceWithRawResponse:
        return AsyncCopilotResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCopilotResourceWithStreamingResponse:
        return AsyncCopilotResourceWithStreamingResponse(self)

    async def search_database_query(
        self,
        *,
        body: CopilotSearchRequest | CopilotSearchRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CopilotSearchResult:
        """Search Database query

        Generates a response for database query for different databases

        `POST /api/copilot/search` (operation `searchDatabaseQuery`)

        Args:
            body (CopilotSearchRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CopilotSearchResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.copilot import search_database_query as _copilot__search_database_query  # noqa: PLC0415

        kwargs = _copilot__search_database_query._get_kwargs(
            body=body,
        )
        return cast(
            "CopilotSearchResult",
            await self._client._call(
                kwargs,
                _copilot__search_database_query._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncCopilotResourceWithRawResponse:
    """`client.with_raw_response.copilot`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncCopilotResource) -> None:
        self._resource = resource
        self.search_database_query = async_raw(resource.search_database_query)


class AsyncCopilotResourceWithStreamingResponse:
    """`client.with_streaming_response.copilot`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncCopilotResource) -> None:
        self._resource = resource
        self.search_database_query = async_streamed(resource.search_database_query)
