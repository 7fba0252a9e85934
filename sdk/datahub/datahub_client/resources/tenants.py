"""`client.tenants` (generated from the spec; see api.md)."""

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
    from ..models.named_tenant_permission import NamedTenantPermission
    from ..models.scope_set import ScopeSet
    from ..models.tenant_permission import TenantPermission, TenantPermissionDict
    from .tenants_groups import (
        AsyncTenantsGroupsResource,
        AsyncTenantsGroupsResourceWithRawResponse,
        AsyncTenantsGroupsResourceWithStreamingResponse,
        TenantsGroupsResource,
        TenantsGroupsResourceWithRawResponse,
        TenantsGroupsResourceWithStreamingResponse,
    )
    from .tenants_projects import (
        AsyncTenantsProjectsResource,
        AsyncTenantsProjectsResourceWithRawResponse,
        AsyncTenantsProjectsResourceWithStreamingResponse,
        TenantsProjectsResource,
        TenantsProjectsResourceWithRawResponse,
        TenantsProjectsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncTenantsResource",
    "AsyncTenantsResourceWithRawResponse",
    "AsyncTenantsResourceWithStreamingResponse",
    "TenantsResource",
    "TenantsResourceWithRawResponse",
    "TenantsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class TenantsResource:
    """`client.tenants`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def groups(self) -> TenantsGroupsResource:
        from .tenants_groups import TenantsGroupsResource

        return TenantsGroupsResource(self._client)

    @cached_property
    def projects(self) -> TenantsProjectsResource:
        from .tenants_projects import TenantsProjectsResource

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

        from ..api.tenants import list_tenants as _tenants__list_tenants  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import check_tenant as _tenants__check_tenant  # noqa: PLC0415

        kwargs = _tenants__check_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "None",
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

        from ..api.tenants import create_tenant as _tenants__create_tenant  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import delete_tenant as _tenants__delete_tenant  # noqa: PLC0415

        kwargs = _tenants__delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "None",
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

        from ..api.tenants import list_tenant_scopes as _tenants__list_tenant_scopes  # noqa: PLC0415

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

        from ..api.tenants import list_tenant_permissions as _tenants__list_tenant_permissions  # noqa: PLC0415

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

        from ..api.tenants import get_tenant_permission as _tenants__get_tenant_permission  # noqa: PLC0415

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
        body: TenantPermission | TenantPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedTenantPermission | None:
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
            NamedTenantPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import put_tenant_permission as _tenants__put_tenant_permission  # noqa: PLC0415

        kwargs = _tenants__put_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedTenantPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import delete_tenant_permission as _tenants__delete_tenant_permission  # noqa: PLC0415

        kwargs = _tenants__delete_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.tenants import get_tenant_attributes as _tenants__get_tenant_attributes  # noqa: PLC0415

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.tenants import patch_tenant_attributes as _tenants__patch_tenant_attributes  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import put_tenant_attribute as _tenants__put_tenant_attribute  # noqa: PLC0415

        kwargs = _tenants__put_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import delete_tenant_attribute as _tenants__delete_tenant_attribute  # noqa: PLC0415

        kwargs = _tenants__delete_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
        )
        return cast(
            "None",
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
        from .tenants_groups import TenantsGroupsResourceWithRawResponse

        return TenantsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def projects(self) -> TenantsProjectsResourceWithRawResponse:
        from .tenants_projects import TenantsProjectsResourceWithRawResponse

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
        from .tenants_groups import TenantsGroupsResourceWithStreamingResponse

        return TenantsGroupsResourceWithStreamingResponse(self._resource.groups)

    @cached_property
    def projects(self) -> TenantsProjectsResourceWithStreamingResponse:
        from .tenants_projects import TenantsProjectsResourceWithStreamingResponse

        return TenantsProjectsResourceWithStreamingResponse(self._resource.projects)


class AsyncTenantsResource:
    """`client.tenants`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def groups(self) -> AsyncTenantsGroupsResource:
        from .tenants_groups import AsyncTenantsGroupsResource

        return AsyncTenantsGroupsResource(self._client)

    @cached_property
    def projects(self) -> AsyncTenantsProjectsResource:
        from .tenants_projects import AsyncTenantsProjectsResource

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

        from ..api.tenants import list_tenants as _tenants__list_tenants  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import check_tenant as _tenants__check_tenant  # noqa: PLC0415

        kwargs = _tenants__check_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "None",
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

        from ..api.tenants import create_tenant as _tenants__create_tenant  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import delete_tenant as _tenants__delete_tenant  # noqa: PLC0415

        kwargs = _tenants__delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return cast(
            "None",
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

        from ..api.tenants import list_tenant_scopes as _tenants__list_tenant_scopes  # noqa: PLC0415

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

        from ..api.tenants import list_tenant_permissions as _tenants__list_tenant_permissions  # noqa: PLC0415

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

        from ..api.tenants import get_tenant_permission as _tenants__get_tenant_permission  # noqa: PLC0415

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
        body: TenantPermission | TenantPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedTenantPermission | None:
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
            NamedTenantPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import put_tenant_permission as _tenants__put_tenant_permission  # noqa: PLC0415

        kwargs = _tenants__put_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedTenantPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import delete_tenant_permission as _tenants__delete_tenant_permission  # noqa: PLC0415

        kwargs = _tenants__delete_tenant_permission._get_kwargs(
            tenant=tenant,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.tenants import get_tenant_attributes as _tenants__get_tenant_attributes  # noqa: PLC0415

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.tenants import patch_tenant_attributes as _tenants__patch_tenant_attributes  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import put_tenant_attribute as _tenants__put_tenant_attribute  # noqa: PLC0415

        kwargs = _tenants__put_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import delete_tenant_attribute as _tenants__delete_tenant_attribute  # noqa: PLC0415

        kwargs = _tenants__delete_tenant_attribute._get_kwargs(
            tenant=tenant,
            attribute=attribute,
        )
        return cast(
            "None",
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
        from .tenants_groups import AsyncTenantsGroupsResourceWithRawResponse

        return AsyncTenantsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def projects(self) -> AsyncTenantsProjectsResourceWithRawResponse:
        from .tenants_projects import AsyncTenantsProjectsResourceWithRawResponse

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
        from .tenants_groups import AsyncTenantsGroupsResourceWithStreamingResponse

        return AsyncTenantsGroupsResourceWithStreamingResponse(self._resource.groups)

    @cached_property
    def projects(self) -> AsyncTenantsProjectsResourceWithStreamingResponse:
        from .tenants_projects import AsyncTenantsProjectsResourceWithStreamingResponse

        return AsyncTenantsProjectsResourceWithStreamingResponse(self._resource.projects)
