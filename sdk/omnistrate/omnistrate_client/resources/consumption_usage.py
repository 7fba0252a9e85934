"""`client.consumption_usage` (generated from the spec; see api.md)."""

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

    from ..models.get_consumption_usage_result import GetConsumptionUsageResult
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncConsumptionUsageResource",
    "AsyncConsumptionUsageResourceWithRawResponse",
    "AsyncConsumptionUsageResourceWithStreamingResponse",
    "ConsumptionUsageResource",
    "ConsumptionUsageResourceWithRawResponse",
    "ConsumptionUsageResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ConsumptionUsageResource:
    """`client.consumption_usage`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConsumptionUsageResourceWithRawResponse:
        return ConsumptionUsageResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConsumptionUsageResourceWithStreamingResponse:
        return ConsumptionUsageResourceWithStreamingResponse(self)

    def get_current(
        self,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetConsumptionUsageResult:
        """GetCurrentConsumptionUsage consumption-usage-api

        `GET /2022-09-01-00/resource-instance/usage` (operation `getCurrentConsumptionUsage`)

        Args:
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetConsumptionUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_usage_api import (
            get_current_consumption_usage as _consumption_usage_api__get_current_consumption_usage,  # noqa: PLC0415
        )

        kwargs = _consumption_usage_api__get_current_consumption_usage._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "GetConsumptionUsageResult",
            self._client._call(
                kwargs,
                _consumption_usage_api__get_current_consumption_usage._parse_response,
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
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetConsumptionUsageResult:
        """GetConsumptionUsagePerDay consumption-usage-api

        `GET /2022-09-01-00/resource-instance/usage-per-day` (operation `getConsumptionUsagePerDay`)

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetConsumptionUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_usage_api import (
            get_consumption_usage_per_day as _consumption_usage_api__get_consumption_usage_per_day,  # noqa: PLC0415
        )

        kwargs = _consumption_usage_api__get_consumption_usage_per_day._get_kwargs(
            start_date=start_date,
            end_date=end_date,
            subscription_id=subscription_id,
        )
        return cast(
            "GetConsumptionUsageResult",
            self._client._call(
                kwargs,
                _consumption_usage_api__get_consumption_usage_per_day._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ConsumptionUsageResourceWithRawResponse:
    """`client.with_raw_response.consumption_usage`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ConsumptionUsageResource) -> None:
        self._resource = resource
        self.get_current = raw(resource.get_current)
        self.get_per_day = raw(resource.get_per_day)


class ConsumptionUsageResourceWithStreamingResponse:
    """`client.with_streaming_response.consumption_usage`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ConsumptionUsageResource) -> None:
        self._resource = resource
        self.get_current = streamed(resource.get_current)
        self.get_per_day = streamed(resource.get_per_day)


class AsyncConsumptionUsageResource:
    """`client.consumption_usage`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConsumptionUsageResourceWithRawResponse:
        return AsyncConsumptionUsageResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConsumptionUsageResourceWithStreamingResponse:
        return AsyncConsumptionUsageResourceWithStreamingResponse(self)

    async def get_current(
        self,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetConsumptionUsageResult:
        """GetCurrentConsumptionUsage consumption-usage-api

        `GET /2022-09-01-00/resource-instance/usage` (operation `getCurrentConsumptionUsage`)

        Args:
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetConsumptionUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_usage_api import (
            get_current_consumption_usage as _consumption_usage_api__get_current_consumption_usage,  # noqa: PLC0415
        )

        kwargs = _consumption_usage_api__get_current_consumption_usage._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "GetConsumptionUsageResult",
            await self._client._call(
                kwargs,
                _consumption_usage_api__get_current_consumption_usage._parse_response,
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
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetConsumptionUsageResult:
        """GetConsumptionUsagePerDay consumption-usage-api

        `GET /2022-09-01-00/resource-instance/usage-per-day` (operation `getConsumptionUsagePerDay`)

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetConsumptionUsageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_usage_api import (
            get_consumption_usage_per_day as _consumption_usage_api__get_consumption_usage_per_day,  # noqa: PLC0415
        )

        kwargs = _consumption_usage_api__get_consumption_usage_per_day._get_kwargs(
            start_date=start_date,
            end_date=end_date,
            subscription_id=subscription_id,
        )
        return cast(
            "GetConsumptionUsageResult",
            await self._client._call(
                kwargs,
                _consumption_usage_api__get_consumption_usage_per_day._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncConsumptionUsageResourceWithRawResponse:
    """`client.with_raw_response.consumption_usage`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncConsumptionUsageResource) -> None:
        self._resource = resource
        self.get_current = async_raw(resource.get_current)
        self.get_per_day = async_raw(resource.get_per_day)


class AsyncConsumptionUsageResourceWithStreamingResponse:
    """`client.with_streaming_response.consumption_usage`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncConsumptionUsageResource) -> None:
        self._resource = resource
        self.get_current = async_streamed(resource.get_current)
        self.get_per_day = async_streamed(resource.get_per_day)
