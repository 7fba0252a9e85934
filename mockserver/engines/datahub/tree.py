"""The resource tree of one served Data HUB: resources with their attributes and permissions, and the
users seen in tokens, kept through the mock's `store.Store` (so `--state FILE` keeps them).

Each resource is one record (resource `node`, id `tenant/acme/group/admin`); each known user one record
(resource `user`). The tree keeps a decoded copy in memory for the authorization checks, which read
it many times per request; it reloads that copy whenever the store's revision of its namespace is not
the one it last wrote or read (another process sharing the store wrote, or the store was cleared).
Every change is one atomic `apply`: a tenant with its admin group and permissions, a cascading delete
with the permissions it prunes everywhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ...store import Change, Delete, Put, Record, Store, VersionConflictError
from .identity import Caller, Membership, UserDirectory
from .permissions import GroupPrincipal, Permission, Principal, TenantPrincipal, principal_from_json
from .resource_types import GROUP, TENANT, TYPES, ResourceType

__all__ = [
    "NODES",
    "ROOT",
    "USERS",
    "Resource",
    "ResourcePath",
    "SensorSecret",
    "Tree",
    "ancestry",
    "node_id",
    "tenant_permissions",
    "type_of",
]

# ((type name, resource name), ...) from the tenant down; () is the realm, the root of the tree.
ResourcePath = tuple[tuple[str, str], ...]
ROOT: ResourcePath = ()
NODES = "node"  # the store's resource names
USERS = "user"


def type_of(path: ResourcePath) -> ResourceType | None:
    """The resource's type; None for the root."""
    return TYPES[path[-1][0]] if path else None


def ancestry(path: ResourcePath) -> Iterator[ResourcePath]:
    """Every resource along the path, from the tenant down to the resource itself (not the root)."""
    for depth in range(1, len(path) + 1):
        yield path[:depth]


def node_id(path: ResourcePath) -> str:
    return "/".join(f"{kind}/{name}" for kind, name in path)


@dataclass(frozen=True)
class SensorSecret:
    username: str
    password: str

    @classmethod
    def fresh(cls) -> SensorSecret:
        return cls(str(uuid.uuid4()), str(uuid.uuid4()))

    def as_json(self) -> dict[str, str]:
        return {"username": self.username, "password": self.password}


@dataclass(frozen=True)
class Resource:
    """One resource as stored: a value; changes make new ones (`dataclasses.replace`)."""

    path: ResourcePath
    attributes: dict[str, str] = field(default_factory=dict)
    permissions: dict[str, Permission] = field(default_factory=dict)
    secret: SensorSecret | None = None  # sensor credentials only

    @property
    def name(self) -> str:
        return self.path[-1][1]

    def as_json(self) -> dict[str, Any]:
        return {
            "path": [list(step) for step in self.path],
            "attributes": self.attributes,
            "permissions": {name: permission.as_json() for name, permission in self.permissions.items()},
            "secret": self.secret.as_json() if self.secret is not None else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Resource:
        secret = data.get("secret")
        return cls(
            path=tuple((str(kind), str(name)) for kind, name in data["path"]),
            attributes=dict(data.get("attributes") or {}),
            permissions={
                name: Permission(
                    tuple(permission["scopes"]),
                    tuple(principal_from_json(p) for p in permission["principals"]),
                )
                for name, permission in (data.get("permissions") or {}).items()
            },
            secret=SensorSecret(secret["username"], secret["password"]) if secret else None,
        )


def _user_json(caller: Caller) -> dict[str, Any]:
    return {"groups": sorted(f"{tenant}:{group}" for tenant, group in caller.memberships)}


class Tree:
    def __init__(self, state: Store, namespace: str) -> None:
        self.state = state
        self.namespace = namespace
        self.users = UserDirectory(self._save_user)
        self._resources: dict[ResourcePath, Resource] = {}
        self._root = Resource(ROOT)
        self._revision = -1  # never loaded

    # -- the in-memory copy ----------------------------------------------------------------------

    def sync(self) -> None:
        """Reload when the store changed behind this copy's back (cheap when it did not)."""
        if self.state.revision(self.namespace) != self._revision:
            self._load()

    def _load(self) -> None:
        self._revision = self.state.revision(self.namespace)
        self._resources = {}
        for record in self.state.list(self.namespace, NODES):
            resource = Resource.from_json(record.body)
            self._resources[resource.path] = resource
        memberships: dict[str, frozenset[Membership]] = {}
        for record in self.state.list(self.namespace, USERS):
            groups = record.body.get("groups") or []
            memberships[record.id] = frozenset(tuple(flat.split(":", 1)) for flat in groups)
        self.users.load(memberships)

    def _commit(self, changes: list[Change]) -> None:
        """Write `changes` in one step, then bring the in-memory copy up to date."""
        try:
            # At the revision the copy reflects: a change decided on a stale copy is refused, not stored.
            revision = self.state.apply(self.namespace, changes, at=self._revision)
        except VersionConflictError:
            self._load()  # another process wrote first: the request is decided again (`ApiHandler`)
            raise
        self._revision = revision
        for change in changes:
            if isinstance(change, Put) and change.resource == NODES:
                resource = Resource.from_json(change.record.body)
                self._resources[resource.path] = resource
            elif isinstance(change, Delete) and change.resource == NODES:
                self._resources.pop(_path_of(change.id), None)
            # users are recorded in the directory by its own `record`

    def _save_user(self, caller: Caller) -> None:
        self.sync()
        self._commit([Put(USERS, Record(caller.user_id, "", _user_json(caller)))])

    def reset(self) -> None:
        self.state.clear(self.namespace)
        self._load()

    def store_all(self, changes: list[Change]) -> None:
        """Write many records in one step (a seed), then reload the in-memory copy."""
        self.state.apply(self.namespace, changes)
        self._load()

    # -- reads -----------------------------------------------------------------------------------

    def get(self, path: ResourcePath) -> Resource | None:
        return self._root if path == ROOT else self._resources.get(path)

    def children(self, parent: ResourcePath, kind: ResourceType) -> list[Resource]:
        depth = len(parent) + 1
        return [
            resource
            for path, resource in self._resources.items()
            if len(path) == depth and path[:-1] == parent and path[-1][0] == kind.name
        ]

    def all(self) -> Iterable[Resource]:
        return self._resources.values()

    # -- writes ----------------------------------------------------------------------------------

    def save(self, *resources: Resource) -> None:
        """Store new values of resources (new ones or replacements), in one step."""
        self._commit([Put(NODES, Record(node_id(r.path), "", r.as_json())) for r in resources])

    def add_tenant(self, name: str, *, extra: Iterable[Resource] = ()) -> Resource:
        """A tenant comes with its group `admin`, administering it, and a `members` permission."""
        tenant = Resource(((TENANT.name, name),), permissions=tenant_permissions(name))
        self.save(tenant, Resource((*tenant.path, (GROUP.name, "admin"))), *extra)
        return tenant

    def remove(self, path: ResourcePath) -> None:
        """Remove the resource and every descendant (their permissions and attributes go with them),
        then drop them as principals everywhere; a permission left with no principals goes too."""
        doomed = {p for p in self._resources if p[: len(path)] == path}
        changes: list[Change] = [Delete(NODES, node_id(gone)) for gone in doomed]
        for resource in self._resources.values():
            if resource.path in doomed:
                continue
            permissions = dict(resource.permissions)
            for name, permission in resource.permissions.items():
                kept = tuple(p for p in permission.principals if not _names_removed(p, doomed))
                if len(kept) == len(permission.principals):
                    continue
                if kept:
                    permissions[name] = Permission(permission.scopes, kept)
                else:
                    del permissions[name]
            if permissions != resource.permissions:
                pruned = Resource(resource.path, resource.attributes, permissions, resource.secret)
                changes.append(Put(NODES, Record(node_id(pruned.path), "", pruned.as_json())))
        self._commit(changes)


def tenant_permissions(name: str) -> dict[str, Permission]:
    return {
        "admin": Permission.of([TENANT.admin], [GroupPrincipal(name, "admin")]),
        "members": Permission.of([TENANT.view], [TenantPrincipal(name)]),
    }


def _path_of(identifier: str) -> ResourcePath:
    parts = identifier.split("/")
    return tuple((parts[i], parts[i + 1]) for i in range(0, len(parts), 2))


def _names_removed(principal: Principal, removed: set[ResourcePath]) -> bool:
    if isinstance(principal, GroupPrincipal):
        return ((TENANT.name, principal.tenant), (GROUP.name, principal.group)) in removed
    if isinstance(principal, TenantPrincipal):
        return ((TENANT.name, principal.tenant),) in removed
    return False  # users are not resources
