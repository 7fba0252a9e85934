"""`client.services.infra_configs` (generated from the spec; see api.md)."""

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

    from ..models.create_infra_config_request import CreateInfraConfigRequest, CreateInfraConfigRequestDict
    from ..models.infra_config import InfraConfig
    from ..models.list_associated_resources_result import ListAssociatedResourcesResult
    from ..models.list_infra_config_result import ListInfraConfigResult
    from ..models.release_infra_config_request import ReleaseInfraConfigRequest, ReleaseInfraConfigRequestDict
    from ..models.rollout_fleet_infra_status_result import RolloutFleetInfraStatusResult
    from ..models.update_infra_config_request import UpdateInfraConfigRequest, UpdateInfraConfigRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesInfraConfigsResource",
    "AsyncServicesInfraConfigsResourceWithRawResponse",
    "AsyncServicesInfraConfigsResourceWithStreamingResponse",
    "ServicesInfraConfigsResource",
    "ServicesInfraConfigsResourceWithRawResponse",
    "ServicesInfraConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesInfraConfigsResource:
    """`client.services.infra_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesInfraConfigsResourceWithRawResponse:
        return ServicesInfraConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesInfraConfigsResourceWithStreamingResponse:
        return ServicesInfraConfigsResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateInfraConfigRequest | CreateInfraConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{serviceId}/infra-config` (operation `createInfraConfig`)

        Args:
            service_id (str):
            body (CreateInfraConfigRequest): Request body of CreateInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import create_infra_config as _infra_config_api__create_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__create_infra_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _infra_config_api__create_infra_config._parse_response,
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
    ) -> InfraConfig:
        """DescribeInfraConfig infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/infra-config/{id}` (operation `describeInfraConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            InfraConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import describe_infra_config as _infra_config_api__describe_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__describe_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "InfraConfig",
            self._client._call(
                kwargs,
                _infra_config_api__describe_infra_config._parse_response,
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
        """DeleteInfraConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}` (operation `deleteInfraConfig`)

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

        from ..api.infra_config_api import delete_infra_config as _infra_config_api__delete_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__delete_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__delete_infra_config._parse_response,
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
        body: UpdateInfraConfigRequest | UpdateInfraConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateInfraConfig infra-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/infra-config/{id}` (operation `updateInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInfraConfigRequest): Request body of UpdateInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import update_infra_config as _infra_config_api__update_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__update_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__update_infra_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_associated_resources(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAssociatedResourcesResult:
        """ListAssociatedResources infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/infra-config/{id}/associated-resources` (operation `listAssociatedResources`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAssociatedResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import list_associated_resources as _infra_config_api__list_associated_resources  # noqa: PLC0415

        kwargs = _infra_config_api__list_associated_resources._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListAssociatedResourcesResult",
            self._client._call(
                kwargs,
                _infra_config_api__list_associated_resources._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def detach_compute_config(
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
        """DetachComputeConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}/compute-config` (operation `detachComputeConfig`)

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

        from ..api.infra_config_api import detach_compute_config as _infra_config_api__detach_compute_config  # noqa: PLC0415

        kwargs = _infra_config_api__detach_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__detach_compute_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def detach_network_config(
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
        """DetachNetworkConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}/network-config` (operation `detachNetworkConfig`)

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

        from ..api.infra_config_api import detach_network_config as _infra_config_api__detach_network_config  # noqa: PLC0415

        kwargs = _infra_config_api__detach_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__detach_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def release(
        self,
        service_id: str,
        id: str,
        *,
        body: ReleaseInfraConfigRequest | ReleaseInfraConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ReleaseInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{serviceId}/infra-config/{id}/release` (operation `releaseInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseInfraConfigRequest): Request body of ReleaseInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import release_infra_config as _infra_config_api__release_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__release_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__release_infra_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rollout_fleet_infra(
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
        """RolloutFleetInfra infra-config-api

        `POST /2022-09-01-00/service/{serviceId}/infra-config/{id}/rollout` (operation `rolloutFleetInfra`)

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

        from ..api.infra_config_api import rollout_fleet_infra as _infra_config_api__rollout_fleet_infra  # noqa: PLC0415

        kwargs = _infra_config_api__rollout_fleet_infra._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__rollout_fleet_infra._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rollout_fleet_infra_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RolloutFleetInfraStatusResult:
        """RolloutFleetInfraStatus infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/infra-config/{id}/rollout/status` (operation `rolloutFleetInfraStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RolloutFleetInfraStatusResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import rollout_fleet_infra_status as _infra_config_api__rollout_fleet_infra_status  # noqa: PLC0415

        kwargs = _infra_config_api__rollout_fleet_infra_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "RolloutFleetInfraStatusResult",
            self._client._call(
                kwargs,
                _infra_config_api__rollout_fleet_infra_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def detach_storage_config(
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
        """DetachStorageConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}/storage-config` (operation `detachStorageConfig`)

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

        from ..api.infra_config_api import detach_storage_config as _infra_config_api__detach_storage_config  # noqa: PLC0415

        kwargs = _infra_config_api__detach_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _infra_config_api__detach_storage_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        managed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListInfraConfigResult:
        """ListInfraConfig infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/serviceenvironment/{serviceEnvironmentId}/infra-config` (operation `listInfraConfig`)

        Args:
            service_id (str):
            service_environment_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInfraConfigResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import list_infra_config as _infra_config_api__list_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__list_infra_config._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
            managed=managed,
        )
        return cast(
            "ListInfraConfigResult",
            self._client._call(
                kwargs,
                _infra_config_api__list_infra_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesInfraConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.infra_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesInfraConfigsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list_associated_resources = raw(resource.list_associated_resources)
        self.detach_compute_config = raw(resource.detach_compute_config)
        self.detach_network_config = raw(resource.detach_network_config)
        self.release = raw(resource.release)
        self.rollout_fleet_infra = raw(resource.rollout_fleet_infra)
        self.rollout_fleet_infra_status = raw(resource.rollout_fleet_infra_status)
        self.detach_storage_config = raw(resource.detach_storage_config)
        self.list = raw(resource.list)


class ServicesInfraConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.infra_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesInfraConfigsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list_associated_resources = streamed(resource.list_associated_resources)
        self.detach_compute_config = streamed(resource.detach_compute_config)
        self.detach_network_config = streamed(resource.detach_network_config)
        self.release = streamed(resource.release)
        self.rollout_fleet_infra = streamed(resource.rollout_fleet_infra)
        self.rollout_fleet_infra_status = streamed(resource.rollout_fleet_infra_status)
        self.detach_storage_config = streamed(resource.detach_storage_config)
        self.list = streamed(resource.list)


class AsyncServicesInfraConfigsResource:
    """`client.services.infra_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesInfraConfigsResourceWithRawResponse:
        return AsyncServicesInfraConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesInfraConfigsResourceWithStreamingResponse:
        return AsyncServicesInfraConfigsResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateInfraConfigRequest | CreateInfraConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{serviceId}/infra-config` (operation `createInfraConfig`)

        Args:
            service_id (str):
            body (CreateInfraConfigRequest): Request body of CreateInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import create_infra_config as _infra_config_api__create_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__create_infra_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _infra_config_api__create_infra_config._parse_response,
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
    ) -> InfraConfig:
        """DescribeInfraConfig infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/infra-config/{id}` (operation `describeInfraConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            InfraConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import describe_infra_config as _infra_config_api__describe_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__describe_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "InfraConfig",
            await self._client._call(
                kwargs,
                _infra_config_api__describe_infra_config._parse_response,
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
        """DeleteInfraConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}` (operation `deleteInfraConfig`)

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

        from ..api.infra_config_api import delete_infra_config as _infra_config_api__delete_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__delete_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__delete_infra_config._parse_response,
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
        body: UpdateInfraConfigRequest | UpdateInfraConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateInfraConfig infra-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/infra-config/{id}` (operation `updateInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInfraConfigRequest): Request body of UpdateInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import update_infra_config as _infra_config_api__update_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__update_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__update_infra_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_associated_resources(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAssociatedResourcesResult:
        """ListAssociatedResources infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/infra-config/{id}/associated-resources` (operation `listAssociatedResources`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAssociatedResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import list_associated_resources as _infra_config_api__list_associated_resources  # noqa: PLC0415

        kwargs = _infra_config_api__list_associated_resources._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListAssociatedResourcesResult",
            await self._client._call(
                kwargs,
                _infra_config_api__list_associated_resources._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def detach_compute_config(
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
        """DetachComputeConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}/compute-config` (operation `detachComputeConfig`)

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

        from ..api.infra_config_api import detach_compute_config as _infra_config_api__detach_compute_config  # noqa: PLC0415

        kwargs = _infra_config_api__detach_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__detach_compute_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def detach_network_config(
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
        """DetachNetworkConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}/network-config` (operation `detachNetworkConfig`)

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

        from ..api.infra_config_api import detach_network_config as _infra_config_api__detach_network_config  # noqa: PLC0415

        kwargs = _infra_config_api__detach_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__detach_network_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def release(
        self,
        service_id: str,
        id: str,
        *,
        body: ReleaseInfraConfigRequest | ReleaseInfraConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ReleaseInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{serviceId}/infra-config/{id}/release` (operation `releaseInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseInfraConfigRequest): Request body of ReleaseInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import release_infra_config as _infra_config_api__release_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__release_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__release_infra_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rollout_fleet_infra(
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
        """RolloutFleetInfra infra-config-api

        `POST /2022-09-01-00/service/{serviceId}/infra-config/{id}/rollout` (operation `rolloutFleetInfra`)

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

        from ..api.infra_config_api import rollout_fleet_infra as _infra_config_api__rollout_fleet_infra  # noqa: PLC0415

        kwargs = _infra_config_api__rollout_fleet_infra._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__rollout_fleet_infra._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rollout_fleet_infra_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RolloutFleetInfraStatusResult:
        """RolloutFleetInfraStatus infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/infra-config/{id}/rollout/status` (operation `rolloutFleetInfraStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RolloutFleetInfraStatusResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import rollout_fleet_infra_status as _infra_config_api__rollout_fleet_infra_status  # noqa: PLC0415

        kwargs = _infra_config_api__rollout_fleet_infra_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "RolloutFleetInfraStatusResult",
            await self._client._call(
                kwargs,
                _infra_config_api__rollout_fleet_infra_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def detach_storage_config(
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
        """DetachStorageConfig infra-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/infra-config/{id}/storage-config` (operation `detachStorageConfig`)

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

        from ..api.infra_config_api import detach_storage_config as _infra_config_api__detach_storage_config  # noqa: PLC0415

        kwargs = _infra_config_api__detach_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _infra_config_api__detach_storage_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        managed: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListInfraConfigResult:
        """ListInfraConfig infra-config-api

        `GET /2022-09-01-00/service/{serviceId}/serviceenvironment/{serviceEnvironmentId}/infra-config` (operation `listInfraConfig`)

        Args:
            service_id (str):
            service_environment_id (str):
            managed (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInfraConfigResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.infra_config_api import list_infra_config as _infra_config_api__list_infra_config  # noqa: PLC0415

        kwargs = _infra_config_api__list_infra_config._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
            managed=managed,
        )
        return cast(
            "ListInfraConfigResult",
            await self._client._call(
                kwargs,
                _infra_config_api__list_infra_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesInfraConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.infra_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesInfraConfigsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list_associated_resources = async_raw(resource.list_associated_resources)
        self.detach_compute_config = async_raw(resource.detach_compute_config)
        self.detach_network_config = async_raw(resource.detach_network_config)
        self.release = async_raw(resource.release)
        self.rollout_fleet_infra = async_raw(resource.rollout_fleet_infra)
        self.rollout_fleet_infra_status = async_raw(resource.rollout_fleet_infra_status)
        self.detach_storage_config = async_raw(resource.detach_storage_config)
        self.list = async_raw(resource.list)


class AsyncServicesInfraConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.infra_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesInfraConfigsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list_associated_resources = async_streamed(resource.list_associated_resources)
        self.detach_compute_config = async_streamed(resource.detach_compute_config)
        self.detach_network_config = async_streamed(resource.detach_network_config)
        self.release = async_streamed(resource.release)
        self.rollout_fleet_infra = async_streamed(resource.rollout_fleet_infra)
        self.rollout_fleet_infra_status = async_streamed(resource.rollout_fleet_infra_status)
        self.detach_storage_config = async_streamed(resource.detach_storage_config)
        self.list = async_streamed(resource.list)
