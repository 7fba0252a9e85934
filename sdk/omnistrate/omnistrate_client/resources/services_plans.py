"""`client.services.plans` (generated from the spec; see api.md)."""

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

    from ..models.get_service_plan_result import GetServicePlanResult
    from ..models.list_service_plans_result import ListServicePlansResult

    pass

__all__ = [
    "AsyncServicesPlansResource",
    "AsyncServicesPlansResourceWithRawResponse",
    "AsyncServicesPlansResourceWithStreamingResponse",
    "ServicesPlansResource",
    "ServicesPlansResourceWithRawResponse",
    "ServicesPlansResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesPlansResource:
    """`client.services.plans`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesPlansResourceWithRawResponse:
        return ServicesPlansResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesPlansResourceWithStreamingResponse:
        return ServicesPlansResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServicePlansResult:
        """ListServicePlans service-plan-api

        `GET /2022-09-01-00/service/{serviceId}/environment/{serviceEnvironmentId}/service-plan` (operation `listServicePlans`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServicePlansResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_plan_api import list_service_plans as _service_plan_api__list_service_plans  # noqa: PLC0415

        kwargs = _service_plan_api__list_service_plans._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServicePlansResult",
            self._client._call(
                kwargs,
                _service_plan_api__list_service_plans._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetServicePlanResult:
        """GetServicePlan service-plan-api

        `GET /2022-09-01-00/service/{serviceId}/product-tier/{productTierId}/service-plan` (operation `getServicePlan`)

        Args:
            service_id (str):
            product_tier_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetServicePlanResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_plan_api import get_service_plan as _service_plan_api__get_service_plan  # noqa: PLC0415

        kwargs = _service_plan_api__get_service_plan._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "GetServicePlanResult",
            self._client._call(
                kwargs,
                _service_plan_api__get_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesPlansResourceWithRawResponse:
    """`client.with_raw_response.services.plans`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesPlansResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.get = raw(resource.get)


class ServicesPlansResourceWithStreamingResponse:
    """`client.with_streaming_response.services.plans`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesPlansResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.get = streamed(resource.get)


class AsyncServicesPlansResource:
    """`client.services.plans`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesPlansResourceWithRawResponse:
        return AsyncServicesPlansResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesPlansResourceWithStreamingResponse:
        return AsyncServicesPlansResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServicePlansResult:
        """ListServicePlans service-plan-api

        `GET /2022-09-01-00/service/{serviceId}/environment/{serviceEnvironmentId}/service-plan` (operation `listServicePlans`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServicePlansResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_plan_api import list_service_plans as _service_plan_api__list_service_plans  # noqa: PLC0415

        kwargs = _service_plan_api__list_service_plans._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServicePlansResult",
            await self._client._call(
                kwargs,
                _service_plan_api__list_service_plans._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetServicePlanResult:
        """GetServicePlan service-plan-api

        `GET /2022-09-01-00/service/{serviceId}/product-tier/{productTierId}/service-plan` (operation `getServicePlan`)

        Args:
            service_id (str):
            product_tier_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetServicePlanResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_plan_api import get_service_plan as _service_plan_api__get_service_plan  # noqa: PLC0415

        kwargs = _service_plan_api__get_service_plan._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "GetServicePlanResult",
            await self._client._call(
                kwargs,
                _service_plan_api__get_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesPlansResourceWithRawResponse:
    """`client.with_raw_response.services.plans`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesPlansResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.get = async_raw(resource.get)


class AsyncServicesPlansResourceWithStreamingResponse:
    """`client.with_streaming_response.services.plans`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesPlansResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.get = async_streamed(resource.get)
