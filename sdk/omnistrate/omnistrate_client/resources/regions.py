"""`client.regions` (generated from the spec; see api.md)."""

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

    from ..models.list_regions_result import ListRegionsResult
    from ..models.region import Region
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncRegionsResource",
    "AsyncRegionsResourceWithRawResponse",
    "AsyncRegionsResourceWithStreamingResponse",
    "RegionsResource",
    "RegionsResourceWithRawResponse",
    "RegionsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class RegionsResource:
    """`client.regions`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RegionsResourceWithRawResponse:
        return RegionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RegionsResourceWithStreamingResponse:
        return RegionsResourceWithStreamingResponse(self)

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Region:
        """DescribeRegion region-api

        `GET /2022-09-01-00/region/{id}` (operation `describeRegion`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Region

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.region_api import describe_region as _region_api__describe_region  # noqa: PLC0415

        kwargs = _region_api__describe_region._get_kwargs(
            id=id,
        )
        return cast(
            "Region",
            self._client._call(
                kwargs,
                _region_api__describe_region._parse_response,
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
        service_id: str | Unset = UNSET,
        service_model_id: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        model_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListRegionsResult:
        """ListRegion region-api

        `GET /2022-09-01-00/region/cloudprovider/{cloudProviderName}` (operation `listRegion`)

        Args:
            cloud_provider_name (str):
            service_id (str | Unset):
            service_model_id (str | Unset):
            product_tier_id (str | Unset):
            model_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListRegionsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.region_api import list_region as _region_api__list_region  # noqa: PLC0415

        kwargs = _region_api__list_region._get_kwargs(
            cloud_provider_name=cloud_provider_name,
            service_id=service_id,
            service_model_id=service_model_id,
            product_tier_id=product_tier_id,
            model_type=model_type,
        )
        return cast(
            "ListRegionsResult",
            self._client._call(
                kwargs,
                _region_api__list_region._parse_response,
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
        """GetRegionByCode region-api

        `GET /2022-09-01-00/region/code/{code}/cloud-provider/{cloudProviderName}` (operation `getRegionByCode`)

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

        from ..api.region_api import get_region_by_code as _region_api__get_region_by_code  # noqa: PLC0415

        kwargs = _region_api__get_region_by_code._get_kwargs(
            code=code,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _region_api__get_region_by_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class RegionsResourceWithRawResponse:
    """`client.with_raw_response.regions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: RegionsResource) -> None:
        self._resource = resource
        self.describe = raw(resource.describe)
        self.list = raw(resource.list)
        self.get_by_code = raw(resource.get_by_code)


class RegionsResourceWithStreamingResponse:
    """`client.with_streaming_response.regions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: RegionsResource) -> None:
        self._resource = resource
        self.describe = streamed(resource.describe)
        self.list = streamed(resource.list)
        self.get_by_code = streamed(resource.get_by_code)


class AsyncRegionsResource:
    """`client.regions`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRegionsResourceWithRawResponse:
        return AsyncRegionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRegionsResourceWithStreamingResponse:
        return AsyncRegionsResourceWithStreamingResponse(self)

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Region:
        """DescribeRegion region-api

        `GET /2022-09-01-00/region/{id}` (operation `describeRegion`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Region

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.region_api import describe_region as _region_api__describe_region  # noqa: PLC0415

        kwargs = _region_api__describe_region._get_kwargs(
            id=id,
        )
        return cast(
            "Region",
            await self._client._call(
                kwargs,
                _region_api__describe_region._parse_response,
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
        service_id: str | Unset = UNSET,
        service_model_id: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        model_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListRegionsResult:
        """ListRegion region-api

        `GET /2022-09-01-00/region/cloudprovider/{cloudProviderName}` (operation `listRegion`)

        Args:
            cloud_provider_name (str):
            service_id (str | Unset):
            service_model_id (str | Unset):
            product_tier_id (str | Unset):
            model_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListRegionsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.region_api import list_region as _region_api__list_region  # noqa: PLC0415

        kwargs = _region_api__list_region._get_kwargs(
            cloud_provider_name=cloud_provider_name,
            service_id=service_id,
            service_model_id=service_model_id,
            product_tier_id=product_tier_id,
            model_type=model_type,
        )
        return cast(
            "ListRegionsResult",
            await self._client._call(
                kwargs,
                _region_api__list_region._parse_response,
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
        """GetRegionByCode region-api

        `GET /2022-09-01-00/region/code/{code}/cloud-provider/{cloudProviderName}` (operation `getRegionByCode`)

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

        from ..api.region_api import get_region_by_code as _region_api__get_region_by_code  # noqa: PLC0415

        kwargs = _region_api__get_region_by_code._get_kwargs(
            code=code,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _region_api__get_region_by_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncRegionsResourceWithRawResponse:
    """`client.with_raw_response.regions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncRegionsResource) -> None:
        self._resource = resource
        self.describe = async_raw(resource.describe)
        self.list = async_raw(resource.list)
        self.get_by_code = async_raw(resource.get_by_code)


class AsyncRegionsResourceWithStreamingResponse:
    """`client.with_streaming_response.regions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncRegionsResource) -> None:
        self._resource = resource
        self.describe = async_streamed(resource.describe)
        self.list = async_streamed(resource.list)
        self.get_by_code = async_streamed(resource.get_by_code)
