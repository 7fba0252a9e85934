"""Kubernetes `Status` objects: every answer of a Kubernetes engine that is not an object or a list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["KubeError", "ResourceName", "failure", "success"]


@dataclass(frozen=True)
class ResourceName:
    """How a kind is named in `Status` messages and details: `workloads.compute.datumapis.com`."""

    group: str  # "" for the core group
    plural: str
    kind: str

    @property
    def qualified(self) -> str:
        return f"{self.plural}.{self.group}" if self.group else self.plural

    def details(self, name: str) -> dict[str, Any]:
        return {"name": name, "group": self.group, "kind": self.plural}


def success(details: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Status", "metadata": {}, "status": "Success", "details": details}


def failure(code: int, reason: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    status: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Status",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
        "code": code,
    }
    if details is not None:
        status["details"] = details
    return status


class KubeError(Exception):
    """A request the control plane refuses, with the `Status` it answers."""

    def __init__(self, code: int, reason: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = failure(code, reason, message, details)

    @classmethod
    def not_found(cls, resource: ResourceName, name: str) -> KubeError:
        return cls(404, "NotFound", f'{resource.qualified} "{name}" not found', resource.details(name))

    @classmethod
    def already_exists(cls, resource: ResourceName, name: str) -> KubeError:
        return cls(
            409, "AlreadyExists", f'{resource.qualified} "{name}" already exists', resource.details(name)
        )

    @classmethod
    def conflict(cls, resource: ResourceName, name: str) -> KubeError:
        return cls(
            409,
            "Conflict",
            f'Operation cannot be fulfilled on {resource.qualified} "{name}": the object has been modified; '
            "please apply your changes to the latest version and try again",
            resource.details(name),
        )

    @classmethod
    def bad_request(cls, message: str) -> KubeError:
        return cls(400, "BadRequest", message)

    @classmethod
    def expired(cls, message: str) -> KubeError:
        return cls(410, "Expired", message)

    @classmethod
    def invalid(cls, resource: ResourceName, name: str, causes: list[dict[str, str]]) -> KubeError:
        summary = ", ".join(f"{c['field']}: {c['message']}" for c in causes)
        qualified = f"{resource.kind}.{resource.group}" if resource.group else resource.kind
        return cls(
            422,
            "Invalid",
            f'{qualified} "{name}" is invalid: {summary}',
            {"name": name, "group": resource.group, "kind": resource.kind, "causes": causes},
        )
