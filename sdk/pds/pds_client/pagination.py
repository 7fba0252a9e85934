"""Iterators over every token-paged list of `pds_client`, sync and async (the functional layer;
the namespaced client's list methods page the same way).

Each yields the items of one list operation across all its pages, fetching the next page only when the
items of the previous one are used up. Arguments are the operation's own, minus the page token.

- `iter_list_accounts` / `aiter_list_accounts`: `Account`
- `iter_list_account_role_invitations` / `aiter_list_account_role_invitations`: `AccountRoleInvitation`
- `iter_list_account_users` / `aiter_list_account_users`: `User`
- `iter_list_service_identities` / `aiter_list_service_identities`: `ServiceIdentity`
- `iter_list_account_tenants` / `aiter_list_account_tenants`: `Tenant`
- `iter_list_application_configuration_templates` / `aiter_list_application_configuration_templates`: `ApplicationConfigurationTemplate`
- `iter_list_backup_credentials` / `aiter_list_backup_credentials`: `BackupCredentials`
- `iter_list_project_backup_jobs` / `aiter_list_project_backup_jobs`: `BackupJob`
- `iter_list_backup_policies` / `aiter_list_backup_policies`: `BackupPolicy`
- `iter_list_project_backup_targets` / `aiter_list_project_backup_targets`: `BackupTarget`
- `iter_list_tenant_backup_targets` / `aiter_list_tenant_backup_targets`: `BackupTarget`
- `iter_list_backup_target_backups` / `aiter_list_backup_target_backups`: `Backup`
- `iter_list_deployment_backups` / `aiter_list_deployment_backups`: `Backup`
- `iter_list_data_service_versions` / `aiter_list_data_service_versions`: `Version`
- `iter_list_data_services` / `aiter_list_data_services`: `DataService`
- `iter_list_project_deployment_targets` / `aiter_list_project_deployment_targets`: `DeploymentTarget`
- `iter_list_tenant_deployment_targets` / `aiter_list_tenant_deployment_targets`: `DeploymentTarget`
- `iter_list_deployment_target_namespaces` / `aiter_list_deployment_target_namespaces`: `Namespace`
- `iter_list_project_deployments` / `aiter_list_project_deployments`: `Deployment`
- `iter_list_images` / `aiter_list_images`: `Image`
- `iter_list_version_images` / `aiter_list_version_images`: `Image`
- `iter_list_tenant_projects` / `aiter_list_tenant_projects`: `Project`
- `iter_list_resource_settings_templates` / `aiter_list_resource_settings_templates`: `ResourceSettingsTemplate`
- `iter_list_tenant_service_accounts` / `aiter_list_tenant_service_accounts`: `ServiceAccount`
- `iter_list_storage_options_templates` / `aiter_list_storage_options_templates`: `StorageOptionsTemplate`
- `iter_list_user_api_keys` / `aiter_list_user_api_keys`: `UserAPIKey`
"""

from collections.abc import AsyncIterator, Iterator
from typing import Literal

from ._runtime import pagination as _pages
from ._runtime.calls import DEFAULT, Retries
from .api.accounts import list_account_role_invitations as _list_account_role_invitations
from .api.accounts import list_account_users as _list_account_users
from .api.accounts import list_accounts as _list_accounts
from .api.application_configuration_templates import (
    list_application_configuration_templates as _list_application_configuration_templates,
)
from .api.backup_credentials import list_backup_credentials as _list_backup_credentials
from .api.backup_jobs import list_project_backup_jobs as _list_project_backup_jobs
from .api.backup_policies import list_backup_policies as _list_backup_policies
from .api.backup_targets import list_project_backup_targets as _list_project_backup_targets
from .api.backup_targets import list_tenant_backup_targets as _list_tenant_backup_targets
from .api.backups import list_backup_target_backups as _list_backup_target_backups
from .api.backups import list_deployment_backups as _list_deployment_backups
from .api.data_services import list_data_services as _list_data_services
from .api.deployment_targets import list_project_deployment_targets as _list_project_deployment_targets
from .api.deployment_targets import list_tenant_deployment_targets as _list_tenant_deployment_targets
from .api.deployments import list_project_deployments as _list_project_deployments
from .api.images import list_images as _list_images
from .api.images import list_version_images as _list_version_images
from .api.namespaces import list_deployment_target_namespaces as _list_deployment_target_namespaces
from .api.projects import list_tenant_projects as _list_tenant_projects
from .api.resource_settings_templates import list_resource_settings_templates as _list_resource_settings_templates
from .api.service_accounts import list_tenant_service_accounts as _list_tenant_service_accounts
from .api.service_identity import list_service_identities as _list_service_identities
from .api.storage_options_templates import list_storage_options_templates as _list_storage_options_templates
from .api.tenants import list_account_tenants as _list_account_tenants
from .api.user_api_key import list_user_api_keys as _list_user_api_keys
from .api.versions import list_data_service_versions as _list_data_service_versions
from .client import AuthenticatedClient, Client
from .models.account import Account
from .models.account_list import AccountList
from .models.account_role_invitation import AccountRoleInvitation
from .models.account_role_invitation_list import AccountRoleInvitationList
from .models.application_configuration_template import ApplicationConfigurationTemplate
from .models.application_configuration_template_list import ApplicationConfigurationTemplateList
from .models.backup import Backup
from .models.backup_credentials import BackupCredentials
from .models.backup_credentials_list import BackupCredentialsList
from .models.backup_job import BackupJob
from .models.backup_job_list import BackupJobList
from .models.backup_list import BackupList
from .models.backup_policy import BackupPolicy
from .models.backup_policy_list import BackupPolicyList
from .models.backup_target import BackupTarget
from .models.backup_target_list import BackupTargetList
from .models.data_service import DataService
from .models.data_service_list import DataServiceList
from .models.deployment import Deployment
from .models.deployment_list import DeploymentList
from .models.deployment_target import DeploymentTarget
from .models.deployment_target_list import DeploymentTargetList
from .models.image import Image
from .models.image_list import ImageList
from .models.list_storage_options_templates_provisioner_item import ListStorageOptionsTemplatesProvisionerItem
from .models.namespace import Namespace
from .models.namespace_list import NamespaceList
from .models.project import Project
from .models.project_list import ProjectList
from .models.resource_settings_template import ResourceSettingsTemplate
from .models.resource_settings_template_list import ResourceSettingsTemplateList
from .models.service_account import ServiceAccount
from .models.service_account_list import ServiceAccountList
from .models.service_identity import ServiceIdentity
from .models.service_identity_list import ServiceIdentityList
from .models.storage_options_template import StorageOptionsTemplate
from .models.storage_options_template_list import StorageOptionsTemplateList
from .models.tenant import Tenant
from .models.tenant_list import TenantList
from .models.user import User
from .models.user_api_key import UserAPIKey
from .models.user_api_key_list import UserAPIKeyList
from .models.user_list import UserList
from .models.version import Version
from .models.version_list import VersionList
from .types import UNSET, Unset

__all__ = [
    "aiter_list_account_role_invitations",
    "iter_list_account_role_invitations",
    "aiter_list_account_tenants",
    "iter_list_account_tenants",
    "aiter_list_account_users",
    "iter_list_account_users",
    "aiter_list_accounts",
    "iter_list_accounts",
    "aiter_list_application_configuration_templates",
    "iter_list_application_configuration_templates",
    "aiter_list_backup_credentials",
    "iter_list_backup_credentials",
    "aiter_list_backup_policies",
    "iter_list_backup_policies",
    "aiter_list_backup_target_backups",
    "iter_list_backup_target_backups",
    "aiter_list_data_service_versions",
    "iter_list_data_service_versions",
    "aiter_list_data_services",
    "iter_list_data_services",
    "aiter_list_deployment_backups",
    "iter_list_deployment_backups",
    "aiter_list_deployment_target_namespaces",
    "iter_list_deployment_target_namespaces",
    "aiter_list_images",
    "iter_list_images",
    "aiter_list_project_backup_jobs",
    "iter_list_project_backup_jobs",
    "aiter_list_project_backup_targets",
    "iter_list_project_backup_targets",
    "aiter_list_project_deployment_targets",
    "iter_list_project_deployment_targets",
    "aiter_list_project_deployments",
    "iter_list_project_deployments",
    "aiter_list_resource_settings_templates",
    "iter_list_resource_settings_templates",
    "aiter_list_service_identities",
    "iter_list_service_identities",
    "aiter_list_storage_options_templates",
    "iter_list_storage_options_templates",
    "aiter_list_tenant_backup_targets",
    "iter_list_tenant_backup_targets",
    "aiter_list_tenant_deployment_targets",
    "iter_list_tenant_deployment_targets",
    "aiter_list_tenant_projects",
    "iter_list_tenant_projects",
    "aiter_list_tenant_service_accounts",
    "iter_list_tenant_service_accounts",
    "aiter_list_user_api_keys",
    "iter_list_user_api_keys",
    "aiter_list_version_images",
    "iter_list_version_images",
]

# Keep the names every signature may use importable from here.
_ = (Client, Literal, Unset)


def _list_accounts_items(page: AccountList) -> list[Account]:
    return _pages.items_at(page, "data")


def _list_accounts_token(page: AccountList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_accounts(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Account]:
    """Every `Account` that `accounts.list_accounts` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> AccountList:
        return _list_accounts.sync(
            client=client,
            sort_by=sort_by,
            limit=limit,
            id=id,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_accounts_items, _list_accounts_token)


def aiter_list_accounts(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Account]:
    """`iter_list_accounts`, asynchronously (`async for item in aiter_list_accounts(...)`)."""

    async def fetch(page_token: str | None) -> AccountList:
        return await _list_accounts.asyncio(
            client=client,
            sort_by=sort_by,
            limit=limit,
            id=id,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_accounts_items, _list_accounts_token)


def _list_account_role_invitations_items(page: AccountRoleInvitationList) -> list[AccountRoleInvitation]:
    return _pages.items_at(page, "data")


def _list_account_role_invitations_token(page: AccountRoleInvitationList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_account_role_invitations(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    email: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[AccountRoleInvitation]:
    """Every `AccountRoleInvitation` that `accounts.list_account_role_invitations` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> AccountRoleInvitationList:
        return _list_account_role_invitations.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            email=email,
            role_name=role_name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_account_role_invitations_items, _list_account_role_invitations_token)


def aiter_list_account_role_invitations(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    email: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[AccountRoleInvitation]:
    """`iter_list_account_role_invitations`, asynchronously (`async for item in aiter_list_account_role_invitations(...)`)."""

    async def fetch(page_token: str | None) -> AccountRoleInvitationList:
        return await _list_account_role_invitations.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            email=email,
            role_name=role_name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_account_role_invitations_items, _list_account_role_invitations_token)


def _list_account_users_items(page: UserList) -> list[User]:
    return _pages.items_at(page, "data")


def _list_account_users_token(page: UserList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_account_users(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    email: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[User]:
    """Every `User` that `accounts.list_account_users` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> UserList:
        return _list_account_users.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            email=email,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_account_users_items, _list_account_users_token)


def aiter_list_account_users(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    email: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[User]:
    """`iter_list_account_users`, asynchronously (`async for item in aiter_list_account_users(...)`)."""

    async def fetch(page_token: str | None) -> UserList:
        return await _list_account_users.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            email=email,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_account_users_items, _list_account_users_token)


def _list_service_identities_items(page: ServiceIdentityList) -> list[ServiceIdentity]:
    return _pages.items_at(page, "data")


def _list_service_identities_token(page: ServiceIdentityList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_service_identities(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[ServiceIdentity]:
    """Every `ServiceIdentity` that `service_identity.list_service_identities` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ServiceIdentityList:
        return _list_service_identities.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            created_by=created_by,
            client_id=client_id,
            enabled=enabled,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_service_identities_items, _list_service_identities_token)


def aiter_list_service_identities(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[ServiceIdentity]:
    """`iter_list_service_identities`, asynchronously (`async for item in aiter_list_service_identities(...)`)."""

    async def fetch(page_token: str | None) -> ServiceIdentityList:
        return await _list_service_identities.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            created_by=created_by,
            client_id=client_id,
            enabled=enabled,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_service_identities_items, _list_service_identities_token)


def _list_account_tenants_items(page: TenantList) -> list[Tenant]:
    return _pages.items_at(page, "data")


def _list_account_tenants_token(page: TenantList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_account_tenants(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Tenant]:
    """Every `Tenant` that `tenants.list_account_tenants` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> TenantList:
        return _list_account_tenants.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_account_tenants_items, _list_account_tenants_token)


def aiter_list_account_tenants(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Tenant]:
    """`iter_list_account_tenants`, asynchronously (`async for item in aiter_list_account_tenants(...)`)."""

    async def fetch(page_token: str | None) -> TenantList:
        return await _list_account_tenants.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_account_tenants_items, _list_account_tenants_token)


def _list_application_configuration_templates_items(
    page: ApplicationConfigurationTemplateList,
) -> list[ApplicationConfigurationTemplate]:
    return _pages.items_at(page, "data")


def _list_application_configuration_templates_token(page: ApplicationConfigurationTemplateList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_application_configuration_templates(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    data_service_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[ApplicationConfigurationTemplate]:
    """Every `ApplicationConfigurationTemplate` that `application_configuration_templates.list_application_configuration_templates` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ApplicationConfigurationTemplateList:
        return _list_application_configuration_templates.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            data_service_id=data_service_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(
        fetch, _list_application_configuration_templates_items, _list_application_configuration_templates_token
    )


def aiter_list_application_configuration_templates(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    data_service_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[ApplicationConfigurationTemplate]:
    """`iter_list_application_configuration_templates`, asynchronously (`async for item in aiter_list_application_configuration_templates(...)`)."""

    async def fetch(page_token: str | None) -> ApplicationConfigurationTemplateList:
        return await _list_application_configuration_templates.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            data_service_id=data_service_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_application_configuration_templates_items, _list_application_configuration_templates_token
    )


def _list_backup_credentials_items(page: BackupCredentialsList) -> list[BackupCredentials]:
    return _pages.items_at(page, "data")


def _list_backup_credentials_token(page: BackupCredentialsList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_backup_credentials(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[BackupCredentials]:
    """Every `BackupCredentials` that `backup_credentials.list_backup_credentials` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupCredentialsList:
        return _list_backup_credentials.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            type_=type_,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_backup_credentials_items, _list_backup_credentials_token)


def aiter_list_backup_credentials(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[BackupCredentials]:
    """`iter_list_backup_credentials`, asynchronously (`async for item in aiter_list_backup_credentials(...)`)."""

    async def fetch(page_token: str | None) -> BackupCredentialsList:
        return await _list_backup_credentials.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            type_=type_,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_backup_credentials_items, _list_backup_credentials_token)


def _list_project_backup_jobs_items(page: BackupJobList) -> list[BackupJob]:
    return _pages.items_at(page, "data")


def _list_project_backup_jobs_token(page: BackupJobList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_project_backup_jobs(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    deployment_target_id: str | Unset = UNSET,
    backup_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[BackupJob]:
    """Every `BackupJob` that `backup_jobs.list_project_backup_jobs` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupJobList:
        return _list_project_backup_jobs.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            deployment_id=deployment_id,
            deployment_target_id=deployment_target_id,
            backup_id=backup_id,
            name=name,
            namespace_id=namespace_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_project_backup_jobs_items, _list_project_backup_jobs_token)


def aiter_list_project_backup_jobs(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    deployment_target_id: str | Unset = UNSET,
    backup_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[BackupJob]:
    """`iter_list_project_backup_jobs`, asynchronously (`async for item in aiter_list_project_backup_jobs(...)`)."""

    async def fetch(page_token: str | None) -> BackupJobList:
        return await _list_project_backup_jobs.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            deployment_id=deployment_id,
            deployment_target_id=deployment_target_id,
            backup_id=backup_id,
            name=name,
            namespace_id=namespace_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_project_backup_jobs_items, _list_project_backup_jobs_token)


def _list_backup_policies_items(page: BackupPolicyList) -> list[BackupPolicy]:
    return _pages.items_at(page, "data")


def _list_backup_policies_token(page: BackupPolicyList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_backup_policies(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[BackupPolicy]:
    """Every `BackupPolicy` that `backup_policies.list_backup_policies` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupPolicyList:
        return _list_backup_policies.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_backup_policies_items, _list_backup_policies_token)


def aiter_list_backup_policies(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[BackupPolicy]:
    """`iter_list_backup_policies`, asynchronously (`async for item in aiter_list_backup_policies(...)`)."""

    async def fetch(page_token: str | None) -> BackupPolicyList:
        return await _list_backup_policies.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_backup_policies_items, _list_backup_policies_token)


def _list_project_backup_targets_items(page: BackupTargetList) -> list[BackupTarget]:
    return _pages.items_at(page, "data")


def _list_project_backup_targets_token(page: BackupTargetList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_project_backup_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    bucket: str | Unset = UNSET,
    region: str | Unset = UNSET,
    deployment_target_id: str | Unset = UNSET,
    backup_credentials_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[BackupTarget]:
    """Every `BackupTarget` that `backup_targets.list_project_backup_targets` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupTargetList:
        return _list_project_backup_targets.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            type_=type_,
            bucket=bucket,
            region=region,
            deployment_target_id=deployment_target_id,
            backup_credentials_id=backup_credentials_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_project_backup_targets_items, _list_project_backup_targets_token)


def aiter_list_project_backup_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    bucket: str | Unset = UNSET,
    region: str | Unset = UNSET,
    deployment_target_id: str | Unset = UNSET,
    backup_credentials_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[BackupTarget]:
    """`iter_list_project_backup_targets`, asynchronously (`async for item in aiter_list_project_backup_targets(...)`)."""

    async def fetch(page_token: str | None) -> BackupTargetList:
        return await _list_project_backup_targets.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            type_=type_,
            bucket=bucket,
            region=region,
            deployment_target_id=deployment_target_id,
            backup_credentials_id=backup_credentials_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_project_backup_targets_items, _list_project_backup_targets_token)


def _list_tenant_backup_targets_items(page: BackupTargetList) -> list[BackupTarget]:
    return _pages.items_at(page, "data")


def _list_tenant_backup_targets_token(page: BackupTargetList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_tenant_backup_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    limit: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    bucket: str | Unset = UNSET,
    region: str | Unset = UNSET,
    backup_credentials_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[BackupTarget]:
    """Every `BackupTarget` that `backup_targets.list_tenant_backup_targets` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupTargetList:
        return _list_tenant_backup_targets.sync(
            client=client,
            id_path=id_path,
            limit=limit,
            sort_by=sort_by,
            id_query=id_query,
            name=name,
            type_=type_,
            bucket=bucket,
            region=region,
            backup_credentials_id=backup_credentials_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_tenant_backup_targets_items, _list_tenant_backup_targets_token)


def aiter_list_tenant_backup_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    limit: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    bucket: str | Unset = UNSET,
    region: str | Unset = UNSET,
    backup_credentials_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[BackupTarget]:
    """`iter_list_tenant_backup_targets`, asynchronously (`async for item in aiter_list_tenant_backup_targets(...)`)."""

    async def fetch(page_token: str | None) -> BackupTargetList:
        return await _list_tenant_backup_targets.asyncio(
            client=client,
            id_path=id_path,
            limit=limit,
            sort_by=sort_by,
            id_query=id_query,
            name=name,
            type_=type_,
            bucket=bucket,
            region=region,
            backup_credentials_id=backup_credentials_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_tenant_backup_targets_items, _list_tenant_backup_targets_token)


def _list_backup_target_backups_items(page: BackupList) -> list[Backup]:
    return _pages.items_at(page, "data")


def _list_backup_target_backups_token(page: BackupList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_backup_target_backups(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Backup]:
    """Every `Backup` that `backups.list_backup_target_backups` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupList:
        return _list_backup_target_backups.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_resource_name=cluster_resource_name,
            state=state,
            suspend=suspend,
            backup_type=backup_type,
            backup_level=backup_level,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_backup_target_backups_items, _list_backup_target_backups_token)


def aiter_list_backup_target_backups(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Backup]:
    """`iter_list_backup_target_backups`, asynchronously (`async for item in aiter_list_backup_target_backups(...)`)."""

    async def fetch(page_token: str | None) -> BackupList:
        return await _list_backup_target_backups.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_resource_name=cluster_resource_name,
            state=state,
            suspend=suspend,
            backup_type=backup_type,
            backup_level=backup_level,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_backup_target_backups_items, _list_backup_target_backups_token)


def _list_deployment_backups_items(page: BackupList) -> list[Backup]:
    return _pages.items_at(page, "data")


def _list_deployment_backups_token(page: BackupList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_deployment_backups(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Backup]:
    """Every `Backup` that `backups.list_deployment_backups` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> BackupList:
        return _list_deployment_backups.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_resource_name=cluster_resource_name,
            state=state,
            suspend=suspend,
            backup_type=backup_type,
            backup_level=backup_level,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_deployment_backups_items, _list_deployment_backups_token)


def aiter_list_deployment_backups(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Backup]:
    """`iter_list_deployment_backups`, asynchronously (`async for item in aiter_list_deployment_backups(...)`)."""

    async def fetch(page_token: str | None) -> BackupList:
        return await _list_deployment_backups.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_resource_name=cluster_resource_name,
            state=state,
            suspend=suspend,
            backup_type=backup_type,
            backup_level=backup_level,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_deployment_backups_items, _list_deployment_backups_token)


def _list_data_service_versions_items(page: VersionList) -> list[Version]:
    return _pages.items_at(page, "data")


def _list_data_service_versions_token(page: VersionList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_data_service_versions(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Version]:
    """Every `Version` that `versions.list_data_service_versions` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> VersionList:
        return _list_data_service_versions.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            enabled=enabled,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_data_service_versions_items, _list_data_service_versions_token)


def aiter_list_data_service_versions(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Version]:
    """`iter_list_data_service_versions`, asynchronously (`async for item in aiter_list_data_service_versions(...)`)."""

    async def fetch(page_token: str | None) -> VersionList:
        return await _list_data_service_versions.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            enabled=enabled,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_data_service_versions_items, _list_data_service_versions_token)


def _list_data_services_items(page: DataServiceList) -> list[DataService]:
    return _pages.items_at(page, "data")


def _list_data_services_token(page: DataServiceList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_data_services(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[DataService]:
    """Every `DataService` that `data_services.list_data_services` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> DataServiceList:
        return _list_data_services.sync(
            client=client,
            sort_by=sort_by,
            limit=limit,
            id=id,
            name=name,
            short_name=short_name,
            has_incremental_backup=has_incremental_backup,
            has_full_backup=has_full_backup,
            coming_soon=coming_soon,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_data_services_items, _list_data_services_token)


def aiter_list_data_services(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[DataService]:
    """`iter_list_data_services`, asynchronously (`async for item in aiter_list_data_services(...)`)."""

    async def fetch(page_token: str | None) -> DataServiceList:
        return await _list_data_services.asyncio(
            client=client,
            sort_by=sort_by,
            limit=limit,
            id=id,
            name=name,
            short_name=short_name,
            has_incremental_backup=has_incremental_backup,
            has_full_backup=has_full_backup,
            coming_soon=coming_soon,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_data_services_items, _list_data_services_token)


def _list_project_deployment_targets_items(page: DeploymentTargetList) -> list[DeploymentTarget]:
    return _pages.items_at(page, "data")


def _list_project_deployment_targets_token(page: DeploymentTargetList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_project_deployment_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[DeploymentTarget]:
    """Every `DeploymentTarget` that `deployment_targets.list_project_deployment_targets` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> DeploymentTargetList:
        return _list_project_deployment_targets.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_id=cluster_id,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_project_deployment_targets_items, _list_project_deployment_targets_token)


def aiter_list_project_deployment_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[DeploymentTarget]:
    """`iter_list_project_deployment_targets`, asynchronously (`async for item in aiter_list_project_deployment_targets(...)`)."""

    async def fetch(page_token: str | None) -> DeploymentTargetList:
        return await _list_project_deployment_targets.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_id=cluster_id,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_project_deployment_targets_items, _list_project_deployment_targets_token)


def _list_tenant_deployment_targets_items(page: DeploymentTargetList) -> list[DeploymentTarget]:
    return _pages.items_at(page, "data")


def _list_tenant_deployment_targets_token(page: DeploymentTargetList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_tenant_deployment_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[DeploymentTarget]:
    """Every `DeploymentTarget` that `deployment_targets.list_tenant_deployment_targets` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> DeploymentTargetList:
        return _list_tenant_deployment_targets.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_id=cluster_id,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_tenant_deployment_targets_items, _list_tenant_deployment_targets_token)


def aiter_list_tenant_deployment_targets(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[DeploymentTarget]:
    """`iter_list_tenant_deployment_targets`, asynchronously (`async for item in aiter_list_tenant_deployment_targets(...)`)."""

    async def fetch(page_token: str | None) -> DeploymentTargetList:
        return await _list_tenant_deployment_targets.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_id=cluster_id,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_tenant_deployment_targets_items, _list_tenant_deployment_targets_token)


def _list_deployment_target_namespaces_items(page: NamespaceList) -> list[Namespace]:
    return _pages.items_at(page, "data")


def _list_deployment_target_namespaces_token(page: NamespaceList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_deployment_target_namespaces(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Namespace]:
    """Every `Namespace` that `namespaces.list_deployment_target_namespaces` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NamespaceList:
        return _list_deployment_target_namespaces.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            status=status,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_deployment_target_namespaces_items, _list_deployment_target_namespaces_token)


def aiter_list_deployment_target_namespaces(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Namespace]:
    """`iter_list_deployment_target_namespaces`, asynchronously (`async for item in aiter_list_deployment_target_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> NamespaceList:
        return await _list_deployment_target_namespaces.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            status=status,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_deployment_target_namespaces_items, _list_deployment_target_namespaces_token)


def _list_project_deployments_items(page: DeploymentList) -> list[Deployment]:
    return _pages.items_at(page, "data")


def _list_project_deployments_token(page: DeploymentList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_project_deployments(
    id_path: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    data_service_id: str | Unset = UNSET,
    deployment_target_id: str | Unset = UNSET,
    image_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Deployment]:
    """Every `Deployment` that `deployments.list_project_deployments` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> DeploymentList:
        return _list_project_deployments.sync(
            client=client,
            id_path=id_path,
            expand=expand,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_resource_name=cluster_resource_name,
            data_service_id=data_service_id,
            deployment_target_id=deployment_target_id,
            image_id=image_id,
            name=name,
            namespace_id=namespace_id,
            state=state,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_project_deployments_items, _list_project_deployments_token)


def aiter_list_project_deployments(
    id_path: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    data_service_id: str | Unset = UNSET,
    deployment_target_id: str | Unset = UNSET,
    image_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    namespace_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Deployment]:
    """`iter_list_project_deployments`, asynchronously (`async for item in aiter_list_project_deployments(...)`)."""

    async def fetch(page_token: str | None) -> DeploymentList:
        return await _list_project_deployments.asyncio(
            client=client,
            id_path=id_path,
            expand=expand,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            cluster_resource_name=cluster_resource_name,
            data_service_id=data_service_id,
            deployment_target_id=deployment_target_id,
            image_id=image_id,
            name=name,
            namespace_id=namespace_id,
            state=state,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_project_deployments_items, _list_project_deployments_token)


def _list_images_items(page: ImageList) -> list[Image]:
    return _pages.items_at(page, "data")


def _list_images_token(page: ImageList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_images(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Image]:
    """Every `Image` that `images.list_images` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ImageList:
        return _list_images.sync(
            client=client,
            data_service_id=data_service_id,
            version_id=version_id,
            latest=latest,
            sort_by=sort_by,
            limit=limit,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_images_items, _list_images_token)


def aiter_list_images(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Image]:
    """`iter_list_images`, asynchronously (`async for item in aiter_list_images(...)`)."""

    async def fetch(page_token: str | None) -> ImageList:
        return await _list_images.asyncio(
            client=client,
            data_service_id=data_service_id,
            version_id=version_id,
            latest=latest,
            sort_by=sort_by,
            limit=limit,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_images_items, _list_images_token)


def _list_version_images_items(page: ImageList) -> list[Image]:
    return _pages.items_at(page, "data")


def _list_version_images_token(page: ImageList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_version_images(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Image]:
    """Every `Image` that `images.list_version_images` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ImageList:
        return _list_version_images.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_version_images_items, _list_version_images_token)


def aiter_list_version_images(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Image]:
    """`iter_list_version_images`, asynchronously (`async for item in aiter_list_version_images(...)`)."""

    async def fetch(page_token: str | None) -> ImageList:
        return await _list_version_images.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_version_images_items, _list_version_images_token)


def _list_tenant_projects_items(page: ProjectList) -> list[Project]:
    return _pages.items_at(page, "data")


def _list_tenant_projects_token(page: ProjectList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_tenant_projects(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Project]:
    """Every `Project` that `projects.list_tenant_projects` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ProjectList:
        return _list_tenant_projects.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_tenant_projects_items, _list_tenant_projects_token)


def aiter_list_tenant_projects(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Project]:
    """`iter_list_tenant_projects`, asynchronously (`async for item in aiter_list_tenant_projects(...)`)."""

    async def fetch(page_token: str | None) -> ProjectList:
        return await _list_tenant_projects.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_tenant_projects_items, _list_tenant_projects_token)


def _list_resource_settings_templates_items(page: ResourceSettingsTemplateList) -> list[ResourceSettingsTemplate]:
    return _pages.items_at(page, "data")


def _list_resource_settings_templates_token(page: ResourceSettingsTemplateList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_resource_settings_templates(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    data_service_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[ResourceSettingsTemplate]:
    """Every `ResourceSettingsTemplate` that `resource_settings_templates.list_resource_settings_templates` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ResourceSettingsTemplateList:
        return _list_resource_settings_templates.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            data_service_id=data_service_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_resource_settings_templates_items, _list_resource_settings_templates_token)


def aiter_list_resource_settings_templates(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    data_service_id: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[ResourceSettingsTemplate]:
    """`iter_list_resource_settings_templates`, asynchronously (`async for item in aiter_list_resource_settings_templates(...)`)."""

    async def fetch(page_token: str | None) -> ResourceSettingsTemplateList:
        return await _list_resource_settings_templates.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            data_service_id=data_service_id,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_resource_settings_templates_items, _list_resource_settings_templates_token)


def _list_tenant_service_accounts_items(page: ServiceAccountList) -> list[ServiceAccount]:
    return _pages.items_at(page, "data")


def _list_tenant_service_accounts_token(page: ServiceAccountList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_tenant_service_accounts(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    token: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[ServiceAccount]:
    """Every `ServiceAccount` that `service_accounts.list_tenant_service_accounts` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ServiceAccountList:
        return _list_tenant_service_accounts.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            name=name,
            id_query=id_query,
            token=token,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_tenant_service_accounts_items, _list_tenant_service_accounts_token)


def aiter_list_tenant_service_accounts(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    name: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    token: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[ServiceAccount]:
    """`iter_list_tenant_service_accounts`, asynchronously (`async for item in aiter_list_tenant_service_accounts(...)`)."""

    async def fetch(page_token: str | None) -> ServiceAccountList:
        return await _list_tenant_service_accounts.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            name=name,
            id_query=id_query,
            token=token,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_tenant_service_accounts_items, _list_tenant_service_accounts_token)


def _list_storage_options_templates_items(page: StorageOptionsTemplateList) -> list[StorageOptionsTemplate]:
    return _pages.items_at(page, "data")


def _list_storage_options_templates_token(page: StorageOptionsTemplateList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_storage_options_templates(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    provisioner: list[
        ListStorageOptionsTemplatesProvisionerItem
        | Literal["pxd.portworx.com", "kubernetes.io/portworx-volume", "auto"]
    ]
    | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[StorageOptionsTemplate]:
    """Every `StorageOptionsTemplate` that `storage_options_templates.list_storage_options_templates` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> StorageOptionsTemplateList:
        return _list_storage_options_templates.sync(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            provisioner=provisioner,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_storage_options_templates_items, _list_storage_options_templates_token)


def aiter_list_storage_options_templates(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    provisioner: list[
        ListStorageOptionsTemplatesProvisionerItem
        | Literal["pxd.portworx.com", "kubernetes.io/portworx-volume", "auto"]
    ]
    | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[StorageOptionsTemplate]:
    """`iter_list_storage_options_templates`, asynchronously (`async for item in aiter_list_storage_options_templates(...)`)."""

    async def fetch(page_token: str | None) -> StorageOptionsTemplateList:
        return await _list_storage_options_templates.asyncio(
            client=client,
            id_path=id_path,
            sort_by=sort_by,
            limit=limit,
            id_query=id_query,
            name=name,
            provisioner=provisioner,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_storage_options_templates_items, _list_storage_options_templates_token)


def _list_user_api_keys_items(page: UserAPIKeyList) -> list[UserAPIKey]:
    return _pages.items_at(page, "data")


def _list_user_api_keys_token(page: UserAPIKeyList) -> str | None:
    return _pages.token_at(
        page,
        (
            "pagination",
            "continuation",
        ),
    )


def iter_list_user_api_keys(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[UserAPIKey]:
    """Every `UserAPIKey` that `user_api_key.list_user_api_keys` lists, fetching page after page (following
    `pagination.continuation` as `continuation`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> UserAPIKeyList:
        return _list_user_api_keys.sync(
            client=client,
            id=id,
            name=name,
            enabled=enabled,
            sort_by=sort_by,
            limit=limit,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_user_api_keys_items, _list_user_api_keys_token)


def aiter_list_user_api_keys(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[UserAPIKey]:
    """`iter_list_user_api_keys`, asynchronously (`async for item in aiter_list_user_api_keys(...)`)."""

    async def fetch(page_token: str | None) -> UserAPIKeyList:
        return await _list_user_api_keys.asyncio(
            client=client,
            id=id,
            name=name,
            enabled=enabled,
            sort_by=sort_by,
            limit=limit,
            continuation=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_user_api_keys_items, _list_user_api_keys_token)
