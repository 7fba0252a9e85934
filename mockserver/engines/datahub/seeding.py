"""Seeding Data HUB (`POST /__mock/seed`, `--seed-data`): resources as a nested tree, and known users.

```yaml
datahub:
  users:                                    # users the mock knows, as if they had sent a token
    - {id: alice, groups: ["acme:ops"]}
  tenants:
    - name: acme
      attributes: {region: eu}
      permissions:                          # added to (or replacing) the tenant's admin and members
        readers: {scopes: [tenant:view], principals: [{type: user, userId: alice}]}
      groups: [{name: ops}]
      projects:
        - name: apollo
          sensor-credentials: [{name: probe, username: u1, password: p1}]   # else a fresh secret
```

Every resource takes `name`, `attributes`, `permissions` and the lists of its child types (by their
path keys). A seeded resource that exists keeps what it has, with the seed's attributes and
permissions laid over it; a new tenant gets its `admin` group and permissions as a create does.
Everything is checked first (a 400 names the first bad record); then it is stored in one step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...errors import MockError
from ...store import Change, Put, Record
from .permissions import Permission, principal_from_json
from .resource_types import GROUP, SENSOR_CREDENTIAL, TENANT, ResourceType, child_types, valid_scopes
from .segments import is_segment
from .tree import NODES, USERS, Resource, ResourcePath, SensorSecret, Tree, node_id, tenant_permissions

__all__ = ["plan_seed"]

_PRINCIPAL_FIELDS = {"group": ("tenant", "group"), "tenant": ("tenant",), "user": ("userId",)}


def _bad(where: str, detail: str) -> MockError:
    return MockError(400, f"{where}: {detail}", "INVALID_BODY")


def _strings(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def _permission(where: str, kind: ResourceType, data: Any) -> Permission:
    if not isinstance(data, dict) or set(data) - {"scopes", "principals"}:
        raise _bad(where, "a permission is {scopes: [...], principals: [...]}")
    scopes, principals = data.get("scopes"), data.get("principals")
    if not isinstance(scopes, list) or not scopes or not all(isinstance(s, str) for s in scopes):
        raise _bad(where, "scopes must be a non-empty list of strings")
    valid = valid_scopes(kind)
    invalid = [scope for scope in scopes if scope not in valid]
    if invalid:
        raise _bad(where, f"not valid on a {kind.name}: {', '.join(invalid)}")
    if not isinstance(principals, list) or not principals:
        raise _bad(where, "principals must be a non-empty list")
    for index, principal in enumerate(principals):
        fields = _PRINCIPAL_FIELDS.get(str(principal.get("type"))) if isinstance(principal, dict) else None
        if fields is None or set(principal) != {"type", *fields}:
            raise _bad(
                f"{where}.principals[{index}]",
                "expected {type: group, tenant, group}, {type: tenant, tenant} or {type: user, userId}",
            )
        if not all(isinstance(principal[f], str) and principal[f] for f in fields):
            raise _bad(f"{where}.principals[{index}]", "names must be non-empty strings")
    return Permission.of(scopes, [principal_from_json(p) for p in principals])


class _Planner:
    def __init__(self, tree: Tree, label: str) -> None:
        self.tree = tree
        self.label = label
        self.resources: dict[ResourcePath, Resource] = {}
        self.seeded: dict[str, list[str]] = {}

    def walk(self, where: str, parent: ResourcePath, kind: ResourceType, entries: Any) -> None:
        if not isinstance(entries, list):
            raise _bad(where, "expected a list of resources")
        for index, entry in enumerate(entries):
            self.resource(f"{where}[{index}]", parent, kind, entry)

    def resource(self, where: str, parent: ResourcePath, kind: ResourceType, entry: Any) -> None:
        children = {child.plural: child for child in child_types(kind)}
        own = {"name", "attributes", "permissions"} | (
            {"username", "password"} if kind is SENSOR_CREDENTIAL else set()
        )
        if not isinstance(entry, dict):
            raise _bad(where, f"expected a {kind.name} object")
        unknown = sorted(set(entry) - own - set(children))
        if unknown:
            takes = ", ".join(sorted(own | set(children)))
            raise _bad(where, f"unknown fields {', '.join(unknown)} (a {kind.name} takes {takes})")
        name = entry.get("name")
        if not isinstance(name, str) or not is_segment(name):
            raise _bad(where, "name must be 1 to 36 lowercase letters, digits and inner dashes")
        where = f"{where} ({name})"
        path = (*parent, (kind.name, name))
        if path in self.resources:
            raise _bad(where, f"{kind.name} {name!r} is seeded twice")
        attributes = entry.get("attributes", {})
        if not _strings(attributes) or not all(is_segment(key) for key in attributes):
            raise _bad(where, "attributes map segment-rule keys to strings")
        permissions = entry.get("permissions", {})
        if not isinstance(permissions, dict):
            raise _bad(where, "permissions map names to {scopes, principals}")
        granted = {}
        for permission_name, data in permissions.items():
            if not isinstance(permission_name, str) or not is_segment(permission_name):
                raise _bad(where, f"permission name {permission_name!r} breaks the segment rule")
            granted[permission_name] = _permission(f"{where}.permissions.{permission_name}", kind, data)
        secret = None
        if kind is SENSOR_CREDENTIAL:
            username, password = entry.get("username"), entry.get("password")
            if (username is None) != (password is None) or not all(
                isinstance(v, str) for v in (username, password) if v is not None
            ):
                raise _bad(where, "username and password are strings, given together or not at all")
            secret = SensorSecret(str(username), str(password)) if username is not None else None
        base = self.tree.get(path) or _fresh(path, kind)
        self.resources[path] = Resource(
            path,
            {**base.attributes, **attributes},
            {**base.permissions, **granted},
            secret or base.secret or (SensorSecret.fresh() if kind is SENSOR_CREDENTIAL else None),
        )
        if kind is TENANT and self.tree.get(path) is None:
            admin_group = (*path, (GROUP.name, "admin"))
            self.resources.setdefault(admin_group, Resource(admin_group))
        self.seeded.setdefault(kind.plural, []).append("/".join(n for _, n in path))
        for key, child in children.items():
            if key in entry:
                self.walk(f"{where}.{key}", path, child, entry[key])


def _fresh(path: ResourcePath, kind: ResourceType) -> Resource:
    if kind is TENANT:
        name = path[-1][1]
        return Resource(path, permissions=tenant_permissions(name))
    return Resource(path)


def _users(where: str, entries: Any) -> list[Change]:
    if not isinstance(entries, list):
        raise _bad(where, "expected a list of {id, groups}")
    changes: list[Change] = []
    for index, entry in enumerate(entries):
        at = f"{where}[{index}]"
        if not isinstance(entry, dict) or set(entry) - {"id", "groups"}:
            raise _bad(at, "a user is {id, groups: ['tenant:group', ...]}")
        user_id, groups = entry.get("id"), entry.get("groups", [])
        if not isinstance(user_id, str) or not user_id:
            raise _bad(at, "id must be a non-empty string")
        if not isinstance(groups, list) or not all(
            isinstance(g, str) and all(part for part in g.partition(":")[::2]) and ":" in g for g in groups
        ):
            raise _bad(f"{at} ({user_id})", "groups must be a list of 'tenant:group' strings")
        changes.append(Put(USERS, Record(user_id, "", {"groups": sorted(set(groups))})))
    return changes


def plan_seed(tree: Tree, label: str, collections: Mapping[str, Any]) -> Callable[[], dict[str, list[str]]]:
    """Check the seed of one Data HUB and return what stores it (one atomic write) and answers the
    seeded resources by kind (`{"tenants": ["acme"], "groups": ["acme/ops"], ...}`)."""
    tree.sync()
    planner = _Planner(tree, label)
    users: list[Change] = []
    for key, entries in collections.items():
        if key == "users":
            users = _users(f"{label}.users", entries)
        elif key == TENANT.plural:
            planner.walk(f"{label}.tenants", (), TENANT, entries)
        else:
            raise _bad(f"{label}.{key}", "a Data HUB seed has tenants (a nested tree) and users")
    changes: list[Change] = [*users]
    changes += [Put(NODES, Record(node_id(path), "", r.as_json())) for path, r in planner.resources.items()]
    seeded = {
        **planner.seeded,
        **({"users": [c.record.id for c in users if isinstance(c, Put)]} if users else {}),
    }

    def commit() -> dict[str, list[str]]:
        tree.store_all(changes)
        return seeded

    return commit
