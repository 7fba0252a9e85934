"""`datum.project(project_id)` and `datum.organization(organization_id)`: the same client aimed at
another control plane (copied into `datum_client` at generation).

A Datum client starts at one control plane's URL (`organization_control_plane_url(org)`); the
project control planes of its projects live beside it, under the same host and prefix. These copies
share the original's connections, token, timeout and retries (close the original when done).
"""

from __future__ import annotations

import re
from typing import Any, Self, cast
from urllib.parse import quote

from datum_client._runtime.errors import ConfigurationError

__all__ = ["AsyncDatumClientMixin", "DatumClientMixin", "control_plane_url_beside"]

_RESOURCE_MANAGER = "/apis/resourcemanager.datumapis.com/v1alpha"
_CONTROL_PLANE = re.compile(
    re.escape(_RESOURCE_MANAGER) + r"/(?:organizations|projects)/[^/]+/control-plane/?$"
)


def control_plane_url_beside(base_url: str, scope: str, name: str) -> str:
    """The URL of the `scope` (`organizations` or `projects`) control plane `name`, on the host and
    prefix of `base_url`, itself a control plane's URL."""
    found = _CONTROL_PLANE.search(base_url)
    if found is None:
        raise ConfigurationError(
            f"{base_url!r} is not a Datum control plane's URL (…{_RESOURCE_MANAGER}/organizations/<id>"
            "/control-plane); start from organization_control_plane_url(organization_id)"
        )
    return f"{base_url[: found.start()]}{_RESOURCE_MANAGER}/{scope}/{quote(name, safe='')}/control-plane"


def _aimed(client: object, scope: str, name: str) -> Any:
    base_url = str(cast(Any, client).base_url)
    return cast(Any, client).with_options(base_url=control_plane_url_beside(base_url, scope, name))


class DatumClientMixin:
    """`Datum.project()` and `Datum.organization()`."""

    def project(self, project_id: str) -> Self:
        """The control plane of project `project_id`: `datum.project("p1").workloads.create(...)`.
        Its resources (workloads, networks, secrets, ...) take `namespace=` (default `default`)."""
        copy: Self = _aimed(self, "projects", project_id)
        return copy

    def organization(self, organization_id: str) -> Self:
        """The control plane of organization `organization_id` (its projects)."""
        copy: Self = _aimed(self, "organizations", organization_id)
        return copy


class AsyncDatumClientMixin(DatumClientMixin):
    """`AsyncDatum.project()` and `AsyncDatum.organization()`."""
