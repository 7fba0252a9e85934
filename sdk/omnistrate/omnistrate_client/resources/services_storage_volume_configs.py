"""`client.services.storage_volume_configs` (generated from the spec; see api.md)."""

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

    from ..models.create_storage_volume_config_request import (
        CreateStorageVolumeConfigRequest,
        CreateStorageVolumeConfigRequestDict,
    )
    from ..models.list_storage_volume_configs_result import ListStorageVolumeConfigsResult
    from ..models.storage_volume_config import StorageVolumeConfig
    from ..models.update_instance_storage_volume_config_request import (
        UpdateInstanceStorageVolumeConfigRequest,
        UpdateInstanceStorageVolumeConfigRequestDict,
    )
    from ..models.update_storage_volume_config_request import (
        UpdateStorageVolumeConfigRequest,
        UpdateStorageVolumeConfigRequestDict,
    )
    from ..models.update_storage_volume_size_config_request import (
        UpdateStorageVolumeSizeConfigRequest,
        UpdateStorageVolumeSizeConfigRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesStorageVolumeConfigsResource",
    "AsyncServicesStorageVolumeConfigsResourceWithRawResponse",
    "AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse",
    "ServicesStorageVolumeConfigsResource",
    "ServicesStorageVolumeConfigsResourceWithRawResponse",
    "ServicesStorageVolumeConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesStorageVolumeConfigsResource:
    """`client.services.storage_volume_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesStorageVolumeConfigsResourceWithRawResponse:
        return ServicesStorageVolumeConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesStorageVolumeConfigsResourceWithStreamingResponse:
        return ServicesStorageVolumeConfigsResourceWithStreamingResponse(self)

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
    ) -> ListStorageVolumeConfigsResult:
        """ListStorageVolumeConfig storage-volume-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-volume-config` (operation `listStorageVolumeConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListStorageVolumeConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            list_storage_volume_config as _storage_volume_config_api__list_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__list_storage_volume_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListStorageVolumeConfigsResult",
            self._client._call(
                kwargs,
                _storage_volume_config_api__list_storage_volume_config._parse_response,
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
        body: CreateStorageVolumeConfigRequest | CreateStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageVolumeConfig storage-volume-config-api

        `POST /2022-09-01-00/service/{serviceId}/storage-volume-config` (operation `createStorageVolumeConfig`)

        Args:
            service_id (str):
            body (CreateStorageVolumeConfigRequest): Request body of CreateStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            create_storage_volume_config as _storage_volume_config_api__create_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__create_storage_volume_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _storage_volume_config_api__create_storage_volume_config._parse_response,
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
    ) -> StorageVolumeConfig:
        """DescribeStorageVolumeConfig storage-volume-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}` (operation `describeStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageVolumeConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            describe_storage_volume_config as _storage_volume_config_api__describe_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__describe_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "StorageVolumeConfig",
            self._client._call(
                kwargs,
                _storage_volume_config_api__describe_storage_volume_config._parse_response,
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
        """DeleteStorageVolumeConfig storage-volume-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}` (operation `deleteStorageVolumeConfig`)

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

        from ..api.storage_volume_config_api import (
            delete_storage_volume_config as _storage_volume_config_api__delete_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__delete_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_volume_config_api__delete_storage_volume_config._parse_response,
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
        body: UpdateStorageVolumeConfigRequest | UpdateStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}` (operation `updateStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeConfigRequest): Request body of UpdateStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            update_storage_volume_config as _storage_volume_config_api__update_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__update_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_volume_config_api__update_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_instance(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateInstanceStorageVolumeConfigRequest | UpdateInstanceStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateInstanceStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}/instance` (operation `updateInstanceStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInstanceStorageVolumeConfigRequest): Request body of
                UpdateInstanceStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            update_instance_storage_volume_config as _storage_volume_config_api__update_instance_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__update_instance_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_volume_config_api__update_instance_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_storage_volume_size_config(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateStorageVolumeSizeConfigRequest | UpdateStorageVolumeSizeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateStorageVolumeSizeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}/size` (operation `updateStorageVolumeSizeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeSizeConfigRequest): Request body of UpdateStorageVolumeSizeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            update_storage_volume_size_config as _storage_volume_config_api__update_storage_volume_size_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__update_storage_volume_size_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_volume_config_api__update_storage_volume_size_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesStorageVolumeConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.storage_volume_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesStorageVolumeConfigsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.update_instance = raw(resource.update_instance)
        self.update_storage_volume_size_config = raw(resource.update_storage_volume_size_config)


class ServicesStorageVolumeConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.storage_volume_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesStorageVolumeConfigsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.update_instance = streamed(resource.update_instance)
        self.update_storage_volume_size_config = streamed(resource.update_storage_volume_size_config)


class AsyncServicesStorageVolumeConfigsResource:
    """`client.services.storage_volume_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesStorageVolumeConfigsResourceWithRawResponse:
        return AsyncServicesStorageVolumeConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse:
        return AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse(self)

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
    ) -> ListStorageVolumeConfigsResult:
        """ListStorageVolumeConfig storage-volume-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-volume-config` (operation `listStorageVolumeConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListStorageVolumeConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            list_storage_volume_config as _storage_volume_config_api__list_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__list_storage_volume_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListStorageVolumeConfigsResult",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__list_storage_volume_config._parse_response,
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
        body: CreateStorageVolumeConfigRequest | CreateStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageVolumeConfig storage-volume-config-api

        `POST /2022-09-01-00/service/{serviceId}/storage-volume-config` (operation `createStorageVolumeConfig`)

        Args:
            service_id (str):
            body (CreateStorageVolumeConfigRequest): Request body of CreateStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            create_storage_volume_config as _storage_volume_config_api__create_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__create_storage_volume_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__create_storage_volume_config._parse_response,
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
    ) -> StorageVolumeConfig:
        """DescribeStorageVolumeConfig storage-volume-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}` (operation `describeStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageVolumeConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            describe_storage_volume_config as _storage_volume_config_api__describe_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__describe_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "StorageVolumeConfig",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__describe_storage_volume_config._parse_response,
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
        """DeleteStorageVolumeConfig storage-volume-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}` (operation `deleteStorageVolumeConfig`)

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

        from ..api.storage_volume_config_api import (
            delete_storage_volume_config as _storage_volume_config_api__delete_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__delete_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__delete_storage_volume_config._parse_response,
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
        body: UpdateStorageVolumeConfigRequest | UpdateStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}` (operation `updateStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeConfigRequest): Request body of UpdateStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            update_storage_volume_config as _storage_volume_config_api__update_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__update_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__update_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_instance(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateInstanceStorageVolumeConfigRequest | UpdateInstanceStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateInstanceStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}/instance` (operation `updateInstanceStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInstanceStorageVolumeConfigRequest): Request body of
                UpdateInstanceStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            update_instance_storage_volume_config as _storage_volume_config_api__update_instance_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__update_instance_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__update_instance_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_storage_volume_size_config(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateStorageVolumeSizeConfigRequest | UpdateStorageVolumeSizeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateStorageVolumeSizeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-volume-config/{id}/size` (operation `updateStorageVolumeSizeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeSizeConfigRequest): Request body of UpdateStorageVolumeSizeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_volume_config_api import (
            update_storage_volume_size_config as _storage_volume_config_api__update_storage_volume_size_config,  # noqa: PLC0415
        )

        kwargs = _storage_volume_config_api__update_storage_volume_size_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_volume_config_api__update_storage_volume_size_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesStorageVolumeConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.storage_volume_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesStorageVolumeConfigsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.update_instance = async_raw(resource.update_instance)
        self.update_storage_volume_size_config = async_raw(resource.update_storage_volume_size_config)


class AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.storage_volume_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesStorageVolumeConfigsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.update_instance = async_streamed(resource.update_instance)
        self.update_storage_volume_size_config = async_streamed(resource.update_storage_volume_size_config)
