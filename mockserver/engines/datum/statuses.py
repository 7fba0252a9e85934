"""Kubernetes `Status` objects: every answer of the Datum engine that is not a Project or a list."""

from __future__ import annotations

from typing import Any

__all__ = ["GROUP", "RESOURCE", "KubeError", "failure", "success"]

GROUP = "resourcemanager.datumapis.com"
RESOURCE = "projects"


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
    def not_found(cls, name: str) -> KubeError:
        return cls(
            404,
            "NotFound",
            f'{RESOURCE}.{GROUP} "{name}" not found',
            {"name": name, "group": GROUP, "kind": RESOURCE},
        )

    @classmethod
    def already_exists(cls, name: str) -> KubeError:
        return cls(
            409,
            "AlreadyExists",
            f'{RESOURCE}.{GROUP} "{name}" already exists',
            {"name": name, "group": GROUP, "kind": RESOURCE},
        )

    @classmethod
    def conflict(cls, name: str) -> KubeError:
        return cls(
            409,
            "Conflict",
            f'Operation cannot be fulfilled on {RESOURCE}.{GROUP} "{name}": the object has been modified; '
            "please apply your changes to the latest version and try again",
            {"name": name, "group": GROUP, "kind": RESOURCE},
        )

    @classmethod
    def bad_request(cls, message: str) -> KubeError:
        return cls(400, "BadRequest", message)

    @classmethod
    def expired(cls, message: str) -> KubeError:
        return cls(410, "Expired", message)

    @classmethod
    def invalid(cls, name: str, causes: list[dict[str, str]]) -> KubeError:
        summary = ", ".join(f"{c['field']}: {c['message']}" for c in causes)
        return cls(
            422,
            "Invalid",
            f'Project.{GROUP} "{name}" is invalid: {summary}',
            {"name": name, "group": GROUP, "kind": "Project", "causes": causes},
        )
