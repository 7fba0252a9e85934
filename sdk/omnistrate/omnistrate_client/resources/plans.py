"""`client.plans` (generated from the spec; see api.md)."""

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

    from ..models.change_plan_request import ChangePlanRequest, ChangePlanRequestDict
    from ..models.plan import Plan

    pass

__all__ = [
    "AsyncPlansResource",
    "AsyncPlansResourceWithRawResponse",
    "AsyncPlansResourceWithStreamingResponse",
    "PlansResource",
    "PlansResourceWithRawResponse",
    "PlansResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class PlansResource:
    """`client.plans`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlansResourceWithRawResponse:
        return PlansResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PlansResourceWithStreamingResponse:
        return PlansResourceWithStreamingResponse(self)

    def describe(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Plan:
        """DescribePlan plan-api

        `GET /2022-09-01-00/plan` (operation `describePlan`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Plan

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.plan_api import describe_plan as _plan_api__describe_plan  # noqa: PLC0415

        kwargs = _plan_api__describe_plan._get_kwargs()
        return cast(
            "Plan",
            self._client._call(
                kwargs,
                _plan_api__describe_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def change(
        self,
        *,
        body: ChangePlanRequest | ChangePlanRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ChangePlan plan-api

        `POST /2022-09-01-00/plan` (operation `changePlan`)

        Args:
            body (ChangePlanRequest): Request body of ChangePlan
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.plan_api import change_plan as _plan_api__change_plan  # noqa: PLC0415

        kwargs = _plan_api__change_plan._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs, _plan_api__change_plan._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class PlansResourceWithRawResponse:
    """`client.with_raw_response.plans`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: PlansResource) -> None:
        self._resource = resource
        self.describe = raw(resource.describe)
        self.change = raw(resource.change)


class PlansResourceWithStreamingResponse:
    """`client.with_streaming_response.plans`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: PlansResource) -> None:
        self._resource = resource
        self.describe = streamed(resource.describe)
        self.change = streamed(resource.change)


class AsyncPlansResource:
    """`client.plans`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlansResourceWithRawResponse:
        return AsyncPlansResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPlansResourceWithStreamingResponse:
        return AsyncPlansResourceWithStreamingResponse(self)

    async def describe(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Plan:
        """DescribePlan plan-api

        `GET /2022-09-01-00/plan` (operation `describePlan`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Plan

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.plan_api import describe_plan as _plan_api__describe_plan  # noqa: PLC0415

        kwargs = _plan_api__describe_plan._get_kwargs()
        return cast(
            "Plan",
            await self._client._call(
                kwargs,
                _plan_api__describe_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def change(
        self,
        *,
        body: ChangePlanRequest | ChangePlanRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ChangePlan plan-api

        `POST /2022-09-01-00/plan` (operation `changePlan`)

        Args:
            body (ChangePlanRequest): Request body of ChangePlan
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.plan_api import change_plan as _plan_api__change_plan  # noqa: PLC0415

        kwargs = _plan_api__change_plan._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs, _plan_api__change_plan._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncPlansResourceWithRawResponse:
    """`client.with_raw_response.plans`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncPlansResource) -> None:
        self._resource = resource
        self.describe = async_raw(resource.describe)
        self.change = async_raw(resource.change)


class AsyncPlansResourceWithStreamingResponse:
    """`client.with_streaming_response.plans`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncPlansResource) -> None:
        self._resource = resource
        self.describe = async_streamed(resource.describe)
        self.change = async_streamed(resource.change)
