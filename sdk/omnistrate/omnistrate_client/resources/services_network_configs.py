"""`client.services.network_configs` (generated from the spec; see api.md)."""

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

    from ..models.create_network_config_request import CreateNetworkConfigRequest, CreateNetworkConfigRequestDict
    from ..models.list_network_configs_result import ListNetworkConfigsResult
    from ..models.network_config import NetworkConfig
    from ..models.update_network_config_request import UpdateNetworkConfigRequest, UpdateNetworkConfigRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesNetworkConfigsResource",
    "AsyncServicesNetworkConfigsResourceWithRawResponse",
    "AsyncServicesNetworkConfigsResourceWithStreamingResponse",
    "ServicesNetworkConfigsResource",
    "ServicesNetworkConfigsResourceWithRawResponse",
    "ServicesNetworkConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesNetworkConfigsResource:
    """`client.services.network_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesNetworkConfigsResourceWithRawResponse:
        return ServicesNetworkConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesNetworkConfigsResourceWithStreamingResponse:
        return ServicesNetworkConfigsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        *,
        managed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListNetworkConfigsResult:
        """ListNetworkConfig network-config-api

        `GET /2022-09-01-00/service/{serviceId}/network-config` (operation `listNetworkConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListNetworkConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import list_network_config as _network_config_api__list_network_config  # noqa: PLC0415

        kwargs = _network_config_api__list_network_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListNetworkConfigsResult",
            self._client._call(
                kwargs,
                _network_config_api__list_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        service_id: str,
        *,
        body: CreateNetworkConfigRequest | CreateNetworkConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateNetworkConfig network-config-api

        `POST /2022-09-01-00/service/{serviceId}/network-config` (operation `createNetworkConfig`)

        Args:
            service_id (str):
            body (CreateNetworkConfigRequest): Request body of CreateNetworkConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import create_network_config as _network_config_api__create_network_config  # noqa: PLC0415

        kwargs = _network_config_api__create_network_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _network_config_api__create_network_config._parse_response,
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
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NetworkConfig:
        """DescribeNetworkConfig network-config-api

        `GET /2022-09-01-00/service/{serviceId}/network-config/{id}` (operation `describeNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            NetworkConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import describe_network_config as _network_config_api__describe_network_config  # noqa: PLC0415

        kwargs = _network_config_api__describe_network_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "NetworkConfig",
            self._client._call(
                kwargs,
                _network_config_api__describe_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteNetworkConfig network-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/network-config/{id}` (operation `deleteNetworkConfig`)

        Args:
            service_id (str):
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

        from ..api.network_config_api import delete_network_config as _network_config_api__delete_network_config  # noqa: PLC0415

        kwargs = _network_config_api__delete_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _network_config_api__delete_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateNetworkConfigRequest | UpdateNetworkConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateNetworkConfig network-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/network-config/{id}` (operation `updateNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateNetworkConfigRequest): Request body of UpdateNetworkConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import update_network_config as _network_config_api__update_network_config  # noqa: PLC0415

        kwargs = _network_config_api__update_network_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _network_config_api__update_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesNetworkConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.network_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesNetworkConfigsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class ServicesNetworkConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.network_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesNetworkConfigsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncServicesNetworkConfigsResource:
    """`client.services.network_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesNetworkConfigsResourceWithRawResponse:
        return AsyncServicesNetworkConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesNetworkConfigsResourceWithStreamingResponse:
        return AsyncServicesNetworkConfigsResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        *,
        managed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListNetworkConfigsResult:
        """ListNetworkConfig network-config-api

        `GET /2022-09-01-00/service/{serviceId}/network-config` (operation `listNetworkConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListNetworkConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import list_network_config as _network_config_api__list_network_config  # noqa: PLC0415

        kwargs = _network_config_api__list_network_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListNetworkConfigsResult",
            await self._client._call(
                kwargs,
                _network_config_api__list_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        service_id: str,
        *,
        body: CreateNetworkConfigRequest | CreateNetworkConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateNetworkConfig network-config-api

        `POST /2022-09-01-00/service/{serviceId}/network-config` (operation `createNetworkConfig`)

        Args:
            service_id (str):
            body (CreateNetworkConfigRequest): Request body of CreateNetworkConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import create_network_config as _network_config_api__create_network_config  # noqa: PLC0415

        kwargs = _network_config_api__create_network_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _network_config_api__create_network_config._parse_response,
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
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NetworkConfig:
        """DescribeNetworkConfig network-config-api

        `GET /2022-09-01-00/service/{serviceId}/network-config/{id}` (operation `describeNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            NetworkConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import describe_network_config as _network_config_api__describe_network_config  # noqa: PLC0415

        kwargs = _network_config_api__describe_network_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "NetworkConfig",
            await self._client._call(
                kwargs,
                _network_config_api__describe_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteNetworkConfig network-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/network-config/{id}` (operation `deleteNetworkConfig`)

        Args:
            service_id (str):
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

        from ..api.network_config_api import delete_network_config as _network_config_api__delete_network_config  # noqa: PLC0415

        kwargs = _network_config_api__delete_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _network_config_api__delete_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateNetworkConfigRequest | UpdateNetworkConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateNetworkConfig network-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/network-config/{id}` (operation `updateNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateNetworkConfigRequest): Request body of UpdateNetworkConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.network_config_api import update_network_config as _network_config_api__update_network_config  # noqa: PLC0415

        kwargs = _network_config_api__update_network_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _network_config_api__update_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesNetworkConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.network_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesNetworkConfigsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncServicesNetworkConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.network_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesNetworkConfigsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
