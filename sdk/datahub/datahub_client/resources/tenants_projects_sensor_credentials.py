"""`client.tenants.projects.sensor_credentials` (generated from the spec; see api.md)."""

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
    from ..models.named_sensor_credential_permission import NamedSensorCredentialPermission
    from ..models.scope_set import ScopeSet
    from ..models.sensor_credential_permission import SensorCredentialPermission, SensorCredentialPermissionDict
    from ..models.sensor_credential_secret import SensorCredentialSecret

    pass

__all__ = [
    "AsyncTenantsProjectsSensorCredentialsResource",
    "AsyncTenantsProjectsSensorCredentialsResourceWithRawResponse",
    "AsyncTenantsProjectsSensorCredentialsResourceWithStreamingResponse",
    "TenantsProjectsSensorCredentialsResource",
    "TenantsProjectsSensorCredentialsResourceWithRawResponse",
    "TenantsProjectsSensorCredentialsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


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

        from ..api.sensor_credentials import list_sensor_credentials as _sensor_credentials__list_sensor_credentials  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import check_sensor_credential as _sensor_credentials__check_sensor_credential  # noqa: PLC0415

        kwargs = _sensor_credentials__check_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import create_sensor_credential as _sensor_credentials__create_sensor_credential  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import delete_sensor_credential as _sensor_credentials__delete_sensor_credential  # noqa: PLC0415

        kwargs = _sensor_credentials__delete_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import (
            list_sensor_credential_scopes as _sensor_credentials__list_sensor_credential_scopes,  # noqa: PLC0415
        )

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

        from ..api.sensor_credentials import (
            list_sensor_credential_permissions as _sensor_credentials__list_sensor_credential_permissions,  # noqa: PLC0415
        )

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

        from ..api.sensor_credentials import (
            get_sensor_credential_permission as _sensor_credentials__get_sensor_credential_permission,  # noqa: PLC0415
        )

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
        body: SensorCredentialPermission | SensorCredentialPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedSensorCredentialPermission | None:
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
            NamedSensorCredentialPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            put_sensor_credential_permission as _sensor_credentials__put_sensor_credential_permission,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__put_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedSensorCredentialPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            delete_sensor_credential_permission as _sensor_credentials__delete_sensor_credential_permission,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__delete_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import (
            get_sensor_credential_attributes as _sensor_credentials__get_sensor_credential_attributes,  # noqa: PLC0415
        )

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.sensor_credentials import (
            patch_sensor_credential_attributes as _sensor_credentials__patch_sensor_credential_attributes,  # noqa: PLC0415
        )

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            put_sensor_credential_attribute as _sensor_credentials__put_sensor_credential_attribute,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__put_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            delete_sensor_credential_attribute as _sensor_credentials__delete_sensor_credential_attribute,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__delete_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import rotate_sensor_credential as _sensor_credentials__rotate_sensor_credential  # noqa: PLC0415

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

        from ..api.sensor_credentials import list_sensor_credentials as _sensor_credentials__list_sensor_credentials  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import check_sensor_credential as _sensor_credentials__check_sensor_credential  # noqa: PLC0415

        kwargs = _sensor_credentials__check_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import create_sensor_credential as _sensor_credentials__create_sensor_credential  # noqa: PLC0415

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import delete_sensor_credential as _sensor_credentials__delete_sensor_credential  # noqa: PLC0415

        kwargs = _sensor_credentials__delete_sensor_credential._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import (
            list_sensor_credential_scopes as _sensor_credentials__list_sensor_credential_scopes,  # noqa: PLC0415
        )

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

        from ..api.sensor_credentials import (
            list_sensor_credential_permissions as _sensor_credentials__list_sensor_credential_permissions,  # noqa: PLC0415
        )

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

        from ..api.sensor_credentials import (
            get_sensor_credential_permission as _sensor_credentials__get_sensor_credential_permission,  # noqa: PLC0415
        )

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
        body: SensorCredentialPermission | SensorCredentialPermissionDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> NamedSensorCredentialPermission | None:
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
            NamedSensorCredentialPermission | None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            put_sensor_credential_permission as _sensor_credentials__put_sensor_credential_permission,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__put_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
            body=body,
        )
        return cast(
            "NamedSensorCredentialPermission | None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            delete_sensor_credential_permission as _sensor_credentials__delete_sensor_credential_permission,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__delete_sensor_credential_permission._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            permission=permission,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import (
            get_sensor_credential_attributes as _sensor_credentials__get_sensor_credential_attributes,  # noqa: PLC0415
        )

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
        body: AttributePatch | AttributePatchDict,
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

        from ..api.sensor_credentials import (
            patch_sensor_credential_attributes as _sensor_credentials__patch_sensor_credential_attributes,  # noqa: PLC0415
        )

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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            put_sensor_credential_attribute as _sensor_credentials__put_sensor_credential_attribute,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__put_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
            body=body,
        )
        return cast(
            "None",
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
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sensor_credentials import (
            delete_sensor_credential_attribute as _sensor_credentials__delete_sensor_credential_attribute,  # noqa: PLC0415
        )

        kwargs = _sensor_credentials__delete_sensor_credential_attribute._get_kwargs(
            tenant=tenant,
            project=project,
            credential=credential,
            attribute=attribute,
        )
        return cast(
            "None",
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

        from ..api.sensor_credentials import rotate_sensor_credential as _sensor_credentials__rotate_sensor_credential  # noqa: PLC0415

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
