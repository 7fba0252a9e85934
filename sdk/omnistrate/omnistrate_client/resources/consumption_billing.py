"""`client.consumption_billing` (generated from the spec; see api.md)."""

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

    from ..models.consumption_billing_details import ConsumptionBillingDetails
    from ..models.consumption_billing_status import ConsumptionBillingStatus
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncConsumptionBillingResource",
    "AsyncConsumptionBillingResourceWithRawResponse",
    "AsyncConsumptionBillingResourceWithStreamingResponse",
    "ConsumptionBillingResource",
    "ConsumptionBillingResourceWithRawResponse",
    "ConsumptionBillingResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ConsumptionBillingResource:
    """`client.consumption_billing`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConsumptionBillingResourceWithRawResponse:
        return ConsumptionBillingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConsumptionBillingResourceWithStreamingResponse:
        return ConsumptionBillingResourceWithStreamingResponse(self)

    def describe_details(
        self,
        *,
        return_url: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionBillingDetails:
        """DescribeConsumptionBillingDetails consumption-billing-api

        `GET /2022-09-01-00/resource-instance/billing-details` (operation `describeConsumptionBillingDetails`)

        Args:
            return_url (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionBillingDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_billing_api import (
            describe_consumption_billing_details as _consumption_billing_api__describe_consumption_billing_details,  # noqa: PLC0415
        )

        kwargs = _consumption_billing_api__describe_consumption_billing_details._get_kwargs(
            return_url=return_url,
        )
        return cast(
            "ConsumptionBillingDetails",
            self._client._call(
                kwargs,
                _consumption_billing_api__describe_consumption_billing_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionBillingStatus:
        """DescribeConsumptionBillingStatus consumption-billing-api

        `GET /2022-09-01-00/resource-instance/billing-status` (operation `describeConsumptionBillingStatus`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionBillingStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_billing_api import (
            describe_consumption_billing_status as _consumption_billing_api__describe_consumption_billing_status,  # noqa: PLC0415
        )

        kwargs = _consumption_billing_api__describe_consumption_billing_status._get_kwargs()
        return cast(
            "ConsumptionBillingStatus",
            self._client._call(
                kwargs,
                _consumption_billing_api__describe_consumption_billing_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ConsumptionBillingResourceWithRawResponse:
    """`client.with_raw_response.consumption_billing`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ConsumptionBillingResource) -> None:
        self._resource = resource
        self.describe_details = raw(resource.describe_details)
        self.describe_status = raw(resource.describe_status)


class ConsumptionBillingResourceWithStreamingResponse:
    """`client.with_streaming_response.consumption_billing`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ConsumptionBillingResource) -> None:
        self._resource = resource
        self.describe_details = streamed(resource.describe_details)
        self.describe_status = streamed(resource.describe_status)


class AsyncConsumptionBillingResource:
    """`client.consumption_billing`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConsumptionBillingResourceWithRawResponse:
        return AsyncConsumptionBillingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConsumptionBillingResourceWithStreamingResponse:
        return AsyncConsumptionBillingResourceWithStreamingResponse(self)

    async def describe_details(
        self,
        *,
        return_url: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionBillingDetails:
        """DescribeConsumptionBillingDetails consumption-billing-api

        `GET /2022-09-01-00/resource-instance/billing-details` (operation `describeConsumptionBillingDetails`)

        Args:
            return_url (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionBillingDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_billing_api import (
            describe_consumption_billing_details as _consumption_billing_api__describe_consumption_billing_details,  # noqa: PLC0415
        )

        kwargs = _consumption_billing_api__describe_consumption_billing_details._get_kwargs(
            return_url=return_url,
        )
        return cast(
            "ConsumptionBillingDetails",
            await self._client._call(
                kwargs,
                _consumption_billing_api__describe_consumption_billing_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionBillingStatus:
        """DescribeConsumptionBillingStatus consumption-billing-api

        `GET /2022-09-01-00/resource-instance/billing-status` (operation `describeConsumptionBillingStatus`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionBillingStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_billing_api import (
            describe_consumption_billing_status as _consumption_billing_api__describe_consumption_billing_status,  # noqa: PLC0415
        )

        kwargs = _consumption_billing_api__describe_consumption_billing_status._get_kwargs()
        return cast(
            "ConsumptionBillingStatus",
            await self._client._call(
                kwargs,
                _consumption_billing_api__describe_consumption_billing_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncConsumptionBillingResourceWithRawResponse:
    """`client.with_raw_response.consumption_billing`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncConsumptionBillingResource) -> None:
        self._resource = resource
        self.describe_details = async_raw(resource.describe_details)
        self.describe_status = async_raw(resource.describe_status)


class AsyncConsumptionBillingResourceWithStreamingResponse:
    """`client.with_streaming_response.consumption_billing`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncConsumptionBillingResource) -> None:
        self._resource = resource
        self.describe_details = async_streamed(resource.describe_details)
        self.describe_status = async_streamed(resource.describe_status)
