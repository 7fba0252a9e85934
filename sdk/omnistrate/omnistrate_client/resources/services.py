"""`client.services` and the resources nested in it (generated from the spec; see api.md)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, cast

from .._runtime import pagination as _pages
from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..api.compute_config_api import add_compute_instance_type as _compute_config_api__add_compute_instance_type
from ..api.compute_config_api import create_compute_config as _compute_config_api__create_compute_config
from ..api.compute_config_api import delete_compute_config as _compute_config_api__delete_compute_config
from ..api.compute_config_api import describe_compute_config as _compute_config_api__describe_compute_config
from ..api.compute_config_api import list_compute_config as _compute_config_api__list_compute_config
from ..api.compute_config_api import list_compute_instance_types as _compute_config_api__list_compute_instance_types
from ..api.compute_config_api import remove_compute_instance_type as _compute_config_api__remove_compute_instance_type
from ..api.compute_config_api import update_compute_config as _compute_config_api__update_compute_config
from ..api.image_config_api import create_image_config as _image_config_api__create_image_config
from ..api.image_config_api import delete_image_config as _image_config_api__delete_image_config
from ..api.image_config_api import describe_image_config as _image_config_api__describe_image_config
from ..api.image_config_api import list_image_configs as _image_config_api__list_image_configs
from ..api.image_config_api import release_image_config as _image_config_api__release_image_config
from ..api.image_config_api import rollout_fleet_image_config as _image_config_api__rollout_fleet_image_config
from ..api.image_config_api import rollout_fleet_image_status as _image_config_api__rollout_fleet_image_status
from ..api.image_config_api import update_image_config as _image_config_api__update_image_config
from ..api.infra_config_api import create_infra_config as _infra_config_api__create_infra_config
from ..api.infra_config_api import delete_infra_config as _infra_config_api__delete_infra_config
from ..api.infra_config_api import describe_infra_config as _infra_config_api__describe_infra_config
from ..api.infra_config_api import detach_compute_config as _infra_config_api__detach_compute_config
from ..api.infra_config_api import detach_network_config as _infra_config_api__detach_network_config
from ..api.infra_config_api import detach_storage_config as _infra_config_api__detach_storage_config
from ..api.infra_config_api import list_associated_resources as _infra_config_api__list_associated_resources
from ..api.infra_config_api import list_infra_config as _infra_config_api__list_infra_config
from ..api.infra_config_api import release_infra_config as _infra_config_api__release_infra_config
from ..api.infra_config_api import rollout_fleet_infra as _infra_config_api__rollout_fleet_infra
from ..api.infra_config_api import rollout_fleet_infra_status as _infra_config_api__rollout_fleet_infra_status
from ..api.infra_config_api import update_infra_config as _infra_config_api__update_infra_config
from ..api.input_parameter_api import create_input_parameter as _input_parameter_api__create_input_parameter
from ..api.input_parameter_api import delete_input_parameter as _input_parameter_api__delete_input_parameter
from ..api.input_parameter_api import describe_input_parameter as _input_parameter_api__describe_input_parameter
from ..api.input_parameter_api import list_input_parameter as _input_parameter_api__list_input_parameter
from ..api.input_parameter_api import update_input_parameter as _input_parameter_api__update_input_parameter
from ..api.network_config_api import create_network_config as _network_config_api__create_network_config
from ..api.network_config_api import delete_network_config as _network_config_api__delete_network_config
from ..api.network_config_api import describe_network_config as _network_config_api__describe_network_config
from ..api.network_config_api import list_network_config as _network_config_api__list_network_config
from ..api.network_config_api import update_network_config as _network_config_api__update_network_config
from ..api.output_parameter_api import create_output_parameter as _output_parameter_api__create_output_parameter
from ..api.output_parameter_api import delete_output_parameter as _output_parameter_api__delete_output_parameter
from ..api.output_parameter_api import describe_output_parameter as _output_parameter_api__describe_output_parameter
from ..api.output_parameter_api import list_output_parameter as _output_parameter_api__list_output_parameter
from ..api.output_parameter_api import update_output_parameter as _output_parameter_api__update_output_parameter
from ..api.product_tier_api import copy_product_tier as _product_tier_api__copy_product_tier
from ..api.product_tier_api import create_product_tier as _product_tier_api__create_product_tier
from ..api.product_tier_api import delete_product_tier as _product_tier_api__delete_product_tier
from ..api.product_tier_api import describe_product_tier as _product_tier_api__describe_product_tier
from ..api.product_tier_api import disable_product_tier_feature as _product_tier_api__disable_product_tier_feature
from ..api.product_tier_api import enable_product_tier_feature as _product_tier_api__enable_product_tier_feature
from ..api.product_tier_api import list_product_tier as _product_tier_api__list_product_tier
from ..api.product_tier_api import update_product_tier as _product_tier_api__update_product_tier
from ..api.resource_api import add_file as _resource_api__add_file
from ..api.resource_api import add_resource_dependency as _resource_api__add_resource_dependency
from ..api.resource_api import create_resource as _resource_api__create_resource
from ..api.resource_api import delete_resource as _resource_api__delete_resource
from ..api.resource_api import deprecate_resource as _resource_api__deprecate_resource
from ..api.resource_api import deregister_action_hook as _resource_api__deregister_action_hook
from ..api.resource_api import deregister_resource_metrics_config as _resource_api__deregister_resource_metrics_config
from ..api.resource_api import describe_resource as _resource_api__describe_resource
from ..api.resource_api import describe_resource_metrics_config as _resource_api__describe_resource_metrics_config
from ..api.resource_api import disable_resource_capability as _resource_api__disable_resource_capability
from ..api.resource_api import enable_resource_capability as _resource_api__enable_resource_capability
from ..api.resource_api import get_file as _resource_api__get_file
from ..api.resource_api import list_action_hooks as _resource_api__list_action_hooks
from ..api.resource_api import list_dependent_resource as _resource_api__list_dependent_resource
from ..api.resource_api import list_files as _resource_api__list_files
from ..api.resource_api import list_resource_capabilities as _resource_api__list_resource_capabilities
from ..api.resource_api import list_resources as _resource_api__list_resources
from ..api.resource_api import register_action_hook as _resource_api__register_action_hook
from ..api.resource_api import register_resource_metrics_config as _resource_api__register_resource_metrics_config
from ..api.resource_api import remove_file as _resource_api__remove_file
from ..api.resource_api import remove_resource_dependency as _resource_api__remove_resource_dependency
from ..api.resource_api import set_environment_variables as _resource_api__set_environment_variables
from ..api.resource_api import unset_environment_variables as _resource_api__unset_environment_variables
from ..api.resource_api import update_file_content as _resource_api__update_file_content
from ..api.resource_api import update_file_metadata as _resource_api__update_file_metadata
from ..api.resource_api import update_resource as _resource_api__update_resource
from ..api.service_api import build_service_from_compose_spec as _service_api__build_service_from_compose_spec
from ..api.service_api import build_service_from_service_plan_spec as _service_api__build_service_from_service_plan_spec
from ..api.service_api import create_service as _service_api__create_service
from ..api.service_api import create_service_from_compose_spec as _service_api__create_service_from_compose_spec
from ..api.service_api import delete_service as _service_api__delete_service
from ..api.service_api import describe_service as _service_api__describe_service
from ..api.service_api import list_service as _service_api__list_service
from ..api.service_api import service_health as _service_api__service_health
from ..api.service_api import update_service as _service_api__update_service
from ..api.service_api_api import create_service_api as _service_api_api__create_service_api
from ..api.service_api_api import delete_service_api as _service_api_api__delete_service_api
from ..api.service_api_api import deprecate_service_api as _service_api_api__deprecate_service_api
from ..api.service_api_api import describe_pending_changes as _service_api_api__describe_pending_changes
from ..api.service_api_api import describe_service_api as _service_api_api__describe_service_api
from ..api.service_api_api import discard_pending_changes as _service_api_api__discard_pending_changes
from ..api.service_api_api import list_service_api as _service_api_api__list_service_api
from ..api.service_api_api import release_service_api as _service_api_api__release_service_api
from ..api.service_api_api import update_service_api as _service_api_api__update_service_api
from ..api.service_environment_api import (
    create_service_environment as _service_environment_api__create_service_environment,
)
from ..api.service_environment_api import (
    delete_service_environment as _service_environment_api__delete_service_environment,
)
from ..api.service_environment_api import (
    describe_service_environment as _service_environment_api__describe_service_environment,
)
from ..api.service_environment_api import list_service_environment as _service_environment_api__list_service_environment
from ..api.service_environment_api import (
    promote_service_environment as _service_environment_api__promote_service_environment,
)
from ..api.service_environment_api import (
    promote_service_environment_status as _service_environment_api__promote_service_environment_status,
)
from ..api.service_environment_api import (
    update_service_environment as _service_environment_api__update_service_environment,
)
from ..api.service_model_api import (
    add_account_config_to_service_model as _service_model_api__add_account_config_to_service_model,
)
from ..api.service_model_api import copy_service_model as _service_model_api__copy_service_model
from ..api.service_model_api import create_service_model as _service_model_api__create_service_model
from ..api.service_model_api import delete_service_model as _service_model_api__delete_service_model
from ..api.service_model_api import describe_service_model as _service_model_api__describe_service_model
from ..api.service_model_api import disable_service_model_feature as _service_model_api__disable_service_model_feature
from ..api.service_model_api import enable_service_model_feature as _service_model_api__enable_service_model_feature
from ..api.service_model_api import list_service_model as _service_model_api__list_service_model
from ..api.service_model_api import release_service_model_status as _service_model_api__release_service_model_status
from ..api.service_model_api import (
    remove_account_config_from_service_model as _service_model_api__remove_account_config_from_service_model,
)
from ..api.service_model_api import set_active_account_config as _service_model_api__set_active_account_config
from ..api.service_model_api import update_service_model as _service_model_api__update_service_model
from ..api.service_plan_api import get_service_plan as _service_plan_api__get_service_plan
from ..api.service_plan_api import list_service_plans as _service_plan_api__list_service_plans
from ..api.storage_config_api import add_storage_volume_config as _storage_config_api__add_storage_volume_config
from ..api.storage_config_api import create_storage_config as _storage_config_api__create_storage_config
from ..api.storage_config_api import delete_storage_config as _storage_config_api__delete_storage_config
from ..api.storage_config_api import describe_storage_config as _storage_config_api__describe_storage_config
from ..api.storage_config_api import list_storage_config as _storage_config_api__list_storage_config
from ..api.storage_config_api import remove_storage_volume_config as _storage_config_api__remove_storage_volume_config
from ..api.storage_config_api import update_storage_config as _storage_config_api__update_storage_config
from ..api.storage_volume_config_api import (
    create_storage_volume_config as _storage_volume_config_api__create_storage_volume_config,
)
from ..api.storage_volume_config_api import (
    delete_storage_volume_config as _storage_volume_config_api__delete_storage_volume_config,
)
from ..api.storage_volume_config_api import (
    describe_storage_volume_config as _storage_volume_config_api__describe_storage_volume_config,
)
from ..api.storage_volume_config_api import (
    list_storage_volume_config as _storage_volume_config_api__list_storage_volume_config,
)
from ..api.storage_volume_config_api import (
    update_instance_storage_volume_config as _storage_volume_config_api__update_instance_storage_volume_config,
)
from ..api.storage_volume_config_api import (
    update_storage_volume_config as _storage_volume_config_api__update_storage_volume_config,
)
from ..api.storage_volume_config_api import (
    update_storage_volume_size_config as _storage_volume_config_api__update_storage_volume_size_config,
)
from ..api.tier_version_set_api import create_tier_version_set as _tier_version_set_api__create_tier_version_set
from ..api.tier_version_set_api import deprecate_tier_version_set as _tier_version_set_api__deprecate_tier_version_set
from ..api.tier_version_set_api import describe_tier_version_set as _tier_version_set_api__describe_tier_version_set
from ..api.tier_version_set_api import diff_tier_version_sets as _tier_version_set_api__diff_tier_version_sets
from ..api.tier_version_set_api import list_tier_version_sets as _tier_version_set_api__list_tier_version_sets
from ..api.tier_version_set_api import promote_tier_version_set as _tier_version_set_api__promote_tier_version_set
from ..api.tier_version_set_api import release_tier_version_set as _tier_version_set_api__release_tier_version_set
from ..api.vunit_api import describe_network as _vunit_api__describe_network
from ..api.vunit_api import describe_v_unit as _vunit_api__describe_v_unit
from ..api.vunit_api import list_v_units as _vunit_api__list_v_units
from ..models.add_account_config_to_service_model_request import AddAccountConfigToServiceModelRequest
from ..models.add_compute_instance_type_request import AddComputeInstanceTypeRequest
from ..models.add_resource_dependency_request import AddResourceDependencyRequest
from ..models.add_storage_volume_config_request import AddStorageVolumeConfigRequest
from ..models.build_service_from_compose_spec_request import BuildServiceFromComposeSpecRequest
from ..models.build_service_from_compose_spec_result import BuildServiceFromComposeSpecResult
from ..models.build_service_from_service_plan_spec_request import BuildServiceFromServicePlanSpecRequest
from ..models.build_service_from_service_plan_spec_result import BuildServiceFromServicePlanSpecResult
from ..models.compute_config import ComputeConfig
from ..models.copy_product_tier_request import CopyProductTierRequest
from ..models.copy_service_model_request import CopyServiceModelRequest
from ..models.create_compute_config_request import CreateComputeConfigRequest
from ..models.create_image_config_request import CreateImageConfigRequest
from ..models.create_infra_config_request import CreateInfraConfigRequest
from ..models.create_input_parameter_request import CreateInputParameterRequest
from ..models.create_network_config_request import CreateNetworkConfigRequest
from ..models.create_output_parameter_request import CreateOutputParameterRequest
from ..models.create_product_tier_request import CreateProductTierRequest
from ..models.create_resource_request import CreateResourceRequest
from ..models.create_service_api_request import CreateServiceAPIRequest
from ..models.create_service_environment_request import CreateServiceEnvironmentRequest
from ..models.create_service_from_compose_spec_request import CreateServiceFromComposeSpecRequest
from ..models.create_service_model_request import CreateServiceModelRequest
from ..models.create_service_request import CreateServiceRequest
from ..models.create_storage_config_request import CreateStorageConfigRequest
from ..models.create_storage_volume_config_request import CreateStorageVolumeConfigRequest
from ..models.create_tier_version_set_request import CreateTierVersionSetRequest
from ..models.create_tier_version_set_result import CreateTierVersionSetResult
from ..models.deregister_action_hook_request import DeregisterActionHookRequest
from ..models.describe_service_environment_result import DescribeServiceEnvironmentResult
from ..models.diff_tier_version_sets_result import DiffTierVersionSetsResult
from ..models.disable_product_tier_feature_request import DisableProductTierFeatureRequest
from ..models.disable_resource_capability_request import DisableResourceCapabilityRequest
from ..models.disable_service_model_feature_request import DisableServiceModelFeatureRequest
from ..models.enable_product_tier_feature_request import EnableProductTierFeatureRequest
from ..models.enable_resource_capability_request import EnableResourceCapabilityRequest
from ..models.enable_service_model_feature_request import EnableServiceModelFeatureRequest
from ..models.environment_promotion_status import EnvironmentPromotionStatus
from ..models.file_upload import FileUpload
from ..models.get_service_plan_result import GetServicePlanResult
from ..models.image_config import ImageConfig
from ..models.infra_config import InfraConfig
from ..models.input_parameter import InputParameter
from ..models.list_action_hooks_result import ListActionHooksResult
from ..models.list_associated_resources_result import ListAssociatedResourcesResult
from ..models.list_compute_configs_result import ListComputeConfigsResult
from ..models.list_compute_instance_types_result import ListComputeInstanceTypesResult
from ..models.list_dependent_resources_result import ListDependentResourcesResult
from ..models.list_files_result import ListFilesResult
from ..models.list_image_configs_result import ListImageConfigsResult
from ..models.list_infra_config_result import ListInfraConfigResult
from ..models.list_input_parameters_result import ListInputParametersResult
from ..models.list_network_configs_result import ListNetworkConfigsResult
from ..models.list_output_parameters_result import ListOutputParametersResult
from ..models.list_product_tiers_result import ListProductTiersResult
from ..models.list_resource_capabilities_result import ListResourceCapabilitiesResult
from ..models.list_resources_result import ListResourcesResult
from ..models.list_service_ap_is_result import ListServiceAPIsResult
from ..models.list_service_environments_result import ListServiceEnvironmentsResult
from ..models.list_service_models_result import ListServiceModelsResult
from ..models.list_service_plans_result import ListServicePlansResult
from ..models.list_service_result import ListServiceResult
from ..models.list_storage_configs_result import ListStorageConfigsResult
from ..models.list_storage_volume_configs_result import ListStorageVolumeConfigsResult
from ..models.list_v_units_request import ListVUnitsRequest
from ..models.list_v_units_result import ListVUnitsResult
from ..models.network import Network
from ..models.network_config import NetworkConfig
from ..models.output_parameter import OutputParameter
from ..models.pending_changes import PendingChanges
from ..models.product_tier import ProductTier
from ..models.register_action_hook_request import RegisterActionHookRequest
from ..models.register_resource_metrics_config_request import RegisterResourceMetricsConfigRequest
from ..models.release_image_config_request import ReleaseImageConfigRequest
from ..models.release_infra_config_request import ReleaseInfraConfigRequest
from ..models.release_service_api_request import ReleaseServiceAPIRequest
from ..models.release_service_model_result import ReleaseServiceModelResult
from ..models.release_tier_version_set_request import ReleaseTierVersionSetRequest
from ..models.remove_account_config_from_service_model_request import RemoveAccountConfigFromServiceModelRequest
from ..models.remove_compute_instance_type_request import RemoveComputeInstanceTypeRequest
from ..models.remove_storage_volume_config_request import RemoveStorageVolumeConfigRequest
from ..models.report_health_result import ReportHealthResult
from ..models.resource import Resource
from ..models.resource_metrics_config import ResourceMetricsConfig
from ..models.rollout_fleet_image_status_result import RolloutFleetImageStatusResult
from ..models.rollout_fleet_infra_status_result import RolloutFleetInfraStatusResult
from ..models.service import Service
from ..models.service_api import ServiceAPI
from ..models.service_model import ServiceModel
from ..models.set_environment_variables_request import SetEnvironmentVariablesRequest
from ..models.storage_config import StorageConfig
from ..models.storage_volume_config import StorageVolumeConfig
from ..models.tier_version_set import TierVersionSet
from ..models.unset_environment_variables_request import UnsetEnvironmentVariablesRequest
from ..models.update_compute_config_request import UpdateComputeConfigRequest
from ..models.update_file_metadata_request import UpdateFileMetadataRequest
from ..models.update_image_config_request import UpdateImageConfigRequest
from ..models.update_infra_config_request import UpdateInfraConfigRequest
from ..models.update_input_parameter_request import UpdateInputParameterRequest
from ..models.update_instance_storage_volume_config_request import UpdateInstanceStorageVolumeConfigRequest
from ..models.update_network_config_request import UpdateNetworkConfigRequest
from ..models.update_output_parameter_request import UpdateOutputParameterRequest
from ..models.update_product_tier_request import UpdateProductTierRequest
from ..models.update_resource_request import UpdateResourceRequest
from ..models.update_service_api_request import UpdateServiceAPIRequest
from ..models.update_service_environment_request import UpdateServiceEnvironmentRequest
from ..models.update_service_model_request import UpdateServiceModelRequest
from ..models.update_service_request import UpdateServiceRequest
from ..models.update_storage_config_request import UpdateStorageConfigRequest
from ..models.update_storage_volume_config_request import UpdateStorageVolumeConfigRequest
from ..models.update_storage_volume_size_config_request import UpdateStorageVolumeSizeConfigRequest
from ..models.v_unit import VUnit
from ..types import UNSET, File, Unset

__all__ = [
    "AsyncServicesResource",
    "ServicesResource",
    "AsyncServicesEnvironmentsResource",
    "ServicesEnvironmentsResource",
    "AsyncServicesModelsResource",
    "ServicesModelsResource",
    "AsyncServicesProductTiersResource",
    "ServicesProductTiersResource",
    "AsyncServicesApisResource",
    "ServicesApisResource",
    "AsyncServicesPlansResource",
    "ServicesPlansResource",
    "AsyncServicesResourcesResource",
    "ServicesResourcesResource",
    "AsyncServicesTierVersionSetsResource",
    "ServicesTierVersionSetsResource",
    "AsyncServicesInputParametersResource",
    "ServicesInputParametersResource",
    "AsyncServicesOutputParametersResource",
    "ServicesOutputParametersResource",
    "AsyncServicesVunitsResource",
    "ServicesVunitsResource",
    "AsyncServicesInfraConfigsResource",
    "ServicesInfraConfigsResource",
    "AsyncServicesImageConfigsResource",
    "ServicesImageConfigsResource",
    "AsyncServicesComputeConfigsResource",
    "ServicesComputeConfigsResource",
    "AsyncServicesStorageConfigsResource",
    "ServicesStorageConfigsResource",
    "AsyncServicesStorageVolumeConfigsResource",
    "ServicesStorageVolumeConfigsResource",
    "AsyncServicesNetworkConfigsResource",
    "ServicesNetworkConfigsResource",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, UNSET, Unset, builtins)


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

        `GET /2022-09-01-00/service/{service_id}/network-config` (operation `listNetworkConfig`)

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
        body: CreateNetworkConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateNetworkConfig network-config-api

        `POST /2022-09-01-00/service/{service_id}/network-config` (operation `createNetworkConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/network-config/{id}` (operation `describeNetworkConfig`)

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
    ) -> Any:
        """DeleteNetworkConfig network-config-api

        `DELETE /2022-09-01-00/service/{service_id}/network-config/{id}` (operation `deleteNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _network_config_api__delete_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateNetworkConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateNetworkConfig network-config-api

        `PATCH /2022-09-01-00/service/{service_id}/network-config/{id}` (operation `updateNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateNetworkConfigRequest): Request body of UpdateNetworkConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _network_config_api__update_network_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/network-config` (operation `listNetworkConfig`)

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
        body: CreateNetworkConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateNetworkConfig network-config-api

        `POST /2022-09-01-00/service/{service_id}/network-config` (operation `createNetworkConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/network-config/{id}` (operation `describeNetworkConfig`)

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
    ) -> Any:
        """DeleteNetworkConfig network-config-api

        `DELETE /2022-09-01-00/service/{service_id}/network-config/{id}` (operation `deleteNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _network_config_api__delete_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateNetworkConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateNetworkConfig network-config-api

        `PATCH /2022-09-01-00/service/{service_id}/network-config/{id}` (operation `updateNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateNetworkConfigRequest): Request body of UpdateNetworkConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _network_config_api__update_network_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/storage-volume-config` (operation `listStorageVolumeConfig`)

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
        body: CreateStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageVolumeConfig storage-volume-config-api

        `POST /2022-09-01-00/service/{service_id}/storage-volume-config` (operation `createStorageVolumeConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/storage-volume-config/{id}` (operation `describeStorageVolumeConfig`)

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
    ) -> Any:
        """DeleteStorageVolumeConfig storage-volume-config-api

        `DELETE /2022-09-01-00/service/{service_id}/storage-volume-config/{id}` (operation `deleteStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__delete_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-volume-config/{id}` (operation `updateStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeConfigRequest): Request body of UpdateStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__update_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: UpdateInstanceStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateInstanceStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-volume-config/{id}/instance` (operation `updateInstanceStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInstanceStorageVolumeConfigRequest): Request body of
                UpdateInstanceStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__update_instance_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: UpdateStorageVolumeSizeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateStorageVolumeSizeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-volume-config/{id}/size` (operation `updateStorageVolumeSizeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeSizeConfigRequest): Request body of UpdateStorageVolumeSizeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__update_storage_volume_size_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/storage-volume-config` (operation `listStorageVolumeConfig`)

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
        body: CreateStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageVolumeConfig storage-volume-config-api

        `POST /2022-09-01-00/service/{service_id}/storage-volume-config` (operation `createStorageVolumeConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/storage-volume-config/{id}` (operation `describeStorageVolumeConfig`)

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
    ) -> Any:
        """DeleteStorageVolumeConfig storage-volume-config-api

        `DELETE /2022-09-01-00/service/{service_id}/storage-volume-config/{id}` (operation `deleteStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__delete_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-volume-config/{id}` (operation `updateStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeConfigRequest): Request body of UpdateStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__update_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: UpdateInstanceStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateInstanceStorageVolumeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-volume-config/{id}/instance` (operation `updateInstanceStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInstanceStorageVolumeConfigRequest): Request body of
                UpdateInstanceStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__update_instance_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: UpdateStorageVolumeSizeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateStorageVolumeSizeConfig storage-volume-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-volume-config/{id}/size` (operation `updateStorageVolumeSizeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageVolumeSizeConfigRequest): Request body of UpdateStorageVolumeSizeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_volume_config_api__update_storage_volume_size_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/storage-config` (operation `listStorageConfig`)

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
        body: CreateStorageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageConfig storage-config-api

        `POST /2022-09-01-00/service/{service_id}/storage-config` (operation `createStorageConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/storage-config/{id}` (operation `describeStorageConfig`)

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
    ) -> Any:
        """DeleteStorageConfig storage-config-api

        `DELETE /2022-09-01-00/service/{service_id}/storage-config/{id}` (operation `deleteStorageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__delete_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateStorageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateStorageConfig storage-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-config/{id}` (operation `updateStorageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageConfigRequest): Request body of UpdateStorageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__update_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: AddStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddStorageVolumeConfig storage-config-api

        `PUT /2022-09-01-00/service/{service_id}/storage-config/{id}/volume/{storage_volume_config_id}` (operation `addStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (AddStorageVolumeConfigRequest): Request body of AddStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__add_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "Any",
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
        body: RemoveStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveStorageVolumeConfig storage-config-api

        `DELETE /2022-09-01-00/service/{service_id}/storage-config/{id}/volume/{storage_volume_config_id}` (operation `removeStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (RemoveStorageVolumeConfigRequest): Request body of RemoveStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__remove_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/storage-config` (operation `listStorageConfig`)

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
        body: CreateStorageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateStorageConfig storage-config-api

        `POST /2022-09-01-00/service/{service_id}/storage-config` (operation `createStorageConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/storage-config/{id}` (operation `describeStorageConfig`)

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
    ) -> Any:
        """DeleteStorageConfig storage-config-api

        `DELETE /2022-09-01-00/service/{service_id}/storage-config/{id}` (operation `deleteStorageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__delete_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateStorageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateStorageConfig storage-config-api

        `PATCH /2022-09-01-00/service/{service_id}/storage-config/{id}` (operation `updateStorageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateStorageConfigRequest): Request body of UpdateStorageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__update_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: AddStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddStorageVolumeConfig storage-config-api

        `PUT /2022-09-01-00/service/{service_id}/storage-config/{id}/volume/{storage_volume_config_id}` (operation `addStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (AddStorageVolumeConfigRequest): Request body of AddStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__add_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "Any",
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
        body: RemoveStorageVolumeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveStorageVolumeConfig storage-config-api

        `DELETE /2022-09-01-00/service/{service_id}/storage-config/{id}/volume/{storage_volume_config_id}` (operation `removeStorageVolumeConfig`)

        Args:
            service_id (str):
            id (str):
            storage_volume_config_id (str):
            body (RemoveStorageVolumeConfigRequest): Request body of RemoveStorageVolumeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _storage_config_api__remove_storage_volume_config._get_kwargs(
            service_id=service_id,
            id=id,
            storage_volume_config_id=storage_volume_config_id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/compute-config` (operation `listComputeConfig`)

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
        body: CreateComputeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateComputeConfig compute-config-api

        `POST /2022-09-01-00/service/{service_id}/compute-config` (operation `createComputeConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/compute-config/{id}` (operation `describeComputeConfig`)

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
    ) -> Any:
        """DeleteComputeConfig compute-config-api

        `DELETE /2022-09-01-00/service/{service_id}/compute-config/{id}` (operation `deleteComputeConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__delete_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateComputeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateComputeConfig compute-config-api

        `PATCH /2022-09-01-00/service/{service_id}/compute-config/{id}` (operation `updateComputeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateComputeConfigRequest): Request body of UpdateComputeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__update_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: AddComputeInstanceTypeRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddComputeInstanceType compute-config-api

        `POST /2022-09-01-00/service/{service_id}/compute-config/{id}/instance-type` (operation `addComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (AddComputeInstanceTypeRequest): Request body of AddComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__add_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: RemoveComputeInstanceTypeRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveComputeInstanceType compute-config-api

        `DELETE /2022-09-01-00/service/{service_id}/compute-config/{id}/instance-type` (operation `removeComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (RemoveComputeInstanceTypeRequest): Request body of RemoveComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__remove_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/compute-config/cloud-provider/{cloud_provider_name}/instance-types` (operation `listComputeInstanceTypes`)

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

        `GET /2022-09-01-00/service/{service_id}/compute-config` (operation `listComputeConfig`)

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
        body: CreateComputeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateComputeConfig compute-config-api

        `POST /2022-09-01-00/service/{service_id}/compute-config` (operation `createComputeConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/compute-config/{id}` (operation `describeComputeConfig`)

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
    ) -> Any:
        """DeleteComputeConfig compute-config-api

        `DELETE /2022-09-01-00/service/{service_id}/compute-config/{id}` (operation `deleteComputeConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__delete_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateComputeConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateComputeConfig compute-config-api

        `PATCH /2022-09-01-00/service/{service_id}/compute-config/{id}` (operation `updateComputeConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateComputeConfigRequest): Request body of UpdateComputeConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__update_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: AddComputeInstanceTypeRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddComputeInstanceType compute-config-api

        `POST /2022-09-01-00/service/{service_id}/compute-config/{id}/instance-type` (operation `addComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (AddComputeInstanceTypeRequest): Request body of AddComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__add_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: RemoveComputeInstanceTypeRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveComputeInstanceType compute-config-api

        `DELETE /2022-09-01-00/service/{service_id}/compute-config/{id}/instance-type` (operation `removeComputeInstanceType`)

        Args:
            service_id (str):
            id (str):
            body (RemoveComputeInstanceTypeRequest): Request body of RemoveComputeInstanceType
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _compute_config_api__remove_compute_instance_type._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/compute-config/cloud-provider/{cloud_provider_name}/instance-types` (operation `listComputeInstanceTypes`)

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


class ServicesImageConfigsResource:
    """`client.services.image_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesImageConfigsResourceWithRawResponse:
        return ServicesImageConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesImageConfigsResourceWithStreamingResponse:
        return ServicesImageConfigsResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateImageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateImageConfig image-config-api

        `POST /2022-09-01-00/service/{service_id}/image-config` (operation `createImageConfig`)

        Args:
            service_id (str):
            body (CreateImageConfigRequest): Request body of CreateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__create_image_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _image_config_api__create_image_config._parse_response,
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
    ) -> ImageConfig:
        """DescribeImageConfig image-config-api

        `GET /2022-09-01-00/service/{service_id}/image-config/{id}` (operation `describeImageConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ImageConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__describe_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ImageConfig",
            self._client._call(
                kwargs,
                _image_config_api__describe_image_config._parse_response,
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
    ) -> Any:
        """DeleteImageConfig image-config-api

        `DELETE /2022-09-01-00/service/{service_id}/image-config/{id}` (operation `deleteImageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__delete_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _image_config_api__delete_image_config._parse_response,
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
        body: UpdateImageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateImageConfig image-config-api

        `PATCH /2022-09-01-00/service/{service_id}/image-config/{id}` (operation `updateImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateImageConfigRequest): Request body of UpdateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__update_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _image_config_api__update_image_config._parse_response,
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
        body: ReleaseImageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """ReleaseImageConfig image-config-api

        `POST /2022-09-01-00/service/{service_id}/image-config/{id}/release` (operation `releaseImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseImageConfigRequest): Request body of ReleaseImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__release_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _image_config_api__release_image_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rollout_fleet_image_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RolloutFleetImageStatusResult:
        """RolloutFleetImageStatus image-config-api

        `GET /2022-09-01-00/service/{service_id}/image-config/{id}/rollout` (operation `rolloutFleetImageStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RolloutFleetImageStatusResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__rollout_fleet_image_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "RolloutFleetImageStatusResult",
            self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rollout_fleet(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RolloutFleetImageConfig image-config-api

        `POST /2022-09-01-00/service/{service_id}/image-config/{id}/rollout` (operation `rolloutFleetImageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__rollout_fleet_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_config._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListImageConfigsResult:
        """ListImageConfigs image-config-api

        `GET /2022-09-01-00/service/{service_id}/serviceenvironment/{service_environment_id}/image-config` (operation `listImageConfigs`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListImageConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__list_image_configs._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListImageConfigsResult",
            self._client._call(
                kwargs,
                _image_config_api__list_image_configs._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesImageConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.image_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.release = raw(resource.release)
        self.rollout_fleet_image_status = raw(resource.rollout_fleet_image_status)
        self.rollout_fleet = raw(resource.rollout_fleet)
        self.list = raw(resource.list)


class ServicesImageConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.image_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.release = streamed(resource.release)
        self.rollout_fleet_image_status = streamed(resource.rollout_fleet_image_status)
        self.rollout_fleet = streamed(resource.rollout_fleet)
        self.list = streamed(resource.list)


class AsyncServicesImageConfigsResource:
    """`client.services.image_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesImageConfigsResourceWithRawResponse:
        return AsyncServicesImageConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesImageConfigsResourceWithStreamingResponse:
        return AsyncServicesImageConfigsResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateImageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateImageConfig image-config-api

        `POST /2022-09-01-00/service/{service_id}/image-config` (operation `createImageConfig`)

        Args:
            service_id (str):
            body (CreateImageConfigRequest): Request body of CreateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__create_image_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _image_config_api__create_image_config._parse_response,
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
    ) -> ImageConfig:
        """DescribeImageConfig image-config-api

        `GET /2022-09-01-00/service/{service_id}/image-config/{id}` (operation `describeImageConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ImageConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__describe_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ImageConfig",
            await self._client._call(
                kwargs,
                _image_config_api__describe_image_config._parse_response,
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
    ) -> Any:
        """DeleteImageConfig image-config-api

        `DELETE /2022-09-01-00/service/{service_id}/image-config/{id}` (operation `deleteImageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__delete_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _image_config_api__delete_image_config._parse_response,
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
        body: UpdateImageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateImageConfig image-config-api

        `PATCH /2022-09-01-00/service/{service_id}/image-config/{id}` (operation `updateImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateImageConfigRequest): Request body of UpdateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__update_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _image_config_api__update_image_config._parse_response,
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
        body: ReleaseImageConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """ReleaseImageConfig image-config-api

        `POST /2022-09-01-00/service/{service_id}/image-config/{id}/release` (operation `releaseImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseImageConfigRequest): Request body of ReleaseImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__release_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _image_config_api__release_image_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rollout_fleet_image_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RolloutFleetImageStatusResult:
        """RolloutFleetImageStatus image-config-api

        `GET /2022-09-01-00/service/{service_id}/image-config/{id}/rollout` (operation `rolloutFleetImageStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RolloutFleetImageStatusResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__rollout_fleet_image_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "RolloutFleetImageStatusResult",
            await self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rollout_fleet(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RolloutFleetImageConfig image-config-api

        `POST /2022-09-01-00/service/{service_id}/image-config/{id}/rollout` (operation `rolloutFleetImageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__rollout_fleet_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_config._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListImageConfigsResult:
        """ListImageConfigs image-config-api

        `GET /2022-09-01-00/service/{service_id}/serviceenvironment/{service_environment_id}/image-config` (operation `listImageConfigs`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListImageConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _image_config_api__list_image_configs._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListImageConfigsResult",
            await self._client._call(
                kwargs,
                _image_config_api__list_image_configs._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesImageConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.image_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.release = async_raw(resource.release)
        self.rollout_fleet_image_status = async_raw(resource.rollout_fleet_image_status)
        self.rollout_fleet = async_raw(resource.rollout_fleet)
        self.list = async_raw(resource.list)


class AsyncServicesImageConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.image_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.release = async_streamed(resource.release)
        self.rollout_fleet_image_status = async_streamed(resource.rollout_fleet_image_status)
        self.rollout_fleet = async_streamed(resource.rollout_fleet)
        self.list = async_streamed(resource.list)


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
        body: CreateInfraConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{service_id}/infra-config` (operation `createInfraConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/infra-config/{id}` (operation `describeInfraConfig`)

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
    ) -> Any:
        """DeleteInfraConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}` (operation `deleteInfraConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__delete_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateInfraConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateInfraConfig infra-config-api

        `PATCH /2022-09-01-00/service/{service_id}/infra-config/{id}` (operation `updateInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInfraConfigRequest): Request body of UpdateInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__update_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/infra-config/{id}/associated-resources` (operation `listAssociatedResources`)

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
    ) -> Any:
        """DetachComputeConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}/compute-config` (operation `detachComputeConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__detach_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
    ) -> Any:
        """DetachNetworkConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}/network-config` (operation `detachNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__detach_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: ReleaseInfraConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """ReleaseInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{service_id}/infra-config/{id}/release` (operation `releaseInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseInfraConfigRequest): Request body of ReleaseInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__release_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
    ) -> Any:
        """RolloutFleetInfra infra-config-api

        `POST /2022-09-01-00/service/{service_id}/infra-config/{id}/rollout` (operation `rolloutFleetInfra`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__rollout_fleet_infra._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/infra-config/{id}/rollout/status` (operation `rolloutFleetInfraStatus`)

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
    ) -> Any:
        """DetachStorageConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}/storage-config` (operation `detachStorageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__detach_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/serviceenvironment/{service_environment_id}/infra-config` (operation `listInfraConfig`)

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
        body: CreateInfraConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{service_id}/infra-config` (operation `createInfraConfig`)

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

        `GET /2022-09-01-00/service/{service_id}/infra-config/{id}` (operation `describeInfraConfig`)

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
    ) -> Any:
        """DeleteInfraConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}` (operation `deleteInfraConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__delete_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateInfraConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateInfraConfig infra-config-api

        `PATCH /2022-09-01-00/service/{service_id}/infra-config/{id}` (operation `updateInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInfraConfigRequest): Request body of UpdateInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__update_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/infra-config/{id}/associated-resources` (operation `listAssociatedResources`)

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
    ) -> Any:
        """DetachComputeConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}/compute-config` (operation `detachComputeConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__detach_compute_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
    ) -> Any:
        """DetachNetworkConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}/network-config` (operation `detachNetworkConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__detach_network_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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
        body: ReleaseInfraConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """ReleaseInfraConfig infra-config-api

        `POST /2022-09-01-00/service/{service_id}/infra-config/{id}/release` (operation `releaseInfraConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseInfraConfigRequest): Request body of ReleaseInfraConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__release_infra_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
    ) -> Any:
        """RolloutFleetInfra infra-config-api

        `POST /2022-09-01-00/service/{service_id}/infra-config/{id}/rollout` (operation `rolloutFleetInfra`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__rollout_fleet_infra._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/infra-config/{id}/rollout/status` (operation `rolloutFleetInfraStatus`)

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
    ) -> Any:
        """DetachStorageConfig infra-config-api

        `DELETE /2022-09-01-00/service/{service_id}/infra-config/{id}/storage-config` (operation `detachStorageConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _infra_config_api__detach_storage_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
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

        `GET /2022-09-01-00/service/{service_id}/serviceenvironment/{service_environment_id}/infra-config` (operation `listInfraConfig`)

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


class ServicesVunitsResource:
    """`client.services.vunits`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesVunitsResourceWithRawResponse:
        return ServicesVunitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesVunitsResourceWithStreamingResponse:
        return ServicesVunitsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        body: ListVUnitsRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListVUnitsResult:
        """ListVUnits vunit-api

        `GET /2022-09-01-00/service/{service_id}/model/{service_model_id}/vunit` (operation `listVUnits`)

        Args:
            service_id (str):
            service_model_id (str):
            body (ListVUnitsRequest): Request body of ListVUnits
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListVUnitsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _vunit_api__list_v_units._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
            body=body,
        )
        return cast(
            "ListVUnitsResult",
            self._client._call(
                kwargs,
                _vunit_api__list_v_units._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_network(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Network:
        """DescribeNetwork vunit-api

        `GET /2022-09-01-00/service/{service_id}/network/{id}` (operation `describeNetwork`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Network

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _vunit_api__describe_network._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Network",
            self._client._call(
                kwargs,
                _vunit_api__describe_network._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> VUnit:
        """DescribeVUnit vunit-api

        `GET /2022-09-01-00/service/{service_id}/vunit/{id}` (operation `describeVUnit`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            VUnit

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _vunit_api__describe_v_unit._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "VUnit",
            self._client._call(
                kwargs,
                _vunit_api__describe_v_unit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesVunitsResourceWithRawResponse:
    """`client.with_raw_response.services.vunits`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesVunitsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.describe_network = raw(resource.describe_network)
        self.describe = raw(resource.describe)


class ServicesVunitsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.vunits`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesVunitsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.describe_network = streamed(resource.describe_network)
        self.describe = streamed(resource.describe)


class AsyncServicesVunitsResource:
    """`client.services.vunits`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesVunitsResourceWithRawResponse:
        return AsyncServicesVunitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesVunitsResourceWithStreamingResponse:
        return AsyncServicesVunitsResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        body: ListVUnitsRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListVUnitsResult:
        """ListVUnits vunit-api

        `GET /2022-09-01-00/service/{service_id}/model/{service_model_id}/vunit` (operation `listVUnits`)

        Args:
            service_id (str):
            service_model_id (str):
            body (ListVUnitsRequest): Request body of ListVUnits
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListVUnitsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _vunit_api__list_v_units._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
            body=body,
        )
        return cast(
            "ListVUnitsResult",
            await self._client._call(
                kwargs,
                _vunit_api__list_v_units._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_network(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Network:
        """DescribeNetwork vunit-api

        `GET /2022-09-01-00/service/{service_id}/network/{id}` (operation `describeNetwork`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Network

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _vunit_api__describe_network._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Network",
            await self._client._call(
                kwargs,
                _vunit_api__describe_network._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> VUnit:
        """DescribeVUnit vunit-api

        `GET /2022-09-01-00/service/{service_id}/vunit/{id}` (operation `describeVUnit`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            VUnit

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _vunit_api__describe_v_unit._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "VUnit",
            await self._client._call(
                kwargs,
                _vunit_api__describe_v_unit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesVunitsResourceWithRawResponse:
    """`client.with_raw_response.services.vunits`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesVunitsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.describe_network = async_raw(resource.describe_network)
        self.describe = async_raw(resource.describe)


class AsyncServicesVunitsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.vunits`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesVunitsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.describe_network = async_streamed(resource.describe_network)
        self.describe = async_streamed(resource.describe)


class ServicesOutputParametersResource:
    """`client.services.output_parameters`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesOutputParametersResourceWithRawResponse:
        return ServicesOutputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesOutputParametersResourceWithStreamingResponse:
        return ServicesOutputParametersResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateOutputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateOutputParameter output-parameter-api

        `POST /2022-09-01-00/service/{service_id}/output-parameter` (operation `createOutputParameter`)

        Args:
            service_id (str):
            body (CreateOutputParameterRequest): Request body of CreateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__create_output_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _output_parameter_api__create_output_parameter._parse_response,
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
    ) -> OutputParameter:
        """DescribeOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{service_id}/output-parameter/{id}` (operation `describeOutputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OutputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__describe_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "OutputParameter",
            self._client._call(
                kwargs,
                _output_parameter_api__describe_output_parameter._parse_response,
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
    ) -> Any:
        """DeleteOutputParameter output-parameter-api

        `DELETE /2022-09-01-00/service/{service_id}/output-parameter/{id}` (operation `deleteOutputParameter`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__delete_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _output_parameter_api__delete_output_parameter._parse_response,
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
        body: UpdateOutputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateOutputParameter output-parameter-api

        `PATCH /2022-09-01-00/service/{service_id}/output-parameter/{id}` (operation `updateOutputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateOutputParameterRequest): Request body of UpdateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__update_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _output_parameter_api__update_output_parameter._parse_response,
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
        resource_id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListOutputParametersResult:
        """ListOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{service_id}/resource/{resource_id}/output-parameter` (operation `listOutputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListOutputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__list_output_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListOutputParametersResult",
            self._client._call(
                kwargs,
                _output_parameter_api__list_output_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesOutputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.output_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list = raw(resource.list)


class ServicesOutputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.output_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list = streamed(resource.list)


class AsyncServicesOutputParametersResource:
    """`client.services.output_parameters`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesOutputParametersResourceWithRawResponse:
        return AsyncServicesOutputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesOutputParametersResourceWithStreamingResponse:
        return AsyncServicesOutputParametersResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateOutputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateOutputParameter output-parameter-api

        `POST /2022-09-01-00/service/{service_id}/output-parameter` (operation `createOutputParameter`)

        Args:
            service_id (str):
            body (CreateOutputParameterRequest): Request body of CreateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__create_output_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _output_parameter_api__create_output_parameter._parse_response,
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
    ) -> OutputParameter:
        """DescribeOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{service_id}/output-parameter/{id}` (operation `describeOutputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OutputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__describe_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "OutputParameter",
            await self._client._call(
                kwargs,
                _output_parameter_api__describe_output_parameter._parse_response,
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
    ) -> Any:
        """DeleteOutputParameter output-parameter-api

        `DELETE /2022-09-01-00/service/{service_id}/output-parameter/{id}` (operation `deleteOutputParameter`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__delete_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _output_parameter_api__delete_output_parameter._parse_response,
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
        body: UpdateOutputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateOutputParameter output-parameter-api

        `PATCH /2022-09-01-00/service/{service_id}/output-parameter/{id}` (operation `updateOutputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateOutputParameterRequest): Request body of UpdateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__update_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _output_parameter_api__update_output_parameter._parse_response,
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
        resource_id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListOutputParametersResult:
        """ListOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{service_id}/resource/{resource_id}/output-parameter` (operation `listOutputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListOutputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _output_parameter_api__list_output_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListOutputParametersResult",
            await self._client._call(
                kwargs,
                _output_parameter_api__list_output_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesOutputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.output_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list = async_raw(resource.list)


class AsyncServicesOutputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.output_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list = async_streamed(resource.list)


class ServicesInputParametersResource:
    """`client.services.input_parameters`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesInputParametersResourceWithRawResponse:
        return ServicesInputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesInputParametersResourceWithStreamingResponse:
        return ServicesInputParametersResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateInputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInputParameter input-parameter-api

        `POST /2022-09-01-00/service/{service_id}/input-parameter` (operation `createInputParameter`)

        Args:
            service_id (str):
            body (CreateInputParameterRequest): Request body of CreateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__create_input_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _input_parameter_api__create_input_parameter._parse_response,
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
    ) -> InputParameter:
        """DescribeInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{service_id}/input-parameter/{id}` (operation `describeInputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            InputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__describe_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "InputParameter",
            self._client._call(
                kwargs,
                _input_parameter_api__describe_input_parameter._parse_response,
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
    ) -> Any:
        """DeleteInputParameter input-parameter-api

        `DELETE /2022-09-01-00/service/{service_id}/input-parameter/{id}` (operation `deleteInputParameter`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__delete_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _input_parameter_api__delete_input_parameter._parse_response,
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
        body: UpdateInputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateInputParameter input-parameter-api

        `PATCH /2022-09-01-00/service/{service_id}/input-parameter/{id}` (operation `updateInputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInputParameterRequest): Request body of UpdateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__update_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _input_parameter_api__update_input_parameter._parse_response,
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
        resource_id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListInputParametersResult:
        """ListInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{service_id}/resource/{resource_id}/input-parameter` (operation `listInputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__list_input_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListInputParametersResult",
            self._client._call(
                kwargs,
                _input_parameter_api__list_input_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesInputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.input_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list = raw(resource.list)


class ServicesInputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.input_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list = streamed(resource.list)


class AsyncServicesInputParametersResource:
    """`client.services.input_parameters`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesInputParametersResourceWithRawResponse:
        return AsyncServicesInputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesInputParametersResourceWithStreamingResponse:
        return AsyncServicesInputParametersResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateInputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInputParameter input-parameter-api

        `POST /2022-09-01-00/service/{service_id}/input-parameter` (operation `createInputParameter`)

        Args:
            service_id (str):
            body (CreateInputParameterRequest): Request body of CreateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__create_input_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _input_parameter_api__create_input_parameter._parse_response,
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
    ) -> InputParameter:
        """DescribeInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{service_id}/input-parameter/{id}` (operation `describeInputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            InputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__describe_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "InputParameter",
            await self._client._call(
                kwargs,
                _input_parameter_api__describe_input_parameter._parse_response,
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
    ) -> Any:
        """DeleteInputParameter input-parameter-api

        `DELETE /2022-09-01-00/service/{service_id}/input-parameter/{id}` (operation `deleteInputParameter`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__delete_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _input_parameter_api__delete_input_parameter._parse_response,
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
        body: UpdateInputParameterRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateInputParameter input-parameter-api

        `PATCH /2022-09-01-00/service/{service_id}/input-parameter/{id}` (operation `updateInputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInputParameterRequest): Request body of UpdateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__update_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _input_parameter_api__update_input_parameter._parse_response,
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
        resource_id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListInputParametersResult:
        """ListInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{service_id}/resource/{resource_id}/input-parameter` (operation `listInputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _input_parameter_api__list_input_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListInputParametersResult",
            await self._client._call(
                kwargs,
                _input_parameter_api__list_input_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesInputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.input_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list = async_raw(resource.list)


class AsyncServicesInputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.input_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list = async_streamed(resource.list)


class ServicesTierVersionSetsResource:
    """`client.services.tier_version_sets`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesTierVersionSetsResourceWithRawResponse:
        return ServicesTierVersionSetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesTierVersionSetsResourceWithStreamingResponse:
        return ServicesTierVersionSetsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        latest_major_version_only: bool | Unset = UNSET,
        latest_incremental_version_for_major_version: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[TierVersionSet]:
        """ListTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set` (operation `listTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            latest_major_version_only (bool | Unset):
            latest_incremental_version_for_major_version (str | Unset):
            next_page_token (str | Unset):
            page_size (int | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[TierVersionSet]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _tier_version_set_api__list_tier_version_sets._get_kwargs(
                service_id=service_id,
                product_tier_id=product_tier_id,
                latest_major_version_only=latest_major_version_only,
                latest_incremental_version_for_major_version=latest_incremental_version_for_major_version,
                next_page_token=next_page_token if page_token is None else page_token,
                page_size=page_size,
            )
            return self._client._call(
                kwargs,
                _tier_version_set_api__list_tier_version_sets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "tier_version_sets"),
            lambda page: _pages.token_at(page, ("next_page_token",)),
        )

    def create(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        body: CreateTierVersionSetRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateTierVersionSetResult:
        """CreateTierVersionSet tier-version-set-api

        `POST /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set` (operation `createTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            body (CreateTierVersionSetRequest): Request body of CreateTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateTierVersionSetResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__create_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            body=body,
        )
        return cast(
            "CreateTierVersionSetResult",
            self._client._call(
                kwargs,
                _tier_version_set_api__create_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DescribeTierVersionSet tier-version-set-api

        `GET /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}` (operation `describeTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__describe_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__describe_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecate(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DeprecateTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/deprecate` (operation `deprecateTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__deprecate_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__deprecate_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def diff(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        another_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DiffTierVersionSetsResult:
        """DiffTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/diff/{another_version}` (operation `diffTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            another_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DiffTierVersionSetsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__diff_tier_version_sets._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            another_version=another_version,
        )
        return cast(
            "DiffTierVersionSetsResult",
            self._client._call(
                kwargs,
                _tier_version_set_api__diff_tier_version_sets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def promote(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """PromoteTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/promote` (operation `promoteTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__promote_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__promote_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        body: ReleaseTierVersionSetRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """ReleaseTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/release` (operation `releaseTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            body (ReleaseTierVersionSetRequest): Request body of ReleaseTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__release_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            body=body,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__release_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesTierVersionSetsResourceWithRawResponse:
    """`client.with_raw_response.services.tier_version_sets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.deprecate = raw(resource.deprecate)
        self.diff = raw(resource.diff)
        self.promote = raw(resource.promote)
        self.release = raw(resource.release)


class ServicesTierVersionSetsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.tier_version_sets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.deprecate = streamed(resource.deprecate)
        self.diff = streamed(resource.diff)
        self.promote = streamed(resource.promote)
        self.release = streamed(resource.release)


class AsyncServicesTierVersionSetsResource:
    """`client.services.tier_version_sets`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesTierVersionSetsResourceWithRawResponse:
        return AsyncServicesTierVersionSetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesTierVersionSetsResourceWithStreamingResponse:
        return AsyncServicesTierVersionSetsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        latest_major_version_only: bool | Unset = UNSET,
        latest_incremental_version_for_major_version: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[TierVersionSet]:
        """ListTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set` (operation `listTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            latest_major_version_only (bool | Unset):
            latest_incremental_version_for_major_version (str | Unset):
            next_page_token (str | Unset):
            page_size (int | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[TierVersionSet]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _tier_version_set_api__list_tier_version_sets._get_kwargs(
                service_id=service_id,
                product_tier_id=product_tier_id,
                latest_major_version_only=latest_major_version_only,
                latest_incremental_version_for_major_version=latest_incremental_version_for_major_version,
                next_page_token=next_page_token if page_token is None else page_token,
                page_size=page_size,
            )
            return await self._client._call(
                kwargs,
                _tier_version_set_api__list_tier_version_sets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "tier_version_sets"),
            lambda page: _pages.token_at(page, ("next_page_token",)),
        )

    async def create(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        body: CreateTierVersionSetRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateTierVersionSetResult:
        """CreateTierVersionSet tier-version-set-api

        `POST /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set` (operation `createTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            body (CreateTierVersionSetRequest): Request body of CreateTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateTierVersionSetResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__create_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            body=body,
        )
        return cast(
            "CreateTierVersionSetResult",
            await self._client._call(
                kwargs,
                _tier_version_set_api__create_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DescribeTierVersionSet tier-version-set-api

        `GET /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}` (operation `describeTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__describe_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__describe_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecate(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DeprecateTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/deprecate` (operation `deprecateTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__deprecate_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__deprecate_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def diff(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        another_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DiffTierVersionSetsResult:
        """DiffTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/diff/{another_version}` (operation `diffTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            another_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DiffTierVersionSetsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__diff_tier_version_sets._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            another_version=another_version,
        )
        return cast(
            "DiffTierVersionSetsResult",
            await self._client._call(
                kwargs,
                _tier_version_set_api__diff_tier_version_sets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def promote(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """PromoteTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/promote` (operation `promoteTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__promote_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__promote_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        body: ReleaseTierVersionSetRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """ReleaseTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{service_id}/productTier/{product_tier_id}/version-set/{version}/release` (operation `releaseTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            body (ReleaseTierVersionSetRequest): Request body of ReleaseTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tier_version_set_api__release_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            body=body,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__release_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesTierVersionSetsResourceWithRawResponse:
    """`client.with_raw_response.services.tier_version_sets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.deprecate = async_raw(resource.deprecate)
        self.diff = async_raw(resource.diff)
        self.promote = async_raw(resource.promote)
        self.release = async_raw(resource.release)


class AsyncServicesTierVersionSetsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.tier_version_sets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.deprecate = async_streamed(resource.deprecate)
        self.diff = async_streamed(resource.diff)
        self.promote = async_streamed(resource.promote)
        self.release = async_streamed(resource.release)


class ServicesResourcesResource:
    """`client.services.resources`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesResourcesResourceWithRawResponse:
        return ServicesResourcesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesResourcesResourceWithStreamingResponse:
        return ServicesResourcesResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        managed: bool | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourcesResult:
        """ListResources resource-api

        `GET /2022-09-01-00/service/{service_id}/producttier/{product_tier_id}/resource` (operation `listResources`)

        Args:
            service_id (str):
            product_tier_id (str):
            managed (bool | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_resources._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            managed=managed,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListResourcesResult",
            self._client._call(
                kwargs,
                _resource_api__list_resources._parse_response,
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
        body: CreateResourceRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateResource resource-api

        `POST /2022-09-01-00/service/{service_id}/resource` (operation `createResource`)

        Args:
            service_id (str):
            body (CreateResourceRequest): Request body of CreateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__create_resource._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _resource_api__create_resource._parse_response,
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
    ) -> Resource:
        """DescribeResource resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}` (operation `describeResource`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Resource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__describe_resource._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "Resource",
            self._client._call(
                kwargs,
                _resource_api__describe_resource._parse_response,
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
    ) -> Any:
        """DeleteResource resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}` (operation `deleteResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__delete_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__delete_resource._parse_response,
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
        body: UpdateResourceRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateResource resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}` (operation `updateResource`)

        Args:
            service_id (str):
            id (str):
            body (UpdateResourceRequest): Request body of UpdateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__update_resource._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__update_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_action_hooks(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListActionHooksResult:
        """ListActionHooks resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/action-hook` (operation `listActionHooks`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListActionHooksResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_action_hooks._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListActionHooksResult",
            self._client._call(
                kwargs,
                _resource_api__list_action_hooks._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def register_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterActionHookRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RegisterActionHook resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/action-hook` (operation `registerActionHook`)

        Args:
            service_id (str):
            id (str):
            body (RegisterActionHookRequest): Request body of RegisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__register_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__register_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deregister_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: DeregisterActionHookRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeregisterActionHook resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/action-hook` (operation `deregisterActionHook`)

        Args:
            service_id (str):
            id (str):
            body (DeregisterActionHookRequest): Request body of DeregisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__deregister_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__deregister_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_capabilities(
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
    ) -> ListResourceCapabilitiesResult:
        """ListResourceCapabilities resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/capability` (operation `listResourceCapabilities`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceCapabilitiesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_resource_capabilities._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListResourceCapabilitiesResult",
            self._client._call(
                kwargs,
                _resource_api__list_resource_capabilities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def enable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableResourceCapabilityRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """EnableResourceCapability resource-api

        `PUT /2022-09-01-00/service/{service_id}/resource/{id}/capability` (operation `enableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (EnableResourceCapabilityRequest): Request body of EnableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__enable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__enable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def disable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableResourceCapabilityRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DisableResourceCapability resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/capability` (operation `disableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (DisableResourceCapabilityRequest): Request body of DisableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__disable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__disable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_dependent(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListDependentResourcesResult:
        """ListDependentResource resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/dependent-resource` (operation `listDependentResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListDependentResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_dependent_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListDependentResourcesResult",
            self._client._call(
                kwargs,
                _resource_api__list_dependent_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeprecateResource resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}/deprecate` (operation `deprecateResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__deprecate_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__deprecate_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def unset_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: UnsetEnvironmentVariablesRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UnsetEnvironmentVariables resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/environment-variables` (operation `unsetEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (UnsetEnvironmentVariablesRequest): Request body of UnsetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__unset_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__unset_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def set_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: SetEnvironmentVariablesRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """SetEnvironmentVariables resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}/environment-variables` (operation `setEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (SetEnvironmentVariablesRequest): Request body of SetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__set_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__set_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_files(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListFilesResult:
        """ListFiles resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/file` (operation `listFiles`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListFilesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_files._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListFilesResult",
            self._client._call(
                kwargs,
                _resource_api__list_files._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_file(
        self,
        service_id: str,
        id: str,
        *,
        body: FileUpload,
        name: str,
        description: str,
        file_type: str,
        mount_path: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """AddFile resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/file` (operation `addFile`)

        Args:
            service_id (str):
            id (str):
            name (str):
            description (str):
            file_type (str):
            mount_path (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__add_file._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
            name=name,
            description=description,
            file_type=file_type,
            mount_path=mount_path,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _resource_api__add_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetFile resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}` (operation `getFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__get_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _resource_api__get_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveFile resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}` (operation `removeFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__remove_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__remove_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_file_content(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: FileUpload,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateFileContent resource-api

        `PUT /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}/content` (operation `updateFileContent`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__update_file_content._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__update_file_content._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_file_metadata(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: UpdateFileMetadataRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateFileMetadata resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}/metadata` (operation `updateFileMetadata`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (UpdateFileMetadataRequest): Request body of UpdateFileMetadata
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__update_file_metadata._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__update_file_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_metrics_config(
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
    ) -> ResourceMetricsConfig:
        """DescribeResourceMetricsConfig resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/metrics` (operation `describeResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceMetricsConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__describe_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ResourceMetricsConfig",
            self._client._call(
                kwargs,
                _resource_api__describe_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def register_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterResourceMetricsConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RegisterResourceMetricsConfig resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/metrics` (operation `registerResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            body (RegisterResourceMetricsConfigRequest): Request body of RegisterResourceMetricsConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__register_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__register_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deregister_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeregisterResourceMetricsConfig resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/metrics` (operation `deregisterResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__deregister_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__deregister_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        body: AddResourceDependencyRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddResourceDependency resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/resource-dependency/{resource_dependency_id}` (operation `addResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            body (AddResourceDependencyRequest): Request body of AddResourceDependency
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__add_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__add_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveResourceDependency resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/resource-dependency/{resource_dependency_id}` (operation `removeResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__remove_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _resource_api__remove_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesResourcesResourceWithRawResponse:
    """`client.with_raw_response.services.resources`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesResourcesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list_action_hooks = raw(resource.list_action_hooks)
        self.register_action_hook = raw(resource.register_action_hook)
        self.deregister_action_hook = raw(resource.deregister_action_hook)
        self.list_capabilities = raw(resource.list_capabilities)
        self.enable_capability = raw(resource.enable_capability)
        self.disable_capability = raw(resource.disable_capability)
        self.list_dependent = raw(resource.list_dependent)
        self.deprecate = raw(resource.deprecate)
        self.unset_environment_variables = raw(resource.unset_environment_variables)
        self.set_environment_variables = raw(resource.set_environment_variables)
        self.list_files = raw(resource.list_files)
        self.add_file = raw(resource.add_file)
        self.get_file = raw(resource.get_file)
        self.remove_file = raw(resource.remove_file)
        self.update_file_content = raw(resource.update_file_content)
        self.update_file_metadata = raw(resource.update_file_metadata)
        self.describe_metrics_config = raw(resource.describe_metrics_config)
        self.register_metrics_config = raw(resource.register_metrics_config)
        self.deregister_metrics_config = raw(resource.deregister_metrics_config)
        self.add_dependency = raw(resource.add_dependency)
        self.remove_dependency = raw(resource.remove_dependency)


class ServicesResourcesResourceWithStreamingResponse:
    """`client.with_streaming_response.services.resources`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesResourcesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list_action_hooks = streamed(resource.list_action_hooks)
        self.register_action_hook = streamed(resource.register_action_hook)
        self.deregister_action_hook = streamed(resource.deregister_action_hook)
        self.list_capabilities = streamed(resource.list_capabilities)
        self.enable_capability = streamed(resource.enable_capability)
        self.disable_capability = streamed(resource.disable_capability)
        self.list_dependent = streamed(resource.list_dependent)
        self.deprecate = streamed(resource.deprecate)
        self.unset_environment_variables = streamed(resource.unset_environment_variables)
        self.set_environment_variables = streamed(resource.set_environment_variables)
        self.list_files = streamed(resource.list_files)
        self.add_file = streamed(resource.add_file)
        self.get_file = streamed(resource.get_file)
        self.remove_file = streamed(resource.remove_file)
        self.update_file_content = streamed(resource.update_file_content)
        self.update_file_metadata = streamed(resource.update_file_metadata)
        self.describe_metrics_config = streamed(resource.describe_metrics_config)
        self.register_metrics_config = streamed(resource.register_metrics_config)
        self.deregister_metrics_config = streamed(resource.deregister_metrics_config)
        self.add_dependency = streamed(resource.add_dependency)
        self.remove_dependency = streamed(resource.remove_dependency)


class AsyncServicesResourcesResource:
    """`client.services.resources`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesResourcesResourceWithRawResponse:
        return AsyncServicesResourcesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesResourcesResourceWithStreamingResponse:
        return AsyncServicesResourcesResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        managed: bool | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourcesResult:
        """ListResources resource-api

        `GET /2022-09-01-00/service/{service_id}/producttier/{product_tier_id}/resource` (operation `listResources`)

        Args:
            service_id (str):
            product_tier_id (str):
            managed (bool | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_resources._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            managed=managed,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListResourcesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_resources._parse_response,
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
        body: CreateResourceRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateResource resource-api

        `POST /2022-09-01-00/service/{service_id}/resource` (operation `createResource`)

        Args:
            service_id (str):
            body (CreateResourceRequest): Request body of CreateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__create_resource._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _resource_api__create_resource._parse_response,
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
    ) -> Resource:
        """DescribeResource resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}` (operation `describeResource`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Resource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__describe_resource._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "Resource",
            await self._client._call(
                kwargs,
                _resource_api__describe_resource._parse_response,
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
    ) -> Any:
        """DeleteResource resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}` (operation `deleteResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__delete_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__delete_resource._parse_response,
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
        body: UpdateResourceRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateResource resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}` (operation `updateResource`)

        Args:
            service_id (str):
            id (str):
            body (UpdateResourceRequest): Request body of UpdateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__update_resource._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__update_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_action_hooks(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListActionHooksResult:
        """ListActionHooks resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/action-hook` (operation `listActionHooks`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListActionHooksResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_action_hooks._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListActionHooksResult",
            await self._client._call(
                kwargs,
                _resource_api__list_action_hooks._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def register_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterActionHookRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RegisterActionHook resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/action-hook` (operation `registerActionHook`)

        Args:
            service_id (str):
            id (str):
            body (RegisterActionHookRequest): Request body of RegisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__register_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__register_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deregister_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: DeregisterActionHookRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeregisterActionHook resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/action-hook` (operation `deregisterActionHook`)

        Args:
            service_id (str):
            id (str):
            body (DeregisterActionHookRequest): Request body of DeregisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__deregister_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__deregister_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_capabilities(
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
    ) -> ListResourceCapabilitiesResult:
        """ListResourceCapabilities resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/capability` (operation `listResourceCapabilities`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceCapabilitiesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_resource_capabilities._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListResourceCapabilitiesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_resource_capabilities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def enable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableResourceCapabilityRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """EnableResourceCapability resource-api

        `PUT /2022-09-01-00/service/{service_id}/resource/{id}/capability` (operation `enableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (EnableResourceCapabilityRequest): Request body of EnableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__enable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__enable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def disable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableResourceCapabilityRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DisableResourceCapability resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/capability` (operation `disableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (DisableResourceCapabilityRequest): Request body of DisableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__disable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__disable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_dependent(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListDependentResourcesResult:
        """ListDependentResource resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/dependent-resource` (operation `listDependentResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListDependentResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_dependent_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListDependentResourcesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_dependent_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeprecateResource resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}/deprecate` (operation `deprecateResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__deprecate_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__deprecate_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def unset_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: UnsetEnvironmentVariablesRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UnsetEnvironmentVariables resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/environment-variables` (operation `unsetEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (UnsetEnvironmentVariablesRequest): Request body of UnsetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__unset_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__unset_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def set_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: SetEnvironmentVariablesRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """SetEnvironmentVariables resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}/environment-variables` (operation `setEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (SetEnvironmentVariablesRequest): Request body of SetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__set_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__set_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_files(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListFilesResult:
        """ListFiles resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/file` (operation `listFiles`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListFilesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__list_files._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListFilesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_files._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_file(
        self,
        service_id: str,
        id: str,
        *,
        body: FileUpload,
        name: str,
        description: str,
        file_type: str,
        mount_path: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """AddFile resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/file` (operation `addFile`)

        Args:
            service_id (str):
            id (str):
            name (str):
            description (str):
            file_type (str):
            mount_path (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__add_file._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
            name=name,
            description=description,
            file_type=file_type,
            mount_path=mount_path,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _resource_api__add_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetFile resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}` (operation `getFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__get_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _resource_api__get_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveFile resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}` (operation `removeFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__remove_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__remove_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_file_content(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: FileUpload,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateFileContent resource-api

        `PUT /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}/content` (operation `updateFileContent`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__update_file_content._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__update_file_content._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_file_metadata(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: UpdateFileMetadataRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateFileMetadata resource-api

        `PATCH /2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}/metadata` (operation `updateFileMetadata`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (UpdateFileMetadataRequest): Request body of UpdateFileMetadata
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__update_file_metadata._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__update_file_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_metrics_config(
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
    ) -> ResourceMetricsConfig:
        """DescribeResourceMetricsConfig resource-api

        `GET /2022-09-01-00/service/{service_id}/resource/{id}/metrics` (operation `describeResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceMetricsConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__describe_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ResourceMetricsConfig",
            await self._client._call(
                kwargs,
                _resource_api__describe_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def register_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterResourceMetricsConfigRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RegisterResourceMetricsConfig resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/metrics` (operation `registerResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            body (RegisterResourceMetricsConfigRequest): Request body of RegisterResourceMetricsConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__register_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__register_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deregister_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeregisterResourceMetricsConfig resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/metrics` (operation `deregisterResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__deregister_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__deregister_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        body: AddResourceDependencyRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddResourceDependency resource-api

        `POST /2022-09-01-00/service/{service_id}/resource/{id}/resource-dependency/{resource_dependency_id}` (operation `addResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            body (AddResourceDependencyRequest): Request body of AddResourceDependency
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__add_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__add_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveResourceDependency resource-api

        `DELETE /2022-09-01-00/service/{service_id}/resource/{id}/resource-dependency/{resource_dependency_id}` (operation `removeResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _resource_api__remove_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _resource_api__remove_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesResourcesResourceWithRawResponse:
    """`client.with_raw_response.services.resources`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesResourcesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list_action_hooks = async_raw(resource.list_action_hooks)
        self.register_action_hook = async_raw(resource.register_action_hook)
        self.deregister_action_hook = async_raw(resource.deregister_action_hook)
        self.list_capabilities = async_raw(resource.list_capabilities)
        self.enable_capability = async_raw(resource.enable_capability)
        self.disable_capability = async_raw(resource.disable_capability)
        self.list_dependent = async_raw(resource.list_dependent)
        self.deprecate = async_raw(resource.deprecate)
        self.unset_environment_variables = async_raw(resource.unset_environment_variables)
        self.set_environment_variables = async_raw(resource.set_environment_variables)
        self.list_files = async_raw(resource.list_files)
        self.add_file = async_raw(resource.add_file)
        self.get_file = async_raw(resource.get_file)
        self.remove_file = async_raw(resource.remove_file)
        self.update_file_content = async_raw(resource.update_file_content)
        self.update_file_metadata = async_raw(resource.update_file_metadata)
        self.describe_metrics_config = async_raw(resource.describe_metrics_config)
        self.register_metrics_config = async_raw(resource.register_metrics_config)
        self.deregister_metrics_config = async_raw(resource.deregister_metrics_config)
        self.add_dependency = async_raw(resource.add_dependency)
        self.remove_dependency = async_raw(resource.remove_dependency)


class AsyncServicesResourcesResourceWithStreamingResponse:
    """`client.with_streaming_response.services.resources`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesResourcesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list_action_hooks = async_streamed(resource.list_action_hooks)
        self.register_action_hook = async_streamed(resource.register_action_hook)
        self.deregister_action_hook = async_streamed(resource.deregister_action_hook)
        self.list_capabilities = async_streamed(resource.list_capabilities)
        self.enable_capability = async_streamed(resource.enable_capability)
        self.disable_capability = async_streamed(resource.disable_capability)
        self.list_dependent = async_streamed(resource.list_dependent)
        self.deprecate = async_streamed(resource.deprecate)
        self.unset_environment_variables = async_streamed(resource.unset_environment_variables)
        self.set_environment_variables = async_streamed(resource.set_environment_variables)
        self.list_files = async_streamed(resource.list_files)
        self.add_file = async_streamed(resource.add_file)
        self.get_file = async_streamed(resource.get_file)
        self.remove_file = async_streamed(resource.remove_file)
        self.update_file_content = async_streamed(resource.update_file_content)
        self.update_file_metadata = async_streamed(resource.update_file_metadata)
        self.describe_metrics_config = async_streamed(resource.describe_metrics_config)
        self.register_metrics_config = async_streamed(resource.register_metrics_config)
        self.deregister_metrics_config = async_streamed(resource.deregister_metrics_config)
        self.add_dependency = async_streamed(resource.add_dependency)
        self.remove_dependency = async_streamed(resource.remove_dependency)


class ServicesPlansResource:
    """`client.services.plans`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesPlansResourceWithRawResponse:
        return ServicesPlansResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesPlansResourceWithStreamingResponse:
        return ServicesPlansResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServicePlansResult:
        """ListServicePlans service-plan-api

        `GET /2022-09-01-00/service/{service_id}/environment/{service_environment_id}/service-plan` (operation `listServicePlans`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServicePlansResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_plan_api__list_service_plans._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServicePlansResult",
            self._client._call(
                kwargs,
                _service_plan_api__list_service_plans._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetServicePlanResult:
        """GetServicePlan service-plan-api

        `GET /2022-09-01-00/service/{service_id}/product-tier/{product_tier_id}/service-plan` (operation `getServicePlan`)

        Args:
            service_id (str):
            product_tier_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetServicePlanResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_plan_api__get_service_plan._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "GetServicePlanResult",
            self._client._call(
                kwargs,
                _service_plan_api__get_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesPlansResourceWithRawResponse:
    """`client.with_raw_response.services.plans`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesPlansResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.get = raw(resource.get)


class ServicesPlansResourceWithStreamingResponse:
    """`client.with_streaming_response.services.plans`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesPlansResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.get = streamed(resource.get)


class AsyncServicesPlansResource:
    """`client.services.plans`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesPlansResourceWithRawResponse:
        return AsyncServicesPlansResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesPlansResourceWithStreamingResponse:
        return AsyncServicesPlansResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServicePlansResult:
        """ListServicePlans service-plan-api

        `GET /2022-09-01-00/service/{service_id}/environment/{service_environment_id}/service-plan` (operation `listServicePlans`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServicePlansResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_plan_api__list_service_plans._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServicePlansResult",
            await self._client._call(
                kwargs,
                _service_plan_api__list_service_plans._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GetServicePlanResult:
        """GetServicePlan service-plan-api

        `GET /2022-09-01-00/service/{service_id}/product-tier/{product_tier_id}/service-plan` (operation `getServicePlan`)

        Args:
            service_id (str):
            product_tier_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GetServicePlanResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_plan_api__get_service_plan._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "GetServicePlanResult",
            await self._client._call(
                kwargs,
                _service_plan_api__get_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesPlansResourceWithRawResponse:
    """`client.with_raw_response.services.plans`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesPlansResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.get = async_raw(resource.get)


class AsyncServicesPlansResourceWithStreamingResponse:
    """`client.with_streaming_response.services.plans`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesPlansResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.get = async_streamed(resource.get)


class ServicesApisResource:
    """`client.services.apis`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesApisResourceWithRawResponse:
        return ServicesApisResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesApisResourceWithStreamingResponse:
        return ServicesApisResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateServiceAPIRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{service_id}/service-api` (operation `createServiceAPI`)

        Args:
            service_id (str):
            body (CreateServiceAPIRequest): Request body of CreateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__create_service_api._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_api_api__create_service_api._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAPI:
        """DescribeServiceAPI service-api-api

        `GET /2022-09-01-00/service/{service_id}/service-api/{id}` (operation `describeServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAPI

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__describe_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceAPI",
            self._client._call(
                kwargs,
                _service_api_api__describe_service_api._parse_response,
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
    ) -> Any:
        """DeleteServiceAPI service-api-api

        `DELETE /2022-09-01-00/service/{service_id}/service-api/{id}` (operation `deleteServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__delete_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_api_api__delete_service_api._parse_response,
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
        body: UpdateServiceAPIRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateServiceAPI service-api-api

        `PATCH /2022-09-01-00/service/{service_id}/service-api/{id}` (operation `updateServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceAPIRequest): Request body of UpdateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__update_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_api_api__update_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> PendingChanges:
        """DescribePendingChanges service-api-api

        `GET /2022-09-01-00/service/{service_id}/service-api/{id}/all-pending-changes` (operation `describePendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            PendingChanges

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__describe_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "PendingChanges",
            self._client._call(
                kwargs,
                _service_api_api__describe_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def discard_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DiscardPendingChanges service-api-api

        `DELETE /2022-09-01-00/service/{service_id}/service-api/{id}/all-pending-changes` (operation `discardPendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__discard_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_api_api__discard_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeprecateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{service_id}/service-api/{id}/deprecate` (operation `deprecateServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__deprecate_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_api_api__deprecate_service_api._parse_response,
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
        body: ReleaseServiceAPIRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """ReleaseServiceAPI service-api-api

        `POST /2022-09-01-00/service/{service_id}/service-api/{id}/release` (operation `releaseServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseServiceAPIRequest): Request body of ReleaseServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__release_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_api_api__release_service_api._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceAPIsResult:
        """ListServiceAPI service-api-api

        `GET /2022-09-01-00/service/{service_id}/serviceenvironment/{service_environment_id}/service-api` (operation `listServiceAPI`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceAPIsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__list_service_api._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServiceAPIsResult",
            self._client._call(
                kwargs,
                _service_api_api__list_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesApisResourceWithRawResponse:
    """`client.with_raw_response.services.apis`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesApisResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.describe_pending_changes = raw(resource.describe_pending_changes)
        self.discard_pending_changes = raw(resource.discard_pending_changes)
        self.deprecate = raw(resource.deprecate)
        self.release = raw(resource.release)
        self.list = raw(resource.list)


class ServicesApisResourceWithStreamingResponse:
    """`client.with_streaming_response.services.apis`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesApisResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.describe_pending_changes = streamed(resource.describe_pending_changes)
        self.discard_pending_changes = streamed(resource.discard_pending_changes)
        self.deprecate = streamed(resource.deprecate)
        self.release = streamed(resource.release)
        self.list = streamed(resource.list)


class AsyncServicesApisResource:
    """`client.services.apis`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesApisResourceWithRawResponse:
        return AsyncServicesApisResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesApisResourceWithStreamingResponse:
        return AsyncServicesApisResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateServiceAPIRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{service_id}/service-api` (operation `createServiceAPI`)

        Args:
            service_id (str):
            body (CreateServiceAPIRequest): Request body of CreateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__create_service_api._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_api_api__create_service_api._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAPI:
        """DescribeServiceAPI service-api-api

        `GET /2022-09-01-00/service/{service_id}/service-api/{id}` (operation `describeServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAPI

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__describe_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceAPI",
            await self._client._call(
                kwargs,
                _service_api_api__describe_service_api._parse_response,
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
    ) -> Any:
        """DeleteServiceAPI service-api-api

        `DELETE /2022-09-01-00/service/{service_id}/service-api/{id}` (operation `deleteServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__delete_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_api_api__delete_service_api._parse_response,
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
        body: UpdateServiceAPIRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateServiceAPI service-api-api

        `PATCH /2022-09-01-00/service/{service_id}/service-api/{id}` (operation `updateServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceAPIRequest): Request body of UpdateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__update_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_api_api__update_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> PendingChanges:
        """DescribePendingChanges service-api-api

        `GET /2022-09-01-00/service/{service_id}/service-api/{id}/all-pending-changes` (operation `describePendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            PendingChanges

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__describe_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "PendingChanges",
            await self._client._call(
                kwargs,
                _service_api_api__describe_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def discard_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DiscardPendingChanges service-api-api

        `DELETE /2022-09-01-00/service/{service_id}/service-api/{id}/all-pending-changes` (operation `discardPendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__discard_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_api_api__discard_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DeprecateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{service_id}/service-api/{id}/deprecate` (operation `deprecateServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__deprecate_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_api_api__deprecate_service_api._parse_response,
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
        body: ReleaseServiceAPIRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """ReleaseServiceAPI service-api-api

        `POST /2022-09-01-00/service/{service_id}/service-api/{id}/release` (operation `releaseServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseServiceAPIRequest): Request body of ReleaseServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__release_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_api_api__release_service_api._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceAPIsResult:
        """ListServiceAPI service-api-api

        `GET /2022-09-01-00/service/{service_id}/serviceenvironment/{service_environment_id}/service-api` (operation `listServiceAPI`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceAPIsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api_api__list_service_api._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServiceAPIsResult",
            await self._client._call(
                kwargs,
                _service_api_api__list_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesApisResourceWithRawResponse:
    """`client.with_raw_response.services.apis`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesApisResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.describe_pending_changes = async_raw(resource.describe_pending_changes)
        self.discard_pending_changes = async_raw(resource.discard_pending_changes)
        self.deprecate = async_raw(resource.deprecate)
        self.release = async_raw(resource.release)
        self.list = async_raw(resource.list)


class AsyncServicesApisResourceWithStreamingResponse:
    """`client.with_streaming_response.services.apis`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesApisResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.describe_pending_changes = async_streamed(resource.describe_pending_changes)
        self.discard_pending_changes = async_streamed(resource.discard_pending_changes)
        self.deprecate = async_streamed(resource.deprecate)
        self.release = async_streamed(resource.release)
        self.list = async_streamed(resource.list)


class ServicesProductTiersResource:
    """`client.services.product_tiers`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesProductTiersResourceWithRawResponse:
        return ServicesProductTiersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesProductTiersResourceWithStreamingResponse:
        return ServicesProductTiersResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListProductTiersResult:
        """ListProductTier product-tier-api

        `GET /2022-09-01-00/service/{service_id}/model/{service_model_id}/product-tier` (operation `listProductTier`)

        Args:
            service_id (str):
            service_model_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListProductTiersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__list_product_tier._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
        )
        return cast(
            "ListProductTiersResult",
            self._client._call(
                kwargs,
                _product_tier_api__list_product_tier._parse_response,
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
        body: CreateProductTierRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateProductTier product-tier-api

        `POST /2022-09-01-00/service/{service_id}/product-tier` (operation `createProductTier`)

        Args:
            service_id (str):
            body (CreateProductTierRequest): Request body of CreateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__create_product_tier._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _product_tier_api__create_product_tier._parse_response,
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
        version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProductTier:
        """DescribeProductTier product-tier-api

        `GET /2022-09-01-00/service/{service_id}/product-tier/{id}` (operation `describeProductTier`)

        Args:
            service_id (str):
            id (str):
            version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProductTier

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__describe_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            version=version,
        )
        return cast(
            "ProductTier",
            self._client._call(
                kwargs,
                _product_tier_api__describe_product_tier._parse_response,
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
    ) -> Any:
        """DeleteProductTier product-tier-api

        `DELETE /2022-09-01-00/service/{service_id}/product-tier/{id}` (operation `deleteProductTier`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__delete_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _product_tier_api__delete_product_tier._parse_response,
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
        body: UpdateProductTierRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateProductTier product-tier-api

        `PATCH /2022-09-01-00/service/{service_id}/product-tier/{id}` (operation `updateProductTier`)

        Args:
            service_id (str):
            id (str):
            body (UpdateProductTierRequest): Request body of UpdateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__update_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _product_tier_api__update_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableProductTierFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """EnableProductTierFeature product-tier-api

        `PUT /2022-09-01-00/service/{service_id}/product-tier/{id}/feature` (operation `enableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableProductTierFeatureRequest): Request body of EnableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__enable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _product_tier_api__enable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableProductTierFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DisableProductTierFeature product-tier-api

        `DELETE /2022-09-01-00/service/{service_id}/product-tier/{id}/feature` (operation `disableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableProductTierFeatureRequest): Request body of DisableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__disable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _product_tier_api__disable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyProductTierRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyProductTier product-tier-api

        `POST /2022-09-01-00/service/{service_id}/product-tier/copy/{source_id}` (operation `copyProductTier`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyProductTierRequest): Request body of CopyProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__copy_product_tier._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _product_tier_api__copy_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesProductTiersResourceWithRawResponse:
    """`client.with_raw_response.services.product_tiers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.enable_feature = raw(resource.enable_feature)
        self.disable_feature = raw(resource.disable_feature)
        self.copy = raw(resource.copy)


class ServicesProductTiersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.product_tiers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.enable_feature = streamed(resource.enable_feature)
        self.disable_feature = streamed(resource.disable_feature)
        self.copy = streamed(resource.copy)


class AsyncServicesProductTiersResource:
    """`client.services.product_tiers`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesProductTiersResourceWithRawResponse:
        return AsyncServicesProductTiersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesProductTiersResourceWithStreamingResponse:
        return AsyncServicesProductTiersResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListProductTiersResult:
        """ListProductTier product-tier-api

        `GET /2022-09-01-00/service/{service_id}/model/{service_model_id}/product-tier` (operation `listProductTier`)

        Args:
            service_id (str):
            service_model_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListProductTiersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__list_product_tier._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
        )
        return cast(
            "ListProductTiersResult",
            await self._client._call(
                kwargs,
                _product_tier_api__list_product_tier._parse_response,
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
        body: CreateProductTierRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateProductTier product-tier-api

        `POST /2022-09-01-00/service/{service_id}/product-tier` (operation `createProductTier`)

        Args:
            service_id (str):
            body (CreateProductTierRequest): Request body of CreateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__create_product_tier._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _product_tier_api__create_product_tier._parse_response,
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
        version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProductTier:
        """DescribeProductTier product-tier-api

        `GET /2022-09-01-00/service/{service_id}/product-tier/{id}` (operation `describeProductTier`)

        Args:
            service_id (str):
            id (str):
            version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProductTier

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__describe_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            version=version,
        )
        return cast(
            "ProductTier",
            await self._client._call(
                kwargs,
                _product_tier_api__describe_product_tier._parse_response,
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
    ) -> Any:
        """DeleteProductTier product-tier-api

        `DELETE /2022-09-01-00/service/{service_id}/product-tier/{id}` (operation `deleteProductTier`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__delete_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _product_tier_api__delete_product_tier._parse_response,
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
        body: UpdateProductTierRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateProductTier product-tier-api

        `PATCH /2022-09-01-00/service/{service_id}/product-tier/{id}` (operation `updateProductTier`)

        Args:
            service_id (str):
            id (str):
            body (UpdateProductTierRequest): Request body of UpdateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__update_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _product_tier_api__update_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableProductTierFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """EnableProductTierFeature product-tier-api

        `PUT /2022-09-01-00/service/{service_id}/product-tier/{id}/feature` (operation `enableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableProductTierFeatureRequest): Request body of EnableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__enable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _product_tier_api__enable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableProductTierFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DisableProductTierFeature product-tier-api

        `DELETE /2022-09-01-00/service/{service_id}/product-tier/{id}/feature` (operation `disableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableProductTierFeatureRequest): Request body of DisableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__disable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _product_tier_api__disable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyProductTierRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyProductTier product-tier-api

        `POST /2022-09-01-00/service/{service_id}/product-tier/copy/{source_id}` (operation `copyProductTier`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyProductTierRequest): Request body of CopyProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _product_tier_api__copy_product_tier._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _product_tier_api__copy_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesProductTiersResourceWithRawResponse:
    """`client.with_raw_response.services.product_tiers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.enable_feature = async_raw(resource.enable_feature)
        self.disable_feature = async_raw(resource.disable_feature)
        self.copy = async_raw(resource.copy)


class AsyncServicesProductTiersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.product_tiers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.enable_feature = async_streamed(resource.enable_feature)
        self.disable_feature = async_streamed(resource.disable_feature)
        self.copy = async_streamed(resource.copy)


class ServicesModelsResource:
    """`client.services.models`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesModelsResourceWithRawResponse:
        return ServicesModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesModelsResourceWithStreamingResponse:
        return ServicesModelsResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceModel service-model-api

        `POST /2022-09-01-00/service/{service_id}/model` (operation `createServiceModel`)

        Args:
            service_id (str):
            body (CreateServiceModelRequest): Request body of CreateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__create_service_model._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_model_api__create_service_model._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceModel:
        """DescribeServiceModel service-model-api

        `GET /2022-09-01-00/service/{service_id}/model/{id}` (operation `describeServiceModel`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceModel

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__describe_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceModel",
            self._client._call(
                kwargs,
                _service_model_api__describe_service_model._parse_response,
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
    ) -> Any:
        """DeleteServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{service_id}/model/{id}` (operation `deleteServiceModel`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__delete_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__delete_service_model._parse_response,
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
        body: UpdateServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateServiceModel service-model-api

        `PATCH /2022-09-01-00/service/{service_id}/model/{id}` (operation `updateServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceModelRequest): Request body of UpdateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__update_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__update_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_account_config_to(
        self,
        service_id: str,
        id: str,
        *,
        body: AddAccountConfigToServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddAccountConfigToServiceModel service-model-api

        `POST /2022-09-01-00/service/{service_id}/model/{id}/account-config` (operation `addAccountConfigToServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (AddAccountConfigToServiceModelRequest): Request body of
                AddAccountConfigToServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__add_account_config_to_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__add_account_config_to_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_account_config_from(
        self,
        service_id: str,
        id: str,
        *,
        body: RemoveAccountConfigFromServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveAccountConfigFromServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{service_id}/model/{id}/account-config` (operation `removeAccountConfigFromServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (RemoveAccountConfigFromServiceModelRequest): Request body of
                RemoveAccountConfigFromServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__remove_account_config_from_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__remove_account_config_from_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def set_active_account_config(
        self,
        service_id: str,
        id: str,
        account_config_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """SetActiveAccountConfig service-model-api

        `POST /2022-09-01-00/service/{service_id}/model/{id}/account-config/{account_config_id}/active` (operation `setActiveAccountConfig`)

        Args:
            service_id (str):
            id (str):
            account_config_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__set_active_account_config._get_kwargs(
            service_id=service_id,
            id=id,
            account_config_id=account_config_id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__set_active_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableServiceModelFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """EnableServiceModelFeature service-model-api

        `PUT /2022-09-01-00/service/{service_id}/model/{id}/feature` (operation `enableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableServiceModelFeatureRequest): Request body of EnableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__enable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__enable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableServiceModelFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DisableServiceModelFeature service-model-api

        `DELETE /2022-09-01-00/service/{service_id}/model/{id}/feature` (operation `disableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableServiceModelFeatureRequest): Request body of DisableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__disable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_model_api__disable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def release_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ReleaseServiceModelResult:
        """ReleaseServiceModelStatus service-model-api

        `GET /2022-09-01-00/service/{service_id}/model/{id}/release` (operation `releaseServiceModelStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ReleaseServiceModelResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__release_service_model_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ReleaseServiceModelResult",
            self._client._call(
                kwargs,
                _service_model_api__release_service_model_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyServiceModel service-model-api

        `POST /2022-09-01-00/service/{service_id}/model/copy/{source_id}` (operation `copyServiceModel`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyServiceModelRequest): Request body of CopyServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__copy_service_model._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_model_api__copy_service_model._parse_response,
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
        service_api_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceModelsResult:
        """ListServiceModel service-model-api

        `GET /2022-09-01-00/service/{service_id}/serviceapi/{service_api_id}/model` (operation `listServiceModel`)

        Args:
            service_id (str):
            service_api_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceModelsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__list_service_model._get_kwargs(
            service_id=service_id,
            service_api_id=service_api_id,
        )
        return cast(
            "ListServiceModelsResult",
            self._client._call(
                kwargs,
                _service_model_api__list_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesModelsResourceWithRawResponse:
    """`client.with_raw_response.services.models`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesModelsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.add_account_config_to = raw(resource.add_account_config_to)
        self.remove_account_config_from = raw(resource.remove_account_config_from)
        self.set_active_account_config = raw(resource.set_active_account_config)
        self.enable_feature = raw(resource.enable_feature)
        self.disable_feature = raw(resource.disable_feature)
        self.release_status = raw(resource.release_status)
        self.copy = raw(resource.copy)
        self.list = raw(resource.list)


class ServicesModelsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.models`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesModelsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.add_account_config_to = streamed(resource.add_account_config_to)
        self.remove_account_config_from = streamed(resource.remove_account_config_from)
        self.set_active_account_config = streamed(resource.set_active_account_config)
        self.enable_feature = streamed(resource.enable_feature)
        self.disable_feature = streamed(resource.disable_feature)
        self.release_status = streamed(resource.release_status)
        self.copy = streamed(resource.copy)
        self.list = streamed(resource.list)


class AsyncServicesModelsResource:
    """`client.services.models`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesModelsResourceWithRawResponse:
        return AsyncServicesModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesModelsResourceWithStreamingResponse:
        return AsyncServicesModelsResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceModel service-model-api

        `POST /2022-09-01-00/service/{service_id}/model` (operation `createServiceModel`)

        Args:
            service_id (str):
            body (CreateServiceModelRequest): Request body of CreateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__create_service_model._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_model_api__create_service_model._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceModel:
        """DescribeServiceModel service-model-api

        `GET /2022-09-01-00/service/{service_id}/model/{id}` (operation `describeServiceModel`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceModel

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__describe_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceModel",
            await self._client._call(
                kwargs,
                _service_model_api__describe_service_model._parse_response,
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
    ) -> Any:
        """DeleteServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{service_id}/model/{id}` (operation `deleteServiceModel`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__delete_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__delete_service_model._parse_response,
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
        body: UpdateServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateServiceModel service-model-api

        `PATCH /2022-09-01-00/service/{service_id}/model/{id}` (operation `updateServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceModelRequest): Request body of UpdateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__update_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__update_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_account_config_to(
        self,
        service_id: str,
        id: str,
        *,
        body: AddAccountConfigToServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """AddAccountConfigToServiceModel service-model-api

        `POST /2022-09-01-00/service/{service_id}/model/{id}/account-config` (operation `addAccountConfigToServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (AddAccountConfigToServiceModelRequest): Request body of
                AddAccountConfigToServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__add_account_config_to_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__add_account_config_to_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_account_config_from(
        self,
        service_id: str,
        id: str,
        *,
        body: RemoveAccountConfigFromServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """RemoveAccountConfigFromServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{service_id}/model/{id}/account-config` (operation `removeAccountConfigFromServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (RemoveAccountConfigFromServiceModelRequest): Request body of
                RemoveAccountConfigFromServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__remove_account_config_from_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__remove_account_config_from_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def set_active_account_config(
        self,
        service_id: str,
        id: str,
        account_config_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """SetActiveAccountConfig service-model-api

        `POST /2022-09-01-00/service/{service_id}/model/{id}/account-config/{account_config_id}/active` (operation `setActiveAccountConfig`)

        Args:
            service_id (str):
            id (str):
            account_config_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__set_active_account_config._get_kwargs(
            service_id=service_id,
            id=id,
            account_config_id=account_config_id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__set_active_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableServiceModelFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """EnableServiceModelFeature service-model-api

        `PUT /2022-09-01-00/service/{service_id}/model/{id}/feature` (operation `enableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableServiceModelFeatureRequest): Request body of EnableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__enable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__enable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableServiceModelFeatureRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """DisableServiceModelFeature service-model-api

        `DELETE /2022-09-01-00/service/{service_id}/model/{id}/feature` (operation `disableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableServiceModelFeatureRequest): Request body of DisableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__disable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_model_api__disable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def release_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ReleaseServiceModelResult:
        """ReleaseServiceModelStatus service-model-api

        `GET /2022-09-01-00/service/{service_id}/model/{id}/release` (operation `releaseServiceModelStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ReleaseServiceModelResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__release_service_model_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ReleaseServiceModelResult",
            await self._client._call(
                kwargs,
                _service_model_api__release_service_model_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyServiceModelRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyServiceModel service-model-api

        `POST /2022-09-01-00/service/{service_id}/model/copy/{source_id}` (operation `copyServiceModel`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyServiceModelRequest): Request body of CopyServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__copy_service_model._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_model_api__copy_service_model._parse_response,
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
        service_api_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceModelsResult:
        """ListServiceModel service-model-api

        `GET /2022-09-01-00/service/{service_id}/serviceapi/{service_api_id}/model` (operation `listServiceModel`)

        Args:
            service_id (str):
            service_api_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceModelsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_model_api__list_service_model._get_kwargs(
            service_id=service_id,
            service_api_id=service_api_id,
        )
        return cast(
            "ListServiceModelsResult",
            await self._client._call(
                kwargs,
                _service_model_api__list_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesModelsResourceWithRawResponse:
    """`client.with_raw_response.services.models`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesModelsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.add_account_config_to = async_raw(resource.add_account_config_to)
        self.remove_account_config_from = async_raw(resource.remove_account_config_from)
        self.set_active_account_config = async_raw(resource.set_active_account_config)
        self.enable_feature = async_raw(resource.enable_feature)
        self.disable_feature = async_raw(resource.disable_feature)
        self.release_status = async_raw(resource.release_status)
        self.copy = async_raw(resource.copy)
        self.list = async_raw(resource.list)


class AsyncServicesModelsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.models`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesModelsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.add_account_config_to = async_streamed(resource.add_account_config_to)
        self.remove_account_config_from = async_streamed(resource.remove_account_config_from)
        self.set_active_account_config = async_streamed(resource.set_active_account_config)
        self.enable_feature = async_streamed(resource.enable_feature)
        self.disable_feature = async_streamed(resource.disable_feature)
        self.release_status = async_streamed(resource.release_status)
        self.copy = async_streamed(resource.copy)
        self.list = async_streamed(resource.list)


class ServicesEnvironmentsResource:
    """`client.services.environments`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesEnvironmentsResourceWithRawResponse:
        return ServicesEnvironmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesEnvironmentsResourceWithStreamingResponse:
        return ServicesEnvironmentsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceEnvironmentsResult:
        """ListServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{service_id}/environment` (operation `listServiceEnvironment`)

        Args:
            service_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceEnvironmentsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__list_service_environment._get_kwargs(
            service_id=service_id,
        )
        return cast(
            "ListServiceEnvironmentsResult",
            self._client._call(
                kwargs,
                _service_environment_api__list_service_environment._parse_response,
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
        body: CreateServiceEnvironmentRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{service_id}/environment` (operation `createServiceEnvironment`)

        Args:
            service_id (str):
            body (CreateServiceEnvironmentRequest): Request body of CreateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__create_service_environment._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_environment_api__create_service_environment._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeServiceEnvironmentResult:
        """DescribeServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{service_id}/environment/{id}` (operation `describeServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeServiceEnvironmentResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__describe_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "DescribeServiceEnvironmentResult",
            self._client._call(
                kwargs,
                _service_environment_api__describe_service_environment._parse_response,
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
    ) -> Any:
        """DeleteServiceEnvironment service-environment-api

        `DELETE /2022-09-01-00/service/{service_id}/environment/{id}` (operation `deleteServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__delete_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_environment_api__delete_service_environment._parse_response,
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
        body: UpdateServiceEnvironmentRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateServiceEnvironment service-environment-api

        `PATCH /2022-09-01-00/service/{service_id}/environment/{id}` (operation `updateServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceEnvironmentRequest): Request body of UpdateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__update_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_environment_api__update_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def promote_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[EnvironmentPromotionStatus]:
        """PromoteServiceEnvironmentStatus service-environment-api

        `GET /2022-09-01-00/service/{service_id}/environment/{id}/promote` (operation `promoteServiceEnvironmentStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[EnvironmentPromotionStatus]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__promote_service_environment_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "builtins.list[EnvironmentPromotionStatus]",
            self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def promote(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """PromoteServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{service_id}/environment/{id}/promote` (operation `promoteServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__promote_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesEnvironmentsResourceWithRawResponse:
    """`client.with_raw_response.services.environments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.promote_status = raw(resource.promote_status)
        self.promote = raw(resource.promote)


class ServicesEnvironmentsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.environments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.promote_status = streamed(resource.promote_status)
        self.promote = streamed(resource.promote)


class AsyncServicesEnvironmentsResource:
    """`client.services.environments`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesEnvironmentsResourceWithRawResponse:
        return AsyncServicesEnvironmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesEnvironmentsResourceWithStreamingResponse:
        return AsyncServicesEnvironmentsResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceEnvironmentsResult:
        """ListServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{service_id}/environment` (operation `listServiceEnvironment`)

        Args:
            service_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceEnvironmentsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__list_service_environment._get_kwargs(
            service_id=service_id,
        )
        return cast(
            "ListServiceEnvironmentsResult",
            await self._client._call(
                kwargs,
                _service_environment_api__list_service_environment._parse_response,
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
        body: CreateServiceEnvironmentRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{service_id}/environment` (operation `createServiceEnvironment`)

        Args:
            service_id (str):
            body (CreateServiceEnvironmentRequest): Request body of CreateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__create_service_environment._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_environment_api__create_service_environment._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeServiceEnvironmentResult:
        """DescribeServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{service_id}/environment/{id}` (operation `describeServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeServiceEnvironmentResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__describe_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "DescribeServiceEnvironmentResult",
            await self._client._call(
                kwargs,
                _service_environment_api__describe_service_environment._parse_response,
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
    ) -> Any:
        """DeleteServiceEnvironment service-environment-api

        `DELETE /2022-09-01-00/service/{service_id}/environment/{id}` (operation `deleteServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__delete_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_environment_api__delete_service_environment._parse_response,
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
        body: UpdateServiceEnvironmentRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateServiceEnvironment service-environment-api

        `PATCH /2022-09-01-00/service/{service_id}/environment/{id}` (operation `updateServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceEnvironmentRequest): Request body of UpdateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__update_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_environment_api__update_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def promote_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[EnvironmentPromotionStatus]:
        """PromoteServiceEnvironmentStatus service-environment-api

        `GET /2022-09-01-00/service/{service_id}/environment/{id}/promote` (operation `promoteServiceEnvironmentStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[EnvironmentPromotionStatus]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__promote_service_environment_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "builtins.list[EnvironmentPromotionStatus]",
            await self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def promote(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """PromoteServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{service_id}/environment/{id}/promote` (operation `promoteServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_environment_api__promote_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesEnvironmentsResourceWithRawResponse:
    """`client.with_raw_response.services.environments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.promote_status = async_raw(resource.promote_status)
        self.promote = async_raw(resource.promote)


class AsyncServicesEnvironmentsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.environments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.promote_status = async_streamed(resource.promote_status)
        self.promote = async_streamed(resource.promote)


class ServicesResource:
    """`client.services`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def environments(self) -> ServicesEnvironmentsResource:
        return ServicesEnvironmentsResource(self._client)

    @cached_property
    def models(self) -> ServicesModelsResource:
        return ServicesModelsResource(self._client)

    @cached_property
    def product_tiers(self) -> ServicesProductTiersResource:
        return ServicesProductTiersResource(self._client)

    @cached_property
    def apis(self) -> ServicesApisResource:
        return ServicesApisResource(self._client)

    @cached_property
    def plans(self) -> ServicesPlansResource:
        return ServicesPlansResource(self._client)

    @cached_property
    def resources(self) -> ServicesResourcesResource:
        return ServicesResourcesResource(self._client)

    @cached_property
    def tier_version_sets(self) -> ServicesTierVersionSetsResource:
        return ServicesTierVersionSetsResource(self._client)

    @cached_property
    def input_parameters(self) -> ServicesInputParametersResource:
        return ServicesInputParametersResource(self._client)

    @cached_property
    def output_parameters(self) -> ServicesOutputParametersResource:
        return ServicesOutputParametersResource(self._client)

    @cached_property
    def vunits(self) -> ServicesVunitsResource:
        return ServicesVunitsResource(self._client)

    @cached_property
    def infra_configs(self) -> ServicesInfraConfigsResource:
        return ServicesInfraConfigsResource(self._client)

    @cached_property
    def image_configs(self) -> ServicesImageConfigsResource:
        return ServicesImageConfigsResource(self._client)

    @cached_property
    def compute_configs(self) -> ServicesComputeConfigsResource:
        return ServicesComputeConfigsResource(self._client)

    @cached_property
    def storage_configs(self) -> ServicesStorageConfigsResource:
        return ServicesStorageConfigsResource(self._client)

    @cached_property
    def storage_volume_configs(self) -> ServicesStorageVolumeConfigsResource:
        return ServicesStorageVolumeConfigsResource(self._client)

    @cached_property
    def network_configs(self) -> ServicesNetworkConfigsResource:
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
        body: CreateServiceRequest,
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
    ) -> Any:
        """DeleteService service-api

        `DELETE /2022-09-01-00/service/{id}` (operation `deleteService`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api__delete_service._get_kwargs(
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateServiceRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateService service-api

        `PATCH /2022-09-01-00/service/{id}` (operation `updateService`)

        Args:
            id (str):
            body (UpdateServiceRequest): Request body of UpdateService
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api__update_service._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: BuildServiceFromComposeSpecRequest,
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
        body: CreateServiceFromComposeSpecRequest,
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
        body: BuildServiceFromServicePlanSpecRequest,
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
        return ServicesEnvironmentsResourceWithRawResponse(self._resource.environments)

    @cached_property
    def models(self) -> ServicesModelsResourceWithRawResponse:
        return ServicesModelsResourceWithRawResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> ServicesProductTiersResourceWithRawResponse:
        return ServicesProductTiersResourceWithRawResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> ServicesApisResourceWithRawResponse:
        return ServicesApisResourceWithRawResponse(self._resource.apis)

    @cached_property
    def plans(self) -> ServicesPlansResourceWithRawResponse:
        return ServicesPlansResourceWithRawResponse(self._resource.plans)

    @cached_property
    def resources(self) -> ServicesResourcesResourceWithRawResponse:
        return ServicesResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> ServicesTierVersionSetsResourceWithRawResponse:
        return ServicesTierVersionSetsResourceWithRawResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> ServicesInputParametersResourceWithRawResponse:
        return ServicesInputParametersResourceWithRawResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> ServicesOutputParametersResourceWithRawResponse:
        return ServicesOutputParametersResourceWithRawResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> ServicesVunitsResourceWithRawResponse:
        return ServicesVunitsResourceWithRawResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> ServicesInfraConfigsResourceWithRawResponse:
        return ServicesInfraConfigsResourceWithRawResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> ServicesImageConfigsResourceWithRawResponse:
        return ServicesImageConfigsResourceWithRawResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> ServicesComputeConfigsResourceWithRawResponse:
        return ServicesComputeConfigsResourceWithRawResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> ServicesStorageConfigsResourceWithRawResponse:
        return ServicesStorageConfigsResourceWithRawResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> ServicesStorageVolumeConfigsResourceWithRawResponse:
        return ServicesStorageVolumeConfigsResourceWithRawResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> ServicesNetworkConfigsResourceWithRawResponse:
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
        return ServicesEnvironmentsResourceWithStreamingResponse(self._resource.environments)

    @cached_property
    def models(self) -> ServicesModelsResourceWithStreamingResponse:
        return ServicesModelsResourceWithStreamingResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> ServicesProductTiersResourceWithStreamingResponse:
        return ServicesProductTiersResourceWithStreamingResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> ServicesApisResourceWithStreamingResponse:
        return ServicesApisResourceWithStreamingResponse(self._resource.apis)

    @cached_property
    def plans(self) -> ServicesPlansResourceWithStreamingResponse:
        return ServicesPlansResourceWithStreamingResponse(self._resource.plans)

    @cached_property
    def resources(self) -> ServicesResourcesResourceWithStreamingResponse:
        return ServicesResourcesResourceWithStreamingResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> ServicesTierVersionSetsResourceWithStreamingResponse:
        return ServicesTierVersionSetsResourceWithStreamingResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> ServicesInputParametersResourceWithStreamingResponse:
        return ServicesInputParametersResourceWithStreamingResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> ServicesOutputParametersResourceWithStreamingResponse:
        return ServicesOutputParametersResourceWithStreamingResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> ServicesVunitsResourceWithStreamingResponse:
        return ServicesVunitsResourceWithStreamingResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> ServicesInfraConfigsResourceWithStreamingResponse:
        return ServicesInfraConfigsResourceWithStreamingResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> ServicesImageConfigsResourceWithStreamingResponse:
        return ServicesImageConfigsResourceWithStreamingResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> ServicesComputeConfigsResourceWithStreamingResponse:
        return ServicesComputeConfigsResourceWithStreamingResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> ServicesStorageConfigsResourceWithStreamingResponse:
        return ServicesStorageConfigsResourceWithStreamingResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> ServicesStorageVolumeConfigsResourceWithStreamingResponse:
        return ServicesStorageVolumeConfigsResourceWithStreamingResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> ServicesNetworkConfigsResourceWithStreamingResponse:
        return ServicesNetworkConfigsResourceWithStreamingResponse(self._resource.network_configs)


class AsyncServicesResource:
    """`client.services`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def environments(self) -> AsyncServicesEnvironmentsResource:
        return AsyncServicesEnvironmentsResource(self._client)

    @cached_property
    def models(self) -> AsyncServicesModelsResource:
        return AsyncServicesModelsResource(self._client)

    @cached_property
    def product_tiers(self) -> AsyncServicesProductTiersResource:
        return AsyncServicesProductTiersResource(self._client)

    @cached_property
    def apis(self) -> AsyncServicesApisResource:
        return AsyncServicesApisResource(self._client)

    @cached_property
    def plans(self) -> AsyncServicesPlansResource:
        return AsyncServicesPlansResource(self._client)

    @cached_property
    def resources(self) -> AsyncServicesResourcesResource:
        return AsyncServicesResourcesResource(self._client)

    @cached_property
    def tier_version_sets(self) -> AsyncServicesTierVersionSetsResource:
        return AsyncServicesTierVersionSetsResource(self._client)

    @cached_property
    def input_parameters(self) -> AsyncServicesInputParametersResource:
        return AsyncServicesInputParametersResource(self._client)

    @cached_property
    def output_parameters(self) -> AsyncServicesOutputParametersResource:
        return AsyncServicesOutputParametersResource(self._client)

    @cached_property
    def vunits(self) -> AsyncServicesVunitsResource:
        return AsyncServicesVunitsResource(self._client)

    @cached_property
    def infra_configs(self) -> AsyncServicesInfraConfigsResource:
        return AsyncServicesInfraConfigsResource(self._client)

    @cached_property
    def image_configs(self) -> AsyncServicesImageConfigsResource:
        return AsyncServicesImageConfigsResource(self._client)

    @cached_property
    def compute_configs(self) -> AsyncServicesComputeConfigsResource:
        return AsyncServicesComputeConfigsResource(self._client)

    @cached_property
    def storage_configs(self) -> AsyncServicesStorageConfigsResource:
        return AsyncServicesStorageConfigsResource(self._client)

    @cached_property
    def storage_volume_configs(self) -> AsyncServicesStorageVolumeConfigsResource:
        return AsyncServicesStorageVolumeConfigsResource(self._client)

    @cached_property
    def network_configs(self) -> AsyncServicesNetworkConfigsResource:
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
        body: CreateServiceRequest,
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
    ) -> Any:
        """DeleteService service-api

        `DELETE /2022-09-01-00/service/{id}` (operation `deleteService`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api__delete_service._get_kwargs(
            id=id,
        )
        return cast(
            "Any",
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
        body: UpdateServiceRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """UpdateService service-api

        `PATCH /2022-09-01-00/service/{id}` (operation `updateService`)

        Args:
            id (str):
            body (UpdateServiceRequest): Request body of UpdateService
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _service_api__update_service._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Any",
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
        body: BuildServiceFromComposeSpecRequest,
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
        body: CreateServiceFromComposeSpecRequest,
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
        body: BuildServiceFromServicePlanSpecRequest,
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
        return AsyncServicesEnvironmentsResourceWithRawResponse(self._resource.environments)

    @cached_property
    def models(self) -> AsyncServicesModelsResourceWithRawResponse:
        return AsyncServicesModelsResourceWithRawResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> AsyncServicesProductTiersResourceWithRawResponse:
        return AsyncServicesProductTiersResourceWithRawResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> AsyncServicesApisResourceWithRawResponse:
        return AsyncServicesApisResourceWithRawResponse(self._resource.apis)

    @cached_property
    def plans(self) -> AsyncServicesPlansResourceWithRawResponse:
        return AsyncServicesPlansResourceWithRawResponse(self._resource.plans)

    @cached_property
    def resources(self) -> AsyncServicesResourcesResourceWithRawResponse:
        return AsyncServicesResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> AsyncServicesTierVersionSetsResourceWithRawResponse:
        return AsyncServicesTierVersionSetsResourceWithRawResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> AsyncServicesInputParametersResourceWithRawResponse:
        return AsyncServicesInputParametersResourceWithRawResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> AsyncServicesOutputParametersResourceWithRawResponse:
        return AsyncServicesOutputParametersResourceWithRawResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> AsyncServicesVunitsResourceWithRawResponse:
        return AsyncServicesVunitsResourceWithRawResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> AsyncServicesInfraConfigsResourceWithRawResponse:
        return AsyncServicesInfraConfigsResourceWithRawResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> AsyncServicesImageConfigsResourceWithRawResponse:
        return AsyncServicesImageConfigsResourceWithRawResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> AsyncServicesComputeConfigsResourceWithRawResponse:
        return AsyncServicesComputeConfigsResourceWithRawResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> AsyncServicesStorageConfigsResourceWithRawResponse:
        return AsyncServicesStorageConfigsResourceWithRawResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> AsyncServicesStorageVolumeConfigsResourceWithRawResponse:
        return AsyncServicesStorageVolumeConfigsResourceWithRawResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> AsyncServicesNetworkConfigsResourceWithRawResponse:
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
        return AsyncServicesEnvironmentsResourceWithStreamingResponse(self._resource.environments)

    @cached_property
    def models(self) -> AsyncServicesModelsResourceWithStreamingResponse:
        return AsyncServicesModelsResourceWithStreamingResponse(self._resource.models)

    @cached_property
    def product_tiers(self) -> AsyncServicesProductTiersResourceWithStreamingResponse:
        return AsyncServicesProductTiersResourceWithStreamingResponse(self._resource.product_tiers)

    @cached_property
    def apis(self) -> AsyncServicesApisResourceWithStreamingResponse:
        return AsyncServicesApisResourceWithStreamingResponse(self._resource.apis)

    @cached_property
    def plans(self) -> AsyncServicesPlansResourceWithStreamingResponse:
        return AsyncServicesPlansResourceWithStreamingResponse(self._resource.plans)

    @cached_property
    def resources(self) -> AsyncServicesResourcesResourceWithStreamingResponse:
        return AsyncServicesResourcesResourceWithStreamingResponse(self._resource.resources)

    @cached_property
    def tier_version_sets(self) -> AsyncServicesTierVersionSetsResourceWithStreamingResponse:
        return AsyncServicesTierVersionSetsResourceWithStreamingResponse(self._resource.tier_version_sets)

    @cached_property
    def input_parameters(self) -> AsyncServicesInputParametersResourceWithStreamingResponse:
        return AsyncServicesInputParametersResourceWithStreamingResponse(self._resource.input_parameters)

    @cached_property
    def output_parameters(self) -> AsyncServicesOutputParametersResourceWithStreamingResponse:
        return AsyncServicesOutputParametersResourceWithStreamingResponse(self._resource.output_parameters)

    @cached_property
    def vunits(self) -> AsyncServicesVunitsResourceWithStreamingResponse:
        return AsyncServicesVunitsResourceWithStreamingResponse(self._resource.vunits)

    @cached_property
    def infra_configs(self) -> AsyncServicesInfraConfigsResourceWithStreamingResponse:
        return AsyncServicesInfraConfigsResourceWithStreamingResponse(self._resource.infra_configs)

    @cached_property
    def image_configs(self) -> AsyncServicesImageConfigsResourceWithStreamingResponse:
        return AsyncServicesImageConfigsResourceWithStreamingResponse(self._resource.image_configs)

    @cached_property
    def compute_configs(self) -> AsyncServicesComputeConfigsResourceWithStreamingResponse:
        return AsyncServicesComputeConfigsResourceWithStreamingResponse(self._resource.compute_configs)

    @cached_property
    def storage_configs(self) -> AsyncServicesStorageConfigsResourceWithStreamingResponse:
        return AsyncServicesStorageConfigsResourceWithStreamingResponse(self._resource.storage_configs)

    @cached_property
    def storage_volume_configs(self) -> AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse:
        return AsyncServicesStorageVolumeConfigsResourceWithStreamingResponse(self._resource.storage_volume_configs)

    @cached_property
    def network_configs(self) -> AsyncServicesNetworkConfigsResourceWithStreamingResponse:
        return AsyncServicesNetworkConfigsResourceWithStreamingResponse(self._resource.network_configs)
