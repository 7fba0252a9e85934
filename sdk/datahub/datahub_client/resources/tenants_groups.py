"""`client.tenants.groups` (generated from the spec; see api.md)."""

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
    from ..models.group_permission import GroupPermission, GroupPermissionDict
    from ..models.named_group_permission import NamedGroupPermission
    from ..models.scope_set import ScopeSet

    pass

__all__ = [
    "AsyncTenantsGroupsResource",
    "AsyncTenantsGroupsResourceWithRawResponse",
    "AsyncTenantsGroupsResourceWithStreamingResponse",
    "TenantsGroupsResource",
    "TenantsGroupsResourceWithRawResponse",
    "TenantsGroupsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


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

        from ..api.groups import list_groups as _groups__list_groups  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import check_group as _groups__check_group  # noqa: PLC0415

        kwargs = _groups__check_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "None",
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

        from ..api.groups import create_group as _groups__create_group  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import delete_group as _groups__delete_group  # noqa: PLC0415

        kwargs = _groups__delete_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "None",
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

        from ..api.groups import list_group_scopes as _groups__list_group_scopes  # noqa: PLC0415

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

        from ..api.groups import list_group_permissions as _groups__list_group_permissions  # noqa: PLC0415

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

        from ..api.groups import get_group_permission as _groups__get_group_permission  # noqa: PLC0415

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
        body: GroupPermission | GroupPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedGroupPermission | None:
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
            NamedGroupPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import put_group_permission as _groups__put_group_permission  # noqa: PLC0415

        kwargs = _groups__put_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedGroupPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import delete_group_permission as _groups__delete_group_permission  # noqa: PLC0415

        kwargs = _groups__delete_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.groups import get_group_attributes as _groups__get_group_attributes  # noqa: PLC0415

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.groups import patch_group_attributes as _groups__patch_group_attributes  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import put_group_attribute as _groups__put_group_attribute  # noqa: PLC0415

        kwargs = _groups__put_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import delete_group_attribute as _groups__delete_group_attribute  # noqa: PLC0415

        kwargs = _groups__delete_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
        )
        return cast(
            "None",
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

        from ..api.groups import list_groups as _groups__list_groups  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import check_group as _groups__check_group  # noqa: PLC0415

        kwargs = _groups__check_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "None",
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

        from ..api.groups import create_group as _groups__create_group  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import delete_group as _groups__delete_group  # noqa: PLC0415

        kwargs = _groups__delete_group._get_kwargs(
            tenant=tenant,
            group=group,
        )
        return cast(
            "None",
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

        from ..api.groups import list_group_scopes as _groups__list_group_scopes  # noqa: PLC0415

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

        from ..api.groups import list_group_permissions as _groups__list_group_permissions  # noqa: PLC0415

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

        from ..api.groups import get_group_permission as _groups__get_group_permission  # noqa: PLC0415

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
        body: GroupPermission | GroupPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedGroupPermission | None:
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
            NamedGroupPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import put_group_permission as _groups__put_group_permission  # noqa: PLC0415

        kwargs = _groups__put_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedGroupPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import delete_group_permission as _groups__delete_group_permission  # noqa: PLC0415

        kwargs = _groups__delete_group_permission._get_kwargs(
            tenant=tenant,
            group=group,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.groups import get_group_attributes as _groups__get_group_attributes  # noqa: PLC0415

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.groups import patch_group_attributes as _groups__patch_group_attributes  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import put_group_attribute as _groups__put_group_attribute  # noqa: PLC0415

        kwargs = _groups__put_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.groups import delete_group_attribute as _groups__delete_group_attribute  # noqa: PLC0415

        kwargs = _groups__delete_group_attribute._get_kwargs(
            tenant=tenant,
            group=group,
            attribute=attribute,
        )
        return cast(
            "None",
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
