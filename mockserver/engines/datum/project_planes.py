"""Project control planes: one per Project that exists in an organization control plane, each with its
own world of objects, serving the group documents found beside the Datum spec
(`project-control-plane/*.yaml`, each compiled on its first request) and discovery over them.

A request for a project that does not exist answers 403, as Datum's authorization answers for a
control plane the caller has no access to; a world whose Project was deleted goes with it (a new
Project of the same name starts empty).
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

import specs

from ...answer import Answer
from ...behaviour import Context
from ...compiler import Api, compile_api
from ...delegation import Delegation
from ...errors import MockError
from ...request import Request
from ...responses import negotiate
from ...security import Authenticator, authenticate
from ...spec_cache import load_spec
from ...store import Store
from ..kubernetes import KubeError, WatchLimits, failure
from ..kubernetes.behaviour import Admission, KubernetesBehaviour
from ..kubernetes.control_planes import ControlPlaneRequest
from ..kubernetes.defaulting import KindDefaults
from ..kubernetes.kinds import body_needs
from ..kubernetes.storage import StoredWorlds
from ..kubernetes.world import NAMESPACES, Controller, World
from .gateways import CONTROLLER_NAME, GATEWAY_CLASSES

__all__ = ["GATEWAY_CLASSES", "PlaneDocument", "ProjectPlanes"]

_PRESET_GATEWAY_CLASS = {
    "metadata": {"name": "datum-external-global-proxy"},
    "spec": {"controllerName": CONTROLLER_NAME},
}
_DISCOVERY = "/openapi/v3"


def _group_version(document: dict[str, Any]) -> str:
    """`apis/{group}/{version}` or `api/v1`, from the document's paths."""
    for path in document.get("paths") or {}:
        parts = path.strip("/").split("/")
        if parts[0] == "api" and len(parts) > 1:
            return "/".join(parts[:2])
        if parts[0] == "apis" and len(parts) > 2:
            return "/".join(parts[:3])
    raise specs.SpecLoadError("a project control plane document serves no /api or /apis path")


@dataclass
class PlaneDocument:
    """One group version's document: its bytes and hash for discovery, compiled when first served."""

    path: Path
    name: str
    document: dict[str, Any]
    group_version: str
    body: bytes
    hash: str
    _api: Api | None = field(default=None, repr=False)
    _behaviour: KubernetesBehaviour | None = field(default=None, repr=False)

    @classmethod
    def load(cls, path: Path, api_name: str) -> PlaneDocument:
        document = load_spec(path)
        # The hash names these exact bytes, so they are produced once, with a stable key order.
        body = orjson.dumps(document, option=orjson.OPT_SORT_KEYS)
        digest = hashlib.sha512(body).hexdigest().upper()
        return cls(path, f"{api_name}/{path.stem}", document, _group_version(document), body, digest)

    @property
    def url(self) -> str:
        return f"{_DISCOVERY}/{self.group_version}?hash={self.hash}"

    def api(self) -> Api:
        if self._api is None:
            self._api = compile_api(self.name, self.document, body_needs(self.document))
            self._api.source = self.path
        return self._api


class ProjectPlanes:
    """The project control planes of one Datum API."""

    def __init__(
        self,
        api: Api,
        state: Store,
        authenticator: Authenticator,
        limits: WatchLimits,
        project: Callable[[str], dict[str, Any] | None],
        *,
        controllers: Sequence[Controller] = (),
        admissions: dict[str, Admission] | None = None,
    ) -> None:
        base = api.source.parent if api.source is not None else specs.SPECS_DIR / api.name
        self.paths = sorted((base / "project-control-plane").glob("*.yaml"))
        self.api = api
        self.authenticator = authenticator
        self.limits = limits
        self.project = project  # the Project of that name in any organization, or None
        self.controllers = controllers
        self.admissions = admissions or {}
        self.stored = StoredWorlds(state, f"{api.name}.planes")
        self.worlds: dict[str, World] = {}
        self._documents: list[PlaneDocument] | None = None
        # What every write of a world is defaulted with, a controller's as a client's.
        self.defaults = KindDefaults(lambda: (d.document for d in self.documents))
        self._lock = threading.RLock()

    @property
    def documents(self) -> list[PlaneDocument]:
        """The group documents, read on first use (the spec cache makes that cheap)."""
        if self._documents is None:
            self._documents = [PlaneDocument.load(path, self.api.name) for path in self.paths]
        return self._documents

    def behaviour(self, document: PlaneDocument) -> KubernetesBehaviour:
        if document._behaviour is None:
            document._behaviour = KubernetesBehaviour(
                document.api(), self.world_of, self.limits, self.admissions, refresh=self.follow
            )
        return document._behaviour

    def index(self) -> dict[str, Any]:
        return {"paths": {d.group_version: {"serverRelativeURL": d.url} for d in self.documents}}

    def reset(self) -> None:
        with self._lock:
            self.stored.clear()
            self.worlds.clear()

    # -- worlds ----------------------------------------------------------------------------------

    def world_of(self, ctx: Context) -> World:
        request = ctx.request
        assert isinstance(request, ControlPlaneRequest), "project control planes are reached by prefix"
        return self.world(request.control_plane.id)

    def world(self, name: str) -> World:
        """The world of project `name` (which must exist), restored from the store or made fresh."""
        project = self.project(name)
        if project is None:
            raise KubeError(403, "Forbidden", f'projects.resourcemanager.datumapis.com "{name}" is forbidden')
        uid = str(project["metadata"].get("uid", ""))
        with self._lock:
            self.follow()
            world = self.worlds.get(name)
            if world is not None and world.owner == uid:
                return world
            stored = self.stored.ids().get(name)
            if stored is not None and stored.get("project") == uid:
                history = self.stored.restored(name, int(stored["revision"]), {"project": uid})
                world = World(
                    history,
                    kinds=(NAMESPACES, GATEWAY_CLASSES),
                    controllers=self.controllers,
                    defaults=self.defaults.apply,
                )
            else:
                if stored is not None:
                    self.stored.drop(name)  # the world of a deleted Project of the same name
                world = World.fresh(
                    self.stored.persister(name, {"project": uid}),
                    (NAMESPACES, GATEWAY_CLASSES),
                    self.controllers,
                    self.defaults.apply,
                )
                world.create(
                    NAMESPACES, {"metadata": {"name": "default"}, "spec": {}, "status": {"phase": "Active"}}
                )
                world.create(GATEWAY_CLASSES, _PRESET_GATEWAY_CLASS)
            world.owner = uid
            self.worlds[name] = world
            return world

    def follow(self) -> None:
        """Take what other processes sharing the store wrote into the worlds held here, as watch events
        (a world that cannot follow, reset or owned by a new Project of its name, is dropped: it
        reloads from the store when next asked for). Cheap when nobody else wrote."""
        with self._lock:
            if not self.stored.changed:
                return
            stored = self.stored.ids()
            for name, world in list(self.worlds.items()):
                record = stored.get(name)
                owned = record is not None and record.get("project") == world.owner
                if not (owned and record and self.stored.follow(name, world.history, record)):
                    del self.worlds[name]

    # -- requests --------------------------------------------------------------------------------

    def route(self, request: ControlPlaneRequest) -> Answer | Delegation | Request:
        """A request to a project control plane: discovery documents and the group documents' paths
        are served here, anything else goes on to the Datum spec's own routes."""
        operation = self.api.operations["listOpenApiDocuments"]
        try:
            authenticate(operation, request, self.authenticator)
            self.world(request.control_plane.id)  # 403 for a project that does not exist
        except MockError as error:
            status = failure(error.status, "Forbidden", f"forbidden: {error.detail}", {})
            return Answer(403, status, media_type="application/json")
        except KubeError as error:
            return Answer(error.code, error.status, media_type="application/json")
        path = request.path
        for document in self.documents:
            if path == f"{_DISCOVERY}/{document.group_version}":
                return self._document(request, document)
            if path.startswith(f"/{document.group_version}/"):
                return Delegation(document.api(), (self.behaviour(document),), request)
        if path.startswith(("/api/", "/apis/", _DISCOVERY + "/")):
            # A group version no document serves (Projects included: they live in the organization's
            # control plane), as the API server answers it.
            status = failure(404, "NotFound", "the server could not find the requested resource", {})
            return Answer(404, status, media_type="application/json")
        return request

    def contract(self, request: ControlPlaneRequest) -> tuple[Api, Request] | None:
        """The document whose contract covers `request` (see `Engine.contract`). Every group version's
        discovery document has the contract the Datum spec gives the organization's own."""
        path = request.path
        if path == _DISCOVERY:
            return self.api, request
        for document in self.documents:
            if path.startswith(f"/{document.group_version}/"):
                return document.api(), request
            if path == f"{_DISCOVERY}/{document.group_version}":
                own = self.api.operations["getResourceManagerOpenApiDocument"].path
                return self.api, dataclasses.replace(request, path=own)
        return None

    @staticmethod
    def _document(request: Request, document: PlaneDocument) -> Answer:
        accept = request.headers.get("accept")
        if accept and negotiate(accept, ["application/json"]) is None:
            status = failure(
                406, "NotAcceptable", "only the following media types are accepted: application/json"
            )
            return Answer(406, status, media_type="application/json")
        sent = request.query.get("hash")
        if sent and sent[-1] != document.hash:
            # Relative to the document's own URL, so it resolves behind any prefix or mount.
            location = document.url.rsplit("/", 1)[1]
            return Answer(301, headers={"location": location})  # no body
        caching = "public, immutable" if sent else "no-cache, private"
        headers = {"cache-control": caching, "etag": f'"{document.hash}"'}
        return Answer(200, document.body, headers, media_type="application/json")  # encoded already
