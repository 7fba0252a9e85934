"""`client.service_offerings` (generated from the spec; see api.md)."""

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

    from ..models.describe_service_offering_result import DescribeServiceOfferingResult
    from ..models.list_service_offerings_result import ListServiceOfferingsResult
    from ..models.service_offering_resource import ServiceOfferingResource
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServiceOfferingsResource",
    "AsyncServiceOfferingsResourceWithRawResponse",
    "AsyncServiceOfferingsResourceWithStreamingResponse",
    "ServiceOfferingsResource",
    "ServiceOfferingsResourceWithRawResponse",
    "ServiceOfferingsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServiceOfferingsResource:
    """`client.service_offerings`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOfferingsResourceWithRawResponse:
        return ServiceOfferingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceOfferingsResourceWithStreamingResponse:
        return ServiceOfferingsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        org_id: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceOfferingsResult:
        """ListServiceOffering service-offering-api

        `GET /2022-09-01-00/service-offering` (operation `listServiceOffering`)

        Args:
            org_id (str | Unset):
            visibility (str | Unset):
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceOfferingsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_offering_api import list_service_offering as _service_offering_api__list_service_offering  # noqa: PLC0415

        kwargs = _service_offering_api__list_service_offering._get_kwargs(
            org_id=org_id,
            visibility=visibility,
            environment_type=environment_type,
        )
        return cast(
            "ListServiceOfferingsResult",
            self._client._call(
                kwargs,
                _service_offering_api__list_service_offering._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        service_id: str,
        *,
        visibility: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeServiceOfferingResult:
        """DescribeServiceOffering service-offering-api

        `GET /2022-09-01-00/service-offering/{serviceId}` (operation `describeServiceOffering`)

        Args:
            service_id (str):
            visibility (str | Unset):
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeServiceOfferingResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_offering_api import (
            describe_service_offering as _service_offering_api__describe_service_offering,  # noqa: PLC0415
        )

        kwargs = _service_offering_api__describe_service_offering._get_kwargs(
            service_id=service_id,
            visibility=visibility,
            environment_type=environment_type,
        )
        return cast(
            "DescribeServiceOfferingResult",
            self._client._call(
                kwargs,
                _service_offering_api__describe_service_offering._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_resource(
        self,
        service_id: str,
        resource_id: str,
        instance_id: str = "none",
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceOfferingResource:
        """DescribeServiceOfferingResource service-offering-api

        `GET /2022-09-01-00/service-offering/{serviceId}/resource/{resourceId}/instance/{instanceId}` (operation `describeServiceOfferingResource`)

        Args:
            service_id (str):
            resource_id (str):
            instance_id (str):  Default: 'none'.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceOfferingResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_offering_api import (
            describe_service_offering_resource as _service_offering_api__describe_service_offering_resource,  # noqa: PLC0415
        )

        kwargs = _service_offering_api__describe_service_offering_resource._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            instance_id=instance_id,
        )
        return cast(
            "ServiceOfferingResource",
            self._client._call(
                kwargs,
                _service_offering_api__describe_service_offering_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServiceOfferingsResourceWithRawResponse:
    """`client.with_raw_response.service_offerings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServiceOfferingsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.describe = raw(resource.describe)
        self.describe_resource = raw(resource.describe_resource)


class ServiceOfferingsResourceWithStreamingResponse:
    """`client.with_streaming_response.service_offerings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServiceOfferingsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.describe = streamed(resource.describe)
        self.describe_resource = streamed(resource.describe_resource)


class AsyncServiceOfferingsResource:
    """`client.service_offerings`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOfferingsResourceWithRawResponse:
        return AsyncServiceOfferingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceOfferingsResourceWithStreamingResponse:
        return AsyncServiceOfferingsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        org_id: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceOfferingsResult:
        """ListServiceOffering service-offering-api

        `GET /2022-09-01-00/service-offering` (operation `listServiceOffering`)

        Args:
            org_id (str | Unset):
            visibility (str | Unset):
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceOfferingsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_offering_api import list_service_offering as _service_offering_api__list_service_offering  # noqa: PLC0415

        kwargs = _service_offering_api__list_service_offering._get_kwargs(
            org_id=org_id,
            visibility=visibility,
            environment_type=environment_type,
        )
        return cast(
            "ListServiceOfferingsResult",
            await self._client._call(
                kwargs,
                _service_offering_api__list_service_offering._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        service_id: str,
        *,
        visibility: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeServiceOfferingResult:
        """DescribeServiceOffering service-offering-api

        `GET /2022-09-01-00/service-offering/{serviceId}` (operation `describeServiceOffering`)

        Args:
            service_id (str):
            visibility (str | Unset):
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeServiceOfferingResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_offering_api import (
            describe_service_offering as _service_offering_api__describe_service_offering,  # noqa: PLC0415
        )

        kwargs = _service_offering_api__describe_service_offering._get_kwargs(
            service_id=service_id,
            visibility=visibility,
            environment_type=environment_type,
        )
        return cast(
            "DescribeServiceOfferingResult",
            await self._client._call(
                kwargs,
                _service_offering_api__describe_service_offering._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_resource(
        self,
        service_id: str,
        resource_id: str,
        instance_id: str = "none",
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceOfferingResource:
        """DescribeServiceOfferingResource service-offering-api

        `GET /2022-09-01-00/service-offering/{serviceId}/resource/{resourceId}/instance/{instanceId}` (operation `describeServiceOfferingResource`)

        Args:
            service_id (str):
            resource_id (str):
            instance_id (str):  Default: 'none'.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceOfferingResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_offering_api import (
            describe_service_offering_resource as _service_offering_api__describe_service_offering_resource,  # noqa: PLC0415
        )

        kwargs = _service_offering_api__describe_service_offering_resource._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            instance_id=instance_id,
        )
        return cast(
            "ServiceOfferingResource",
            await self._client._call(
                kwargs,
                _service_offering_api__describe_service_offering_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServiceOfferingsResourceWithRawResponse:
    """`client.with_raw_response.service_offerings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServiceOfferingsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.describe = async_raw(resource.describe)
        self.describe_resource = async_raw(resource.describe_resource)


class AsyncServiceOfferingsResourceWithStreamingResponse:
    """`client.with_streaming_response.service_offerings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServiceOfferingsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.describe = async_streamed(resource.describe)
        self.describe_resource = async_streamed(resource.describe_resource)
