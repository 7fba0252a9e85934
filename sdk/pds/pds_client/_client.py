"""The PDS clients: `PDS` and `AsyncPDS`, with every operation of the API as
`client.<resource>.<method>(...)` (listed in api.md).

Resources load when first used, so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime.calls import DEFAULT, UseClientDefault
from ._runtime.client import AsyncApiClient, ClientSettings, SyncApiClient, Timeout
from ._runtime.retry import Retry
from .client import Client as _FunctionalClient

if TYPE_CHECKING:
    from .resources.account_role_bindings import (
        AccountRoleBindings,
        AccountRoleBindingsWithRawResponse,
        AccountRoleBindingsWithStreamingResponse,
        AsyncAccountRoleBindings,
        AsyncAccountRoleBindingsWithRawResponse,
        AsyncAccountRoleBindingsWithStreamingResponse,
    )
    from .resources.accounts import (
        Accounts,
        AccountsWithRawResponse,
        AccountsWithStreamingResponse,
        AsyncAccounts,
        AsyncAccountsWithRawResponse,
        AsyncAccountsWithStreamingResponse,
    )
    from .resources.accounts_role_invitations import (
        AccountsRoleInvitations,
        AccountsRoleInvitationsWithRawResponse,
        AccountsRoleInvitationsWithStreamingResponse,
        AsyncAccountsRoleInvitations,
        AsyncAccountsRoleInvitationsWithRawResponse,
        AsyncAccountsRoleInvitationsWithStreamingResponse,
    )
    from .resources.api_versions import (
        ApiVersions,
        ApiVersionsWithRawResponse,
        ApiVersionsWithStreamingResponse,
        AsyncApiVersions,
        AsyncApiVersionsWithRawResponse,
        AsyncApiVersionsWithStreamingResponse,
    )
    from .resources.application_configuration_templates import (
        ApplicationConfigurationTemplates,
        ApplicationConfigurationTemplatesWithRawResponse,
        ApplicationConfigurationTemplatesWithStreamingResponse,
        AsyncApplicationConfigurationTemplates,
        AsyncApplicationConfigurationTemplatesWithRawResponse,
        AsyncApplicationConfigurationTemplatesWithStreamingResponse,
    )
    from .resources.authentication import (
        AsyncAuthentication,
        AsyncAuthenticationWithRawResponse,
        AsyncAuthenticationWithStreamingResponse,
        Authentication,
        AuthenticationWithRawResponse,
        AuthenticationWithStreamingResponse,
    )
    from .resources.authorizers import (
        AsyncAuthorizers,
        AsyncAuthorizersWithRawResponse,
        AsyncAuthorizersWithStreamingResponse,
        Authorizers,
        AuthorizersWithRawResponse,
        AuthorizersWithStreamingResponse,
    )
    from .resources.backup_credentials import (
        AsyncBackupCredentials,
        AsyncBackupCredentialsWithRawResponse,
        AsyncBackupCredentialsWithStreamingResponse,
        BackupCredentials,
        BackupCredentialsWithRawResponse,
        BackupCredentialsWithStreamingResponse,
    )
    from .resources.backup_jobs import (
        AsyncBackupJobs,
        AsyncBackupJobsWithRawResponse,
        AsyncBackupJobsWithStreamingResponse,
        BackupJobs,
        BackupJobsWithRawResponse,
        BackupJobsWithStreamingResponse,
    )
    from .resources.backup_policies import (
        AsyncBackupPolicies,
        AsyncBackupPoliciesWithRawResponse,
        AsyncBackupPoliciesWithStreamingResponse,
        BackupPolicies,
        BackupPoliciesWithRawResponse,
        BackupPoliciesWithStreamingResponse,
    )
    from .resources.backup_targets import (
        AsyncBackupTargets,
        AsyncBackupTargetsWithRawResponse,
        AsyncBackupTargetsWithStreamingResponse,
        BackupTargets,
        BackupTargetsWithRawResponse,
        BackupTargetsWithStreamingResponse,
    )
    from .resources.backups import (
        AsyncBackups,
        AsyncBackupsWithRawResponse,
        AsyncBackupsWithStreamingResponse,
        Backups,
        BackupsWithRawResponse,
        BackupsWithStreamingResponse,
    )
    from .resources.copilot import (
        AsyncCopilot,
        AsyncCopilotWithRawResponse,
        AsyncCopilotWithStreamingResponse,
        Copilot,
        CopilotWithRawResponse,
        CopilotWithStreamingResponse,
    )
    from .resources.data_services import (
        AsyncDataServices,
        AsyncDataServicesWithRawResponse,
        AsyncDataServicesWithStreamingResponse,
        DataServices,
        DataServicesWithRawResponse,
        DataServicesWithStreamingResponse,
    )
    from .resources.deployment_targets import (
        AsyncDeploymentTargets,
        AsyncDeploymentTargetsWithRawResponse,
        AsyncDeploymentTargetsWithStreamingResponse,
        DeploymentTargets,
        DeploymentTargetsWithRawResponse,
        DeploymentTargetsWithStreamingResponse,
    )
    from .resources.deployments import (
        AsyncDeployments,
        AsyncDeploymentsWithRawResponse,
        AsyncDeploymentsWithStreamingResponse,
        Deployments,
        DeploymentsWithRawResponse,
        DeploymentsWithStreamingResponse,
    )
    from .resources.events import (
        AsyncEvents,
        AsyncEventsWithRawResponse,
        AsyncEventsWithStreamingResponse,
        Events,
        EventsWithRawResponse,
        EventsWithStreamingResponse,
    )
    from .resources.global_role_bindings import (
        AsyncGlobalRoleBindings,
        AsyncGlobalRoleBindingsWithRawResponse,
        AsyncGlobalRoleBindingsWithStreamingResponse,
        GlobalRoleBindings,
        GlobalRoleBindingsWithRawResponse,
        GlobalRoleBindingsWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from .resources.metadata import (
        AsyncMetadata,
        AsyncMetadataWithRawResponse,
        AsyncMetadataWithStreamingResponse,
        Metadata,
        MetadataWithRawResponse,
        MetadataWithStreamingResponse,
    )
    from .resources.namespaces import (
        AsyncNamespaces,
        AsyncNamespacesWithRawResponse,
        AsyncNamespacesWithStreamingResponse,
        Namespaces,
        NamespacesWithRawResponse,
        NamespacesWithStreamingResponse,
    )
    from .resources.projects import (
        AsyncProjects,
        AsyncProjectsWithRawResponse,
        AsyncProjectsWithStreamingResponse,
        Projects,
        ProjectsWithRawResponse,
        ProjectsWithStreamingResponse,
    )
    from .resources.resource_settings_templates import (
        AsyncResourceSettingsTemplates,
        AsyncResourceSettingsTemplatesWithRawResponse,
        AsyncResourceSettingsTemplatesWithStreamingResponse,
        ResourceSettingsTemplates,
        ResourceSettingsTemplatesWithRawResponse,
        ResourceSettingsTemplatesWithStreamingResponse,
    )
    from .resources.restores import (
        AsyncRestores,
        AsyncRestoresWithRawResponse,
        AsyncRestoresWithStreamingResponse,
        Restores,
        RestoresWithRawResponse,
        RestoresWithStreamingResponse,
    )
    from .resources.roles import (
        AsyncRoles,
        AsyncRolesWithRawResponse,
        AsyncRolesWithStreamingResponse,
        Roles,
        RolesWithRawResponse,
        RolesWithStreamingResponse,
    )
    from .resources.sample_templates import (
        AsyncSampleTemplates,
        AsyncSampleTemplatesWithRawResponse,
        AsyncSampleTemplatesWithStreamingResponse,
        SampleTemplates,
        SampleTemplatesWithRawResponse,
        SampleTemplatesWithStreamingResponse,
    )
    from .resources.service_accounts import (
        AsyncServiceAccounts,
        AsyncServiceAccountsWithRawResponse,
        AsyncServiceAccountsWithStreamingResponse,
        ServiceAccounts,
        ServiceAccountsWithRawResponse,
        ServiceAccountsWithStreamingResponse,
    )
    from .resources.service_identities import (
        AsyncServiceIdentities,
        AsyncServiceIdentitiesWithRawResponse,
        AsyncServiceIdentitiesWithStreamingResponse,
        ServiceIdentities,
        ServiceIdentitiesWithRawResponse,
        ServiceIdentitiesWithStreamingResponse,
    )
    from .resources.storage_options_templates import (
        AsyncStorageOptionsTemplates,
        AsyncStorageOptionsTemplatesWithRawResponse,
        AsyncStorageOptionsTemplatesWithStreamingResponse,
        StorageOptionsTemplates,
        StorageOptionsTemplatesWithRawResponse,
        StorageOptionsTemplatesWithStreamingResponse,
    )
    from .resources.tasks import (
        AsyncTasks,
        AsyncTasksWithRawResponse,
        AsyncTasksWithStreamingResponse,
        Tasks,
        TasksWithRawResponse,
        TasksWithStreamingResponse,
    )
    from .resources.teams import (
        AsyncTeams,
        AsyncTeamsWithRawResponse,
        AsyncTeamsWithStreamingResponse,
        Teams,
        TeamsWithRawResponse,
        TeamsWithStreamingResponse,
    )
    from .resources.tenants import (
        AsyncTenants,
        AsyncTenantsWithRawResponse,
        AsyncTenantsWithStreamingResponse,
        Tenants,
        TenantsWithRawResponse,
        TenantsWithStreamingResponse,
    )
    from .resources.user_api_keys import (
        AsyncUserApiKeys,
        AsyncUserApiKeysWithRawResponse,
        AsyncUserApiKeysWithStreamingResponse,
        UserApiKeys,
        UserApiKeysWithRawResponse,
        UserApiKeysWithStreamingResponse,
    )
    from .resources.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )
    from .resources.versions import (
        AsyncVersions,
        AsyncVersionsWithRawResponse,
        AsyncVersionsWithStreamingResponse,
        Versions,
        VersionsWithRawResponse,
        VersionsWithStreamingResponse,
    )
    from .resources.whoami import (
        AsyncWhoami,
        AsyncWhoamiWithRawResponse,
        AsyncWhoamiWithStreamingResponse,
        Whoami,
        WhoamiWithRawResponse,
        WhoamiWithStreamingResponse,
    )

__all__ = ["AsyncPDS", "PDS"]

_SETTINGS = ClientSettings(
    name="PDS",
    distribution="pds-client",
    version="<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7fa6d00f3d90>",
    env_prefix="PDS",
    default_base_url=None,
    base_url_hint="your PDS control plane, e.g. https://pds.example.com",
)
# Operation modules' `_parse_response` reads one flag of the functional client; this one says "no".
_PARSE_CLIENT = _FunctionalClient(base_url="")


class PDS(SyncApiClient):
    """The PDS API.

    Args:
        base_url: Where the API is; default: `PDS_BASE_URL`.
        token: The bearer token; default: `PDS_TOKEN`.
        timeout: Seconds (or an `httpx.Timeout`) for each request; default 60 s, 5 s to connect;
            None waits forever.
        retries: Retries of connection errors, 408, 429 and 5xx: a count, a `Retry`, or None; default 2.
        headers: Headers sent with every request.
        http_client: Your own `httpx.Client`, used as it is.

    Use it in a `with` block, or call `client.close()` when done.
    """

    settings = _SETTINGS
    parse_client = _PARSE_CLIENT

    @cached_property
    def accounts_role_invitations(self) -> AccountsRoleInvitations:
        from .resources.accounts_role_invitations import AccountsRoleInvitations

        return AccountsRoleInvitations(self)

    @cached_property
    def accounts(self) -> Accounts:
        from .resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def account_role_bindings(self) -> AccountRoleBindings:
        from .resources.account_role_bindings import AccountRoleBindings

        return AccountRoleBindings(self)

    @cached_property
    def service_identities(self) -> ServiceIdentities:
        from .resources.service_identities import ServiceIdentities

        return ServiceIdentities(self)

    @cached_property
    def application_configuration_templates(self) -> ApplicationConfigurationTemplates:
        from .resources.application_configuration_templates import ApplicationConfigurationTemplates

        return ApplicationConfigurationTemplates(self)

    @cached_property
    def authorizers(self) -> Authorizers:
        from .resources.authorizers import Authorizers

        return Authorizers(self)

    @cached_property
    def backup_credentials(self) -> BackupCredentials:
        from .resources.backup_credentials import BackupCredentials

        return BackupCredentials(self)

    @cached_property
    def backup_jobs(self) -> BackupJobs:
        from .resources.backup_jobs import BackupJobs

        return BackupJobs(self)

    @cached_property
    def restores(self) -> Restores:
        from .resources.restores import Restores

        return Restores(self)

    @cached_property
    def backup_policies(self) -> BackupPolicies:
        from .resources.backup_policies import BackupPolicies

        return BackupPolicies(self)

    @cached_property
    def backup_targets(self) -> BackupTargets:
        from .resources.backup_targets import BackupTargets

        return BackupTargets(self)

    @cached_property
    def backups(self) -> Backups:
        from .resources.backups import Backups

        return Backups(self)

    @cached_property
    def versions(self) -> Versions:
        from .resources.versions import Versions

        return Versions(self)

    @cached_property
    def copilot(self) -> Copilot:
        from .resources.copilot import Copilot

        return Copilot(self)

    @cached_property
    def data_services(self) -> DataServices:
        from .resources.data_services import DataServices

        return DataServices(self)

    @cached_property
    def tasks(self) -> Tasks:
        from .resources.tasks import Tasks

        return Tasks(self)

    @cached_property
    def sample_templates(self) -> SampleTemplates:
        from .resources.sample_templates import SampleTemplates

        return SampleTemplates(self)

    @cached_property
    def deployment_targets(self) -> DeploymentTargets:
        from .resources.deployment_targets import DeploymentTargets

        return DeploymentTargets(self)

    @cached_property
    def events(self) -> Events:
        from .resources.events import Events

        return Events(self)

    @cached_property
    def namespaces(self) -> Namespaces:
        from .resources.namespaces import Namespaces

        return Namespaces(self)

    @cached_property
    def deployments(self) -> Deployments:
        from .resources.deployments import Deployments

        return Deployments(self)

    @cached_property
    def global_role_bindings(self) -> GlobalRoleBindings:
        from .resources.global_role_bindings import GlobalRoleBindings

        return GlobalRoleBindings(self)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self)

    @cached_property
    def metadata(self) -> Metadata:
        from .resources.metadata import Metadata

        return Metadata(self)

    @cached_property
    def projects(self) -> Projects:
        from .resources.projects import Projects

        return Projects(self)

    @cached_property
    def resource_settings_templates(self) -> ResourceSettingsTemplates:
        from .resources.resource_settings_templates import ResourceSettingsTemplates

        return ResourceSettingsTemplates(self)

    @cached_property
    def roles(self) -> Roles:
        from .resources.roles import Roles

        return Roles(self)

    @cached_property
    def service_accounts(self) -> ServiceAccounts:
        from .resources.service_accounts import ServiceAccounts

        return ServiceAccounts(self)

    @cached_property
    def storage_options_templates(self) -> StorageOptionsTemplates:
        from .resources.storage_options_templates import StorageOptionsTemplates

        return StorageOptionsTemplates(self)

    @cached_property
    def teams(self) -> Teams:
        from .resources.teams import Teams

        return Teams(self)

    @cached_property
    def tenants(self) -> Tenants:
        from .resources.tenants import Tenants

        return Tenants(self)

    @cached_property
    def user_api_keys(self) -> UserApiKeys:
        from .resources.user_api_keys import UserApiKeys

        return UserApiKeys(self)

    @cached_property
    def users(self) -> Users:
        from .resources.users import Users

        return Users(self)

    @cached_property
    def api_versions(self) -> ApiVersions:
        from .resources.api_versions import ApiVersions

        return ApiVersions(self)

    @cached_property
    def whoami(self) -> Whoami:
        from .resources.whoami import Whoami

        return Whoami(self)

    @cached_property
    def authentication(self) -> Authentication:
        from .resources.authentication import Authentication

        return Authentication(self)

    @cached_property
    def with_raw_response(self) -> PDSWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return PDSWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PDSWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return PDSWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> PDS:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: PDS = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class PDSWithRawResponse:
    def __init__(self, client: PDS) -> None:
        self._client = client

    @cached_property
    def accounts_role_invitations(self) -> AccountsRoleInvitationsWithRawResponse:
        from .resources.accounts_role_invitations import AccountsRoleInvitationsWithRawResponse

        return AccountsRoleInvitationsWithRawResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AccountsWithRawResponse:
        from .resources.accounts import AccountsWithRawResponse

        return AccountsWithRawResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AccountRoleBindingsWithRawResponse:
        from .resources.account_role_bindings import AccountRoleBindingsWithRawResponse

        return AccountRoleBindingsWithRawResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> ServiceIdentitiesWithRawResponse:
        from .resources.service_identities import ServiceIdentitiesWithRawResponse

        return ServiceIdentitiesWithRawResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> ApplicationConfigurationTemplatesWithRawResponse:
        from .resources.application_configuration_templates import ApplicationConfigurationTemplatesWithRawResponse

        return ApplicationConfigurationTemplatesWithRawResponse(self._client.application_configuration_templates)

    @cached_property
    def authorizers(self) -> AuthorizersWithRawResponse:
        from .resources.authorizers import AuthorizersWithRawResponse

        return AuthorizersWithRawResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> BackupCredentialsWithRawResponse:
        from .resources.backup_credentials import BackupCredentialsWithRawResponse

        return BackupCredentialsWithRawResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> BackupJobsWithRawResponse:
        from .resources.backup_jobs import BackupJobsWithRawResponse

        return BackupJobsWithRawResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> RestoresWithRawResponse:
        from .resources.restores import RestoresWithRawResponse

        return RestoresWithRawResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> BackupPoliciesWithRawResponse:
        from .resources.backup_policies import BackupPoliciesWithRawResponse

        return BackupPoliciesWithRawResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> BackupTargetsWithRawResponse:
        from .resources.backup_targets import BackupTargetsWithRawResponse

        return BackupTargetsWithRawResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> BackupsWithRawResponse:
        from .resources.backups import BackupsWithRawResponse

        return BackupsWithRawResponse(self._client.backups)

    @cached_property
    def versions(self) -> VersionsWithRawResponse:
        from .resources.versions import VersionsWithRawResponse

        return VersionsWithRawResponse(self._client.versions)

    @cached_property
    def copilot(self) -> CopilotWithRawResponse:
        from .resources.copilot import CopilotWithRawResponse

        return CopilotWithRawResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> DataServicesWithRawResponse:
        from .resources.data_services import DataServicesWithRawResponse

        return DataServicesWithRawResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> TasksWithRawResponse:
        from .resources.tasks import TasksWithRawResponse

        return TasksWithRawResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> SampleTemplatesWithRawResponse:
        from .resources.sample_templates import SampleTemplatesWithRawResponse

        return SampleTemplatesWithRawResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> DeploymentTargetsWithRawResponse:
        from .resources.deployment_targets import DeploymentTargetsWithRawResponse

        return DeploymentTargetsWithRawResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> EventsWithRawResponse:
        from .resources.events import EventsWithRawResponse

        return EventsWithRawResponse(self._client.events)

    @cached_property
    def namespaces(self) -> NamespacesWithRawResponse:
        from .resources.namespaces import NamespacesWithRawResponse

        return NamespacesWithRawResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> DeploymentsWithRawResponse:
        from .resources.deployments import DeploymentsWithRawResponse

        return DeploymentsWithRawResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> GlobalRoleBindingsWithRawResponse:
        from .resources.global_role_bindings import GlobalRoleBindingsWithRawResponse

        return GlobalRoleBindingsWithRawResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> ImagesWithRawResponse:
        from .resources.images import ImagesWithRawResponse

        return ImagesWithRawResponse(self._client.images)

    @cached_property
    def metadata(self) -> MetadataWithRawResponse:
        from .resources.metadata import MetadataWithRawResponse

        return MetadataWithRawResponse(self._client.metadata)

    @cached_property
    def projects(self) -> ProjectsWithRawResponse:
        from .resources.projects import ProjectsWithRawResponse

        return ProjectsWithRawResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> ResourceSettingsTemplatesWithRawResponse:
        from .resources.resource_settings_templates import ResourceSettingsTemplatesWithRawResponse

        return ResourceSettingsTemplatesWithRawResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from .resources.roles import RolesWithRawResponse

        return RolesWithRawResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithRawResponse:
        from .resources.service_accounts import ServiceAccountsWithRawResponse

        return ServiceAccountsWithRawResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> StorageOptionsTemplatesWithRawResponse:
        from .resources.storage_options_templates import StorageOptionsTemplatesWithRawResponse

        return StorageOptionsTemplatesWithRawResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> TeamsWithRawResponse:
        from .resources.teams import TeamsWithRawResponse

        return TeamsWithRawResponse(self._client.teams)

    @cached_property
    def tenants(self) -> TenantsWithRawResponse:
        from .resources.tenants import TenantsWithRawResponse

        return TenantsWithRawResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> UserApiKeysWithRawResponse:
        from .resources.user_api_keys import UserApiKeysWithRawResponse

        return UserApiKeysWithRawResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .resources.users import UsersWithRawResponse

        return UsersWithRawResponse(self._client.users)

    @cached_property
    def api_versions(self) -> ApiVersionsWithRawResponse:
        from .resources.api_versions import ApiVersionsWithRawResponse

        return ApiVersionsWithRawResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> WhoamiWithRawResponse:
        from .resources.whoami import WhoamiWithRawResponse

        return WhoamiWithRawResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AuthenticationWithRawResponse:
        from .resources.authentication import AuthenticationWithRawResponse

        return AuthenticationWithRawResponse(self._client.authentication)


class PDSWithStreamingResponse:
    def __init__(self, client: PDS) -> None:
        self._client = client

    @cached_property
    def accounts_role_invitations(self) -> AccountsRoleInvitationsWithStreamingResponse:
        from .resources.accounts_role_invitations import AccountsRoleInvitationsWithStreamingResponse

        return AccountsRoleInvitationsWithStreamingResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AccountsWithStreamingResponse:
        from .resources.accounts import AccountsWithStreamingResponse

        return AccountsWithStreamingResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AccountRoleBindingsWithStreamingResponse:
        from .resources.account_role_bindings import AccountRoleBindingsWithStreamingResponse

        return AccountRoleBindingsWithStreamingResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> ServiceIdentitiesWithStreamingResponse:
        from .resources.service_identities import ServiceIdentitiesWithStreamingResponse

        return ServiceIdentitiesWithStreamingResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> ApplicationConfigurationTemplatesWithStreamingResponse:
        from .resources.application_configuration_templates import (
            ApplicationConfigurationTemplatesWithStreamingResponse,
        )

        return ApplicationConfigurationTemplatesWithStreamingResponse(self._client.application_configuration_templates)

    @cached_property
    def authorizers(self) -> AuthorizersWithStreamingResponse:
        from .resources.authorizers import AuthorizersWithStreamingResponse

        return AuthorizersWithStreamingResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> BackupCredentialsWithStreamingResponse:
        from .resources.backup_credentials import BackupCredentialsWithStreamingResponse

        return BackupCredentialsWithStreamingResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> BackupJobsWithStreamingResponse:
        from .resources.backup_jobs import BackupJobsWithStreamingResponse

        return BackupJobsWithStreamingResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> RestoresWithStreamingResponse:
        from .resources.restores import RestoresWithStreamingResponse

        return RestoresWithStreamingResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> BackupPoliciesWithStreamingResponse:
        from .resources.backup_policies import BackupPoliciesWithStreamingResponse

        return BackupPoliciesWithStreamingResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> BackupTargetsWithStreamingResponse:
        from .resources.backup_targets import BackupTargetsWithStreamingResponse

        return BackupTargetsWithStreamingResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> BackupsWithStreamingResponse:
        from .resources.backups import BackupsWithStreamingResponse

        return BackupsWithStreamingResponse(self._client.backups)

    @cached_property
    def versions(self) -> VersionsWithStreamingResponse:
        from .resources.versions import VersionsWithStreamingResponse

        return VersionsWithStreamingResponse(self._client.versions)

    @cached_property
    def copilot(self) -> CopilotWithStreamingResponse:
        from .resources.copilot import CopilotWithStreamingResponse

        return CopilotWithStreamingResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> DataServicesWithStreamingResponse:
        from .resources.data_services import DataServicesWithStreamingResponse

        return DataServicesWithStreamingResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> TasksWithStreamingResponse:
        from .resources.tasks import TasksWithStreamingResponse

        return TasksWithStreamingResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> SampleTemplatesWithStreamingResponse:
        from .resources.sample_templates import SampleTemplatesWithStreamingResponse

        return SampleTemplatesWithStreamingResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> DeploymentTargetsWithStreamingResponse:
        from .resources.deployment_targets import DeploymentTargetsWithStreamingResponse

        return DeploymentTargetsWithStreamingResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> EventsWithStreamingResponse:
        from .resources.events import EventsWithStreamingResponse

        return EventsWithStreamingResponse(self._client.events)

    @cached_property
    def namespaces(self) -> NamespacesWithStreamingResponse:
        from .resources.namespaces import NamespacesWithStreamingResponse

        return NamespacesWithStreamingResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> DeploymentsWithStreamingResponse:
        from .resources.deployments import DeploymentsWithStreamingResponse

        return DeploymentsWithStreamingResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> GlobalRoleBindingsWithStreamingResponse:
        from .resources.global_role_bindings import GlobalRoleBindingsWithStreamingResponse

        return GlobalRoleBindingsWithStreamingResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> ImagesWithStreamingResponse:
        from .resources.images import ImagesWithStreamingResponse

        return ImagesWithStreamingResponse(self._client.images)

    @cached_property
    def metadata(self) -> MetadataWithStreamingResponse:
        from .resources.metadata import MetadataWithStreamingResponse

        return MetadataWithStreamingResponse(self._client.metadata)

    @cached_property
    def projects(self) -> ProjectsWithStreamingResponse:
        from .resources.projects import ProjectsWithStreamingResponse

        return ProjectsWithStreamingResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> ResourceSettingsTemplatesWithStreamingResponse:
        from .resources.resource_settings_templates import ResourceSettingsTemplatesWithStreamingResponse

        return ResourceSettingsTemplatesWithStreamingResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from .resources.roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithStreamingResponse:
        from .resources.service_accounts import ServiceAccountsWithStreamingResponse

        return ServiceAccountsWithStreamingResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> StorageOptionsTemplatesWithStreamingResponse:
        from .resources.storage_options_templates import StorageOptionsTemplatesWithStreamingResponse

        return StorageOptionsTemplatesWithStreamingResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> TeamsWithStreamingResponse:
        from .resources.teams import TeamsWithStreamingResponse

        return TeamsWithStreamingResponse(self._client.teams)

    @cached_property
    def tenants(self) -> TenantsWithStreamingResponse:
        from .resources.tenants import TenantsWithStreamingResponse

        return TenantsWithStreamingResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> UserApiKeysWithStreamingResponse:
        from .resources.user_api_keys import UserApiKeysWithStreamingResponse

        return UserApiKeysWithStreamingResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from .resources.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._client.users)

    @cached_property
    def api_versions(self) -> ApiVersionsWithStreamingResponse:
        from .resources.api_versions import ApiVersionsWithStreamingResponse

        return ApiVersionsWithStreamingResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> WhoamiWithStreamingResponse:
        from .resources.whoami import WhoamiWithStreamingResponse

        return WhoamiWithStreamingResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AuthenticationWithStreamingResponse:
        from .resources.authentication import AuthenticationWithStreamingResponse

        return AuthenticationWithStreamingResponse(self._client.authentication)


class AsyncPDS(AsyncApiClient):
    """The PDS API, asynchronously.

    Args:
        base_url: Where the API is; default: `PDS_BASE_URL`.
        token: The bearer token; default: `PDS_TOKEN`.
        timeout: Seconds (or an `httpx.Timeout`) for each request; default 60 s, 5 s to connect;
            None waits forever.
        retries: Retries of connection errors, 408, 429 and 5xx: a count, a `Retry`, or None; default 2.
        headers: Headers sent with every request.
        http_client: Your own `httpx.AsyncClient`, used as it is.

    Use it in an `async with` block, or call `await client.aclose()` when done.
    """

    settings = _SETTINGS
    parse_client = _PARSE_CLIENT

    @cached_property
    def accounts_role_invitations(self) -> AsyncAccountsRoleInvitations:
        from .resources.accounts_role_invitations import AsyncAccountsRoleInvitations

        return AsyncAccountsRoleInvitations(self)

    @cached_property
    def accounts(self) -> AsyncAccounts:
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def account_role_bindings(self) -> AsyncAccountRoleBindings:
        from .resources.account_role_bindings import AsyncAccountRoleBindings

        return AsyncAccountRoleBindings(self)

    @cached_property
    def service_identities(self) -> AsyncServiceIdentities:
        from .resources.service_identities import AsyncServiceIdentities

        return AsyncServiceIdentities(self)

    @cached_property
    def application_configuration_templates(self) -> AsyncApplicationConfigurationTemplates:
        from .resources.application_configuration_templates import AsyncApplicationConfigurationTemplates

        return AsyncApplicationConfigurationTemplates(self)

    @cached_property
    def authorizers(self) -> AsyncAuthorizers:
        from .resources.authorizers import AsyncAuthorizers

        return AsyncAuthorizers(self)

    @cached_property
    def backup_credentials(self) -> AsyncBackupCredentials:
        from .resources.backup_credentials import AsyncBackupCredentials

        return AsyncBackupCredentials(self)

    @cached_property
    def backup_jobs(self) -> AsyncBackupJobs:
        from .resources.backup_jobs import AsyncBackupJobs

        return AsyncBackupJobs(self)

    @cached_property
    def restores(self) -> AsyncRestores:
        from .resources.restores import AsyncRestores

        return AsyncRestores(self)

    @cached_property
    def backup_policies(self) -> AsyncBackupPolicies:
        from .resources.backup_policies import AsyncBackupPolicies

        return AsyncBackupPolicies(self)

    @cached_property
    def backup_targets(self) -> AsyncBackupTargets:
        from .resources.backup_targets import AsyncBackupTargets

        return AsyncBackupTargets(self)

    @cached_property
    def backups(self) -> AsyncBackups:
        from .resources.backups import AsyncBackups

        return AsyncBackups(self)

    @cached_property
    def versions(self) -> AsyncVersions:
        from .resources.versions import AsyncVersions

        return AsyncVersions(self)

    @cached_property
    def copilot(self) -> AsyncCopilot:
        from .resources.copilot import AsyncCopilot

        return AsyncCopilot(self)

    @cached_property
    def data_services(self) -> AsyncDataServices:
        from .resources.data_services import AsyncDataServices

        return AsyncDataServices(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        from .resources.tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def sample_templates(self) -> AsyncSampleTemplates:
        from .resources.sample_templates import AsyncSampleTemplates

        return AsyncSampleTemplates(self)

    @cached_property
    def deployment_targets(self) -> AsyncDeploymentTargets:
        from .resources.deployment_targets import AsyncDeploymentTargets

        return AsyncDeploymentTargets(self)

    @cached_property
    def events(self) -> AsyncEvents:
        from .resources.events import AsyncEvents

        return AsyncEvents(self)

    @cached_property
    def namespaces(self) -> AsyncNamespaces:
        from .resources.namespaces import AsyncNamespaces

        return AsyncNamespaces(self)

    @cached_property
    def deployments(self) -> AsyncDeployments:
        from .resources.deployments import AsyncDeployments

        return AsyncDeployments(self)

    @cached_property
    def global_role_bindings(self) -> AsyncGlobalRoleBindings:
        from .resources.global_role_bindings import AsyncGlobalRoleBindings

        return AsyncGlobalRoleBindings(self)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def metadata(self) -> AsyncMetadata:
        from .resources.metadata import AsyncMetadata

        return AsyncMetadata(self)

    @cached_property
    def projects(self) -> AsyncProjects:
        from .resources.projects import AsyncProjects

        return AsyncProjects(self)

    @cached_property
    def resource_settings_templates(self) -> AsyncResourceSettingsTemplates:
        from .resources.resource_settings_templates import AsyncResourceSettingsTemplates

        return AsyncResourceSettingsTemplates(self)

    @cached_property
    def roles(self) -> AsyncRoles:
        from .resources.roles import AsyncRoles

        return AsyncRoles(self)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccounts:
        from .resources.service_accounts import AsyncServiceAccounts

        return AsyncServiceAccounts(self)

    @cached_property
    def storage_options_templates(self) -> AsyncStorageOptionsTemplates:
        from .resources.storage_options_templates import AsyncStorageOptionsTemplates

        return AsyncStorageOptionsTemplates(self)

    @cached_property
    def teams(self) -> AsyncTeams:
        from .resources.teams import AsyncTeams

        return AsyncTeams(self)

    @cached_property
    def tenants(self) -> AsyncTenants:
        from .resources.tenants import AsyncTenants

        return AsyncTenants(self)

    @cached_property
    def user_api_keys(self) -> AsyncUserApiKeys:
        from .resources.user_api_keys import AsyncUserApiKeys

        return AsyncUserApiKeys(self)

    @cached_property
    def users(self) -> AsyncUsers:
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def api_versions(self) -> AsyncApiVersions:
        from .resources.api_versions import AsyncApiVersions

        return AsyncApiVersions(self)

    @cached_property
    def whoami(self) -> AsyncWhoami:
        from .resources.whoami import AsyncWhoami

        return AsyncWhoami(self)

    @cached_property
    def authentication(self) -> AsyncAuthentication:
        from .resources.authentication import AsyncAuthentication

        return AsyncAuthentication(self)

    @cached_property
    def with_raw_response(self) -> AsyncPDSWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return AsyncPDSWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPDSWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return AsyncPDSWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncPDS:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: AsyncPDS = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class AsyncPDSWithRawResponse:
    def __init__(self, client: AsyncPDS) -> None:
        self._client = client

    @cached_property
    def accounts_role_invitations(self) -> AsyncAccountsRoleInvitationsWithRawResponse:
        from .resources.accounts_role_invitations import AsyncAccountsRoleInvitationsWithRawResponse

        return AsyncAccountsRoleInvitationsWithRawResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        from .resources.accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AsyncAccountRoleBindingsWithRawResponse:
        from .resources.account_role_bindings import AsyncAccountRoleBindingsWithRawResponse

        return AsyncAccountRoleBindingsWithRawResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> AsyncServiceIdentitiesWithRawResponse:
        from .resources.service_identities import AsyncServiceIdentitiesWithRawResponse

        return AsyncServiceIdentitiesWithRawResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> AsyncApplicationConfigurationTemplatesWithRawResponse:
        from .resources.application_configuration_templates import AsyncApplicationConfigurationTemplatesWithRawResponse

        return AsyncApplicationConfigurationTemplatesWithRawResponse(self._client.application_configuration_templates)

    @cached_property
    def authorizers(self) -> AsyncAuthorizersWithRawResponse:
        from .resources.authorizers import AsyncAuthorizersWithRawResponse

        return AsyncAuthorizersWithRawResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> AsyncBackupCredentialsWithRawResponse:
        from .resources.backup_credentials import AsyncBackupCredentialsWithRawResponse

        return AsyncBackupCredentialsWithRawResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> AsyncBackupJobsWithRawResponse:
        from .resources.backup_jobs import AsyncBackupJobsWithRawResponse

        return AsyncBackupJobsWithRawResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> AsyncRestoresWithRawResponse:
        from .resources.restores import AsyncRestoresWithRawResponse

        return AsyncRestoresWithRawResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> AsyncBackupPoliciesWithRawResponse:
        from .resources.backup_policies import AsyncBackupPoliciesWithRawResponse

        return AsyncBackupPoliciesWithRawResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> AsyncBackupTargetsWithRawResponse:
        from .resources.backup_targets import AsyncBackupTargetsWithRawResponse

        return AsyncBackupTargetsWithRawResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> AsyncBackupsWithRawResponse:
        from .resources.backups import AsyncBackupsWithRawResponse

        return AsyncBackupsWithRawResponse(self._client.backups)

    @cached_property
    def versions(self) -> AsyncVersionsWithRawResponse:
        from .resources.versions import AsyncVersionsWithRawResponse

        return AsyncVersionsWithRawResponse(self._client.versions)

    @cached_property
    def copilot(self) -> AsyncCopilotWithRawResponse:
        from .resources.copilot import AsyncCopilotWithRawResponse

        return AsyncCopilotWithRawResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> AsyncDataServicesWithRawResponse:
        from .resources.data_services import AsyncDataServicesWithRawResponse

        return AsyncDataServicesWithRawResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> AsyncTasksWithRawResponse:
        from .resources.tasks import AsyncTasksWithRawResponse

        return AsyncTasksWithRawResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> AsyncSampleTemplatesWithRawResponse:
        from .resources.sample_templates import AsyncSampleTemplatesWithRawResponse

        return AsyncSampleTemplatesWithRawResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> AsyncDeploymentTargetsWithRawResponse:
        from .resources.deployment_targets import AsyncDeploymentTargetsWithRawResponse

        return AsyncDeploymentTargetsWithRawResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> AsyncEventsWithRawResponse:
        from .resources.events import AsyncEventsWithRawResponse

        return AsyncEventsWithRawResponse(self._client.events)

    @cached_property
    def namespaces(self) -> AsyncNamespacesWithRawResponse:
        from .resources.namespaces import AsyncNamespacesWithRawResponse

        return AsyncNamespacesWithRawResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> AsyncDeploymentsWithRawResponse:
        from .resources.deployments import AsyncDeploymentsWithRawResponse

        return AsyncDeploymentsWithRawResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> AsyncGlobalRoleBindingsWithRawResponse:
        from .resources.global_role_bindings import AsyncGlobalRoleBindingsWithRawResponse

        return AsyncGlobalRoleBindingsWithRawResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> AsyncImagesWithRawResponse:
        from .resources.images import AsyncImagesWithRawResponse

        return AsyncImagesWithRawResponse(self._client.images)

    @cached_property
    def metadata(self) -> AsyncMetadataWithRawResponse:
        from .resources.metadata import AsyncMetadataWithRawResponse

        return AsyncMetadataWithRawResponse(self._client.metadata)

    @cached_property
    def projects(self) -> AsyncProjectsWithRawResponse:
        from .resources.projects import AsyncProjectsWithRawResponse

        return AsyncProjectsWithRawResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> AsyncResourceSettingsTemplatesWithRawResponse:
        from .resources.resource_settings_templates import AsyncResourceSettingsTemplatesWithRawResponse

        return AsyncResourceSettingsTemplatesWithRawResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from .resources.roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithRawResponse:
        from .resources.service_accounts import AsyncServiceAccountsWithRawResponse

        return AsyncServiceAccountsWithRawResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> AsyncStorageOptionsTemplatesWithRawResponse:
        from .resources.storage_options_templates import AsyncStorageOptionsTemplatesWithRawResponse

        return AsyncStorageOptionsTemplatesWithRawResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> AsyncTeamsWithRawResponse:
        from .resources.teams import AsyncTeamsWithRawResponse

        return AsyncTeamsWithRawResponse(self._client.teams)

    @cached_property
    def tenants(self) -> AsyncTenantsWithRawResponse:
        from .resources.tenants import AsyncTenantsWithRawResponse

        return AsyncTenantsWithRawResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> AsyncUserApiKeysWithRawResponse:
        from .resources.user_api_keys import AsyncUserApiKeysWithRawResponse

        return AsyncUserApiKeysWithRawResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .resources.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._client.users)

    @cached_property
    def api_versions(self) -> AsyncApiVersionsWithRawResponse:
        from .resources.api_versions import AsyncApiVersionsWithRawResponse

        return AsyncApiVersionsWithRawResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> AsyncWhoamiWithRawResponse:
        from .resources.whoami import AsyncWhoamiWithRawResponse

        return AsyncWhoamiWithRawResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AsyncAuthenticationWithRawResponse:
        from .resources.authentication import AsyncAuthenticationWithRawResponse

        return AsyncAuthenticationWithRawResponse(self._client.authentication)


class AsyncPDSWithStreamingResponse:
    def __init__(self, client: AsyncPDS) -> None:
        self._client = client

    @cached_property
    def accounts_role_invitations(self) -> AsyncAccountsRoleInvitationsWithStreamingResponse:
        from .resources.accounts_role_invitations import AsyncAccountsRoleInvitationsWithStreamingResponse

        return AsyncAccountsRoleInvitationsWithStreamingResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AsyncAccountsWithStreamingResponse:
        from .resources.accounts import AsyncAccountsWithStreamingResponse

        return AsyncAccountsWithStreamingResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AsyncAccountRoleBindingsWithStreamingResponse:
        from .resources.account_role_bindings import AsyncAccountRoleBindingsWithStreamingResponse

        return AsyncAccountRoleBindingsWithStreamingResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> AsyncServiceIdentitiesWithStreamingResponse:
        from .resources.service_identities import AsyncServiceIdentitiesWithStreamingResponse

        return AsyncServiceIdentitiesWithStreamingResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> AsyncApplicationConfigurationTemplatesWithStreamingResponse:
        from .resources.application_configuration_templates import (
            AsyncApplicationConfigurationTemplatesWithStreamingResponse,
        )

        return AsyncApplicationConfigurationTemplatesWithStreamingResponse(
            self._client.application_configuration_templates
        )

    @cached_property
    def authorizers(self) -> AsyncAuthorizersWithStreamingResponse:
        from .resources.authorizers import AsyncAuthorizersWithStreamingResponse

        return AsyncAuthorizersWithStreamingResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> AsyncBackupCredentialsWithStreamingResponse:
        from .resources.backup_credentials import AsyncBackupCredentialsWithStreamingResponse

        return AsyncBackupCredentialsWithStreamingResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> AsyncBackupJobsWithStreamingResponse:
        from .resources.backup_jobs import AsyncBackupJobsWithStreamingResponse

        return AsyncBackupJobsWithStreamingResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> AsyncRestoresWithStreamingResponse:
        from .resources.restores import AsyncRestoresWithStreamingResponse

        return AsyncRestoresWithStreamingResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> AsyncBackupPoliciesWithStreamingResponse:
        from .resources.backup_policies import AsyncBackupPoliciesWithStreamingResponse

        return AsyncBackupPoliciesWithStreamingResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> AsyncBackupTargetsWithStreamingResponse:
        from .resources.backup_targets import AsyncBackupTargetsWithStreamingResponse

        return AsyncBackupTargetsWithStreamingResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> AsyncBackupsWithStreamingResponse:
        from .resources.backups import AsyncBackupsWithStreamingResponse

        return AsyncBackupsWithStreamingResponse(self._client.backups)

    @cached_property
    def versions(self) -> AsyncVersionsWithStreamingResponse:
        from .resources.versions import AsyncVersionsWithStreamingResponse

        return AsyncVersionsWithStreamingResponse(self._client.versions)

    @cached_property
    def copilot(self) -> AsyncCopilotWithStreamingResponse:
        from .resources.copilot import AsyncCopilotWithStreamingResponse

        return AsyncCopilotWithStreamingResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> AsyncDataServicesWithStreamingResponse:
        from .resources.data_services import AsyncDataServicesWithStreamingResponse

        return AsyncDataServicesWithStreamingResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> AsyncTasksWithStreamingResponse:
        from .resources.tasks import AsyncTasksWithStreamingResponse

        return AsyncTasksWithStreamingResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> AsyncSampleTemplatesWithStreamingResponse:
        from .resources.sample_templates import AsyncSampleTemplatesWithStreamingResponse

        return AsyncSampleTemplatesWithStreamingResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> AsyncDeploymentTargetsWithStreamingResponse:
        from .resources.deployment_targets import AsyncDeploymentTargetsWithStreamingResponse

        return AsyncDeploymentTargetsWithStreamingResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> AsyncEventsWithStreamingResponse:
        from .resources.events import AsyncEventsWithStreamingResponse

        return AsyncEventsWithStreamingResponse(self._client.events)

    @cached_property
    def namespaces(self) -> AsyncNamespacesWithStreamingResponse:
        from .resources.namespaces import AsyncNamespacesWithStreamingResponse

        return AsyncNamespacesWithStreamingResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> AsyncDeploymentsWithStreamingResponse:
        from .resources.deployments import AsyncDeploymentsWithStreamingResponse

        return AsyncDeploymentsWithStreamingResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> AsyncGlobalRoleBindingsWithStreamingResponse:
        from .resources.global_role_bindings import AsyncGlobalRoleBindingsWithStreamingResponse

        return AsyncGlobalRoleBindingsWithStreamingResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> AsyncImagesWithStreamingResponse:
        from .resources.images import AsyncImagesWithStreamingResponse

        return AsyncImagesWithStreamingResponse(self._client.images)

    @cached_property
    def metadata(self) -> AsyncMetadataWithStreamingResponse:
        from .resources.metadata import AsyncMetadataWithStreamingResponse

        return AsyncMetadataWithStreamingResponse(self._client.metadata)

    @cached_property
    def projects(self) -> AsyncProjectsWithStreamingResponse:
        from .resources.projects import AsyncProjectsWithStreamingResponse

        return AsyncProjectsWithStreamingResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> AsyncResourceSettingsTemplatesWithStreamingResponse:
        from .resources.resource_settings_templates import AsyncResourceSettingsTemplatesWithStreamingResponse

        return AsyncResourceSettingsTemplatesWithStreamingResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .resources.roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithStreamingResponse:
        from .resources.service_accounts import AsyncServiceAccountsWithStreamingResponse

        return AsyncServiceAccountsWithStreamingResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> AsyncStorageOptionsTemplatesWithStreamingResponse:
        from .resources.storage_options_templates import AsyncStorageOptionsTemplatesWithStreamingResponse

        return AsyncStorageOptionsTemplatesWithStreamingResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> AsyncTeamsWithStreamingResponse:
        from .resources.teams import AsyncTeamsWithStreamingResponse

        return AsyncTeamsWithStreamingResponse(self._client.teams)

    @cached_property
    def tenants(self) -> AsyncTenantsWithStreamingResponse:
        from .resources.tenants import AsyncTenantsWithStreamingResponse

        return AsyncTenantsWithStreamingResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> AsyncUserApiKeysWithStreamingResponse:
        from .resources.user_api_keys import AsyncUserApiKeysWithStreamingResponse

        return AsyncUserApiKeysWithStreamingResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from .resources.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._client.users)

    @cached_property
    def api_versions(self) -> AsyncApiVersionsWithStreamingResponse:
        from .resources.api_versions import AsyncApiVersionsWithStreamingResponse

        return AsyncApiVersionsWithStreamingResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> AsyncWhoamiWithStreamingResponse:
        from .resources.whoami import AsyncWhoamiWithStreamingResponse

        return AsyncWhoamiWithStreamingResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AsyncAuthenticationWithStreamingResponse:
        from .resources.authentication import AsyncAuthenticationWithStreamingResponse

        return AsyncAuthenticationWithStreamingResponse(self._client.authentication)
