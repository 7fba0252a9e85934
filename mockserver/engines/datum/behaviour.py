"""The Datum engine's behaviour: the ten Project operations, discovery and the token exchange."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from ...answer import Answer
from ...behaviour import Context
from ...compiler import Api, BodyNeeds
from ...delegation import Delegation
from ...request import Request
from ...responses import negotiate
from ...store import Delete, Put, Record, Store, VersionConflictError
from ..kubernetes import (
    Collection,
    KindRules,
    KubeError,
    LabelRequirement,
    ObjectHandlers,
    ObjectValidator,
    ResourceName,
    WatchLimits,
)
from ..kubernetes.control_planes import ControlPlane, ControlPlanes, is_label_value
from .admission import prune
from .auth import DatumAuthenticator
from .discovery import Discovery
from .platform import ADMISSIONS, CONTROLLERS
from .project_planes import ProjectPlanes
from .seeding import plan_seed
from .store import API_VERSION, ORGANIZATION_LABEL, PROJECTS, REVISIONS, ProjectStore, set_condition

__all__ = ["BODY_NEEDS", "DatumBehaviour"]


PROJECT = ResourceName("resourcemanager.datumapis.com", "projects", "Project")
# Bodies of these operations are checked by the engine itself: a Project that breaks the schema is
# 422 Invalid with one cause per field in Kubernetes, not the generic 400 of the validation stage.
_PROJECT_BODIES = ("createProject", "replaceProject", "replaceProjectStatus")
# What the engine declares to the compiler: the validation stage parses these bodies, the engine checks.
BODY_NEEDS = {operation_id: BodyNeeds(checked=False) for operation_id in _PROJECT_BODIES}


def _provisioning(project: dict[str, Any]) -> None:
    set_condition(project, "False", "Provisioning", "The project's control plane is being provisioned.")


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
        self.validator = ObjectValidator(validator, PROJECT)
        self.rules = KindRules(PROJECT, API_VERSION, self.validator, prune, initial_status=_provisioning)
        self.project_planes = ProjectPlanes(
            api,
            state,
            authenticator,
            limits,
            self.find_project,
            controllers=CONTROLLERS,
            admissions=ADMISSIONS,
        )
        self.handlers: dict[str, Callable[[Context, ControlPlane], Answer]] = {
            "listProjects": self._verb("list"),
            "deleteProjectCollection": self._verb("delete_collection"),
            "createProject": self._verb("create"),
            "readProject": self._verb("read"),
            "readProjectStatus": self._verb("read"),
            "replaceProject": self._verb("replace"),
            "replaceProjectStatus": self._verb("replace"),
            "patchProject": self._verb("patch"),
            "patchProjectStatus": self._verb("patch"),
            "deleteProject": self._verb("delete"),
            "listOpenApiDocuments": self.list_documents,
            "getResourceManagerOpenApiDocument": self.get_document,
            "exchangePersonalAccessToken": self.exchange_token,
        }

    # -- engine hooks ----------------------------------------------------------------------------

    def __call__(self, ctx: Context) -> Answer | None:
        handler = self.handlers.get(ctx.operation.operation_id)
        if handler is None:
            return None
        self.sync()
        plane = self.planes.of(ctx.request)
        try:
            return handler(ctx, plane)
        except KubeError as error:
            return Answer(status=error.code, value=error.status)

    def unmatched(self, request: Request) -> Answer | Request | Delegation | None:
        stripped = self.planes.strip(request)
        if stripped is None:
            return None
        plane = stripped.control_plane
        if plane.kind == "project":
            self.sync()
            return self.project_planes.route(stripped)
        if plane.kind == "organization" and not is_label_value(plane.id):
            error = KubeError.bad_request(f'invalid organization ID "{plane.id}"')
            return Answer(400, error.status, media_type="application/json")
        return stripped

    def contract(self, request: Request) -> tuple[Api, Request] | None:
        """The document whose contract covers a control-plane request, and the request without its
        prefix: a project control plane's group documents, else the Datum spec itself."""
        stripped = self.planes.strip(request)
        if stripped is None:
            return None
        if stripped.control_plane.kind == "project":
            return self.project_planes.contract(stripped)
        return self.api, stripped

    def reset(self) -> None:
        self.state.clear(self.namespace)
        self.authenticator.reset()
        self.project_planes.reset()
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

    def find_project(self, name: str) -> dict[str, Any] | None:
        """The Project `name` in whichever organization has it (a project control plane's owner)."""
        self.sync()
        for store in list(self.stores.values()):
            project = store.get(name)
            if project is not None:
                return project
        return None

    def project_store(self, organization: str) -> ProjectStore:
        store = self.stores.get(organization)
        if store is None:
            store = self.stores[organization] = ProjectStore(
                organization, persist=self._persister(organization)
            )
        return store

    # -- projects --------------------------------------------------------------------------------

    def _store(self, plane: ControlPlane) -> ProjectStore:
        if plane.kind != "organization":
            # A project control plane serves the project's resources, not Projects.
            raise KubeError(404, "NotFound", "the server could not find the requested resource")
        store = self.project_store(plane.id)
        store.reconcile()  # before any read of its revision: a list's version covers its items
        return store

    def _projects(self, store: ProjectStore) -> ObjectHandlers:
        """The Kubernetes verbs on Projects, every selector narrowed to the organization's own."""
        forced = LabelRequirement(ORGANIZATION_LABEL, "=", frozenset({store.organization}))
        rules = dataclasses.replace(self.rules, forced_labels=(forced,))
        return ObjectHandlers(rules, self.limits, refresh=self.sync)  # watches see other processes' writes

    def _verb(self, verb: str) -> Callable[[Context, ControlPlane], Answer]:
        def handle(ctx: Context, plane: ControlPlane) -> Answer:
            store = self._store(plane)
            answer: Callable[[Context, Collection], Answer] = getattr(self._projects(store), verb)
            return answer(ctx, store)

        return handle

    # -- discovery and tokens --------------------------------------------------------------------

    def list_documents(self, ctx: Context, plane: ControlPlane) -> Answer:
        if plane.kind == "project":
            return Answer(status=200, value=self.project_planes.index())
        return Answer(status=200, value=self.discovery.index(serves_group=True))

    def get_document(self, ctx: Context, plane: ControlPlane) -> Answer:
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
            return Answer(status=301, headers={"location": location})
        caching = "public, immutable" if sent is not None else "no-cache, private"
        headers = {"cache-control": caching, "etag": f'"{self.discovery.hash}"'}
        return Answer(status=200, value=self.discovery.body, headers=headers)

    def exchange_token(self, ctx: Context, plane: ControlPlane) -> Answer:
        token, lifetime = self.authenticator.issue()
        return Answer(
            status=200, value={"access_token": token, "token_type": "Bearer", "expires_in": lifetime}
        )
