"""Hand-written parts of the Datum SDK (copied into `datum_client` at generation).

- `organization_control_plane_url` / `project_control_plane_url`: the base URL of a control plane.
- `client.projects.watch(...)` (`ProjectsResourceMixin`, `AsyncProjectsResourceMixin`): a watch as a
  stream of typed `ProjectEvent`s that closes its connection when the loop stops.

Everything else is the generated client: `client.authentication.exchange_personal_access_token()`,
`client.projects.list()` (pages across `continue` tokens), `client.projects.patch(name, body=...)`
(a list of `JsonPatchOperation`s, a `MergePatch` or apply-patch YAML text), and errors are the SDK's
own `ApiError` tree.
"""

# The watch builds on the package's own operation module and client internals.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from datum_client._runtime.calls import DEFAULT, UseClientDefault
from datum_client._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from datum_client._runtime.errors import ApiError
from datum_client._runtime.watch import AsyncEventStream, EventStream, watch_params
from datum_client._runtime.watch import _prepare as prepare_watch
from datum_client.api.projects import list_projects as _list_projects
from datum_client.models.project import Project
from datum_client.models.status import Status
from datum_client.models.watch_event_type import WatchEventType

__all__ = [
    "DATUM_API_HOST",
    "AsyncProjectWatch",
    "AsyncProjectsResourceMixin",
    "ProjectEvent",
    "ProjectWatch",
    "ProjectsResourceMixin",
    "WatchError",
    "organization_control_plane_url",
    "project_control_plane_url",
]

DATUM_API_HOST = "https://api.datum.net"
_GROUP_VERSION = "apis/resourcemanager.datumapis.com/v1alpha"


def organization_control_plane_url(organization_id: str, *, host: str = DATUM_API_HOST) -> str:
    """`https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/organizations/<id>/control-plane`."""
    return (
        f"{host.rstrip('/')}/{_GROUP_VERSION}/organizations/{quote(organization_id, safe='')}/control-plane"
    )


def project_control_plane_url(project_id: str, *, host: str = DATUM_API_HOST) -> str:
    """`https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/projects/<id>/control-plane`."""
    return f"{host.rstrip('/')}/{_GROUP_VERSION}/projects/{quote(project_id, safe='')}/control-plane"


class WatchError(ApiError):
    """A watch stream carried a line that is not a watch event."""


# -- watching --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectEvent:
    """One watch event: `project` for ADDED/MODIFIED/DELETED, `status` for ERROR, and for every event
    the resource version to resume a watch from."""

    type: WatchEventType
    resource_version: str
    project: Project | None = None
    status: Status | None = None


def _event(text: str) -> ProjectEvent | None:
    if not text.strip():
        return None
    try:
        data = json.loads(text)
        kind = WatchEventType(data["type"])
        obj: dict[str, Any] = data.get("object") or {}
    except (ValueError, KeyError, TypeError) as exc:
        raise WatchError(f"not a watch event: {text[:200]!r}") from exc
    metadata: dict[str, Any] = obj.get("metadata") or {}
    version = str(metadata.get("resourceVersion", ""))
    if kind == WatchEventType.ERROR:
        return ProjectEvent(kind, version, status=Status.from_dict(obj))
    if kind == WatchEventType.BOOKMARK:
        return ProjectEvent(kind, version)
    return ProjectEvent(kind, version, project=Project.from_dict(obj))


def _watch_request(  # noqa: PLR0917 - private, called twice below
    client: SyncApiClient | AsyncApiClient,
    label_selector: str | None,
    field_selector: str | None,
    resource_version: str | None,
    timeout_seconds: int | None,
    allow_watch_bookmarks: bool,
    extra_headers: Mapping[str, str] | None,
    timeout: Timeout | UseClientDefault,
) -> dict[str, Any]:
    params = watch_params(
        label_selector=label_selector,
        field_selector=field_selector,
        resource_version=resource_version,
        timeout_seconds=timeout_seconds,
        allow_watch_bookmarks=allow_watch_bookmarks,
        send_initial_events=False,
    )
    # Never retried: a watch that broke resumes from the last event's resource version instead.
    return prepare_watch(client, _list_projects._get_kwargs(), params, extra_headers, timeout)


class ProjectWatch(EventStream[ProjectEvent]):
    """Project watch events as they arrive: iterate it (`for event in watch`), and it closes its
    connection when the loop ends, breaks or raises; `close()` or a `with` block close it early."""

    def _decode(self, line: str) -> ProjectEvent | None:
        return _event(line)


class AsyncProjectWatch(AsyncEventStream[ProjectEvent]):
    """`ProjectWatch` for async clients: `async for event in watch` (the request is sent when the
    first event is asked for), `await watch.aclose()` or `async with` to end it early."""

    def _decode(self, line: str) -> ProjectEvent | None:
        return _event(line)


class ProjectsResourceMixin:
    """`client.projects.watch(...)`."""

    _client: SyncApiClient

    def watch(
        self,
        *,
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        allow_watch_bookmarks: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
    ) -> ProjectWatch:
        """Changes to the projects the selectors match, as they happen, until the server ends the watch
        (after `timeout_seconds`). Start from `resource_version` to replay what happened since.

        `GET /apis/resourcemanager.datumapis.com/v1alpha/projects?watch=true`; errors raise as the
        other methods' do (`ApiStatusError` subclasses), before the first event."""
        request = _watch_request(
            self._client,
            label_selector,
            field_selector,
            resource_version,
            timeout_seconds,
            allow_watch_bookmarks,
            extra_headers,
            timeout,
        )
        return ProjectWatch(self._client._stream(request, _list_projects._parse_response))


class AsyncProjectsResourceMixin:
    """`client.projects.watch(...)` of `AsyncDatum`: `async for event in client.projects.watch()`."""

    _client: AsyncApiClient

    def watch(
        self,
        *,
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        allow_watch_bookmarks: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
    ) -> AsyncProjectWatch:
        """`ProjectsResourceMixin.watch`, asynchronously."""
        request = _watch_request(
            self._client,
            label_selector,
            field_selector,
            resource_version,
            timeout_seconds,
            allow_watch_bookmarks,
            extra_headers,
            timeout,
        )
        return AsyncProjectWatch(lambda: self._client._stream(request, _list_projects._parse_response))
