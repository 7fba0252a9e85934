"""`client.availability_zones` (generated from the spec; see api.md)."""

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

    from ..models.availability_zone import AvailabilityZone
    from ..models.list_availability_zones_by_region_code_result import ListAvailabilityZonesByRegionCodeResult
    from ..models.list_availability_zones_result import ListAvailabilityZonesResult

    pass

__all__ = [
    "AsyncAvailabilityZonesResource",
    "AsyncAvailabilityZonesResourceWithRawResponse",
    "AsyncAvailabilityZonesResourceWithStreamingResponse",
    "AvailabilityZonesResource",
    "AvailabilityZonesResourceWithRawResponse",
    "AvailabilityZonesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AvailabilityZonesResource:
    """`client.availability_zones`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AvailabilityZonesResourceWithRawResponse:
        return AvailabilityZonesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AvailabilityZonesResourceWithStreamingResponse:
        return AvailabilityZonesResourceWithStreamingResponse(self)

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AvailabilityZone:
        """DescribeAvailabilityZone availability-zone-api

        `GET /2022-09-01-00/availability-zone/{id}` (operation `describeAvailabilityZone`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AvailabilityZone

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import (
            describe_availability_zone as _availability_zone_api__describe_availability_zone,  # noqa: PLC0415
        )

        kwargs = _availability_zone_api__describe_availability_zone._get_kwargs(
            id=id,
        )
        return cast(
            "AvailabilityZone",
            self._client._call(
                kwargs,
                _availability_zone_api__describe_availability_zone._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAvailabilityZonesResult:
        """ListAvailabilityZone availability-zone-api

        `GET /2022-09-01-00/availability-zone/cloud-provider/{cloudProviderName}` (operation `listAvailabilityZone`)

        Args:
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAvailabilityZonesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import list_availability_zone as _availability_zone_api__list_availability_zone  # noqa: PLC0415

        kwargs = _availability_zone_api__list_availability_zone._get_kwargs(
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListAvailabilityZonesResult",
            self._client._call(
                kwargs,
                _availability_zone_api__list_availability_zone._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_by_code(
        self,
        code: str,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetAvailabilityZoneByCode availability-zone-api

        `GET /2022-09-01-00/availability-zone/code/{code}/cloud-provider/{cloudProviderName}` (operation `getAvailabilityZoneByCode`)

        Args:
            code (str):
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import (
            get_availability_zone_by_code as _availability_zone_api__get_availability_zone_by_code,  # noqa: PLC0415
        )

        kwargs = _availability_zone_api__get_availability_zone_by_code._get_kwargs(
            code=code,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _availability_zone_api__get_availability_zone_by_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_by_region_code(
        self,
        region_code: str,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAvailabilityZonesByRegionCodeResult:
        """ListAvailabilityZonesByRegionCode availability-zone-api

        `GET /2022-09-01-00/availability-zone/region/code/{regionCode}/cloud-provider/{cloudProviderName}` (operation `listAvailabilityZonesByRegionCode`)

        Args:
            region_code (str):
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAvailabilityZonesByRegionCodeResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import (
            list_availability_zones_by_region_code as _availability_zone_api__list_availability_zones_by_region_code,  # noqa: PLC0415
        )

        kwargs = _availability_zone_api__list_availability_zones_by_region_code._get_kwargs(
            region_code=region_code,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListAvailabilityZonesByRegionCodeResult",
            self._client._call(
                kwargs,
                _availability_zone_api__list_availability_zones_by_region_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AvailabilityZonesResourceWithRawResponse:
    """`client.with_raw_response.availability_zones`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AvailabilityZonesResource) -> None:
        self._resource = resource
        self.describe = raw(resource.describe)
        self.list = raw(resource.list)
        self.get_by_code = raw(resource.get_by_code)
        self.list_by_region_code = raw(resource.list_by_region_code)


class AvailabilityZonesResourceWithStreamingResponse:
    """`client.with_streaming_response.availability_zones`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AvailabilityZonesResource) -> None:
        self._resource = resource
        self.describe = streamed(resource.describe)
        self.list = streamed(resource.list)
        self.get_by_code = streamed(resource.get_by_code)
        self.list_by_region_code = streamed(resource.list_by_region_code)


class AsyncAvailabilityZonesResource:
    """`client.availability_zones`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAvailabilityZonesResourceWithRawResponse:
        return AsyncAvailabilityZonesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAvailabilityZonesResourceWithStreamingResponse:
        return AsyncAvailabilityZonesResourceWithStreamingResponse(self)

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AvailabilityZone:
        """DescribeAvailabilityZone availability-zone-api

        `GET /2022-09-01-00/availability-zone/{id}` (operation `describeAvailabilityZone`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AvailabilityZone

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import (
            describe_availability_zone as _availability_zone_api__describe_availability_zone,  # noqa: PLC0415
        )

        kwargs = _availability_zone_api__describe_availability_zone._get_kwargs(
            id=id,
        )
        return cast(
            "AvailabilityZone",
            await self._client._call(
                kwargs,
                _availability_zone_api__describe_availability_zone._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAvailabilityZonesResult:
        """ListAvailabilityZone availability-zone-api

        `GET /2022-09-01-00/availability-zone/cloud-provider/{cloudProviderName}` (operation `listAvailabilityZone`)

        Args:
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAvailabilityZonesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import list_availability_zone as _availability_zone_api__list_availability_zone  # noqa: PLC0415

        kwargs = _availability_zone_api__list_availability_zone._get_kwargs(
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListAvailabilityZonesResult",
            await self._client._call(
                kwargs,
                _availability_zone_api__list_availability_zone._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_by_code(
        self,
        code: str,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetAvailabilityZoneByCode availability-zone-api

        `GET /2022-09-01-00/availability-zone/code/{code}/cloud-provider/{cloudProviderName}` (operation `getAvailabilityZoneByCode`)

        Args:
            code (str):
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import (
            get_availability_zone_by_code as _availability_zone_api__get_availability_zone_by_code,  # noqa: PLC0415
        )

        kwargs = _availability_zone_api__get_availability_zone_by_code._get_kwargs(
            code=code,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _availability_zone_api__get_availability_zone_by_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_by_region_code(
        self,
        region_code: str,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAvailabilityZonesByRegionCodeResult:
        """ListAvailabilityZonesByRegionCode availability-zone-api

        `GET /2022-09-01-00/availability-zone/region/code/{regionCode}/cloud-provider/{cloudProviderName}` (operation `listAvailabilityZonesByRegionCode`)

        Args:
            region_code (str):
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAvailabilityZonesByRegionCodeResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.availability_zone_api import (
            list_availability_zones_by_region_code as _availability_zone_api__list_availability_zones_by_region_code,  # noqa: PLC0415
        )

        kwargs = _availability_zone_api__list_availability_zones_by_region_code._get_kwargs(
            region_code=region_code,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListAvailabilityZonesByRegionCodeResult",
            await self._client._call(
                kwargs,
                _availability_zone_api__list_availability_zones_by_region_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAvailabilityZonesResourceWithRawResponse:
    """`client.with_raw_response.availability_zones`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAvailabilityZonesResource) -> None:
        self._resource = resource
        self.describe = async_raw(resource.describe)
        self.list = async_raw(resource.list)
        self.get_by_code = async_raw(resource.get_by_code)
        self.list_by_region_code = async_raw(resource.list_by_region_code)


class AsyncAvailabilityZonesResourceWithStreamingResponse:
    """`client.with_streaming_response.availability_zones`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAvailabilityZonesResource) -> None:
        self._resource = resource
        self.describe = async_streamed(resource.describe)
        self.list = async_streamed(resource.list)
        self.get_by_code = async_streamed(resource.get_by_code)
        self.list_by_region_code = async_streamed(resource.list_by_region_code)
