"""Who holds which scope where: transitive evaluation over the tree, and what a caller can see."""

from __future__ import annotations

from .identity import Caller, UserDirectory
from .permissions import GroupPrincipal, Principal, TenantPrincipal
from .resource_types import GROUP, TENANT
from .tree import ROOT, ResourcePath, Tree, ancestry, type_of

__all__ = ["Authorizer"]


class Authorizer:
    def __init__(self, store: Tree, users: UserDirectory) -> None:
        self.store = store
        self.users = users

    def holds(self, caller: Caller, scope: str, path: ResourcePath) -> bool:
        """Realm administrators hold everything; otherwise scope S is held on R when a permission on R
        grants it, when `{type(R)}:admin` is held on R, or when S is held on R's parent."""
        if caller.realm_admin:
            return True
        if path == ROOT:
            return False  # no permission can be granted on the realm itself
        resource = self.store.get(path)
        if resource is None:
            return False
        if any(permission.grants(scope, caller) for permission in resource.permissions.values()):
            return True
        kind = type_of(path)
        assert kind is not None  # path is not the root here
        if scope != kind.admin and self.holds(caller, kind.admin, path):
            return True
        return self.holds(caller, scope, path[:-1])

    def can_view(self, caller: Caller, path: ResourcePath) -> bool:
        """The resource exists and the caller holds `view` on it (not checking its ancestors)."""
        kind = type_of(path)
        if kind is None:
            return True
        return self.store.get(path) is not None and self.holds(caller, kind.view, path)

    def can_view_along(self, caller: Caller, path: ResourcePath) -> bool:
        """The caller can view the resource and every ancestor."""
        return all(self.can_view(caller, step) for step in ancestry(path))

    def can_see(self, caller: Caller, principal: Principal) -> bool:
        """Whether the caller may name `principal` in a permission: it can view the group or tenant;
        a user must be known, and be the caller or a member of a tenant or group the caller can view."""
        if isinstance(principal, GroupPrincipal):
            return self.can_view(caller, ((TENANT.name, principal.tenant), (GROUP.name, principal.group)))
        if isinstance(principal, TenantPrincipal):
            return self.can_view(caller, ((TENANT.name, principal.tenant),))
        memberships = self.users.memberships_of(principal.user_id)
        if memberships is None:
            return False
        if caller.realm_admin or principal.user_id == caller.user_id:
            return True
        return any(
            self.can_view(caller, ((TENANT.name, tenant),))
            or self.can_view(caller, ((TENANT.name, tenant), (GROUP.name, group)))
            for tenant, group in memberships
        )
