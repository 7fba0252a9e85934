"""`client.cloud_providers` (generated from the spec; see api.md)."""

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

    from ..models.cloud_provider import CloudProvider
    from ..models.list_cloud_providers_result import ListCloudProvidersResult
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncCloudProvidersResource",
    "AsyncCloudProvidersResourceWithRawResponse",
    "AsyncCloudProvidersResourceWithStreamingResponse",
    "CloudProvidersResource",
    "CloudProvidersResourceWithRawResponse",
    "CloudProvidersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class CloudProvidersResource:
    """`client.cloud_providers`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CloudProvidersResourceWithRawResponse:
        return CloudProvidersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CloudProvidersResourceWithStreamingResponse:
        return CloudProvidersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        service_id: str | Unset = UNSET,
        service_model_id: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListCloudProvidersResult:
        """ListCloudProvider cloud-provider-api

        `GET /2022-09-01-00/cloud-provider` (operation `listCloudProvider`)

        Args:
            service_id (str | Unset):
            service_model_id (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListCloudProvidersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.cloud_provider_api import list_cloud_provider as _cloud_provider_api__list_cloud_provider  # noqa: PLC0415

        kwargs = _cloud_provider_api__list_cloud_provider._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListCloudProvidersResult",
            self._client._call(
                kwargs,
                _cloud_provider_api__list_cloud_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CloudProvider:
        """DescribeCloudProvider cloud-provider-api

        `GET /2022-09-01-00/cloud-provider/{id}` (operation `describeCloudProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CloudProvider

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.cloud_provider_api import describe_cloud_provider as _cloud_provider_api__describe_cloud_provider  # noqa: PLC0415

        kwargs = _cloud_provider_api__describe_cloud_provider._get_kwargs(
            id=id,
        )
        return cast(
            "CloudProvider",
            self._client._call(
                kwargs,
                _cloud_provider_api__describe_cloud_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_by_name(
        self,
        name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetCloudProviderByName cloud-provider-api

        `GET /2022-09-01-00/cloud-provider/name/{name}` (operation `getCloudProviderByName`)

        Args:
            name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.cloud_provider_api import (
            get_cloud_provider_by_name as _cloud_provider_api__get_cloud_provider_by_name,  # noqa: PLC0415
        )

        kwargs = _cloud_provider_api__get_cloud_provider_by_name._get_kwargs(
            name=name,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _cloud_provider_api__get_cloud_provider_by_name._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class CloudProvidersResourceWithRawResponse:
    """`client.with_raw_response.cloud_providers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: CloudProvidersResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.describe = raw(resource.describe)
        self.get_by_name = raw(resource.get_by_name)


class CloudProvidersResourceWithStreamingResponse:
    """`client.with_streaming_response.cloud_providers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: CloudProvidersResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.describe = streamed(resource.describe)
        self.get_by_name = streamed(resource.get_by_name)


class AsyncCloudProvidersResource:
    """`client.cloud_providers`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCloudProvidersResourceWithRawResponse:
        return AsyncCloudProvidersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCloudProvidersResourceWithStreamingResponse:
        return AsyncCloudProvidersResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        service_id: str | Unset = UNSET,
        service_model_id: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListCloudProvidersResult:
        """ListCloudProvider cloud-provider-api

        `GET /2022-09-01-00/cloud-provider` (operation `listCloudProvider`)

        Args:
            service_id (str | Unset):
            service_model_id (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListCloudProvidersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.cloud_provider_api import list_cloud_provider as _cloud_provider_api__list_cloud_provider  # noqa: PLC0415

        kwargs = _cloud_provider_api__list_cloud_provider._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListCloudProvidersResult",
            await self._client._call(
                kwargs,
                _cloud_provider_api__list_cloud_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CloudProvider:
        """DescribeCloudProvider cloud-provider-api

        `GET /2022-09-01-00/cloud-provider/{id}` (operation `describeCloudProvider`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CloudProvider

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.cloud_provider_api import describe_cloud_provider as _cloud_provider_api__describe_cloud_provider  # noqa: PLC0415

        kwargs = _cloud_provider_api__describe_cloud_provider._get_kwargs(
            id=id,
        )
        return cast(
            "CloudProvider",
            await self._client._call(
                kwargs,
                _cloud_provider_api__describe_cloud_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_by_name(
        self,
        name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetCloudProviderByName cloud-provider-api

        `GET /2022-09-01-00/cloud-provider/name/{name}` (operation `getCloudProviderByName`)

        Args:
            name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.cloud_provider_api import (
            get_cloud_provider_by_name as _cloud_provider_api__get_cloud_provider_by_name,  # noqa: PLC0415
        )

        kwargs = _cloud_provider_api__get_cloud_provider_by_name._get_kwargs(
            name=name,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _cloud_provider_api__get_cloud_provider_by_name._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncCloudProvidersResourceWithRawResponse:
    """`client.with_raw_response.cloud_providers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncCloudProvidersResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.describe = async_raw(resource.describe)
        self.get_by_name = async_raw(resource.get_by_name)


class AsyncCloudProvidersResourceWithStreamingResponse:
    """`client.with_streaming_response.cloud_providers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncCloudProvidersResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.describe = async_streamed(resource.describe)
        self.get_by_name = async_streamed(resource.get_by_name)
