"""Contains all the data models used in inputs/outputs.

Models load on first use (`from datum_client.models import X` imports only X's module), so
importing the package stays cheap however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .condition import Condition
    from .condition_status import ConditionStatus
    from .config_map import ConfigMap
    from .config_map_api_version import ConfigMapApiVersion
    from .config_map_binary_data import ConfigMapBinaryData
    from .config_map_data import ConfigMapData
    from .config_map_kind import ConfigMapKind
    from .config_map_list import ConfigMapList
    from .create_config_map_dry_run import CreateConfigMapDryRun
    from .create_config_map_field_validation import CreateConfigMapFieldValidation
    from .create_gateway_class_dry_run import CreateGatewayClassDryRun
    from .create_gateway_class_field_validation import CreateGatewayClassFieldValidation
    from .create_gateway_dry_run import CreateGatewayDryRun
    from .create_gateway_field_validation import CreateGatewayFieldValidation
    from .create_http_route_dry_run import CreateHttpRouteDryRun
    from .create_http_route_field_validation import CreateHttpRouteFieldValidation
    from .create_instance_dry_run import CreateInstanceDryRun
    from .create_instance_field_validation import CreateInstanceFieldValidation
    from .create_location_dry_run import CreateLocationDryRun
    from .create_location_field_validation import CreateLocationFieldValidation
    from .create_namespace_dry_run import CreateNamespaceDryRun
    from .create_namespace_field_validation import CreateNamespaceFieldValidation
    from .create_network_binding_dry_run import CreateNetworkBindingDryRun
    from .create_network_binding_field_validation import CreateNetworkBindingFieldValidation
    from .create_network_context_dry_run import CreateNetworkContextDryRun
    from .create_network_context_field_validation import CreateNetworkContextFieldValidation
    from .create_network_dry_run import CreateNetworkDryRun
    from .create_network_field_validation import CreateNetworkFieldValidation
    from .create_network_policy_dry_run import CreateNetworkPolicyDryRun
    from .create_network_policy_field_validation import CreateNetworkPolicyFieldValidation
    from .create_project_dry_run import CreateProjectDryRun
    from .create_project_field_validation import CreateProjectFieldValidation
    from .create_secret_dry_run import CreateSecretDryRun
    from .create_secret_field_validation import CreateSecretFieldValidation
    from .create_subnet_claim_dry_run import CreateSubnetClaimDryRun
    from .create_subnet_claim_field_validation import CreateSubnetClaimFieldValidation
    from .create_subnet_dry_run import CreateSubnetDryRun
    from .create_subnet_field_validation import CreateSubnetFieldValidation
    from .create_workload_deployment_dry_run import CreateWorkloadDeploymentDryRun
    from .create_workload_deployment_field_validation import CreateWorkloadDeploymentFieldValidation
    from .create_workload_dry_run import CreateWorkloadDryRun
    from .create_workload_field_validation import CreateWorkloadFieldValidation
    from .delete_config_map_collection_dry_run import DeleteConfigMapCollectionDryRun
    from .delete_config_map_collection_propagation_policy import DeleteConfigMapCollectionPropagationPolicy
    from .delete_config_map_collection_resource_version_match import DeleteConfigMapCollectionResourceVersionMatch
    from .delete_config_map_dry_run import DeleteConfigMapDryRun
    from .delete_config_map_propagation_policy import DeleteConfigMapPropagationPolicy
    from .delete_gateway_class_collection_dry_run import DeleteGatewayClassCollectionDryRun
    from .delete_gateway_class_collection_propagation_policy import DeleteGatewayClassCollectionPropagationPolicy
    from .delete_gateway_class_collection_resource_version_match import DeleteGatewayClassCollectionResourceVersionMatch
    from .delete_gateway_class_dry_run import DeleteGatewayClassDryRun
    from .delete_gateway_class_propagation_policy import DeleteGatewayClassPropagationPolicy
    from .delete_gateway_collection_dry_run import DeleteGatewayCollectionDryRun
    from .delete_gateway_collection_propagation_policy import DeleteGatewayCollectionPropagationPolicy
    from .delete_gateway_collection_resource_version_match import DeleteGatewayCollectionResourceVersionMatch
    from .delete_gateway_dry_run import DeleteGatewayDryRun
    from .delete_gateway_propagation_policy import DeleteGatewayPropagationPolicy
    from .delete_http_route_collection_dry_run import DeleteHttpRouteCollectionDryRun
    from .delete_http_route_collection_propagation_policy import DeleteHttpRouteCollectionPropagationPolicy
    from .delete_http_route_collection_resource_version_match import DeleteHttpRouteCollectionResourceVersionMatch
    from .delete_http_route_dry_run import DeleteHttpRouteDryRun
    from .delete_http_route_propagation_policy import DeleteHttpRoutePropagationPolicy
    from .delete_instance_collection_dry_run import DeleteInstanceCollectionDryRun
    from .delete_instance_collection_propagation_policy import DeleteInstanceCollectionPropagationPolicy
    from .delete_instance_collection_resource_version_match import DeleteInstanceCollectionResourceVersionMatch
    from .delete_instance_dry_run import DeleteInstanceDryRun
    from .delete_instance_propagation_policy import DeleteInstancePropagationPolicy
    from .delete_location_collection_dry_run import DeleteLocationCollectionDryRun
    from .delete_location_collection_propagation_policy import DeleteLocationCollectionPropagationPolicy
    from .delete_location_collection_resource_version_match import DeleteLocationCollectionResourceVersionMatch
    from .delete_location_dry_run import DeleteLocationDryRun
    from .delete_location_propagation_policy import DeleteLocationPropagationPolicy
    from .delete_namespace_collection_dry_run import DeleteNamespaceCollectionDryRun
    from .delete_namespace_collection_propagation_policy import DeleteNamespaceCollectionPropagationPolicy
    from .delete_namespace_collection_resource_version_match import DeleteNamespaceCollectionResourceVersionMatch
    from .delete_namespace_dry_run import DeleteNamespaceDryRun
    from .delete_namespace_propagation_policy import DeleteNamespacePropagationPolicy
    from .delete_network_binding_collection_dry_run import DeleteNetworkBindingCollectionDryRun
    from .delete_network_binding_collection_propagation_policy import DeleteNetworkBindingCollectionPropagationPolicy
    from .delete_network_binding_collection_resource_version_match import (
        DeleteNetworkBindingCollectionResourceVersionMatch,
    )
    from .delete_network_binding_dry_run import DeleteNetworkBindingDryRun
    from .delete_network_binding_propagation_policy import DeleteNetworkBindingPropagationPolicy
    from .delete_network_collection_dry_run import DeleteNetworkCollectionDryRun
    from .delete_network_collection_propagation_policy import DeleteNetworkCollectionPropagationPolicy
    from .delete_network_collection_resource_version_match import DeleteNetworkCollectionResourceVersionMatch
    from .delete_network_context_collection_dry_run import DeleteNetworkContextCollectionDryRun
    from .delete_network_context_collection_propagation_policy import DeleteNetworkContextCollectionPropagationPolicy
    from .delete_network_context_collection_resource_version_match import (
        DeleteNetworkContextCollectionResourceVersionMatch,
    )
    from .delete_network_context_dry_run import DeleteNetworkContextDryRun
    from .delete_network_context_propagation_policy import DeleteNetworkContextPropagationPolicy
    from .delete_network_dry_run import DeleteNetworkDryRun
    from .delete_network_policy_collection_dry_run import DeleteNetworkPolicyCollectionDryRun
    from .delete_network_policy_collection_propagation_policy import DeleteNetworkPolicyCollectionPropagationPolicy
    from .delete_network_policy_collection_resource_version_match import (
        DeleteNetworkPolicyCollectionResourceVersionMatch,
    )
    from .delete_network_policy_dry_run import DeleteNetworkPolicyDryRun
    from .delete_network_policy_propagation_policy import DeleteNetworkPolicyPropagationPolicy
    from .delete_network_propagation_policy import DeleteNetworkPropagationPolicy
    from .delete_options import DeleteOptions
    from .delete_options_dry_run_item import DeleteOptionsDryRunItem
    from .delete_options_propagation_policy import DeleteOptionsPropagationPolicy
    from .delete_project_collection_dry_run import DeleteProjectCollectionDryRun
    from .delete_project_collection_propagation_policy import DeleteProjectCollectionPropagationPolicy
    from .delete_project_collection_resource_version_match import DeleteProjectCollectionResourceVersionMatch
    from .delete_project_dry_run import DeleteProjectDryRun
    from .delete_project_propagation_policy import DeleteProjectPropagationPolicy
    from .delete_secret_collection_dry_run import DeleteSecretCollectionDryRun
    from .delete_secret_collection_propagation_policy import DeleteSecretCollectionPropagationPolicy
    from .delete_secret_collection_resource_version_match import DeleteSecretCollectionResourceVersionMatch
    from .delete_secret_dry_run import DeleteSecretDryRun
    from .delete_secret_propagation_policy import DeleteSecretPropagationPolicy
    from .delete_subnet_claim_collection_dry_run import DeleteSubnetClaimCollectionDryRun
    from .delete_subnet_claim_collection_propagation_policy import DeleteSubnetClaimCollectionPropagationPolicy
    from .delete_subnet_claim_collection_resource_version_match import DeleteSubnetClaimCollectionResourceVersionMatch
    from .delete_subnet_claim_dry_run import DeleteSubnetClaimDryRun
    from .delete_subnet_claim_propagation_policy import DeleteSubnetClaimPropagationPolicy
    from .delete_subnet_collection_dry_run import DeleteSubnetCollectionDryRun
    from .delete_subnet_collection_propagation_policy import DeleteSubnetCollectionPropagationPolicy
    from .delete_subnet_collection_resource_version_match import DeleteSubnetCollectionResourceVersionMatch
    from .delete_subnet_dry_run import DeleteSubnetDryRun
    from .delete_subnet_propagation_policy import DeleteSubnetPropagationPolicy
    from .delete_workload_collection_dry_run import DeleteWorkloadCollectionDryRun
    from .delete_workload_collection_propagation_policy import DeleteWorkloadCollectionPropagationPolicy
    from .delete_workload_collection_resource_version_match import DeleteWorkloadCollectionResourceVersionMatch
    from .delete_workload_deployment_collection_dry_run import DeleteWorkloadDeploymentCollectionDryRun
    from .delete_workload_deployment_collection_propagation_policy import (
        DeleteWorkloadDeploymentCollectionPropagationPolicy,
    )
    from .delete_workload_deployment_collection_resource_version_match import (
        DeleteWorkloadDeploymentCollectionResourceVersionMatch,
    )
    from .delete_workload_deployment_dry_run import DeleteWorkloadDeploymentDryRun
    from .delete_workload_deployment_propagation_policy import DeleteWorkloadDeploymentPropagationPolicy
    from .delete_workload_dry_run import DeleteWorkloadDryRun
    from .delete_workload_propagation_policy import DeleteWorkloadPropagationPolicy
    from .gateway import Gateway
    from .gateway_api_version import GatewayApiVersion
    from .gateway_class import GatewayClass
    from .gateway_class_api_version import GatewayClassApiVersion
    from .gateway_class_kind import GatewayClassKind
    from .gateway_class_list import GatewayClassList
    from .gateway_class_spec import GatewayClassSpec
    from .gateway_class_spec_parameters_ref import GatewayClassSpecParametersRef
    from .gateway_class_status import GatewayClassStatus
    from .gateway_kind import GatewayKind
    from .gateway_list import GatewayList
    from .gateway_spec import GatewaySpec
    from .gateway_spec_addresses_item_type_0 import GatewaySpecAddressesItemType0
    from .gateway_spec_addresses_item_type_0_type import GatewaySpecAddressesItemType0Type
    from .gateway_spec_addresses_item_type_1 import GatewaySpecAddressesItemType1
    from .gateway_spec_infrastructure import GatewaySpecInfrastructure
    from .gateway_spec_infrastructure_annotations import GatewaySpecInfrastructureAnnotations
    from .gateway_spec_infrastructure_labels import GatewaySpecInfrastructureLabels
    from .gateway_spec_infrastructure_parameters_ref import GatewaySpecInfrastructureParametersRef
    from .gateway_spec_listeners_item import GatewaySpecListenersItem
    from .gateway_spec_listeners_item_allowed_routes import GatewaySpecListenersItemAllowedRoutes
    from .gateway_spec_listeners_item_allowed_routes_kinds_item import GatewaySpecListenersItemAllowedRoutesKindsItem
    from .gateway_spec_listeners_item_allowed_routes_namespaces import GatewaySpecListenersItemAllowedRoutesNamespaces
    from .gateway_spec_listeners_item_allowed_routes_namespaces_from import (
        GatewaySpecListenersItemAllowedRoutesNamespacesFrom,
    )
    from .gateway_spec_listeners_item_allowed_routes_namespaces_selector import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelector,
    )
    from .gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_expressions_item import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem,
    )
    from .gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_labels import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels,
    )
    from .gateway_spec_listeners_item_tls import GatewaySpecListenersItemTls
    from .gateway_spec_listeners_item_tls_certificate_refs_item import GatewaySpecListenersItemTlsCertificateRefsItem
    from .gateway_spec_listeners_item_tls_mode import GatewaySpecListenersItemTlsMode
    from .gateway_spec_listeners_item_tls_options import GatewaySpecListenersItemTlsOptions
    from .gateway_status import GatewayStatus
    from .gateway_status_addresses_item_type_0 import GatewayStatusAddressesItemType0
    from .gateway_status_addresses_item_type_0_type import GatewayStatusAddressesItemType0Type
    from .gateway_status_addresses_item_type_1 import GatewayStatusAddressesItemType1
    from .gateway_status_listeners_item import GatewayStatusListenersItem
    from .gateway_status_listeners_item_supported_kinds_item import GatewayStatusListenersItemSupportedKindsItem
    from .http_route import HTTPRoute
    from .http_route_api_version import HTTPRouteApiVersion
    from .http_route_kind import HTTPRouteKind
    from .http_route_list import HTTPRouteList
    from .http_route_spec import HTTPRouteSpec
    from .http_route_spec_parent_refs_item import HTTPRouteSpecParentRefsItem
    from .http_route_spec_rules_item import HTTPRouteSpecRulesItem
    from .http_route_spec_rules_item_backend_refs_item import HTTPRouteSpecRulesItemBackendRefsItem
    from .http_route_spec_rules_item_backend_refs_item_filters_item import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItem,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_extension_ref import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemExtensionRef,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_header_modifier import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifier,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_header_modifier_add_item import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifierAddItem,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_header_modifier_set_item import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifierSetItem,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_mirror import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestMirror,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_mirror_backend_ref import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestMirrorBackendRef,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_path import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_path_type import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPathType,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_scheme import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_status_code import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_response_header_modifier import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifier,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_response_header_modifier_add_item import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifierAddItem,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_response_header_modifier_set_item import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifierSetItem,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_type import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemType,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_url_rewrite import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewrite,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_url_rewrite_path import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePath,
    )
    from .http_route_spec_rules_item_backend_refs_item_filters_item_url_rewrite_path_type import (
        HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePathType,
    )
    from .http_route_spec_rules_item_filters_item import HTTPRouteSpecRulesItemFiltersItem
    from .http_route_spec_rules_item_filters_item_extension_ref import HTTPRouteSpecRulesItemFiltersItemExtensionRef
    from .http_route_spec_rules_item_filters_item_request_header_modifier import (
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier,
    )
    from .http_route_spec_rules_item_filters_item_request_header_modifier_add_item import (
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierAddItem,
    )
    from .http_route_spec_rules_item_filters_item_request_header_modifier_set_item import (
        HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierSetItem,
    )
    from .http_route_spec_rules_item_filters_item_request_mirror import HTTPRouteSpecRulesItemFiltersItemRequestMirror
    from .http_route_spec_rules_item_filters_item_request_mirror_backend_ref import (
        HTTPRouteSpecRulesItemFiltersItemRequestMirrorBackendRef,
    )
    from .http_route_spec_rules_item_filters_item_request_redirect import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirect,
    )
    from .http_route_spec_rules_item_filters_item_request_redirect_path import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirectPath,
    )
    from .http_route_spec_rules_item_filters_item_request_redirect_path_type import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirectPathType,
    )
    from .http_route_spec_rules_item_filters_item_request_redirect_scheme import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirectScheme,
    )
    from .http_route_spec_rules_item_filters_item_request_redirect_status_code import (
        HTTPRouteSpecRulesItemFiltersItemRequestRedirectStatusCode,
    )
    from .http_route_spec_rules_item_filters_item_response_header_modifier import (
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier,
    )
    from .http_route_spec_rules_item_filters_item_response_header_modifier_add_item import (
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierAddItem,
    )
    from .http_route_spec_rules_item_filters_item_response_header_modifier_set_item import (
        HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierSetItem,
    )
    from .http_route_spec_rules_item_filters_item_type import HTTPRouteSpecRulesItemFiltersItemType
    from .http_route_spec_rules_item_filters_item_url_rewrite import HTTPRouteSpecRulesItemFiltersItemUrlRewrite
    from .http_route_spec_rules_item_filters_item_url_rewrite_path import (
        HTTPRouteSpecRulesItemFiltersItemUrlRewritePath,
    )
    from .http_route_spec_rules_item_filters_item_url_rewrite_path_type import (
        HTTPRouteSpecRulesItemFiltersItemUrlRewritePathType,
    )
    from .http_route_spec_rules_item_matches_item import HTTPRouteSpecRulesItemMatchesItem
    from .http_route_spec_rules_item_matches_item_headers_item import HTTPRouteSpecRulesItemMatchesItemHeadersItem
    from .http_route_spec_rules_item_matches_item_headers_item_type import (
        HTTPRouteSpecRulesItemMatchesItemHeadersItemType,
    )
    from .http_route_spec_rules_item_matches_item_method import HTTPRouteSpecRulesItemMatchesItemMethod
    from .http_route_spec_rules_item_matches_item_path import HTTPRouteSpecRulesItemMatchesItemPath
    from .http_route_spec_rules_item_matches_item_path_type import HTTPRouteSpecRulesItemMatchesItemPathType
    from .http_route_spec_rules_item_matches_item_query_params_item import (
        HTTPRouteSpecRulesItemMatchesItemQueryParamsItem,
    )
    from .http_route_spec_rules_item_matches_item_query_params_item_type import (
        HTTPRouteSpecRulesItemMatchesItemQueryParamsItemType,
    )
    from .http_route_spec_rules_item_timeouts import HTTPRouteSpecRulesItemTimeouts
    from .http_route_status import HTTPRouteStatus
    from .http_route_status_parents_item import HTTPRouteStatusParentsItem
    from .http_route_status_parents_item_parent_ref import HTTPRouteStatusParentsItemParentRef
    from .instance import Instance
    from .instance_api_version import InstanceApiVersion
    from .instance_kind import InstanceKind
    from .instance_list import InstanceList
    from .instance_spec import InstanceSpec
    from .instance_spec_network_interfaces_item import InstanceSpecNetworkInterfacesItem
    from .instance_spec_network_interfaces_item_network import InstanceSpecNetworkInterfacesItemNetwork
    from .instance_spec_network_interfaces_item_network_policy import InstanceSpecNetworkInterfacesItemNetworkPolicy
    from .instance_spec_network_interfaces_item_network_policy_ingress_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem,
    )
    from .instance_spec_network_interfaces_item_network_policy_ingress_item_from_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem,
    )
    from .instance_spec_network_interfaces_item_network_policy_ingress_item_from_item_ip_block import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock,
    )
    from .instance_spec_network_interfaces_item_network_policy_ingress_item_ports_item import (
        InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem,
    )
    from .instance_spec_runtime import InstanceSpecRuntime
    from .instance_spec_runtime_resources import InstanceSpecRuntimeResources
    from .instance_spec_runtime_resources_requests import InstanceSpecRuntimeResourcesRequests
    from .instance_spec_runtime_sandbox import InstanceSpecRuntimeSandbox
    from .instance_spec_runtime_sandbox_containers_item import InstanceSpecRuntimeSandboxContainersItem
    from .instance_spec_runtime_sandbox_containers_item_env_item import InstanceSpecRuntimeSandboxContainersItemEnvItem
    from .instance_spec_runtime_sandbox_containers_item_env_item_value_from import (
        InstanceSpecRuntimeSandboxContainersItemEnvItemValueFrom,
    )
    from .instance_spec_runtime_sandbox_containers_item_env_item_value_from_config_map_key_ref import (
        InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef,
    )
    from .instance_spec_runtime_sandbox_containers_item_env_item_value_from_field_ref import (
        InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef,
    )
    from .instance_spec_runtime_sandbox_containers_item_env_item_value_from_resource_field_ref import (
        InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef,
    )
    from .instance_spec_runtime_sandbox_containers_item_env_item_value_from_secret_key_ref import (
        InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef,
    )
    from .instance_spec_runtime_sandbox_containers_item_ports_item import (
        InstanceSpecRuntimeSandboxContainersItemPortsItem,
    )
    from .instance_spec_runtime_sandbox_containers_item_resources import (
        InstanceSpecRuntimeSandboxContainersItemResources,
    )
    from .instance_spec_runtime_sandbox_containers_item_resources_limits import (
        InstanceSpecRuntimeSandboxContainersItemResourcesLimits,
    )
    from .instance_spec_runtime_sandbox_containers_item_resources_requests import (
        InstanceSpecRuntimeSandboxContainersItemResourcesRequests,
    )
    from .instance_spec_runtime_sandbox_containers_item_volume_attachments_item import (
        InstanceSpecRuntimeSandboxContainersItemVolumeAttachmentsItem,
    )
    from .instance_spec_runtime_sandbox_image_pull_secrets_item import InstanceSpecRuntimeSandboxImagePullSecretsItem
    from .instance_spec_runtime_virtual_machine import InstanceSpecRuntimeVirtualMachine
    from .instance_spec_runtime_virtual_machine_ports_item import InstanceSpecRuntimeVirtualMachinePortsItem
    from .instance_spec_runtime_virtual_machine_volume_attachments_item import (
        InstanceSpecRuntimeVirtualMachineVolumeAttachmentsItem,
    )
    from .instance_spec_volumes_item import InstanceSpecVolumesItem
    from .instance_spec_volumes_item_config_map import InstanceSpecVolumesItemConfigMap
    from .instance_spec_volumes_item_config_map_items_item import InstanceSpecVolumesItemConfigMapItemsItem
    from .instance_spec_volumes_item_disk import InstanceSpecVolumesItemDisk
    from .instance_spec_volumes_item_disk_template import InstanceSpecVolumesItemDiskTemplate
    from .instance_spec_volumes_item_disk_template_metadata import InstanceSpecVolumesItemDiskTemplateMetadata
    from .instance_spec_volumes_item_disk_template_metadata_annotations import (
        InstanceSpecVolumesItemDiskTemplateMetadataAnnotations,
    )
    from .instance_spec_volumes_item_disk_template_metadata_labels import (
        InstanceSpecVolumesItemDiskTemplateMetadataLabels,
    )
    from .instance_spec_volumes_item_disk_template_spec import InstanceSpecVolumesItemDiskTemplateSpec
    from .instance_spec_volumes_item_disk_template_spec_populator import (
        InstanceSpecVolumesItemDiskTemplateSpecPopulator,
    )
    from .instance_spec_volumes_item_disk_template_spec_populator_filesystem import (
        InstanceSpecVolumesItemDiskTemplateSpecPopulatorFilesystem,
    )
    from .instance_spec_volumes_item_disk_template_spec_populator_filesystem_type import (
        InstanceSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType,
    )
    from .instance_spec_volumes_item_disk_template_spec_populator_image import (
        InstanceSpecVolumesItemDiskTemplateSpecPopulatorImage,
    )
    from .instance_spec_volumes_item_disk_template_spec_resources import (
        InstanceSpecVolumesItemDiskTemplateSpecResources,
    )
    from .instance_spec_volumes_item_disk_template_spec_resources_requests import (
        InstanceSpecVolumesItemDiskTemplateSpecResourcesRequests,
    )
    from .instance_spec_volumes_item_secret import InstanceSpecVolumesItemSecret
    from .instance_spec_volumes_item_secret_items_item import InstanceSpecVolumesItemSecretItemsItem
    from .instance_status import InstanceStatus
    from .instance_status_network_interfaces_item import InstanceStatusNetworkInterfacesItem
    from .instance_status_network_interfaces_item_assignments import InstanceStatusNetworkInterfacesItemAssignments
    from .json_patch_operation import JsonPatchOperation
    from .json_patch_operation_op import JsonPatchOperationOp
    from .list_config_maps_for_all_namespaces_resource_version_match import (
        ListConfigMapsForAllNamespacesResourceVersionMatch,
    )
    from .list_config_maps_resource_version_match import ListConfigMapsResourceVersionMatch
    from .list_gateway_classes_resource_version_match import ListGatewayClassesResourceVersionMatch
    from .list_gateways_for_all_namespaces_resource_version_match import (
        ListGatewaysForAllNamespacesResourceVersionMatch,
    )
    from .list_gateways_resource_version_match import ListGatewaysResourceVersionMatch
    from .list_http_routes_for_all_namespaces_resource_version_match import (
        ListHttpRoutesForAllNamespacesResourceVersionMatch,
    )
    from .list_http_routes_resource_version_match import ListHttpRoutesResourceVersionMatch
    from .list_instances_for_all_namespaces_resource_version_match import (
        ListInstancesForAllNamespacesResourceVersionMatch,
    )
    from .list_instances_resource_version_match import ListInstancesResourceVersionMatch
    from .list_locations_for_all_namespaces_resource_version_match import (
        ListLocationsForAllNamespacesResourceVersionMatch,
    )
    from .list_locations_resource_version_match import ListLocationsResourceVersionMatch
    from .list_meta import ListMeta
    from .list_namespaces_resource_version_match import ListNamespacesResourceVersionMatch
    from .list_network_bindings_for_all_namespaces_resource_version_match import (
        ListNetworkBindingsForAllNamespacesResourceVersionMatch,
    )
    from .list_network_bindings_resource_version_match import ListNetworkBindingsResourceVersionMatch
    from .list_network_contexts_for_all_namespaces_resource_version_match import (
        ListNetworkContextsForAllNamespacesResourceVersionMatch,
    )
    from .list_network_contexts_resource_version_match import ListNetworkContextsResourceVersionMatch
    from .list_network_policies_for_all_namespaces_resource_version_match import (
        ListNetworkPoliciesForAllNamespacesResourceVersionMatch,
    )
    from .list_network_policies_resource_version_match import ListNetworkPoliciesResourceVersionMatch
    from .list_networks_for_all_namespaces_resource_version_match import (
        ListNetworksForAllNamespacesResourceVersionMatch,
    )
    from .list_networks_resource_version_match import ListNetworksResourceVersionMatch
    from .list_projects_resource_version_match import ListProjectsResourceVersionMatch
    from .list_secrets_for_all_namespaces_resource_version_match import ListSecretsForAllNamespacesResourceVersionMatch
    from .list_secrets_resource_version_match import ListSecretsResourceVersionMatch
    from .list_subnet_claims_for_all_namespaces_resource_version_match import (
        ListSubnetClaimsForAllNamespacesResourceVersionMatch,
    )
    from .list_subnet_claims_resource_version_match import ListSubnetClaimsResourceVersionMatch
    from .list_subnets_for_all_namespaces_resource_version_match import ListSubnetsForAllNamespacesResourceVersionMatch
    from .list_subnets_resource_version_match import ListSubnetsResourceVersionMatch
    from .list_workload_deployments_for_all_namespaces_resource_version_match import (
        ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch,
    )
    from .list_workload_deployments_resource_version_match import ListWorkloadDeploymentsResourceVersionMatch
    from .list_workloads_for_all_namespaces_resource_version_match import (
        ListWorkloadsForAllNamespacesResourceVersionMatch,
    )
    from .list_workloads_resource_version_match import ListWorkloadsResourceVersionMatch
    from .location import Location
    from .location_api_version import LocationApiVersion
    from .location_kind import LocationKind
    from .location_list import LocationList
    from .location_spec import LocationSpec
    from .location_spec_provider import LocationSpecProvider
    from .location_spec_provider_gcp import LocationSpecProviderGcp
    from .location_spec_topology import LocationSpecTopology
    from .location_status import LocationStatus
    from .managed_fields_entry import ManagedFieldsEntry
    from .managed_fields_entry_fields_v1 import ManagedFieldsEntryFieldsV1
    from .merge_patch import MergePatch
    from .namespace import Namespace
    from .namespace_api_version import NamespaceApiVersion
    from .namespace_condition import NamespaceCondition
    from .namespace_kind import NamespaceKind
    from .namespace_list import NamespaceList
    from .namespace_spec import NamespaceSpec
    from .namespace_status import NamespaceStatus
    from .namespace_status_phase import NamespaceStatusPhase
    from .network import Network
    from .network_api_version import NetworkApiVersion
    from .network_binding import NetworkBinding
    from .network_binding_api_version import NetworkBindingApiVersion
    from .network_binding_kind import NetworkBindingKind
    from .network_binding_list import NetworkBindingList
    from .network_binding_spec import NetworkBindingSpec
    from .network_binding_spec_location import NetworkBindingSpecLocation
    from .network_binding_spec_network import NetworkBindingSpecNetwork
    from .network_binding_status import NetworkBindingStatus
    from .network_binding_status_network_context_ref import NetworkBindingStatusNetworkContextRef
    from .network_context import NetworkContext
    from .network_context_api_version import NetworkContextApiVersion
    from .network_context_kind import NetworkContextKind
    from .network_context_list import NetworkContextList
    from .network_context_spec import NetworkContextSpec
    from .network_context_spec_location import NetworkContextSpecLocation
    from .network_context_spec_network import NetworkContextSpecNetwork
    from .network_context_status import NetworkContextStatus
    from .network_kind import NetworkKind
    from .network_list import NetworkList
    from .network_policy import NetworkPolicy
    from .network_policy_api_version import NetworkPolicyApiVersion
    from .network_policy_kind import NetworkPolicyKind
    from .network_policy_list import NetworkPolicyList
    from .network_policy_spec import NetworkPolicySpec
    from .network_policy_status import NetworkPolicyStatus
    from .network_spec import NetworkSpec
    from .network_spec_ip_families_item import NetworkSpecIpFamiliesItem
    from .network_spec_ipam import NetworkSpecIpam
    from .network_spec_ipam_mode import NetworkSpecIpamMode
    from .network_status import NetworkStatus
    from .o_auth_error import OAuthError
    from .object_meta import ObjectMeta
    from .object_meta_annotations import ObjectMetaAnnotations
    from .object_meta_labels import ObjectMetaLabels
    from .open_api_discovery import OpenApiDiscovery
    from .open_api_discovery_paths import OpenApiDiscoveryPaths
    from .open_api_document import OpenApiDocument
    from .open_api_document_components import OpenApiDocumentComponents
    from .open_api_document_info import OpenApiDocumentInfo
    from .open_api_document_paths import OpenApiDocumentPaths
    from .open_api_document_reference import OpenApiDocumentReference
    from .owner_reference import OwnerReference
    from .patch_config_map_dry_run import PatchConfigMapDryRun
    from .patch_config_map_field_validation import PatchConfigMapFieldValidation
    from .patch_gateway_class_dry_run import PatchGatewayClassDryRun
    from .patch_gateway_class_field_validation import PatchGatewayClassFieldValidation
    from .patch_gateway_class_status_dry_run import PatchGatewayClassStatusDryRun
    from .patch_gateway_class_status_field_validation import PatchGatewayClassStatusFieldValidation
    from .patch_gateway_dry_run import PatchGatewayDryRun
    from .patch_gateway_field_validation import PatchGatewayFieldValidation
    from .patch_gateway_status_dry_run import PatchGatewayStatusDryRun
    from .patch_gateway_status_field_validation import PatchGatewayStatusFieldValidation
    from .patch_http_route_dry_run import PatchHttpRouteDryRun
    from .patch_http_route_field_validation import PatchHttpRouteFieldValidation
    from .patch_http_route_status_dry_run import PatchHttpRouteStatusDryRun
    from .patch_http_route_status_field_validation import PatchHttpRouteStatusFieldValidation
    from .patch_instance_dry_run import PatchInstanceDryRun
    from .patch_instance_field_validation import PatchInstanceFieldValidation
    from .patch_instance_status_dry_run import PatchInstanceStatusDryRun
    from .patch_instance_status_field_validation import PatchInstanceStatusFieldValidation
    from .patch_location_dry_run import PatchLocationDryRun
    from .patch_location_field_validation import PatchLocationFieldValidation
    from .patch_location_status_dry_run import PatchLocationStatusDryRun
    from .patch_location_status_field_validation import PatchLocationStatusFieldValidation
    from .patch_namespace_dry_run import PatchNamespaceDryRun
    from .patch_namespace_field_validation import PatchNamespaceFieldValidation
    from .patch_namespace_status_dry_run import PatchNamespaceStatusDryRun
    from .patch_namespace_status_field_validation import PatchNamespaceStatusFieldValidation
    from .patch_network_binding_dry_run import PatchNetworkBindingDryRun
    from .patch_network_binding_field_validation import PatchNetworkBindingFieldValidation
    from .patch_network_binding_status_dry_run import PatchNetworkBindingStatusDryRun
    from .patch_network_binding_status_field_validation import PatchNetworkBindingStatusFieldValidation
    from .patch_network_context_dry_run import PatchNetworkContextDryRun
    from .patch_network_context_field_validation import PatchNetworkContextFieldValidation
    from .patch_network_context_status_dry_run import PatchNetworkContextStatusDryRun
    from .patch_network_context_status_field_validation import PatchNetworkContextStatusFieldValidation
    from .patch_network_dry_run import PatchNetworkDryRun
    from .patch_network_field_validation import PatchNetworkFieldValidation
    from .patch_network_policy_dry_run import PatchNetworkPolicyDryRun
    from .patch_network_policy_field_validation import PatchNetworkPolicyFieldValidation
    from .patch_network_policy_status_dry_run import PatchNetworkPolicyStatusDryRun
    from .patch_network_policy_status_field_validation import PatchNetworkPolicyStatusFieldValidation
    from .patch_network_status_dry_run import PatchNetworkStatusDryRun
    from .patch_network_status_field_validation import PatchNetworkStatusFieldValidation
    from .patch_project_dry_run import PatchProjectDryRun
    from .patch_project_field_validation import PatchProjectFieldValidation
    from .patch_project_status_dry_run import PatchProjectStatusDryRun
    from .patch_project_status_field_validation import PatchProjectStatusFieldValidation
    from .patch_secret_dry_run import PatchSecretDryRun
    from .patch_secret_field_validation import PatchSecretFieldValidation
    from .patch_subnet_claim_dry_run import PatchSubnetClaimDryRun
    from .patch_subnet_claim_field_validation import PatchSubnetClaimFieldValidation
    from .patch_subnet_claim_status_dry_run import PatchSubnetClaimStatusDryRun
    from .patch_subnet_claim_status_field_validation import PatchSubnetClaimStatusFieldValidation
    from .patch_subnet_dry_run import PatchSubnetDryRun
    from .patch_subnet_field_validation import PatchSubnetFieldValidation
    from .patch_subnet_status_dry_run import PatchSubnetStatusDryRun
    from .patch_subnet_status_field_validation import PatchSubnetStatusFieldValidation
    from .patch_workload_deployment_dry_run import PatchWorkloadDeploymentDryRun
    from .patch_workload_deployment_field_validation import PatchWorkloadDeploymentFieldValidation
    from .patch_workload_deployment_status_dry_run import PatchWorkloadDeploymentStatusDryRun
    from .patch_workload_deployment_status_field_validation import PatchWorkloadDeploymentStatusFieldValidation
    from .patch_workload_dry_run import PatchWorkloadDryRun
    from .patch_workload_field_validation import PatchWorkloadFieldValidation
    from .patch_workload_status_dry_run import PatchWorkloadStatusDryRun
    from .patch_workload_status_field_validation import PatchWorkloadStatusFieldValidation
    from .preconditions import Preconditions
    from .project import Project
    from .project_api_version import ProjectApiVersion
    from .project_kind import ProjectKind
    from .project_list import ProjectList
    from .project_parent import ProjectParent
    from .project_spec import ProjectSpec
    from .project_status import ProjectStatus
    from .replace_config_map_dry_run import ReplaceConfigMapDryRun
    from .replace_config_map_field_validation import ReplaceConfigMapFieldValidation
    from .replace_gateway_class_dry_run import ReplaceGatewayClassDryRun
    from .replace_gateway_class_field_validation import ReplaceGatewayClassFieldValidation
    from .replace_gateway_class_status_dry_run import ReplaceGatewayClassStatusDryRun
    from .replace_gateway_class_status_field_validation import ReplaceGatewayClassStatusFieldValidation
    from .replace_gateway_dry_run import ReplaceGatewayDryRun
    from .replace_gateway_field_validation import ReplaceGatewayFieldValidation
    from .replace_gateway_status_dry_run import ReplaceGatewayStatusDryRun
    from .replace_gateway_status_field_validation import ReplaceGatewayStatusFieldValidation
    from .replace_http_route_dry_run import ReplaceHttpRouteDryRun
    from .replace_http_route_field_validation import ReplaceHttpRouteFieldValidation
    from .replace_http_route_status_dry_run import ReplaceHttpRouteStatusDryRun
    from .replace_http_route_status_field_validation import ReplaceHttpRouteStatusFieldValidation
    from .replace_instance_dry_run import ReplaceInstanceDryRun
    from .replace_instance_field_validation import ReplaceInstanceFieldValidation
    from .replace_instance_status_dry_run import ReplaceInstanceStatusDryRun
    from .replace_instance_status_field_validation import ReplaceInstanceStatusFieldValidation
    from .replace_location_dry_run import ReplaceLocationDryRun
    from .replace_location_field_validation import ReplaceLocationFieldValidation
    from .replace_location_status_dry_run import ReplaceLocationStatusDryRun
    from .replace_location_status_field_validation import ReplaceLocationStatusFieldValidation
    from .replace_namespace_dry_run import ReplaceNamespaceDryRun
    from .replace_namespace_field_validation import ReplaceNamespaceFieldValidation
    from .replace_namespace_status_dry_run import ReplaceNamespaceStatusDryRun
    from .replace_namespace_status_field_validation import ReplaceNamespaceStatusFieldValidation
    from .replace_network_binding_dry_run import ReplaceNetworkBindingDryRun
    from .replace_network_binding_field_validation import ReplaceNetworkBindingFieldValidation
    from .replace_network_binding_status_dry_run import ReplaceNetworkBindingStatusDryRun
    from .replace_network_binding_status_field_validation import ReplaceNetworkBindingStatusFieldValidation
    from .replace_network_context_dry_run import ReplaceNetworkContextDryRun
    from .replace_network_context_field_validation import ReplaceNetworkContextFieldValidation
    from .replace_network_context_status_dry_run import ReplaceNetworkContextStatusDryRun
    from .replace_network_context_status_field_validation import ReplaceNetworkContextStatusFieldValidation
    from .replace_network_dry_run import ReplaceNetworkDryRun
    from .replace_network_field_validation import ReplaceNetworkFieldValidation
    from .replace_network_policy_dry_run import ReplaceNetworkPolicyDryRun
    from .replace_network_policy_field_validation import ReplaceNetworkPolicyFieldValidation
    from .replace_network_policy_status_dry_run import ReplaceNetworkPolicyStatusDryRun
    from .replace_network_policy_status_field_validation import ReplaceNetworkPolicyStatusFieldValidation
    from .replace_network_status_dry_run import ReplaceNetworkStatusDryRun
    from .replace_network_status_field_validation import ReplaceNetworkStatusFieldValidation
    from .replace_project_dry_run import ReplaceProjectDryRun
    from .replace_project_field_validation import ReplaceProjectFieldValidation
    from .replace_project_status_dry_run import ReplaceProjectStatusDryRun
    from .replace_project_status_field_validation import ReplaceProjectStatusFieldValidation
    from .replace_secret_dry_run import ReplaceSecretDryRun
    from .replace_secret_field_validation import ReplaceSecretFieldValidation
    from .replace_subnet_claim_dry_run import ReplaceSubnetClaimDryRun
    from .replace_subnet_claim_field_validation import ReplaceSubnetClaimFieldValidation
    from .replace_subnet_claim_status_dry_run import ReplaceSubnetClaimStatusDryRun
    from .replace_subnet_claim_status_field_validation import ReplaceSubnetClaimStatusFieldValidation
    from .replace_subnet_dry_run import ReplaceSubnetDryRun
    from .replace_subnet_field_validation import ReplaceSubnetFieldValidation
    from .replace_subnet_status_dry_run import ReplaceSubnetStatusDryRun
    from .replace_subnet_status_field_validation import ReplaceSubnetStatusFieldValidation
    from .replace_workload_deployment_dry_run import ReplaceWorkloadDeploymentDryRun
    from .replace_workload_deployment_field_validation import ReplaceWorkloadDeploymentFieldValidation
    from .replace_workload_deployment_status_dry_run import ReplaceWorkloadDeploymentStatusDryRun
    from .replace_workload_deployment_status_field_validation import ReplaceWorkloadDeploymentStatusFieldValidation
    from .replace_workload_dry_run import ReplaceWorkloadDryRun
    from .replace_workload_field_validation import ReplaceWorkloadFieldValidation
    from .replace_workload_status_dry_run import ReplaceWorkloadStatusDryRun
    from .replace_workload_status_field_validation import ReplaceWorkloadStatusFieldValidation
    from .secret import Secret
    from .secret_api_version import SecretApiVersion
    from .secret_data import SecretData
    from .secret_kind import SecretKind
    from .secret_list import SecretList
    from .secret_string_data import SecretStringData
    from .status import Status
    from .status_cause import StatusCause
    from .status_details import StatusDetails
    from .subnet import Subnet
    from .subnet_api_version import SubnetApiVersion
    from .subnet_claim import SubnetClaim
    from .subnet_claim_api_version import SubnetClaimApiVersion
    from .subnet_claim_kind import SubnetClaimKind
    from .subnet_claim_list import SubnetClaimList
    from .subnet_claim_spec import SubnetClaimSpec
    from .subnet_claim_spec_ip_family import SubnetClaimSpecIpFamily
    from .subnet_claim_spec_location import SubnetClaimSpecLocation
    from .subnet_claim_spec_network_context import SubnetClaimSpecNetworkContext
    from .subnet_claim_status import SubnetClaimStatus
    from .subnet_claim_status_subnet_ref import SubnetClaimStatusSubnetRef
    from .subnet_kind import SubnetKind
    from .subnet_list import SubnetList
    from .subnet_spec import SubnetSpec
    from .subnet_spec_ip_family import SubnetSpecIpFamily
    from .subnet_spec_location import SubnetSpecLocation
    from .subnet_spec_network_context import SubnetSpecNetworkContext
    from .subnet_status import SubnetStatus
    from .token_exchange_response import TokenExchangeResponse
    from .token_exchange_response_token_type import TokenExchangeResponseTokenType
    from .watch_event import WatchEvent
    from .watch_event_object import WatchEventObject
    from .watch_event_type import WatchEventType
    from .workload import Workload
    from .workload_api_version import WorkloadApiVersion
    from .workload_deployment import WorkloadDeployment
    from .workload_deployment_api_version import WorkloadDeploymentApiVersion
    from .workload_deployment_kind import WorkloadDeploymentKind
    from .workload_deployment_list import WorkloadDeploymentList
    from .workload_deployment_spec import WorkloadDeploymentSpec
    from .workload_deployment_spec_scale_settings import WorkloadDeploymentSpecScaleSettings
    from .workload_deployment_spec_scale_settings_metrics_item import WorkloadDeploymentSpecScaleSettingsMetricsItem
    from .workload_deployment_spec_scale_settings_metrics_item_resource import (
        WorkloadDeploymentSpecScaleSettingsMetricsItemResource,
    )
    from .workload_deployment_spec_scale_settings_metrics_item_resource_target import (
        WorkloadDeploymentSpecScaleSettingsMetricsItemResourceTarget,
    )
    from .workload_deployment_spec_template import WorkloadDeploymentSpecTemplate
    from .workload_deployment_spec_template_metadata import WorkloadDeploymentSpecTemplateMetadata
    from .workload_deployment_spec_template_metadata_annotations import (
        WorkloadDeploymentSpecTemplateMetadataAnnotations,
    )
    from .workload_deployment_spec_template_metadata_labels import WorkloadDeploymentSpecTemplateMetadataLabels
    from .workload_deployment_spec_template_spec import WorkloadDeploymentSpecTemplateSpec
    from .workload_deployment_spec_template_spec_network_interfaces_item import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItem,
    )
    from .workload_deployment_spec_template_spec_network_interfaces_item_network import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetwork,
    )
    from .workload_deployment_spec_template_spec_network_interfaces_item_network_policy import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicy,
    )
    from .workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItem,
    )
    from .workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem,
    )
    from .workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item_ip_block import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock,
    )
    from .workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item_ports_item import (
        WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem,
    )
    from .workload_deployment_spec_template_spec_runtime import WorkloadDeploymentSpecTemplateSpecRuntime
    from .workload_deployment_spec_template_spec_runtime_resources import (
        WorkloadDeploymentSpecTemplateSpecRuntimeResources,
    )
    from .workload_deployment_spec_template_spec_runtime_resources_requests import (
        WorkloadDeploymentSpecTemplateSpecRuntimeResourcesRequests,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox import WorkloadDeploymentSpecTemplateSpecRuntimeSandbox
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFrom,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_config_map_key_ref import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_field_ref import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_resource_field_ref import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_secret_key_ref import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_ports_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources_limits import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesLimits,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources_requests import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesRequests,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_containers_item_volume_attachments_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem,
    )
    from .workload_deployment_spec_template_spec_runtime_sandbox_image_pull_secrets_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxImagePullSecretsItem,
    )
    from .workload_deployment_spec_template_spec_runtime_virtual_machine import (
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine,
    )
    from .workload_deployment_spec_template_spec_runtime_virtual_machine_ports_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachinePortsItem,
    )
    from .workload_deployment_spec_template_spec_runtime_virtual_machine_volume_attachments_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachineVolumeAttachmentsItem,
    )
    from .workload_deployment_spec_template_spec_volumes_item import WorkloadDeploymentSpecTemplateSpecVolumesItem
    from .workload_deployment_spec_template_spec_volumes_item_config_map import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemConfigMap,
    )
    from .workload_deployment_spec_template_spec_volumes_item_config_map_items_item import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemConfigMapItemsItem,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDisk,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplate,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_metadata import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_annotations import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_labels import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpec,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulator,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystem,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem_type import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator_image import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorImage,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec_resources import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecResources,
    )
    from .workload_deployment_spec_template_spec_volumes_item_disk_template_spec_resources_requests import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecResourcesRequests,
    )
    from .workload_deployment_spec_template_spec_volumes_item_secret import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemSecret,
    )
    from .workload_deployment_spec_template_spec_volumes_item_secret_items_item import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem,
    )
    from .workload_deployment_spec_workload_ref import WorkloadDeploymentSpecWorkloadRef
    from .workload_deployment_status import WorkloadDeploymentStatus
    from .workload_deployment_status_location import WorkloadDeploymentStatusLocation
    from .workload_kind import WorkloadKind
    from .workload_list import WorkloadList
    from .workload_spec import WorkloadSpec
    from .workload_spec_placements_item import WorkloadSpecPlacementsItem
    from .workload_spec_placements_item_scale_settings import WorkloadSpecPlacementsItemScaleSettings
    from .workload_spec_placements_item_scale_settings_metrics_item import (
        WorkloadSpecPlacementsItemScaleSettingsMetricsItem,
    )
    from .workload_spec_placements_item_scale_settings_metrics_item_resource import (
        WorkloadSpecPlacementsItemScaleSettingsMetricsItemResource,
    )
    from .workload_spec_placements_item_scale_settings_metrics_item_resource_target import (
        WorkloadSpecPlacementsItemScaleSettingsMetricsItemResourceTarget,
    )
    from .workload_spec_template import WorkloadSpecTemplate
    from .workload_spec_template_metadata import WorkloadSpecTemplateMetadata
    from .workload_spec_template_metadata_annotations import WorkloadSpecTemplateMetadataAnnotations
    from .workload_spec_template_metadata_labels import WorkloadSpecTemplateMetadataLabels
    from .workload_spec_template_spec import WorkloadSpecTemplateSpec
    from .workload_spec_template_spec_network_interfaces_item import WorkloadSpecTemplateSpecNetworkInterfacesItem
    from .workload_spec_template_spec_network_interfaces_item_network import (
        WorkloadSpecTemplateSpecNetworkInterfacesItemNetwork,
    )
    from .workload_spec_template_spec_network_interfaces_item_network_policy import (
        WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicy,
    )
    from .workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item import (
        WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItem,
    )
    from .workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item import (
        WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem,
    )
    from .workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item_ip_block import (
        WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock,
    )
    from .workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item_ports_item import (
        WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem,
    )
    from .workload_spec_template_spec_runtime import WorkloadSpecTemplateSpecRuntime
    from .workload_spec_template_spec_runtime_resources import WorkloadSpecTemplateSpecRuntimeResources
    from .workload_spec_template_spec_runtime_resources_requests import WorkloadSpecTemplateSpecRuntimeResourcesRequests
    from .workload_spec_template_spec_runtime_sandbox import WorkloadSpecTemplateSpecRuntimeSandbox
    from .workload_spec_template_spec_runtime_sandbox_containers_item import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItem,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_env_item import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItem,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFrom,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_config_map_key_ref import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_field_ref import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_resource_field_ref import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_secret_key_ref import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_ports_item import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemPortsItem,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_resources import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResources,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_resources_limits import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResourcesLimits,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_resources_requests import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResourcesRequests,
    )
    from .workload_spec_template_spec_runtime_sandbox_containers_item_volume_attachments_item import (
        WorkloadSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem,
    )
    from .workload_spec_template_spec_runtime_sandbox_image_pull_secrets_item import (
        WorkloadSpecTemplateSpecRuntimeSandboxImagePullSecretsItem,
    )
    from .workload_spec_template_spec_runtime_virtual_machine import WorkloadSpecTemplateSpecRuntimeVirtualMachine
    from .workload_spec_template_spec_runtime_virtual_machine_ports_item import (
        WorkloadSpecTemplateSpecRuntimeVirtualMachinePortsItem,
    )
    from .workload_spec_template_spec_runtime_virtual_machine_volume_attachments_item import (
        WorkloadSpecTemplateSpecRuntimeVirtualMachineVolumeAttachmentsItem,
    )
    from .workload_spec_template_spec_volumes_item import WorkloadSpecTemplateSpecVolumesItem
    from .workload_spec_template_spec_volumes_item_config_map import WorkloadSpecTemplateSpecVolumesItemConfigMap
    from .workload_spec_template_spec_volumes_item_config_map_items_item import (
        WorkloadSpecTemplateSpecVolumesItemConfigMapItemsItem,
    )
    from .workload_spec_template_spec_volumes_item_disk import WorkloadSpecTemplateSpecVolumesItemDisk
    from .workload_spec_template_spec_volumes_item_disk_template import WorkloadSpecTemplateSpecVolumesItemDiskTemplate
    from .workload_spec_template_spec_volumes_item_disk_template_metadata import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadata,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_metadata_annotations import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_metadata_labels import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpec,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec_populator import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulator,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystem,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem_type import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec_populator_image import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorImage,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec_resources import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecResources,
    )
    from .workload_spec_template_spec_volumes_item_disk_template_spec_resources_requests import (
        WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecResourcesRequests,
    )
    from .workload_spec_template_spec_volumes_item_secret import WorkloadSpecTemplateSpecVolumesItemSecret
    from .workload_spec_template_spec_volumes_item_secret_items_item import (
        WorkloadSpecTemplateSpecVolumesItemSecretItemsItem,
    )
    from .workload_status import WorkloadStatus
    from .workload_status_gateway import WorkloadStatusGateway
    from .workload_status_gateway_addresses_item import WorkloadStatusGatewayAddressesItem
    from .workload_status_gateway_listeners_item import WorkloadStatusGatewayListenersItem
    from .workload_status_gateway_listeners_item_supported_kinds_item import (
        WorkloadStatusGatewayListenersItemSupportedKindsItem,
    )
    from .workload_status_placements_item import WorkloadStatusPlacementsItem

_MODULES = {
    "Condition": ".condition",
    "ConditionStatus": ".condition_status",
    "ConfigMap": ".config_map",
    "ConfigMapApiVersion": ".config_map_api_version",
    "ConfigMapBinaryData": ".config_map_binary_data",
    "ConfigMapData": ".config_map_data",
    "ConfigMapKind": ".config_map_kind",
    "ConfigMapList": ".config_map_list",
    "CreateConfigMapDryRun": ".create_config_map_dry_run",
    "CreateConfigMapFieldValidation": ".create_config_map_field_validation",
    "CreateGatewayClassDryRun": ".create_gateway_class_dry_run",
    "CreateGatewayClassFieldValidation": ".create_gateway_class_field_validation",
    "CreateGatewayDryRun": ".create_gateway_dry_run",
    "CreateGatewayFieldValidation": ".create_gateway_field_validation",
    "CreateHttpRouteDryRun": ".create_http_route_dry_run",
    "CreateHttpRouteFieldValidation": ".create_http_route_field_validation",
    "CreateInstanceDryRun": ".create_instance_dry_run",
    "CreateInstanceFieldValidation": ".create_instance_field_validation",
    "CreateLocationDryRun": ".create_location_dry_run",
    "CreateLocationFieldValidation": ".create_location_field_validation",
    "CreateNamespaceDryRun": ".create_namespace_dry_run",
    "CreateNamespaceFieldValidation": ".create_namespace_field_validation",
    "CreateNetworkBindingDryRun": ".create_network_binding_dry_run",
    "CreateNetworkBindingFieldValidation": ".create_network_binding_field_validation",
    "CreateNetworkContextDryRun": ".create_network_context_dry_run",
    "CreateNetworkContextFieldValidation": ".create_network_context_field_validation",
    "CreateNetworkDryRun": ".create_network_dry_run",
    "CreateNetworkFieldValidation": ".create_network_field_validation",
    "CreateNetworkPolicyDryRun": ".create_network_policy_dry_run",
    "CreateNetworkPolicyFieldValidation": ".create_network_policy_field_validation",
    "CreateProjectDryRun": ".create_project_dry_run",
    "CreateProjectFieldValidation": ".create_project_field_validation",
    "CreateSecretDryRun": ".create_secret_dry_run",
    "CreateSecretFieldValidation": ".create_secret_field_validation",
    "CreateSubnetClaimDryRun": ".create_subnet_claim_dry_run",
    "CreateSubnetClaimFieldValidation": ".create_subnet_claim_field_validation",
    "CreateSubnetDryRun": ".create_subnet_dry_run",
    "CreateSubnetFieldValidation": ".create_subnet_field_validation",
    "CreateWorkloadDeploymentDryRun": ".create_workload_deployment_dry_run",
    "CreateWorkloadDeploymentFieldValidation": ".create_workload_deployment_field_validation",
    "CreateWorkloadDryRun": ".create_workload_dry_run",
    "CreateWorkloadFieldValidation": ".create_workload_field_validation",
    "DeleteConfigMapCollectionDryRun": ".delete_config_map_collection_dry_run",
    "DeleteConfigMapCollectionPropagationPolicy": ".delete_config_map_collection_propagation_policy",
    "DeleteConfigMapCollectionResourceVersionMatch": ".delete_config_map_collection_resource_version_match",
    "DeleteConfigMapDryRun": ".delete_config_map_dry_run",
    "DeleteConfigMapPropagationPolicy": ".delete_config_map_propagation_policy",
    "DeleteGatewayClassCollectionDryRun": ".delete_gateway_class_collection_dry_run",
    "DeleteGatewayClassCollectionPropagationPolicy": ".delete_gateway_class_collection_propagation_policy",
    "DeleteGatewayClassCollectionResourceVersionMatch": ".delete_gateway_class_collection_resource_version_match",
    "DeleteGatewayClassDryRun": ".delete_gateway_class_dry_run",
    "DeleteGatewayClassPropagationPolicy": ".delete_gateway_class_propagation_policy",
    "DeleteGatewayCollectionDryRun": ".delete_gateway_collection_dry_run",
    "DeleteGatewayCollectionPropagationPolicy": ".delete_gateway_collection_propagation_policy",
    "DeleteGatewayCollectionResourceVersionMatch": ".delete_gateway_collection_resource_version_match",
    "DeleteGatewayDryRun": ".delete_gateway_dry_run",
    "DeleteGatewayPropagationPolicy": ".delete_gateway_propagation_policy",
    "DeleteHttpRouteCollectionDryRun": ".delete_http_route_collection_dry_run",
    "DeleteHttpRouteCollectionPropagationPolicy": ".delete_http_route_collection_propagation_policy",
    "DeleteHttpRouteCollectionResourceVersionMatch": ".delete_http_route_collection_resource_version_match",
    "DeleteHttpRouteDryRun": ".delete_http_route_dry_run",
    "DeleteHttpRoutePropagationPolicy": ".delete_http_route_propagation_policy",
    "DeleteInstanceCollectionDryRun": ".delete_instance_collection_dry_run",
    "DeleteInstanceCollectionPropagationPolicy": ".delete_instance_collection_propagation_policy",
    "DeleteInstanceCollectionResourceVersionMatch": ".delete_instance_collection_resource_version_match",
    "DeleteInstanceDryRun": ".delete_instance_dry_run",
    "DeleteInstancePropagationPolicy": ".delete_instance_propagation_policy",
    "DeleteLocationCollectionDryRun": ".delete_location_collection_dry_run",
    "DeleteLocationCollectionPropagationPolicy": ".delete_location_collection_propagation_policy",
    "DeleteLocationCollectionResourceVersionMatch": ".delete_location_collection_resource_version_match",
    "DeleteLocationDryRun": ".delete_location_dry_run",
    "DeleteLocationPropagationPolicy": ".delete_location_propagation_policy",
    "DeleteNamespaceCollectionDryRun": ".delete_namespace_collection_dry_run",
    "DeleteNamespaceCollectionPropagationPolicy": ".delete_namespace_collection_propagation_policy",
    "DeleteNamespaceCollectionResourceVersionMatch": ".delete_namespace_collection_resource_version_match",
    "DeleteNamespaceDryRun": ".delete_namespace_dry_run",
    "DeleteNamespacePropagationPolicy": ".delete_namespace_propagation_policy",
    "DeleteNetworkBindingCollectionDryRun": ".delete_network_binding_collection_dry_run",
    "DeleteNetworkBindingCollectionPropagationPolicy": ".delete_network_binding_collection_propagation_policy",
    "DeleteNetworkBindingCollectionResourceVersionMatch": ".delete_network_binding_collection_resource_version_match",
    "DeleteNetworkBindingDryRun": ".delete_network_binding_dry_run",
    "DeleteNetworkBindingPropagationPolicy": ".delete_network_binding_propagation_policy",
    "DeleteNetworkCollectionDryRun": ".delete_network_collection_dry_run",
    "DeleteNetworkCollectionPropagationPolicy": ".delete_network_collection_propagation_policy",
    "DeleteNetworkCollectionResourceVersionMatch": ".delete_network_collection_resource_version_match",
    "DeleteNetworkContextCollectionDryRun": ".delete_network_context_collection_dry_run",
    "DeleteNetworkContextCollectionPropagationPolicy": ".delete_network_context_collection_propagation_policy",
    "DeleteNetworkContextCollectionResourceVersionMatch": ".delete_network_context_collection_resource_version_match",
    "DeleteNetworkContextDryRun": ".delete_network_context_dry_run",
    "DeleteNetworkContextPropagationPolicy": ".delete_network_context_propagation_policy",
    "DeleteNetworkDryRun": ".delete_network_dry_run",
    "DeleteNetworkPolicyCollectionDryRun": ".delete_network_policy_collection_dry_run",
    "DeleteNetworkPolicyCollectionPropagationPolicy": ".delete_network_policy_collection_propagation_policy",
    "DeleteNetworkPolicyCollectionResourceVersionMatch": ".delete_network_policy_collection_resource_version_match",
    "DeleteNetworkPolicyDryRun": ".delete_network_policy_dry_run",
    "DeleteNetworkPolicyPropagationPolicy": ".delete_network_policy_propagation_policy",
    "DeleteNetworkPropagationPolicy": ".delete_network_propagation_policy",
    "DeleteOptions": ".delete_options",
    "DeleteOptionsDryRunItem": ".delete_options_dry_run_item",
    "DeleteOptionsPropagationPolicy": ".delete_options_propagation_policy",
    "DeleteProjectCollectionDryRun": ".delete_project_collection_dry_run",
    "DeleteProjectCollectionPropagationPolicy": ".delete_project_collection_propagation_policy",
    "DeleteProjectCollectionResourceVersionMatch": ".delete_project_collection_resource_version_match",
    "DeleteProjectDryRun": ".delete_project_dry_run",
    "DeleteProjectPropagationPolicy": ".delete_project_propagation_policy",
    "DeleteSecretCollectionDryRun": ".delete_secret_collection_dry_run",
    "DeleteSecretCollectionPropagationPolicy": ".delete_secret_collection_propagation_policy",
    "DeleteSecretCollectionResourceVersionMatch": ".delete_secret_collection_resource_version_match",
    "DeleteSecretDryRun": ".delete_secret_dry_run",
    "DeleteSecretPropagationPolicy": ".delete_secret_propagation_policy",
    "DeleteSubnetClaimCollectionDryRun": ".delete_subnet_claim_collection_dry_run",
    "DeleteSubnetClaimCollectionPropagationPolicy": ".delete_subnet_claim_collection_propagation_policy",
    "DeleteSubnetClaimCollectionResourceVersionMatch": ".delete_subnet_claim_collection_resource_version_match",
    "DeleteSubnetClaimDryRun": ".delete_subnet_claim_dry_run",
    "DeleteSubnetClaimPropagationPolicy": ".delete_subnet_claim_propagation_policy",
    "DeleteSubnetCollectionDryRun": ".delete_subnet_collection_dry_run",
    "DeleteSubnetCollectionPropagationPolicy": ".delete_subnet_collection_propagation_policy",
    "DeleteSubnetCollectionResourceVersionMatch": ".delete_subnet_collection_resource_version_match",
    "DeleteSubnetDryRun": ".delete_subnet_dry_run",
    "DeleteSubnetPropagationPolicy": ".delete_subnet_propagation_policy",
    "DeleteWorkloadCollectionDryRun": ".delete_workload_collection_dry_run",
    "DeleteWorkloadCollectionPropagationPolicy": ".delete_workload_collection_propagation_policy",
    "DeleteWorkloadCollectionResourceVersionMatch": ".delete_workload_collection_resource_version_match",
    "DeleteWorkloadDeploymentCollectionDryRun": ".delete_workload_deployment_collection_dry_run",
    "DeleteWorkloadDeploymentCollectionPropagationPolicy": ".delete_workload_deployment_collection_propagation_policy",
    "DeleteWorkloadDeploymentCollectionResourceVersionMatch": ".delete_workload_deployment_collection_resource_version_match",
    "DeleteWorkloadDeploymentDryRun": ".delete_workload_deployment_dry_run",
    "DeleteWorkloadDeploymentPropagationPolicy": ".delete_workload_deployment_propagation_policy",
    "DeleteWorkloadDryRun": ".delete_workload_dry_run",
    "DeleteWorkloadPropagationPolicy": ".delete_workload_propagation_policy",
    "Gateway": ".gateway",
    "GatewayApiVersion": ".gateway_api_version",
    "GatewayClass": ".gateway_class",
    "GatewayClassApiVersion": ".gateway_class_api_version",
    "GatewayClassKind": ".gateway_class_kind",
    "GatewayClassList": ".gateway_class_list",
    "GatewayClassSpec": ".gateway_class_spec",
    "GatewayClassSpecParametersRef": ".gateway_class_spec_parameters_ref",
    "GatewayClassStatus": ".gateway_class_status",
    "GatewayKind": ".gateway_kind",
    "GatewayList": ".gateway_list",
    "GatewaySpec": ".gateway_spec",
    "GatewaySpecAddressesItemType0": ".gateway_spec_addresses_item_type_0",
    "GatewaySpecAddressesItemType0Type": ".gateway_spec_addresses_item_type_0_type",
    "GatewaySpecAddressesItemType1": ".gateway_spec_addresses_item_type_1",
    "GatewaySpecInfrastructure": ".gateway_spec_infrastructure",
    "GatewaySpecInfrastructureAnnotations": ".gateway_spec_infrastructure_annotations",
    "GatewaySpecInfrastructureLabels": ".gateway_spec_infrastructure_labels",
    "GatewaySpecInfrastructureParametersRef": ".gateway_spec_infrastructure_parameters_ref",
    "GatewaySpecListenersItem": ".gateway_spec_listeners_item",
    "GatewaySpecListenersItemAllowedRoutes": ".gateway_spec_listeners_item_allowed_routes",
    "GatewaySpecListenersItemAllowedRoutesKindsItem": ".gateway_spec_listeners_item_allowed_routes_kinds_item",
    "GatewaySpecListenersItemAllowedRoutesNamespaces": ".gateway_spec_listeners_item_allowed_routes_namespaces",
    "GatewaySpecListenersItemAllowedRoutesNamespacesFrom": ".gateway_spec_listeners_item_allowed_routes_namespaces_from",
    "GatewaySpecListenersItemAllowedRoutesNamespacesSelector": ".gateway_spec_listeners_item_allowed_routes_namespaces_selector",
    "GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem": ".gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_expressions_item",
    "GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels": ".gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_labels",
    "GatewaySpecListenersItemTls": ".gateway_spec_listeners_item_tls",
    "GatewaySpecListenersItemTlsCertificateRefsItem": ".gateway_spec_listeners_item_tls_certificate_refs_item",
    "GatewaySpecListenersItemTlsMode": ".gateway_spec_listeners_item_tls_mode",
    "GatewaySpecListenersItemTlsOptions": ".gateway_spec_listeners_item_tls_options",
    "GatewayStatus": ".gateway_status",
    "GatewayStatusAddressesItemType0": ".gateway_status_addresses_item_type_0",
    "GatewayStatusAddressesItemType0Type": ".gateway_status_addresses_item_type_0_type",
    "GatewayStatusAddressesItemType1": ".gateway_status_addresses_item_type_1",
    "GatewayStatusListenersItem": ".gateway_status_listeners_item",
    "GatewayStatusListenersItemSupportedKindsItem": ".gateway_status_listeners_item_supported_kinds_item",
    "HTTPRoute": ".http_route",
    "HTTPRouteApiVersion": ".http_route_api_version",
    "HTTPRouteKind": ".http_route_kind",
    "HTTPRouteList": ".http_route_list",
    "HTTPRouteSpec": ".http_route_spec",
    "HTTPRouteSpecParentRefsItem": ".http_route_spec_parent_refs_item",
    "HTTPRouteSpecRulesItem": ".http_route_spec_rules_item",
    "HTTPRouteSpecRulesItemBackendRefsItem": ".http_route_spec_rules_item_backend_refs_item",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItem": ".http_route_spec_rules_item_backend_refs_item_filters_item",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemExtensionRef": ".http_route_spec_rules_item_backend_refs_item_filters_item_extension_ref",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifier": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_header_modifier",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifierAddItem": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_header_modifier_add_item",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifierSetItem": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_header_modifier_set_item",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestMirror": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_mirror",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestMirrorBackendRef": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_mirror_backend_ref",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_path",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPathType": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_path_type",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_scheme",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode": ".http_route_spec_rules_item_backend_refs_item_filters_item_request_redirect_status_code",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifier": ".http_route_spec_rules_item_backend_refs_item_filters_item_response_header_modifier",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifierAddItem": ".http_route_spec_rules_item_backend_refs_item_filters_item_response_header_modifier_add_item",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifierSetItem": ".http_route_spec_rules_item_backend_refs_item_filters_item_response_header_modifier_set_item",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemType": ".http_route_spec_rules_item_backend_refs_item_filters_item_type",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewrite": ".http_route_spec_rules_item_backend_refs_item_filters_item_url_rewrite",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePath": ".http_route_spec_rules_item_backend_refs_item_filters_item_url_rewrite_path",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePathType": ".http_route_spec_rules_item_backend_refs_item_filters_item_url_rewrite_path_type",
    "HTTPRouteSpecRulesItemFiltersItem": ".http_route_spec_rules_item_filters_item",
    "HTTPRouteSpecRulesItemFiltersItemExtensionRef": ".http_route_spec_rules_item_filters_item_extension_ref",
    "HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier": ".http_route_spec_rules_item_filters_item_request_header_modifier",
    "HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierAddItem": ".http_route_spec_rules_item_filters_item_request_header_modifier_add_item",
    "HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierSetItem": ".http_route_spec_rules_item_filters_item_request_header_modifier_set_item",
    "HTTPRouteSpecRulesItemFiltersItemRequestMirror": ".http_route_spec_rules_item_filters_item_request_mirror",
    "HTTPRouteSpecRulesItemFiltersItemRequestMirrorBackendRef": ".http_route_spec_rules_item_filters_item_request_mirror_backend_ref",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirect": ".http_route_spec_rules_item_filters_item_request_redirect",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectPath": ".http_route_spec_rules_item_filters_item_request_redirect_path",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectPathType": ".http_route_spec_rules_item_filters_item_request_redirect_path_type",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectScheme": ".http_route_spec_rules_item_filters_item_request_redirect_scheme",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectStatusCode": ".http_route_spec_rules_item_filters_item_request_redirect_status_code",
    "HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier": ".http_route_spec_rules_item_filters_item_response_header_modifier",
    "HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierAddItem": ".http_route_spec_rules_item_filters_item_response_header_modifier_add_item",
    "HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierSetItem": ".http_route_spec_rules_item_filters_item_response_header_modifier_set_item",
    "HTTPRouteSpecRulesItemFiltersItemType": ".http_route_spec_rules_item_filters_item_type",
    "HTTPRouteSpecRulesItemFiltersItemUrlRewrite": ".http_route_spec_rules_item_filters_item_url_rewrite",
    "HTTPRouteSpecRulesItemFiltersItemUrlRewritePath": ".http_route_spec_rules_item_filters_item_url_rewrite_path",
    "HTTPRouteSpecRulesItemFiltersItemUrlRewritePathType": ".http_route_spec_rules_item_filters_item_url_rewrite_path_type",
    "HTTPRouteSpecRulesItemMatchesItem": ".http_route_spec_rules_item_matches_item",
    "HTTPRouteSpecRulesItemMatchesItemHeadersItem": ".http_route_spec_rules_item_matches_item_headers_item",
    "HTTPRouteSpecRulesItemMatchesItemHeadersItemType": ".http_route_spec_rules_item_matches_item_headers_item_type",
    "HTTPRouteSpecRulesItemMatchesItemMethod": ".http_route_spec_rules_item_matches_item_method",
    "HTTPRouteSpecRulesItemMatchesItemPath": ".http_route_spec_rules_item_matches_item_path",
    "HTTPRouteSpecRulesItemMatchesItemPathType": ".http_route_spec_rules_item_matches_item_path_type",
    "HTTPRouteSpecRulesItemMatchesItemQueryParamsItem": ".http_route_spec_rules_item_matches_item_query_params_item",
    "HTTPRouteSpecRulesItemMatchesItemQueryParamsItemType": ".http_route_spec_rules_item_matches_item_query_params_item_type",
    "HTTPRouteSpecRulesItemTimeouts": ".http_route_spec_rules_item_timeouts",
    "HTTPRouteStatus": ".http_route_status",
    "HTTPRouteStatusParentsItem": ".http_route_status_parents_item",
    "HTTPRouteStatusParentsItemParentRef": ".http_route_status_parents_item_parent_ref",
    "Instance": ".instance",
    "InstanceApiVersion": ".instance_api_version",
    "InstanceKind": ".instance_kind",
    "InstanceList": ".instance_list",
    "InstanceSpec": ".instance_spec",
    "InstanceSpecNetworkInterfacesItem": ".instance_spec_network_interfaces_item",
    "InstanceSpecNetworkInterfacesItemNetwork": ".instance_spec_network_interfaces_item_network",
    "InstanceSpecNetworkInterfacesItemNetworkPolicy": ".instance_spec_network_interfaces_item_network_policy",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem": ".instance_spec_network_interfaces_item_network_policy_ingress_item",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem": ".instance_spec_network_interfaces_item_network_policy_ingress_item_from_item",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock": ".instance_spec_network_interfaces_item_network_policy_ingress_item_from_item_ip_block",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem": ".instance_spec_network_interfaces_item_network_policy_ingress_item_ports_item",
    "InstanceSpecRuntime": ".instance_spec_runtime",
    "InstanceSpecRuntimeResources": ".instance_spec_runtime_resources",
    "InstanceSpecRuntimeResourcesRequests": ".instance_spec_runtime_resources_requests",
    "InstanceSpecRuntimeSandbox": ".instance_spec_runtime_sandbox",
    "InstanceSpecRuntimeSandboxContainersItem": ".instance_spec_runtime_sandbox_containers_item",
    "InstanceSpecRuntimeSandboxContainersItemEnvItem": ".instance_spec_runtime_sandbox_containers_item_env_item",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFrom": ".instance_spec_runtime_sandbox_containers_item_env_item_value_from",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef": ".instance_spec_runtime_sandbox_containers_item_env_item_value_from_config_map_key_ref",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef": ".instance_spec_runtime_sandbox_containers_item_env_item_value_from_field_ref",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef": ".instance_spec_runtime_sandbox_containers_item_env_item_value_from_resource_field_ref",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef": ".instance_spec_runtime_sandbox_containers_item_env_item_value_from_secret_key_ref",
    "InstanceSpecRuntimeSandboxContainersItemPortsItem": ".instance_spec_runtime_sandbox_containers_item_ports_item",
    "InstanceSpecRuntimeSandboxContainersItemResources": ".instance_spec_runtime_sandbox_containers_item_resources",
    "InstanceSpecRuntimeSandboxContainersItemResourcesLimits": ".instance_spec_runtime_sandbox_containers_item_resources_limits",
    "InstanceSpecRuntimeSandboxContainersItemResourcesRequests": ".instance_spec_runtime_sandbox_containers_item_resources_requests",
    "InstanceSpecRuntimeSandboxContainersItemVolumeAttachmentsItem": ".instance_spec_runtime_sandbox_containers_item_volume_attachments_item",
    "InstanceSpecRuntimeSandboxImagePullSecretsItem": ".instance_spec_runtime_sandbox_image_pull_secrets_item",
    "InstanceSpecRuntimeVirtualMachine": ".instance_spec_runtime_virtual_machine",
    "InstanceSpecRuntimeVirtualMachinePortsItem": ".instance_spec_runtime_virtual_machine_ports_item",
    "InstanceSpecRuntimeVirtualMachineVolumeAttachmentsItem": ".instance_spec_runtime_virtual_machine_volume_attachments_item",
    "InstanceSpecVolumesItem": ".instance_spec_volumes_item",
    "InstanceSpecVolumesItemConfigMap": ".instance_spec_volumes_item_config_map",
    "InstanceSpecVolumesItemConfigMapItemsItem": ".instance_spec_volumes_item_config_map_items_item",
    "InstanceSpecVolumesItemDisk": ".instance_spec_volumes_item_disk",
    "InstanceSpecVolumesItemDiskTemplate": ".instance_spec_volumes_item_disk_template",
    "InstanceSpecVolumesItemDiskTemplateMetadata": ".instance_spec_volumes_item_disk_template_metadata",
    "InstanceSpecVolumesItemDiskTemplateMetadataAnnotations": ".instance_spec_volumes_item_disk_template_metadata_annotations",
    "InstanceSpecVolumesItemDiskTemplateMetadataLabels": ".instance_spec_volumes_item_disk_template_metadata_labels",
    "InstanceSpecVolumesItemDiskTemplateSpec": ".instance_spec_volumes_item_disk_template_spec",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulator": ".instance_spec_volumes_item_disk_template_spec_populator",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulatorFilesystem": ".instance_spec_volumes_item_disk_template_spec_populator_filesystem",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType": ".instance_spec_volumes_item_disk_template_spec_populator_filesystem_type",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulatorImage": ".instance_spec_volumes_item_disk_template_spec_populator_image",
    "InstanceSpecVolumesItemDiskTemplateSpecResources": ".instance_spec_volumes_item_disk_template_spec_resources",
    "InstanceSpecVolumesItemDiskTemplateSpecResourcesRequests": ".instance_spec_volumes_item_disk_template_spec_resources_requests",
    "InstanceSpecVolumesItemSecret": ".instance_spec_volumes_item_secret",
    "InstanceSpecVolumesItemSecretItemsItem": ".instance_spec_volumes_item_secret_items_item",
    "InstanceStatus": ".instance_status",
    "InstanceStatusNetworkInterfacesItem": ".instance_status_network_interfaces_item",
    "InstanceStatusNetworkInterfacesItemAssignments": ".instance_status_network_interfaces_item_assignments",
    "JsonPatchOperation": ".json_patch_operation",
    "JsonPatchOperationOp": ".json_patch_operation_op",
    "ListConfigMapsForAllNamespacesResourceVersionMatch": ".list_config_maps_for_all_namespaces_resource_version_match",
    "ListConfigMapsResourceVersionMatch": ".list_config_maps_resource_version_match",
    "ListGatewayClassesResourceVersionMatch": ".list_gateway_classes_resource_version_match",
    "ListGatewaysForAllNamespacesResourceVersionMatch": ".list_gateways_for_all_namespaces_resource_version_match",
    "ListGatewaysResourceVersionMatch": ".list_gateways_resource_version_match",
    "ListHttpRoutesForAllNamespacesResourceVersionMatch": ".list_http_routes_for_all_namespaces_resource_version_match",
    "ListHttpRoutesResourceVersionMatch": ".list_http_routes_resource_version_match",
    "ListInstancesForAllNamespacesResourceVersionMatch": ".list_instances_for_all_namespaces_resource_version_match",
    "ListInstancesResourceVersionMatch": ".list_instances_resource_version_match",
    "ListLocationsForAllNamespacesResourceVersionMatch": ".list_locations_for_all_namespaces_resource_version_match",
    "ListLocationsResourceVersionMatch": ".list_locations_resource_version_match",
    "ListMeta": ".list_meta",
    "ListNamespacesResourceVersionMatch": ".list_namespaces_resource_version_match",
    "ListNetworkBindingsForAllNamespacesResourceVersionMatch": ".list_network_bindings_for_all_namespaces_resource_version_match",
    "ListNetworkBindingsResourceVersionMatch": ".list_network_bindings_resource_version_match",
    "ListNetworkContextsForAllNamespacesResourceVersionMatch": ".list_network_contexts_for_all_namespaces_resource_version_match",
    "ListNetworkContextsResourceVersionMatch": ".list_network_contexts_resource_version_match",
    "ListNetworkPoliciesForAllNamespacesResourceVersionMatch": ".list_network_policies_for_all_namespaces_resource_version_match",
    "ListNetworkPoliciesResourceVersionMatch": ".list_network_policies_resource_version_match",
    "ListNetworksForAllNamespacesResourceVersionMatch": ".list_networks_for_all_namespaces_resource_version_match",
    "ListNetworksResourceVersionMatch": ".list_networks_resource_version_match",
    "ListProjectsResourceVersionMatch": ".list_projects_resource_version_match",
    "ListSecretsForAllNamespacesResourceVersionMatch": ".list_secrets_for_all_namespaces_resource_version_match",
    "ListSecretsResourceVersionMatch": ".list_secrets_resource_version_match",
    "ListSubnetClaimsForAllNamespacesResourceVersionMatch": ".list_subnet_claims_for_all_namespaces_resource_version_match",
    "ListSubnetClaimsResourceVersionMatch": ".list_subnet_claims_resource_version_match",
    "ListSubnetsForAllNamespacesResourceVersionMatch": ".list_subnets_for_all_namespaces_resource_version_match",
    "ListSubnetsResourceVersionMatch": ".list_subnets_resource_version_match",
    "ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch": ".list_workload_deployments_for_all_namespaces_resource_version_match",
    "ListWorkloadDeploymentsResourceVersionMatch": ".list_workload_deployments_resource_version_match",
    "ListWorkloadsForAllNamespacesResourceVersionMatch": ".list_workloads_for_all_namespaces_resource_version_match",
    "ListWorkloadsResourceVersionMatch": ".list_workloads_resource_version_match",
    "Location": ".location",
    "LocationApiVersion": ".location_api_version",
    "LocationKind": ".location_kind",
    "LocationList": ".location_list",
    "LocationSpec": ".location_spec",
    "LocationSpecProvider": ".location_spec_provider",
    "LocationSpecProviderGcp": ".location_spec_provider_gcp",
    "LocationSpecTopology": ".location_spec_topology",
    "LocationStatus": ".location_status",
    "ManagedFieldsEntry": ".managed_fields_entry",
    "ManagedFieldsEntryFieldsV1": ".managed_fields_entry_fields_v1",
    "MergePatch": ".merge_patch",
    "Namespace": ".namespace",
    "NamespaceApiVersion": ".namespace_api_version",
    "NamespaceCondition": ".namespace_condition",
    "NamespaceKind": ".namespace_kind",
    "NamespaceList": ".namespace_list",
    "NamespaceSpec": ".namespace_spec",
    "NamespaceStatus": ".namespace_status",
    "NamespaceStatusPhase": ".namespace_status_phase",
    "Network": ".network",
    "NetworkApiVersion": ".network_api_version",
    "NetworkBinding": ".network_binding",
    "NetworkBindingApiVersion": ".network_binding_api_version",
    "NetworkBindingKind": ".network_binding_kind",
    "NetworkBindingList": ".network_binding_list",
    "NetworkBindingSpec": ".network_binding_spec",
    "NetworkBindingSpecLocation": ".network_binding_spec_location",
    "NetworkBindingSpecNetwork": ".network_binding_spec_network",
    "NetworkBindingStatus": ".network_binding_status",
    "NetworkBindingStatusNetworkContextRef": ".network_binding_status_network_context_ref",
    "NetworkContext": ".network_context",
    "NetworkContextApiVersion": ".network_context_api_version",
    "NetworkContextKind": ".network_context_kind",
    "NetworkContextList": ".network_context_list",
    "NetworkContextSpec": ".network_context_spec",
    "NetworkContextSpecLocation": ".network_context_spec_location",
    "NetworkContextSpecNetwork": ".network_context_spec_network",
    "NetworkContextStatus": ".network_context_status",
    "NetworkKind": ".network_kind",
    "NetworkList": ".network_list",
    "NetworkPolicy": ".network_policy",
    "NetworkPolicyApiVersion": ".network_policy_api_version",
    "NetworkPolicyKind": ".network_policy_kind",
    "NetworkPolicyList": ".network_policy_list",
    "NetworkPolicySpec": ".network_policy_spec",
    "NetworkPolicyStatus": ".network_policy_status",
    "NetworkSpec": ".network_spec",
    "NetworkSpecIpFamiliesItem": ".network_spec_ip_families_item",
    "NetworkSpecIpam": ".network_spec_ipam",
    "NetworkSpecIpamMode": ".network_spec_ipam_mode",
    "NetworkStatus": ".network_status",
    "OAuthError": ".o_auth_error",
    "ObjectMeta": ".object_meta",
    "ObjectMetaAnnotations": ".object_meta_annotations",
    "ObjectMetaLabels": ".object_meta_labels",
    "OpenApiDiscovery": ".open_api_discovery",
    "OpenApiDiscoveryPaths": ".open_api_discovery_paths",
    "OpenApiDocument": ".open_api_document",
    "OpenApiDocumentComponents": ".open_api_document_components",
    "OpenApiDocumentInfo": ".open_api_document_info",
    "OpenApiDocumentPaths": ".open_api_document_paths",
    "OpenApiDocumentReference": ".open_api_document_reference",
    "OwnerReference": ".owner_reference",
    "PatchConfigMapDryRun": ".patch_config_map_dry_run",
    "PatchConfigMapFieldValidation": ".patch_config_map_field_validation",
    "PatchGatewayClassDryRun": ".patch_gateway_class_dry_run",
    "PatchGatewayClassFieldValidation": ".patch_gateway_class_field_validation",
    "PatchGatewayClassStatusDryRun": ".patch_gateway_class_status_dry_run",
    "PatchGatewayClassStatusFieldValidation": ".patch_gateway_class_status_field_validation",
    "PatchGatewayDryRun": ".patch_gateway_dry_run",
    "PatchGatewayFieldValidation": ".patch_gateway_field_validation",
    "PatchGatewayStatusDryRun": ".patch_gateway_status_dry_run",
    "PatchGatewayStatusFieldValidation": ".patch_gateway_status_field_validation",
    "PatchHttpRouteDryRun": ".patch_http_route_dry_run",
    "PatchHttpRouteFieldValidation": ".patch_http_route_field_validation",
    "PatchHttpRouteStatusDryRun": ".patch_http_route_status_dry_run",
    "PatchHttpRouteStatusFieldValidation": ".patch_http_route_status_field_validation",
    "PatchInstanceDryRun": ".patch_instance_dry_run",
    "PatchInstanceFieldValidation": ".patch_instance_field_validation",
    "PatchInstanceStatusDryRun": ".patch_instance_status_dry_run",
    "PatchInstanceStatusFieldValidation": ".patch_instance_status_field_validation",
    "PatchLocationDryRun": ".patch_location_dry_run",
    "PatchLocationFieldValidation": ".patch_location_field_validation",
    "PatchLocationStatusDryRun": ".patch_location_status_dry_run",
    "PatchLocationStatusFieldValidation": ".patch_location_status_field_validation",
    "PatchNamespaceDryRun": ".patch_namespace_dry_run",
    "PatchNamespaceFieldValidation": ".patch_namespace_field_validation",
    "PatchNamespaceStatusDryRun": ".patch_namespace_status_dry_run",
    "PatchNamespaceStatusFieldValidation": ".patch_namespace_status_field_validation",
    "PatchNetworkBindingDryRun": ".patch_network_binding_dry_run",
    "PatchNetworkBindingFieldValidation": ".patch_network_binding_field_validation",
    "PatchNetworkBindingStatusDryRun": ".patch_network_binding_status_dry_run",
    "PatchNetworkBindingStatusFieldValidation": ".patch_network_binding_status_field_validation",
    "PatchNetworkContextDryRun": ".patch_network_context_dry_run",
    "PatchNetworkContextFieldValidation": ".patch_network_context_field_validation",
    "PatchNetworkContextStatusDryRun": ".patch_network_context_status_dry_run",
    "PatchNetworkContextStatusFieldValidation": ".patch_network_context_status_field_validation",
    "PatchNetworkDryRun": ".patch_network_dry_run",
    "PatchNetworkFieldValidation": ".patch_network_field_validation",
    "PatchNetworkPolicyDryRun": ".patch_network_policy_dry_run",
    "PatchNetworkPolicyFieldValidation": ".patch_network_policy_field_validation",
    "PatchNetworkPolicyStatusDryRun": ".patch_network_policy_status_dry_run",
    "PatchNetworkPolicyStatusFieldValidation": ".patch_network_policy_status_field_validation",
    "PatchNetworkStatusDryRun": ".patch_network_status_dry_run",
    "PatchNetworkStatusFieldValidation": ".patch_network_status_field_validation",
    "PatchProjectDryRun": ".patch_project_dry_run",
    "PatchProjectFieldValidation": ".patch_project_field_validation",
    "PatchProjectStatusDryRun": ".patch_project_status_dry_run",
    "PatchProjectStatusFieldValidation": ".patch_project_status_field_validation",
    "PatchSecretDryRun": ".patch_secret_dry_run",
    "PatchSecretFieldValidation": ".patch_secret_field_validation",
    "PatchSubnetClaimDryRun": ".patch_subnet_claim_dry_run",
    "PatchSubnetClaimFieldValidation": ".patch_subnet_claim_field_validation",
    "PatchSubnetClaimStatusDryRun": ".patch_subnet_claim_status_dry_run",
    "PatchSubnetClaimStatusFieldValidation": ".patch_subnet_claim_status_field_validation",
    "PatchSubnetDryRun": ".patch_subnet_dry_run",
    "PatchSubnetFieldValidation": ".patch_subnet_field_validation",
    "PatchSubnetStatusDryRun": ".patch_subnet_status_dry_run",
    "PatchSubnetStatusFieldValidation": ".patch_subnet_status_field_validation",
    "PatchWorkloadDeploymentDryRun": ".patch_workload_deployment_dry_run",
    "PatchWorkloadDeploymentFieldValidation": ".patch_workload_deployment_field_validation",
    "PatchWorkloadDeploymentStatusDryRun": ".patch_workload_deployment_status_dry_run",
    "PatchWorkloadDeploymentStatusFieldValidation": ".patch_workload_deployment_status_field_validation",
    "PatchWorkloadDryRun": ".patch_workload_dry_run",
    "PatchWorkloadFieldValidation": ".patch_workload_field_validation",
    "PatchWorkloadStatusDryRun": ".patch_workload_status_dry_run",
    "PatchWorkloadStatusFieldValidation": ".patch_workload_status_field_validation",
    "Preconditions": ".preconditions",
    "Project": ".project",
    "ProjectApiVersion": ".project_api_version",
    "ProjectKind": ".project_kind",
    "ProjectList": ".project_list",
    "ProjectParent": ".project_parent",
    "ProjectSpec": ".project_spec",
    "ProjectStatus": ".project_status",
    "ReplaceConfigMapDryRun": ".replace_config_map_dry_run",
    "ReplaceConfigMapFieldValidation": ".replace_config_map_field_validation",
    "ReplaceGatewayClassDryRun": ".replace_gateway_class_dry_run",
    "ReplaceGatewayClassFieldValidation": ".replace_gateway_class_field_validation",
    "ReplaceGatewayClassStatusDryRun": ".replace_gateway_class_status_dry_run",
    "ReplaceGatewayClassStatusFieldValidation": ".replace_gateway_class_status_field_validation",
    "ReplaceGatewayDryRun": ".replace_gateway_dry_run",
    "ReplaceGatewayFieldValidation": ".replace_gateway_field_validation",
    "ReplaceGatewayStatusDryRun": ".replace_gateway_status_dry_run",
    "ReplaceGatewayStatusFieldValidation": ".replace_gateway_status_field_validation",
    "ReplaceHttpRouteDryRun": ".replace_http_route_dry_run",
    "ReplaceHttpRouteFieldValidation": ".replace_http_route_field_validation",
    "ReplaceHttpRouteStatusDryRun": ".replace_http_route_status_dry_run",
    "ReplaceHttpRouteStatusFieldValidation": ".replace_http_route_status_field_validation",
    "ReplaceInstanceDryRun": ".replace_instance_dry_run",
    "ReplaceInstanceFieldValidation": ".replace_instance_field_validation",
    "ReplaceInstanceStatusDryRun": ".replace_instance_status_dry_run",
    "ReplaceInstanceStatusFieldValidation": ".replace_instance_status_field_validation",
    "ReplaceLocationDryRun": ".replace_location_dry_run",
    "ReplaceLocationFieldValidation": ".replace_location_field_validation",
    "ReplaceLocationStatusDryRun": ".replace_location_status_dry_run",
    "ReplaceLocationStatusFieldValidation": ".replace_location_status_field_validation",
    "ReplaceNamespaceDryRun": ".replace_namespace_dry_run",
    "ReplaceNamespaceFieldValidation": ".replace_namespace_field_validation",
    "ReplaceNamespaceStatusDryRun": ".replace_namespace_status_dry_run",
    "ReplaceNamespaceStatusFieldValidation": ".replace_namespace_status_field_validation",
    "ReplaceNetworkBindingDryRun": ".replace_network_binding_dry_run",
    "ReplaceNetworkBindingFieldValidation": ".replace_network_binding_field_validation",
    "ReplaceNetworkBindingStatusDryRun": ".replace_network_binding_status_dry_run",
    "ReplaceNetworkBindingStatusFieldValidation": ".replace_network_binding_status_field_validation",
    "ReplaceNetworkContextDryRun": ".replace_network_context_dry_run",
    "ReplaceNetworkContextFieldValidation": ".replace_network_context_field_validation",
    "ReplaceNetworkContextStatusDryRun": ".replace_network_context_status_dry_run",
    "ReplaceNetworkContextStatusFieldValidation": ".replace_network_context_status_field_validation",
    "ReplaceNetworkDryRun": ".replace_network_dry_run",
    "ReplaceNetworkFieldValidation": ".replace_network_field_validation",
    "ReplaceNetworkPolicyDryRun": ".replace_network_policy_dry_run",
    "ReplaceNetworkPolicyFieldValidation": ".replace_network_policy_field_validation",
    "ReplaceNetworkPolicyStatusDryRun": ".replace_network_policy_status_dry_run",
    "ReplaceNetworkPolicyStatusFieldValidation": ".replace_network_policy_status_field_validation",
    "ReplaceNetworkStatusDryRun": ".replace_network_status_dry_run",
    "ReplaceNetworkStatusFieldValidation": ".replace_network_status_field_validation",
    "ReplaceProjectDryRun": ".replace_project_dry_run",
    "ReplaceProjectFieldValidation": ".replace_project_field_validation",
    "ReplaceProjectStatusDryRun": ".replace_project_status_dry_run",
    "ReplaceProjectStatusFieldValidation": ".replace_project_status_field_validation",
    "ReplaceSecretDryRun": ".replace_secret_dry_run",
    "ReplaceSecretFieldValidation": ".replace_secret_field_validation",
    "ReplaceSubnetClaimDryRun": ".replace_subnet_claim_dry_run",
    "ReplaceSubnetClaimFieldValidation": ".replace_subnet_claim_field_validation",
    "ReplaceSubnetClaimStatusDryRun": ".replace_subnet_claim_status_dry_run",
    "ReplaceSubnetClaimStatusFieldValidation": ".replace_subnet_claim_status_field_validation",
    "ReplaceSubnetDryRun": ".replace_subnet_dry_run",
    "ReplaceSubnetFieldValidation": ".replace_subnet_field_validation",
    "ReplaceSubnetStatusDryRun": ".replace_subnet_status_dry_run",
    "ReplaceSubnetStatusFieldValidation": ".replace_subnet_status_field_validation",
    "ReplaceWorkloadDeploymentDryRun": ".replace_workload_deployment_dry_run",
    "ReplaceWorkloadDeploymentFieldValidation": ".replace_workload_deployment_field_validation",
    "ReplaceWorkloadDeploymentStatusDryRun": ".replace_workload_deployment_status_dry_run",
    "ReplaceWorkloadDeploymentStatusFieldValidation": ".replace_workload_deployment_status_field_validation",
    "ReplaceWorkloadDryRun": ".replace_workload_dry_run",
    "ReplaceWorkloadFieldValidation": ".replace_workload_field_validation",
    "ReplaceWorkloadStatusDryRun": ".replace_workload_status_dry_run",
    "ReplaceWorkloadStatusFieldValidation": ".replace_workload_status_field_validation",
    "Secret": ".secret",
    "SecretApiVersion": ".secret_api_version",
    "SecretData": ".secret_data",
    "SecretKind": ".secret_kind",
    "SecretList": ".secret_list",
    "SecretStringData": ".secret_string_data",
    "Status": ".status",
    "StatusCause": ".status_cause",
    "StatusDetails": ".status_details",
    "Subnet": ".subnet",
    "SubnetApiVersion": ".subnet_api_version",
    "SubnetClaim": ".subnet_claim",
    "SubnetClaimApiVersion": ".subnet_claim_api_version",
    "SubnetClaimKind": ".subnet_claim_kind",
    "SubnetClaimList": ".subnet_claim_list",
    "SubnetClaimSpec": ".subnet_claim_spec",
    "SubnetClaimSpecIpFamily": ".subnet_claim_spec_ip_family",
    "SubnetClaimSpecLocation": ".subnet_claim_spec_location",
    "SubnetClaimSpecNetworkContext": ".subnet_claim_spec_network_context",
    "SubnetClaimStatus": ".subnet_claim_status",
    "SubnetClaimStatusSubnetRef": ".subnet_claim_status_subnet_ref",
    "SubnetKind": ".subnet_kind",
    "SubnetList": ".subnet_list",
    "SubnetSpec": ".subnet_spec",
    "SubnetSpecIpFamily": ".subnet_spec_ip_family",
    "SubnetSpecLocation": ".subnet_spec_location",
    "SubnetSpecNetworkContext": ".subnet_spec_network_context",
    "SubnetStatus": ".subnet_status",
    "TokenExchangeResponse": ".token_exchange_response",
    "TokenExchangeResponseTokenType": ".token_exchange_response_token_type",
    "WatchEvent": ".watch_event",
    "WatchEventObject": ".watch_event_object",
    "WatchEventType": ".watch_event_type",
    "Workload": ".workload",
    "WorkloadApiVersion": ".workload_api_version",
    "WorkloadDeployment": ".workload_deployment",
    "WorkloadDeploymentApiVersion": ".workload_deployment_api_version",
    "WorkloadDeploymentKind": ".workload_deployment_kind",
    "WorkloadDeploymentList": ".workload_deployment_list",
    "WorkloadDeploymentSpec": ".workload_deployment_spec",
    "WorkloadDeploymentSpecScaleSettings": ".workload_deployment_spec_scale_settings",
    "WorkloadDeploymentSpecScaleSettingsMetricsItem": ".workload_deployment_spec_scale_settings_metrics_item",
    "WorkloadDeploymentSpecScaleSettingsMetricsItemResource": ".workload_deployment_spec_scale_settings_metrics_item_resource",
    "WorkloadDeploymentSpecScaleSettingsMetricsItemResourceTarget": ".workload_deployment_spec_scale_settings_metrics_item_resource_target",
    "WorkloadDeploymentSpecTemplate": ".workload_deployment_spec_template",
    "WorkloadDeploymentSpecTemplateMetadata": ".workload_deployment_spec_template_metadata",
    "WorkloadDeploymentSpecTemplateMetadataAnnotations": ".workload_deployment_spec_template_metadata_annotations",
    "WorkloadDeploymentSpecTemplateMetadataLabels": ".workload_deployment_spec_template_metadata_labels",
    "WorkloadDeploymentSpecTemplateSpec": ".workload_deployment_spec_template_spec",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItem": ".workload_deployment_spec_template_spec_network_interfaces_item",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetwork": ".workload_deployment_spec_template_spec_network_interfaces_item_network",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicy": ".workload_deployment_spec_template_spec_network_interfaces_item_network_policy",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItem": ".workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem": ".workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock": ".workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item_ip_block",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem": ".workload_deployment_spec_template_spec_network_interfaces_item_network_policy_ingress_item_ports_item",
    "WorkloadDeploymentSpecTemplateSpecRuntime": ".workload_deployment_spec_template_spec_runtime",
    "WorkloadDeploymentSpecTemplateSpecRuntimeResources": ".workload_deployment_spec_template_spec_runtime_resources",
    "WorkloadDeploymentSpecTemplateSpecRuntimeResourcesRequests": ".workload_deployment_spec_template_spec_runtime_resources_requests",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandbox": ".workload_deployment_spec_template_spec_runtime_sandbox",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFrom": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_config_map_key_ref",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_field_ref",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_resource_field_ref",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_secret_key_ref",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_ports_item",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesLimits": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources_limits",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesRequests": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources_requests",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem": ".workload_deployment_spec_template_spec_runtime_sandbox_containers_item_volume_attachments_item",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxImagePullSecretsItem": ".workload_deployment_spec_template_spec_runtime_sandbox_image_pull_secrets_item",
    "WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine": ".workload_deployment_spec_template_spec_runtime_virtual_machine",
    "WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachinePortsItem": ".workload_deployment_spec_template_spec_runtime_virtual_machine_ports_item",
    "WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachineVolumeAttachmentsItem": ".workload_deployment_spec_template_spec_runtime_virtual_machine_volume_attachments_item",
    "WorkloadDeploymentSpecTemplateSpecVolumesItem": ".workload_deployment_spec_template_spec_volumes_item",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemConfigMap": ".workload_deployment_spec_template_spec_volumes_item_config_map",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemConfigMapItemsItem": ".workload_deployment_spec_template_spec_volumes_item_config_map_items_item",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDisk": ".workload_deployment_spec_template_spec_volumes_item_disk",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplate": ".workload_deployment_spec_template_spec_volumes_item_disk_template",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata": ".workload_deployment_spec_template_spec_volumes_item_disk_template_metadata",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations": ".workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_annotations",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels": ".workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_labels",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpec": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulator": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystem": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem_type",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorImage": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec_populator_image",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecResources": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec_resources",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecResourcesRequests": ".workload_deployment_spec_template_spec_volumes_item_disk_template_spec_resources_requests",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemSecret": ".workload_deployment_spec_template_spec_volumes_item_secret",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem": ".workload_deployment_spec_template_spec_volumes_item_secret_items_item",
    "WorkloadDeploymentSpecWorkloadRef": ".workload_deployment_spec_workload_ref",
    "WorkloadDeploymentStatus": ".workload_deployment_status",
    "WorkloadDeploymentStatusLocation": ".workload_deployment_status_location",
    "WorkloadKind": ".workload_kind",
    "WorkloadList": ".workload_list",
    "WorkloadSpec": ".workload_spec",
    "WorkloadSpecPlacementsItem": ".workload_spec_placements_item",
    "WorkloadSpecPlacementsItemScaleSettings": ".workload_spec_placements_item_scale_settings",
    "WorkloadSpecPlacementsItemScaleSettingsMetricsItem": ".workload_spec_placements_item_scale_settings_metrics_item",
    "WorkloadSpecPlacementsItemScaleSettingsMetricsItemResource": ".workload_spec_placements_item_scale_settings_metrics_item_resource",
    "WorkloadSpecPlacementsItemScaleSettingsMetricsItemResourceTarget": ".workload_spec_placements_item_scale_settings_metrics_item_resource_target",
    "WorkloadSpecTemplate": ".workload_spec_template",
    "WorkloadSpecTemplateMetadata": ".workload_spec_template_metadata",
    "WorkloadSpecTemplateMetadataAnnotations": ".workload_spec_template_metadata_annotations",
    "WorkloadSpecTemplateMetadataLabels": ".workload_spec_template_metadata_labels",
    "WorkloadSpecTemplateSpec": ".workload_spec_template_spec",
    "WorkloadSpecTemplateSpecNetworkInterfacesItem": ".workload_spec_template_spec_network_interfaces_item",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetwork": ".workload_spec_template_spec_network_interfaces_item_network",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicy": ".workload_spec_template_spec_network_interfaces_item_network_policy",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItem": ".workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem": ".workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock": ".workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item_from_item_ip_block",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem": ".workload_spec_template_spec_network_interfaces_item_network_policy_ingress_item_ports_item",
    "WorkloadSpecTemplateSpecRuntime": ".workload_spec_template_spec_runtime",
    "WorkloadSpecTemplateSpecRuntimeResources": ".workload_spec_template_spec_runtime_resources",
    "WorkloadSpecTemplateSpecRuntimeResourcesRequests": ".workload_spec_template_spec_runtime_resources_requests",
    "WorkloadSpecTemplateSpecRuntimeSandbox": ".workload_spec_template_spec_runtime_sandbox",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItem": ".workload_spec_template_spec_runtime_sandbox_containers_item",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItem": ".workload_spec_template_spec_runtime_sandbox_containers_item_env_item",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFrom": ".workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef": ".workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_config_map_key_ref",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef": ".workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_field_ref",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef": ".workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_resource_field_ref",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef": ".workload_spec_template_spec_runtime_sandbox_containers_item_env_item_value_from_secret_key_ref",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemPortsItem": ".workload_spec_template_spec_runtime_sandbox_containers_item_ports_item",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResources": ".workload_spec_template_spec_runtime_sandbox_containers_item_resources",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResourcesLimits": ".workload_spec_template_spec_runtime_sandbox_containers_item_resources_limits",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResourcesRequests": ".workload_spec_template_spec_runtime_sandbox_containers_item_resources_requests",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem": ".workload_spec_template_spec_runtime_sandbox_containers_item_volume_attachments_item",
    "WorkloadSpecTemplateSpecRuntimeSandboxImagePullSecretsItem": ".workload_spec_template_spec_runtime_sandbox_image_pull_secrets_item",
    "WorkloadSpecTemplateSpecRuntimeVirtualMachine": ".workload_spec_template_spec_runtime_virtual_machine",
    "WorkloadSpecTemplateSpecRuntimeVirtualMachinePortsItem": ".workload_spec_template_spec_runtime_virtual_machine_ports_item",
    "WorkloadSpecTemplateSpecRuntimeVirtualMachineVolumeAttachmentsItem": ".workload_spec_template_spec_runtime_virtual_machine_volume_attachments_item",
    "WorkloadSpecTemplateSpecVolumesItem": ".workload_spec_template_spec_volumes_item",
    "WorkloadSpecTemplateSpecVolumesItemConfigMap": ".workload_spec_template_spec_volumes_item_config_map",
    "WorkloadSpecTemplateSpecVolumesItemConfigMapItemsItem": ".workload_spec_template_spec_volumes_item_config_map_items_item",
    "WorkloadSpecTemplateSpecVolumesItemDisk": ".workload_spec_template_spec_volumes_item_disk",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplate": ".workload_spec_template_spec_volumes_item_disk_template",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadata": ".workload_spec_template_spec_volumes_item_disk_template_metadata",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations": ".workload_spec_template_spec_volumes_item_disk_template_metadata_annotations",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels": ".workload_spec_template_spec_volumes_item_disk_template_metadata_labels",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpec": ".workload_spec_template_spec_volumes_item_disk_template_spec",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulator": ".workload_spec_template_spec_volumes_item_disk_template_spec_populator",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystem": ".workload_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType": ".workload_spec_template_spec_volumes_item_disk_template_spec_populator_filesystem_type",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorImage": ".workload_spec_template_spec_volumes_item_disk_template_spec_populator_image",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecResources": ".workload_spec_template_spec_volumes_item_disk_template_spec_resources",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecResourcesRequests": ".workload_spec_template_spec_volumes_item_disk_template_spec_resources_requests",
    "WorkloadSpecTemplateSpecVolumesItemSecret": ".workload_spec_template_spec_volumes_item_secret",
    "WorkloadSpecTemplateSpecVolumesItemSecretItemsItem": ".workload_spec_template_spec_volumes_item_secret_items_item",
    "WorkloadStatus": ".workload_status",
    "WorkloadStatusGateway": ".workload_status_gateway",
    "WorkloadStatusGatewayAddressesItem": ".workload_status_gateway_addresses_item",
    "WorkloadStatusGatewayListenersItem": ".workload_status_gateway_listeners_item",
    "WorkloadStatusGatewayListenersItemSupportedKindsItem": ".workload_status_gateway_listeners_item_supported_kinds_item",
    "WorkloadStatusPlacementsItem": ".workload_status_placements_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__: tuple[str, ...] = (
    "Condition",
    "ConditionStatus",
    "ConfigMap",
    "ConfigMapApiVersion",
    "ConfigMapBinaryData",
    "ConfigMapData",
    "ConfigMapKind",
    "ConfigMapList",
    "CreateConfigMapDryRun",
    "CreateConfigMapFieldValidation",
    "CreateGatewayClassDryRun",
    "CreateGatewayClassFieldValidation",
    "CreateGatewayDryRun",
    "CreateGatewayFieldValidation",
    "CreateHttpRouteDryRun",
    "CreateHttpRouteFieldValidation",
    "CreateInstanceDryRun",
    "CreateInstanceFieldValidation",
    "CreateLocationDryRun",
    "CreateLocationFieldValidation",
    "CreateNamespaceDryRun",
    "CreateNamespaceFieldValidation",
    "CreateNetworkBindingDryRun",
    "CreateNetworkBindingFieldValidation",
    "CreateNetworkContextDryRun",
    "CreateNetworkContextFieldValidation",
    "CreateNetworkDryRun",
    "CreateNetworkFieldValidation",
    "CreateNetworkPolicyDryRun",
    "CreateNetworkPolicyFieldValidation",
    "CreateProjectDryRun",
    "CreateProjectFieldValidation",
    "CreateSecretDryRun",
    "CreateSecretFieldValidation",
    "CreateSubnetClaimDryRun",
    "CreateSubnetClaimFieldValidation",
    "CreateSubnetDryRun",
    "CreateSubnetFieldValidation",
    "CreateWorkloadDeploymentDryRun",
    "CreateWorkloadDeploymentFieldValidation",
    "CreateWorkloadDryRun",
    "CreateWorkloadFieldValidation",
    "DeleteConfigMapCollectionDryRun",
    "DeleteConfigMapCollectionPropagationPolicy",
    "DeleteConfigMapCollectionResourceVersionMatch",
    "DeleteConfigMapDryRun",
    "DeleteConfigMapPropagationPolicy",
    "DeleteGatewayClassCollectionDryRun",
    "DeleteGatewayClassCollectionPropagationPolicy",
    "DeleteGatewayClassCollectionResourceVersionMatch",
    "DeleteGatewayClassDryRun",
    "DeleteGatewayClassPropagationPolicy",
    "DeleteGatewayCollectionDryRun",
    "DeleteGatewayCollectionPropagationPolicy",
    "DeleteGatewayCollectionResourceVersionMatch",
    "DeleteGatewayDryRun",
    "DeleteGatewayPropagationPolicy",
    "DeleteHttpRouteCollectionDryRun",
    "DeleteHttpRouteCollectionPropagationPolicy",
    "DeleteHttpRouteCollectionResourceVersionMatch",
    "DeleteHttpRouteDryRun",
    "DeleteHttpRoutePropagationPolicy",
    "DeleteInstanceCollectionDryRun",
    "DeleteInstanceCollectionPropagationPolicy",
    "DeleteInstanceCollectionResourceVersionMatch",
    "DeleteInstanceDryRun",
    "DeleteInstancePropagationPolicy",
    "DeleteLocationCollectionDryRun",
    "DeleteLocationCollectionPropagationPolicy",
    "DeleteLocationCollectionResourceVersionMatch",
    "DeleteLocationDryRun",
    "DeleteLocationPropagationPolicy",
    "DeleteNamespaceCollectionDryRun",
    "DeleteNamespaceCollectionPropagationPolicy",
    "DeleteNamespaceCollectionResourceVersionMatch",
    "DeleteNamespaceDryRun",
    "DeleteNamespacePropagationPolicy",
    "DeleteNetworkBindingCollectionDryRun",
    "DeleteNetworkBindingCollectionPropagationPolicy",
    "DeleteNetworkBindingCollectionResourceVersionMatch",
    "DeleteNetworkBindingDryRun",
    "DeleteNetworkBindingPropagationPolicy",
    "DeleteNetworkCollectionDryRun",
    "DeleteNetworkCollectionPropagationPolicy",
    "DeleteNetworkCollectionResourceVersionMatch",
    "DeleteNetworkContextCollectionDryRun",
    "DeleteNetworkContextCollectionPropagationPolicy",
    "DeleteNetworkContextCollectionResourceVersionMatch",
    "DeleteNetworkContextDryRun",
    "DeleteNetworkContextPropagationPolicy",
    "DeleteNetworkDryRun",
    "DeleteNetworkPolicyCollectionDryRun",
    "DeleteNetworkPolicyCollectionPropagationPolicy",
    "DeleteNetworkPolicyCollectionResourceVersionMatch",
    "DeleteNetworkPolicyDryRun",
    "DeleteNetworkPolicyPropagationPolicy",
    "DeleteNetworkPropagationPolicy",
    "DeleteOptions",
    "DeleteOptionsDryRunItem",
    "DeleteOptionsPropagationPolicy",
    "DeleteProjectCollectionDryRun",
    "DeleteProjectCollectionPropagationPolicy",
    "DeleteProjectCollectionResourceVersionMatch",
    "DeleteProjectDryRun",
    "DeleteProjectPropagationPolicy",
    "DeleteSecretCollectionDryRun",
    "DeleteSecretCollectionPropagationPolicy",
    "DeleteSecretCollectionResourceVersionMatch",
    "DeleteSecretDryRun",
    "DeleteSecretPropagationPolicy",
    "DeleteSubnetClaimCollectionDryRun",
    "DeleteSubnetClaimCollectionPropagationPolicy",
    "DeleteSubnetClaimCollectionResourceVersionMatch",
    "DeleteSubnetClaimDryRun",
    "DeleteSubnetClaimPropagationPolicy",
    "DeleteSubnetCollectionDryRun",
    "DeleteSubnetCollectionPropagationPolicy",
    "DeleteSubnetCollectionResourceVersionMatch",
    "DeleteSubnetDryRun",
    "DeleteSubnetPropagationPolicy",
    "DeleteWorkloadCollectionDryRun",
    "DeleteWorkloadCollectionPropagationPolicy",
    "DeleteWorkloadCollectionResourceVersionMatch",
    "DeleteWorkloadDeploymentCollectionDryRun",
    "DeleteWorkloadDeploymentCollectionPropagationPolicy",
    "DeleteWorkloadDeploymentCollectionResourceVersionMatch",
    "DeleteWorkloadDeploymentDryRun",
    "DeleteWorkloadDeploymentPropagationPolicy",
    "DeleteWorkloadDryRun",
    "DeleteWorkloadPropagationPolicy",
    "Gateway",
    "GatewayApiVersion",
    "GatewayClass",
    "GatewayClassApiVersion",
    "GatewayClassKind",
    "GatewayClassList",
    "GatewayClassSpec",
    "GatewayClassSpecParametersRef",
    "GatewayClassStatus",
    "GatewayKind",
    "GatewayList",
    "GatewaySpec",
    "GatewaySpecAddressesItemType0",
    "GatewaySpecAddressesItemType0Type",
    "GatewaySpecAddressesItemType1",
    "GatewaySpecInfrastructure",
    "GatewaySpecInfrastructureAnnotations",
    "GatewaySpecInfrastructureLabels",
    "GatewaySpecInfrastructureParametersRef",
    "GatewaySpecListenersItem",
    "GatewaySpecListenersItemAllowedRoutes",
    "GatewaySpecListenersItemAllowedRoutesKindsItem",
    "GatewaySpecListenersItemAllowedRoutesNamespaces",
    "GatewaySpecListenersItemAllowedRoutesNamespacesFrom",
    "GatewaySpecListenersItemAllowedRoutesNamespacesSelector",
    "GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem",
    "GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels",
    "GatewaySpecListenersItemTls",
    "GatewaySpecListenersItemTlsCertificateRefsItem",
    "GatewaySpecListenersItemTlsMode",
    "GatewaySpecListenersItemTlsOptions",
    "GatewayStatus",
    "GatewayStatusAddressesItemType0",
    "GatewayStatusAddressesItemType0Type",
    "GatewayStatusAddressesItemType1",
    "GatewayStatusListenersItem",
    "GatewayStatusListenersItemSupportedKindsItem",
    "HTTPRoute",
    "HTTPRouteApiVersion",
    "HTTPRouteKind",
    "HTTPRouteList",
    "HTTPRouteSpec",
    "HTTPRouteSpecParentRefsItem",
    "HTTPRouteSpecRulesItem",
    "HTTPRouteSpecRulesItemBackendRefsItem",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItem",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemExtensionRef",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifier",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifierAddItem",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestHeaderModifierSetItem",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestMirror",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestMirrorBackendRef",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirect",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPath",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectPathType",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectScheme",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemRequestRedirectStatusCode",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifier",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifierAddItem",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemResponseHeaderModifierSetItem",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemType",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewrite",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePath",
    "HTTPRouteSpecRulesItemBackendRefsItemFiltersItemUrlRewritePathType",
    "HTTPRouteSpecRulesItemFiltersItem",
    "HTTPRouteSpecRulesItemFiltersItemExtensionRef",
    "HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifier",
    "HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierAddItem",
    "HTTPRouteSpecRulesItemFiltersItemRequestHeaderModifierSetItem",
    "HTTPRouteSpecRulesItemFiltersItemRequestMirror",
    "HTTPRouteSpecRulesItemFiltersItemRequestMirrorBackendRef",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirect",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectPath",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectPathType",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectScheme",
    "HTTPRouteSpecRulesItemFiltersItemRequestRedirectStatusCode",
    "HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifier",
    "HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierAddItem",
    "HTTPRouteSpecRulesItemFiltersItemResponseHeaderModifierSetItem",
    "HTTPRouteSpecRulesItemFiltersItemType",
    "HTTPRouteSpecRulesItemFiltersItemUrlRewrite",
    "HTTPRouteSpecRulesItemFiltersItemUrlRewritePath",
    "HTTPRouteSpecRulesItemFiltersItemUrlRewritePathType",
    "HTTPRouteSpecRulesItemMatchesItem",
    "HTTPRouteSpecRulesItemMatchesItemHeadersItem",
    "HTTPRouteSpecRulesItemMatchesItemHeadersItemType",
    "HTTPRouteSpecRulesItemMatchesItemMethod",
    "HTTPRouteSpecRulesItemMatchesItemPath",
    "HTTPRouteSpecRulesItemMatchesItemPathType",
    "HTTPRouteSpecRulesItemMatchesItemQueryParamsItem",
    "HTTPRouteSpecRulesItemMatchesItemQueryParamsItemType",
    "HTTPRouteSpecRulesItemTimeouts",
    "HTTPRouteStatus",
    "HTTPRouteStatusParentsItem",
    "HTTPRouteStatusParentsItemParentRef",
    "Instance",
    "InstanceApiVersion",
    "InstanceKind",
    "InstanceList",
    "InstanceSpec",
    "InstanceSpecNetworkInterfacesItem",
    "InstanceSpecNetworkInterfacesItemNetwork",
    "InstanceSpecNetworkInterfacesItemNetworkPolicy",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItem",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock",
    "InstanceSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem",
    "InstanceSpecRuntime",
    "InstanceSpecRuntimeResources",
    "InstanceSpecRuntimeResourcesRequests",
    "InstanceSpecRuntimeSandbox",
    "InstanceSpecRuntimeSandboxContainersItem",
    "InstanceSpecRuntimeSandboxContainersItemEnvItem",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFrom",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef",
    "InstanceSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef",
    "InstanceSpecRuntimeSandboxContainersItemPortsItem",
    "InstanceSpecRuntimeSandboxContainersItemResources",
    "InstanceSpecRuntimeSandboxContainersItemResourcesLimits",
    "InstanceSpecRuntimeSandboxContainersItemResourcesRequests",
    "InstanceSpecRuntimeSandboxContainersItemVolumeAttachmentsItem",
    "InstanceSpecRuntimeSandboxImagePullSecretsItem",
    "InstanceSpecRuntimeVirtualMachine",
    "InstanceSpecRuntimeVirtualMachinePortsItem",
    "InstanceSpecRuntimeVirtualMachineVolumeAttachmentsItem",
    "InstanceSpecVolumesItem",
    "InstanceSpecVolumesItemConfigMap",
    "InstanceSpecVolumesItemConfigMapItemsItem",
    "InstanceSpecVolumesItemDisk",
    "InstanceSpecVolumesItemDiskTemplate",
    "InstanceSpecVolumesItemDiskTemplateMetadata",
    "InstanceSpecVolumesItemDiskTemplateMetadataAnnotations",
    "InstanceSpecVolumesItemDiskTemplateMetadataLabels",
    "InstanceSpecVolumesItemDiskTemplateSpec",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulator",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulatorFilesystem",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType",
    "InstanceSpecVolumesItemDiskTemplateSpecPopulatorImage",
    "InstanceSpecVolumesItemDiskTemplateSpecResources",
    "InstanceSpecVolumesItemDiskTemplateSpecResourcesRequests",
    "InstanceSpecVolumesItemSecret",
    "InstanceSpecVolumesItemSecretItemsItem",
    "InstanceStatus",
    "InstanceStatusNetworkInterfacesItem",
    "InstanceStatusNetworkInterfacesItemAssignments",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "ListConfigMapsForAllNamespacesResourceVersionMatch",
    "ListConfigMapsResourceVersionMatch",
    "ListGatewayClassesResourceVersionMatch",
    "ListGatewaysForAllNamespacesResourceVersionMatch",
    "ListGatewaysResourceVersionMatch",
    "ListHttpRoutesForAllNamespacesResourceVersionMatch",
    "ListHttpRoutesResourceVersionMatch",
    "ListInstancesForAllNamespacesResourceVersionMatch",
    "ListInstancesResourceVersionMatch",
    "ListLocationsForAllNamespacesResourceVersionMatch",
    "ListLocationsResourceVersionMatch",
    "ListMeta",
    "ListNamespacesResourceVersionMatch",
    "ListNetworkBindingsForAllNamespacesResourceVersionMatch",
    "ListNetworkBindingsResourceVersionMatch",
    "ListNetworkContextsForAllNamespacesResourceVersionMatch",
    "ListNetworkContextsResourceVersionMatch",
    "ListNetworkPoliciesForAllNamespacesResourceVersionMatch",
    "ListNetworkPoliciesResourceVersionMatch",
    "ListNetworksForAllNamespacesResourceVersionMatch",
    "ListNetworksResourceVersionMatch",
    "ListProjectsResourceVersionMatch",
    "ListSecretsForAllNamespacesResourceVersionMatch",
    "ListSecretsResourceVersionMatch",
    "ListSubnetClaimsForAllNamespacesResourceVersionMatch",
    "ListSubnetClaimsResourceVersionMatch",
    "ListSubnetsForAllNamespacesResourceVersionMatch",
    "ListSubnetsResourceVersionMatch",
    "ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch",
    "ListWorkloadDeploymentsResourceVersionMatch",
    "ListWorkloadsForAllNamespacesResourceVersionMatch",
    "ListWorkloadsResourceVersionMatch",
    "Location",
    "LocationApiVersion",
    "LocationKind",
    "LocationList",
    "LocationSpec",
    "LocationSpecProvider",
    "LocationSpecProviderGcp",
    "LocationSpecTopology",
    "LocationStatus",
    "ManagedFieldsEntry",
    "ManagedFieldsEntryFieldsV1",
    "MergePatch",
    "Namespace",
    "NamespaceApiVersion",
    "NamespaceCondition",
    "NamespaceKind",
    "NamespaceList",
    "NamespaceSpec",
    "NamespaceStatus",
    "NamespaceStatusPhase",
    "Network",
    "NetworkApiVersion",
    "NetworkBinding",
    "NetworkBindingApiVersion",
    "NetworkBindingKind",
    "NetworkBindingList",
    "NetworkBindingSpec",
    "NetworkBindingSpecLocation",
    "NetworkBindingSpecNetwork",
    "NetworkBindingStatus",
    "NetworkBindingStatusNetworkContextRef",
    "NetworkContext",
    "NetworkContextApiVersion",
    "NetworkContextKind",
    "NetworkContextList",
    "NetworkContextSpec",
    "NetworkContextSpecLocation",
    "NetworkContextSpecNetwork",
    "NetworkContextStatus",
    "NetworkKind",
    "NetworkList",
    "NetworkPolicy",
    "NetworkPolicyApiVersion",
    "NetworkPolicyKind",
    "NetworkPolicyList",
    "NetworkPolicySpec",
    "NetworkPolicyStatus",
    "NetworkSpec",
    "NetworkSpecIpam",
    "NetworkSpecIpamMode",
    "NetworkSpecIpFamiliesItem",
    "NetworkStatus",
    "OAuthError",
    "ObjectMeta",
    "ObjectMetaAnnotations",
    "ObjectMetaLabels",
    "OpenApiDiscovery",
    "OpenApiDiscoveryPaths",
    "OpenApiDocument",
    "OpenApiDocumentComponents",
    "OpenApiDocumentInfo",
    "OpenApiDocumentPaths",
    "OpenApiDocumentReference",
    "OwnerReference",
    "PatchConfigMapDryRun",
    "PatchConfigMapFieldValidation",
    "PatchGatewayClassDryRun",
    "PatchGatewayClassFieldValidation",
    "PatchGatewayClassStatusDryRun",
    "PatchGatewayClassStatusFieldValidation",
    "PatchGatewayDryRun",
    "PatchGatewayFieldValidation",
    "PatchGatewayStatusDryRun",
    "PatchGatewayStatusFieldValidation",
    "PatchHttpRouteDryRun",
    "PatchHttpRouteFieldValidation",
    "PatchHttpRouteStatusDryRun",
    "PatchHttpRouteStatusFieldValidation",
    "PatchInstanceDryRun",
    "PatchInstanceFieldValidation",
    "PatchInstanceStatusDryRun",
    "PatchInstanceStatusFieldValidation",
    "PatchLocationDryRun",
    "PatchLocationFieldValidation",
    "PatchLocationStatusDryRun",
    "PatchLocationStatusFieldValidation",
    "PatchNamespaceDryRun",
    "PatchNamespaceFieldValidation",
    "PatchNamespaceStatusDryRun",
    "PatchNamespaceStatusFieldValidation",
    "PatchNetworkBindingDryRun",
    "PatchNetworkBindingFieldValidation",
    "PatchNetworkBindingStatusDryRun",
    "PatchNetworkBindingStatusFieldValidation",
    "PatchNetworkContextDryRun",
    "PatchNetworkContextFieldValidation",
    "PatchNetworkContextStatusDryRun",
    "PatchNetworkContextStatusFieldValidation",
    "PatchNetworkDryRun",
    "PatchNetworkFieldValidation",
    "PatchNetworkPolicyDryRun",
    "PatchNetworkPolicyFieldValidation",
    "PatchNetworkPolicyStatusDryRun",
    "PatchNetworkPolicyStatusFieldValidation",
    "PatchNetworkStatusDryRun",
    "PatchNetworkStatusFieldValidation",
    "PatchProjectDryRun",
    "PatchProjectFieldValidation",
    "PatchProjectStatusDryRun",
    "PatchProjectStatusFieldValidation",
    "PatchSecretDryRun",
    "PatchSecretFieldValidation",
    "PatchSubnetClaimDryRun",
    "PatchSubnetClaimFieldValidation",
    "PatchSubnetClaimStatusDryRun",
    "PatchSubnetClaimStatusFieldValidation",
    "PatchSubnetDryRun",
    "PatchSubnetFieldValidation",
    "PatchSubnetStatusDryRun",
    "PatchSubnetStatusFieldValidation",
    "PatchWorkloadDeploymentDryRun",
    "PatchWorkloadDeploymentFieldValidation",
    "PatchWorkloadDeploymentStatusDryRun",
    "PatchWorkloadDeploymentStatusFieldValidation",
    "PatchWorkloadDryRun",
    "PatchWorkloadFieldValidation",
    "PatchWorkloadStatusDryRun",
    "PatchWorkloadStatusFieldValidation",
    "Preconditions",
    "Project",
    "ProjectApiVersion",
    "ProjectKind",
    "ProjectList",
    "ProjectParent",
    "ProjectSpec",
    "ProjectStatus",
    "ReplaceConfigMapDryRun",
    "ReplaceConfigMapFieldValidation",
    "ReplaceGatewayClassDryRun",
    "ReplaceGatewayClassFieldValidation",
    "ReplaceGatewayClassStatusDryRun",
    "ReplaceGatewayClassStatusFieldValidation",
    "ReplaceGatewayDryRun",
    "ReplaceGatewayFieldValidation",
    "ReplaceGatewayStatusDryRun",
    "ReplaceGatewayStatusFieldValidation",
    "ReplaceHttpRouteDryRun",
    "ReplaceHttpRouteFieldValidation",
    "ReplaceHttpRouteStatusDryRun",
    "ReplaceHttpRouteStatusFieldValidation",
    "ReplaceInstanceDryRun",
    "ReplaceInstanceFieldValidation",
    "ReplaceInstanceStatusDryRun",
    "ReplaceInstanceStatusFieldValidation",
    "ReplaceLocationDryRun",
    "ReplaceLocationFieldValidation",
    "ReplaceLocationStatusDryRun",
    "ReplaceLocationStatusFieldValidation",
    "ReplaceNamespaceDryRun",
    "ReplaceNamespaceFieldValidation",
    "ReplaceNamespaceStatusDryRun",
    "ReplaceNamespaceStatusFieldValidation",
    "ReplaceNetworkBindingDryRun",
    "ReplaceNetworkBindingFieldValidation",
    "ReplaceNetworkBindingStatusDryRun",
    "ReplaceNetworkBindingStatusFieldValidation",
    "ReplaceNetworkContextDryRun",
    "ReplaceNetworkContextFieldValidation",
    "ReplaceNetworkContextStatusDryRun",
    "ReplaceNetworkContextStatusFieldValidation",
    "ReplaceNetworkDryRun",
    "ReplaceNetworkFieldValidation",
    "ReplaceNetworkPolicyDryRun",
    "ReplaceNetworkPolicyFieldValidation",
    "ReplaceNetworkPolicyStatusDryRun",
    "ReplaceNetworkPolicyStatusFieldValidation",
    "ReplaceNetworkStatusDryRun",
    "ReplaceNetworkStatusFieldValidation",
    "ReplaceProjectDryRun",
    "ReplaceProjectFieldValidation",
    "ReplaceProjectStatusDryRun",
    "ReplaceProjectStatusFieldValidation",
    "ReplaceSecretDryRun",
    "ReplaceSecretFieldValidation",
    "ReplaceSubnetClaimDryRun",
    "ReplaceSubnetClaimFieldValidation",
    "ReplaceSubnetClaimStatusDryRun",
    "ReplaceSubnetClaimStatusFieldValidation",
    "ReplaceSubnetDryRun",
    "ReplaceSubnetFieldValidation",
    "ReplaceSubnetStatusDryRun",
    "ReplaceSubnetStatusFieldValidation",
    "ReplaceWorkloadDeploymentDryRun",
    "ReplaceWorkloadDeploymentFieldValidation",
    "ReplaceWorkloadDeploymentStatusDryRun",
    "ReplaceWorkloadDeploymentStatusFieldValidation",
    "ReplaceWorkloadDryRun",
    "ReplaceWorkloadFieldValidation",
    "ReplaceWorkloadStatusDryRun",
    "ReplaceWorkloadStatusFieldValidation",
    "Secret",
    "SecretApiVersion",
    "SecretData",
    "SecretKind",
    "SecretList",
    "SecretStringData",
    "Status",
    "StatusCause",
    "StatusDetails",
    "Subnet",
    "SubnetApiVersion",
    "SubnetClaim",
    "SubnetClaimApiVersion",
    "SubnetClaimKind",
    "SubnetClaimList",
    "SubnetClaimSpec",
    "SubnetClaimSpecIpFamily",
    "SubnetClaimSpecLocation",
    "SubnetClaimSpecNetworkContext",
    "SubnetClaimStatus",
    "SubnetClaimStatusSubnetRef",
    "SubnetKind",
    "SubnetList",
    "SubnetSpec",
    "SubnetSpecIpFamily",
    "SubnetSpecLocation",
    "SubnetSpecNetworkContext",
    "SubnetStatus",
    "TokenExchangeResponse",
    "TokenExchangeResponseTokenType",
    "WatchEvent",
    "WatchEventObject",
    "WatchEventType",
    "Workload",
    "WorkloadApiVersion",
    "WorkloadDeployment",
    "WorkloadDeploymentApiVersion",
    "WorkloadDeploymentKind",
    "WorkloadDeploymentList",
    "WorkloadDeploymentSpec",
    "WorkloadDeploymentSpecScaleSettings",
    "WorkloadDeploymentSpecScaleSettingsMetricsItem",
    "WorkloadDeploymentSpecScaleSettingsMetricsItemResource",
    "WorkloadDeploymentSpecScaleSettingsMetricsItemResourceTarget",
    "WorkloadDeploymentSpecTemplate",
    "WorkloadDeploymentSpecTemplateMetadata",
    "WorkloadDeploymentSpecTemplateMetadataAnnotations",
    "WorkloadDeploymentSpecTemplateMetadataLabels",
    "WorkloadDeploymentSpecTemplateSpec",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItem",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetwork",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicy",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItem",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock",
    "WorkloadDeploymentSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem",
    "WorkloadDeploymentSpecTemplateSpecRuntime",
    "WorkloadDeploymentSpecTemplateSpecRuntimeResources",
    "WorkloadDeploymentSpecTemplateSpecRuntimeResourcesRequests",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandbox",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFrom",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesLimits",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesRequests",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem",
    "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxImagePullSecretsItem",
    "WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine",
    "WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachinePortsItem",
    "WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachineVolumeAttachmentsItem",
    "WorkloadDeploymentSpecTemplateSpecVolumesItem",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemConfigMap",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemConfigMapItemsItem",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDisk",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplate",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpec",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulator",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystem",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorImage",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecResources",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecResourcesRequests",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemSecret",
    "WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem",
    "WorkloadDeploymentSpecWorkloadRef",
    "WorkloadDeploymentStatus",
    "WorkloadDeploymentStatusLocation",
    "WorkloadKind",
    "WorkloadList",
    "WorkloadSpec",
    "WorkloadSpecPlacementsItem",
    "WorkloadSpecPlacementsItemScaleSettings",
    "WorkloadSpecPlacementsItemScaleSettingsMetricsItem",
    "WorkloadSpecPlacementsItemScaleSettingsMetricsItemResource",
    "WorkloadSpecPlacementsItemScaleSettingsMetricsItemResourceTarget",
    "WorkloadSpecTemplate",
    "WorkloadSpecTemplateMetadata",
    "WorkloadSpecTemplateMetadataAnnotations",
    "WorkloadSpecTemplateMetadataLabels",
    "WorkloadSpecTemplateSpec",
    "WorkloadSpecTemplateSpecNetworkInterfacesItem",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetwork",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicy",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItem",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItem",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemFromItemIpBlock",
    "WorkloadSpecTemplateSpecNetworkInterfacesItemNetworkPolicyIngressItemPortsItem",
    "WorkloadSpecTemplateSpecRuntime",
    "WorkloadSpecTemplateSpecRuntimeResources",
    "WorkloadSpecTemplateSpecRuntimeResourcesRequests",
    "WorkloadSpecTemplateSpecRuntimeSandbox",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItem",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItem",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFrom",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromConfigMapKeyRef",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromFieldRef",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromResourceFieldRef",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemEnvItemValueFromSecretKeyRef",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemPortsItem",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResources",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResourcesLimits",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemResourcesRequests",
    "WorkloadSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem",
    "WorkloadSpecTemplateSpecRuntimeSandboxImagePullSecretsItem",
    "WorkloadSpecTemplateSpecRuntimeVirtualMachine",
    "WorkloadSpecTemplateSpecRuntimeVirtualMachinePortsItem",
    "WorkloadSpecTemplateSpecRuntimeVirtualMachineVolumeAttachmentsItem",
    "WorkloadSpecTemplateSpecVolumesItem",
    "WorkloadSpecTemplateSpecVolumesItemConfigMap",
    "WorkloadSpecTemplateSpecVolumesItemConfigMapItemsItem",
    "WorkloadSpecTemplateSpecVolumesItemDisk",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplate",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadata",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpec",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulator",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystem",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorImage",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecResources",
    "WorkloadSpecTemplateSpecVolumesItemDiskTemplateSpecResourcesRequests",
    "WorkloadSpecTemplateSpecVolumesItemSecret",
    "WorkloadSpecTemplateSpecVolumesItemSecretItemsItem",
    "WorkloadStatus",
    "WorkloadStatusGateway",
    "WorkloadStatusGatewayAddressesItem",
    "WorkloadStatusGatewayListenersItem",
    "WorkloadStatusGatewayListenersItemSupportedKindsItem",
    "WorkloadStatusPlacementsItem",
)
