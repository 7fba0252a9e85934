"""Permissions: scopes granted on one resource to principals (groups, tenants, users)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .identity import Caller

__all__ = [
    "GroupPrincipal",
    "Permission",
    "Principal",
    "TenantPrincipal",
    "UserPrincipal",
    "principal_from_json",
]


@dataclass(frozen=True)
class GroupPrincipal:
    """The members of group `{tenant}:{group}`."""

    tenant: str
    group: str

    def includes(self, caller: Caller) -> bool:
        return (self.tenant, self.group) in caller.memberships

    def as_json(self) -> dict[str, str]:
        return {"type": "group", "tenant": self.tenant, "group": self.group}


@dataclass(frozen=True)
class TenantPrincipal:
    """Every member of the tenant: a member of any of its groups."""

    tenant: str

    def includes(self, caller: Caller) -> bool:
        return self.tenant in caller.tenants

    def as_json(self) -> dict[str, str]:
        return {"type": "tenant", "tenant": self.tenant}


@dataclass(frozen=True)
class UserPrincipal:
    user_id: str

    def includes(self, caller: Caller) -> bool:
        return self.user_id == caller.user_id

    def as_json(self) -> dict[str, str]:
        return {"type": "user", "userId": self.user_id}


Principal = GroupPrincipal | TenantPrincipal | UserPrincipal


def principal_from_json(data: Mapping[str, Any]) -> Principal:
    """A principal from a request body the schema already checked (so its shape is right)."""
    kind = data["type"]
    if kind == "group":
        return GroupPrincipal(data["tenant"], data["group"])
    if kind == "tenant":
        return TenantPrincipal(data["tenant"])
    return UserPrincipal(data["userId"])


@dataclass(frozen=True)
class Permission:
    scopes: tuple[str, ...]
    principals: tuple[Principal, ...]

    @classmethod
    def of(cls, scopes: Iterable[str], principals: Iterable[Principal]) -> Permission:
        """Duplicates collapse: the service keeps scopes and principals as sets."""
        return cls(tuple(dict.fromkeys(scopes)), tuple(dict.fromkeys(principals)))

    def grants(self, scope: str, caller: Caller) -> bool:
        return scope in self.scopes and any(p.includes(caller) for p in self.principals)

    def as_json(self, name: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {} if name is None else {"name": name}
        body["scopes"] = list(self.scopes)
        body["principals"] = [p.as_json() for p in self.principals]
        return body
