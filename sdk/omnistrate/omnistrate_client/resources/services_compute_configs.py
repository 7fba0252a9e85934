"""`client.services.compute_configs` (generated from the spec; see api.md)."""

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

    from ..models.add_compute_instance_type_request import (
        AddComputeInstanceTypeRequest,
        AddComputeInstanceTypeRequestDict,
    )
    from ..models.compute_config import ComputeConfig
    from ..models.create_compute_config_request import CreateComputeConfigRequest, CreateComputeConfigRequestDict
    from ..models.list_compute_configs_result import ListComputeConfigsResult
    from ..models.list_compute_instance_types_result import ListComputeInstanceTypesResult
    from ..models.remove_compute_instance_type_request import (
        RemoveComputeInstanceTypeRequest,
        RemoveComputeInstanceTypeRequestDict,
    )
    from ..models.update_compute_config_request import UpdateComputeConfigRequest, UpdateComputeConfigRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesComputeConfigsResource",
    "AsyncServicesComputeConfigsResourceWithRawResponse",
    "AsyncServicesComputeConfigsResourceWithStreamingResponse",
    "ServicesComputeConfigsResource",
    "ServicesComputeConfigsResourceWithRawResponse",
    "ServicesComputeConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesComputeConfigsResource:
    """`client.services.compute_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesComputeConfigsResourceWithRawResponse:
        return ServicesComputeConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesComputeConfigsResourceWithStreamingResponse:
        return ServicesComputeConfigsResourceWithStreamingResponse(self)

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
    ) -> ListComputeConfigsResult:
        """ListComputeConfig compute-config-api

        `GET /2022-09-01-00/service/{serviceId}/compute-config` (operation `listComputeConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListComputeConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import list_compute_config as _compute_config_api__list_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__list_compute_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListComputeConfigsResult",
            self._client._call(
                kwargs,
                _compute_config_api__list_compute_config._parse_response,
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
        body: CreateComputeConfigRequest | CreateComputeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateComputeConfig compute-config-api

        `POST /2022-09-01-00/service/{serviceId}/compute-config` (operation `createComputeConfig`)

        Args:
            service_id (str):
            body (CreateComputeConfigRequest): Request body of CreateComputeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import create_compute_config as _compute_config_api__create_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__create_compute_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _compute_config_api__create_compute_config._parse_response,
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
    ) -> ComputeConfig:
        """DescribeComputeConfig compute-config-api

        `GET /2022-09-01-00/service/{serviceId}/compute-config/{id}` (operation `describeComputeConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ComputeConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import describe_compute_config as _compute_config_api__describe_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__describe_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ComputeConfig",
            self._client._call(
                kwargs,
                _compute_config_api__describe_compute_config._parse_response,
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
        """DeleteComputeConfig compute-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/compute-config/{id}` (operation `deleteComputeConfig`)

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

        from ..api.compute_config_api import delete_compute_config as _compute_config_api__delete_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__delete_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _compute_config_api__delete_compute_config._parse_response,
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
        body: UpdateComputeConfigRequest | UpdateComputeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateComputeConfig compute-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/compute-config/{id}` (operation `updateComputeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateComputeConfigRequest): Request body of UpdateComputeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import update_compute_config as _compute_config_api__update_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__update_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _compute_config_api__update_compute_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_compute_instance_type(
        self,
        service_id: str,
        id: str,
        *,
        body: AddComputeInstanceTypeRequest | AddComputeInstanceTypeRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddComputeInstanceType compute-config-api

        `POST /2022-09-01-00/service/{serviceId}/compute-config/{id}/instance-type` (operation `addComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (AddComputeInstanceTypeRequest): Request body of AddComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import add_compute_instance_type as _compute_config_api__add_compute_instance_type  # noqa: PLC0415

        kwargs = _compute_config_api__add_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _compute_config_api__add_compute_instance_type._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_compute_instance_type(
        self,
        service_id: str,
        id: str,
        *,
        body: RemoveComputeInstanceTypeRequest | RemoveComputeInstanceTypeRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveComputeInstanceType compute-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/compute-config/{id}/instance-type` (operation `removeComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (RemoveComputeInstanceTypeRequest): Request body of RemoveComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import (
            remove_compute_instance_type as _compute_config_api__remove_compute_instance_type,  # noqa: PLC0415
        )

        kwargs = _compute_config_api__remove_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _compute_config_api__remove_compute_instance_type._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_compute_instance_types(
        self,
        service_id: str,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListComputeInstanceTypesResult:
        """ListComputeInstanceTypes compute-config-api

        `GET /2022-09-01-00/service/{serviceId}/compute-config/cloud-provider/{cloudProviderName}/instance-types` (operation `listComputeInstanceTypes`)

        Args:
            service_id (str):
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListComputeInstanceTypesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import (
            list_compute_instance_types as _compute_config_api__list_compute_instance_types,  # noqa: PLC0415
        )

        kwargs = _compute_config_api__list_compute_instance_types._get_kwargs(
            service_id=service_id,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListComputeInstanceTypesResult",
            self._client._call(
                kwargs,
                _compute_config_api__list_compute_instance_types._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesComputeConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.compute_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesComputeConfigsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.add_compute_instance_type = raw(resource.add_compute_instance_type)
        self.remove_compute_instance_type = raw(resource.remove_compute_instance_type)
        self.list_compute_instance_types = raw(resource.list_compute_instance_types)


class ServicesComputeConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.compute_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesComputeConfigsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.add_compute_instance_type = streamed(resource.add_compute_instance_type)
        self.remove_compute_instance_type = streamed(resource.remove_compute_instance_type)
        self.list_compute_instance_types = streamed(resource.list_compute_instance_types)


class AsyncServicesComputeConfigsResource:
    """`client.services.compute_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesComputeConfigsResourceWithRawResponse:
        return AsyncServicesComputeConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesComputeConfigsResourceWithStreamingResponse:
        return AsyncServicesComputeConfigsResourceWithStreamingResponse(self)

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
    ) -> ListComputeConfigsResult:
        """ListComputeConfig compute-config-api

        `GET /2022-09-01-00/service/{serviceId}/compute-config` (operation `listComputeConfig`)

        Args:
            service_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListComputeConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import list_compute_config as _compute_config_api__list_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__list_compute_config._get_kwargs(
            service_id=service_id,
            managed=managed,
        )
        return cast(
            "ListComputeConfigsResult",
            await self._client._call(
                kwargs,
                _compute_config_api__list_compute_config._parse_response,
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
        body: CreateComputeConfigRequest | CreateComputeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateComputeConfig compute-config-api

        `POST /2022-09-01-00/service/{serviceId}/compute-config` (operation `createComputeConfig`)

        Args:
            service_id (str):
            body (CreateComputeConfigRequest): Request body of CreateComputeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import create_compute_config as _compute_config_api__create_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__create_compute_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _compute_config_api__create_compute_config._parse_response,
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
    ) -> ComputeConfig:
        """DescribeComputeConfig compute-config-api

        `GET /2022-09-01-00/service/{serviceId}/compute-config/{id}` (operation `describeComputeConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ComputeConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import describe_compute_config as _compute_config_api__describe_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__describe_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ComputeConfig",
            await self._client._call(
                kwargs,
                _compute_config_api__describe_compute_config._parse_response,
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
        """DeleteComputeConfig compute-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/compute-config/{id}` (operation `deleteComputeConfig`)

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

        from ..api.compute_config_api import delete_compute_config as _compute_config_api__delete_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__delete_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _compute_config_api__delete_compute_config._parse_response,
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
        body: UpdateComputeConfigRequest | UpdateComputeConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateComputeConfig compute-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/compute-config/{id}` (operation `updateComputeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateComputeConfigRequest): Request body of UpdateComputeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import update_compute_config as _compute_config_api__update_compute_config  # noqa: PLC0415

        kwargs = _compute_config_api__update_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _compute_config_api__update_compute_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_compute_instance_type(
        self,
        service_id: str,
        id: str,
        *,
        body: AddComputeInstanceTypeRequest | AddComputeInstanceTypeRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddComputeInstanceType compute-config-api

        `POST /2022-09-01-00/service/{serviceId}/compute-config/{id}/instance-type` (operation `addComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (AddComputeInstanceTypeRequest): Request body of AddComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import add_compute_instance_type as _compute_config_api__add_compute_instance_type  # noqa: PLC0415

        kwargs = _compute_config_api__add_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _compute_config_api__add_compute_instance_type._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_compute_instance_type(
        self,
        service_id: str,
        id: str,
        *,
        body: RemoveComputeInstanceTypeRequest | RemoveComputeInstanceTypeRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveComputeInstanceType compute-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/compute-config/{id}/instance-type` (operation `removeComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (RemoveComputeInstanceTypeRequest): Request body of RemoveComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import (
            remove_compute_instance_type as _compute_config_api__remove_compute_instance_type,  # noqa: PLC0415
        )

        kwargs = _compute_config_api__remove_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _compute_config_api__remove_compute_instance_type._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_compute_instance_types(
        self,
        service_id: str,
        cloud_provider_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListComputeInstanceTypesResult:
        """ListComputeInstanceTypes compute-config-api

        `GET /2022-09-01-00/service/{serviceId}/compute-config/cloud-provider/{cloudProviderName}/instance-types` (operation `listComputeInstanceTypes`)

        Args:
            service_id (str):
            cloud_provider_name (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListComputeInstanceTypesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compute_config_api import (
            list_compute_instance_types as _compute_config_api__list_compute_instance_types,  # noqa: PLC0415
        )

        kwargs = _compute_config_api__list_compute_instance_types._get_kwargs(
            service_id=service_id,
            cloud_provider_name=cloud_provider_name,
        )
        return cast(
            "ListComputeInstanceTypesResult",
            await self._client._call(
                kwargs,
                _compute_config_api__list_compute_instance_types._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesComputeConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.compute_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesComputeConfigsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.add_compute_instance_type = async_raw(resource.add_compute_instance_type)
        self.remove_compute_instance_type = async_raw(resource.remove_compute_instance_type)
        self.list_compute_instance_types = async_raw(resource.list_compute_instance_types)


class AsyncServicesComputeConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.compute_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesComputeConfigsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.add_compute_instance_type = async_streamed(resource.add_compute_instance_type)
        self.remove_compute_instance_type = async_streamed(resource.remove_compute_instance_type)
        self.list_compute_instance_types = async_streamed(resource.list_compute_instance_types)
