"""Contains all the data models used in inputs/outputs.

Models load on first use (`from omnistrate_client.models import X` imports only X's module), so
importing the package stays cheap however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_config import AccountConfig
    from .account_config_identity_id_result import AccountConfigIdentityIDResult
    from .action_hook import ActionHook
    from .add_account_config_to_service_model_request import AddAccountConfigToServiceModelRequest
    from .add_capacity_to_resource_instance_request import AddCapacityToResourceInstanceRequest
    from .add_compute_instance_type_request import AddComputeInstanceTypeRequest
    from .add_custom_dns_to_resource_instance_request import AddCustomDNSToResourceInstanceRequest
    from .add_resource_dependency_request import AddResourceDependencyRequest
    from .add_resource_dependency_request_parameter_map import AddResourceDependencyRequestParameterMap
    from .add_storage_volume_config_request import AddStorageVolumeConfigRequest
    from .additional_security_context import AdditionalSecurityContext
    from .address import Address
    from .api_entity import APIEntity
    from .audit_event import AuditEvent
    from .auto_scaling_metric_spec import AutoScalingMetricSpec
    from .autoscaling_policy import AutoscalingPolicy
    from .availability_zone import AvailabilityZone
    from .aws_private_link_configuration import AWSPrivateLinkConfiguration
    from .backend_port_configuration import BackendPortConfiguration
    from .backup_configuration import BackupConfiguration
    from .backup_status import BackupStatus
    from .blob_storage_configuration import BlobStorageConfiguration
    from .blob_storage_configuration_gcs_configuration import BlobStorageConfigurationGCSConfiguration
    from .blob_storage_configuration_s3_configuration import BlobStorageConfigurationS3Configuration
    from .build_service_from_compose_spec_request import BuildServiceFromComposeSpecRequest
    from .build_service_from_compose_spec_request_configs import BuildServiceFromComposeSpecRequestConfigs
    from .build_service_from_compose_spec_request_secrets import BuildServiceFromComposeSpecRequestSecrets
    from .build_service_from_compose_spec_result import BuildServiceFromComposeSpecResult
    from .build_service_from_compose_spec_result_undefined_resources import (
        BuildServiceFromComposeSpecResultUndefinedResources,
    )
    from .build_service_from_service_plan_spec_request import BuildServiceFromServicePlanSpecRequest
    from .build_service_from_service_plan_spec_result import BuildServiceFromServicePlanSpecResult
    from .build_service_from_service_plan_spec_result_undefined_resources import (
        BuildServiceFromServicePlanSpecResultUndefinedResources,
    )
    from .change_password_request import ChangePasswordRequest
    from .change_plan_request import ChangePlanRequest
    from .check_if_container_image_accessible_result import CheckIfContainerImageAccessibleResult
    from .cloud_provider import CloudProvider
    from .complete_o_auth_connection_request import CompleteOAuthConnectionRequest
    from .complete_o_auth_connection_result import CompleteOAuthConnectionResult
    from .compute_config import ComputeConfig
    from .compute_config_compute_instance_type_config_overrides import ComputeConfigComputeInstanceTypeConfigOverrides
    from .compute_config_instance_types import ComputeConfigInstanceTypes
    from .compute_instance_type_config_override import ComputeInstanceTypeConfigOverride
    from .consumption_billing_details import ConsumptionBillingDetails
    from .consumption_billing_status import ConsumptionBillingStatus
    from .consumption_invite_user_request import ConsumptionInviteUserRequest
    from .consumption_revoke_user_role_request import ConsumptionRevokeUserRoleRequest
    from .consumption_service_auth_result import ConsumptionServiceAuthResult
    from .consumption_user_billing_details import ConsumptionUserBillingDetails
    from .contactus_request import ContactusRequest
    from .copy_product_tier_request import CopyProductTierRequest
    from .copy_product_tier_request_export_usage_metering_config import CopyProductTierRequestExportUsageMeteringConfig
    from .copy_product_tier_request_price_per_unit import CopyProductTierRequestPricePerUnit
    from .copy_service_model_request import CopyServiceModelRequest
    from .create_account_config_request import CreateAccountConfigRequest
    from .create_compute_config_request import CreateComputeConfigRequest
    from .create_custom_domain_request import CreateCustomDomainRequest
    from .create_custom_network_request import CreateCustomNetworkRequest
    from .create_deployment_config_request import CreateDeploymentConfigRequest
    from .create_identity_provider_request import CreateIdentityProviderRequest
    from .create_image_config_request import CreateImageConfigRequest
    from .create_image_registry_request import CreateImageRegistryRequest
    from .create_infra_config_request import CreateInfraConfigRequest
    from .create_input_parameter_request import CreateInputParameterRequest
    from .create_input_parameter_request_labeled_options import CreateInputParameterRequestLabeledOptions
    from .create_network_config_request import CreateNetworkConfigRequest
    from .create_output_parameter_request import CreateOutputParameterRequest
    from .create_product_tier_request import CreateProductTierRequest
    from .create_product_tier_request_export_usage_metering_config import (
        CreateProductTierRequestExportUsageMeteringConfig,
    )
    from .create_product_tier_request_price_per_unit import CreateProductTierRequestPricePerUnit
    from .create_resource_instance_request import CreateResourceInstanceRequest
    from .create_resource_request import CreateResourceRequest
    from .create_resource_request_custom_labels import CreateResourceRequestCustomLabels
    from .create_resource_request_custom_sys_ct_ls import CreateResourceRequestCustomSysCTLs
    from .create_resource_request_terraform_configurations import CreateResourceRequestTerraformConfigurations
    from .create_saa_s_portal_custom_domain_request import CreateSaaSPortalCustomDomainRequest
    from .create_service_api_request import CreateServiceAPIRequest
    from .create_service_environment_request import CreateServiceEnvironmentRequest
    from .create_service_from_compose_spec_request import CreateServiceFromComposeSpecRequest
    from .create_service_model_request import CreateServiceModelRequest
    from .create_service_request import CreateServiceRequest
    from .create_services_orchestration_request import CreateServicesOrchestrationRequest
    from .create_services_orchestration_result import CreateServicesOrchestrationResult
    from .create_storage_config_request import CreateStorageConfigRequest
    from .create_storage_volume_config_request import CreateStorageVolumeConfigRequest
    from .create_subscription_request import CreateSubscriptionRequest
    from .create_subscription_request_request import CreateSubscriptionRequestRequest
    from .create_tier_version_set_request import CreateTierVersionSetRequest
    from .create_tier_version_set_result import CreateTierVersionSetResult
    from .custom_domain import CustomDomain
    from .custom_domain_identity_id_result import CustomDomainIdentityIDResult
    from .custom_image_commands_and_args import CustomImageCommandsAndArgs
    from .custom_network import CustomNetwork
    from .custom_network_instance import CustomNetworkInstance
    from .custom_network_resource_detail import CustomNetworkResourceDetail
    from .custom_tag import CustomTag
    from .custom_u_limits import CustomULimits
    from .customer_invite_user_request import CustomerInviteUserRequest
    from .customer_login_with_identity_provider_request import CustomerLoginWithIdentityProviderRequest
    from .customer_login_with_identity_provider_result import CustomerLoginWithIdentityProviderResult
    from .customer_reset_password_request import CustomerResetPasswordRequest
    from .customer_signin_request import CustomerSigninRequest
    from .customer_signin_result import CustomerSigninResult
    from .customer_signup_request import CustomerSignupRequest
    from .demo_request import DemoRequest
    from .deployment_config import DeploymentConfig
    from .deregister_action_hook_request import DeregisterActionHookRequest
    from .describe_account_config_by_aws_account_id_result import DescribeAccountConfigByAWSAccountIDResult
    from .describe_account_config_by_azure_subscription_id_result import (
        DescribeAccountConfigByAzureSubscriptionIDResult,
    )
    from .describe_account_config_by_gcp_project_id_result import DescribeAccountConfigByGCPProjectIDResult
    from .describe_custom_domain_result import DescribeCustomDomainResult
    from .describe_service_environment_result import DescribeServiceEnvironmentResult
    from .describe_service_offering_result import DescribeServiceOfferingResult
    from .describe_users_by_org_result import DescribeUsersByOrgResult
    from .describe_users_by_subscription_result import DescribeUsersBySubscriptionResult
    from .diff_tier_version_sets_result import DiffTierVersionSetsResult
    from .diff_tier_version_sets_result_resource_change_sets import DiffTierVersionSetsResultResourceChangeSets
    from .disable_product_tier_feature_request import DisableProductTierFeatureRequest
    from .disable_resource_capability_request import DisableResourceCapabilityRequest
    from .disable_service_model_feature_request import DisableServiceModelFeatureRequest
    from .efs_file_system_configuration import EFSFileSystemConfiguration
    from .enable_product_tier_feature_request import EnableProductTierFeatureRequest
    from .enable_product_tier_feature_request_configuration import EnableProductTierFeatureRequestConfiguration
    from .enable_resource_capability_request import EnableResourceCapabilityRequest
    from .enable_resource_capability_request_configuration import EnableResourceCapabilityRequestConfiguration
    from .enable_service_model_feature_request import EnableServiceModelFeatureRequest
    from .enable_service_model_feature_request_configuration import EnableServiceModelFeatureRequestConfiguration
    from .endpoint import Endpoint
    from .environment_promotion_status import EnvironmentPromotionStatus
    from .environment_variable import EnvironmentVariable
    from .error import Error
    from .failover_resource_instance_request import FailoverResourceInstanceRequest
    from .file_metadata import FileMetadata
    from .file_system_configuration import FileSystemConfiguration
    from .file_upload import FileUpload
    from .generate_compose_spec_from_container_image_request import GenerateComposeSpecFromContainerImageRequest
    from .generate_compose_spec_from_container_image_result import GenerateComposeSpecFromContainerImageResult
    from .generate_token_for_deployment_cell_dashboard_result import GenerateTokenForDeploymentCellDashboardResult
    from .get_consumption_usage_result import GetConsumptionUsageResult
    from .get_service_plan_result import GetServicePlanResult
    from .get_service_plan_result_active_account_config_ids import GetServicePlanResultActiveAccountConfigIds
    from .get_service_plan_result_product_tier_features import GetServicePlanResultProductTierFeatures
    from .get_usage_result import GetUsageResult
    from .git_configuration import GitConfiguration
    from .helm_chart_configuration import HelmChartConfiguration
    from .helm_chart_configuration_chart_values import HelmChartConfigurationChartValues
    from .helm_chart_configuration_endpoint_configuration import HelmChartConfigurationEndpointConfiguration
    from .helm_package import HelmPackage
    from .helm_package_chart_values import HelmPackageChartValues
    from .helm_runtime_configuration import HelmRuntimeConfiguration
    from .identity_provider import IdentityProvider
    from .image_config import ImageConfig
    from .image_registry import ImageRegistry
    from .infra_config import InfraConfig
    from .infra_roll_configuration import InfraRollConfiguration
    from .input_parameter import InputParameter
    from .input_parameter_entity import InputParameterEntity
    from .input_parameter_labeled_options import InputParameterLabeledOptions
    from .instance_snapshot import InstanceSnapshot
    from .invite_user_request import InviteUserRequest
    from .invoice import Invoice
    from .job_config import JobConfig
    from .kubernetes_dashboard_endpoint import KubernetesDashboardEndpoint
    from .kustomize_configuration import KustomizeConfiguration
    from .kustomize_configuration_endpoint_configuration import KustomizeConfigurationEndpointConfiguration
    from .l4_load_balancer_configuration import L4LoadBalancerConfiguration
    from .l7_load_balancer_configuration import L7LoadBalancerConfiguration
    from .limit import Limit
    from .limits import Limits
    from .list_account_config_result import ListAccountConfigResult
    from .list_action_hooks_result import ListActionHooksResult
    from .list_all_resource_instances_result import ListAllResourceInstancesResult
    from .list_all_subscription_users_result import ListAllSubscriptionUsersResult
    from .list_associated_resources_result import ListAssociatedResourcesResult
    from .list_audit_events_result import ListAuditEventsResult
    from .list_availability_zones_by_region_code_result import ListAvailabilityZonesByRegionCodeResult
    from .list_availability_zones_result import ListAvailabilityZonesResult
    from .list_byoa_config_request import ListBYOAConfigRequest
    from .list_byoa_config_result import ListBYOAConfigResult
    from .list_cloud_providers_result import ListCloudProvidersResult
    from .list_compute_configs_result import ListComputeConfigsResult
    from .list_compute_instance_types_result import ListComputeInstanceTypesResult
    from .list_custom_domain_result import ListCustomDomainResult
    from .list_custom_networks_result import ListCustomNetworksResult
    from .list_dependent_resources_result import ListDependentResourcesResult
    from .list_deployment_configs_result import ListDeploymentConfigsResult
    from .list_files_result import ListFilesResult
    from .list_helm_packages_result import ListHelmPackagesResult
    from .list_identity_providers_result import ListIdentityProvidersResult
    from .list_image_configs_result import ListImageConfigsResult
    from .list_image_registry_result import ListImageRegistryResult
    from .list_infra_config_result import ListInfraConfigResult
    from .list_input_parameters_result import ListInputParametersResult
    from .list_invoices_result import ListInvoicesResult
    from .list_limit_request import ListLimitRequest
    from .list_limit_result import ListLimitResult
    from .list_network_configs_result import ListNetworkConfigsResult
    from .list_output_parameters_result import ListOutputParametersResult
    from .list_product_tiers_result import ListProductTiersResult
    from .list_regions_result import ListRegionsResult
    from .list_resource_capabilities_result import ListResourceCapabilitiesResult
    from .list_resource_instance_snapshots_result import ListResourceInstanceSnapshotsResult
    from .list_resource_instances_result import ListResourceInstancesResult
    from .list_resources_result import ListResourcesResult
    from .list_saa_s_portal_custom_domains_result import ListSaaSPortalCustomDomainsResult
    from .list_saa_s_portals_result import ListSaaSPortalsResult
    from .list_service_ap_is_result import ListServiceAPIsResult
    from .list_service_environments_result import ListServiceEnvironmentsResult
    from .list_service_models_result import ListServiceModelsResult
    from .list_service_offerings_result import ListServiceOfferingsResult
    from .list_service_plans_result import ListServicePlansResult
    from .list_service_result import ListServiceResult
    from .list_storage_configs_result import ListStorageConfigsResult
    from .list_storage_volume_configs_result import ListStorageVolumeConfigsResult
    from .list_subscription_requests_result import ListSubscriptionRequestsResult
    from .list_subscriptions_result import ListSubscriptionsResult
    from .list_tier_version_sets_result import ListTierVersionSetsResult
    from .list_v_units_request import ListVUnitsRequest
    from .list_v_units_result import ListVUnitsResult
    from .list_v_units_result_ids import ListVUnitsResultIds
    from .load_balancer_path_configuration import LoadBalancerPathConfiguration
    from .login_with_identity_provider_request import LoginWithIdentityProviderRequest
    from .login_with_identity_provider_result import LoginWithIdentityProviderResult
    from .modify_services_orchestration_request import ModifyServicesOrchestrationRequest
    from .network import Network
    from .network_config import NetworkConfig
    from .network_features_configuration import NetworkFeaturesConfiguration
    from .operator_crd_configuration import OperatorCRDConfiguration
    from .operator_crd_configuration_endpoint_configuration import OperatorCRDConfigurationEndpointConfiguration
    from .operator_crd_configuration_output_parameters import OperatorCRDConfigurationOutputParameters
    from .operator_crd_configuration_readiness_conditions import OperatorCRDConfigurationReadinessConditions
    from .operator_helm_chart_dependency import OperatorHelmChartDependency
    from .operator_helm_chart_dependency_chart_values import OperatorHelmChartDependencyChartValues
    from .org_users import OrgUsers
    from .output_parameter import OutputParameter
    from .output_parameter_entity import OutputParameterEntity
    from .payment_channel import PaymentChannel
    from .pending_changes import PendingChanges
    from .pending_changes_resource_change_sets import PendingChangesResourceChangeSets
    from .plan import Plan
    from .private_link_configuration import PrivateLinkConfiguration
    from .private_networking_configuration import PrivateNetworkingConfiguration
    from .product_tier import ProductTier
    from .product_tier_api_groups import ProductTierApiGroups
    from .product_tier_cloud_providers_config_readiness import ProductTierCloudProvidersConfigReadiness
    from .product_tier_export_usage_metering_config import ProductTierExportUsageMeteringConfig
    from .product_tier_feature_detail import ProductTierFeatureDetail
    from .product_tier_feature_detail_configuration import ProductTierFeatureDetailConfiguration
    from .product_tier_features import ProductTierFeatures
    from .product_tier_price_per_unit import ProductTierPricePerUnit
    from .public_networking_configuration import PublicNetworkingConfiguration
    from .region import Region
    from .register_action_hook_request import RegisterActionHookRequest
    from .register_resource_metrics_config_request import RegisterResourceMetricsConfigRequest
    from .release_image_config_request import ReleaseImageConfigRequest
    from .release_infra_config_request import ReleaseInfraConfigRequest
    from .release_service_api_request import ReleaseServiceAPIRequest
    from .release_service_model_result import ReleaseServiceModelResult
    from .release_tier_version_set_request import ReleaseTierVersionSetRequest
    from .remove_account_config_from_service_model_request import RemoveAccountConfigFromServiceModelRequest
    from .remove_capacity_from_resource_instance_request import RemoveCapacityFromResourceInstanceRequest
    from .remove_compute_instance_type_request import RemoveComputeInstanceTypeRequest
    from .remove_storage_volume_config_request import RemoveStorageVolumeConfigRequest
    from .report_health_result import ReportHealthResult
    from .report_health_result_report import ReportHealthResultReport
    from .reset_password_request import ResetPasswordRequest
    from .resource import Resource
    from .resource_capability import ResourceCapability
    from .resource_capability_configuration import ResourceCapabilityConfiguration
    from .resource_custom_labels import ResourceCustomLabels
    from .resource_custom_sys_ct_ls import ResourceCustomSysCTLs
    from .resource_dependency import ResourceDependency
    from .resource_dependency_parameter_map import ResourceDependencyParameterMap
    from .resource_entity import ResourceEntity
    from .resource_instance import ResourceInstance
    from .resource_instance_detailed_network_topology import ResourceInstanceDetailedNetworkTopology
    from .resource_instance_maintenance_tasks import ResourceInstanceMaintenanceTasks
    from .resource_instance_product_tier_features import ResourceInstanceProductTierFeatures
    from .resource_limits import ResourceLimits
    from .resource_metrics_config import ResourceMetricsConfig
    from .resource_requests import ResourceRequests
    from .resource_spec import ResourceSpec
    from .resource_summary import ResourceSummary
    from .resource_terraform_configurations import ResourceTerraformConfigurations
    from .restore_resource_instance_from_snapshot_request import RestoreResourceInstanceFromSnapshotRequest
    from .restore_resource_instance_request import RestoreResourceInstanceRequest
    from .revoke_user_role_request import RevokeUserRoleRequest
    from .rollout_fleet_image_status_result import RolloutFleetImageStatusResult
    from .rollout_fleet_infra_status_result import RolloutFleetInfraStatusResult
    from .route_53_configuration import Route53Configuration
    from .route_53_configuration_description import Route53ConfigurationDescription
    from .saa_s_portal import SaaSPortal
    from .saa_s_portal_detailed_network_topology import SaaSPortalDetailedNetworkTopology
    from .saa_s_portal_email_config import SaaSPortalEmailConfig
    from .saa_s_portal_image_config import SaaSPortalImageConfig
    from .save_helm_package_request import SaveHelmPackageRequest
    from .service import Service
    from .service_api import ServiceAPI
    from .service_assets import ServiceAssets
    from .service_deployment_details import ServiceDeploymentDetails
    from .service_environment import ServiceEnvironment
    from .service_health_status import ServiceHealthStatus
    from .service_model import ServiceModel
    from .service_model_active_account_config_ids import ServiceModelActiveAccountConfigIds
    from .service_model_feature_detail import ServiceModelFeatureDetail
    from .service_model_feature_detail_configuration import ServiceModelFeatureDetailConfiguration
    from .service_offering import ServiceOffering
    from .service_offering_resource import ServiceOfferingResource
    from .service_plan import ServicePlan
    from .service_version import ServiceVersion
    from .services_orchestration import ServicesOrchestration
    from .set_environment_variables_request import SetEnvironmentVariablesRequest
    from .signin_request import SigninRequest
    from .signin_result import SigninResult
    from .signup_request import SignupRequest
    from .storage_config import StorageConfig
    from .storage_config_volumes import StorageConfigVolumes
    from .storage_volume_config import StorageVolumeConfig
    from .stripe_authorize_url_result import StripeAuthorizeURLResult
    from .subscription import Subscription
    from .subscription_active_subscription_pricing import SubscriptionActiveSubscriptionPricing
    from .subscription_license import SubscriptionLicense
    from .subscription_request import SubscriptionRequest
    from .subscription_users import SubscriptionUsers
    from .terraform_configuration import TerraformConfiguration
    from .terraform_configuration_private_module_git_access_tokens import (
        TerraformConfigurationPrivateModuleGitAccessTokens,
    )
    from .terraform_output import TerraformOutput
    from .tier_version_set import TierVersionSet
    from .tier_version_set_features import TierVersionSetFeatures
    from .unset_environment_variables_request import UnsetEnvironmentVariablesRequest
    from .update_account_config_resource_instance_request import UpdateAccountConfigResourceInstanceRequest
    from .update_compute_config_request import UpdateComputeConfigRequest
    from .update_custom_network_request import UpdateCustomNetworkRequest
    from .update_deployment_config_request import UpdateDeploymentConfigRequest
    from .update_file_metadata_request import UpdateFileMetadataRequest
    from .update_identity_provider_request import UpdateIdentityProviderRequest
    from .update_image_config_request import UpdateImageConfigRequest
    from .update_image_registry_request import UpdateImageRegistryRequest
    from .update_infra_config_request import UpdateInfraConfigRequest
    from .update_input_parameter_request import UpdateInputParameterRequest
    from .update_input_parameter_request_labeled_options import UpdateInputParameterRequestLabeledOptions
    from .update_instance_storage_volume_config_request import UpdateInstanceStorageVolumeConfigRequest
    from .update_limit_request import UpdateLimitRequest
    from .update_network_config_request import UpdateNetworkConfigRequest
    from .update_output_parameter_request import UpdateOutputParameterRequest
    from .update_password_request import UpdatePasswordRequest
    from .update_product_tier_request import UpdateProductTierRequest
    from .update_product_tier_request_export_usage_metering_config import (
        UpdateProductTierRequestExportUsageMeteringConfig,
    )
    from .update_product_tier_request_price_per_unit import UpdateProductTierRequestPricePerUnit
    from .update_resource_instance_request import UpdateResourceInstanceRequest
    from .update_resource_request import UpdateResourceRequest
    from .update_resource_request_custom_labels import UpdateResourceRequestCustomLabels
    from .update_resource_request_custom_sys_ct_ls import UpdateResourceRequestCustomSysCTLs
    from .update_resource_request_terraform_configurations import UpdateResourceRequestTerraformConfigurations
    from .update_saa_s_portal_custom_domain_request import UpdateSaaSPortalCustomDomainRequest
    from .update_saa_s_portal_request import UpdateSaaSPortalRequest
    from .update_service_api_request import UpdateServiceAPIRequest
    from .update_service_environment_request import UpdateServiceEnvironmentRequest
    from .update_service_model_request import UpdateServiceModelRequest
    from .update_service_request import UpdateServiceRequest
    from .update_storage_config_request import UpdateStorageConfigRequest
    from .update_storage_volume_config_request import UpdateStorageVolumeConfigRequest
    from .update_storage_volume_size_config_request import UpdateStorageVolumeSizeConfigRequest
    from .update_user_request import UpdateUserRequest
    from .usage_per_dimension import UsagePerDimension
    from .user import User
    from .v_unit import VUnit
    from .validate_token_request import ValidateTokenRequest
    from .verify_identity_provider_result import VerifyIdentityProviderResult
    from .warm_pool_configuration import WarmPoolConfiguration
    from .workflow_failure import WorkflowFailure

_MODULES = {
    "AccountConfig": ".account_config",
    "AccountConfigIdentityIDResult": ".account_config_identity_id_result",
    "ActionHook": ".action_hook",
    "AddAccountConfigToServiceModelRequest": ".add_account_config_to_service_model_request",
    "AddCapacityToResourceInstanceRequest": ".add_capacity_to_resource_instance_request",
    "AddComputeInstanceTypeRequest": ".add_compute_instance_type_request",
    "AddCustomDNSToResourceInstanceRequest": ".add_custom_dns_to_resource_instance_request",
    "AddResourceDependencyRequest": ".add_resource_dependency_request",
    "AddResourceDependencyRequestParameterMap": ".add_resource_dependency_request_parameter_map",
    "AddStorageVolumeConfigRequest": ".add_storage_volume_config_request",
    "AdditionalSecurityContext": ".additional_security_context",
    "Address": ".address",
    "APIEntity": ".api_entity",
    "AuditEvent": ".audit_event",
    "AutoScalingMetricSpec": ".auto_scaling_metric_spec",
    "AutoscalingPolicy": ".autoscaling_policy",
    "AvailabilityZone": ".availability_zone",
    "AWSPrivateLinkConfiguration": ".aws_private_link_configuration",
    "BackendPortConfiguration": ".backend_port_configuration",
    "BackupConfiguration": ".backup_configuration",
    "BackupStatus": ".backup_status",
    "BlobStorageConfiguration": ".blob_storage_configuration",
    "BlobStorageConfigurationGCSConfiguration": ".blob_storage_configuration_gcs_configuration",
    "BlobStorageConfigurationS3Configuration": ".blob_storage_configuration_s3_configuration",
    "BuildServiceFromComposeSpecRequest": ".build_service_from_compose_spec_request",
    "BuildServiceFromComposeSpecRequestConfigs": ".build_service_from_compose_spec_request_configs",
    "BuildServiceFromComposeSpecRequestSecrets": ".build_service_from_compose_spec_request_secrets",
    "BuildServiceFromComposeSpecResult": ".build_service_from_compose_spec_result",
    "BuildServiceFromComposeSpecResultUndefinedResources": ".build_service_from_compose_spec_result_undefined_resources",
    "BuildServiceFromServicePlanSpecRequest": ".build_service_from_service_plan_spec_request",
    "BuildServiceFromServicePlanSpecResult": ".build_service_from_service_plan_spec_result",
    "BuildServiceFromServicePlanSpecResultUndefinedResources": ".build_service_from_service_plan_spec_result_undefined_resources",
    "ChangePasswordRequest": ".change_password_request",
    "ChangePlanRequest": ".change_plan_request",
    "CheckIfContainerImageAccessibleResult": ".check_if_container_image_accessible_result",
    "CloudProvider": ".cloud_provider",
    "CompleteOAuthConnectionRequest": ".complete_o_auth_connection_request",
    "CompleteOAuthConnectionResult": ".complete_o_auth_connection_result",
    "ComputeConfig": ".compute_config",
    "ComputeConfigComputeInstanceTypeConfigOverrides": ".compute_config_compute_instance_type_config_overrides",
    "ComputeConfigInstanceTypes": ".compute_config_instance_types",
    "ComputeInstanceTypeConfigOverride": ".compute_instance_type_config_override",
    "ConsumptionBillingDetails": ".consumption_billing_details",
    "ConsumptionBillingStatus": ".consumption_billing_status",
    "ConsumptionInviteUserRequest": ".consumption_invite_user_request",
    "ConsumptionRevokeUserRoleRequest": ".consumption_revoke_user_role_request",
    "ConsumptionServiceAuthResult": ".consumption_service_auth_result",
    "ConsumptionUserBillingDetails": ".consumption_user_billing_details",
    "ContactusRequest": ".contactus_request",
    "CopyProductTierRequest": ".copy_product_tier_request",
    "CopyProductTierRequestExportUsageMeteringConfig": ".copy_product_tier_request_export_usage_metering_config",
    "CopyProductTierRequestPricePerUnit": ".copy_product_tier_request_price_per_unit",
    "CopyServiceModelRequest": ".copy_service_model_request",
    "CreateAccountConfigRequest": ".create_account_config_request",
    "CreateComputeConfigRequest": ".create_compute_config_request",
    "CreateCustomDomainRequest": ".create_custom_domain_request",
    "CreateCustomNetworkRequest": ".create_custom_network_request",
    "CreateDeploymentConfigRequest": ".create_deployment_config_request",
    "CreateIdentityProviderRequest": ".create_identity_provider_request",
    "CreateImageConfigRequest": ".create_image_config_request",
    "CreateImageRegistryRequest": ".create_image_registry_request",
    "CreateInfraConfigRequest": ".create_infra_config_request",
    "CreateInputParameterRequest": ".create_input_parameter_request",
    "CreateInputParameterRequestLabeledOptions": ".create_input_parameter_request_labeled_options",
    "CreateNetworkConfigRequest": ".create_network_config_request",
    "CreateOutputParameterRequest": ".create_output_parameter_request",
    "CreateProductTierRequest": ".create_product_tier_request",
    "CreateProductTierRequestExportUsageMeteringConfig": ".create_product_tier_request_export_usage_metering_config",
    "CreateProductTierRequestPricePerUnit": ".create_product_tier_request_price_per_unit",
    "CreateResourceInstanceRequest": ".create_resource_instance_request",
    "CreateResourceRequest": ".create_resource_request",
    "CreateResourceRequestCustomLabels": ".create_resource_request_custom_labels",
    "CreateResourceRequestCustomSysCTLs": ".create_resource_request_custom_sys_ct_ls",
    "CreateResourceRequestTerraformConfigurations": ".create_resource_request_terraform_configurations",
    "CreateSaaSPortalCustomDomainRequest": ".create_saa_s_portal_custom_domain_request",
    "CreateServiceAPIRequest": ".create_service_api_request",
    "CreateServiceEnvironmentRequest": ".create_service_environment_request",
    "CreateServiceFromComposeSpecRequest": ".create_service_from_compose_spec_request",
    "CreateServiceModelRequest": ".create_service_model_request",
    "CreateServiceRequest": ".create_service_request",
    "CreateServicesOrchestrationRequest": ".create_services_orchestration_request",
    "CreateServicesOrchestrationResult": ".create_services_orchestration_result",
    "CreateStorageConfigRequest": ".create_storage_config_request",
    "CreateStorageVolumeConfigRequest": ".create_storage_volume_config_request",
    "CreateSubscriptionRequest": ".create_subscription_request",
    "CreateSubscriptionRequestRequest": ".create_subscription_request_request",
    "CreateTierVersionSetRequest": ".create_tier_version_set_request",
    "CreateTierVersionSetResult": ".create_tier_version_set_result",
    "CustomDomain": ".custom_domain",
    "CustomDomainIdentityIDResult": ".custom_domain_identity_id_result",
    "CustomImageCommandsAndArgs": ".custom_image_commands_and_args",
    "CustomNetwork": ".custom_network",
    "CustomNetworkInstance": ".custom_network_instance",
    "CustomNetworkResourceDetail": ".custom_network_resource_detail",
    "CustomTag": ".custom_tag",
    "CustomULimits": ".custom_u_limits",
    "CustomerInviteUserRequest": ".customer_invite_user_request",
    "CustomerLoginWithIdentityProviderRequest": ".customer_login_with_identity_provider_request",
    "CustomerLoginWithIdentityProviderResult": ".customer_login_with_identity_provider_result",
    "CustomerResetPasswordRequest": ".customer_reset_password_request",
    "CustomerSigninRequest": ".customer_signin_request",
    "CustomerSigninResult": ".customer_signin_result",
    "CustomerSignupRequest": ".customer_signup_request",
    "DemoRequest": ".demo_request",
    "DeploymentConfig": ".deployment_config",
    "DeregisterActionHookRequest": ".deregister_action_hook_request",
    "DescribeAccountConfigByAWSAccountIDResult": ".describe_account_config_by_aws_account_id_result",
    "DescribeAccountConfigByAzureSubscriptionIDResult": ".describe_account_config_by_azure_subscription_id_result",
    "DescribeAccountConfigByGCPProjectIDResult": ".describe_account_config_by_gcp_project_id_result",
    "DescribeCustomDomainResult": ".describe_custom_domain_result",
    "DescribeServiceEnvironmentResult": ".describe_service_environment_result",
    "DescribeServiceOfferingResult": ".describe_service_offering_result",
    "DescribeUsersByOrgResult": ".describe_users_by_org_result",
    "DescribeUsersBySubscriptionResult": ".describe_users_by_subscription_result",
    "DiffTierVersionSetsResult": ".diff_tier_version_sets_result",
    "DiffTierVersionSetsResultResourceChangeSets": ".diff_tier_version_sets_result_resource_change_sets",
    "DisableProductTierFeatureRequest": ".disable_product_tier_feature_request",
    "DisableResourceCapabilityRequest": ".disable_resource_capability_request",
    "DisableServiceModelFeatureRequest": ".disable_service_model_feature_request",
    "EFSFileSystemConfiguration": ".efs_file_system_configuration",
    "EnableProductTierFeatureRequest": ".enable_product_tier_feature_request",
    "EnableProductTierFeatureRequestConfiguration": ".enable_product_tier_feature_request_configuration",
    "EnableResourceCapabilityRequest": ".enable_resource_capability_request",
    "EnableResourceCapabilityRequestConfiguration": ".enable_resource_capability_request_configuration",
    "EnableServiceModelFeatureRequest": ".enable_service_model_feature_request",
    "EnableServiceModelFeatureRequestConfiguration": ".enable_service_model_feature_request_configuration",
    "Endpoint": ".endpoint",
    "EnvironmentPromotionStatus": ".environment_promotion_status",
    "EnvironmentVariable": ".environment_variable",
    "Error": ".error",
    "FailoverResourceInstanceRequest": ".failover_resource_instance_request",
    "FileMetadata": ".file_metadata",
    "FileSystemConfiguration": ".file_system_configuration",
    "FileUpload": ".file_upload",
    "GenerateComposeSpecFromContainerImageRequest": ".generate_compose_spec_from_container_image_request",
    "GenerateComposeSpecFromContainerImageResult": ".generate_compose_spec_from_container_image_result",
    "GenerateTokenForDeploymentCellDashboardResult": ".generate_token_for_deployment_cell_dashboard_result",
    "GetConsumptionUsageResult": ".get_consumption_usage_result",
    "GetServicePlanResult": ".get_service_plan_result",
    "GetServicePlanResultActiveAccountConfigIds": ".get_service_plan_result_active_account_config_ids",
    "GetServicePlanResultProductTierFeatures": ".get_service_plan_result_product_tier_features",
    "GetUsageResult": ".get_usage_result",
    "GitConfiguration": ".git_configuration",
    "HelmChartConfiguration": ".helm_chart_configuration",
    "HelmChartConfigurationChartValues": ".helm_chart_configuration_chart_values",
    "HelmChartConfigurationEndpointConfiguration": ".helm_chart_configuration_endpoint_configuration",
    "HelmPackage": ".helm_package",
    "HelmPackageChartValues": ".helm_package_chart_values",
    "HelmRuntimeConfiguration": ".helm_runtime_configuration",
    "IdentityProvider": ".identity_provider",
    "ImageConfig": ".image_config",
    "ImageRegistry": ".image_registry",
    "InfraConfig": ".infra_config",
    "InfraRollConfiguration": ".infra_roll_configuration",
    "InputParameter": ".input_parameter",
    "InputParameterEntity": ".input_parameter_entity",
    "InputParameterLabeledOptions": ".input_parameter_labeled_options",
    "InstanceSnapshot": ".instance_snapshot",
    "InviteUserRequest": ".invite_user_request",
    "Invoice": ".invoice",
    "JobConfig": ".job_config",
    "KubernetesDashboardEndpoint": ".kubernetes_dashboard_endpoint",
    "KustomizeConfiguration": ".kustomize_configuration",
    "KustomizeConfigurationEndpointConfiguration": ".kustomize_configuration_endpoint_configuration",
    "L4LoadBalancerConfiguration": ".l4_load_balancer_configuration",
    "L7LoadBalancerConfiguration": ".l7_load_balancer_configuration",
    "Limit": ".limit",
    "Limits": ".limits",
    "ListAccountConfigResult": ".list_account_config_result",
    "ListActionHooksResult": ".list_action_hooks_result",
    "ListAllResourceInstancesResult": ".list_all_resource_instances_result",
    "ListAllSubscriptionUsersResult": ".list_all_subscription_users_result",
    "ListAssociatedResourcesResult": ".list_associated_resources_result",
    "ListAuditEventsResult": ".list_audit_events_result",
    "ListAvailabilityZonesByRegionCodeResult": ".list_availability_zones_by_region_code_result",
    "ListAvailabilityZonesResult": ".list_availability_zones_result",
    "ListBYOAConfigRequest": ".list_byoa_config_request",
    "ListBYOAConfigResult": ".list_byoa_config_result",
    "ListCloudProvidersResult": ".list_cloud_providers_result",
    "ListComputeConfigsResult": ".list_compute_configs_result",
    "ListComputeInstanceTypesResult": ".list_compute_instance_types_result",
    "ListCustomDomainResult": ".list_custom_domain_result",
    "ListCustomNetworksResult": ".list_custom_networks_result",
    "ListDependentResourcesResult": ".list_dependent_resources_result",
    "ListDeploymentConfigsResult": ".list_deployment_configs_result",
    "ListFilesResult": ".list_files_result",
    "ListHelmPackagesResult": ".list_helm_packages_result",
    "ListIdentityProvidersResult": ".list_identity_providers_result",
    "ListImageConfigsResult": ".list_image_configs_result",
    "ListImageRegistryResult": ".list_image_registry_result",
    "ListInfraConfigResult": ".list_infra_config_result",
    "ListInputParametersResult": ".list_input_parameters_result",
    "ListInvoicesResult": ".list_invoices_result",
    "ListLimitRequest": ".list_limit_request",
    "ListLimitResult": ".list_limit_result",
    "ListNetworkConfigsResult": ".list_network_configs_result",
    "ListOutputParametersResult": ".list_output_parameters_result",
    "ListProductTiersResult": ".list_product_tiers_result",
    "ListRegionsResult": ".list_regions_result",
    "ListResourceCapabilitiesResult": ".list_resource_capabilities_result",
    "ListResourceInstanceSnapshotsResult": ".list_resource_instance_snapshots_result",
    "ListResourceInstancesResult": ".list_resource_instances_result",
    "ListResourcesResult": ".list_resources_result",
    "ListSaaSPortalCustomDomainsResult": ".list_saa_s_portal_custom_domains_result",
    "ListSaaSPortalsResult": ".list_saa_s_portals_result",
    "ListServiceAPIsResult": ".list_service_ap_is_result",
    "ListServiceEnvironmentsResult": ".list_service_environments_result",
    "ListServiceModelsResult": ".list_service_models_result",
    "ListServiceOfferingsResult": ".list_service_offerings_result",
    "ListServicePlansResult": ".list_service_plans_result",
    "ListServiceResult": ".list_service_result",
    "ListStorageConfigsResult": ".list_storage_configs_result",
    "ListStorageVolumeConfigsResult": ".list_storage_volume_configs_result",
    "ListSubscriptionRequestsResult": ".list_subscription_requests_result",
    "ListSubscriptionsResult": ".list_subscriptions_result",
    "ListTierVersionSetsResult": ".list_tier_version_sets_result",
    "ListVUnitsRequest": ".list_v_units_request",
    "ListVUnitsResult": ".list_v_units_result",
    "ListVUnitsResultIds": ".list_v_units_result_ids",
    "LoadBalancerPathConfiguration": ".load_balancer_path_configuration",
    "LoginWithIdentityProviderRequest": ".login_with_identity_provider_request",
    "LoginWithIdentityProviderResult": ".login_with_identity_provider_result",
    "ModifyServicesOrchestrationRequest": ".modify_services_orchestration_request",
    "Network": ".network",
    "NetworkConfig": ".network_config",
    "NetworkFeaturesConfiguration": ".network_features_configuration",
    "OperatorCRDConfiguration": ".operator_crd_configuration",
    "OperatorCRDConfigurationEndpointConfiguration": ".operator_crd_configuration_endpoint_configuration",
    "OperatorCRDConfigurationOutputParameters": ".operator_crd_configuration_output_parameters",
    "OperatorCRDConfigurationReadinessConditions": ".operator_crd_configuration_readiness_conditions",
    "OperatorHelmChartDependency": ".operator_helm_chart_dependency",
    "OperatorHelmChartDependencyChartValues": ".operator_helm_chart_dependency_chart_values",
    "OrgUsers": ".org_users",
    "OutputParameter": ".output_parameter",
    "OutputParameterEntity": ".output_parameter_entity",
    "PaymentChannel": ".payment_channel",
    "PendingChanges": ".pending_changes",
    "PendingChangesResourceChangeSets": ".pending_changes_resource_change_sets",
    "Plan": ".plan",
    "PrivateLinkConfiguration": ".private_link_configuration",
    "PrivateNetworkingConfiguration": ".private_networking_configuration",
    "ProductTier": ".product_tier",
    "ProductTierApiGroups": ".product_tier_api_groups",
    "ProductTierCloudProvidersConfigReadiness": ".product_tier_cloud_providers_config_readiness",
    "ProductTierExportUsageMeteringConfig": ".product_tier_export_usage_metering_config",
    "ProductTierFeatureDetail": ".product_tier_feature_detail",
    "ProductTierFeatureDetailConfiguration": ".product_tier_feature_detail_configuration",
    "ProductTierFeatures": ".product_tier_features",
    "ProductTierPricePerUnit": ".product_tier_price_per_unit",
    "PublicNetworkingConfiguration": ".public_networking_configuration",
    "Region": ".region",
    "RegisterActionHookRequest": ".register_action_hook_request",
    "RegisterResourceMetricsConfigRequest": ".register_resource_metrics_config_request",
    "ReleaseImageConfigRequest": ".release_image_config_request",
    "ReleaseInfraConfigRequest": ".release_infra_config_request",
    "ReleaseServiceAPIRequest": ".release_service_api_request",
    "ReleaseServiceModelResult": ".release_service_model_result",
    "ReleaseTierVersionSetRequest": ".release_tier_version_set_request",
    "RemoveAccountConfigFromServiceModelRequest": ".remove_account_config_from_service_model_request",
    "RemoveCapacityFromResourceInstanceRequest": ".remove_capacity_from_resource_instance_request",
    "RemoveComputeInstanceTypeRequest": ".remove_compute_instance_type_request",
    "RemoveStorageVolumeConfigRequest": ".remove_storage_volume_config_request",
    "ReportHealthResult": ".report_health_result",
    "ReportHealthResultReport": ".report_health_result_report",
    "ResetPasswordRequest": ".reset_password_request",
    "Resource": ".resource",
    "ResourceCapability": ".resource_capability",
    "ResourceCapabilityConfiguration": ".resource_capability_configuration",
    "ResourceCustomLabels": ".resource_custom_labels",
    "ResourceCustomSysCTLs": ".resource_custom_sys_ct_ls",
    "ResourceDependency": ".resource_dependency",
    "ResourceDependencyParameterMap": ".resource_dependency_parameter_map",
    "ResourceEntity": ".resource_entity",
    "ResourceInstance": ".resource_instance",
    "ResourceInstanceDetailedNetworkTopology": ".resource_instance_detailed_network_topology",
    "ResourceInstanceMaintenanceTasks": ".resource_instance_maintenance_tasks",
    "ResourceInstanceProductTierFeatures": ".resource_instance_product_tier_features",
    "ResourceLimits": ".resource_limits",
    "ResourceMetricsConfig": ".resource_metrics_config",
    "ResourceRequests": ".resource_requests",
    "ResourceSpec": ".resource_spec",
    "ResourceSummary": ".resource_summary",
    "ResourceTerraformConfigurations": ".resource_terraform_configurations",
    "RestoreResourceInstanceFromSnapshotRequest": ".restore_resource_instance_from_snapshot_request",
    "RestoreResourceInstanceRequest": ".restore_resource_instance_request",
    "RevokeUserRoleRequest": ".revoke_user_role_request",
    "RolloutFleetImageStatusResult": ".rollout_fleet_image_status_result",
    "RolloutFleetInfraStatusResult": ".rollout_fleet_infra_status_result",
    "Route53Configuration": ".route_53_configuration",
    "Route53ConfigurationDescription": ".route_53_configuration_description",
    "SaaSPortal": ".saa_s_portal",
    "SaaSPortalDetailedNetworkTopology": ".saa_s_portal_detailed_network_topology",
    "SaaSPortalEmailConfig": ".saa_s_portal_email_config",
    "SaaSPortalImageConfig": ".saa_s_portal_image_config",
    "SaveHelmPackageRequest": ".save_helm_package_request",
    "Service": ".service",
    "ServiceAPI": ".service_api",
    "ServiceAssets": ".service_assets",
    "ServiceDeploymentDetails": ".service_deployment_details",
    "ServiceEnvironment": ".service_environment",
    "ServiceHealthStatus": ".service_health_status",
    "ServiceModel": ".service_model",
    "ServiceModelActiveAccountConfigIds": ".service_model_active_account_config_ids",
    "ServiceModelFeatureDetail": ".service_model_feature_detail",
    "ServiceModelFeatureDetailConfiguration": ".service_model_feature_detail_configuration",
    "ServiceOffering": ".service_offering",
    "ServiceOfferingResource": ".service_offering_resource",
    "ServicePlan": ".service_plan",
    "ServiceVersion": ".service_version",
    "ServicesOrchestration": ".services_orchestration",
    "SetEnvironmentVariablesRequest": ".set_environment_variables_request",
    "SigninRequest": ".signin_request",
    "SigninResult": ".signin_result",
    "SignupRequest": ".signup_request",
    "StorageConfig": ".storage_config",
    "StorageConfigVolumes": ".storage_config_volumes",
    "StorageVolumeConfig": ".storage_volume_config",
    "StripeAuthorizeURLResult": ".stripe_authorize_url_result",
    "Subscription": ".subscription",
    "SubscriptionActiveSubscriptionPricing": ".subscription_active_subscription_pricing",
    "SubscriptionLicense": ".subscription_license",
    "SubscriptionRequest": ".subscription_request",
    "SubscriptionUsers": ".subscription_users",
    "TerraformConfiguration": ".terraform_configuration",
    "TerraformConfigurationPrivateModuleGitAccessTokens": ".terraform_configuration_private_module_git_access_tokens",
    "TerraformOutput": ".terraform_output",
    "TierVersionSet": ".tier_version_set",
    "TierVersionSetFeatures": ".tier_version_set_features",
    "UnsetEnvironmentVariablesRequest": ".unset_environment_variables_request",
    "UpdateAccountConfigResourceInstanceRequest": ".update_account_config_resource_instance_request",
    "UpdateComputeConfigRequest": ".update_compute_config_request",
    "UpdateCustomNetworkRequest": ".update_custom_network_request",
    "UpdateDeploymentConfigRequest": ".update_deployment_config_request",
    "UpdateFileMetadataRequest": ".update_file_metadata_request",
    "UpdateIdentityProviderRequest": ".update_identity_provider_request",
    "UpdateImageConfigRequest": ".update_image_config_request",
    "UpdateImageRegistryRequest": ".update_image_registry_request",
    "UpdateInfraConfigRequest": ".update_infra_config_request",
    "UpdateInputParameterRequest": ".update_input_parameter_request",
    "UpdateInputParameterRequestLabeledOptions": ".update_input_parameter_request_labeled_options",
    "UpdateInstanceStorageVolumeConfigRequest": ".update_instance_storage_volume_config_request",
    "UpdateLimitRequest": ".update_limit_request",
    "UpdateNetworkConfigRequest": ".update_network_config_request",
    "UpdateOutputParameterRequest": ".update_output_parameter_request",
    "UpdatePasswordRequest": ".update_password_request",
    "UpdateProductTierRequest": ".update_product_tier_request",
    "UpdateProductTierRequestExportUsageMeteringConfig": ".update_product_tier_request_export_usage_metering_config",
    "UpdateProductTierRequestPricePerUnit": ".update_product_tier_request_price_per_unit",
    "UpdateResourceInstanceRequest": ".update_resource_instance_request",
    "UpdateResourceRequest": ".update_resource_request",
    "UpdateResourceRequestCustomLabels": ".update_resource_request_custom_labels",
    "UpdateResourceRequestCustomSysCTLs": ".update_resource_request_custom_sys_ct_ls",
    "UpdateResourceRequestTerraformConfigurations": ".update_resource_request_terraform_configurations",
    "UpdateSaaSPortalCustomDomainRequest": ".update_saa_s_portal_custom_domain_request",
    "UpdateSaaSPortalRequest": ".update_saa_s_portal_request",
    "UpdateServiceAPIRequest": ".update_service_api_request",
    "UpdateServiceEnvironmentRequest": ".update_service_environment_request",
    "UpdateServiceModelRequest": ".update_service_model_request",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateStorageConfigRequest": ".update_storage_config_request",
    "UpdateStorageVolumeConfigRequest": ".update_storage_volume_config_request",
    "UpdateStorageVolumeSizeConfigRequest": ".update_storage_volume_size_config_request",
    "UpdateUserRequest": ".update_user_request",
    "UsagePerDimension": ".usage_per_dimension",
    "User": ".user",
    "VUnit": ".v_unit",
    "ValidateTokenRequest": ".validate_token_request",
    "VerifyIdentityProviderResult": ".verify_identity_provider_result",
    "WarmPoolConfiguration": ".warm_pool_configuration",
    "WorkflowFailure": ".workflow_failure",
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
    "AccountConfig",
    "AccountConfigIdentityIDResult",
    "ActionHook",
    "AddAccountConfigToServiceModelRequest",
    "AddCapacityToResourceInstanceRequest",
    "AddComputeInstanceTypeRequest",
    "AddCustomDNSToResourceInstanceRequest",
    "AdditionalSecurityContext",
    "AddResourceDependencyRequest",
    "AddResourceDependencyRequestParameterMap",
    "Address",
    "AddStorageVolumeConfigRequest",
    "APIEntity",
    "AuditEvent",
    "AutoScalingMetricSpec",
    "AutoscalingPolicy",
    "AvailabilityZone",
    "AWSPrivateLinkConfiguration",
    "BackendPortConfiguration",
    "BackupConfiguration",
    "BackupStatus",
    "BlobStorageConfiguration",
    "BlobStorageConfigurationGCSConfiguration",
    "BlobStorageConfigurationS3Configuration",
    "BuildServiceFromComposeSpecRequest",
    "BuildServiceFromComposeSpecRequestConfigs",
    "BuildServiceFromComposeSpecRequestSecrets",
    "BuildServiceFromComposeSpecResult",
    "BuildServiceFromComposeSpecResultUndefinedResources",
    "BuildServiceFromServicePlanSpecRequest",
    "BuildServiceFromServicePlanSpecResult",
    "BuildServiceFromServicePlanSpecResultUndefinedResources",
    "ChangePasswordRequest",
    "ChangePlanRequest",
    "CheckIfContainerImageAccessibleResult",
    "CloudProvider",
    "CompleteOAuthConnectionRequest",
    "CompleteOAuthConnectionResult",
    "ComputeConfig",
    "ComputeConfigComputeInstanceTypeConfigOverrides",
    "ComputeConfigInstanceTypes",
    "ComputeInstanceTypeConfigOverride",
    "ConsumptionBillingDetails",
    "ConsumptionBillingStatus",
    "ConsumptionInviteUserRequest",
    "ConsumptionRevokeUserRoleRequest",
    "ConsumptionServiceAuthResult",
    "ConsumptionUserBillingDetails",
    "ContactusRequest",
    "CopyProductTierRequest",
    "CopyProductTierRequestExportUsageMeteringConfig",
    "CopyProductTierRequestPricePerUnit",
    "CopyServiceModelRequest",
    "CreateAccountConfigRequest",
    "CreateComputeConfigRequest",
    "CreateCustomDomainRequest",
    "CreateCustomNetworkRequest",
    "CreateDeploymentConfigRequest",
    "CreateIdentityProviderRequest",
    "CreateImageConfigRequest",
    "CreateImageRegistryRequest",
    "CreateInfraConfigRequest",
    "CreateInputParameterRequest",
    "CreateInputParameterRequestLabeledOptions",
    "CreateNetworkConfigRequest",
    "CreateOutputParameterRequest",
    "CreateProductTierRequest",
    "CreateProductTierRequestExportUsageMeteringConfig",
    "CreateProductTierRequestPricePerUnit",
    "CreateResourceInstanceRequest",
    "CreateResourceRequest",
    "CreateResourceRequestCustomLabels",
    "CreateResourceRequestCustomSysCTLs",
    "CreateResourceRequestTerraformConfigurations",
    "CreateSaaSPortalCustomDomainRequest",
    "CreateServiceAPIRequest",
    "CreateServiceEnvironmentRequest",
    "CreateServiceFromComposeSpecRequest",
    "CreateServiceModelRequest",
    "CreateServiceRequest",
    "CreateServicesOrchestrationRequest",
    "CreateServicesOrchestrationResult",
    "CreateStorageConfigRequest",
    "CreateStorageVolumeConfigRequest",
    "CreateSubscriptionRequest",
    "CreateSubscriptionRequestRequest",
    "CreateTierVersionSetRequest",
    "CreateTierVersionSetResult",
    "CustomDomain",
    "CustomDomainIdentityIDResult",
    "CustomerInviteUserRequest",
    "CustomerLoginWithIdentityProviderRequest",
    "CustomerLoginWithIdentityProviderResult",
    "CustomerResetPasswordRequest",
    "CustomerSigninRequest",
    "CustomerSigninResult",
    "CustomerSignupRequest",
    "CustomImageCommandsAndArgs",
    "CustomNetwork",
    "CustomNetworkInstance",
    "CustomNetworkResourceDetail",
    "CustomTag",
    "CustomULimits",
    "DemoRequest",
    "DeploymentConfig",
    "DeregisterActionHookRequest",
    "DescribeAccountConfigByAWSAccountIDResult",
    "DescribeAccountConfigByAzureSubscriptionIDResult",
    "DescribeAccountConfigByGCPProjectIDResult",
    "DescribeCustomDomainResult",
    "DescribeServiceEnvironmentResult",
    "DescribeServiceOfferingResult",
    "DescribeUsersByOrgResult",
    "DescribeUsersBySubscriptionResult",
    "DiffTierVersionSetsResult",
    "DiffTierVersionSetsResultResourceChangeSets",
    "DisableProductTierFeatureRequest",
    "DisableResourceCapabilityRequest",
    "DisableServiceModelFeatureRequest",
    "EFSFileSystemConfiguration",
    "EnableProductTierFeatureRequest",
    "EnableProductTierFeatureRequestConfiguration",
    "EnableResourceCapabilityRequest",
    "EnableResourceCapabilityRequestConfiguration",
    "EnableServiceModelFeatureRequest",
    "EnableServiceModelFeatureRequestConfiguration",
    "Endpoint",
    "EnvironmentPromotionStatus",
    "EnvironmentVariable",
    "Error",
    "FailoverResourceInstanceRequest",
    "FileMetadata",
    "FileSystemConfiguration",
    "FileUpload",
    "GenerateComposeSpecFromContainerImageRequest",
    "GenerateComposeSpecFromContainerImageResult",
    "GenerateTokenForDeploymentCellDashboardResult",
    "GetConsumptionUsageResult",
    "GetServicePlanResult",
    "GetServicePlanResultActiveAccountConfigIds",
    "GetServicePlanResultProductTierFeatures",
    "GetUsageResult",
    "GitConfiguration",
    "HelmChartConfiguration",
    "HelmChartConfigurationChartValues",
    "HelmChartConfigurationEndpointConfiguration",
    "HelmPackage",
    "HelmPackageChartValues",
    "HelmRuntimeConfiguration",
    "IdentityProvider",
    "ImageConfig",
    "ImageRegistry",
    "InfraConfig",
    "InfraRollConfiguration",
    "InputParameter",
    "InputParameterEntity",
    "InputParameterLabeledOptions",
    "InstanceSnapshot",
    "InviteUserRequest",
    "Invoice",
    "JobConfig",
    "KubernetesDashboardEndpoint",
    "KustomizeConfiguration",
    "KustomizeConfigurationEndpointConfiguration",
    "L4LoadBalancerConfiguration",
    "L7LoadBalancerConfiguration",
    "Limit",
    "Limits",
    "ListAccountConfigResult",
    "ListActionHooksResult",
    "ListAllResourceInstancesResult",
    "ListAllSubscriptionUsersResult",
    "ListAssociatedResourcesResult",
    "ListAuditEventsResult",
    "ListAvailabilityZonesByRegionCodeResult",
    "ListAvailabilityZonesResult",
    "ListBYOAConfigRequest",
    "ListBYOAConfigResult",
    "ListCloudProvidersResult",
    "ListComputeConfigsResult",
    "ListComputeInstanceTypesResult",
    "ListCustomDomainResult",
    "ListCustomNetworksResult",
    "ListDependentResourcesResult",
    "ListDeploymentConfigsResult",
    "ListFilesResult",
    "ListHelmPackagesResult",
    "ListIdentityProvidersResult",
    "ListImageConfigsResult",
    "ListImageRegistryResult",
    "ListInfraConfigResult",
    "ListInputParametersResult",
    "ListInvoicesResult",
    "ListLimitRequest",
    "ListLimitResult",
    "ListNetworkConfigsResult",
    "ListOutputParametersResult",
    "ListProductTiersResult",
    "ListRegionsResult",
    "ListResourceCapabilitiesResult",
    "ListResourceInstanceSnapshotsResult",
    "ListResourceInstancesResult",
    "ListResourcesResult",
    "ListSaaSPortalCustomDomainsResult",
    "ListSaaSPortalsResult",
    "ListServiceAPIsResult",
    "ListServiceEnvironmentsResult",
    "ListServiceModelsResult",
    "ListServiceOfferingsResult",
    "ListServicePlansResult",
    "ListServiceResult",
    "ListStorageConfigsResult",
    "ListStorageVolumeConfigsResult",
    "ListSubscriptionRequestsResult",
    "ListSubscriptionsResult",
    "ListTierVersionSetsResult",
    "ListVUnitsRequest",
    "ListVUnitsResult",
    "ListVUnitsResultIds",
    "LoadBalancerPathConfiguration",
    "LoginWithIdentityProviderRequest",
    "LoginWithIdentityProviderResult",
    "ModifyServicesOrchestrationRequest",
    "Network",
    "NetworkConfig",
    "NetworkFeaturesConfiguration",
    "OperatorCRDConfiguration",
    "OperatorCRDConfigurationEndpointConfiguration",
    "OperatorCRDConfigurationOutputParameters",
    "OperatorCRDConfigurationReadinessConditions",
    "OperatorHelmChartDependency",
    "OperatorHelmChartDependencyChartValues",
    "OrgUsers",
    "OutputParameter",
    "OutputParameterEntity",
    "PaymentChannel",
    "PendingChanges",
    "PendingChangesResourceChangeSets",
    "Plan",
    "PrivateLinkConfiguration",
    "PrivateNetworkingConfiguration",
    "ProductTier",
    "ProductTierApiGroups",
    "ProductTierCloudProvidersConfigReadiness",
    "ProductTierExportUsageMeteringConfig",
    "ProductTierFeatureDetail",
    "ProductTierFeatureDetailConfiguration",
    "ProductTierFeatures",
    "ProductTierPricePerUnit",
    "PublicNetworkingConfiguration",
    "Region",
    "RegisterActionHookRequest",
    "RegisterResourceMetricsConfigRequest",
    "ReleaseImageConfigRequest",
    "ReleaseInfraConfigRequest",
    "ReleaseServiceAPIRequest",
    "ReleaseServiceModelResult",
    "ReleaseTierVersionSetRequest",
    "RemoveAccountConfigFromServiceModelRequest",
    "RemoveCapacityFromResourceInstanceRequest",
    "RemoveComputeInstanceTypeRequest",
    "RemoveStorageVolumeConfigRequest",
    "ReportHealthResult",
    "ReportHealthResultReport",
    "ResetPasswordRequest",
    "Resource",
    "ResourceCapability",
    "ResourceCapabilityConfiguration",
    "ResourceCustomLabels",
    "ResourceCustomSysCTLs",
    "ResourceDependency",
    "ResourceDependencyParameterMap",
    "ResourceEntity",
    "ResourceInstance",
    "ResourceInstanceDetailedNetworkTopology",
    "ResourceInstanceMaintenanceTasks",
    "ResourceInstanceProductTierFeatures",
    "ResourceLimits",
    "ResourceMetricsConfig",
    "ResourceRequests",
    "ResourceSpec",
    "ResourceSummary",
    "ResourceTerraformConfigurations",
    "RestoreResourceInstanceFromSnapshotRequest",
    "RestoreResourceInstanceRequest",
    "RevokeUserRoleRequest",
    "RolloutFleetImageStatusResult",
    "RolloutFleetInfraStatusResult",
    "Route53Configuration",
    "Route53ConfigurationDescription",
    "SaaSPortal",
    "SaaSPortalDetailedNetworkTopology",
    "SaaSPortalEmailConfig",
    "SaaSPortalImageConfig",
    "SaveHelmPackageRequest",
    "Service",
    "ServiceAPI",
    "ServiceAssets",
    "ServiceDeploymentDetails",
    "ServiceEnvironment",
    "ServiceHealthStatus",
    "ServiceModel",
    "ServiceModelActiveAccountConfigIds",
    "ServiceModelFeatureDetail",
    "ServiceModelFeatureDetailConfiguration",
    "ServiceOffering",
    "ServiceOfferingResource",
    "ServicePlan",
    "ServicesOrchestration",
    "ServiceVersion",
    "SetEnvironmentVariablesRequest",
    "SigninRequest",
    "SigninResult",
    "SignupRequest",
    "StorageConfig",
    "StorageConfigVolumes",
    "StorageVolumeConfig",
    "StripeAuthorizeURLResult",
    "Subscription",
    "SubscriptionActiveSubscriptionPricing",
    "SubscriptionLicense",
    "SubscriptionRequest",
    "SubscriptionUsers",
    "TerraformConfiguration",
    "TerraformConfigurationPrivateModuleGitAccessTokens",
    "TerraformOutput",
    "TierVersionSet",
    "TierVersionSetFeatures",
    "UnsetEnvironmentVariablesRequest",
    "UpdateAccountConfigResourceInstanceRequest",
    "UpdateComputeConfigRequest",
    "UpdateCustomNetworkRequest",
    "UpdateDeploymentConfigRequest",
    "UpdateFileMetadataRequest",
    "UpdateIdentityProviderRequest",
    "UpdateImageConfigRequest",
    "UpdateImageRegistryRequest",
    "UpdateInfraConfigRequest",
    "UpdateInputParameterRequest",
    "UpdateInputParameterRequestLabeledOptions",
    "UpdateInstanceStorageVolumeConfigRequest",
    "UpdateLimitRequest",
    "UpdateNetworkConfigRequest",
    "UpdateOutputParameterRequest",
    "UpdatePasswordRequest",
    "UpdateProductTierRequest",
    "UpdateProductTierRequestExportUsageMeteringConfig",
    "UpdateProductTierRequestPricePerUnit",
    "UpdateResourceInstanceRequest",
    "UpdateResourceRequest",
    "UpdateResourceRequestCustomLabels",
    "UpdateResourceRequestCustomSysCTLs",
    "UpdateResourceRequestTerraformConfigurations",
    "UpdateSaaSPortalCustomDomainRequest",
    "UpdateSaaSPortalRequest",
    "UpdateServiceAPIRequest",
    "UpdateServiceEnvironmentRequest",
    "UpdateServiceModelRequest",
    "UpdateServiceRequest",
    "UpdateStorageConfigRequest",
    "UpdateStorageVolumeConfigRequest",
    "UpdateStorageVolumeSizeConfigRequest",
    "UpdateUserRequest",
    "UsagePerDimension",
    "User",
    "ValidateTokenRequest",
    "VerifyIdentityProviderResult",
    "VUnit",
    "WarmPoolConfiguration",
    "WorkflowFailure",
)
