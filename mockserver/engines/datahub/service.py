"""The Data HUB resource API over one store: each operation with the service's order of checks.

After the token (401) and the request's shape (400), every operation first needs `view` on each
resource along its path (404, never 403), then what the operation itself needs:
create: unknown child type 400 -> admin on the parent 403 -> exists 409;
permission PUT: admin 403 -> scope not valid on the subtree 400 -> principal not visible 404;
delete of a resource or permission: admin 403 -> missing target 404.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NoReturn

from ...errors import MockError
from ...store import Store
from .authorization import Authorizer
from .identity import Caller, UserDirectory
from .permissions import Permission, principal_from_json
from .resource_types import SENSOR_CREDENTIAL, TENANT, ResourceType, valid_scopes
from .tree import Resource, ResourcePath, SensorSecret, Tree, type_of

__all__ = ["Created", "DataHubService"]


def _not_found(what: str) -> MockError:
    return MockError(404, f"not found: {what}", "NOT_FOUND")


def _forbidden(scope: str) -> MockError:
    return MockError(403, f"forbidden: the caller lacks {scope}", "FORBIDDEN")


def _bad_request(detail: str) -> MockError:
    return MockError(400, detail, "BAD_REQUEST")


def _label(path: ResourcePath) -> str:
    return "/" + "/".join(f"{kind}s/{name}" for kind, name in path) if path else "/"


def _kind(path: ResourcePath) -> ResourceType:
    kind = type_of(path)
    if kind is None:
        raise _not_found("/")  # the root is not a resource the API addresses
    return kind


@dataclass(frozen=True)
class Created:
    """What a create answers: 201 with the name, or 200 with credentials for a sensor credential."""

    status: int
    body: dict[str, str]


class DataHubService:
    def __init__(self, state: Store, namespace: str) -> None:
        self.store = Tree(state, namespace)
        self.users: UserDirectory = self.store.users
        self.authz = Authorizer(self.store, self.users)

    def sync(self) -> None:
        self.store.sync()

    def reset(self) -> None:
        self.store.reset()

    # -- shared checks ---------------------------------------------------------------------------

    def _visible(self, caller: Caller, path: ResourcePath) -> Resource:
        """The resource, when it and every ancestor exist and the caller can view them; else 404."""
        if not self.authz.can_view_along(caller, path):
            raise _not_found(_label(path))
        resource = self.store.get(path)
        assert resource is not None  # can_view_along checked it exists
        return resource

    def _require(self, caller: Caller, scope: str, path: ResourcePath) -> None:
        if not self.authz.holds(caller, scope, path):
            raise _forbidden(scope)

    def _administered(self, caller: Caller, path: ResourcePath) -> Resource:
        resource = self._visible(caller, path)
        self._require(caller, _kind(path).admin, path)
        return resource

    # -- resources -------------------------------------------------------------------------------

    def list_children(self, caller: Caller, parent: ResourcePath, kind: ResourceType) -> list[str]:
        self._visible(caller, parent)
        return [
            child.name
            for child in self.store.children(parent, kind)
            if self.authz.holds(caller, kind.view, child.path)
        ]

    def create(self, caller: Caller, path: ResourcePath) -> Created:
        parent, kind = path[:-1], _kind(path)
        self._visible(caller, parent)
        self._require(caller, kind.admin, parent)
        if self.store.get(path) is not None:
            raise MockError(409, f"already exists: {_label(path)}", "CONFLICT")
        name = path[-1][1]
        if kind is TENANT:
            self.store.add_tenant(name)
            return Created(201, {"name": name})
        secret = SensorSecret.fresh() if kind is SENSOR_CREDENTIAL else None
        self.store.save(Resource(path, secret=secret))
        if secret is not None:
            return Created(200, secret.as_json())
        return Created(201, {"name": name})

    def create_unknown_type(self, caller: Caller, parent: ResourcePath, key: str) -> NoReturn:
        self._visible(caller, parent)
        raise _bad_request(f"{key!r} is not a resource type below {_label(parent)}")

    def check(self, caller: Caller, path: ResourcePath) -> None:
        self._visible(caller, path)

    def delete(self, caller: Caller, path: ResourcePath) -> None:
        parent, kind = path[:-1], _kind(path)
        self._visible(caller, parent)
        self._require(caller, kind.admin, parent)
        if not self.authz.can_view(caller, path):
            raise _not_found(_label(path))
        self.store.remove(path)

    def scopes(self, caller: Caller, path: ResourcePath) -> dict[str, list[str]]:
        self._visible(caller, path)
        kind = _kind(path)
        granted = [scope for scope in kind.scopes if self.authz.holds(caller, scope, path)]
        return {"all": list(valid_scopes(kind)), "granted": granted}

    # -- actions ---------------------------------------------------------------------------------

    def rotate(self, caller: Caller, path: ResourcePath) -> dict[str, str]:
        resource = self._visible(caller, path)
        self._require(caller, SENSOR_CREDENTIAL.scope("rotate"), path)
        secret = SensorSecret.fresh()
        self.store.save(replace(resource, secret=secret))
        return secret.as_json()

    def action(self, caller: Caller, path: ResourcePath, action: str) -> dict[str, str]:
        if action in _kind(path).actions:  # rotate, the only action there is
            return self.rotate(caller, path)
        return self.refuse_action(caller, path, action)

    def refuse_action(self, caller: Caller, path: ResourcePath, action: str) -> NoReturn:
        """An action the type lacks: the service checks the scope `{type}:{action}` first."""
        kind = _kind(path)
        self._visible(caller, path)
        self._require(caller, kind.scope(action), path)
        raise _bad_request(f"{kind.name} has no action {action!r}")

    # -- permissions -----------------------------------------------------------------------------

    def list_permissions(self, caller: Caller, path: ResourcePath) -> list[dict[str, Any]]:
        resource = self._administered(caller, path)
        return [permission.as_json(name) for name, permission in resource.permissions.items()]

    def get_permission(self, caller: Caller, path: ResourcePath, name: str) -> dict[str, Any]:
        permission = self._administered(caller, path).permissions.get(name)
        if permission is None:
            raise _not_found(f"permission {name!r} on {_label(path)}")
        return permission.as_json()

    def put_permission(
        self, caller: Caller, path: ResourcePath, name: str, body: Mapping[str, Any]
    ) -> dict[str, Any] | None:
        """Create (answering the named permission) or replace (answering None) a permission."""
        resource = self._administered(caller, path)
        scopes: Sequence[str] = body["scopes"]
        valid = valid_scopes(_kind(path))
        invalid = [scope for scope in scopes if scope not in valid]
        if invalid:
            raise _bad_request(f"not valid on {_label(path)}: {', '.join(invalid)}")
        principals = [principal_from_json(p) for p in body["principals"]]
        for principal in principals:
            if not self.authz.can_see(caller, principal):
                raise _not_found(f"principal {principal.as_json()}")
        permission = Permission.of(scopes, principals)
        replaced = name in resource.permissions
        self.store.save(replace(resource, permissions={**resource.permissions, name: permission}))
        return None if replaced else permission.as_json(name)

    def delete_permission(self, caller: Caller, path: ResourcePath, name: str) -> None:
        resource = self._administered(caller, path)
        if name not in resource.permissions:
            raise _not_found(f"permission {name!r} on {_label(path)}")
        permissions = {k: v for k, v in resource.permissions.items() if k != name}
        self.store.save(replace(resource, permissions=permissions))

    # -- attributes ------------------------------------------------------------------------------

    def attributes(self, caller: Caller, path: ResourcePath) -> dict[str, str]:
        return dict(self._visible(caller, path).attributes)

    def patch_attributes(
        self, caller: Caller, path: ResourcePath, changes: Mapping[str, str | None]
    ) -> dict[str, str]:
        resource = self._administered(caller, path)
        attributes = dict(resource.attributes)
        for key, value in changes.items():
            if value is None:
                attributes.pop(key, None)
            else:
                attributes[key] = value
        if attributes != resource.attributes:
            self.store.save(replace(resource, attributes=attributes))
        return dict(attributes)

    def put_attribute(self, caller: Caller, path: ResourcePath, key: str, value: str) -> None:
        resource = self._administered(caller, path)
        if resource.attributes.get(key) != value:
            self.store.save(replace(resource, attributes={**resource.attributes, key: value}))

    def delete_attribute(self, caller: Caller, path: ResourcePath, key: str) -> None:
        resource = self._administered(caller, path)
        if key in resource.attributes:
            attributes = {k: v for k, v in resource.attributes.items() if k != key}
            self.store.save(replace(resource, attributes=attributes))

    def not_found(self, method: str, path: ResourcePath) -> NoReturn:
        """What the service answers to requests it has no operation for (POST R, GET R/attributes/{a})."""
        raise _not_found(f"no {method} operation on {_label(path)}")
