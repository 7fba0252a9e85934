"""`client.custom_networks` (generated from the spec; see api.md)."""

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

    from ..models.create_custom_network_request import CreateCustomNetworkRequest, CreateCustomNetworkRequestDict
    from ..models.custom_network import CustomNetwork
    from ..models.list_custom_networks_result import ListCustomNetworksResult
    from ..models.update_custom_network_request import UpdateCustomNetworkRequest, UpdateCustomNetworkRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncCustomNetworksResource",
    "AsyncCustomNetworksResourceWithRawResponse",
    "AsyncCustomNetworksResourceWithStreamingResponse",
    "CustomNetworksResource",
    "CustomNetworksResourceWithRawResponse",
    "CustomNetworksResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class CustomNetworksResource:
    """`client.custom_networks`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomNetworksResourceWithRawResponse:
        return CustomNetworksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CustomNetworksResourceWithStreamingResponse:
        return CustomNetworksResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        cloud_provider_name: str | Unset = UNSET,
        cloud_provider_region: str | Unset = UNSET,
        custom_networks_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListCustomNetworksResult:
        """ListCustomNetworks custom-network-api

        `GET /2022-09-01-00/resource-instance/custom-network` (operation `listCustomNetworks`)

        Args:
            cloud_provider_name (str | Unset):
            cloud_provider_region (str | Unset):
            custom_networks_only (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListCustomNetworksResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import list_custom_networks as _custom_network_api__list_custom_networks  # noqa: PLC0415

        kwargs = _custom_network_api__list_custom_networks._get_kwargs(
            cloud_provider_name=cloud_provider_name,
            cloud_provider_region=cloud_provider_region,
            custom_networks_only=custom_networks_only,
        )
        return cast(
            "ListCustomNetworksResult",
            self._client._call(
                kwargs,
                _custom_network_api__list_custom_networks._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        *,
        body: CreateCustomNetworkRequest | CreateCustomNetworkRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomNetwork:
        """CreateCustomNetwork custom-network-api

        `POST /2022-09-01-00/resource-instance/custom-network` (operation `createCustomNetwork`)

        Args:
            body (CreateCustomNetworkRequest): Request body of CreateCustomNetwork
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomNetwork

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import create_custom_network as _custom_network_api__create_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__create_custom_network._get_kwargs(
            body=body,
        )
        return cast(
            "CustomNetwork",
            self._client._call(
                kwargs,
                _custom_network_api__create_custom_network._parse_response,
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
    ) -> CustomNetwork:
        """DescribeCustomNetwork custom-network-api

        `GET /2022-09-01-00/resource-instance/custom-network/{id}` (operation `describeCustomNetwork`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomNetwork

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import describe_custom_network as _custom_network_api__describe_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__describe_custom_network._get_kwargs(
            id=id,
        )
        return cast(
            "CustomNetwork",
            self._client._call(
                kwargs,
                _custom_network_api__describe_custom_network._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteCustomNetwork custom-network-api

        `DELETE /2022-09-01-00/resource-instance/custom-network/{id}` (operation `deleteCustomNetwork`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import delete_custom_network as _custom_network_api__delete_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__delete_custom_network._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _custom_network_api__delete_custom_network._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateCustomNetworkRequest | UpdateCustomNetworkRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomNetwork:
        """UpdateCustomNetwork custom-network-api

        `PATCH /2022-09-01-00/resource-instance/custom-network/{id}` (operation `updateCustomNetwork`)

        Args:
            id (str):
            body (UpdateCustomNetworkRequest): Request body of UpdateCustomNetwork
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomNetwork

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import update_custom_network as _custom_network_api__update_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__update_custom_network._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "CustomNetwork",
            self._client._call(
                kwargs,
                _custom_network_api__update_custom_network._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class CustomNetworksResourceWithRawResponse:
    """`client.with_raw_response.custom_networks`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: CustomNetworksResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class CustomNetworksResourceWithStreamingResponse:
    """`client.with_streaming_response.custom_networks`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: CustomNetworksResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncCustomNetworksResource:
    """`client.custom_networks`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomNetworksResourceWithRawResponse:
        return AsyncCustomNetworksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCustomNetworksResourceWithStreamingResponse:
        return AsyncCustomNetworksResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        cloud_provider_name: str | Unset = UNSET,
        cloud_provider_region: str | Unset = UNSET,
        custom_networks_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListCustomNetworksResult:
        """ListCustomNetworks custom-network-api

        `GET /2022-09-01-00/resource-instance/custom-network` (operation `listCustomNetworks`)

        Args:
            cloud_provider_name (str | Unset):
            cloud_provider_region (str | Unset):
            custom_networks_only (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListCustomNetworksResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import list_custom_networks as _custom_network_api__list_custom_networks  # noqa: PLC0415

        kwargs = _custom_network_api__list_custom_networks._get_kwargs(
            cloud_provider_name=cloud_provider_name,
            cloud_provider_region=cloud_provider_region,
            custom_networks_only=custom_networks_only,
        )
        return cast(
            "ListCustomNetworksResult",
            await self._client._call(
                kwargs,
                _custom_network_api__list_custom_networks._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        *,
        body: CreateCustomNetworkRequest | CreateCustomNetworkRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomNetwork:
        """CreateCustomNetwork custom-network-api

        `POST /2022-09-01-00/resource-instance/custom-network` (operation `createCustomNetwork`)

        Args:
            body (CreateCustomNetworkRequest): Request body of CreateCustomNetwork
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomNetwork

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import create_custom_network as _custom_network_api__create_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__create_custom_network._get_kwargs(
            body=body,
        )
        return cast(
            "CustomNetwork",
            await self._client._call(
                kwargs,
                _custom_network_api__create_custom_network._parse_response,
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
    ) -> CustomNetwork:
        """DescribeCustomNetwork custom-network-api

        `GET /2022-09-01-00/resource-instance/custom-network/{id}` (operation `describeCustomNetwork`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomNetwork

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import describe_custom_network as _custom_network_api__describe_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__describe_custom_network._get_kwargs(
            id=id,
        )
        return cast(
            "CustomNetwork",
            await self._client._call(
                kwargs,
                _custom_network_api__describe_custom_network._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteCustomNetwork custom-network-api

        `DELETE /2022-09-01-00/resource-instance/custom-network/{id}` (operation `deleteCustomNetwork`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import delete_custom_network as _custom_network_api__delete_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__delete_custom_network._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _custom_network_api__delete_custom_network._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateCustomNetworkRequest | UpdateCustomNetworkRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomNetwork:
        """UpdateCustomNetwork custom-network-api

        `PATCH /2022-09-01-00/resource-instance/custom-network/{id}` (operation `updateCustomNetwork`)

        Args:
            id (str):
            body (UpdateCustomNetworkRequest): Request body of UpdateCustomNetwork
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomNetwork

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.custom_network_api import update_custom_network as _custom_network_api__update_custom_network  # noqa: PLC0415

        kwargs = _custom_network_api__update_custom_network._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "CustomNetwork",
            await self._client._call(
                kwargs,
                _custom_network_api__update_custom_network._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncCustomNetworksResourceWithRawResponse:
    """`client.with_raw_response.custom_networks`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncCustomNetworksResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncCustomNetworksResourceWithStreamingResponse:
    """`client.with_streaming_response.custom_networks`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncCustomNetworksResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
