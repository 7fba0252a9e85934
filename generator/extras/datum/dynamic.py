"""The dynamic client: any kind a control plane serves, found at run time through its OpenAPI
discovery (copied into `datum_client` at generation).

    from datum_client.dynamic import DynamicClient

    dynamic = DynamicClient(datum.project("p1"))
    networks = dynamic.resources("networking.datumapis.com/v1alpha", "networks")
    networks.create({"metadata": {"name": "default"}, "spec": {"ipam": {"mode": "Auto"}}})

It reads the control plane's `/openapi/v3` map, then the document of the group version asked for
(kept by its `?hash=`: a document is fetched once per hash, and a 301 on a stale hash is followed to
the current one), finds the kind's paths and schema there, and offers list/get/create/replace/patch/
delete/watch over plain dicts, checked against the discovered schema before they are sent. Errors
are the SDK's own (`NotFoundError`, `ConflictError`, ...), as for the typed resources.
`datum_client.dynamic_async.AsyncDynamicClient` is the same for `AsyncDatum`.
"""

# The dynamic client sends through the typed client's request plumbing, private to the package.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx
from datum_client._runtime import watch as _watch
from datum_client._runtime.calls import DEFAULT, error_from
from datum_client._runtime.client import SyncApiClient
from datum_client._runtime.errors import ApiError
from datum_client.schema_validation import SchemaValidator, check_object

__all__ = ["DynamicClient", "DynamicResource", "KindNotServedError", "PatchType", "ResourceKind"]

PatchType = Literal["merge", "json", "apply"]
_PATCH_TYPES = {
    "merge": "application/merge-patch+json",
    "json": "application/json-patch+json",
    "apply": "application/apply-patch+yaml",
}
_MAX_REDIRECTS = 3


class KindNotServedError(ApiError, LookupError):
    """The control plane serves no such group version, or no such resource in it."""


@dataclass(frozen=True)
class ResourceKind:
    """A kind as its group version's document describes it."""

    group_version: str
    plural: str
    kind: str
    namespaced: bool
    has_status: bool
    collection_path: str  # `/apis/<g>/<v>/namespaces/{namespace}/<plural>` or `/apis/<g>/<v>/<plural>`
    schema: Mapping[str, Any]
    validator: SchemaValidator

    @property
    def api_version(self) -> str:
        return self.group_version

    def collection(self, namespace: str) -> str:
        return self.collection_path.replace("{namespace}", quote(namespace, safe=""))

    def item(self, namespace: str, name: str) -> str:
        return f"{self.collection(namespace)}/{quote(name, safe='')}"


def _api_path(group_version: str) -> str:
    """`networking.datumapis.com/v1alpha` -> `/apis/networking.datumapis.com/v1alpha`; `v1` -> `/api/v1`."""
    return f"/apis/{group_version}" if "/" in group_version else f"/api/{group_version}"


def _discovery_key(group_version: str) -> str:
    return _api_path(group_version).lstrip("/")


def _at(value: Any, *keys: str) -> Any:
    """`value[key][key]...` of a JSON value, or None where a step is missing or not an object."""
    for key in keys:
        if not isinstance(value, Mapping):
            return None
        value = cast("Mapping[str, Any]", value).get(key)
    return value


def _find_kind(document: Mapping[str, Any], group_version: str, plural: str) -> ResourceKind:
    base = _api_path(group_version)
    paths: Mapping[str, Any] = _at(document, "paths") or {}
    namespaced = f"{base}/namespaces/{{namespace}}/{plural}"
    path = namespaced if namespaced in paths else f"{base}/{plural}"
    create: Any = _at(paths, path, "post")
    if not isinstance(create, Mapping):
        raise KindNotServedError(f"{group_version} serves no resource {plural!r}")
    validator = SchemaValidator(document)
    schema: Any = validator.resolve(_json_body_schema(document, create))
    kind = str(_at(create, "x-kubernetes-group-version-kind", "kind") or "")
    if not kind:  # a document without the extension on operations: the schema's
        kinds: list[Any] = _at(schema, "x-kubernetes-group-version-kind") or []
        kind = next((str(_at(entry, "kind")) for entry in kinds), "")
    return ResourceKind(
        group_version=group_version,
        plural=plural,
        kind=kind,
        namespaced=path == namespaced,
        has_status=f"{path}/{{name}}/status" in paths,
        collection_path=path,
        schema=cast("Mapping[str, Any]", schema) if isinstance(schema, Mapping) else {},
        validator=validator,
    )


def _json_body_schema(document: Mapping[str, Any], operation: Any) -> Any:
    """The JSON schema of an operation's request body (following a `requestBodies` reference)."""
    body: Any = _at(operation, "requestBody")
    reference = _at(body, "$ref")
    if reference is not None:
        body = _at(document, "components", "requestBodies", str(reference).rsplit("/", 1)[-1])
    return _at(body, "content", "application/json", "schema") or {}


def _request(method: str, url: str, params: Mapping[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"method": method, "url": url}
    if params:
        kwargs["params"] = {k: v for k, v in params.items() if v is not None}
    kwargs.update(extra)
    return kwargs


def _parse(*, client: Any, response: httpx.Response) -> Any:
    """2xx bodies and error `Status` objects as plain JSON values (None when not JSON)."""
    try:
        return response.json()
    except ValueError:
        return None


def _body(kind: ResourceKind, body: Mapping[str, Any], namespace: str | None) -> dict[str, Any]:
    """`body` completed with apiVersion, kind (and namespace), then checked against the schema."""
    value: dict[str, Any] = {"apiVersion": kind.api_version, "kind": kind.kind, **body}
    metadata: dict[str, Any] = dict(_at(value, "metadata") or {})
    if kind.namespaced and namespace is not None:
        value["metadata"] = metadata = {**metadata, "namespace": namespace}
    check_object(kind.validator, value, kind.schema, f"{kind.kind} {metadata.get('name') or ''}".strip())
    return value


def _patch_request(
    kind: ResourceKind,
    url: str,
    body: Any,
    *,
    patch_type: PatchType,
    field_manager: str | None,
    force: bool | None,
) -> dict[str, Any]:
    if patch_type not in _PATCH_TYPES:
        raise ValueError(f"patch_type must be one of {sorted(_PATCH_TYPES)}, not {patch_type!r}")
    if patch_type == "apply":
        # An apply patch is YAML; JSON is YAML. The server requires a field manager for it.
        content = (
            body
            if isinstance(body, str)
            else json.dumps({"apiVersion": kind.api_version, "kind": kind.kind, **body})
        )
        field_manager = field_manager or "datum-client"
    else:
        content = json.dumps(body)
    params = {"fieldManager": field_manager, "force": None if force is None else str(force).lower()}
    return _request(
        "PATCH",
        url,
        params,
        content=content.encode("utf-8"),
        headers={"Content-Type": _PATCH_TYPES[patch_type]},
    )


class _Documents:
    """The discovery map and the documents fetched so far, by their hash-carrying URLs."""

    def __init__(self) -> None:
        self.urls: dict[str, str] | None = None  # discovery key -> serverRelativeURL
        self.documents: dict[str, Mapping[str, Any]] = {}  # serverRelativeURL -> document
        self.kinds: dict[tuple[str, str], ResourceKind] = {}

    def url_of(self, group_version: str) -> str:
        assert self.urls is not None
        key = _discovery_key(group_version)
        if key not in self.urls:
            served = ", ".join(sorted(self.urls)) or "none"
            raise KindNotServedError(f"the control plane serves no {group_version} (it serves: {served})")
        return self.urls[key]

    def remember(self, group_version: str, url: str, document: Mapping[str, Any]) -> None:
        assert self.urls is not None
        self.urls[_discovery_key(group_version)] = url
        self.documents[url] = document


def _discovery_urls(answer: Any) -> dict[str, str]:
    paths: Any = _at(answer, "paths")
    if not isinstance(paths, Mapping):
        raise KindNotServedError("the control plane's /openapi/v3 answer has no `paths` map")
    found = cast("Mapping[str, Any]", paths)
    return {
        key: str(_at(entry, "serverRelativeURL"))
        for key, entry in found.items()
        if isinstance(entry, Mapping)
    }


class DynamicClient:
    """Kinds found at run time on the control plane `client` points at (a `Datum`, for instance
    `datum.project("p1")`); shares its connections, token and retries."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client
        self._cache = _Documents()

    def _send(self, kwargs: dict[str, Any]) -> httpx.Response:
        return self._client._send(
            self._client._prepare(kwargs, None, None, None, DEFAULT, DEFAULT), stream=False
        )

    def _call(self, kwargs: dict[str, Any]) -> Any:
        return self._client._call(kwargs, _parse, None, None, None, DEFAULT, DEFAULT)

    def refresh(self) -> None:
        """Forget the discovery map (documents stay cached by hash)."""
        self._cache.urls = None
        self._cache.kinds.clear()

    def group_versions(self) -> list[str]:
        """The group versions served (`v1`, `networking.datumapis.com/v1alpha`, ...), sorted."""
        if self._cache.urls is None:
            self._cache.urls = _discovery_urls(self._call(_request("GET", "/openapi/v3")))
        return sorted(key.split("/", 1)[1] for key in self._cache.urls)

    def document(self, group_version: str) -> Mapping[str, Any]:
        """The OpenAPI document of `group_version` (fetched once per hash)."""
        self.group_versions()
        url = self._cache.url_of(group_version)
        for _ in range(_MAX_REDIRECTS):
            if url in self._cache.documents:
                return self._cache.documents[url]
            response = self._send(_request("GET", url))
            if response.status_code in {301, 302, 307, 308} and "location" in response.headers:
                url = response.headers["location"]  # a stale hash: the current document's URL
                continue
            if not 200 <= response.status_code < 300:
                raise error_from(self._client.parse_client, response, _parse)
            self._cache.remember(group_version, url, response.json())
            return self._cache.documents[url]
        raise KindNotServedError(f"too many redirects fetching the document of {group_version}")

    def resources(self, group_version: str, plural: str) -> DynamicResource:
        """The resource `plural` of `group_version`:
        `resources("networking.datumapis.com/v1alpha", "networks")`."""
        key = (group_version, plural)
        if key not in self._cache.kinds:
            self._cache.kinds[key] = _find_kind(self.document(group_version), group_version, plural)
        return DynamicResource(self, self._cache.kinds[key])


class DynamicResource:
    """list/get/create/replace/patch/delete/watch of one kind, over plain dicts."""

    def __init__(self, owner: DynamicClient, kind: ResourceKind) -> None:
        self._owner = owner
        self.kind = kind

    def list(
        self,
        *,
        namespace: str = "default",
        label_selector: str | None = None,
        field_selector: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Every object the selectors match, across pages of `limit`."""
        items: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            params: dict[str, Any] = {
                "labelSelector": label_selector,
                "fieldSelector": field_selector,
                "limit": limit,
                "continue": token,
            }
            page: Any = self._owner._call(_request("GET", self.kind.collection(namespace), params))
            items.extend(_at(page, "items") or [])
            token = _at(page, "metadata", "continue") or None
            if not token:
                return items

    def get(self, name: str, *, namespace: str = "default") -> dict[str, Any]:
        result: dict[str, Any] = self._owner._call(_request("GET", self.kind.item(namespace, name)))
        return result

    def create(
        self, body: Mapping[str, Any], *, namespace: str = "default", dry_run: bool = False
    ) -> dict[str, Any]:
        """Create the object; raises `ValidationError` before sending when it does not fit the schema."""
        value = _body(self.kind, body, namespace)
        params = {"dryRun": "All" if dry_run else None}
        result: dict[str, Any] = self._owner._call(
            _request("POST", self.kind.collection(namespace), params, json=value)
        )
        return result

    def replace(self, name: str, body: Mapping[str, Any], *, namespace: str = "default") -> dict[str, Any]:
        value = _body(self.kind, body, namespace)
        result: dict[str, Any] = self._owner._call(
            _request("PUT", self.kind.item(namespace, name), json=value)
        )
        return result

    def patch(
        self,
        name: str,
        body: Any,
        *,
        namespace: str = "default",
        patch_type: PatchType = "merge",
        field_manager: str | None = None,
        force: bool | None = None,
    ) -> dict[str, Any]:
        """A JSON merge patch (a mapping), a JSON patch (a list of operations), or an apply patch
        (a mapping or YAML text)."""
        kwargs = _patch_request(
            self.kind,
            self.kind.item(namespace, name),
            body,
            patch_type=patch_type,
            field_manager=field_manager,
            force=force,
        )
        result: dict[str, Any] = self._owner._call(kwargs)
        return result

    def delete(
        self, name: str, *, namespace: str = "default", propagation_policy: str | None = None
    ) -> dict[str, Any]:
        """Delete the object; the answer is a `Status` (or the object, while finalizers hold it)."""
        params = {"propagationPolicy": propagation_policy}
        result: dict[str, Any] = self._owner._call(
            _request("DELETE", self.kind.item(namespace, name), params)
        )
        return result

    def watch(
        self,
        *,
        namespace: str = "default",
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        send_initial_events: bool = False,
    ) -> _watch.Watch[dict[str, Any]]:
        """Changes as they happen: `Event`s whose `object` is the plain dict."""
        params = _watch.watch_params(
            label_selector=label_selector,
            field_selector=field_selector,
            resource_version=resource_version,
            timeout_seconds=timeout_seconds,
            allow_watch_bookmarks=False,
            send_initial_events=send_initial_events,
        )
        return _watch.sync_watch(
            self._owner._client,
            _request("GET", self.kind.collection(namespace)),
            _parse,
            dict,
            params,
            None,
            DEFAULT,
        )
