"""`client.services` (generated from the spec; see api.md)."""

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

    from ..models.build_service_from_compose_spec_request import (
        BuildServiceFromComposeSpecRequest,
        BuildServiceFromComposeSpecRequestDict,
    )
    from ..models.build_service_from_compose_spec_result import BuildServiceFromComposeSpecResult
    from ..models.build_service_from_service_plan_spec_request import (
        BuildServiceFromServicePlanSpecRequest,
        BuildServiceFromServicePlanSpecRequestDict,
    )
    from ..models.build_service_from_service_plan_spec_result import BuildServiceFromServicePlanSpecResult
    from ..models.create_service_from_compose_spec_request import (
        CreateServiceFromComposeSpecRequest,
        CreateServiceFromComposeSpecRequestDict,
    )
    from ..models.create_service_request import CreateServiceRequest, CreateServiceRequestDict
    from ..models.list_service_result import ListServiceResult
    from ..models.report_health_result import ReportHealthResult
    from ..models.service import Service
    from ..models.update_service_request import UpdateServiceRequest, UpdateServiceRequestDict
    from .services_apis import (
        AsyncServicesApisResource,
        AsyncServicesApisResourceWithRawResponse,
        AsyncServicesApisResourceWithStreamingResponse,
        ServicesApisResource,
        ServicesApisResourceWithRawResponse,
        ServicesApisResourceWithStreamingResponse,
    )
    from .services_compute_configs import (
        AsyncServicesComputeConfigsResource,
        AsyncServicesComputeConfigsResourceWithRawResponse,
        AsyncServicesComputeConfigsResourceWithStreamingResponse,
        ServicesComputeConfigsResource,
        ServicesComputeConfigsResourceWithRawResponse,
        ServicesComputeConfigsResourceWithStreamingResponse,
    )
    from .services_environments import (
        AsyncServicesEnvironmentsResource,
        AsyncServicesEnvironmentsResourceWithRawResponse,
        AsyncServicesEnvironmentsResourceWithStreamingResponse,
        ServicesEnvironmentsResource,
        ServicesEnvironmentsResourceWithRawResponse,
        ServicesEnvironmentsResourceWithStreamingResponse,
    )
    from .services_image_configs import (
        AsyncServicesImageConfigsResource,
        AsyncServicesImageConfigsResourceWithRawResponse,
        AsyncServicesImageConfigsResourceWithStreamingResponse,
        ServicesImageConfigsResource,
        ServicesImageConfigsResourceWithRawResponse,
        ServicesImageConfigsResourceWithStreamingResponse,
    )
    from .services_infra_configs import (
        AsyncServicesInfraConfigsResource,
        AsyncServicesInfraConfigsResourceWithRawResponse,
        AsyncServicesInfraConfigsResourceWithStreamingResponse,
        ServicesInfraConfigsResource,
        ServicesInfraConfigsResourceWithRawResponse,
        ServicesInfraConfigsResourceWithStreamingResponse,
    )
    from .services_input_parameters import (
        AsyncServicesInputParametersResource,
        AsyncServicesInputParametersResourceWithRawResponse,
        AsyncServicesInputParametersResourceWithStreamingResponse,
        ServicesInputParametersResource,
        ServicesInputParametersResourceWithRawResponse,
        ServicesInputParametersResourceWithStreamingResponse,
    )
    from .services_models import (
        AsyncServicesModelsResource,
        AsyncServicesModelsResourceWithRawResponse,
        AsyncServicesModelsResourceWithStreamingResponse,
        ServicesModelsResource,
        ServicesModelsResourceWithRawResponse,
        ServicesModelsResourceWithStreamingResponse,
    )
    from .services_network_configs import (
        AsyncServicesNetworkConfigsResource,
        AsyncServicesNetworkConfigsResourceWithRawResponse,
        AsyncServicesNetworkConfigsResourceWithStreamingResponse,
        ServicesNetworkConfigsResource,
        ServicesNetworkConfigsResourceWithRawResponse,
        ServicesNetworkConfigsResourceWithStreamingResponse,
    )
    from .services_output_parameters import (
        AsyncServicesOutputParametersResource,
        AsyncServicesOutputParametersResourceWithRawResponse,
        AsyncServicesOutputParametersResourceWithStreamingResponse,
        ServicesOutputParametersResource,
        ServicesOutputParametersResourceWithRawResponse,
        ServicesOutputParametersResourceWithStreamingResponse,
    )
    from .services_plans import (
        AsyncServicesPlansResource,
        AsyncServicesPlansResourceWithRawResponse,
        AsyncServicesPlansResourceWithStreamingResponse,
        ServicesPlansResource,
        ServicesPlansResourceWithRawResponse,
        ServicesPlansResourceWithStreamingResponse,
    )
    from .services_product_tiers import (
        AsyncServicesProductTiersResource,
        AsyncServicesProductTiersResourceWithRawResponse,
        AsyncServicesProductTiersResourceWithStreamingResponse,
        ServicesProductTiersResource,
        ServicesProductTiersResourceWithRawResponse,
        ServicesProductTiersResourceWithStreamingResponse,
    )
    from .services_resources import (
        AsyncServicesResourcesResource,
        AsyncServicesResourcesResourceWithRawResponse,
        AsyncServicesResourcesResourceWithStreamingResponse,
        ServicesResourcesResource,
        ServicesResourcesResourceWithRawResponse,
        ServicesResourcesResourceWithStreamingResponse,
    )
    from .services_storage_configs import (
        AsyncServicesStorageConfigsResource,
        AsyncServicesStorageConfigsResourceWithRawResponse,
        AsyncServicesStorageConfigsResourceWithStreamingResponse,
        ServicesStorageConfigsResource,
        ServicesStorageConfigsResourceWithRawResponse,
        ServicesStorageConfigsResourceWithStreamingResponse,
    )
    from .services_storage_volume_configs import (
        AsyncServicesStorageVolumeConfigsResource,
        AsyncServicesStorageVolumeConfigsResourceWithRawResponse,
        AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse,
        ServicesStorageVolumeConfigsResource,
        ServicesStorageVolumeConfigsResourceWithRawResponse,
        ServicesStorageVolumeConfigsResourceWithStreamingResponse,
    )
    from .services_tier_version_sets import (
        AsyncServicesTierVersionSetsResource,
        AsyncServicesTierVersionSetsResourceWithRawResponse,
        AsyncServicesTierVersionSetsResourceWithStreamingResponse,
        ServicesTierVersionSetsResource,
        ServicesTierVersionSetsResourceWithRawResponse,
        ServicesTierVersionSetsResourceWithStreamingResponse,
    )
    from .services_vunits import (
        AsyncServicesVunitsResource,
        AsyncServicesVunitsResourceWithRawResponse,
        AsyncServicesVunitsResourceWithStreamingResponse,
        ServicesVunitsResource,
        ServicesVunitsResourceWithRawResponse,
        ServicesVunitsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncServicesResource",
    "AsyncServicesResourceWithRawResponse",
    "AsyncServicesResourceWithStreamingResponse",
    "ServicesResource",
    "ServicesResourceWithRawResponse",
    "ServicesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesResource:
    """`client.services`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def environments(self) -> ServicesEnvironmentsResource:
        from .services_environments import ServicesEnvironmentsResource

        return ServicesEnvironmentsResource(self._client)

    @cached_property
    def models(self) -> ServicesModelsResource:
        from .services_models import ServicesModelsResource

        return ServicesModelsResource(self._client)

    @cached_property
    def product_tiers(self) -> ServicesProductTiersResource:
        from .services_product_tiers import ServicesProductTiersResource

        return ServicesProductTiersResource(self._client)

    @cached_property
    def apis(self) -> ServicesApisResource:
        from .services_apis import ServicesApisResource

        return ServicesApisResource(self._client)

    @cached_property
    def plans(self) -> ServicesPlansResource:
        from .services_plans import ServicesPlansResource

        return ServicesPlansResource(self._client)

    @cached_property
    def resources(self) -> ServicesResourcesResource:
        from .services_resources import ServicesResourcesResource

        return ServicesResourcesResource(self._client)

    @cached_property
    def tier_version_sets(self) -> ServicesTierVersionSetsResource:
        from .services_tier_version_sets import ServicesTierVersionSetsResource

        return ServicesTierVersionSetsResource(self._client)

    @cached_property
    def input_parameters(self) -> ServicesInputParametersResource:
        from .services_input_parameters import ServicesInputParametersResource

        return ServicesInputParametersResource(self._client)

    @cached_property
    def output_parameters(self) -> ServicesOutputParametersResource:
        from .services_output_parameters import ServicesOutputParametersResource

        return ServicesOutputParametersResource(self._client)

    @cached_property
    def vunits(self) -> ServicesVunitsResource:
        from .services_vunits import ServicesVunitsResource

        return ServicesVunitsResource(self._client)

    @cached_property
    def infra_configs(self) -> ServicesInfraConfigsResource:
        from .services_infra_configs import ServicesInfraConfigsResource

        return ServicesInfraConfigsResource(self._client)

    @cached_property
    def image_configs(self) -> ServicesImageConfigsResource:
        from .services_image_configs import ServicesImageConfigsResource

        return ServicesImageConfigsResource(self._client)

    @cached_property
    def compute_configs(self) -> ServicesComputeConfigsResource:
        from .services_compute_configs import ServicesComputeConfigsResource

        return ServicesComputeConfigsResource(self._client)

    @cached_property
    def storage_configs(self) -> ServicesStorageConfigsResource:
        from .services_storage_configs import ServicesStorageConfigsResource

        return ServicesStorageConfigsResource(self._client)

    @cached_property
    def storage_volume_configs(self) -> ServicesStorageVolumeConfigsResource:
        from .services_storage_volume_configs import ServicesStorageVolumeConfigsResource

        return ServicesStorageVolumeConfigsResource(self._client)

    @cached_property
    def network_configs(self) -> ServicesNetworkConfigsResource:
        from .services_network_configs import ServicesNetworkConfigsResource

        return ServicesNetworkConfigsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ServicesResourceWithRawResponse:
        return ServicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesResourceWithStreamingResponse:
        return ServicesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceResult:
        """ListService service-api

        `GET /2022-09-01-00/service` (operation `listService`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import list_service as _service_api__list_service  # noqa: PLC0415

        kwargs = _service_api__list_service._get_kwargs()
        return cast(
            "ListServiceResult",
            self._client._call(
                kwargs,
                _service_api__list_service._parse_response,
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
        body: CreateServiceRequest | CreateServiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateService service-api

        `POST /2022-09-01-00/service` (operation `createService`)

        Args:
            body (CreateServiceRequest): Request body of CreateService
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import create_service as _service_api__create_service  # noqa: PLC0415

        kwargs = _service_api__create_service._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_api__create_service._parse_response,
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
    ) -> Service:
        """DescribeService service-api

        `GET /2022-09-01-00/service/{id}` (operation `describeService`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Service

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import describe_service as _service_api__describe_service  # noqa: PLC0415

        kwargs = _service_api__describe_service._get_kwargs(
            id=id,
        )
        return cast(
            "Service",
            self._client._call(
                kwargs,
                _service_api__describe_service._parse_response,
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
        """DeleteService service-api

        `DELETE /2022-09-01-00/service/{id}` (operation `deleteService`)

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

        from ..api.service_api import delete_service as _service_api__delete_service  # noqa: PLC0415

        kwargs = _service_api__delete_service._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api__delete_service._parse_response,
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
        body: UpdateServiceRequest | UpdateServiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateService service-api

        `PATCH /2022-09-01-00/service/{id}` (operation `updateService`)

        Args:
            id (str):
            body (UpdateServiceRequest): Request body of UpdateService
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import update_service as _service_api__update_service  # noqa: PLC0415

        kwargs = _service_api__update_service._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api__update_service._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def health(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ReportHealthResult:
        """ServiceHealth service-api

        `GET /2022-09-01-00/service/{id}/health` (operation `serviceHealth`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ReportHealthResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import service_health as _service_api__service_health  # noqa: PLC0415

        kwargs = _service_api__service_health._get_kwargs(
            id=id,
        )
        return cast(
            "ReportHealthResult",
            self._client._call(
                kwargs,
                _service_api__service_health._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def build_from_compose_spec(
        self,
        *,
        body: BuildServiceFromComposeSpecRequest | BuildServiceFromComposeSpecRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BuildServiceFromComposeSpecResult:
        """BuildServiceFromComposeSpec service-api

        `PUT /2022-09-01-00/service/composespec` (operation `buildServiceFromComposeSpec`)

        Args:
            body (BuildServiceFromComposeSpecRequest): Request body of BuildServiceFromComposeSpec
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BuildServiceFromComposeSpecResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import build_service_from_compose_spec as _service_api__build_service_from_compose_spec  # noqa: PLC0415

        kwargs = _service_api__build_service_from_compose_spec._get_kwargs(
            body=body,
        )
        return cast(
            "BuildServiceFromComposeSpecResult",
            self._client._call(
                kwargs,
                _service_api__build_service_from_compose_spec._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create_from_compose_spec(
        self,
        *,
        body: CreateServiceFromComposeSpecRequest | CreateServiceFromComposeSpecRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceFromComposeSpec service-api

        `POST /2022-09-01-00/service/composespec` (operation `createServiceFromComposeSpec`)

        Args:
            body (CreateServiceFromComposeSpecRequest): Request body of CreateServiceFromComposeSpec
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import create_service_from_compose_spec as _service_api__create_service_from_compose_spec  # noqa: PLC0415

        kwargs = _service_api__create_service_from_compose_spec._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_api__create_service_from_compose_spec._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def build_from_service_plan_spec(
        self,
        *,
        body: BuildServiceFromServicePlanSpecRequest | BuildServiceFromServicePlanSpecRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BuildServiceFromServicePlanSpecResult:
        """BuildServiceFromServicePlanSpec service-api

        `PUT /2022-09-01-00/service/serviceplanspec` (operation `buildServiceFromServicePlanSpec`)

        Args:
            body (BuildServiceFromServicePlanSpecRequest): Request body of
                BuildServiceFromServicePlanSpec
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BuildServiceFromServicePlanSpecResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import (
            build_service_from_service_plan_spec as _service_api__build_service_from_service_plan_spec,  # noqa: PLC0415
        )

        kwargs = _service_api__build_service_from_service_plan_spec._get_kwargs(
            body=body,
        )
        return cast(
            "BuildServiceFromServicePlanSpecResult",
            self._client._call(
                kwargs,
                _service_api__build_service_from_service_plan_spec._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesResourceWithRawResponse:
    """`client.with_raw_response.services`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.health = raw(resource.health)
        self.build_from_compose_spec = raw(resource.build_from_compose_spec)
        self.create_from_compose_spec = raw(resource.create_from_compose_spec)
        self.build_from_service_plan_spec = raw(resource.build_from_service_plan_spec)

    @cached_property
    def environments(self) -> ServicesEnvironmentsResourceWithRawResponse:
        from .services_environments import ServicesEnvironmentsResourceWithRawResponse

        return ServicesEnvironmentsResourceWithRawResponse(self._resource.environments)

    @cached_property
    def models(self) -> ServicesModelsResourceWithRawResponse:
        from .services_models import ServicesModelsResourceWithRawResponse

        return ServicesModelsResourceWithRawResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> ServicesProductTiersResourceWithRawResponse:
        from .services_product_tiers import ServicesProductTiersResourceWithRawResponse

        return ServicesProductTiersResourceWithRawResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> ServicesApisResourceWithRawResponse:
        from .services_apis import ServicesApisResourceWithRawResponse

        return ServicesApisResourceWithRawResponse(self._resource.apis)

    @cached_property
    def plans(self) -> ServicesPlansResourceWithRawResponse:
        from .services_plans import ServicesPlansResourceWithRawResponse

        return ServicesPlansResourceWithRawResponse(self._resource.plans)

    @cached_property
    def resources(self) -> ServicesResourcesResourceWithRawResponse:
        from .services_resources import ServicesResourcesResourceWithRawResponse

        return ServicesResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> ServicesTierVersionSetsResourceWithRawResponse:
        from .services_tier_version_sets import ServicesTierVersionSetsResourceWithRawResponse

        return ServicesTierVersionSetsResourceWithRawResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> ServicesInputParametersResourceWithRawResponse:
        from .services_input_parameters import ServicesInputParametersResourceWithRawResponse

        return ServicesInputParametersResourceWithRawResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> ServicesOutputParametersResourceWithRawResponse:
        from .services_output_parameters import ServicesOutputParametersResourceWithRawResponse

        return ServicesOutputParametersResourceWithRawResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> ServicesVunitsResourceWithRawResponse:
        from .services_vunits import ServicesVunitsResourceWithRawResponse

        return ServicesVunitsResourceWithRawResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> ServicesInfraConfigsResourceWithRawResponse:
        from .services_infra_configs import ServicesInfraConfigsResourceWithRawResponse

        return ServicesInfraConfigsResourceWithRawResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> ServicesImageConfigsResourceWithRawResponse:
        from .services_image_configs import ServicesImageConfigsResourceWithRawResponse

        return ServicesImageConfigsResourceWithRawResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> ServicesComputeConfigsResourceWithRawResponse:
        from .services_compute_configs import ServicesComputeConfigsResourceWithRawResponse

        return ServicesComputeConfigsResourceWithRawResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> ServicesStorageConfigsResourceWithRawResponse:
        from .services_storage_configs import ServicesStorageConfigsResourceWithRawResponse

        return ServicesStorageConfigsResourceWithRawResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> ServicesStorageVolumeConfigsResourceWithRawResponse:
        from .services_storage_volume_configs import ServicesStorageVolumeConfigsResourceWithRawResponse

        return ServicesStorageVolumeConfigsResourceWithRawResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> ServicesNetworkConfigsResourceWithRawResponse:
        from .services_network_configs import ServicesNetworkConfigsResourceWithRawResponse

        return ServicesNetworkConfigsResourceWithRawResponse(self._resource.network_configs)


class ServicesResourceWithStreamingResponse:
    """`client.with_streaming_response.services`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.health = streamed(resource.health)
        self.build_from_compose_spec = streamed(resource.build_from_compose_spec)
        self.create_from_compose_spec = streamed(resource.create_from_compose_spec)
        self.build_from_service_plan_spec = streamed(resource.build_from_service_plan_spec)

    @cached_property
    def environments(self) -> ServicesEnvironmentsResourceWithStreamingResponse:
        from .services_environments import ServicesEnvironmentsResourceWithStreamingResponse

        return ServicesEnvironmentsResourceWithStreamingResponse(self._resource.environments)

    @cached_property
    def models(self) -> ServicesModelsResourceWithStreamingResponse:
        from .services_models import ServicesModelsResourceWithStreamingResponse

        return ServicesModelsResourceWithStreamingResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> ServicesProductTiersResourceWithStreamingResponse:
        from .services_product_tiers import ServicesProductTiersResourceWithStreamingResponse

        return ServicesProductTiersResourceWithStreamingResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> ServicesApisResourceWithStreamingResponse:
        from .services_apis import ServicesApisResourceWithStreamingResponse

        return ServicesApisResourceWithStreamingResponse(self._resource.apis)

    @cached_property
    def plans(self) -> ServicesPlansResourceWithStreamingResponse:
        from .services_plans import ServicesPlansResourceWithStreamingResponse

        return ServicesPlansResourceWithStreamingResponse(self._resource.plans)

    @cached_property
    def resources(self) -> ServicesResourcesResourceWithStreamingResponse:
        from .services_resources import ServicesResourcesResourceWithStreamingResponse

        return ServicesResourcesResourceWithStreamingResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> ServicesTierVersionSetsResourceWithStreamingResponse:
        from .services_tier_version_sets import ServicesTierVersionSetsResourceWithStreamingResponse

        return ServicesTierVersionSetsResourceWithStreamingResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> ServicesInputParametersResourceWithStreamingResponse:
        from .services_input_parameters import ServicesInputParametersResourceWithStreamingResponse

        return ServicesInputParametersResourceWithStreamingResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> ServicesOutputParametersResourceWithStreamingResponse:
        from .services_output_parameters import ServicesOutputParametersResourceWithStreamingResponse

        return ServicesOutputParametersResourceWithStreamingResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> ServicesVunitsResourceWithStreamingResponse:
        from .services_vunits import ServicesVunitsResourceWithStreamingResponse

        return ServicesVunitsResourceWithStreamingResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> ServicesInfraConfigsResourceWithStreamingResponse:
        from .services_infra_configs import ServicesInfraConfigsResourceWithStreamingResponse

        return ServicesInfraConfigsResourceWithStreamingResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> ServicesImageConfigsResourceWithStreamingResponse:
        from .services_image_configs import ServicesImageConfigsResourceWithStreamingResponse

        return ServicesImageConfigsResourceWithStreamingResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> ServicesComputeConfigsResourceWithStreamingResponse:
        from .services_compute_configs import ServicesComputeConfigsResourceWithStreamingResponse

        return ServicesComputeConfigsResourceWithStreamingResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> ServicesStorageConfigsResourceWithStreamingResponse:
        from .services_storage_configs import ServicesStorageConfigsResourceWithStreamingResponse

        return ServicesStorageConfigsResourceWithStreamingResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> ServicesStorageVolumeConfigsResourceWithStreamingResponse:
        from .services_storage_volume_configs import ServicesStorageVolumeConfigsResourceWithStreamingResponse

        return ServicesStorageVolumeConfigsResourceWithStreamingResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> ServicesNetworkConfigsResourceWithStreamingResponse:
        from .services_network_configs import ServicesNetworkConfigsResourceWithStreamingResponse

        return ServicesNetworkConfigsResourceWithStreamingResponse(self._resource.network_configs)


class AsyncServicesResource:
    """`client.services`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def environments(self) -> AsyncServicesEnvironmentsResource:
        from .services_environments import AsyncServicesEnvironmentsResource

        return AsyncServicesEnvironmentsResource(self._client)

    @cached_property
    def models(self) -> AsyncServicesModelsResource:
        from .services_models import AsyncServicesModelsResource

        return AsyncServicesModelsResource(self._client)

    @cached_property
    def product_tiers(self) -> AsyncServicesProductTiersResource:
        from .services_product_tiers import AsyncServicesProductTiersResource

        return AsyncServicesProductTiersResource(self._client)

    @cached_property
    def apis(self) -> AsyncServicesApisResource:
        from .services_apis import AsyncServicesApisResource

        return AsyncServicesApisResource(self._client)

    @cached_property
    def plans(self) -> AsyncServicesPlansResource:
        from .services_plans import AsyncServicesPlansResource

        return AsyncServicesPlansResource(self._client)

    @cached_property
    def resources(self) -> AsyncServicesResourcesResource:
        from .services_resources import AsyncServicesResourcesResource

        return AsyncServicesResourcesResource(self._client)

    @cached_property
    def tier_version_sets(self) -> AsyncServicesTierVersionSetsResource:
        from .services_tier_version_sets import AsyncServicesTierVersionSetsResource

        return AsyncServicesTierVersionSetsResource(self._client)

    @cached_property
    def input_parameters(self) -> AsyncServicesInputParametersResource:
        from .services_input_parameters import AsyncServicesInputParametersResource

        return AsyncServicesInputParametersResource(self._client)

    @cached_property
    def output_parameters(self) -> AsyncServicesOutputParametersResource:
        from .services_output_parameters import AsyncServicesOutputParametersResource

        return AsyncServicesOutputParametersResource(self._client)

    @cached_property
    def vunits(self) -> AsyncServicesVunitsResource:
        from .services_vunits import AsyncServicesVunitsResource

        return AsyncServicesVunitsResource(self._client)

    @cached_property
    def infra_configs(self) -> AsyncServicesInfraConfigsResource:
        from .services_infra_configs import AsyncServicesInfraConfigsResource

        return AsyncServicesInfraConfigsResource(self._client)

    @cached_property
    def image_configs(self) -> AsyncServicesImageConfigsResource:
        from .services_image_configs import AsyncServicesImageConfigsResource

        return AsyncServicesImageConfigsResource(self._client)

    @cached_property
    def compute_configs(self) -> AsyncServicesComputeConfigsResource:
        from .services_compute_configs import AsyncServicesComputeConfigsResource

        return AsyncServicesComputeConfigsResource(self._client)

    @cached_property
    def storage_configs(self) -> AsyncServicesStorageConfigsResource:
        from .services_storage_configs import AsyncServicesStorageConfigsResource

        return AsyncServicesStorageConfigsResource(self._client)

    @cached_property
    def storage_volume_configs(self) -> AsyncServicesStorageVolumeConfigsResource:
        from .services_storage_volume_configs import AsyncServicesStorageVolumeConfigsResource

        return AsyncServicesStorageVolumeConfigsResource(self._client)

    @cached_property
    def network_configs(self) -> AsyncServicesNetworkConfigsResource:
        from .services_network_configs import AsyncServicesNetworkConfigsResource

        return AsyncServicesNetworkConfigsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncServicesResourceWithRawResponse:
        return AsyncServicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesResourceWithStreamingResponse:
        return AsyncServicesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceResult:
        """ListService service-api

        `GET /2022-09-01-00/service` (operation `listService`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import list_service as _service_api__list_service  # noqa: PLC0415

        kwargs = _service_api__list_service._get_kwargs()
        return cast(
            "ListServiceResult",
            await self._client._call(
                kwargs,
                _service_api__list_service._parse_response,
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
        body: CreateServiceRequest | CreateServiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateService service-api

        `POST /2022-09-01-00/service` (operation `createService`)

        Args:
            body (CreateServiceRequest): Request body of CreateService
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import create_service as _service_api__create_service  # noqa: PLC0415

        kwargs = _service_api__create_service._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_api__create_service._parse_response,
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
    ) -> Service:
        """DescribeService service-api

        `GET /2022-09-01-00/service/{id}` (operation `describeService`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Service

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import describe_service as _service_api__describe_service  # noqa: PLC0415

        kwargs = _service_api__describe_service._get_kwargs(
            id=id,
        )
        return cast(
            "Service",
            await self._client._call(
                kwargs,
                _service_api__describe_service._parse_response,
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
        """DeleteService service-api

        `DELETE /2022-09-01-00/service/{id}` (operation `deleteService`)

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

        from ..api.service_api import delete_service as _service_api__delete_service  # noqa: PLC0415

        kwargs = _service_api__delete_service._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api__delete_service._parse_response,
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
        body: UpdateServiceRequest | UpdateServiceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateService service-api

        `PATCH /2022-09-01-00/service/{id}` (operation `updateService`)

        Args:
            id (str):
            body (UpdateServiceRequest): Request body of UpdateService
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import update_service as _service_api__update_service  # noqa: PLC0415

        kwargs = _service_api__update_service._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api__update_service._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def health(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ReportHealthResult:
        """ServiceHealth service-api

        `GET /2022-09-01-00/service/{id}/health` (operation `serviceHealth`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ReportHealthResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import service_health as _service_api__service_health  # noqa: PLC0415

        kwargs = _service_api__service_health._get_kwargs(
            id=id,
        )
        return cast(
            "ReportHealthResult",
            await self._client._call(
                kwargs,
                _service_api__service_health._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def build_from_compose_spec(
        self,
        *,
        body: BuildServiceFromComposeSpecRequest | BuildServiceFromComposeSpecRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BuildServiceFromComposeSpecResult:
        """BuildServiceFromComposeSpec service-api

        `PUT /2022-09-01-00/service/composespec` (operation `buildServiceFromComposeSpec`)

        Args:
            body (BuildServiceFromComposeSpecRequest): Request body of BuildServiceFromComposeSpec
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BuildServiceFromComposeSpecResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import build_service_from_compose_spec as _service_api__build_service_from_compose_spec  # noqa: PLC0415

        kwargs = _service_api__build_service_from_compose_spec._get_kwargs(
            body=body,
        )
        return cast(
            "BuildServiceFromComposeSpecResult",
            await self._client._call(
                kwargs,
                _service_api__build_service_from_compose_spec._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create_from_compose_spec(
        self,
        *,
        body: CreateServiceFromComposeSpecRequest | CreateServiceFromComposeSpecRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceFromComposeSpec service-api

        `POST /2022-09-01-00/service/composespec` (operation `createServiceFromComposeSpec`)

        Args:
            body (CreateServiceFromComposeSpecRequest): Request body of CreateServiceFromComposeSpec
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import create_service_from_compose_spec as _service_api__create_service_from_compose_spec  # noqa: PLC0415

        kwargs = _service_api__create_service_from_compose_spec._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_api__create_service_from_compose_spec._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def build_from_service_plan_spec(
        self,
        *,
        body: BuildServiceFromServicePlanSpecRequest | BuildServiceFromServicePlanSpecRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BuildServiceFromServicePlanSpecResult:
        """BuildServiceFromServicePlanSpec service-api

        `PUT /2022-09-01-00/service/serviceplanspec` (operation `buildServiceFromServicePlanSpec`)

        Args:
            body (BuildServiceFromServicePlanSpecRequest): Request body of
                BuildServiceFromServicePlanSpec
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BuildServiceFromServicePlanSpecResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api import (
            build_service_from_service_plan_spec as _service_api__build_service_from_service_plan_spec,  # noqa: PLC0415
        )

        kwargs = _service_api__build_service_from_service_plan_spec._get_kwargs(
            body=body,
        )
        return cast(
            "BuildServiceFromServicePlanSpecResult",
            await self._client._call(
                kwargs,
                _service_api__build_service_from_service_plan_spec._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesResourceWithRawResponse:
    """`client.with_raw_response.services`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.health = async_raw(resource.health)
        self.build_from_compose_spec = async_raw(resource.build_from_compose_spec)
        self.create_from_compose_spec = async_raw(resource.create_from_compose_spec)
        self.build_from_service_plan_spec = async_raw(resource.build_from_service_plan_spec)

    @cached_property
    def environments(self) -> AsyncServicesEnvironmentsResourceWithRawResponse:
        from .services_environments import AsyncServicesEnvironmentsResourceWithRawResponse

        return AsyncServicesEnvironmentsResourceWithRawResponse(self._resource.environments)

    @cached_property
    def models(self) -> AsyncServicesModelsResourceWithRawResponse:
        from .services_models import AsyncServicesModelsResourceWithRawResponse

        return AsyncServicesModelsResourceWithRawResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> AsyncServicesProductTiersResourceWithRawResponse:
        from .services_product_tiers import AsyncServicesProductTiersResourceWithRawResponse

        return AsyncServicesProductTiersResourceWithRawResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> AsyncServicesApisResourceWithRawResponse:
        from .services_apis import AsyncServicesApisResourceWithRawResponse

        return AsyncServicesApisResourceWithRawResponse(self._resource.apis)

    @cached_property
    def plans(self) -> AsyncServicesPlansResourceWithRawResponse:
        from .services_plans import AsyncServicesPlansResourceWithRawResponse

        return AsyncServicesPlansResourceWithRawResponse(self._resource.plans)

    @cached_property
    def resources(self) -> AsyncServicesResourcesResourceWithRawResponse:
        from .services_resources import AsyncServicesResourcesResourceWithRawResponse

        return AsyncServicesResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> AsyncServicesTierVersionSetsResourceWithRawResponse:
        from .services_tier_version_sets import AsyncServicesTierVersionSetsResourceWithRawResponse

        return AsyncServicesTierVersionSetsResourceWithRawResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> AsyncServicesInputParametersResourceWithRawResponse:
        from .services_input_parameters import AsyncServicesInputParametersResourceWithRawResponse

        return AsyncServicesInputParametersResourceWithRawResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> AsyncServicesOutputParametersResourceWithRawResponse:
        from .services_output_parameters import AsyncServicesOutputParametersResourceWithRawResponse

        return AsyncServicesOutputParametersResourceWithRawResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> AsyncServicesVunitsResourceWithRawResponse:
        from .services_vunits import AsyncServicesVunitsResourceWithRawResponse

        return AsyncServicesVunitsResourceWithRawResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> AsyncServicesInfraConfigsResourceWithRawResponse:
        from .services_infra_configs import AsyncServicesInfraConfigsResourceWithRawResponse

        return AsyncServicesInfraConfigsResourceWithRawResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> AsyncServicesImageConfigsResourceWithRawResponse:
        from .services_image_configs import AsyncServicesImageConfigsResourceWithRawResponse

        return AsyncServicesImageConfigsResourceWithRawResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> AsyncServicesComputeConfigsResourceWithRawResponse:
        from .services_compute_configs import AsyncServicesComputeConfigsResourceWithRawResponse

        return AsyncServicesComputeConfigsResourceWithRawResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> AsyncServicesStorageConfigsResourceWithRawResponse:
        from .services_storage_configs import AsyncServicesStorageConfigsResourceWithRawResponse

        return AsyncServicesStorageConfigsResourceWithRawResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> AsyncServicesStorageVolumeConfigsResourceWithRawResponse:
        from .services_storage_volume_configs import AsyncServicesStorageVolumeConfigsResourceWithRawResponse

        return AsyncServicesStorageVolumeConfigsResourceWithRawResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> AsyncServicesNetworkConfigsResourceWithRawResponse:
        from .services_network_configs import AsyncServicesNetworkConfigsResourceWithRawResponse

        return AsyncServicesNetworkConfigsResourceWithRawResponse(self._resource.network_configs)


class AsyncServicesResourceWithStreamingResponse:
    """`client.with_streaming_response.services`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.health = async_streamed(resource.health)
        self.build_from_compose_spec = async_streamed(resource.build_from_compose_spec)
        self.create_from_compose_spec = async_streamed(resource.create_from_compose_spec)
        self.build_from_service_plan_spec = async_streamed(resource.build_from_service_plan_spec)

    @cached_property
    def environments(self) -> AsyncServicesEnvironmentsResourceWithStreamingResponse:
        from .services_environments import AsyncServicesEnvironmentsResourceWithStreamingResponse

        return AsyncServicesEnvironmentsResourceWithStreamingResponse(self._resource.environments)

    @cached_property
    def models(self) -> AsyncServicesModelsResourceWithStreamingResponse:
        from .services_models import AsyncServicesModelsResourceWithStreamingResponse

        return AsyncServicesModelsResourceWithStreamingResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> AsyncServicesProductTiersResourceWithStreamingResponse:
        from .services_product_tiers import AsyncServicesProductTiersResourceWithStreamingResponse

        return AsyncServicesProductTiersResourceWithStreamingResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> AsyncServicesApisResourceWithStreamingResponse:
        from .services_apis import AsyncServicesApisResourceWithStreamingResponse

        return AsyncServicesApisResourceWithStreamingResponse(self._resource.apis)

    @cached_property
    def plans(self) -> AsyncServicesPlansResourceWithStreamingResponse:
        from .services_plans import AsyncServicesPlansResourceWithStreamingResponse

        return AsyncServicesPlansResourceWithStreamingResponse(self._resource.plans)

    @cached_property
    def resources(self) -> AsyncServicesResourcesResourceWithStreamingResponse:
        from .services_resources import AsyncServicesResourcesResourceWithStreamingResponse

        return AsyncServicesResourcesResourceWithStreamingResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> AsyncServicesTierVersionSetsResourceWithStreamingResponse:
        from .services_tier_version_sets import AsyncServicesTierVersionSetsResourceWithStreamingResponse

        return AsyncServicesTierVersionSetsResourceWithStreamingResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> AsyncServicesInputParametersResourceWithStreamingResponse:
        from .services_input_parameters import AsyncServicesInputParametersResourceWithStreamingResponse

        return AsyncServicesInputParametersResourceWithStreamingResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> AsyncServicesOutputParametersResourceWithStreamingResponse:
        from .services_output_parameters import AsyncServicesOutputParametersResourceWithStreamingResponse

        return AsyncServicesOutputParametersResourceWithStreamingResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> AsyncServicesVunitsResourceWithStreamingResponse:
        from .services_vunits import AsyncServicesVunitsResourceWithStreamingResponse

        return AsyncServicesVunitsResourceWithStreamingResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> AsyncServicesInfraConfigsResourceWithStreamingResponse:
        from .services_infra_configs import AsyncServicesInfraConfigsResourceWithStreamingResponse

        return AsyncServicesInfraConfigsResourceWithStreamingResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> AsyncServicesImageConfigsResourceWithStreamingResponse:
        from .services_image_configs import AsyncServicesImageConfigsResourceWithStreamingResponse

        return AsyncServicesImageConfigsResourceWithStreamingResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> AsyncServicesComputeConfigsResourceWithStreamingResponse:
        from .services_compute_configs import AsyncServicesComputeConfigsResourceWithStreamingResponse

        return AsyncServicesComputeConfigsResourceWithStreamingResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> AsyncServicesStorageConfigsResourceWithStreamingResponse:
        from .services_storage_configs import AsyncServicesStorageConfigsResourceWithStreamingResponse

        return AsyncServicesStorageConfigsResourceWithStreamingResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse:
        from .services_storage_volume_configs import AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse

        return AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> AsyncServicesNetworkConfigsResourceWithStreamingResponse:
        from .services_network_configs import AsyncServicesNetworkConfigsResourceWithStreamingResponse

        return AsyncServicesNetworkConfigsResourceWithStreamingResponse(self._resource.network_configs)
