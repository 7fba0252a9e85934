"""`client.usage` (generated from the spec; see api.md)."""

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
    import datetime
    from typing import cast

    from ..models.get_usage_result import GetUsageResult
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncUsageResource",
    "AsyncUsageResourceWithRawResponse",
    "AsyncUsageResourceWithStreamingResponse",
    "UsageResource",
    "UsageResourceWithRawResponse",
    "UsageResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class UsageResource:
    """`client.usage`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsageResourceWithRawResponse:
        return UsageResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsageResourceWithStreamingResponse:
        return UsageResourceWithStreamingResponse(self)

    def get_current(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetUsageResult:
        """GetCurrentUsage usage-api

        `GET /2022-09-01-00/usage` (operation `getCurrentUsage`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.usage_api import get_current_usage as _usage_api__get_current_usage  # noqa: PLC0415

        kwargs = _usage_api__get_current_usage._get_kwargs()
        return cast(
            "GetUsageResult",
            self._client._call(
                kwargs,
                _usage_api__get_current_usage._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_per_day(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetUsageResult:
        """GetUsagePerDay usage-api

        `GET /2022-09-01-00/usage-per-day` (operation `getUsagePerDay`)

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.usage_api import get_usage_per_day as _usage_api__get_usage_per_day  # noqa: PLC0415

        kwargs = _usage_api__get_usage_per_day._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        return cast(
            "GetUsageResult",
            self._client._call(
                kwargs,
                _usage_api__get_usage_per_day._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class UsageResourceWithRawResponse:
    """`client.with_raw_response.usage`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: UsageResource) -> None:
        self._resource = resource
        self.get_current = raw(resource.get_current)
        self.get_per_day = raw(resource.get_per_day)


class UsageResourceWithStreamingResponse:
    """`client.with_streaming_response.usage`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: UsageResource) -> None:
        self._resource = resource
        self.get_current = streamed(resource.get_current)
        self.get_per_day = streamed(resource.get_per_day)


class AsyncUsageResource:
    """`client.usage`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsageResourceWithRawResponse:
        return AsyncUsageResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsageResourceWithStreamingResponse:
        return AsyncUsageResourceWithStreamingResponse(self)

    async def get_current(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetUsageResult:
        """GetCurrentUsage usage-api

        `GET /2022-09-01-00/usage` (operation `getCurrentUsage`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.usage_api import get_current_usage as _usage_api__get_current_usage  # noqa: PLC0415

        kwargs = _usage_api__get_current_usage._get_kwargs()
        return cast(
            "GetUsageResult",
            await self._client._call(
                kwargs,
                _usage_api__get_current_usage._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_per_day(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetUsageResult:
        """GetUsagePerDay usage-api

        `GET /2022-09-01-00/usage-per-day` (operation `getUsagePerDay`)

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.usage_api import get_usage_per_day as _usage_api__get_usage_per_day  # noqa: PLC0415

        kwargs = _usage_api__get_usage_per_day._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        return cast(
            "GetUsageResult",
            await self._client._call(
                kwargs,
                _usage_api__get_usage_per_day._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncUsageResourceWithRawResponse:
    """`client.with_raw_response.usage`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self._resource = resource
        self.get_current = async_raw(resource.get_current)
        self.get_per_day = async_raw(resource.get_per_day)


class AsyncUsageResourceWithStreamingResponse:
    """`client.with_streaming_response.usage`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self._resource = resource
        self.get_current = async_streamed(resource.get_current)
        self.get_per_day = async_streamed(resource.get_per_day)
