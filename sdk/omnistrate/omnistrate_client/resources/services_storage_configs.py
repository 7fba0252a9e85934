"""`client.services.storage_configs` (generated from the spec; see api.md)."""

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

    from ..models.add_storage_volume_config_request import (
        AddStorageVolumeConfigRequest,
        AddStorageVolumeConfigRequestDict,
    )
    from ..models.create_storage_config_request import CreateStorageConfigRequest, CreateStorageConfigRequestDict
    from ..models.list_storage_configs_result import ListStorageConfigsResult
    from ..models.remove_storage_volume_config_request import (
        RemoveStorageVolumeConfigRequest,
        RemoveStorageVolumeConfigRequestDict,
    )
    from ..models.storage_config import StorageConfig
    from ..models.update_storage_config_request import UpdateStorageConfigRequest, UpdateStorageConfigRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesStorageConfigsResource",
    "AsyncServicesStorageConfigsResourceWithRawResponse",
    "AsyncServicesStorageConfigsResourceWithStreamingResponse",
    "ServicesStorageConfigsResource",
    "ServicesStorageConfigsResourceWithRawResponse",
    "ServicesStorageConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesStorageConfigsResource:
    """`client.services.storage_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesStorageConfigsResourceWithRawResponse:
        return ServicesStorageConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesStorageConfigsResourceWithStreamingResponse:
        return ServicesStorageConfigsResourceWithStreamingResponse(self)

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
    ) -> ListStorageConfigsResult:
        """ListStorageConfig storage-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-config` (operation `listStorageConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListStorageConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import list_storage_config as _storage_config_api__list_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__list_storage_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListStorageConfigsResult",
            self._client._call(
                kwargs,
                _storage_config_api__list_storage_config._parse_response,
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
        body: CreateStorageConfigRequest | CreateStorageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageConfig storage-config-api

        `POST /2022-09-01-00/service/{serviceId}/storage-config` (operation `createStorageConfig`)

        Args:
            service_id (str):
            body (CreateStorageConfigRequest): Request body of CreateStorageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import create_storage_config as _storage_config_api__create_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__create_storage_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _storage_config_api__create_storage_config._parse_response,
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
    ) -> StorageConfig:
        """DescribeStorageConfig storage-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-config/{id}` (operation `describeStorageConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import describe_storage_config as _storage_config_api__describe_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__describe_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "StorageConfig",
            self._client._call(
                kwargs,
                _storage_config_api__describe_storage_config._parse_response,
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
        """DeleteStorageConfig storage-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/storage-config/{id}` (operation `deleteStorageConfig`)

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

        from ..api.storage_config_api import delete_storage_config as _storage_config_api__delete_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__delete_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_config_api__delete_storage_config._parse_response,
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
        body: UpdateStorageConfigRequest | UpdateStorageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateStorageConfig storage-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-config/{id}` (operation `updateStorageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageConfigRequest): Request body of UpdateStorageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import update_storage_config as _storage_config_api__update_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__update_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_config_api__update_storage_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_storage_volume_config(
        self,
        service_id: str,
        id: str,
        storage_volume_config_id: str,
        *,
        body: AddStorageVolumeConfigRequest | AddStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddStorageVolumeConfig storage-config-api

        `PUT /2022-09-01-00/service/{serviceId}/storage-config/{id}/volume/{storageVolumeConfigId}` (operation `addStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (AddStorageVolumeConfigRequest): Request body of AddStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import add_storage_volume_config as _storage_config_api__add_storage_volume_config  # noqa: PLC0415

        kwargs = _storage_config_api__add_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_config_api__add_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_storage_volume_config(
        self,
        service_id: str,
        id: str,
        storage_volume_config_id: str,
        *,
        body: RemoveStorageVolumeConfigRequest | RemoveStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveStorageVolumeConfig storage-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/storage-config/{id}/volume/{storageVolumeConfigId}` (operation `removeStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (RemoveStorageVolumeConfigRequest): Request body of RemoveStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import (
            remove_storage_volume_config as _storage_config_api__remove_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_config_api__remove_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_config_api__remove_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesStorageConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.storage_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesStorageConfigsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.add_storage_volume_config = raw(resource.add_storage_volume_config)
        self.remove_storage_volume_config = raw(resource.remove_storage_volume_config)


class ServicesStorageConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.storage_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesStorageConfigsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.add_storage_volume_config = streamed(resource.add_storage_volume_config)
        self.remove_storage_volume_config = streamed(resource.remove_storage_volume_config)


class AsyncServicesStorageConfigsResource:
    """`client.services.storage_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesStorageConfigsResourceWithRawResponse:
        return AsyncServicesStorageConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesStorageConfigsResourceWithStreamingResponse:
        return AsyncServicesStorageConfigsResourceWithStreamingResponse(self)

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
    ) -> ListStorageConfigsResult:
        """ListStorageConfig storage-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-config` (operation `listStorageConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListStorageConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import list_storage_config as _storage_config_api__list_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__list_storage_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListStorageConfigsResult",
            await self._client._call(
                kwargs,
                _storage_config_api__list_storage_config._parse_response,
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
        body: CreateStorageConfigRequest | CreateStorageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageConfig storage-config-api

        `POST /2022-09-01-00/service/{serviceId}/storage-config` (operation `createStorageConfig`)

        Args:
            service_id (str):
            body (CreateStorageConfigRequest): Request body of CreateStorageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import create_storage_config as _storage_config_api__create_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__create_storage_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _storage_config_api__create_storage_config._parse_response,
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
    ) -> StorageConfig:
        """DescribeStorageConfig storage-config-api

        `GET /2022-09-01-00/service/{serviceId}/storage-config/{id}` (operation `describeStorageConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import describe_storage_config as _storage_config_api__describe_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__describe_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "StorageConfig",
            await self._client._call(
                kwargs,
                _storage_config_api__describe_storage_config._parse_response,
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
        """DeleteStorageConfig storage-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/storage-config/{id}` (operation `deleteStorageConfig`)

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

        from ..api.storage_config_api import delete_storage_config as _storage_config_api__delete_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__delete_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_config_api__delete_storage_config._parse_response,
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
        body: UpdateStorageConfigRequest | UpdateStorageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateStorageConfig storage-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/storage-config/{id}` (operation `updateStorageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageConfigRequest): Request body of UpdateStorageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import update_storage_config as _storage_config_api__update_storage_config  # noqa: PLC0415

        kwargs = _storage_config_api__update_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_config_api__update_storage_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_storage_volume_config(
        self,
        service_id: str,
        id: str,
        storage_volume_config_id: str,
        *,
        body: AddStorageVolumeConfigRequest | AddStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddStorageVolumeConfig storage-config-api

        `PUT /2022-09-01-00/service/{serviceId}/storage-config/{id}/volume/{storageVolumeConfigId}` (operation `addStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (AddStorageVolumeConfigRequest): Request body of AddStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import add_storage_volume_config as _storage_config_api__add_storage_volume_config  # noqa: PLC0415

        kwargs = _storage_config_api__add_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_config_api__add_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_storage_volume_config(
        self,
        service_id: str,
        id: str,
        storage_volume_config_id: str,
        *,
        body: RemoveStorageVolumeConfigRequest | RemoveStorageVolumeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveStorageVolumeConfig storage-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/storage-config/{id}/volume/{storageVolumeConfigId}` (operation `removeStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (RemoveStorageVolumeConfigRequest): Request body of RemoveStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_config_api import (
            remove_storage_volume_config as _storage_config_api__remove_storage_volume_config,  # noqa: PLC0415
        )

        kwargs = _storage_config_api__remove_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_config_api__remove_storage_volume_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesStorageConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.storage_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesStorageConfigsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.add_storage_volume_config = async_raw(resource.add_storage_volume_config)
        self.remove_storage_volume_config = async_raw(resource.remove_storage_volume_config)


class AsyncServicesStorageConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.storage_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesStorageConfigsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.add_storage_volume_config = async_streamed(resource.add_storage_volume_config)
        self.remove_storage_volume_config = async_streamed(resource.remove_storage_volume_config)
