"""Contains all the data models used in inputs/outputs.

Models load on first use (`from pds_client.models import X` imports only X's module), so
importing the package stays cheap however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_eula_request import AcceptEULARequest
    from .access_policy import AccessPolicy
    from .access_policy_with_account_id import AccessPolicyWithAccountID
    from .account import Account
    from .account_global_config import AccountGlobalConfig
    from .account_list import AccountList
    from .account_role_binding import AccountRoleBinding
    from .account_role_binding_list import AccountRoleBindingList
    from .account_role_invitation import AccountRoleInvitation
    from .account_role_invitation_list import AccountRoleInvitationList
    from .add_deployment_events_request import AddDeploymentEventsRequest
    from .api_metadata import ApiMetadata
    from .api_metadata_features import ApiMetadataFeatures
    from .api_version_info import ApiVersionInfo
    from .api_version_info_features import ApiVersionInfoFeatures
    from .application_configuration_sample import ApplicationConfigurationSample
    from .application_configuration_sample_list import ApplicationConfigurationSampleList
    from .application_configuration_template import ApplicationConfigurationTemplate
    from .application_configuration_template_list import ApplicationConfigurationTemplateList
    from .authorization_code_request import AuthorizationCodeRequest
    from .authorizer_request import AuthorizerRequest
    from .authorizer_response import AuthorizerResponse
    from .aws_details import AWSDetails
    from .azure_credentials import AzureCredentials
    from .backup import Backup
    from .backup_backup_level import BackupBackupLevel
    from .backup_backup_type import BackupBackupType
    from .backup_credentials import BackupCredentials
    from .backup_credentials_list import BackupCredentialsList
    from .backup_credentials_type import BackupCredentialsType
    from .backup_job import BackupJob
    from .backup_job_backup_spec import BackupJobBackupSpec
    from .backup_job_completion_status import BackupJobCompletionStatus
    from .backup_job_data_service_spec import BackupJobDataServiceSpec
    from .backup_job_error_code import BackupJobErrorCode
    from .backup_job_list import BackupJobList
    from .backup_job_status import BackupJobStatus
    from .backup_job_status_list import BackupJobStatusList
    from .backup_list import BackupList
    from .backup_policy import BackupPolicy
    from .backup_policy_list import BackupPolicyList
    from .backup_policy_sample import BackupPolicySample
    from .backup_policy_sample_list import BackupPolicySampleList
    from .backup_reclaim_policy import BackupReclaimPolicy
    from .backup_schedule import BackupSchedule
    from .backup_schedule_type import BackupScheduleType
    from .backup_state import BackupState
    from .backup_target import BackupTarget
    from .backup_target_list import BackupTargetList
    from .backup_target_state import BackupTargetState
    from .backup_target_state_error_code import BackupTargetStateErrorCode
    from .backup_target_state_list import BackupTargetStateList
    from .backup_target_state_state import BackupTargetStateState
    from .backup_target_type import BackupTargetType
    from .binding import Binding
    from .compatible_versions import CompatibleVersions
    from .compatible_versions_list import CompatibleVersionsList
    from .condition import Condition
    from .config_item import ConfigItem
    from .connection_details import ConnectionDetails
    from .connection_details_ports import ConnectionDetailsPorts
    from .copilot_search_request import CopilotSearchRequest
    from .copilot_search_result import CopilotSearchResult
    from .create_account_invitation_request import CreateAccountInvitationRequest
    from .create_account_request import CreateAccountRequest
    from .create_application_configuration_template_request import CreateApplicationConfigurationTemplateRequest
    from .create_backup_credentials_request import CreateBackupCredentialsRequest
    from .create_backup_policy_request import CreateBackupPolicyRequest
    from .create_backup_request import CreateBackupRequest
    from .create_backup_target_request import CreateBackupTargetRequest
    from .create_deployment_request import CreateDeploymentRequest
    from .create_deployment_request_application_configuration_overrides import (
        CreateDeploymentRequestApplicationConfigurationOverrides,
    )
    from .create_deployment_target_request import CreateDeploymentTargetRequest
    from .create_namespace_request import CreateNamespaceRequest
    from .create_resource_settings_template_request import CreateResourceSettingsTemplateRequest
    from .create_service_account_request import CreateServiceAccountRequest
    from .create_storage_options_template_request import CreateStorageOptionsTemplateRequest
    from .create_storage_options_template_request_fs import CreateStorageOptionsTemplateRequestFs
    from .create_storage_options_template_request_provisioner import CreateStorageOptionsTemplateRequestProvisioner
    from .create_storage_options_template_request_repl import CreateStorageOptionsTemplateRequestRepl
    from .create_user_api_key_request import CreateUserAPIKeyRequest
    from .credentials import Credentials
    from .data_service import DataService
    from .data_service_list import DataServiceList
    from .delete_role_binding_request import DeleteRoleBindingRequest
    from .deployment import Deployment
    from .deployment_configuration import DeploymentConfiguration
    from .deployment_connection_details import DeploymentConnectionDetails
    from .deployment_connection_info import DeploymentConnectionInfo
    from .deployment_connection_info_cluster_details import DeploymentConnectionInfoClusterDetails
    from .deployment_credentials import DeploymentCredentials
    from .deployment_error import DeploymentError
    from .deployment_event import DeploymentEvent
    from .deployment_initialize import DeploymentInitialize
    from .deployment_list import DeploymentList
    from .deployment_manifest import DeploymentManifest
    from .deployment_manifest_health import DeploymentManifestHealth
    from .deployment_manifest_manifest import DeploymentManifestManifest
    from .deployment_manifest_restore_status import DeploymentManifestRestoreStatus
    from .deployment_manifest_status import DeploymentManifestStatus
    from .deployment_resources import DeploymentResources
    from .deployment_scheduled_backup import DeploymentScheduledBackup
    from .deployment_service_type import DeploymentServiceType
    from .deployment_state import DeploymentState
    from .deployment_status import DeploymentStatus
    from .deployment_status_health import DeploymentStatusHealth
    from .deployment_status_initialized import DeploymentStatusInitialized
    from .deployment_status_status import DeploymentStatusStatus
    from .deployment_storage_options import DeploymentStorageOptions
    from .deployment_target import DeploymentTarget
    from .deployment_target_capabilities import DeploymentTargetCapabilities
    from .deployment_target_config import DeploymentTargetConfig
    from .deployment_target_credentials import DeploymentTargetCredentials
    from .deployment_target_deployment_event import DeploymentTargetDeploymentEvent
    from .deployment_target_last_synced_event import DeploymentTargetLastSyncedEvent
    from .deployment_target_list import DeploymentTargetList
    from .deployment_target_metadata import DeploymentTargetMetadata
    from .dns_details import DNSDetails
    from .error import Error
    from .eula_details import EULADetails
    from .generate_token_request import GenerateTokenRequest
    from .generate_token_response import GenerateTokenResponse
    from .global_role_binding import GlobalRoleBinding
    from .global_role_binding_list import GlobalRoleBindingList
    from .google_credentials import GoogleCredentials
    from .heartbeat_request import HeartbeatRequest
    from .heartbeat_response import HeartbeatResponse
    from .iam import IAM
    from .iam_request import IAMRequest
    from .image import Image
    from .image_capabilities import ImageCapabilities
    from .image_images import ImageImages
    from .image_list import ImageList
    from .k8s_event import K8SEvent
    from .k8s_event_type import K8SEventType
    from .list_storage_options_templates_provisioner_item import ListStorageOptionsTemplatesProvisionerItem
    from .maas_details import MAASDetails
    from .namespace import Namespace
    from .namespace_list import NamespaceList
    from .node_restrictions import NodeRestrictions
    from .oidc_info import OidcInfo
    from .oidc_tokens import OidcTokens
    from .pagination import Pagination
    from .partial_azure_credentials import PartialAzureCredentials
    from .partial_credentials import PartialCredentials
    from .partial_google_credentials import PartialGoogleCredentials
    from .partial_s3_compatible_credentials import PartialS3CompatibleCredentials
    from .partial_s3_credentials import PartialS3Credentials
    from .patch_account_role_invitation_request import PatchAccountRoleInvitationRequest
    from .patch_deployment_target_agent_metadata_request import PatchDeploymentTargetAgentMetadataRequest
    from .patch_deployment_target_request import PatchDeploymentTargetRequest
    from .patch_user_api_key_request import PatchUserAPIKeyRequest
    from .pod_info import PodInfo
    from .project import Project
    from .project_list import ProjectList
    from .project_role_binding import ProjectRoleBinding
    from .project_role_binding_list import ProjectRoleBindingList
    from .refresh_token_request import RefreshTokenRequest
    from .resource_conditions import ResourceConditions
    from .resource_settings_sample import ResourceSettingsSample
    from .resource_settings_sample_list import ResourceSettingsSampleList
    from .resource_settings_template import ResourceSettingsTemplate
    from .resource_settings_template_list import ResourceSettingsTemplateList
    from .restorability_matrix import RestorabilityMatrix
    from .restore import Restore
    from .restore_compatibility_condition import RestoreCompatibilityCondition
    from .restore_compatibility_condition_backup_job import RestoreCompatibilityConditionBackupJob
    from .restore_compatibility_condition_image import RestoreCompatibilityConditionImage
    from .restore_compatibility_condition_target_cluster import RestoreCompatibilityConditionTargetCluster
    from .restore_request import RestoreRequest
    from .role import Role
    from .role_binding_request import RoleBindingRequest
    from .role_list import RoleList
    from .s3_compatible_credentials import S3CompatibleCredentials
    from .s3_credentials import S3Credentials
    from .service_account import ServiceAccount
    from .service_account_list import ServiceAccountList
    from .service_account_token import ServiceAccountToken
    from .service_identity import ServiceIdentity
    from .service_identity_list import ServiceIdentityList
    from .service_identity_request import ServiceIdentityRequest
    from .service_identity_with_token import ServiceIdentityWithToken
    from .storage_options_sample import StorageOptionsSample
    from .storage_options_sample_fs import StorageOptionsSampleFs
    from .storage_options_sample_list import StorageOptionsSampleList
    from .storage_options_sample_provisioner import StorageOptionsSampleProvisioner
    from .storage_options_template import StorageOptionsTemplate
    from .storage_options_template_fs import StorageOptionsTemplateFs
    from .storage_options_template_list import StorageOptionsTemplateList
    from .storage_options_template_provisioner import StorageOptionsTemplateProvisioner
    from .task import Task
    from .team import Team
    from .tenant import Tenant
    from .tenant_list import TenantList
    from .tenant_role_binding import TenantRoleBinding
    from .tenant_role_binding_list import TenantRoleBindingList
    from .token_claims import TokenClaims
    from .typed_local_object_reference import TypedLocalObjectReference
    from .update_account_global_config_request import UpdateAccountGlobalConfigRequest
    from .update_account_global_config_request_tls_preview_enabled import (
        UpdateAccountGlobalConfigRequestTlsPreviewEnabled,
    )
    from .update_account_global_config_request_version_availability import (
        UpdateAccountGlobalConfigRequestVersionAvailability,
    )
    from .update_account_global_config_request_version_updatability import (
        UpdateAccountGlobalConfigRequestVersionUpdatability,
    )
    from .update_account_request import UpdateAccountRequest
    from .update_application_configuration_template_request import UpdateApplicationConfigurationTemplateRequest
    from .update_backup_credentials_request import UpdateBackupCredentialsRequest
    from .update_backup_policy_request import UpdateBackupPolicyRequest
    from .update_backup_request import UpdateBackupRequest
    from .update_backup_target_request import UpdateBackupTargetRequest
    from .update_deployment_request import UpdateDeploymentRequest
    from .update_deployment_request_application_configuration_overrides import (
        UpdateDeploymentRequestApplicationConfigurationOverrides,
    )
    from .update_deployment_scheduled_backup import UpdateDeploymentScheduledBackup
    from .update_deployment_target_metadata_request import UpdateDeploymentTargetMetadataRequest
    from .update_deployment_target_metadata_request_kube_platform import (
        UpdateDeploymentTargetMetadataRequestKubePlatform,
    )
    from .update_deployment_target_metadata_request_px_csi_enabled import (
        UpdateDeploymentTargetMetadataRequestPxCsiEnabled,
    )
    from .update_deployment_target_operator_metadata_request import UpdateDeploymentTargetOperatorMetadataRequest
    from .update_deployment_target_request import UpdateDeploymentTargetRequest
    from .update_namespace_request import UpdateNamespaceRequest
    from .update_resource_settings_template_request import UpdateResourceSettingsTemplateRequest
    from .update_restore_request import UpdateRestoreRequest
    from .update_storage_options_template_request import UpdateStorageOptionsTemplateRequest
    from .update_storage_options_template_request_fs import UpdateStorageOptionsTemplateRequestFs
    from .update_storage_options_template_request_provisioner import UpdateStorageOptionsTemplateRequestProvisioner
    from .update_storage_options_template_request_repl import UpdateStorageOptionsTemplateRequestRepl
    from .upsert_backup_job_request import UpsertBackupJobRequest
    from .upsert_backup_job_request_backup_spec import UpsertBackupJobRequestBackupSpec
    from .upsert_backup_job_request_data_service_spec import UpsertBackupJobRequestDataServiceSpec
    from .upsert_deployment_manifest_request import UpsertDeploymentManifestRequest
    from .upsert_deployment_manifest_request_manifest import UpsertDeploymentManifestRequestManifest
    from .user import User
    from .user_api_key import UserAPIKey
    from .user_api_key_list import UserAPIKeyList
    from .user_list import UserList
    from .version import Version
    from .version_list import VersionList
    from .version_reference import VersionReference
    from .who_am_i import WhoAmI
    from .who_am_i_service_account import WhoAmIServiceAccount
    from .who_am_i_service_identity import WhoAmIServiceIdentity
    from .who_am_i_user import WhoAmIUser

_MODULES = {
    "AcceptEULARequest": ".accept_eula_request",
    "AccessPolicy": ".access_policy",
    "AccessPolicyWithAccountID": ".access_policy_with_account_id",
    "Account": ".account",
    "AccountGlobalConfig": ".account_global_config",
    "AccountList": ".account_list",
    "AccountRoleBinding": ".account_role_binding",
    "AccountRoleBindingList": ".account_role_binding_list",
    "AccountRoleInvitation": ".account_role_invitation",
    "AccountRoleInvitationList": ".account_role_invitation_list",
    "AddDeploymentEventsRequest": ".add_deployment_events_request",
    "ApiMetadata": ".api_metadata",
    "ApiMetadataFeatures": ".api_metadata_features",
    "ApiVersionInfo": ".api_version_info",
    "ApiVersionInfoFeatures": ".api_version_info_features",
    "ApplicationConfigurationSample": ".application_configuration_sample",
    "ApplicationConfigurationSampleList": ".application_configuration_sample_list",
    "ApplicationConfigurationTemplate": ".application_configuration_template",
    "ApplicationConfigurationTemplateList": ".application_configuration_template_list",
    "AuthorizationCodeRequest": ".authorization_code_request",
    "AuthorizerRequest": ".authorizer_request",
    "AuthorizerResponse": ".authorizer_response",
    "AWSDetails": ".aws_details",
    "AzureCredentials": ".azure_credentials",
    "Backup": ".backup",
    "BackupBackupLevel": ".backup_backup_level",
    "BackupBackupType": ".backup_backup_type",
    "BackupCredentials": ".backup_credentials",
    "BackupCredentialsList": ".backup_credentials_list",
    "BackupCredentialsType": ".backup_credentials_type",
    "BackupJob": ".backup_job",
    "BackupJobBackupSpec": ".backup_job_backup_spec",
    "BackupJobCompletionStatus": ".backup_job_completion_status",
    "BackupJobDataServiceSpec": ".backup_job_data_service_spec",
    "BackupJobErrorCode": ".backup_job_error_code",
    "BackupJobList": ".backup_job_list",
    "BackupJobStatus": ".backup_job_status",
    "BackupJobStatusList": ".backup_job_status_list",
    "BackupList": ".backup_list",
    "BackupPolicy": ".backup_policy",
    "BackupPolicyList": ".backup_policy_list",
    "BackupPolicySample": ".backup_policy_sample",
    "BackupPolicySampleList": ".backup_policy_sample_list",
    "BackupReclaimPolicy": ".backup_reclaim_policy",
    "BackupSchedule": ".backup_schedule",
    "BackupScheduleType": ".backup_schedule_type",
    "BackupState": ".backup_state",
    "BackupTarget": ".backup_target",
    "BackupTargetList": ".backup_target_list",
    "BackupTargetState": ".backup_target_state",
    "BackupTargetStateErrorCode": ".backup_target_state_error_code",
    "BackupTargetStateList": ".backup_target_state_list",
    "BackupTargetStateState": ".backup_target_state_state",
    "BackupTargetType": ".backup_target_type",
    "Binding": ".binding",
    "CompatibleVersions": ".compatible_versions",
    "CompatibleVersionsList": ".compatible_versions_list",
    "Condition": ".condition",
    "ConfigItem": ".config_item",
    "ConnectionDetails": ".connection_details",
    "ConnectionDetailsPorts": ".connection_details_ports",
    "CopilotSearchRequest": ".copilot_search_request",
    "CopilotSearchResult": ".copilot_search_result",
    "CreateAccountInvitationRequest": ".create_account_invitation_request",
    "CreateAccountRequest": ".create_account_request",
    "CreateApplicationConfigurationTemplateRequest": ".create_application_configuration_template_request",
    "CreateBackupCredentialsRequest": ".create_backup_credentials_request",
    "CreateBackupPolicyRequest": ".create_backup_policy_request",
    "CreateBackupRequest": ".create_backup_request",
    "CreateBackupTargetRequest": ".create_backup_target_request",
    "CreateDeploymentRequest": ".create_deployment_request",
    "CreateDeploymentRequestApplicationConfigurationOverrides": ".create_deployment_request_application_configuration_overrides",
    "CreateDeploymentTargetRequest": ".create_deployment_target_request",
    "CreateNamespaceRequest": ".create_namespace_request",
    "CreateResourceSettingsTemplateRequest": ".create_resource_settings_template_request",
    "CreateServiceAccountRequest": ".create_service_account_request",
    "CreateStorageOptionsTemplateRequest": ".create_storage_options_template_request",
    "CreateStorageOptionsTemplateRequestFs": ".create_storage_options_template_request_fs",
    "CreateStorageOptionsTemplateRequestProvisioner": ".create_storage_options_template_request_provisioner",
    "CreateStorageOptionsTemplateRequestRepl": ".create_storage_options_template_request_repl",
    "CreateUserAPIKeyRequest": ".create_user_api_key_request",
    "Credentials": ".credentials",
    "DataService": ".data_service",
    "DataServiceList": ".data_service_list",
    "DeleteRoleBindingRequest": ".delete_role_binding_request",
    "Deployment": ".deployment",
    "DeploymentConfiguration": ".deployment_configuration",
    "DeploymentConnectionDetails": ".deployment_connection_details",
    "DeploymentConnectionInfo": ".deployment_connection_info",
    "DeploymentConnectionInfoClusterDetails": ".deployment_connection_info_cluster_details",
    "DeploymentCredentials": ".deployment_credentials",
    "DeploymentError": ".deployment_error",
    "DeploymentEvent": ".deployment_event",
    "DeploymentInitialize": ".deployment_initialize",
    "DeploymentList": ".deployment_list",
    "DeploymentManifest": ".deployment_manifest",
    "DeploymentManifestHealth": ".deployment_manifest_health",
    "DeploymentManifestManifest": ".deployment_manifest_manifest",
    "DeploymentManifestRestoreStatus": ".deployment_manifest_restore_status",
    "DeploymentManifestStatus": ".deployment_manifest_status",
    "DeploymentResources": ".deployment_resources",
    "DeploymentScheduledBackup": ".deployment_scheduled_backup",
    "DeploymentServiceType": ".deployment_service_type",
    "DeploymentState": ".deployment_state",
    "DeploymentStatus": ".deployment_status",
    "DeploymentStatusHealth": ".deployment_status_health",
    "DeploymentStatusInitialized": ".deployment_status_initialized",
    "DeploymentStatusStatus": ".deployment_status_status",
    "DeploymentStorageOptions": ".deployment_storage_options",
    "DeploymentTarget": ".deployment_target",
    "DeploymentTargetCapabilities": ".deployment_target_capabilities",
    "DeploymentTargetConfig": ".deployment_target_config",
    "DeploymentTargetCredentials": ".deployment_target_credentials",
    "DeploymentTargetDeploymentEvent": ".deployment_target_deployment_event",
    "DeploymentTargetLastSyncedEvent": ".deployment_target_last_synced_event",
    "DeploymentTargetList": ".deployment_target_list",
    "DeploymentTargetMetadata": ".deployment_target_metadata",
    "DNSDetails": ".dns_details",
    "Error": ".error",
    "EULADetails": ".eula_details",
    "GenerateTokenRequest": ".generate_token_request",
    "GenerateTokenResponse": ".generate_token_response",
    "GlobalRoleBinding": ".global_role_binding",
    "GlobalRoleBindingList": ".global_role_binding_list",
    "GoogleCredentials": ".google_credentials",
    "HeartbeatRequest": ".heartbeat_request",
    "HeartbeatResponse": ".heartbeat_response",
    "IAM": ".iam",
    "IAMRequest": ".iam_request",
    "Image": ".image",
    "ImageCapabilities": ".image_capabilities",
    "ImageImages": ".image_images",
    "ImageList": ".image_list",
    "K8SEvent": ".k8s_event",
    "K8SEventType": ".k8s_event_type",
    "ListStorageOptionsTemplatesProvisionerItem": ".list_storage_options_templates_provisioner_item",
    "MAASDetails": ".maas_details",
    "Namespace": ".namespace",
    "NamespaceList": ".namespace_list",
    "NodeRestrictions": ".node_restrictions",
    "OidcInfo": ".oidc_info",
    "OidcTokens": ".oidc_tokens",
    "Pagination": ".pagination",
    "PartialAzureCredentials": ".partial_azure_credentials",
    "PartialCredentials": ".partial_credentials",
    "PartialGoogleCredentials": ".partial_google_credentials",
    "PartialS3CompatibleCredentials": ".partial_s3_compatible_credentials",
    "PartialS3Credentials": ".partial_s3_credentials",
    "PatchAccountRoleInvitationRequest": ".patch_account_role_invitation_request",
    "PatchDeploymentTargetAgentMetadataRequest": ".patch_deployment_target_agent_metadata_request",
    "PatchDeploymentTargetRequest": ".patch_deployment_target_request",
    "PatchUserAPIKeyRequest": ".patch_user_api_key_request",
    "PodInfo": ".pod_info",
    "Project": ".project",
    "ProjectList": ".project_list",
    "ProjectRoleBinding": ".project_role_binding",
    "ProjectRoleBindingList": ".project_role_binding_list",
    "RefreshTokenRequest": ".refresh_token_request",
    "ResourceConditions": ".resource_conditions",
    "ResourceSettingsSample": ".resource_settings_sample",
    "ResourceSettingsSampleList": ".resource_settings_sample_list",
    "ResourceSettingsTemplate": ".resource_settings_template",
    "ResourceSettingsTemplateList": ".resource_settings_template_list",
    "RestorabilityMatrix": ".restorability_matrix",
    "Restore": ".restore",
    "RestoreCompatibilityCondition": ".restore_compatibility_condition",
    "RestoreCompatibilityConditionBackupJob": ".restore_compatibility_condition_backup_job",
    "RestoreCompatibilityConditionImage": ".restore_compatibility_condition_image",
    "RestoreCompatibilityConditionTargetCluster": ".restore_compatibility_condition_target_cluster",
    "RestoreRequest": ".restore_request",
    "Role": ".role",
    "RoleBindingRequest": ".role_binding_request",
    "RoleList": ".role_list",
    "S3CompatibleCredentials": ".s3_compatible_credentials",
    "S3Credentials": ".s3_credentials",
    "ServiceAccount": ".service_account",
    "ServiceAccountList": ".service_account_list",
    "ServiceAccountToken": ".service_account_token",
    "ServiceIdentity": ".service_identity",
    "ServiceIdentityList": ".service_identity_list",
    "ServiceIdentityRequest": ".service_identity_request",
    "ServiceIdentityWithToken": ".service_identity_with_token",
    "StorageOptionsSample": ".storage_options_sample",
    "StorageOptionsSampleFs": ".storage_options_sample_fs",
    "StorageOptionsSampleList": ".storage_options_sample_list",
    "StorageOptionsSampleProvisioner": ".storage_options_sample_provisioner",
    "StorageOptionsTemplate": ".storage_options_template",
    "StorageOptionsTemplateFs": ".storage_options_template_fs",
    "StorageOptionsTemplateList": ".storage_options_template_list",
    "StorageOptionsTemplateProvisioner": ".storage_options_template_provisioner",
    "Task": ".task",
    "Team": ".team",
    "Tenant": ".tenant",
    "TenantList": ".tenant_list",
    "TenantRoleBinding": ".tenant_role_binding",
    "TenantRoleBindingList": ".tenant_role_binding_list",
    "TokenClaims": ".token_claims",
    "TypedLocalObjectReference": ".typed_local_object_reference",
    "UpdateAccountGlobalConfigRequest": ".update_account_global_config_request",
    "UpdateAccountGlobalConfigRequestTlsPreviewEnabled": ".update_account_global_config_request_tls_preview_enabled",
    "UpdateAccountGlobalConfigRequestVersionAvailability": ".update_account_global_config_request_version_availability",
    "UpdateAccountGlobalConfigRequestVersionUpdatability": ".update_account_global_config_request_version_updatability",
    "UpdateAccountRequest": ".update_account_request",
    "UpdateApplicationConfigurationTemplateRequest": ".update_application_configuration_template_request",
    "UpdateBackupCredentialsRequest": ".update_backup_credentials_request",
    "UpdateBackupPolicyRequest": ".update_backup_policy_request",
    "UpdateBackupRequest": ".update_backup_request",
    "UpdateBackupTargetRequest": ".update_backup_target_request",
    "UpdateDeploymentRequest": ".update_deployment_request",
    "UpdateDeploymentRequestApplicationConfigurationOverrides": ".update_deployment_request_application_configuration_overrides",
    "UpdateDeploymentScheduledBackup": ".update_deployment_scheduled_backup",
    "UpdateDeploymentTargetMetadataRequest": ".update_deployment_target_metadata_request",
    "UpdateDeploymentTargetMetadataRequestKubePlatform": ".update_deployment_target_metadata_request_kube_platform",
    "UpdateDeploymentTargetMetadataRequestPxCsiEnabled": ".update_deployment_target_metadata_request_px_csi_enabled",
    "UpdateDeploymentTargetOperatorMetadataRequest": ".update_deployment_target_operator_metadata_request",
    "UpdateDeploymentTargetRequest": ".update_deployment_target_request",
    "UpdateNamespaceRequest": ".update_namespace_request",
    "UpdateResourceSettingsTemplateRequest": ".update_resource_settings_template_request",
    "UpdateRestoreRequest": ".update_restore_request",
    "UpdateStorageOptionsTemplateRequest": ".update_storage_options_template_request",
    "UpdateStorageOptionsTemplateRequestFs": ".update_storage_options_template_request_fs",
    "UpdateStorageOptionsTemplateRequestProvisioner": ".update_storage_options_template_request_provisioner",
    "UpdateStorageOptionsTemplateRequestRepl": ".update_storage_options_template_request_repl",
    "UpsertBackupJobRequest": ".upsert_backup_job_request",
    "UpsertBackupJobRequestBackupSpec": ".upsert_backup_job_request_backup_spec",
    "UpsertBackupJobRequestDataServiceSpec": ".upsert_backup_job_request_data_service_spec",
    "UpsertDeploymentManifestRequest": ".upsert_deployment_manifest_request",
    "UpsertDeploymentManifestRequestManifest": ".upsert_deployment_manifest_request_manifest",
    "User": ".user",
    "UserAPIKey": ".user_api_key",
    "UserAPIKeyList": ".user_api_key_list",
    "UserList": ".user_list",
    "Version": ".version",
    "VersionList": ".version_list",
    "VersionReference": ".version_reference",
    "WhoAmI": ".who_am_i",
    "WhoAmIServiceAccount": ".who_am_i_service_account",
    "WhoAmIServiceIdentity": ".who_am_i_service_identity",
    "WhoAmIUser": ".who_am_i_user",
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
    "AcceptEULARequest",
    "AccessPolicy",
    "AccessPolicyWithAccountID",
    "Account",
    "AccountGlobalConfig",
    "AccountList",
    "AccountRoleBinding",
    "AccountRoleBindingList",
    "AccountRoleInvitation",
    "AccountRoleInvitationList",
    "AddDeploymentEventsRequest",
    "ApiMetadata",
    "ApiMetadataFeatures",
    "ApiVersionInfo",
    "ApiVersionInfoFeatures",
    "ApplicationConfigurationSample",
    "ApplicationConfigurationSampleList",
    "ApplicationConfigurationTemplate",
    "ApplicationConfigurationTemplateList",
    "AuthorizationCodeRequest",
    "AuthorizerRequest",
    "AuthorizerResponse",
    "AWSDetails",
    "AzureCredentials",
    "Backup",
    "BackupBackupLevel",
    "BackupBackupType",
    "BackupCredentials",
    "BackupCredentialsList",
    "BackupCredentialsType",
    "BackupJob",
    "BackupJobBackupSpec",
    "BackupJobCompletionStatus",
    "BackupJobDataServiceSpec",
    "BackupJobErrorCode",
    "BackupJobList",
    "BackupJobStatus",
    "BackupJobStatusList",
    "BackupList",
    "BackupPolicy",
    "BackupPolicyList",
    "BackupPolicySample",
    "BackupPolicySampleList",
    "BackupReclaimPolicy",
    "BackupSchedule",
    "BackupScheduleType",
    "BackupState",
    "BackupTarget",
    "BackupTargetList",
    "BackupTargetState",
    "BackupTargetStateErrorCode",
    "BackupTargetStateList",
    "BackupTargetStateState",
    "BackupTargetType",
    "Binding",
    "CompatibleVersions",
    "CompatibleVersionsList",
    "Condition",
    "ConfigItem",
    "ConnectionDetails",
    "ConnectionDetailsPorts",
    "CopilotSearchRequest",
    "CopilotSearchResult",
    "CreateAccountInvitationRequest",
    "CreateAccountRequest",
    "CreateApplicationConfigurationTemplateRequest",
    "CreateBackupCredentialsRequest",
    "CreateBackupPolicyRequest",
    "CreateBackupRequest",
    "CreateBackupTargetRequest",
    "CreateDeploymentRequest",
    "CreateDeploymentRequestApplicationConfigurationOverrides",
    "CreateDeploymentTargetRequest",
    "CreateNamespaceRequest",
    "CreateResourceSettingsTemplateRequest",
    "CreateServiceAccountRequest",
    "CreateStorageOptionsTemplateRequest",
    "CreateStorageOptionsTemplateRequestFs",
    "CreateStorageOptionsTemplateRequestProvisioner",
    "CreateStorageOptionsTemplateRequestRepl",
    "CreateUserAPIKeyRequest",
    "Credentials",
    "DataService",
    "DataServiceList",
    "DeleteRoleBindingRequest",
    "Deployment",
    "DeploymentConfiguration",
    "DeploymentConnectionDetails",
    "DeploymentConnectionInfo",
    "DeploymentConnectionInfoClusterDetails",
    "DeploymentCredentials",
    "DeploymentError",
    "DeploymentEvent",
    "DeploymentInitialize",
    "DeploymentList",
    "DeploymentManifest",
    "DeploymentManifestHealth",
    "DeploymentManifestManifest",
    "DeploymentManifestRestoreStatus",
    "DeploymentManifestStatus",
    "DeploymentResources",
    "DeploymentScheduledBackup",
    "DeploymentServiceType",
    "DeploymentState",
    "DeploymentStatus",
    "DeploymentStatusHealth",
    "DeploymentStatusInitialized",
    "DeploymentStatusStatus",
    "DeploymentStorageOptions",
    "DeploymentTarget",
    "DeploymentTargetCapabilities",
    "DeploymentTargetConfig",
    "DeploymentTargetCredentials",
    "DeploymentTargetDeploymentEvent",
    "DeploymentTargetLastSyncedEvent",
    "DeploymentTargetList",
    "DeploymentTargetMetadata",
    "DNSDetails",
    "Error",
    "EULADetails",
    "GenerateTokenRequest",
    "GenerateTokenResponse",
    "GlobalRoleBinding",
    "GlobalRoleBindingList",
    "GoogleCredentials",
    "HeartbeatRequest",
    "HeartbeatResponse",
    "IAM",
    "IAMRequest",
    "Image",
    "ImageCapabilities",
    "ImageImages",
    "ImageList",
    "K8SEvent",
    "K8SEventType",
    "ListStorageOptionsTemplatesProvisionerItem",
    "MAASDetails",
    "Namespace",
    "NamespaceList",
    "NodeRestrictions",
    "OidcInfo",
    "OidcTokens",
    "Pagination",
    "PartialAzureCredentials",
    "PartialCredentials",
    "PartialGoogleCredentials",
    "PartialS3CompatibleCredentials",
    "PartialS3Credentials",
    "PatchAccountRoleInvitationRequest",
    "PatchDeploymentTargetAgentMetadataRequest",
    "PatchDeploymentTargetRequest",
    "PatchUserAPIKeyRequest",
    "PodInfo",
    "Project",
    "ProjectList",
    "ProjectRoleBinding",
    "ProjectRoleBindingList",
    "RefreshTokenRequest",
    "ResourceConditions",
    "ResourceSettingsSample",
    "ResourceSettingsSampleList",
    "ResourceSettingsTemplate",
    "ResourceSettingsTemplateList",
    "RestorabilityMatrix",
    "Restore",
    "RestoreCompatibilityCondition",
    "RestoreCompatibilityConditionBackupJob",
    "RestoreCompatibilityConditionImage",
    "RestoreCompatibilityConditionTargetCluster",
    "RestoreRequest",
    "Role",
    "RoleBindingRequest",
    "RoleList",
    "S3CompatibleCredentials",
    "S3Credentials",
    "ServiceAccount",
    "ServiceAccountList",
    "ServiceAccountToken",
    "ServiceIdentity",
    "ServiceIdentityList",
    "ServiceIdentityRequest",
    "ServiceIdentityWithToken",
    "StorageOptionsSample",
    "StorageOptionsSampleFs",
    "StorageOptionsSampleList",
    "StorageOptionsSampleProvisioner",
    "StorageOptionsTemplate",
    "StorageOptionsTemplateFs",
    "StorageOptionsTemplateList",
    "StorageOptionsTemplateProvisioner",
    "Task",
    "Team",
    "Tenant",
    "TenantList",
    "TenantRoleBinding",
    "TenantRoleBindingList",
    "TokenClaims",
    "TypedLocalObjectReference",
    "UpdateAccountGlobalConfigRequest",
    "UpdateAccountGlobalConfigRequestTlsPreviewEnabled",
    "UpdateAccountGlobalConfigRequestVersionAvailability",
    "UpdateAccountGlobalConfigRequestVersionUpdatability",
    "UpdateAccountRequest",
    "UpdateApplicationConfigurationTemplateRequest",
    "UpdateBackupCredentialsRequest",
    "UpdateBackupPolicyRequest",
    "UpdateBackupRequest",
    "UpdateBackupTargetRequest",
    "UpdateDeploymentRequest",
    "UpdateDeploymentRequestApplicationConfigurationOverrides",
    "UpdateDeploymentScheduledBackup",
    "UpdateDeploymentTargetMetadataRequest",
    "UpdateDeploymentTargetMetadataRequestKubePlatform",
    "UpdateDeploymentTargetMetadataRequestPxCsiEnabled",
    "UpdateDeploymentTargetOperatorMetadataRequest",
    "UpdateDeploymentTargetRequest",
    "UpdateNamespaceRequest",
    "UpdateResourceSettingsTemplateRequest",
    "UpdateRestoreRequest",
    "UpdateStorageOptionsTemplateRequest",
    "UpdateStorageOptionsTemplateRequestFs",
    "UpdateStorageOptionsTemplateRequestProvisioner",
    "UpdateStorageOptionsTemplateRequestRepl",
    "UpsertBackupJobRequest",
    "UpsertBackupJobRequestBackupSpec",
    "UpsertBackupJobRequestDataServiceSpec",
    "UpsertDeploymentManifestRequest",
    "UpsertDeploymentManifestRequestManifest",
    "User",
    "UserAPIKey",
    "UserAPIKeyList",
    "UserList",
    "Version",
    "VersionList",
    "VersionReference",
    "WhoAmI",
    "WhoAmIServiceAccount",
    "WhoAmIServiceIdentity",
    "WhoAmIUser",
)
