"""The Datum engine's behaviour: the ten Project operations, discovery and the token exchange."""

from __future__ import annotations

import copy
import secrets
from collections.abc import Callable, Mapping
from typing import Any

import orjson

from ...behaviour import Context
from ...compiler import Api, BodyNeeds
from ...request import Request
from ...responses import MockResponse, negotiate
from ...store import Delete, Put, Record, Store, VersionConflictError
from .admission import USER_METADATA, ProjectValidator, prune
from .auth import DatumAuthenticator
from .control_planes import ControlPlane, ControlPlanes, is_label_value
from .discovery import Discovery
from .paging import ContinueToken
from .patching import apply_patch as apply_any_patch
from .patching import merge_patch
from .seeding import plan_seed
from .selectors import LabelRequirement, Selector, parse_field_selector, parse_label_selector
from .statuses import GROUP, RESOURCE, KubeError, success
from .store import ORGANIZATION_LABEL, PROJECTS, REVISIONS, ProjectStore, set_condition
from .watch import WatchLimits, watch_events

__all__ = ["BODY_NEEDS", "DatumBehaviour"]


_SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"  # Kubernetes' generateName alphabet (no vowels)
_MAX_GENERATED_PREFIX = 58  # 63 minus the five-character suffix, as Kubernetes truncates
# Bodies of these operations are checked by the engine itself: a Project that breaks the schema is
# 422 Invalid with one cause per field in Kubernetes, not the generic 400 of the validation stage.
_PROJECT_BODIES = ("createProject", "replaceProject", "replaceProjectStatus")
_WATCH_MEDIA = ("application/x-ndjson", "application/json")
# What the engine declares to the compiler: the validation stage parses these bodies, the engine checks.
BODY_NEEDS = {operation_id: BodyNeeds(checked=False) for operation_id in _PROJECT_BODIES}


def _flag(value: Any) -> bool:
    return value is True


class DatumBehaviour:
    """Answers every Datum operation; one `ProjectStore` per organization control plane."""

    def __init__(
        self, api: Api, authenticator: DatumAuthenticator, limits: WatchLimits, state: Store
    ) -> None:
        self.api = api
        self.authenticator = authenticator
        self.limits = limits
        self.state = state
        self.namespace = api.name
        self.planes = ControlPlanes(api.document)
        self.discovery = Discovery(api.document)
        self.stores: dict[str, ProjectStore] = {}
        self._revision = -1  # the store's revision of our namespace that `stores` reflects
        # The compiler left these bodies unchecked (`BODY_NEEDS`); their spec validator is the engine's.
        validator = next(
            (m.validator for op in _PROJECT_BODIES for m in api.operations[op].body.values() if m.validator),
            None,
        )
        assert validator is not None, "the Project request bodies have no schema"
        self.validator = ProjectValidator(validator)
        self.handlers: dict[str, Callable[[Context, ControlPlane], MockResponse]] = {
            "listProjects": self.list_projects,
            "deleteProjectCollection": self.delete_collection,
            "createProject": self.create,
            "readProject": self.read,
            "readProjectStatus": self.read,
            "replaceProject": self.replace,
            "replaceProjectStatus": self.replace,
            "patchProject": self.patch,
            "patchProjectStatus": self.patch,
            "deleteProject": self.delete,
            "listOpenApiDocuments": self.list_documents,
            "getResourceManagerOpenApiDocument": self.get_document,
            "exchangePersonalAccessToken": self.exchange_token,
        }

    # -- engine hooks ----------------------------------------------------------------------------

    def __call__(self, ctx: Context) -> MockResponse | None:
        handler = self.handlers.get(ctx.operation.operation_id)
        if handler is None:
            return None
        self.sync()
        plane = self.planes.of(ctx.request)
        try:
            return handler(ctx, plane)
        except KubeError as error:
            return ctx.respond(status=error.code, body=error.status)

    def unmatched(self, request: Request) -> MockResponse | Request | None:
        stripped = self.planes.strip(request)
        if stripped is None:
            return None
        plane = stripped.control_plane
        if plane.kind == "organization" and not is_label_value(plane.id):
            error = KubeError.bad_request(f'invalid organization ID "{plane.id}"')
            return MockResponse(400, orjson.dumps(error.status), "application/json")
        return stripped

    def reset(self) -> None:
        self.state.clear(self.namespace)
        self.authenticator.reset()
        self._load()

    # -- state -----------------------------------------------------------------------------------

    def sync(self) -> None:
        """Reload when the store changed behind the in-memory control planes (cheap when not)."""
        if self.state.revision(self.namespace) != self._revision:
            self._load()

    @property
    def default_organization(self) -> str:
        return self.planes.default.id

    def seed(self, collections: Mapping[str, Any]) -> Callable[[], dict[str, list[str]]]:
        return plan_seed(self, self.api.name, collections)

    def _load(self) -> None:
        """Rebuild every organization's control plane from the store (start, reset, another writer)."""
        self._revision = self.state.revision(self.namespace)
        revisions = {r.id: int(r.body["revision"]) for r in self.state.list(self.namespace, REVISIONS)}
        projects: dict[str, list[dict[str, Any]]] = {}
        for record in self.state.list(self.namespace, PROJECTS):
            projects.setdefault(record.parent, []).append(record.body)
        self.stores = {  # a copy that can follow what another process wrote keeps its history
            organization: store
            if (store := self.stores.get(organization))
            and store.absorb(projects.get(organization, []), revision)
            else ProjectStore.restored(
                organization, projects.get(organization, []), revision, self._persister(organization)
            )
            for organization, revision in revisions.items()
        }

    def _persister(self, organization: str) -> Callable[[str, dict[str, Any] | None, int], None]:
        def persist(name: str, project: dict[str, Any] | None, revision: int) -> None:
            key = f"{organization}/{name}"
            change = (
                Put(PROJECTS, Record(key, organization, project))
                if project is not None
                else Delete(PROJECTS, key)
            )
            counter = Put(REVISIONS, Record(organization, "", {"revision": revision}))
            try:
                # At the revision the control planes reflect: a stale decision is refused, not stored.
                self._revision = self.state.apply(self.namespace, (change, counter), at=self._revision)
            except VersionConflictError:
                self._revision = -1  # another process wrote first: reload, and decide again (`ApiHandler`)
                raise

        return persist

    def project_store(self, organization: str) -> ProjectStore:
        store = self.stores.get(organization)
        if store is None:
            store = self.stores[organization] = ProjectStore(
                organization, persist=self._persister(organization)
            )
        return store

    # -- helpers ---------------------------------------------------------------------------------

    def _store(self, plane: ControlPlane) -> ProjectStore:
        if plane.kind != "organization":
            # A project control plane serves the project's resources, not Projects.
            raise KubeError(404, "NotFound", "the server could not find the requested resource")
        return self.project_store(plane.id)

    @staticmethod
    def _dry_run(ctx: Context) -> bool:
        return ctx.params.query.get("dryRun") == "All"

    @staticmethod
    def _existing(store: ProjectStore, name: str) -> dict[str, Any]:
        current = store.get(name)
        if current is None:
            raise KubeError.not_found(name)
        return current

    @staticmethod
    def _check_version(sent: Any, current: dict[str, Any], name: str) -> None:
        if sent and sent != current["metadata"]["resourceVersion"]:
            raise KubeError.conflict(name)

    def _selector(self, ctx: Context, store: ProjectStore) -> tuple[Selector, bool]:
        """The request's selectors with the organization's own requirement forced in."""
        query = ctx.params.query
        labels = parse_label_selector(query.get("labelSelector", ""))
        fields = parse_field_selector(query.get("fieldSelector", ""))
        forced = LabelRequirement(ORGANIZATION_LABEL, "=", frozenset({store.organization}))
        return Selector((*labels, forced), fields), bool(labels or fields)

    # -- projects --------------------------------------------------------------------------------

    def list_projects(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        store.reconcile()  # before reading the revision: the list's version covers its items
        query = ctx.params.query
        selector, narrowed = self._selector(ctx, store)
        if _flag(query.get("watch")):
            return self._watch(ctx, store, selector)
        revision, start = store.revision, ""
        if query.get("continue"):
            token = ContinueToken.decode(query["continue"])
            revision, start = min(token.revision, store.revision), token.start
        elif query.get("resourceVersionMatch") == "Exact" and str(query.get("resourceVersion", "")).isdigit():
            revision = min(int(query["resourceVersion"]), store.revision)
        if revision < store.compacted:
            raise KubeError.expired(
                "The provided continue parameter is too old to display a consistent list result. "
                "You can start a new list without the continue parameter."
            )
        items = [
            p for p in store.snapshot(revision) if p["metadata"]["name"] >= start and selector.matches(p)
        ]
        limit = query.get("limit") or 0
        page, rest = (items[:limit], items[limit:]) if limit > 0 else (items, [])
        metadata: dict[str, Any] = {"resourceVersion": str(revision)}
        if rest:
            metadata["continue"] = ContinueToken(revision, rest[0]["metadata"]["name"]).encode()
            if not narrowed:  # Kubernetes only counts what is left when no selector filters it
                metadata["remainingItemCount"] = len(rest)
        body = {"apiVersion": "resourcemanager.datumapis.com/v1alpha", "kind": "ProjectList"}
        return ctx.respond(status=200, body={**body, "metadata": metadata, "items": page})

    def _watch(self, ctx: Context, store: ProjectStore, selector: Selector) -> MockResponse:
        accept = ctx.request.headers.get("accept")
        media_type = negotiate(accept, list(_WATCH_MEDIA)) if accept else _WATCH_MEDIA[0]
        if media_type is not None and accept and negotiate(accept, [_WATCH_MEDIA[0]]):
            media_type = _WATCH_MEDIA[0]  # newline-delimited JSON whenever the client takes it
        if media_type is None:
            raise KubeError(400, "BadRequest", f"cannot stream watch events as any of: {accept}")
        query = ctx.params.query
        requested = str(query.get("resourceVersion", ""))
        start = int(requested) if requested.isdigit() and int(requested) > 0 else store.revision
        stream = watch_events(
            store,
            selector,
            min(start, store.revision),
            self.limits.seconds(query.get("timeoutSeconds")),
            initial_events=_flag(query.get("sendInitialEvents")),
            bookmarks=_flag(query.get("allowWatchBookmarks")),
            refresh=self.sync,  # events other processes sharing the store wrote
        )
        return MockResponse(200, media_type=media_type, stream=stream)

    def delete_collection(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        selector, _ = self._selector(ctx, store)
        if not self._dry_run(ctx):
            for project in store.snapshot():
                if selector.matches(project):
                    store.delete(project["metadata"]["name"])
        return ctx.respond(status=200, body=success({"group": GROUP, "kind": RESOURCE}))

    def create(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        body = ctx.params.body
        metadata = body.get("metadata") if isinstance(body, dict) else None
        self.validator.check(body, str(metadata.get("name", "")) if isinstance(metadata, dict) else "")
        project = prune(body)
        metadata = project["metadata"]
        if not metadata.get("name"):
            prefix = metadata["generateName"][:_MAX_GENERATED_PREFIX]
            metadata["name"] = prefix + "".join(secrets.choice(_SUFFIX_ALPHABET) for _ in range(5))
        name = metadata["name"]
        if store.get(name) is not None:
            raise KubeError.already_exists(name)
        # Status is the controller's: what the request says is dropped, as for any status subresource.
        project["status"] = {}
        set_condition(project, "False", "Provisioning", "The project's control plane is being provisioned.")
        if self._dry_run(ctx):
            preview = copy.deepcopy(project)
            preview["metadata"].update(generation=1, uid="", creationTimestamp=None)
            preview["metadata"] = {k: v for k, v in preview["metadata"].items() if v}
            preview["metadata"].setdefault("labels", {})[ORGANIZATION_LABEL] = store.organization
            preview.update(apiVersion="resourcemanager.datumapis.com/v1alpha", kind="Project")
            return ctx.respond(status=201, body=preview)
        return ctx.respond(status=201, body=store.create(project))

    def read(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        return ctx.respond(status=200, body=self._existing(store, ctx.params.path["name"]))

    def replace(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        name = ctx.params.path["name"]
        current = self._existing(store, name)
        body = ctx.params.body
        if isinstance(body, dict) and isinstance(body.get("metadata"), dict):
            sent = body["metadata"].get("name")
            if sent and sent != name:
                raise KubeError.bad_request(
                    f"the name of the object ({sent}) does not match the name on the URL ({name})"
                )
            body = {**body, "metadata": {**body["metadata"], "name": name}}
        self.validator.check(body, name)
        self._check_version(body["metadata"].get("resourceVersion"), current, name)
        return self._write(ctx, store, current, prune(body))

    def patch(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        name = ctx.params.path["name"]
        current = self._existing(store, name)
        patched = apply_any_patch(current, ctx.params.media_type, ctx.params.body)
        metadata = patched.get("metadata")
        if not isinstance(metadata, dict) or metadata.get("name") != name:
            cause = {"reason": "FieldValueInvalid", "message": "field is immutable", "field": "metadata.name"}
            raise KubeError.invalid(name, [cause])
        self.validator.check(patched, name)
        self._check_version(metadata.get("resourceVersion"), current, name)
        return self._write(ctx, store, current, prune(patched))

    def _write(
        self, ctx: Context, store: ProjectStore, current: dict[str, Any], wanted: dict[str, Any]
    ) -> MockResponse:
        """Apply `wanted` to the main resource or, on `/status`, to the status only."""
        updated = copy.deepcopy(current)
        if ctx.operation.path.endswith("/status"):
            updated["status"] = wanted.get("status", {})
        else:
            for key in USER_METADATA:
                if key == "name":
                    continue
                if key in wanted["metadata"]:
                    updated["metadata"][key] = wanted["metadata"][key]
                else:
                    updated["metadata"].pop(key, None)
            if wanted["spec"] != current["spec"]:
                updated["spec"] = wanted["spec"]
                updated["metadata"]["generation"] = current["metadata"].get("generation", 1) + 1
        self.validator.check(updated, current["metadata"]["name"])
        if self._dry_run(ctx) or updated == current:
            return ctx.respond(status=200, body=merge_patch(current, {"metadata": {}}) | updated)
        return ctx.respond(status=200, body=store.update(updated))

    def delete(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        store = self._store(plane)
        name = ctx.params.path["name"]
        current = self._existing(store, name)
        options = ctx.params.body if isinstance(ctx.params.body, dict) else {}
        preconditions = options.get("preconditions") or {}
        if preconditions.get("uid") and preconditions["uid"] != current["metadata"]["uid"]:
            raise KubeError.conflict(name)
        self._check_version(preconditions.get("resourceVersion"), current, name)
        uid = current["metadata"]["uid"]
        if not (self._dry_run(ctx) or "All" in (options.get("dryRun") or [])):
            store.delete(name)
        details = {"name": name, "group": GROUP, "kind": RESOURCE, "uid": uid}
        return ctx.respond(status=200, body=success(details))

    # -- discovery and tokens --------------------------------------------------------------------

    def list_documents(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        return ctx.respond(status=200, body=self.discovery.index(plane.kind == "organization"))

    def get_document(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        if plane.kind != "organization":
            raise KubeError(404, "NotFound", "the server could not find the requested resource")
        accept = ctx.request.headers.get("accept")
        if accept and negotiate(accept, ["application/json"]) is None:
            raise KubeError(
                406, "NotAcceptable", "only the following media types are accepted: application/json"
            )
        sent = ctx.params.query.get("hash")
        if sent is not None and sent != self.discovery.hash:
            # Relative to the document's own URL, so it resolves behind any prefix or mount.
            location = self.discovery.current_url.rsplit("/", 1)[1]
            return ctx.respond(status=301, headers={"location": location})
        caching = "public, immutable" if sent is not None else "no-cache, private"
        headers = {"cache-control": caching, "etag": f'"{self.discovery.hash}"'}
        return ctx.respond(status=200, body=self.discovery.body, headers=headers)

    def exchange_token(self, ctx: Context, plane: ControlPlane) -> MockResponse:
        token, lifetime = self.authenticator.issue()
        return ctx.respond(
            status=200, body={"access_token": token, "token_type": "Bearer", "expires_in": lifetime}
        )
