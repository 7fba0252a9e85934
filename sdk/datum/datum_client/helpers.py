"""Hand-written helpers for Datum Cloud control planes (copied into `datum_client` at generation).

- `organization_control_plane_url` / `project_control_plane_url`: the base URL of a control plane.
- `exchange_personal_access_token` (and `async_...`): a personal access token for a bearer token.
- `iter_projects` / `aiter_projects`: every project across `limit`/`continue` pages.
- `watch_projects` / `awatch_projects`: a watch as a stream of typed `ProjectEvent`s.
- `patch_project` / `apatch_project`: JSON patch, merge patch or apply patch, chosen by the patch's type.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx
from datum_client.api.authentication import exchange_personal_access_token as _exchange
from datum_client.api.projects import list_projects as _list_projects
from datum_client.client import AuthenticatedClient, Client
from datum_client.models.json_patch_operation import JsonPatchOperation
from datum_client.models.merge_patch import MergePatch
from datum_client.models.project import Project
from datum_client.models.project_list import ProjectList
from datum_client.models.status import Status
from datum_client.models.token_exchange_response import TokenExchangeResponse
from datum_client.models.watch_event_type import WatchEventType
from datum_client.types import UNSET, Response, Unset

__all__ = [
    "DATUM_API_HOST",
    "DatumStatusError",
    "PatchBody",
    "ProjectEvent",
    "aiter_projects",
    "apatch_project",
    "async_exchange_personal_access_token",
    "awatch_projects",
    "exchange_personal_access_token",
    "iter_projects",
    "organization_control_plane_url",
    "patch_project",
    "project_control_plane_url",
    "watch_projects",
]

DATUM_API_HOST = "https://api.datum.net"
_GROUP_VERSION = "apis/resourcemanager.datumapis.com/v1alpha"
_PROJECTS = f"/{_GROUP_VERSION}/projects"

AnyClient: TypeAlias = AuthenticatedClient | Client
# A JSON patch (a list of operations), a merge patch (a mapping) or an apply patch (YAML text).
PatchBody: TypeAlias = Sequence[JsonPatchOperation | Mapping[str, Any]] | Mapping[str, Any] | MergePatch | str


class DatumStatusError(Exception):
    """A control plane answered a Kubernetes `Status` failure (or no parsable answer at all)."""

    def __init__(self, status_code: int, status: Status | None, content: bytes = b"") -> None:
        self.status_code = status_code
        self.status = status
        self.reason = status.reason if status is not None and isinstance(status.reason, str) else None
        message = status.message if status is not None and isinstance(status.message, str) else content[:200]
        super().__init__(f"{status_code} {self.reason or ''}: {message!r}".replace("  ", " "))


def _failure(response: httpx.Response) -> DatumStatusError:
    try:
        data = response.json()
    except ValueError:
        return DatumStatusError(response.status_code, None, response.content)
    status = Status.from_dict(data) if isinstance(data, dict) else None
    return DatumStatusError(response.status_code, status, response.content)


def organization_control_plane_url(organization_id: str, *, host: str = DATUM_API_HOST) -> str:
    """`https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/organizations/<id>/control-plane`."""
    return (
        f"{host.rstrip('/')}/{_GROUP_VERSION}/organizations/{quote(organization_id, safe='')}/control-plane"
    )


def project_control_plane_url(project_id: str, *, host: str = DATUM_API_HOST) -> str:
    """`https://api.datum.net/apis/resourcemanager.datumapis.com/v1alpha/projects/<id>/control-plane`."""
    return f"{host.rstrip('/')}/{_GROUP_VERSION}/projects/{quote(project_id, safe='')}/control-plane"


# -- tokens ----------------------------------------------------------------------------------------


def _token(response: Response[TokenExchangeResponse | Any]) -> str:
    if isinstance(response.parsed, TokenExchangeResponse):
        return str(response.parsed.access_token)
    raise DatumStatusError(int(response.status_code), None, response.content)


def exchange_personal_access_token(
    personal_access_token: str, *, host: str = DATUM_API_HOST, timeout: float = 30.0
) -> str:
    """A short-lived bearer token for the control planes (what `datumctl auth get-token` prints)."""
    with AuthenticatedClient(base_url=host, token=personal_access_token, timeout=httpx.Timeout(timeout)) as c:
        return _token(_exchange.sync_detailed(client=c))


async def async_exchange_personal_access_token(
    personal_access_token: str, *, host: str = DATUM_API_HOST, timeout: float = 30.0
) -> str:
    """`exchange_personal_access_token`, asynchronously."""
    async with AuthenticatedClient(
        base_url=host, token=personal_access_token, timeout=httpx.Timeout(timeout)
    ) as c:
        return _token(await _exchange.asyncio_detailed(client=c))


# -- paging ----------------------------------------------------------------------------------------


def _page(response: Response[ProjectList | Status]) -> ProjectList:
    if isinstance(response.parsed, ProjectList):
        return response.parsed
    status = response.parsed if isinstance(response.parsed, Status) else None
    raise DatumStatusError(int(response.status_code), status, response.content)


def _next(page: ProjectList) -> str | None:
    metadata = page.metadata
    if metadata is None or not metadata.continue_:
        return None
    return metadata.continue_


def iter_projects(
    client: AnyClient,
    *,
    label_selector: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    page_size: int = 100,
) -> Iterator[Project]:
    """Every project the selectors match, fetching `page_size` at a time (one consistent snapshot)."""
    token: str | Unset = UNSET
    while True:
        page = _page(
            _list_projects.sync_detailed(
                client=client,
                label_selector=label_selector,
                field_selector=field_selector,
                limit=page_size,
                continue_=token,
            )
        )
        yield from page.items
        following = _next(page)
        if following is None:
            return
        token = following


async def aiter_projects(
    client: AnyClient,
    *,
    label_selector: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    page_size: int = 100,
) -> AsyncIterator[Project]:
    """`iter_projects`, asynchronously."""
    token: str | Unset = UNSET
    while True:
        page = _page(
            await _list_projects.asyncio_detailed(
                client=client,
                label_selector=label_selector,
                field_selector=field_selector,
                limit=page_size,
                continue_=token,
            )
        )
        for project in page.items:
            yield project
        following = _next(page)
        if following is None:
            return
        token = following


# -- watching --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectEvent:
    """One watch event: `project` for ADDED/MODIFIED/DELETED, `status` for ERROR, and for every event
    the resource version to resume a watch from."""

    type: WatchEventType
    resource_version: str
    project: Project | None = None
    status: Status | None = None


def _event(line: bytes | str) -> ProjectEvent | None:
    text = line.decode("utf-8") if isinstance(line, bytes) else line
    if not text.strip():
        return None
    data = json.loads(text)
    kind = WatchEventType(data["type"])
    obj: dict[str, Any] = data.get("object") or {}
    version = str((obj.get("metadata") or {}).get("resourceVersion", ""))
    if kind == WatchEventType.ERROR:
        return ProjectEvent(kind, version, status=Status.from_dict(obj))
    if kind == WatchEventType.BOOKMARK:
        return ProjectEvent(kind, version)
    return ProjectEvent(kind, version, project=Project.from_dict(obj))


def _watch_params(
    *,
    label_selector: str | None,
    field_selector: str | None,
    resource_version: str | None,
    timeout_seconds: int | None,
    send_initial_events: bool,
    allow_watch_bookmarks: bool,
) -> dict[str, str]:
    params = {"watch": "true"}
    optional = {
        "labelSelector": label_selector,
        "fieldSelector": field_selector,
        "resourceVersion": resource_version,
        "timeoutSeconds": str(timeout_seconds) if timeout_seconds is not None else None,
    }
    params.update({key: value for key, value in optional.items() if value is not None})
    if send_initial_events:
        params["sendInitialEvents"] = "true"
    if allow_watch_bookmarks:
        params["allowWatchBookmarks"] = "true"
    return params


def watch_projects(
    client: AnyClient,
    *,
    label_selector: str | None = None,
    field_selector: str | None = None,
    resource_version: str | None = None,
    timeout_seconds: int | None = None,
    send_initial_events: bool = False,
    allow_watch_bookmarks: bool = False,
) -> Iterator[ProjectEvent]:
    """Changes to the projects the selectors match, as they happen, until the server ends the watch
    (after `timeout_seconds`). Start from `resource_version` to replay what happened since."""
    params = _watch_params(
        label_selector=label_selector,
        field_selector=field_selector,
        resource_version=resource_version,
        timeout_seconds=timeout_seconds,
        send_initial_events=send_initial_events,
        allow_watch_bookmarks=allow_watch_bookmarks,
    )
    headers = {"Accept": "application/x-ndjson, application/json"}
    timeout = httpx.Timeout(30.0, read=None)  # a quiet watch is not a dead one
    with client.get_httpx_client().stream(
        "GET", _PROJECTS, params=params, headers=headers, timeout=timeout
    ) as response:
        if response.status_code != 200:
            response.read()
            raise _failure(response)
        for line in response.iter_lines():
            event = _event(line)
            if event is not None:
                yield event


async def awatch_projects(
    client: AnyClient,
    *,
    label_selector: str | None = None,
    field_selector: str | None = None,
    resource_version: str | None = None,
    timeout_seconds: int | None = None,
    send_initial_events: bool = False,
    allow_watch_bookmarks: bool = False,
) -> AsyncIterator[ProjectEvent]:
    """`watch_projects`, asynchronously."""
    params = _watch_params(
        label_selector=label_selector,
        field_selector=field_selector,
        resource_version=resource_version,
        timeout_seconds=timeout_seconds,
        send_initial_events=send_initial_events,
        allow_watch_bookmarks=allow_watch_bookmarks,
    )
    headers = {"Accept": "application/x-ndjson, application/json"}
    timeout = httpx.Timeout(30.0, read=None)
    async with client.get_async_httpx_client().stream(
        "GET", _PROJECTS, params=params, headers=headers, timeout=timeout
    ) as response:
        if response.status_code != 200:
            await response.aread()
            raise _failure(response)
        async for line in response.aiter_lines():
            event = _event(line)
            if event is not None:
                yield event


# -- patching --------------------------------------------------------------------------------------


def _patch_request(name: str, patch: PatchBody, status: bool, dry_run: bool) -> dict[str, Any]:
    url = f"{_PROJECTS}/{quote(name, safe='')}" + ("/status" if status else "")
    params = {"dryRun": "All"} if dry_run else {}
    if isinstance(patch, str):
        return {
            "url": url,
            "params": {**params, "fieldManager": "datum-client"},
            "content": patch.encode("utf-8"),
            "headers": {"Content-Type": "application/apply-patch+yaml"},
        }
    if isinstance(patch, MergePatch):
        body: Any = patch.to_dict()
        media = "application/merge-patch+json"
    elif isinstance(patch, Mapping):
        body, media = dict(patch), "application/merge-patch+json"
    else:
        body = [op.to_dict() if isinstance(op, JsonPatchOperation) else dict(op) for op in patch]
        media = "application/json-patch+json"
    return {"url": url, "params": params, "json": body, "headers": {"Content-Type": media}}


def _patched(response: httpx.Response) -> Project:
    if response.status_code == 200:
        return Project.from_dict(response.json())
    raise _failure(response)


def patch_project(
    client: AnyClient, name: str, patch: PatchBody, *, status: bool = False, dry_run: bool = False
) -> Project:
    """Patch a project (its status subresource with `status=True`): a list of operations is a JSON
    patch, a mapping or `MergePatch` a merge patch, a string an apply patch (YAML)."""
    return _patched(
        client.get_httpx_client().request("PATCH", **_patch_request(name, patch, status, dry_run))
    )


async def apatch_project(
    client: AnyClient, name: str, patch: PatchBody, *, status: bool = False, dry_run: bool = False
) -> Project:
    """`patch_project`, asynchronously."""
    request = _patch_request(name, patch, status, dry_run)
    return _patched(await client.get_async_httpx_client().request("PATCH", **request))
