"""The resource tree of one server instance: resources with their attributes and permissions."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from .permissions import GroupPrincipal, Permission, Principal, TenantPrincipal
from .resource_types import GROUP, TENANT, TYPES, ResourceType

__all__ = ["ROOT", "Resource", "ResourcePath", "SensorSecret", "Store", "ancestry", "type_of"]

# ((type name, resource name), ...) from the tenant down; () is the realm, the root of the tree.
ResourcePath = tuple[tuple[str, str], ...]
ROOT: ResourcePath = ()


def type_of(path: ResourcePath) -> ResourceType | None:
    """The resource's type; None for the root."""
    return TYPES[path[-1][0]] if path else None


def ancestry(path: ResourcePath) -> Iterator[ResourcePath]:
    """Every resource along the path, from the tenant down to the resource itself (not the root)."""
    for depth in range(1, len(path) + 1):
        yield path[:depth]


@dataclass(frozen=True)
class SensorSecret:
    username: str
    password: str

    @classmethod
    def fresh(cls) -> SensorSecret:
        return cls(str(uuid.uuid4()), str(uuid.uuid4()))

    def as_json(self) -> dict[str, str]:
        return {"username": self.username, "password": self.password}


@dataclass
class Resource:
    path: ResourcePath
    attributes: dict[str, str] = field(default_factory=dict)
    permissions: dict[str, Permission] = field(default_factory=dict)
    secret: SensorSecret | None = None  # sensor credentials only

    @property
    def name(self) -> str:
        return self.path[-1][1]


class Store:
    def __init__(self) -> None:
        self._resources: dict[ResourcePath, Resource] = {}
        self._root = Resource(ROOT)

    def reset(self) -> None:
        self._resources.clear()
        self._root = Resource(ROOT)

    def get(self, path: ResourcePath) -> Resource | None:
        return self._root if path == ROOT else self._resources.get(path)

    def children(self, parent: ResourcePath, kind: ResourceType) -> list[Resource]:
        depth = len(parent) + 1
        return [
            resource
            for path, resource in self._resources.items()
            if len(path) == depth and path[:-1] == parent and path[-1][0] == kind.name
        ]

    def add(self, path: ResourcePath) -> Resource:
        resource = Resource(path)
        self._resources[path] = resource
        return resource

    def add_tenant(self, name: str) -> Resource:
        """A tenant comes with its group `admin`, administering it, and a `members` permission."""
        tenant = self.add(((TENANT.name, name),))
        self.add((*tenant.path, (GROUP.name, "admin")))
        tenant.permissions["admin"] = Permission.of([TENANT.admin], [GroupPrincipal(name, "admin")])
        tenant.permissions["members"] = Permission.of([TENANT.view], [TenantPrincipal(name)])
        return tenant

    def remove(self, path: ResourcePath) -> None:
        """Remove the resource and every descendant (their permissions and attributes go with them),
        then drop them as principals everywhere; a permission left with no principals goes too."""
        doomed = {p for p in self._resources if p[: len(path)] == path}
        for gone in doomed:
            del self._resources[gone]
        for resource in (self._root, *self._resources.values()):
            for name, permission in list(resource.permissions.items()):
                kept = tuple(p for p in permission.principals if not _names_removed(p, doomed))
                if len(kept) == len(permission.principals):
                    continue
                if kept:
                    resource.permissions[name] = Permission(permission.scopes, kept)
                else:
                    del resource.permissions[name]


def _names_removed(principal: Principal, removed: set[ResourcePath]) -> bool:
    if isinstance(principal, GroupPrincipal):
        return ((TENANT.name, principal.tenant), (GROUP.name, principal.group)) in removed
    if isinstance(principal, TenantPrincipal):
        return ((TENANT.name, principal.tenant),) in removed
    return False  # users are not resources
