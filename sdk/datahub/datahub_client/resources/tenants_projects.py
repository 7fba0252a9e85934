"""`client.tenants.projects` (generated from the spec; see api.md)."""

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

    from ..models.attribute_patch import AttributePatch, AttributePatchDict
    from ..models.attributes import Attributes
    from ..models.created_resource import CreatedResource
    from ..models.named_project_permission import NamedProjectPermission
    from ..models.project_permission import ProjectPermission, ProjectPermissionDict
    from ..models.scope_set import ScopeSet
    from .tenants_projects_sensor_credentials import (
        AsyncTenantsProjectsSensorCredentialsResource,
        AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse,
        AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse,
        TenantsProjectsSensorCredentialsResource,
        TenantsProjectsSensorCredentialsResourceWithRawResponse,
        TenantsProjectsSensorCredentialsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncTenantsProjectsResource",
    "AsyncTenantsProjectsResourceWithRawResponse",
    "AsyncTenantsProjectsResourceWithStreamingResponse",
    "TenantsProjectsResource",
    "TenantsProjectsResourceWithRawResponse",
    "TenantsProjectsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class TenantsProjectsResource:
    """`client.tenants.projects`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def sensor_credentials(self) -> TenantsProjectsSensorCredentialsResource:
        from .tenants_projects_sensor_credentials import TenantsProjectsSensorCredentialsResource

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

        from ..api.projects import list_projects as _projects__list_projects  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import check_project as _projects__check_project  # noqa: PLC0415

        kwargs = _projects__check_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "None",
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

        from ..api.projects import create_project as _projects__create_project  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import delete_project as _projects__delete_project  # noqa: PLC0415

        kwargs = _projects__delete_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "None",
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

        from ..api.projects import list_project_scopes as _projects__list_project_scopes  # noqa: PLC0415

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

        from ..api.projects import list_project_permissions as _projects__list_project_permissions  # noqa: PLC0415

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

        from ..api.projects import get_project_permission as _projects__get_project_permission  # noqa: PLC0415

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
        body: ProjectPermission | ProjectPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedProjectPermission | None:
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
            NamedProjectPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import put_project_permission as _projects__put_project_permission  # noqa: PLC0415

        kwargs = _projects__put_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedProjectPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import delete_project_permission as _projects__delete_project_permission  # noqa: PLC0415

        kwargs = _projects__delete_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.projects import get_project_attributes as _projects__get_project_attributes  # noqa: PLC0415

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.projects import patch_project_attributes as _projects__patch_project_attributes  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import put_project_attribute as _projects__put_project_attribute  # noqa: PLC0415

        kwargs = _projects__put_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import delete_project_attribute as _projects__delete_project_attribute  # noqa: PLC0415

        kwargs = _projects__delete_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
        )
        return cast(
            "None",
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
        from .tenants_projects_sensor_credentials import TenantsProjectsSensorCredentialsResourceWithRawResponse

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
        from .tenants_projects_sensor_credentials import TenantsProjectsSensorCredentialsResourceWithStreamingResponse

        return TenantsProjectsSensorCredentialsResourceWithStreamingResponse(self._resource.sensor_credentials)


class AsyncTenantsProjectsResource:
    """`client.tenants.projects`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def sensor_credentials(self) -> AsyncTenantsProjectsSensorCredentialsResource:
        from .tenants_projects_sensor_credentials import AsyncTenantsProjectsSensorCredentialsResource

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

        from ..api.projects import list_projects as _projects__list_projects  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import check_project as _projects__check_project  # noqa: PLC0415

        kwargs = _projects__check_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "None",
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

        from ..api.projects import create_project as _projects__create_project  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import delete_project as _projects__delete_project  # noqa: PLC0415

        kwargs = _projects__delete_project._get_kwargs(
            tenant=tenant,
            project=project,
        )
        return cast(
            "None",
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

        from ..api.projects import list_project_scopes as _projects__list_project_scopes  # noqa: PLC0415

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

        from ..api.projects import list_project_permissions as _projects__list_project_permissions  # noqa: PLC0415

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

        from ..api.projects import get_project_permission as _projects__get_project_permission  # noqa: PLC0415

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
        body: ProjectPermission | ProjectPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedProjectPermission | None:
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
            NamedProjectPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import put_project_permission as _projects__put_project_permission  # noqa: PLC0415

        kwargs = _projects__put_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedProjectPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import delete_project_permission as _projects__delete_project_permission  # noqa: PLC0415

        kwargs = _projects__delete_project_permission._get_kwargs(
            tenant=tenant,
            project=project,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.projects import get_project_attributes as _projects__get_project_attributes  # noqa: PLC0415

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.projects import patch_project_attributes as _projects__patch_project_attributes  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import put_project_attribute as _projects__put_project_attribute  # noqa: PLC0415

        kwargs = _projects__put_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import delete_project_attribute as _projects__delete_project_attribute  # noqa: PLC0415

        kwargs = _projects__delete_project_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            attribute=attribute,
        )
        return cast(
            "None",
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
        from .tenants_projects_sensor_credentials import AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse

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
        from .tenants_projects_sensor_credentials import (
            AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse,
        )

        return AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse(self._resource.sensor_credentials)
