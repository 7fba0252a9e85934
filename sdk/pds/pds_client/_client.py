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
        AccountRoleBindingsResource,
        AccountRoleBindingsResourceWithRawResponse,
        AccountRoleBindingsResourceWithStreamingResponse,
        AsyncAccountRoleBindingsResource,
        AsyncAccountRoleBindingsResourceWithRawResponse,
        AsyncAccountRoleBindingsResourceWithStreamingResponse,
    )
    from .resources.accounts import (
        AccountsResource,
        AccountsResourceWithRawResponse,
        AccountsResourceWithStreamingResponse,
        AsyncAccountsResource,
        AsyncAccountsResourceWithRawResponse,
        AsyncAccountsResourceWithStreamingResponse,
    )
    from .resources.accounts_role_invitations import (
        AccountsRoleInvitationsResource,
        AccountsRoleInvitationsResourceWithRawResponse,
        AccountsRoleInvitationsResourceWithStreamingResponse,
        AsyncAccountsRoleInvitationsResource,
        AsyncAccountsRoleInvitationsResourceWithRawResponse,
        AsyncAccountsRoleInvitationsResourceWithStreamingResponse,
    )
    from .resources.api_versions import (
        ApiVersionsResource,
        ApiVersionsResourceWithRawResponse,
        ApiVersionsResourceWithStreamingResponse,
        AsyncApiVersionsResource,
        AsyncApiVersionsResourceWithRawResponse,
        AsyncApiVersionsResourceWithStreamingResponse,
    )
    from .resources.application_configuration_templates import (
        ApplicationConfigurationTemplatesResource,
        ApplicationConfigurationTemplatesResourceWithRawResponse,
        ApplicationConfigurationTemplatesResourceWithStreamingResponse,
        AsyncApplicationConfigurationTemplatesResource,
        AsyncApplicationConfigurationTemplatesResourceWithRawResponse,
        AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse,
    )
    from .resources.authentication import (
        AsyncAuthenticationResource,
        AsyncAuthenticationResourceWithRawResponse,
        AsyncAuthenticationResourceWithStreamingResponse,
        AuthenticationResource,
        AuthenticationResourceWithRawResponse,
        AuthenticationResourceWithStreamingResponse,
    )
    from .resources.authorizers import (
        AsyncAuthorizersResource,
        AsyncAuthorizersResourceWithRawResponse,
        AsyncAuthorizersResourceWithStreamingResponse,
        AuthorizersResource,
        AuthorizersResourceWithRawResponse,
        AuthorizersResourceWithStreamingResponse,
    )
    from .resources.backup_credentials import (
        AsyncBackupCredentialsResource,
        AsyncBackupCredentialsResourceWithRawResponse,
        AsyncBackupCredentialsResourceWithStreamingResponse,
        BackupCredentialsResource,
        BackupCredentialsResourceWithRawResponse,
        BackupCredentialsResourceWithStreamingResponse,
    )
    from .resources.backup_jobs import (
        AsyncBackupJobsResource,
        AsyncBackupJobsResourceWithRawResponse,
        AsyncBackupJobsResourceWithStreamingResponse,
        BackupJobsResource,
        BackupJobsResourceWithRawResponse,
        BackupJobsResourceWithStreamingResponse,
    )
    from .resources.backup_policies import (
        AsyncBackupPoliciesResource,
        AsyncBackupPoliciesResourceWithRawResponse,
        AsyncBackupPoliciesResourceWithStreamingResponse,
        BackupPoliciesResource,
        BackupPoliciesResourceWithRawResponse,
        BackupPoliciesResourceWithStreamingResponse,
    )
    from .resources.backup_targets import (
        AsyncBackupTargetsResource,
        AsyncBackupTargetsResourceWithRawResponse,
        AsyncBackupTargetsResourceWithStreamingResponse,
        BackupTargetsResource,
        BackupTargetsResourceWithRawResponse,
        BackupTargetsResourceWithStreamingResponse,
    )
    from .resources.backups import (
        AsyncBackupsResource,
        AsyncBackupsResourceWithRawResponse,
        AsyncBackupsResourceWithStreamingResponse,
        BackupsResource,
        BackupsResourceWithRawResponse,
        BackupsResourceWithStreamingResponse,
    )
    from .resources.copilot import (
        AsyncCopilotResource,
        AsyncCopilotResourceWithRawResponse,
        AsyncCopilotResourceWithStreamingResponse,
        CopilotResource,
        CopilotResourceWithRawResponse,
        CopilotResourceWithStreamingResponse,
    )
    from .resources.data_services import (
        AsyncDataServicesResource,
        AsyncDataServicesResourceWithRawResponse,
        AsyncDataServicesResourceWithStreamingResponse,
        DataServicesResource,
        DataServicesResourceWithRawResponse,
        DataServicesResourceWithStreamingResponse,
    )
    from .resources.deployment_targets import (
        AsyncDeploymentTargetsResource,
        AsyncDeploymentTargetsResourceWithRawResponse,
        AsyncDeploymentTargetsResourceWithStreamingResponse,
        DeploymentTargetsResource,
        DeploymentTargetsResourceWithRawResponse,
        DeploymentTargetsResourceWithStreamingResponse,
    )
    from .resources.deployments import (
        AsyncDeploymentsResource,
        AsyncDeploymentsResourceWithRawResponse,
        AsyncDeploymentsResourceWithStreamingResponse,
        DeploymentsResource,
        DeploymentsResourceWithRawResponse,
        DeploymentsResourceWithStreamingResponse,
    )
    from .resources.events import (
        AsyncEventsResource,
        AsyncEventsResourceWithRawResponse,
        AsyncEventsResourceWithStreamingResponse,
        EventsResource,
        EventsResourceWithRawResponse,
        EventsResourceWithStreamingResponse,
    )
    from .resources.global_role_bindings import (
        AsyncGlobalRoleBindingsResource,
        AsyncGlobalRoleBindingsResourceWithRawResponse,
        AsyncGlobalRoleBindingsResourceWithStreamingResponse,
        GlobalRoleBindingsResource,
        GlobalRoleBindingsResourceWithRawResponse,
        GlobalRoleBindingsResourceWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImagesResource,
        AsyncImagesResourceWithRawResponse,
        AsyncImagesResourceWithStreamingResponse,
        ImagesResource,
        ImagesResourceWithRawResponse,
        ImagesResourceWithStreamingResponse,
    )
    from .resources.metadata import (
        AsyncMetadataResource,
        AsyncMetadataResourceWithRawResponse,
        AsyncMetadataResourceWithStreamingResponse,
        MetadataResource,
        MetadataResourceWithRawResponse,
        MetadataResourceWithStreamingResponse,
    )
    from .resources.namespaces import (
        AsyncNamespacesResource,
        AsyncNamespacesResourceWithRawResponse,
        AsyncNamespacesResourceWithStreamingResponse,
        NamespacesResource,
        NamespacesResourceWithRawResponse,
        NamespacesResourceWithStreamingResponse,
    )
    from .resources.projects import (
        AsyncProjectsResource,
        AsyncProjectsResourceWithRawResponse,
        AsyncProjectsResourceWithStreamingResponse,
        ProjectsResource,
        ProjectsResourceWithRawResponse,
        ProjectsResourceWithStreamingResponse,
    )
    from .resources.resource_settings_templates import (
        AsyncResourceSettingsTemplatesResource,
        AsyncResourceSettingsTemplatesResourceWithRawResponse,
        AsyncResourceSettingsTemplatesResourceWithStreamingResponse,
        ResourceSettingsTemplatesResource,
        ResourceSettingsTemplatesResourceWithRawResponse,
        ResourceSettingsTemplatesResourceWithStreamingResponse,
    )
    from .resources.restores import (
        AsyncRestoresResource,
        AsyncRestoresResourceWithRawResponse,
        AsyncRestoresResourceWithStreamingResponse,
        RestoresResource,
        RestoresResourceWithRawResponse,
        RestoresResourceWithStreamingResponse,
    )
    from .resources.roles import (
        AsyncRolesResource,
        AsyncRolesResourceWithRawResponse,
        AsyncRolesResourceWithStreamingResponse,
        RolesResource,
        RolesResourceWithRawResponse,
        RolesResourceWithStreamingResponse,
    )
    from .resources.sample_templates import (
        AsyncSampleTemplatesResource,
        AsyncSampleTemplatesResourceWithRawResponse,
        AsyncSampleTemplatesResourceWithStreamingResponse,
        SampleTemplatesResource,
        SampleTemplatesResourceWithRawResponse,
        SampleTemplatesResourceWithStreamingResponse,
    )
    from .resources.service_accounts import (
        AsyncServiceAccountsResource,
        AsyncServiceAccountsResourceWithRawResponse,
        AsyncServiceAccountsResourceWithStreamingResponse,
        ServiceAccountsResource,
        ServiceAccountsResourceWithRawResponse,
        ServiceAccountsResourceWithStreamingResponse,
    )
    from .resources.service_identities import (
        AsyncServiceIdentitiesResource,
        AsyncServiceIdentitiesResourceWithRawResponse,
        AsyncServiceIdentitiesResourceWithStreamingResponse,
        ServiceIdentitiesResource,
        ServiceIdentitiesResourceWithRawResponse,
        ServiceIdentitiesResourceWithStreamingResponse,
    )
    from .resources.storage_options_templates import (
        AsyncStorageOptionsTemplatesResource,
        AsyncStorageOptionsTemplatesResourceWithRawResponse,
        AsyncStorageOptionsTemplatesResourceWithStreamingResponse,
        StorageOptionsTemplatesResource,
        StorageOptionsTemplatesResourceWithRawResponse,
        StorageOptionsTemplatesResourceWithStreamingResponse,
    )
    from .resources.tasks import (
        AsyncTasksResource,
        AsyncTasksResourceWithRawResponse,
        AsyncTasksResourceWithStreamingResponse,
        TasksResource,
        TasksResourceWithRawResponse,
        TasksResourceWithStreamingResponse,
    )
    from .resources.teams import (
        AsyncTeamsResource,
        AsyncTeamsResourceWithRawResponse,
        AsyncTeamsResourceWithStreamingResponse,
        TeamsResource,
        TeamsResourceWithRawResponse,
        TeamsResourceWithStreamingResponse,
    )
    from .resources.tenants import (
        AsyncTenantsResource,
        AsyncTenantsResourceWithRawResponse,
        AsyncTenantsResourceWithStreamingResponse,
        TenantsResource,
        TenantsResourceWithRawResponse,
        TenantsResourceWithStreamingResponse,
    )
    from .resources.user_api_keys import (
        AsyncUserApiKeysResource,
        AsyncUserApiKeysResourceWithRawResponse,
        AsyncUserApiKeysResourceWithStreamingResponse,
        UserApiKeysResource,
        UserApiKeysResourceWithRawResponse,
        UserApiKeysResourceWithStreamingResponse,
    )
    from .resources.users import (
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
        AsyncUsersResourceWithStreamingResponse,
        UsersResource,
        UsersResourceWithRawResponse,
        UsersResourceWithStreamingResponse,
    )
    from .resources.versions import (
        AsyncVersionsResource,
        AsyncVersionsResourceWithRawResponse,
        AsyncVersionsResourceWithStreamingResponse,
        VersionsResource,
        VersionsResourceWithRawResponse,
        VersionsResourceWithStreamingResponse,
    )
    from .resources.whoami import (
        AsyncWhoamiResource,
        AsyncWhoamiResourceWithRawResponse,
        AsyncWhoamiResourceWithStreamingResponse,
        WhoamiResource,
        WhoamiResourceWithRawResponse,
        WhoamiResourceWithStreamingResponse,
    )

__all__ = ["AsyncPDS", "PDS"]

_SETTINGS = ClientSettings(
    name="PDS",
    distribution="pds-client",
    version="121",
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
    def accounts_role_invitations(self) -> AccountsRoleInvitationsResource:
        from .resources.accounts_role_invitations import AccountsRoleInvitationsResource

        return AccountsRoleInvitationsResource(self)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self)

    @cached_property
    def account_role_bindings(self) -> AccountRoleBindingsResource:
        from .resources.account_role_bindings import AccountRoleBindingsResource

        return AccountRoleBindingsResource(self)

    @cached_property
    def service_identities(self) -> ServiceIdentitiesResource:
        from .resources.service_identities import ServiceIdentitiesResource

        return ServiceIdentitiesResource(self)

    @cached_property
    def application_configuration_templates(self) -> ApplicationConfigurationTemplatesResource:
        from .resources.application_configuration_templates import ApplicationConfigurationTemplatesResource

        return ApplicationConfigurationTemplatesResource(self)

    @cached_property
    def authorizers(self) -> AuthorizersResource:
        from .resources.authorizers import AuthorizersResource

        return AuthorizersResource(self)

    @cached_property
    def backup_credentials(self) -> BackupCredentialsResource:
        from .resources.backup_credentials import BackupCredentialsResource

        return BackupCredentialsResource(self)

    @cached_property
    def backup_jobs(self) -> BackupJobsResource:
        from .resources.backup_jobs import BackupJobsResource

        return BackupJobsResource(self)

    @cached_property
    def restores(self) -> RestoresResource:
        from .resources.restores import RestoresResource

        return RestoresResource(self)

    @cached_property
    def backup_policies(self) -> BackupPoliciesResource:
        from .resources.backup_policies import BackupPoliciesResource

        return BackupPoliciesResource(self)

    @cached_property
    def backup_targets(self) -> BackupTargetsResource:
        from .resources.backup_targets import BackupTargetsResource

        return BackupTargetsResource(self)

    @cached_property
    def backups(self) -> BackupsResource:
        from .resources.backups import BackupsResource

        return BackupsResource(self)

    @cached_property
    def versions(self) -> VersionsResource:
        from .resources.versions import VersionsResource

        return VersionsResource(self)

    @cached_property
    def copilot(self) -> CopilotResource:
        from .resources.copilot import CopilotResource

        return CopilotResource(self)

    @cached_property
    def data_services(self) -> DataServicesResource:
        from .resources.data_services import DataServicesResource

        return DataServicesResource(self)

    @cached_property
    def tasks(self) -> TasksResource:
        from .resources.tasks import TasksResource

        return TasksResource(self)

    @cached_property
    def sample_templates(self) -> SampleTemplatesResource:
        from .resources.sample_templates import SampleTemplatesResource

        return SampleTemplatesResource(self)

    @cached_property
    def deployment_targets(self) -> DeploymentTargetsResource:
        from .resources.deployment_targets import DeploymentTargetsResource

        return DeploymentTargetsResource(self)

    @cached_property
    def events(self) -> EventsResource:
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_property
    def namespaces(self) -> NamespacesResource:
        from .resources.namespaces import NamespacesResource

        return NamespacesResource(self)

    @cached_property
    def deployments(self) -> DeploymentsResource:
        from .resources.deployments import DeploymentsResource

        return DeploymentsResource(self)

    @cached_property
    def global_role_bindings(self) -> GlobalRoleBindingsResource:
        from .resources.global_role_bindings import GlobalRoleBindingsResource

        return GlobalRoleBindingsResource(self)

    @cached_property
    def images(self) -> ImagesResource:
        from .resources.images import ImagesResource

        return ImagesResource(self)

    @cached_property
    def metadata(self) -> MetadataResource:
        from .resources.metadata import MetadataResource

        return MetadataResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def resource_settings_templates(self) -> ResourceSettingsTemplatesResource:
        from .resources.resource_settings_templates import ResourceSettingsTemplatesResource

        return ResourceSettingsTemplatesResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        from .resources.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def service_accounts(self) -> ServiceAccountsResource:
        from .resources.service_accounts import ServiceAccountsResource

        return ServiceAccountsResource(self)

    @cached_property
    def storage_options_templates(self) -> StorageOptionsTemplatesResource:
        from .resources.storage_options_templates import StorageOptionsTemplatesResource

        return StorageOptionsTemplatesResource(self)

    @cached_property
    def teams(self) -> TeamsResource:
        from .resources.teams import TeamsResource

        return TeamsResource(self)

    @cached_property
    def tenants(self) -> TenantsResource:
        from .resources.tenants import TenantsResource

        return TenantsResource(self)

    @cached_property
    def user_api_keys(self) -> UserApiKeysResource:
        from .resources.user_api_keys import UserApiKeysResource

        return UserApiKeysResource(self)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def api_versions(self) -> ApiVersionsResource:
        from .resources.api_versions import ApiVersionsResource

        return ApiVersionsResource(self)

    @cached_property
    def whoami(self) -> WhoamiResource:
        from .resources.whoami import WhoamiResource

        return WhoamiResource(self)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        from .resources.authentication import AuthenticationResource

        return AuthenticationResource(self)

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
    def accounts_role_invitations(self) -> AccountsRoleInvitationsResourceWithRawResponse:
        from .resources.accounts_role_invitations import AccountsRoleInvitationsResourceWithRawResponse

        return AccountsRoleInvitationsResourceWithRawResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AccountsResourceWithRawResponse:
        from .resources.accounts import AccountsResourceWithRawResponse

        return AccountsResourceWithRawResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AccountRoleBindingsResourceWithRawResponse:
        from .resources.account_role_bindings import AccountRoleBindingsResourceWithRawResponse

        return AccountRoleBindingsResourceWithRawResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> ServiceIdentitiesResourceWithRawResponse:
        from .resources.service_identities import ServiceIdentitiesResourceWithRawResponse

        return ServiceIdentitiesResourceWithRawResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> ApplicationConfigurationTemplatesResourceWithRawResponse:
        from .resources.application_configuration_templates import (
            ApplicationConfigurationTemplatesResourceWithRawResponse,
        )

        return ApplicationConfigurationTemplatesResourceWithRawResponse(
            self._client.application_configuration_templates
        )

    @cached_property
    def authorizers(self) -> AuthorizersResourceWithRawResponse:
        from .resources.authorizers import AuthorizersResourceWithRawResponse

        return AuthorizersResourceWithRawResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> BackupCredentialsResourceWithRawResponse:
        from .resources.backup_credentials import BackupCredentialsResourceWithRawResponse

        return BackupCredentialsResourceWithRawResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> BackupJobsResourceWithRawResponse:
        from .resources.backup_jobs import BackupJobsResourceWithRawResponse

        return BackupJobsResourceWithRawResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> RestoresResourceWithRawResponse:
        from .resources.restores import RestoresResourceWithRawResponse

        return RestoresResourceWithRawResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> BackupPoliciesResourceWithRawResponse:
        from .resources.backup_policies import BackupPoliciesResourceWithRawResponse

        return BackupPoliciesResourceWithRawResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> BackupTargetsResourceWithRawResponse:
        from .resources.backup_targets import BackupTargetsResourceWithRawResponse

        return BackupTargetsResourceWithRawResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> BackupsResourceWithRawResponse:
        from .resources.backups import BackupsResourceWithRawResponse

        return BackupsResourceWithRawResponse(self._client.backups)

    @cached_property
    def versions(self) -> VersionsResourceWithRawResponse:
        from .resources.versions import VersionsResourceWithRawResponse

        return VersionsResourceWithRawResponse(self._client.versions)

    @cached_property
    def copilot(self) -> CopilotResourceWithRawResponse:
        from .resources.copilot import CopilotResourceWithRawResponse

        return CopilotResourceWithRawResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> DataServicesResourceWithRawResponse:
        from .resources.data_services import DataServicesResourceWithRawResponse

        return DataServicesResourceWithRawResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> TasksResourceWithRawResponse:
        from .resources.tasks import TasksResourceWithRawResponse

        return TasksResourceWithRawResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> SampleTemplatesResourceWithRawResponse:
        from .resources.sample_templates import SampleTemplatesResourceWithRawResponse

        return SampleTemplatesResourceWithRawResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> DeploymentTargetsResourceWithRawResponse:
        from .resources.deployment_targets import DeploymentTargetsResourceWithRawResponse

        return DeploymentTargetsResourceWithRawResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> EventsResourceWithRawResponse:
        from .resources.events import EventsResourceWithRawResponse

        return EventsResourceWithRawResponse(self._client.events)

    @cached_property
    def namespaces(self) -> NamespacesResourceWithRawResponse:
        from .resources.namespaces import NamespacesResourceWithRawResponse

        return NamespacesResourceWithRawResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> DeploymentsResourceWithRawResponse:
        from .resources.deployments import DeploymentsResourceWithRawResponse

        return DeploymentsResourceWithRawResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> GlobalRoleBindingsResourceWithRawResponse:
        from .resources.global_role_bindings import GlobalRoleBindingsResourceWithRawResponse

        return GlobalRoleBindingsResourceWithRawResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> ImagesResourceWithRawResponse:
        from .resources.images import ImagesResourceWithRawResponse

        return ImagesResourceWithRawResponse(self._client.images)

    @cached_property
    def metadata(self) -> MetadataResourceWithRawResponse:
        from .resources.metadata import MetadataResourceWithRawResponse

        return MetadataResourceWithRawResponse(self._client.metadata)

    @cached_property
    def projects(self) -> ProjectsResourceWithRawResponse:
        from .resources.projects import ProjectsResourceWithRawResponse

        return ProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> ResourceSettingsTemplatesResourceWithRawResponse:
        from .resources.resource_settings_templates import ResourceSettingsTemplatesResourceWithRawResponse

        return ResourceSettingsTemplatesResourceWithRawResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> RolesResourceWithRawResponse:
        from .resources.roles import RolesResourceWithRawResponse

        return RolesResourceWithRawResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsResourceWithRawResponse:
        from .resources.service_accounts import ServiceAccountsResourceWithRawResponse

        return ServiceAccountsResourceWithRawResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> StorageOptionsTemplatesResourceWithRawResponse:
        from .resources.storage_options_templates import StorageOptionsTemplatesResourceWithRawResponse

        return StorageOptionsTemplatesResourceWithRawResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> TeamsResourceWithRawResponse:
        from .resources.teams import TeamsResourceWithRawResponse

        return TeamsResourceWithRawResponse(self._client.teams)

    @cached_property
    def tenants(self) -> TenantsResourceWithRawResponse:
        from .resources.tenants import TenantsResourceWithRawResponse

        return TenantsResourceWithRawResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> UserApiKeysResourceWithRawResponse:
        from .resources.user_api_keys import UserApiKeysResourceWithRawResponse

        return UserApiKeysResourceWithRawResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> UsersResourceWithRawResponse:
        from .resources.users import UsersResourceWithRawResponse

        return UsersResourceWithRawResponse(self._client.users)

    @cached_property
    def api_versions(self) -> ApiVersionsResourceWithRawResponse:
        from .resources.api_versions import ApiVersionsResourceWithRawResponse

        return ApiVersionsResourceWithRawResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> WhoamiResourceWithRawResponse:
        from .resources.whoami import WhoamiResourceWithRawResponse

        return WhoamiResourceWithRawResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        from .resources.authentication import AuthenticationResourceWithRawResponse

        return AuthenticationResourceWithRawResponse(self._client.authentication)


class PDSWithStreamingResponse:
    def __init__(self, client: PDS) -> None:
        self._client = client

    @cached_property
    def accounts_role_invitations(self) -> AccountsRoleInvitationsResourceWithStreamingResponse:
        from .resources.accounts_role_invitations import AccountsRoleInvitationsResourceWithStreamingResponse

        return AccountsRoleInvitationsResourceWithStreamingResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AccountsResourceWithStreamingResponse:
        from .resources.accounts import AccountsResourceWithStreamingResponse

        return AccountsResourceWithStreamingResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AccountRoleBindingsResourceWithStreamingResponse:
        from .resources.account_role_bindings import AccountRoleBindingsResourceWithStreamingResponse

        return AccountRoleBindingsResourceWithStreamingResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> ServiceIdentitiesResourceWithStreamingResponse:
        from .resources.service_identities import ServiceIdentitiesResourceWithStreamingResponse

        return ServiceIdentitiesResourceWithStreamingResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> ApplicationConfigurationTemplatesResourceWithStreamingResponse:
        from .resources.application_configuration_templates import (
            ApplicationConfigurationTemplatesResourceWithStreamingResponse,
        )

        return ApplicationConfigurationTemplatesResourceWithStreamingResponse(
            self._client.application_configuration_templates
        )

    @cached_property
    def authorizers(self) -> AuthorizersResourceWithStreamingResponse:
        from .resources.authorizers import AuthorizersResourceWithStreamingResponse

        return AuthorizersResourceWithStreamingResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> BackupCredentialsResourceWithStreamingResponse:
        from .resources.backup_credentials import BackupCredentialsResourceWithStreamingResponse

        return BackupCredentialsResourceWithStreamingResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> BackupJobsResourceWithStreamingResponse:
        from .resources.backup_jobs import BackupJobsResourceWithStreamingResponse

        return BackupJobsResourceWithStreamingResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> RestoresResourceWithStreamingResponse:
        from .resources.restores import RestoresResourceWithStreamingResponse

        return RestoresResourceWithStreamingResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> BackupPoliciesResourceWithStreamingResponse:
        from .resources.backup_policies import BackupPoliciesResourceWithStreamingResponse

        return BackupPoliciesResourceWithStreamingResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> BackupTargetsResourceWithStreamingResponse:
        from .resources.backup_targets import BackupTargetsResourceWithStreamingResponse

        return BackupTargetsResourceWithStreamingResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> BackupsResourceWithStreamingResponse:
        from .resources.backups import BackupsResourceWithStreamingResponse

        return BackupsResourceWithStreamingResponse(self._client.backups)

    @cached_property
    def versions(self) -> VersionsResourceWithStreamingResponse:
        from .resources.versions import VersionsResourceWithStreamingResponse

        return VersionsResourceWithStreamingResponse(self._client.versions)

    @cached_property
    def copilot(self) -> CopilotResourceWithStreamingResponse:
        from .resources.copilot import CopilotResourceWithStreamingResponse

        return CopilotResourceWithStreamingResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> DataServicesResourceWithStreamingResponse:
        from .resources.data_services import DataServicesResourceWithStreamingResponse

        return DataServicesResourceWithStreamingResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> TasksResourceWithStreamingResponse:
        from .resources.tasks import TasksResourceWithStreamingResponse

        return TasksResourceWithStreamingResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> SampleTemplatesResourceWithStreamingResponse:
        from .resources.sample_templates import SampleTemplatesResourceWithStreamingResponse

        return SampleTemplatesResourceWithStreamingResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> DeploymentTargetsResourceWithStreamingResponse:
        from .resources.deployment_targets import DeploymentTargetsResourceWithStreamingResponse

        return DeploymentTargetsResourceWithStreamingResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> EventsResourceWithStreamingResponse:
        from .resources.events import EventsResourceWithStreamingResponse

        return EventsResourceWithStreamingResponse(self._client.events)

    @cached_property
    def namespaces(self) -> NamespacesResourceWithStreamingResponse:
        from .resources.namespaces import NamespacesResourceWithStreamingResponse

        return NamespacesResourceWithStreamingResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> DeploymentsResourceWithStreamingResponse:
        from .resources.deployments import DeploymentsResourceWithStreamingResponse

        return DeploymentsResourceWithStreamingResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> GlobalRoleBindingsResourceWithStreamingResponse:
        from .resources.global_role_bindings import GlobalRoleBindingsResourceWithStreamingResponse

        return GlobalRoleBindingsResourceWithStreamingResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> ImagesResourceWithStreamingResponse:
        from .resources.images import ImagesResourceWithStreamingResponse

        return ImagesResourceWithStreamingResponse(self._client.images)

    @cached_property
    def metadata(self) -> MetadataResourceWithStreamingResponse:
        from .resources.metadata import MetadataResourceWithStreamingResponse

        return MetadataResourceWithStreamingResponse(self._client.metadata)

    @cached_property
    def projects(self) -> ProjectsResourceWithStreamingResponse:
        from .resources.projects import ProjectsResourceWithStreamingResponse

        return ProjectsResourceWithStreamingResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> ResourceSettingsTemplatesResourceWithStreamingResponse:
        from .resources.resource_settings_templates import ResourceSettingsTemplatesResourceWithStreamingResponse

        return ResourceSettingsTemplatesResourceWithStreamingResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> RolesResourceWithStreamingResponse:
        from .resources.roles import RolesResourceWithStreamingResponse

        return RolesResourceWithStreamingResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsResourceWithStreamingResponse:
        from .resources.service_accounts import ServiceAccountsResourceWithStreamingResponse

        return ServiceAccountsResourceWithStreamingResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> StorageOptionsTemplatesResourceWithStreamingResponse:
        from .resources.storage_options_templates import StorageOptionsTemplatesResourceWithStreamingResponse

        return StorageOptionsTemplatesResourceWithStreamingResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> TeamsResourceWithStreamingResponse:
        from .resources.teams import TeamsResourceWithStreamingResponse

        return TeamsResourceWithStreamingResponse(self._client.teams)

    @cached_property
    def tenants(self) -> TenantsResourceWithStreamingResponse:
        from .resources.tenants import TenantsResourceWithStreamingResponse

        return TenantsResourceWithStreamingResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> UserApiKeysResourceWithStreamingResponse:
        from .resources.user_api_keys import UserApiKeysResourceWithStreamingResponse

        return UserApiKeysResourceWithStreamingResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> UsersResourceWithStreamingResponse:
        from .resources.users import UsersResourceWithStreamingResponse

        return UsersResourceWithStreamingResponse(self._client.users)

    @cached_property
    def api_versions(self) -> ApiVersionsResourceWithStreamingResponse:
        from .resources.api_versions import ApiVersionsResourceWithStreamingResponse

        return ApiVersionsResourceWithStreamingResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> WhoamiResourceWithStreamingResponse:
        from .resources.whoami import WhoamiResourceWithStreamingResponse

        return WhoamiResourceWithStreamingResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithStreamingResponse:
        from .resources.authentication import AuthenticationResourceWithStreamingResponse

        return AuthenticationResourceWithStreamingResponse(self._client.authentication)


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
    def accounts_role_invitations(self) -> AsyncAccountsRoleInvitationsResource:
        from .resources.accounts_role_invitations import AsyncAccountsRoleInvitationsResource

        return AsyncAccountsRoleInvitationsResource(self)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self)

    @cached_property
    def account_role_bindings(self) -> AsyncAccountRoleBindingsResource:
        from .resources.account_role_bindings import AsyncAccountRoleBindingsResource

        return AsyncAccountRoleBindingsResource(self)

    @cached_property
    def service_identities(self) -> AsyncServiceIdentitiesResource:
        from .resources.service_identities import AsyncServiceIdentitiesResource

        return AsyncServiceIdentitiesResource(self)

    @cached_property
    def application_configuration_templates(self) -> AsyncApplicationConfigurationTemplatesResource:
        from .resources.application_configuration_templates import AsyncApplicationConfigurationTemplatesResource

        return AsyncApplicationConfigurationTemplatesResource(self)

    @cached_property
    def authorizers(self) -> AsyncAuthorizersResource:
        from .resources.authorizers import AsyncAuthorizersResource

        return AsyncAuthorizersResource(self)

    @cached_property
    def backup_credentials(self) -> AsyncBackupCredentialsResource:
        from .resources.backup_credentials import AsyncBackupCredentialsResource

        return AsyncBackupCredentialsResource(self)

    @cached_property
    def backup_jobs(self) -> AsyncBackupJobsResource:
        from .resources.backup_jobs import AsyncBackupJobsResource

        return AsyncBackupJobsResource(self)

    @cached_property
    def restores(self) -> AsyncRestoresResource:
        from .resources.restores import AsyncRestoresResource

        return AsyncRestoresResource(self)

    @cached_property
    def backup_policies(self) -> AsyncBackupPoliciesResource:
        from .resources.backup_policies import AsyncBackupPoliciesResource

        return AsyncBackupPoliciesResource(self)

    @cached_property
    def backup_targets(self) -> AsyncBackupTargetsResource:
        from .resources.backup_targets import AsyncBackupTargetsResource

        return AsyncBackupTargetsResource(self)

    @cached_property
    def backups(self) -> AsyncBackupsResource:
        from .resources.backups import AsyncBackupsResource

        return AsyncBackupsResource(self)

    @cached_property
    def versions(self) -> AsyncVersionsResource:
        from .resources.versions import AsyncVersionsResource

        return AsyncVersionsResource(self)

    @cached_property
    def copilot(self) -> AsyncCopilotResource:
        from .resources.copilot import AsyncCopilotResource

        return AsyncCopilotResource(self)

    @cached_property
    def data_services(self) -> AsyncDataServicesResource:
        from .resources.data_services import AsyncDataServicesResource

        return AsyncDataServicesResource(self)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        from .resources.tasks import AsyncTasksResource

        return AsyncTasksResource(self)

    @cached_property
    def sample_templates(self) -> AsyncSampleTemplatesResource:
        from .resources.sample_templates import AsyncSampleTemplatesResource

        return AsyncSampleTemplatesResource(self)

    @cached_property
    def deployment_targets(self) -> AsyncDeploymentTargetsResource:
        from .resources.deployment_targets import AsyncDeploymentTargetsResource

        return AsyncDeploymentTargetsResource(self)

    @cached_property
    def events(self) -> AsyncEventsResource:
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResource:
        from .resources.namespaces import AsyncNamespacesResource

        return AsyncNamespacesResource(self)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResource:
        from .resources.deployments import AsyncDeploymentsResource

        return AsyncDeploymentsResource(self)

    @cached_property
    def global_role_bindings(self) -> AsyncGlobalRoleBindingsResource:
        from .resources.global_role_bindings import AsyncGlobalRoleBindingsResource

        return AsyncGlobalRoleBindingsResource(self)

    @cached_property
    def images(self) -> AsyncImagesResource:
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self)

    @cached_property
    def metadata(self) -> AsyncMetadataResource:
        from .resources.metadata import AsyncMetadataResource

        return AsyncMetadataResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def resource_settings_templates(self) -> AsyncResourceSettingsTemplatesResource:
        from .resources.resource_settings_templates import AsyncResourceSettingsTemplatesResource

        return AsyncResourceSettingsTemplatesResource(self)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        from .resources.roles import AsyncRolesResource

        return AsyncRolesResource(self)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsResource:
        from .resources.service_accounts import AsyncServiceAccountsResource

        return AsyncServiceAccountsResource(self)

    @cached_property
    def storage_options_templates(self) -> AsyncStorageOptionsTemplatesResource:
        from .resources.storage_options_templates import AsyncStorageOptionsTemplatesResource

        return AsyncStorageOptionsTemplatesResource(self)

    @cached_property
    def teams(self) -> AsyncTeamsResource:
        from .resources.teams import AsyncTeamsResource

        return AsyncTeamsResource(self)

    @cached_property
    def tenants(self) -> AsyncTenantsResource:
        from .resources.tenants import AsyncTenantsResource

        return AsyncTenantsResource(self)

    @cached_property
    def user_api_keys(self) -> AsyncUserApiKeysResource:
        from .resources.user_api_keys import AsyncUserApiKeysResource

        return AsyncUserApiKeysResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def api_versions(self) -> AsyncApiVersionsResource:
        from .resources.api_versions import AsyncApiVersionsResource

        return AsyncApiVersionsResource(self)

    @cached_property
    def whoami(self) -> AsyncWhoamiResource:
        from .resources.whoami import AsyncWhoamiResource

        return AsyncWhoamiResource(self)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        from .resources.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self)

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
    def accounts_role_invitations(self) -> AsyncAccountsRoleInvitationsResourceWithRawResponse:
        from .resources.accounts_role_invitations import AsyncAccountsRoleInvitationsResourceWithRawResponse

        return AsyncAccountsRoleInvitationsResourceWithRawResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithRawResponse:
        from .resources.accounts import AsyncAccountsResourceWithRawResponse

        return AsyncAccountsResourceWithRawResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AsyncAccountRoleBindingsResourceWithRawResponse:
        from .resources.account_role_bindings import AsyncAccountRoleBindingsResourceWithRawResponse

        return AsyncAccountRoleBindingsResourceWithRawResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> AsyncServiceIdentitiesResourceWithRawResponse:
        from .resources.service_identities import AsyncServiceIdentitiesResourceWithRawResponse

        return AsyncServiceIdentitiesResourceWithRawResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(self) -> AsyncApplicationConfigurationTemplatesResourceWithRawResponse:
        from .resources.application_configuration_templates import (
            AsyncApplicationConfigurationTemplatesResourceWithRawResponse,
        )

        return AsyncApplicationConfigurationTemplatesResourceWithRawResponse(
            self._client.application_configuration_templates
        )

    @cached_property
    def authorizers(self) -> AsyncAuthorizersResourceWithRawResponse:
        from .resources.authorizers import AsyncAuthorizersResourceWithRawResponse

        return AsyncAuthorizersResourceWithRawResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> AsyncBackupCredentialsResourceWithRawResponse:
        from .resources.backup_credentials import AsyncBackupCredentialsResourceWithRawResponse

        return AsyncBackupCredentialsResourceWithRawResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> AsyncBackupJobsResourceWithRawResponse:
        from .resources.backup_jobs import AsyncBackupJobsResourceWithRawResponse

        return AsyncBackupJobsResourceWithRawResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> AsyncRestoresResourceWithRawResponse:
        from .resources.restores import AsyncRestoresResourceWithRawResponse

        return AsyncRestoresResourceWithRawResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> AsyncBackupPoliciesResourceWithRawResponse:
        from .resources.backup_policies import AsyncBackupPoliciesResourceWithRawResponse

        return AsyncBackupPoliciesResourceWithRawResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> AsyncBackupTargetsResourceWithRawResponse:
        from .resources.backup_targets import AsyncBackupTargetsResourceWithRawResponse

        return AsyncBackupTargetsResourceWithRawResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> AsyncBackupsResourceWithRawResponse:
        from .resources.backups import AsyncBackupsResourceWithRawResponse

        return AsyncBackupsResourceWithRawResponse(self._client.backups)

    @cached_property
    def versions(self) -> AsyncVersionsResourceWithRawResponse:
        from .resources.versions import AsyncVersionsResourceWithRawResponse

        return AsyncVersionsResourceWithRawResponse(self._client.versions)

    @cached_property
    def copilot(self) -> AsyncCopilotResourceWithRawResponse:
        from .resources.copilot import AsyncCopilotResourceWithRawResponse

        return AsyncCopilotResourceWithRawResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> AsyncDataServicesResourceWithRawResponse:
        from .resources.data_services import AsyncDataServicesResourceWithRawResponse

        return AsyncDataServicesResourceWithRawResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> AsyncTasksResourceWithRawResponse:
        from .resources.tasks import AsyncTasksResourceWithRawResponse

        return AsyncTasksResourceWithRawResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> AsyncSampleTemplatesResourceWithRawResponse:
        from .resources.sample_templates import AsyncSampleTemplatesResourceWithRawResponse

        return AsyncSampleTemplatesResourceWithRawResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> AsyncDeploymentTargetsResourceWithRawResponse:
        from .resources.deployment_targets import AsyncDeploymentTargetsResourceWithRawResponse

        return AsyncDeploymentTargetsResourceWithRawResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> AsyncEventsResourceWithRawResponse:
        from .resources.events import AsyncEventsResourceWithRawResponse

        return AsyncEventsResourceWithRawResponse(self._client.events)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResourceWithRawResponse:
        from .resources.namespaces import AsyncNamespacesResourceWithRawResponse

        return AsyncNamespacesResourceWithRawResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResourceWithRawResponse:
        from .resources.deployments import AsyncDeploymentsResourceWithRawResponse

        return AsyncDeploymentsResourceWithRawResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> AsyncGlobalRoleBindingsResourceWithRawResponse:
        from .resources.global_role_bindings import AsyncGlobalRoleBindingsResourceWithRawResponse

        return AsyncGlobalRoleBindingsResourceWithRawResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> AsyncImagesResourceWithRawResponse:
        from .resources.images import AsyncImagesResourceWithRawResponse

        return AsyncImagesResourceWithRawResponse(self._client.images)

    @cached_property
    def metadata(self) -> AsyncMetadataResourceWithRawResponse:
        from .resources.metadata import AsyncMetadataResourceWithRawResponse

        return AsyncMetadataResourceWithRawResponse(self._client.metadata)

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        from .resources.projects import AsyncProjectsResourceWithRawResponse

        return AsyncProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> AsyncResourceSettingsTemplatesResourceWithRawResponse:
        from .resources.resource_settings_templates import AsyncResourceSettingsTemplatesResourceWithRawResponse

        return AsyncResourceSettingsTemplatesResourceWithRawResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> AsyncRolesResourceWithRawResponse:
        from .resources.roles import AsyncRolesResourceWithRawResponse

        return AsyncRolesResourceWithRawResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsResourceWithRawResponse:
        from .resources.service_accounts import AsyncServiceAccountsResourceWithRawResponse

        return AsyncServiceAccountsResourceWithRawResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> AsyncStorageOptionsTemplatesResourceWithRawResponse:
        from .resources.storage_options_templates import AsyncStorageOptionsTemplatesResourceWithRawResponse

        return AsyncStorageOptionsTemplatesResourceWithRawResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> AsyncTeamsResourceWithRawResponse:
        from .resources.teams import AsyncTeamsResourceWithRawResponse

        return AsyncTeamsResourceWithRawResponse(self._client.teams)

    @cached_property
    def tenants(self) -> AsyncTenantsResourceWithRawResponse:
        from .resources.tenants import AsyncTenantsResourceWithRawResponse

        return AsyncTenantsResourceWithRawResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> AsyncUserApiKeysResourceWithRawResponse:
        from .resources.user_api_keys import AsyncUserApiKeysResourceWithRawResponse

        return AsyncUserApiKeysResourceWithRawResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        from .resources.users import AsyncUsersResourceWithRawResponse

        return AsyncUsersResourceWithRawResponse(self._client.users)

    @cached_property
    def api_versions(self) -> AsyncApiVersionsResourceWithRawResponse:
        from .resources.api_versions import AsyncApiVersionsResourceWithRawResponse

        return AsyncApiVersionsResourceWithRawResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> AsyncWhoamiResourceWithRawResponse:
        from .resources.whoami import AsyncWhoamiResourceWithRawResponse

        return AsyncWhoamiResourceWithRawResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        from .resources.authentication import AsyncAuthenticationResourceWithRawResponse

        return AsyncAuthenticationResourceWithRawResponse(self._client.authentication)


class AsyncPDSWithStreamingResponse:
    def __init__(self, client: AsyncPDS) -> None:
        self._client = client

    @cached_property
    def accounts_role_invitations(self) -> AsyncAccountsRoleInvitationsResourceWithStreamingResponse:
        from .resources.accounts_role_invitations import AsyncAccountsRoleInvitationsResourceWithStreamingResponse

        return AsyncAccountsRoleInvitationsResourceWithStreamingResponse(self._client.accounts_role_invitations)

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithStreamingResponse:
        from .resources.accounts import AsyncAccountsResourceWithStreamingResponse

        return AsyncAccountsResourceWithStreamingResponse(self._client.accounts)

    @cached_property
    def account_role_bindings(self) -> AsyncAccountRoleBindingsResourceWithStreamingResponse:
        from .resources.account_role_bindings import AsyncAccountRoleBindingsResourceWithStreamingResponse

        return AsyncAccountRoleBindingsResourceWithStreamingResponse(self._client.account_role_bindings)

    @cached_property
    def service_identities(self) -> AsyncServiceIdentitiesResourceWithStreamingResponse:
        from .resources.service_identities import AsyncServiceIdentitiesResourceWithStreamingResponse

        return AsyncServiceIdentitiesResourceWithStreamingResponse(self._client.service_identities)

    @cached_property
    def application_configuration_templates(
        self,
    ) -> AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse:
        from .resources.application_configuration_templates import (
            AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse,
        )

        return AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse(
            self._client.application_configuration_templates
        )

    @cached_property
    def authorizers(self) -> AsyncAuthorizersResourceWithStreamingResponse:
        from .resources.authorizers import AsyncAuthorizersResourceWithStreamingResponse

        return AsyncAuthorizersResourceWithStreamingResponse(self._client.authorizers)

    @cached_property
    def backup_credentials(self) -> AsyncBackupCredentialsResourceWithStreamingResponse:
        from .resources.backup_credentials import AsyncBackupCredentialsResourceWithStreamingResponse

        return AsyncBackupCredentialsResourceWithStreamingResponse(self._client.backup_credentials)

    @cached_property
    def backup_jobs(self) -> AsyncBackupJobsResourceWithStreamingResponse:
        from .resources.backup_jobs import AsyncBackupJobsResourceWithStreamingResponse

        return AsyncBackupJobsResourceWithStreamingResponse(self._client.backup_jobs)

    @cached_property
    def restores(self) -> AsyncRestoresResourceWithStreamingResponse:
        from .resources.restores import AsyncRestoresResourceWithStreamingResponse

        return AsyncRestoresResourceWithStreamingResponse(self._client.restores)

    @cached_property
    def backup_policies(self) -> AsyncBackupPoliciesResourceWithStreamingResponse:
        from .resources.backup_policies import AsyncBackupPoliciesResourceWithStreamingResponse

        return AsyncBackupPoliciesResourceWithStreamingResponse(self._client.backup_policies)

    @cached_property
    def backup_targets(self) -> AsyncBackupTargetsResourceWithStreamingResponse:
        from .resources.backup_targets import AsyncBackupTargetsResourceWithStreamingResponse

        return AsyncBackupTargetsResourceWithStreamingResponse(self._client.backup_targets)

    @cached_property
    def backups(self) -> AsyncBackupsResourceWithStreamingResponse:
        from .resources.backups import AsyncBackupsResourceWithStreamingResponse

        return AsyncBackupsResourceWithStreamingResponse(self._client.backups)

    @cached_property
    def versions(self) -> AsyncVersionsResourceWithStreamingResponse:
        from .resources.versions import AsyncVersionsResourceWithStreamingResponse

        return AsyncVersionsResourceWithStreamingResponse(self._client.versions)

    @cached_property
    def copilot(self) -> AsyncCopilotResourceWithStreamingResponse:
        from .resources.copilot import AsyncCopilotResourceWithStreamingResponse

        return AsyncCopilotResourceWithStreamingResponse(self._client.copilot)

    @cached_property
    def data_services(self) -> AsyncDataServicesResourceWithStreamingResponse:
        from .resources.data_services import AsyncDataServicesResourceWithStreamingResponse

        return AsyncDataServicesResourceWithStreamingResponse(self._client.data_services)

    @cached_property
    def tasks(self) -> AsyncTasksResourceWithStreamingResponse:
        from .resources.tasks import AsyncTasksResourceWithStreamingResponse

        return AsyncTasksResourceWithStreamingResponse(self._client.tasks)

    @cached_property
    def sample_templates(self) -> AsyncSampleTemplatesResourceWithStreamingResponse:
        from .resources.sample_templates import AsyncSampleTemplatesResourceWithStreamingResponse

        return AsyncSampleTemplatesResourceWithStreamingResponse(self._client.sample_templates)

    @cached_property
    def deployment_targets(self) -> AsyncDeploymentTargetsResourceWithStreamingResponse:
        from .resources.deployment_targets import AsyncDeploymentTargetsResourceWithStreamingResponse

        return AsyncDeploymentTargetsResourceWithStreamingResponse(self._client.deployment_targets)

    @cached_property
    def events(self) -> AsyncEventsResourceWithStreamingResponse:
        from .resources.events import AsyncEventsResourceWithStreamingResponse

        return AsyncEventsResourceWithStreamingResponse(self._client.events)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResourceWithStreamingResponse:
        from .resources.namespaces import AsyncNamespacesResourceWithStreamingResponse

        return AsyncNamespacesResourceWithStreamingResponse(self._client.namespaces)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResourceWithStreamingResponse:
        from .resources.deployments import AsyncDeploymentsResourceWithStreamingResponse

        return AsyncDeploymentsResourceWithStreamingResponse(self._client.deployments)

    @cached_property
    def global_role_bindings(self) -> AsyncGlobalRoleBindingsResourceWithStreamingResponse:
        from .resources.global_role_bindings import AsyncGlobalRoleBindingsResourceWithStreamingResponse

        return AsyncGlobalRoleBindingsResourceWithStreamingResponse(self._client.global_role_bindings)

    @cached_property
    def images(self) -> AsyncImagesResourceWithStreamingResponse:
        from .resources.images import AsyncImagesResourceWithStreamingResponse

        return AsyncImagesResourceWithStreamingResponse(self._client.images)

    @cached_property
    def metadata(self) -> AsyncMetadataResourceWithStreamingResponse:
        from .resources.metadata import AsyncMetadataResourceWithStreamingResponse

        return AsyncMetadataResourceWithStreamingResponse(self._client.metadata)

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithStreamingResponse:
        from .resources.projects import AsyncProjectsResourceWithStreamingResponse

        return AsyncProjectsResourceWithStreamingResponse(self._client.projects)

    @cached_property
    def resource_settings_templates(self) -> AsyncResourceSettingsTemplatesResourceWithStreamingResponse:
        from .resources.resource_settings_templates import AsyncResourceSettingsTemplatesResourceWithStreamingResponse

        return AsyncResourceSettingsTemplatesResourceWithStreamingResponse(self._client.resource_settings_templates)

    @cached_property
    def roles(self) -> AsyncRolesResourceWithStreamingResponse:
        from .resources.roles import AsyncRolesResourceWithStreamingResponse

        return AsyncRolesResourceWithStreamingResponse(self._client.roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsResourceWithStreamingResponse:
        from .resources.service_accounts import AsyncServiceAccountsResourceWithStreamingResponse

        return AsyncServiceAccountsResourceWithStreamingResponse(self._client.service_accounts)

    @cached_property
    def storage_options_templates(self) -> AsyncStorageOptionsTemplatesResourceWithStreamingResponse:
        from .resources.storage_options_templates import AsyncStorageOptionsTemplatesResourceWithStreamingResponse

        return AsyncStorageOptionsTemplatesResourceWithStreamingResponse(self._client.storage_options_templates)

    @cached_property
    def teams(self) -> AsyncTeamsResourceWithStreamingResponse:
        from .resources.teams import AsyncTeamsResourceWithStreamingResponse

        return AsyncTeamsResourceWithStreamingResponse(self._client.teams)

    @cached_property
    def tenants(self) -> AsyncTenantsResourceWithStreamingResponse:
        from .resources.tenants import AsyncTenantsResourceWithStreamingResponse

        return AsyncTenantsResourceWithStreamingResponse(self._client.tenants)

    @cached_property
    def user_api_keys(self) -> AsyncUserApiKeysResourceWithStreamingResponse:
        from .resources.user_api_keys import AsyncUserApiKeysResourceWithStreamingResponse

        return AsyncUserApiKeysResourceWithStreamingResponse(self._client.user_api_keys)

    @cached_property
    def users(self) -> AsyncUsersResourceWithStreamingResponse:
        from .resources.users import AsyncUsersResourceWithStreamingResponse

        return AsyncUsersResourceWithStreamingResponse(self._client.users)

    @cached_property
    def api_versions(self) -> AsyncApiVersionsResourceWithStreamingResponse:
        from .resources.api_versions import AsyncApiVersionsResourceWithStreamingResponse

        return AsyncApiVersionsResourceWithStreamingResponse(self._client.api_versions)

    @cached_property
    def whoami(self) -> AsyncWhoamiResourceWithStreamingResponse:
        from .resources.whoami import AsyncWhoamiResourceWithStreamingResponse

        return AsyncWhoamiResourceWithStreamingResponse(self._client.whoami)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithStreamingResponse:
        from .resources.authentication import AsyncAuthenticationResourceWithStreamingResponse

        return AsyncAuthenticationResourceWithStreamingResponse(self._client.authentication)
