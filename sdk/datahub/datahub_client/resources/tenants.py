"""`client.tenants` and the resources nested in it (generated from the spec; see api.md)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, cast

from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..api.groups import check_group as _groups__check_group
from ..api.groups import create_group as _groups__create_group
from ..api.groups import delete_group as _groups__delete_group
from ..api.groups import delete_group_attribute as _groups__delete_group_attribute
from ..api.groups import delete_group_permission as _groups__delete_group_permission
from ..api.groups import get_group_attributes as _groups__get_group_attributes
from ..api.groups import get_group_permission as _groups__get_group_permission
from ..api.groups import list_group_permissions as _groups__list_group_permissions
from ..api.groups import list_group_scopes as _groups__list_group_scopes
from ..api.groups import list_groups as _groups__list_groups
from ..api.groups import patch_group_attributes as _groups__patch_group_attributes
from ..api.groups import put_group_attribute as _groups__put_group_attribute
from ..api.groups import put_group_permission as _groups__put_group_permission
from ..api.projects import check_project as _projects__check_project
from ..api.projects import create_project as _projects__create_project
from ..api.projects import delete_project as _projects__delete_project
from ..api.projects import delete_project_attribute as _projects__delete_project_attribute
from ..api.projects import delete_project_permission as _projects__delete_project_permission
from ..api.projects import get_project_attributes as _projects__get_project_attributes
from ..api.projects import get_project_permission as _projects__get_project_permission
from ..api.projects import list_project_permissions as _projects__list_project_permissions
from ..api.projects import list_project_scopes as _projects__list_project_scopes
from ..api.projects import list_projects as _projects__list_projects
from ..api.projects import patch_project_attributes as _projects__patch_project_attributes
from ..api.projects import put_project_attribute as _projects__put_project_attribute
from ..api.projects import put_project_permission as _projects__put_project_permission
from ..api.sensor_credentials import check_sensor_credential as _sensor_credentials__check_sensor_credential
from ..api.sensor_credentials import create_sensor_credential as _sensor_credentials__create_sensor_credential
from ..api.sensor_credentials import delete_sensor_credential as _sensor_credentials__delete_sensor_credential
from ..api.sensor_credentials import (
    delete_sensor_credential_attribute as _sensor_credentials__delete_sensor_credential_attribute,
)
from ..api.sensor_credentials import (
    delete_sensor_credential_permission as _sensor_credentials__delete_sensor_credential_permission,
)
from ..api.sensor_credentials import (
    get_sensor_credential_attributes as _sensor_credentials__get_sensor_credential_attributes,
)
from ..api.sensor_credentials import (
    get_sensor_credential_permission as _sensor_credentials__get_sensor_credential_permission,
)
from ..api.sensor_credentials import (
    list_sensor_credential_permissions as _sensor_credentials__list_sensor_credential_permissions,
)
from ..api.sensor_credentials import list_sensor_credential_scopes as _sensor_credentials__list_sensor_credential_scopes
from ..api.sensor_credentials import list_sensor_credentials as _sensor_credentials__list_sensor_credentials
from ..api.sensor_credentials import (
    patch_sensor_credential_attributes as _sensor_credentials__patch_sensor_credential_attributes,
)
from ..api.sensor_credentials import (
    put_sensor_credential_attribute as _sensor_credentials__put_sensor_credential_attribute,
)
from ..api.sensor_credentials import (
    put_sensor_credential_permission as _sensor_credentials__put_sensor_credential_permission,
)
from ..api.sensor_credentials import rotate_sensor_credential as _sensor_credentials__rotate_sensor_credential
from ..api.tenants import check_tenant as _tenants__check_tenant
from ..api.tenants import create_tenant as _tenants__create_tenant
from ..api.tenants import delete_tenant as _tenants__delete_tenant
from ..api.tenants import delete_tenant_attribute as _tenants__delete_tenant_attribute
from ..api.tenants import delete_tenant_permission as _tenants__delete_tenant_permission
from ..api.tenants import get_tenant_attributes as _tenants__get_tenant_attributes
from ..api.tenants import get_tenant_permission as _tenants__get_tenant_permission
from ..api.tenants import list_tenant_permissions as _tenants__list_tenant_permissions
from ..api.tenants import list_tenant_scopes as _tenants__list_tenant_scopes
from ..api.tenants import list_tenants as _tenants__list_tenants
from ..api.tenants import patch_tenant_attributes as _tenants__patch_tenant_attributes
from ..api.tenants import put_tenant_attribute as _tenants__put_tenant_attribute
from ..api.tenants import put_tenant_permission as _tenants__put_tenant_permission
from ..models.attribute_patch import AttributePatch
from ..models.attributes import Attributes
from ..models.created_resource import CreatedResource
from ..models.group_permission import GroupPermission
from ..models.named_group_permission import NamedGroupPermission
from ..models.named_project_permission import NamedProjectPermission
from ..models.named_sensor_credential_permission import NamedSensorCredentialPermission
from ..models.named_tenant_permission import NamedTenantPermission
from ..models.project_permission import ProjectPermission
from ..models.scope_set import ScopeSet
from ..models.sensor_credential_permission import SensorCredentialPermission
from ..models.sensor_credential_secret import SensorCredentialSecret
from ..models.tenant_permission import TenantPermission
from ..types import UNSET, File, Unset

__all__ = [
    "AsyncTenantsResource",
    "TenantsResource",
    "AsyncTenantsGroupsResource",
    "TenantsGroupsResource",
    "AsyncTenantsProjectsResource",
    "TenantsProjectsResource",
    "AsyncTenantsProjectsSensorCredentialsResource",
    "TenantsProjectsSensorCredentialsResource",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, UNSET, Unset, builtins)


class TenantsProjectsSensorCredentialsResource:
    """`client.tenants.projects.sensor_credentials`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TenantsProjectsSensorCredentialsResourceWithRawResponse:
        return TenantsProjectsSensorCredentialsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TenantsProjectsSensorCredentialsResourceWithStreamingResponse:
        return TenantsProjectsSensorCredentialsResourceWithStreamingResponse(self)

    def list(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List sensor credentials

        Lists the names of the sensor credentials of the project that the caller can see (holds `sensor-
        credential:view` on). The order is unspecified. View scope is required for seeing a resource in a
        listing and on every ancestor along the path; an ancestor the caller cannot view answers 404.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials` (operation `listSensorCredentials`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__list_sensor_credentials._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "builtins.list[str]",
            self._client._call(
                kwargs,
                _sensor_credentials__list_sensor_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def check(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a sensor credential exists

        Answers 204 when the sensor credential exists and the caller can view it and every ancestor; 404
        otherwise.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}` (operation `checkSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__check_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _sensor_credentials__check_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SensorCredentialSecret:
        """Create a sensor credential

        Creates the sensor credential with the name given in the path. Requires `view` on the path to the
        project and `sensor-credential:admin` on the project. Names are always chosen by the client: the
        documentation page mentions automatically generated names, the service has none. There is no upsert:
        creating an existing resource answers 409. A request body, if sent, is ignored.

        `PUT /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}` (operation `createSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SensorCredentialSecret

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__create_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "SensorCredentialSecret",
            self._client._call(
                kwargs,
                _sensor_credentials__create_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a sensor credential

        Deletes the sensor credential and every descendant, with their permissions and attributes. The
        deleted resources also disappear as principals from every permission that names them; a permission
        left with no principals is deleted. Requires `sensor-credential:admin` on the project.

        `DELETE /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}` (operation `deleteSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__delete_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _sensor_credentials__delete_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_scopes(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a sensor credential

        Lists the scopes valid on the sensor credential (`all`: those of its own type and of every
        descendant type) and the scopes of its own type the caller holds on it (`granted`). Requires `view`.
        The documentation page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/scopes` (operation `listSensorCredentialScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__list_sensor_credential_scopes._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "ScopeSet",
            self._client._call(
                kwargs,
                _sensor_credentials__list_sensor_credential_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_permissions(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedSensorCredentialPermission]:
        """List the permissions on a sensor credential

        Lists every permission granted on the sensor credential. Requires `sensor-credential:admin` on it.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions` (operation `listSensorCredentialPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedSensorCredentialPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__list_sensor_credential_permissions._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "builtins.list[NamedSensorCredentialPermission]",
            self._client._call(
                kwargs,
                _sensor_credentials__list_sensor_credential_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_permission(
        self,
        tenant: str,
        project: str,
        credential: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SensorCredentialPermission:
        """Get a permission on a sensor credential

        Reads one permission (its scopes and principals; the name is the path's). Requires `sensor-
        credential:admin`.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions/{permission}` (operation `getSensorCredentialPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SensorCredentialPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__get_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
        )
        return cast(
            "SensorCredentialPermission",
            self._client._call(
                kwargs,
                _sensor_credentials__get_sensor_credential_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_permission(
        self,
        tenant: str,
        project: str,
        credential: str,
        permission: str,
        *,
        body: SensorCredentialPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedSensorCredentialPermission:
        """Create or replace a permission on a sensor credential

        Grants the scopes to the principals on the sensor credential, creating the permission (201, echoing
        it) or replacing it (204). Requires `sensor-credential:admin`. Scopes must be valid on the sensor
        credential's subtree (400 otherwise); a principal the caller cannot see answers 404. Unknown keys or
        a malformed principal answer 400.

        `PUT /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions/{permission}` (operation `putSensorCredentialPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (SensorCredentialPermission): A grant of scopes on a sensor credential to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedSensorCredentialPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__put_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedSensorCredentialPermission",
            self._client._call(
                kwargs,
                _sensor_credentials__put_sensor_credential_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_permission(
        self,
        tenant: str,
        project: str,
        credential: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a sensor credential

        Revokes the permission. Requires `sensor-credential:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions/{permission}` (operation `deleteSensorCredentialPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__delete_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _sensor_credentials__delete_sensor_credential_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_attributes(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a sensor credential

        Reads every attribute of the sensor credential as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes` (operation `getSensorCredentialAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__get_sensor_credential_attributes._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _sensor_credentials__get_sensor_credential_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch_attributes(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a sensor credential

        Merges the JSON object into the sensor credential's attributes: a string value sets the key, `null`
        removes it. Values must be strings or `null`. Requires `sensor-credential:admin`. Answers the whole
        map after the change.

        `PATCH /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes` (operation `patchSensorCredentialAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__patch_sensor_credential_attributes._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            body=body,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _sensor_credentials__patch_sensor_credential_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_attribute(
        self,
        tenant: str,
        project: str,
        credential: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a sensor credential

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `sensor-credential:admin`.

        `PUT /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes/{attribute}` (operation `putSensorCredentialAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__put_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _sensor_credentials__put_sensor_credential_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_attribute(
        self,
        tenant: str,
        project: str,
        credential: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a sensor credential

        Removes the attribute; removing a missing attribute also answers 204. Requires `sensor-
        credential:admin`.

        `DELETE /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes/{attribute}` (operation `deleteSensorCredentialAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__delete_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _sensor_credentials__delete_sensor_credential_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rotate(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SensorCredentialSecret:
        """Rotate a sensor credential

        Replaces the credential's username and password; both change on every rotation. Requires `sensor-
        credential:rotate`. The documentation page shows the answer with a `user` field; the service answers
        `username`.

        `POST /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/rotate` (operation `rotateSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SensorCredentialSecret

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__rotate_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "SensorCredentialSecret",
            self._client._call(
                kwargs,
                _sensor_credentials__rotate_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class TenantsProjectsSensorCredentialsResourceWithRawResponse:
    """`client.with_raw_response.tenants.projects.sensor_credentials`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: TenantsProjectsSensorCredentialsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.check = raw(resource.check)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list_scopes = raw(resource.list_scopes)
        self.list_permissions = raw(resource.list_permissions)
        self.get_permission = raw(resource.get_permission)
        self.put_permission = raw(resource.put_permission)
        self.delete_permission = raw(resource.delete_permission)
        self.get_attributes = raw(resource.get_attributes)
        self.patch_attributes = raw(resource.patch_attributes)
        self.put_attribute = raw(resource.put_attribute)
        self.delete_attribute = raw(resource.delete_attribute)
        self.rotate = raw(resource.rotate)


class TenantsProjectsSensorCredentialsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.projects.sensor_credentials`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: TenantsProjectsSensorCredentialsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.check = streamed(resource.check)
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)
        self.list_scopes = streamed(resource.list_scopes)
        self.list_permissions = streamed(resource.list_permissions)
        self.get_permission = streamed(resource.get_permission)
        self.put_permission = streamed(resource.put_permission)
        self.delete_permission = streamed(resource.delete_permission)
        self.get_attributes = streamed(resource.get_attributes)
        self.patch_attributes = streamed(resource.patch_attributes)
        self.put_attribute = streamed(resource.put_attribute)
        self.delete_attribute = streamed(resource.delete_attribute)
        self.rotate = streamed(resource.rotate)


class AsyncTenantsProjectsSensorCredentialsResource:
    """`client.tenants.projects.sensor_credentials`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse:
        return AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse:
        return AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse(self)

    async def list(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List sensor credentials

        Lists the names of the sensor credentials of the project that the caller can see (holds `sensor-
        credential:view` on). The order is unspecified. View scope is required for seeing a resource in a
        listing and on every ancestor along the path; an ancestor the caller cannot view answers 404.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials` (operation `listSensorCredentials`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__list_sensor_credentials._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "builtins.list[str]",
            await self._client._call(
                kwargs,
                _sensor_credentials__list_sensor_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def check(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a sensor credential exists

        Answers 204 when the sensor credential exists and the caller can view it and every ancestor; 404
        otherwise.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}` (operation `checkSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__check_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _sensor_credentials__check_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SensorCredentialSecret:
        """Create a sensor credential

        Creates the sensor credential with the name given in the path. Requires `view` on the path to the
        project and `sensor-credential:admin` on the project. Names are always chosen by the client: the
        documentation page mentions automatically generated names, the service has none. There is no upsert:
        creating an existing resource answers 409. A request body, if sent, is ignored.

        `PUT /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}` (operation `createSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SensorCredentialSecret

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__create_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "SensorCredentialSecret",
            await self._client._call(
                kwargs,
                _sensor_credentials__create_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a sensor credential

        Deletes the sensor credential and every descendant, with their permissions and attributes. The
        deleted resources also disappear as principals from every permission that names them; a permission
        left with no principals is deleted. Requires `sensor-credential:admin` on the project.

        `DELETE /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}` (operation `deleteSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__delete_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _sensor_credentials__delete_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_scopes(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a sensor credential

        Lists the scopes valid on the sensor credential (`all`: those of its own type and of every
        descendant type) and the scopes of its own type the caller holds on it (`granted`). Requires `view`.
        The documentation page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/scopes` (operation `listSensorCredentialScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__list_sensor_credential_scopes._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "ScopeSet",
            await self._client._call(
                kwargs,
                _sensor_credentials__list_sensor_credential_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_permissions(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedSensorCredentialPermission]:
        """List the permissions on a sensor credential

        Lists every permission granted on the sensor credential. Requires `sensor-credential:admin` on it.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions` (operation `listSensorCredentialPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedSensorCredentialPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__list_sensor_credential_permissions._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "builtins.list[NamedSensorCredentialPermission]",
            await self._client._call(
                kwargs,
                _sensor_credentials__list_sensor_credential_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_permission(
        self,
        tenant: str,
        project: str,
        credential: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SensorCredentialPermission:
        """Get a permission on a sensor credential

        Reads one permission (its scopes and principals; the name is the path's). Requires `sensor-
        credential:admin`.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions/{permission}` (operation `getSensorCredentialPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SensorCredentialPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__get_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
        )
        return cast(
            "SensorCredentialPermission",
            await self._client._call(
                kwargs,
                _sensor_credentials__get_sensor_credential_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_permission(
        self,
        tenant: str,
        project: str,
        credential: str,
        permission: str,
        *,
        body: SensorCredentialPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedSensorCredentialPermission:
        """Create or replace a permission on a sensor credential

        Grants the scopes to the principals on the sensor credential, creating the permission (201, echoing
        it) or replacing it (204). Requires `sensor-credential:admin`. Scopes must be valid on the sensor
        credential's subtree (400 otherwise); a principal the caller cannot see answers 404. Unknown keys or
        a malformed principal answer 400.

        `PUT /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions/{permission}` (operation `putSensorCredentialPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (SensorCredentialPermission): A grant of scopes on a sensor credential to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedSensorCredentialPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__put_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedSensorCredentialPermission",
            await self._client._call(
                kwargs,
                _sensor_credentials__put_sensor_credential_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_permission(
        self,
        tenant: str,
        project: str,
        credential: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a sensor credential

        Revokes the permission. Requires `sensor-credential:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/permissions/{permission}` (operation `deleteSensorCredentialPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__delete_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _sensor_credentials__delete_sensor_credential_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_attributes(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a sensor credential

        Reads every attribute of the sensor credential as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes` (operation `getSensorCredentialAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__get_sensor_credential_attributes._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _sensor_credentials__get_sensor_credential_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch_attributes(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a sensor credential

        Merges the JSON object into the sensor credential's attributes: a string value sets the key, `null`
        removes it. Values must be strings or `null`. Requires `sensor-credential:admin`. Answers the whole
        map after the change.

        `PATCH /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes` (operation `patchSensorCredentialAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__patch_sensor_credential_attributes._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            body=body,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _sensor_credentials__patch_sensor_credential_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_attribute(
        self,
        tenant: str,
        project: str,
        credential: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a sensor credential

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `sensor-credential:admin`.

        `PUT /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes/{attribute}` (operation `putSensorCredentialAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__put_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _sensor_credentials__put_sensor_credential_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_attribute(
        self,
        tenant: str,
        project: str,
        credential: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a sensor credential

        Removes the attribute; removing a missing attribute also answers 204. Requires `sensor-
        credential:admin`.

        `DELETE /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/attributes/{attribute}` (operation `deleteSensorCredentialAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__delete_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _sensor_credentials__delete_sensor_credential_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rotate(
        self,
        tenant: str,
        project: str,
        credential: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SensorCredentialSecret:
        """Rotate a sensor credential

        Replaces the credential's username and password; both change on every rotation. Requires `sensor-
        credential:rotate`. The documentation page shows the answer with a `user` field; the service answers
        `username`.

        `POST /tenants/{tenant}/projects/{project}/sensor-credentials/{credential}/rotate` (operation `rotateSensorCredential`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            credential (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SensorCredentialSecret

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _sensor_credentials__rotate_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "SensorCredentialSecret",
            await self._client._call(
                kwargs,
                _sensor_credentials__rotate_sensor_credential._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse:
    """`client.with_raw_response.tenants.projects.sensor_credentials`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncTenantsProjectsSensorCredentialsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.check = async_raw(resource.check)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list_scopes = async_raw(resource.list_scopes)
        self.list_permissions = async_raw(resource.list_permissions)
        self.get_permission = async_raw(resource.get_permission)
        self.put_permission = async_raw(resource.put_permission)
        self.delete_permission = async_raw(resource.delete_permission)
        self.get_attributes = async_raw(resource.get_attributes)
        self.patch_attributes = async_raw(resource.patch_attributes)
        self.put_attribute = async_raw(resource.put_attribute)
        self.delete_attribute = async_raw(resource.delete_attribute)
        self.rotate = async_raw(resource.rotate)


class AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.projects.sensor_credentials`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncTenantsProjectsSensorCredentialsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.check = async_streamed(resource.check)
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
        self.list_scopes = async_streamed(resource.list_scopes)
        self.list_permissions = async_streamed(resource.list_permissions)
        self.get_permission = async_streamed(resource.get_permission)
        self.put_permission = async_streamed(resource.put_permission)
        self.delete_permission = async_streamed(resource.delete_permission)
        self.get_attributes = async_streamed(resource.get_attributes)
        self.patch_attributes = async_streamed(resource.patch_attributes)
        self.put_attribute = async_streamed(resource.put_attribute)
        self.delete_attribute = async_streamed(resource.delete_attribute)
        self.rotate = async_streamed(resource.rotate)


class TenantsProjectsResource:
    """`client.tenants.projects`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def sensor_credentials(self) -> TenantsProjectsSensorCredentialsResource:
        return TenantsProjectsSensorCredentialsResource(self._client)

    @cached_property
    def with_raw_response(self) -> TenantsProjectsResourceWithRawResponse:
        return TenantsProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TenantsProjectsResourceWithStreamingResponse:
        return TenantsProjectsResourceWithStreamingResponse(self)

    def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List projects

        Lists the names of the projects of the tenant that the caller can see (holds `project:view` on). The
        order is unspecified. View scope is required for seeing a resource in a listing and on every
        ancestor along the path; an ancestor the caller cannot view answers 404.

        `GET /tenants/{tenant}/projects` (operation `listProjects`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__list_projects._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "builtins.list[str]",
            self._client._call(
                kwargs,
                _projects__list_projects._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def check(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a project exists

        Answers 204 when the project exists and the caller can view it and every ancestor; 404 otherwise.

        `GET /tenants/{tenant}/projects/{project}` (operation `checkProject`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__check_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _projects__check_project._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreatedResource:
        """Create a project

        Creates the project with the name given in the path. Requires `view` on the path to the tenant and
        `project:admin` on the tenant. Names are always chosen by the client: the documentation page
        mentions automatically generated names, the service has none. There is no upsert: creating an
        existing resource answers 409. A request body, if sent, is ignored.

        `PUT /tenants/{tenant}/projects/{project}` (operation `createProject`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreatedResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__create_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "CreatedResource",
            self._client._call(
                kwargs,
                _projects__create_project._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a project

        Deletes the project and every descendant, with their permissions and attributes. The deleted
        resources also disappear as principals from every permission that names them; a permission left with
        no principals is deleted. Requires `project:admin` on the tenant.

        `DELETE /tenants/{tenant}/projects/{project}` (operation `deleteProject`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__delete_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _projects__delete_project._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_scopes(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a project

        Lists the scopes valid on the project (`all`: those of its own type and of every descendant type)
        and the scopes of its own type the caller holds on it (`granted`). Requires `view`. The
        documentation page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/projects/{project}/scopes` (operation `listProjectScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__list_project_scopes._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "ScopeSet",
            self._client._call(
                kwargs,
                _projects__list_project_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_permissions(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedProjectPermission]:
        """List the permissions on a project

        Lists every permission granted on the project. Requires `project:admin` on it.

        `GET /tenants/{tenant}/projects/{project}/permissions` (operation `listProjectPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedProjectPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__list_project_permissions._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "builtins.list[NamedProjectPermission]",
            self._client._call(
                kwargs,
                _projects__list_project_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_permission(
        self,
        tenant: str,
        project: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProjectPermission:
        """Get a permission on a project

        Reads one permission (its scopes and principals; the name is the path's). Requires `project:admin`.

        `GET /tenants/{tenant}/projects/{project}/permissions/{permission}` (operation `getProjectPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProjectPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__get_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
        )
        return cast(
            "ProjectPermission",
            self._client._call(
                kwargs,
                _projects__get_project_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_permission(
        self,
        tenant: str,
        project: str,
        permission: str,
        *,
        body: ProjectPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedProjectPermission:
        """Create or replace a permission on a project

        Grants the scopes to the principals on the project, creating the permission (201, echoing it) or
        replacing it (204). Requires `project:admin`. Scopes must be valid on the project's subtree (400
        otherwise); a principal the caller cannot see answers 404. Unknown keys or a malformed principal
        answer 400.

        `PUT /tenants/{tenant}/projects/{project}/permissions/{permission}` (operation `putProjectPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (ProjectPermission): A grant of scopes on a project to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedProjectPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__put_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedProjectPermission",
            self._client._call(
                kwargs,
                _projects__put_project_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_permission(
        self,
        tenant: str,
        project: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a project

        Revokes the permission. Requires `project:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/projects/{project}/permissions/{permission}` (operation `deleteProjectPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__delete_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _projects__delete_project_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_attributes(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a project

        Reads every attribute of the project as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/projects/{project}/attributes` (operation `getProjectAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__get_project_attributes._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _projects__get_project_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch_attributes(
        self,
        tenant: str,
        project: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a project

        Merges the JSON object into the project's attributes: a string value sets the key, `null` removes
        it. Values must be strings or `null`. Requires `project:admin`. Answers the whole map after the
        change.

        `PATCH /tenants/{tenant}/projects/{project}/attributes` (operation `patchProjectAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__patch_project_attributes._get_kwargs(
            tenant=tenant,
            project=project,
            body=body,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _projects__patch_project_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_attribute(
        self,
        tenant: str,
        project: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a project

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `project:admin`.

        `PUT /tenants/{tenant}/projects/{project}/attributes/{attribute}` (operation `putProjectAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__put_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _projects__put_project_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_attribute(
        self,
        tenant: str,
        project: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a project

        Removes the attribute; removing a missing attribute also answers 204. Requires `project:admin`.

        `DELETE /tenants/{tenant}/projects/{project}/attributes/{attribute}` (operation `deleteProjectAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__delete_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _projects__delete_project_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class TenantsProjectsResourceWithRawResponse:
    """`client.with_raw_response.tenants.projects`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: TenantsProjectsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.check = raw(resource.check)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list_scopes = raw(resource.list_scopes)
        self.list_permissions = raw(resource.list_permissions)
        self.get_permission = raw(resource.get_permission)
        self.put_permission = raw(resource.put_permission)
        self.delete_permission = raw(resource.delete_permission)
        self.get_attributes = raw(resource.get_attributes)
        self.patch_attributes = raw(resource.patch_attributes)
        self.put_attribute = raw(resource.put_attribute)
        self.delete_attribute = raw(resource.delete_attribute)

    @cached_property
    def sensor_credentials(self) -> TenantsProjectsSensorCredentialsResourceWithRawResponse:
        return TenantsProjectsSensorCredentialsResourceWithRawResponse(self._resource.sensor_credentials)


class TenantsProjectsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.projects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: TenantsProjectsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.check = streamed(resource.check)
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)
        self.list_scopes = streamed(resource.list_scopes)
        self.list_permissions = streamed(resource.list_permissions)
        self.get_permission = streamed(resource.get_permission)
        self.put_permission = streamed(resource.put_permission)
        self.delete_permission = streamed(resource.delete_permission)
        self.get_attributes = streamed(resource.get_attributes)
        self.patch_attributes = streamed(resource.patch_attributes)
        self.put_attribute = streamed(resource.put_attribute)
        self.delete_attribute = streamed(resource.delete_attribute)

    @cached_property
    def sensor_credentials(self) -> TenantsProjectsSensorCredentialsResourceWithStreamingResponse:
        return TenantsProjectsSensorCredentialsResourceWithStreamingResponse(self._resource.sensor_credentials)


class AsyncTenantsProjectsResource:
    """`client.tenants.projects`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def sensor_credentials(self) -> AsyncTenantsProjectsSensorCredentialsResource:
        return AsyncTenantsProjectsSensorCredentialsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncTenantsProjectsResourceWithRawResponse:
        return AsyncTenantsProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTenantsProjectsResourceWithStreamingResponse:
        return AsyncTenantsProjectsResourceWithStreamingResponse(self)

    async def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List projects

        Lists the names of the projects of the tenant that the caller can see (holds `project:view` on). The
        order is unspecified. View scope is required for seeing a resource in a listing and on every
        ancestor along the path; an ancestor the caller cannot view answers 404.

        `GET /tenants/{tenant}/projects` (operation `listProjects`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__list_projects._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "builtins.list[str]",
            await self._client._call(
                kwargs,
                _projects__list_projects._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def check(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a project exists

        Answers 204 when the project exists and the caller can view it and every ancestor; 404 otherwise.

        `GET /tenants/{tenant}/projects/{project}` (operation `checkProject`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__check_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _projects__check_project._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreatedResource:
        """Create a project

        Creates the project with the name given in the path. Requires `view` on the path to the tenant and
        `project:admin` on the tenant. Names are always chosen by the client: the documentation page
        mentions automatically generated names, the service has none. There is no upsert: creating an
        existing resource answers 409. A request body, if sent, is ignored.

        `PUT /tenants/{tenant}/projects/{project}` (operation `createProject`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreatedResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__create_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "CreatedResource",
            await self._client._call(
                kwargs,
                _projects__create_project._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a project

        Deletes the project and every descendant, with their permissions and attributes. The deleted
        resources also disappear as principals from every permission that names them; a permission left with
        no principals is deleted. Requires `project:admin` on the tenant.

        `DELETE /tenants/{tenant}/projects/{project}` (operation `deleteProject`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__delete_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _projects__delete_project._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_scopes(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a project

        Lists the scopes valid on the project (`all`: those of its own type and of every descendant type)
        and the scopes of its own type the caller holds on it (`granted`). Requires `view`. The
        documentation page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/projects/{project}/scopes` (operation `listProjectScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__list_project_scopes._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "ScopeSet",
            await self._client._call(
                kwargs,
                _projects__list_project_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_permissions(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedProjectPermission]:
        """List the permissions on a project

        Lists every permission granted on the project. Requires `project:admin` on it.

        `GET /tenants/{tenant}/projects/{project}/permissions` (operation `listProjectPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedProjectPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__list_project_permissions._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "builtins.list[NamedProjectPermission]",
            await self._client._call(
                kwargs,
                _projects__list_project_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_permission(
        self,
        tenant: str,
        project: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProjectPermission:
        """Get a permission on a project

        Reads one permission (its scopes and principals; the name is the path's). Requires `project:admin`.

        `GET /tenants/{tenant}/projects/{project}/permissions/{permission}` (operation `getProjectPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProjectPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__get_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
        )
        return cast(
            "ProjectPermission",
            await self._client._call(
                kwargs,
                _projects__get_project_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_permission(
        self,
        tenant: str,
        project: str,
        permission: str,
        *,
        body: ProjectPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedProjectPermission:
        """Create or replace a permission on a project

        Grants the scopes to the principals on the project, creating the permission (201, echoing it) or
        replacing it (204). Requires `project:admin`. Scopes must be valid on the project's subtree (400
        otherwise); a principal the caller cannot see answers 404. Unknown keys or a malformed principal
        answer 400.

        `PUT /tenants/{tenant}/projects/{project}/permissions/{permission}` (operation `putProjectPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (ProjectPermission): A grant of scopes on a project to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedProjectPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__put_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedProjectPermission",
            await self._client._call(
                kwargs,
                _projects__put_project_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_permission(
        self,
        tenant: str,
        project: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a project

        Revokes the permission. Requires `project:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/projects/{project}/permissions/{permission}` (operation `deleteProjectPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__delete_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _projects__delete_project_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_attributes(
        self,
        tenant: str,
        project: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a project

        Reads every attribute of the project as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/projects/{project}/attributes` (operation `getProjectAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__get_project_attributes._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _projects__get_project_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch_attributes(
        self,
        tenant: str,
        project: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a project

        Merges the JSON object into the project's attributes: a string value sets the key, `null` removes
        it. Values must be strings or `null`. Requires `project:admin`. Answers the whole map after the
        change.

        `PATCH /tenants/{tenant}/projects/{project}/attributes` (operation `patchProjectAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__patch_project_attributes._get_kwargs(
            tenant=tenant,
            project=project,
            body=body,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _projects__patch_project_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_attribute(
        self,
        tenant: str,
        project: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a project

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `project:admin`.

        `PUT /tenants/{tenant}/projects/{project}/attributes/{attribute}` (operation `putProjectAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__put_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _projects__put_project_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_attribute(
        self,
        tenant: str,
        project: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a project

        Removes the attribute; removing a missing attribute also answers 204. Requires `project:admin`.

        `DELETE /tenants/{tenant}/projects/{project}/attributes/{attribute}` (operation `deleteProjectAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            project (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _projects__delete_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _projects__delete_project_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncTenantsProjectsResourceWithRawResponse:
    """`client.with_raw_response.tenants.projects`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncTenantsProjectsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.check = async_raw(resource.check)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list_scopes = async_raw(resource.list_scopes)
        self.list_permissions = async_raw(resource.list_permissions)
        self.get_permission = async_raw(resource.get_permission)
        self.put_permission = async_raw(resource.put_permission)
        self.delete_permission = async_raw(resource.delete_permission)
        self.get_attributes = async_raw(resource.get_attributes)
        self.patch_attributes = async_raw(resource.patch_attributes)
        self.put_attribute = async_raw(resource.put_attribute)
        self.delete_attribute = async_raw(resource.delete_attribute)

    @cached_property
    def sensor_credentials(self) -> AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse:
        return AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse(self._resource.sensor_credentials)


class AsyncTenantsProjectsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.projects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncTenantsProjectsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.check = async_streamed(resource.check)
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
        self.list_scopes = async_streamed(resource.list_scopes)
        self.list_permissions = async_streamed(resource.list_permissions)
        self.get_permission = async_streamed(resource.get_permission)
        self.put_permission = async_streamed(resource.put_permission)
        self.delete_permission = async_streamed(resource.delete_permission)
        self.get_attributes = async_streamed(resource.get_attributes)
        self.patch_attributes = async_streamed(resource.patch_attributes)
        self.put_attribute = async_streamed(resource.put_attribute)
        self.delete_attribute = async_streamed(resource.delete_attribute)

    @cached_property
    def sensor_credentials(self) -> AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse:
        return AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse(self._resource.sensor_credentials)


class TenantsGroupsResource:
    """`client.tenants.groups`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TenantsGroupsResourceWithRawResponse:
        return TenantsGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TenantsGroupsResourceWithStreamingResponse:
        return TenantsGroupsResourceWithStreamingResponse(self)

    def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List groups

        Lists the names of the groups of the tenant that the caller can see (holds `group:view` on). The
        order is unspecified. View scope is required for seeing a resource in a listing and on every
        ancestor along the path; an ancestor the caller cannot view answers 404.

        `GET /tenants/{tenant}/groups` (operation `listGroups`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__list_groups._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "builtins.list[str]",
            self._client._call(
                kwargs, _groups__list_groups._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def check(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a group exists

        Answers 204 when the group exists and the caller can view it and every ancestor; 404 otherwise.

        `GET /tenants/{tenant}/groups/{group}` (operation `checkGroup`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__check_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs, _groups__check_group._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def create(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreatedResource:
        """Create a group

        Creates the group with the name given in the path. Requires `view` on the path to the tenant and
        `group:admin` on the tenant. Names are always chosen by the client: the documentation page mentions
        automatically generated names, the service has none. There is no upsert: creating an existing
        resource answers 409. A request body, if sent, is ignored.

        `PUT /tenants/{tenant}/groups/{group}` (operation `createGroup`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreatedResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__create_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "CreatedResource",
            self._client._call(
                kwargs, _groups__create_group._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def delete(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a group

        Deletes the group and every descendant, with their permissions and attributes. The deleted resources
        also disappear as principals from every permission that names them; a permission left with no
        principals is deleted. Requires `group:admin` on the tenant.

        `DELETE /tenants/{tenant}/groups/{group}` (operation `deleteGroup`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__delete_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs, _groups__delete_group._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def list_scopes(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a group

        Lists the scopes valid on the group (`all`: those of its own type and of every descendant type) and
        the scopes of its own type the caller holds on it (`granted`). Requires `view`. The documentation
        page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/groups/{group}/scopes` (operation `listGroupScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__list_group_scopes._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "ScopeSet",
            self._client._call(
                kwargs,
                _groups__list_group_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_permissions(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedGroupPermission]:
        """List the permissions on a group

        Lists every permission granted on the group. Requires `group:admin` on it.

        `GET /tenants/{tenant}/groups/{group}/permissions` (operation `listGroupPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedGroupPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__list_group_permissions._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "builtins.list[NamedGroupPermission]",
            self._client._call(
                kwargs,
                _groups__list_group_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_permission(
        self,
        tenant: str,
        group: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GroupPermission:
        """Get a permission on a group

        Reads one permission (its scopes and principals; the name is the path's). Requires `group:admin`.

        `GET /tenants/{tenant}/groups/{group}/permissions/{permission}` (operation `getGroupPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GroupPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__get_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
        )
        return cast(
            "GroupPermission",
            self._client._call(
                kwargs,
                _groups__get_group_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_permission(
        self,
        tenant: str,
        group: str,
        permission: str,
        *,
        body: GroupPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedGroupPermission:
        """Create or replace a permission on a group

        Grants the scopes to the principals on the group, creating the permission (201, echoing it) or
        replacing it (204). Requires `group:admin`. Scopes must be valid on the group's subtree (400
        otherwise); a principal the caller cannot see answers 404. Unknown keys or a malformed principal
        answer 400.

        `PUT /tenants/{tenant}/groups/{group}/permissions/{permission}` (operation `putGroupPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (GroupPermission): A grant of scopes on a group to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedGroupPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__put_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedGroupPermission",
            self._client._call(
                kwargs,
                _groups__put_group_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_permission(
        self,
        tenant: str,
        group: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a group

        Revokes the permission. Requires `group:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/groups/{group}/permissions/{permission}` (operation `deleteGroupPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__delete_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _groups__delete_group_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_attributes(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a group

        Reads every attribute of the group as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/groups/{group}/attributes` (operation `getGroupAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__get_group_attributes._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _groups__get_group_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch_attributes(
        self,
        tenant: str,
        group: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a group

        Merges the JSON object into the group's attributes: a string value sets the key, `null` removes it.
        Values must be strings or `null`. Requires `group:admin`. Answers the whole map after the change.

        `PATCH /tenants/{tenant}/groups/{group}/attributes` (operation `patchGroupAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__patch_group_attributes._get_kwargs(
            tenant=tenant,
            group=group,
            body=body,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _groups__patch_group_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_attribute(
        self,
        tenant: str,
        group: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a group

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `group:admin`.

        `PUT /tenants/{tenant}/groups/{group}/attributes/{attribute}` (operation `putGroupAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__put_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _groups__put_group_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_attribute(
        self,
        tenant: str,
        group: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a group

        Removes the attribute; removing a missing attribute also answers 204. Requires `group:admin`.

        `DELETE /tenants/{tenant}/groups/{group}/attributes/{attribute}` (operation `deleteGroupAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__delete_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _groups__delete_group_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class TenantsGroupsResourceWithRawResponse:
    """`client.with_raw_response.tenants.groups`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: TenantsGroupsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.check = raw(resource.check)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list_scopes = raw(resource.list_scopes)
        self.list_permissions = raw(resource.list_permissions)
        self.get_permission = raw(resource.get_permission)
        self.put_permission = raw(resource.put_permission)
        self.delete_permission = raw(resource.delete_permission)
        self.get_attributes = raw(resource.get_attributes)
        self.patch_attributes = raw(resource.patch_attributes)
        self.put_attribute = raw(resource.put_attribute)
        self.delete_attribute = raw(resource.delete_attribute)


class TenantsGroupsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.groups`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: TenantsGroupsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.check = streamed(resource.check)
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)
        self.list_scopes = streamed(resource.list_scopes)
        self.list_permissions = streamed(resource.list_permissions)
        self.get_permission = streamed(resource.get_permission)
        self.put_permission = streamed(resource.put_permission)
        self.delete_permission = streamed(resource.delete_permission)
        self.get_attributes = streamed(resource.get_attributes)
        self.patch_attributes = streamed(resource.patch_attributes)
        self.put_attribute = streamed(resource.put_attribute)
        self.delete_attribute = streamed(resource.delete_attribute)


class AsyncTenantsGroupsResource:
    """`client.tenants.groups`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTenantsGroupsResourceWithRawResponse:
        return AsyncTenantsGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTenantsGroupsResourceWithStreamingResponse:
        return AsyncTenantsGroupsResourceWithStreamingResponse(self)

    async def list(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List groups

        Lists the names of the groups of the tenant that the caller can see (holds `group:view` on). The
        order is unspecified. View scope is required for seeing a resource in a listing and on every
        ancestor along the path; an ancestor the caller cannot view answers 404.

        `GET /tenants/{tenant}/groups` (operation `listGroups`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__list_groups._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "builtins.list[str]",
            await self._client._call(
                kwargs, _groups__list_groups._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def check(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a group exists

        Answers 204 when the group exists and the caller can view it and every ancestor; 404 otherwise.

        `GET /tenants/{tenant}/groups/{group}` (operation `checkGroup`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__check_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs, _groups__check_group._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def create(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreatedResource:
        """Create a group

        Creates the group with the name given in the path. Requires `view` on the path to the tenant and
        `group:admin` on the tenant. Names are always chosen by the client: the documentation page mentions
        automatically generated names, the service has none. There is no upsert: creating an existing
        resource answers 409. A request body, if sent, is ignored.

        `PUT /tenants/{tenant}/groups/{group}` (operation `createGroup`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreatedResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__create_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "CreatedResource",
            await self._client._call(
                kwargs, _groups__create_group._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def delete(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a group

        Deletes the group and every descendant, with their permissions and attributes. The deleted resources
        also disappear as principals from every permission that names them; a permission left with no
        principals is deleted. Requires `group:admin` on the tenant.

        `DELETE /tenants/{tenant}/groups/{group}` (operation `deleteGroup`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__delete_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs, _groups__delete_group._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def list_scopes(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a group

        Lists the scopes valid on the group (`all`: those of its own type and of every descendant type) and
        the scopes of its own type the caller holds on it (`granted`). Requires `view`. The documentation
        page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/groups/{group}/scopes` (operation `listGroupScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__list_group_scopes._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "ScopeSet",
            await self._client._call(
                kwargs,
                _groups__list_group_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_permissions(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedGroupPermission]:
        """List the permissions on a group

        Lists every permission granted on the group. Requires `group:admin` on it.

        `GET /tenants/{tenant}/groups/{group}/permissions` (operation `listGroupPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedGroupPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__list_group_permissions._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "builtins.list[NamedGroupPermission]",
            await self._client._call(
                kwargs,
                _groups__list_group_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_permission(
        self,
        tenant: str,
        group: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GroupPermission:
        """Get a permission on a group

        Reads one permission (its scopes and principals; the name is the path's). Requires `group:admin`.

        `GET /tenants/{tenant}/groups/{group}/permissions/{permission}` (operation `getGroupPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GroupPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__get_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
        )
        return cast(
            "GroupPermission",
            await self._client._call(
                kwargs,
                _groups__get_group_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_permission(
        self,
        tenant: str,
        group: str,
        permission: str,
        *,
        body: GroupPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedGroupPermission:
        """Create or replace a permission on a group

        Grants the scopes to the principals on the group, creating the permission (201, echoing it) or
        replacing it (204). Requires `group:admin`. Scopes must be valid on the group's subtree (400
        otherwise); a principal the caller cannot see answers 404. Unknown keys or a malformed principal
        answer 400.

        `PUT /tenants/{tenant}/groups/{group}/permissions/{permission}` (operation `putGroupPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (GroupPermission): A grant of scopes on a group to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedGroupPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__put_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedGroupPermission",
            await self._client._call(
                kwargs,
                _groups__put_group_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_permission(
        self,
        tenant: str,
        group: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a group

        Revokes the permission. Requires `group:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/groups/{group}/permissions/{permission}` (operation `deleteGroupPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__delete_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _groups__delete_group_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_attributes(
        self,
        tenant: str,
        group: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a group

        Reads every attribute of the group as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/groups/{group}/attributes` (operation `getGroupAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__get_group_attributes._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _groups__get_group_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch_attributes(
        self,
        tenant: str,
        group: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a group

        Merges the JSON object into the group's attributes: a string value sets the key, `null` removes it.
        Values must be strings or `null`. Requires `group:admin`. Answers the whole map after the change.

        `PATCH /tenants/{tenant}/groups/{group}/attributes` (operation `patchGroupAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__patch_group_attributes._get_kwargs(
            tenant=tenant,
            group=group,
            body=body,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _groups__patch_group_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_attribute(
        self,
        tenant: str,
        group: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a group

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `group:admin`.

        `PUT /tenants/{tenant}/groups/{group}/attributes/{attribute}` (operation `putGroupAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__put_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _groups__put_group_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_attribute(
        self,
        tenant: str,
        group: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a group

        Removes the attribute; removing a missing attribute also answers 204. Requires `group:admin`.

        `DELETE /tenants/{tenant}/groups/{group}/attributes/{attribute}` (operation `deleteGroupAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _groups__delete_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _groups__delete_group_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncTenantsGroupsResourceWithRawResponse:
    """`client.with_raw_response.tenants.groups`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncTenantsGroupsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.check = async_raw(resource.check)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list_scopes = async_raw(resource.list_scopes)
        self.list_permissions = async_raw(resource.list_permissions)
        self.get_permission = async_raw(resource.get_permission)
        self.put_permission = async_raw(resource.put_permission)
        self.delete_permission = async_raw(resource.delete_permission)
        self.get_attributes = async_raw(resource.get_attributes)
        self.patch_attributes = async_raw(resource.patch_attributes)
        self.put_attribute = async_raw(resource.put_attribute)
        self.delete_attribute = async_raw(resource.delete_attribute)


class AsyncTenantsGroupsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants.groups`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncTenantsGroupsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.check = async_streamed(resource.check)
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
        self.list_scopes = async_streamed(resource.list_scopes)
        self.list_permissions = async_streamed(resource.list_permissions)
        self.get_permission = async_streamed(resource.get_permission)
        self.put_permission = async_streamed(resource.put_permission)
        self.delete_permission = async_streamed(resource.delete_permission)
        self.get_attributes = async_streamed(resource.get_attributes)
        self.patch_attributes = async_streamed(resource.patch_attributes)
        self.put_attribute = async_streamed(resource.put_attribute)
        self.delete_attribute = async_streamed(resource.delete_attribute)


class TenantsResource:
    """`client.tenants`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def groups(self) -> TenantsGroupsResource:
        return TenantsGroupsResource(self._client)

    @cached_property
    def projects(self) -> TenantsProjectsResource:
        return TenantsProjectsResource(self._client)

    @cached_property
    def with_raw_response(self) -> TenantsResourceWithRawResponse:
        return TenantsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TenantsResourceWithStreamingResponse:
        return TenantsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List tenants

        Lists the names of the tenants of the realm that the caller can see (holds `tenant:view` on). The
        order is unspecified. View scope is required for seeing a resource in a listing.

        `GET /tenants` (operation `listTenants`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__list_tenants._get_kwargs()
        return cast(
            "builtins.list[str]",
            self._client._call(
                kwargs, _tenants__list_tenants._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def check(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a tenant exists

        Answers 204 when the tenant exists and the caller can view it and every ancestor; 404 otherwise.

        `GET /tenants/{tenant}` (operation `checkTenant`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__check_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs, _tenants__check_tenant._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def create(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreatedResource:
        """Create a tenant

        Creates the tenant with the name given in the path. Requires `view` on the path to the realm and
        `tenant:admin` on the realm (realm administrators only, for tenants). Names are always chosen by the
        client: the documentation page mentions automatically generated names, the service has none. There
        is no upsert: creating an existing resource answers 409. A request body, if sent, is ignored.
        Creating a tenant also creates its group `admin` and two permissions on the tenant: `admin`
        (`tenant:admin` for the `admin` group) and `members` (`tenant:view` for every member of the tenant).

        `PUT /tenants/{tenant}` (operation `createTenant`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreatedResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__create_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "CreatedResource",
            self._client._call(
                kwargs,
                _tenants__create_tenant._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a tenant

        Deletes the tenant and every descendant, with their permissions and attributes. The deleted
        resources also disappear as principals from every permission that names them; a permission left with
        no principals is deleted. Requires `tenant:admin` on the realm.

        `DELETE /tenants/{tenant}` (operation `deleteTenant`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _tenants__delete_tenant._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_scopes(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a tenant

        Lists the scopes valid on the tenant (`all`: those of its own type and of every descendant type) and
        the scopes of its own type the caller holds on it (`granted`). Requires `view`. The documentation
        page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/scopes` (operation `listTenantScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__list_tenant_scopes._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "ScopeSet",
            self._client._call(
                kwargs,
                _tenants__list_tenant_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_permissions(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedTenantPermission]:
        """List the permissions on a tenant

        Lists every permission granted on the tenant. Requires `tenant:admin` on it.

        `GET /tenants/{tenant}/permissions` (operation `listTenantPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedTenantPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__list_tenant_permissions._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "builtins.list[NamedTenantPermission]",
            self._client._call(
                kwargs,
                _tenants__list_tenant_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_permission(
        self,
        tenant: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TenantPermission:
        """Get a permission on a tenant

        Reads one permission (its scopes and principals; the name is the path's). Requires `tenant:admin`.

        `GET /tenants/{tenant}/permissions/{permission}` (operation `getTenantPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TenantPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__get_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
        )
        return cast(
            "TenantPermission",
            self._client._call(
                kwargs,
                _tenants__get_tenant_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_permission(
        self,
        tenant: str,
        permission: str,
        *,
        body: TenantPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedTenantPermission:
        """Create or replace a permission on a tenant

        Grants the scopes to the principals on the tenant, creating the permission (201, echoing it) or
        replacing it (204). Requires `tenant:admin`. Scopes must be valid on the tenant's subtree (400
        otherwise); a principal the caller cannot see answers 404. Unknown keys or a malformed principal
        answer 400.

        `PUT /tenants/{tenant}/permissions/{permission}` (operation `putTenantPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (TenantPermission): A grant of scopes on a tenant to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedTenantPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__put_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedTenantPermission",
            self._client._call(
                kwargs,
                _tenants__put_tenant_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_permission(
        self,
        tenant: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a tenant

        Revokes the permission. Requires `tenant:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/permissions/{permission}` (operation `deleteTenantPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__delete_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _tenants__delete_tenant_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_attributes(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a tenant

        Reads every attribute of the tenant as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/attributes` (operation `getTenantAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__get_tenant_attributes._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _tenants__get_tenant_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch_attributes(
        self,
        tenant: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a tenant

        Merges the JSON object into the tenant's attributes: a string value sets the key, `null` removes it.
        Values must be strings or `null`. Requires `tenant:admin`. Answers the whole map after the change.

        `PATCH /tenants/{tenant}/attributes` (operation `patchTenantAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__patch_tenant_attributes._get_kwargs(
            tenant=tenant,
            body=body,
        )
        return cast(
            "Attributes",
            self._client._call(
                kwargs,
                _tenants__patch_tenant_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def put_attribute(
        self,
        tenant: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a tenant

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `tenant:admin`.

        `PUT /tenants/{tenant}/attributes/{attribute}` (operation `putTenantAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__put_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _tenants__put_tenant_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_attribute(
        self,
        tenant: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a tenant

        Removes the attribute; removing a missing attribute also answers 204. Requires `tenant:admin`.

        `DELETE /tenants/{tenant}/attributes/{attribute}` (operation `deleteTenantAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__delete_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _tenants__delete_tenant_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class TenantsResourceWithRawResponse:
    """`client.with_raw_response.tenants`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: TenantsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.check = raw(resource.check)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list_scopes = raw(resource.list_scopes)
        self.list_permissions = raw(resource.list_permissions)
        self.get_permission = raw(resource.get_permission)
        self.put_permission = raw(resource.put_permission)
        self.delete_permission = raw(resource.delete_permission)
        self.get_attributes = raw(resource.get_attributes)
        self.patch_attributes = raw(resource.patch_attributes)
        self.put_attribute = raw(resource.put_attribute)
        self.delete_attribute = raw(resource.delete_attribute)

    @cached_property
    def groups(self) -> TenantsGroupsResourceWithRawResponse:
        return TenantsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def projects(self) -> TenantsProjectsResourceWithRawResponse:
        return TenantsProjectsResourceWithRawResponse(self._resource.projects)


class TenantsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: TenantsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.check = streamed(resource.check)
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)
        self.list_scopes = streamed(resource.list_scopes)
        self.list_permissions = streamed(resource.list_permissions)
        self.get_permission = streamed(resource.get_permission)
        self.put_permission = streamed(resource.put_permission)
        self.delete_permission = streamed(resource.delete_permission)
        self.get_attributes = streamed(resource.get_attributes)
        self.patch_attributes = streamed(resource.patch_attributes)
        self.put_attribute = streamed(resource.put_attribute)
        self.delete_attribute = streamed(resource.delete_attribute)

    @cached_property
    def groups(self) -> TenantsGroupsResourceWithStreamingResponse:
        return TenantsGroupsResourceWithStreamingResponse(self._resource.groups)

    @cached_property
    def projects(self) -> TenantsProjectsResourceWithStreamingResponse:
        return TenantsProjectsResourceWithStreamingResponse(self._resource.projects)


class AsyncTenantsResource:
    """`client.tenants`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def groups(self) -> AsyncTenantsGroupsResource:
        return AsyncTenantsGroupsResource(self._client)

    @cached_property
    def projects(self) -> AsyncTenantsProjectsResource:
        return AsyncTenantsProjectsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncTenantsResourceWithRawResponse:
        return AsyncTenantsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTenantsResourceWithStreamingResponse:
        return AsyncTenantsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[str]:
        """List tenants

        Lists the names of the tenants of the realm that the caller can see (holds `tenant:view` on). The
        order is unspecified. View scope is required for seeing a resource in a listing.

        `GET /tenants` (operation `listTenants`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[str]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__list_tenants._get_kwargs()
        return cast(
            "builtins.list[str]",
            await self._client._call(
                kwargs, _tenants__list_tenants._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def check(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Check that a tenant exists

        Answers 204 when the tenant exists and the caller can view it and every ancestor; 404 otherwise.

        `GET /tenants/{tenant}` (operation `checkTenant`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__check_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs, _tenants__check_tenant._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def create(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreatedResource:
        """Create a tenant

        Creates the tenant with the name given in the path. Requires `view` on the path to the realm and
        `tenant:admin` on the realm (realm administrators only, for tenants). Names are always chosen by the
        client: the documentation page mentions automatically generated names, the service has none. There
        is no upsert: creating an existing resource answers 409. A request body, if sent, is ignored.
        Creating a tenant also creates its group `admin` and two permissions on the tenant: `admin`
        (`tenant:admin` for the `admin` group) and `members` (`tenant:view` for every member of the tenant).

        `PUT /tenants/{tenant}` (operation `createTenant`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreatedResource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__create_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "CreatedResource",
            await self._client._call(
                kwargs,
                _tenants__create_tenant._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a tenant

        Deletes the tenant and every descendant, with their permissions and attributes. The deleted
        resources also disappear as principals from every permission that names them; a permission left with
        no principals is deleted. Requires `tenant:admin` on the realm.

        `DELETE /tenants/{tenant}` (operation `deleteTenant`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _tenants__delete_tenant._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_scopes(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ScopeSet:
        """List the scopes of a tenant

        Lists the scopes valid on the tenant (`all`: those of its own type and of every descendant type) and
        the scopes of its own type the caller holds on it (`granted`). Requires `view`. The documentation
        page shows a bare array of scope names; the service answers this object.

        `GET /tenants/{tenant}/scopes` (operation `listTenantScopes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ScopeSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__list_tenant_scopes._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "ScopeSet",
            await self._client._call(
                kwargs,
                _tenants__list_tenant_scopes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_permissions(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[NamedTenantPermission]:
        """List the permissions on a tenant

        Lists every permission granted on the tenant. Requires `tenant:admin` on it.

        `GET /tenants/{tenant}/permissions` (operation `listTenantPermissions`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[NamedTenantPermission]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__list_tenant_permissions._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "builtins.list[NamedTenantPermission]",
            await self._client._call(
                kwargs,
                _tenants__list_tenant_permissions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_permission(
        self,
        tenant: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TenantPermission:
        """Get a permission on a tenant

        Reads one permission (its scopes and principals; the name is the path's). Requires `tenant:admin`.

        `GET /tenants/{tenant}/permissions/{permission}` (operation `getTenantPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TenantPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__get_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
        )
        return cast(
            "TenantPermission",
            await self._client._call(
                kwargs,
                _tenants__get_tenant_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_permission(
        self,
        tenant: str,
        permission: str,
        *,
        body: TenantPermission,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any | NamedTenantPermission:
        """Create or replace a permission on a tenant

        Grants the scopes to the principals on the tenant, creating the permission (201, echoing it) or
        replacing it (204). Requires `tenant:admin`. Scopes must be valid on the tenant's subtree (400
        otherwise); a principal the caller cannot see answers 404. Unknown keys or a malformed principal
        answer 400.

        `PUT /tenants/{tenant}/permissions/{permission}` (operation `putTenantPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (TenantPermission): A grant of scopes on a tenant to principals.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any | NamedTenantPermission

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__put_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
            body=body,
        )
        return cast(
            "Any | NamedTenantPermission",
            await self._client._call(
                kwargs,
                _tenants__put_tenant_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_permission(
        self,
        tenant: str,
        permission: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete a permission on a tenant

        Revokes the permission. Requires `tenant:admin`; a missing permission answers 404.

        `DELETE /tenants/{tenant}/permissions/{permission}` (operation `deleteTenantPermission`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            permission (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__delete_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _tenants__delete_tenant_permission._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_attributes(
        self,
        tenant: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Get the attributes of a tenant

        Reads every attribute of the tenant as a map of key to string value. Requires `view`.

        `GET /tenants/{tenant}/attributes` (operation `getTenantAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__get_tenant_attributes._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _tenants__get_tenant_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch_attributes(
        self,
        tenant: str,
        *,
        body: AttributePatch,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Attributes:
        """Update several attributes of a tenant

        Merges the JSON object into the tenant's attributes: a string value sets the key, `null` removes it.
        Values must be strings or `null`. Requires `tenant:admin`. Answers the whole map after the change.

        `PATCH /tenants/{tenant}/attributes` (operation `patchTenantAttributes`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            body (AttributePatch): Attribute changes: a string sets the key, `null` removes it.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Attributes

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__patch_tenant_attributes._get_kwargs(
            tenant=tenant,
            body=body,
        )
        return cast(
            "Attributes",
            await self._client._call(
                kwargs,
                _tenants__patch_tenant_attributes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def put_attribute(
        self,
        tenant: str,
        attribute: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Set one attribute of a tenant

        Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
        empty string. Requires `tenant:admin`.

        `PUT /tenants/{tenant}/attributes/{attribute}` (operation `putTenantAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            body (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__put_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _tenants__put_tenant_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_attribute(
        self,
        tenant: str,
        attribute: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete one attribute of a tenant

        Removes the attribute; removing a missing attribute also answers 204. Requires `tenant:admin`.

        `DELETE /tenants/{tenant}/attributes/{attribute}` (operation `deleteTenantAttribute`)

        Args:
            tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
                dashes; starts and ends with a letter or digit.
            attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
                inner dashes; starts and ends with a letter or digit.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _tenants__delete_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _tenants__delete_tenant_attribute._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncTenantsResourceWithRawResponse:
    """`client.with_raw_response.tenants`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncTenantsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.check = async_raw(resource.check)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list_scopes = async_raw(resource.list_scopes)
        self.list_permissions = async_raw(resource.list_permissions)
        self.get_permission = async_raw(resource.get_permission)
        self.put_permission = async_raw(resource.put_permission)
        self.delete_permission = async_raw(resource.delete_permission)
        self.get_attributes = async_raw(resource.get_attributes)
        self.patch_attributes = async_raw(resource.patch_attributes)
        self.put_attribute = async_raw(resource.put_attribute)
        self.delete_attribute = async_raw(resource.delete_attribute)

    @cached_property
    def groups(self) -> AsyncTenantsGroupsResourceWithRawResponse:
        return AsyncTenantsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def projects(self) -> AsyncTenantsProjectsResourceWithRawResponse:
        return AsyncTenantsProjectsResourceWithRawResponse(self._resource.projects)


class AsyncTenantsResourceWithStreamingResponse:
    """`client.with_streaming_response.tenants`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncTenantsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.check = async_streamed(resource.check)
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
        self.list_scopes = async_streamed(resource.list_scopes)
        self.list_permissions = async_streamed(resource.list_permissions)
        self.get_permission = async_streamed(resource.get_permission)
        self.put_permission = async_streamed(resource.put_permission)
        self.delete_permission = async_streamed(resource.delete_permission)
        self.get_attributes = async_streamed(resource.get_attributes)
        self.patch_attributes = async_streamed(resource.patch_attributes)
        self.put_attribute = async_streamed(resource.put_attribute)
        self.delete_attribute = async_streamed(resource.delete_attribute)

    @cached_property
    def groups(self) -> AsyncTenantsGroupsResourceWithStreamingResponse:
        return AsyncTenantsGroupsResourceWithStreamingResponse(self._resource.groups)

    @cached_property
    def projects(self) -> AsyncTenantsProjectsResourceWithStreamingResponse:
        return AsyncTenantsProjectsResourceWithStreamingResponse(self._resource.projects)
