"""Which control plane a request is for, from the server base paths the spec lists (one variable each).

`/apis/resourcemanager.datumapis.com/v1alpha/organizations/{organization_id}/control-plane/...` is the
organization's control plane; a request without such a prefix goes to the first server's control
plane with its default variables (so a client pointed at the mount itself, like the contract tests,
talks to the default organization).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from ...request import Request

__all__ = ["ControlPlane", "ControlPlaneRequest", "ControlPlanes", "is_label_value"]

_LABEL_VALUE = re.compile(r"^(?:(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
_VARIABLE = re.compile(r"\{([^{}]+)\}")


def is_label_value(value: str) -> bool:
    return len(value) <= 63 and _LABEL_VALUE.match(value) is not None


@dataclass(frozen=True)
class ControlPlane:
    kind: str  # "organization" or "project": the server variable without its `_id`
    id: str


@dataclass
class ControlPlaneRequest(Request):
    """A request with its control-plane prefix removed, and the control plane it named."""

    control_plane: ControlPlane = field(default_factory=lambda: ControlPlane("organization", ""))
    prefix: str = ""


@dataclass(frozen=True)
class _Server:
    pattern: re.Pattern[str]
    variable: str
    default: str


class ControlPlanes:
    """Server base paths with one variable each (`organization_id`, `project_id`), from the spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.servers: list[_Server] = []
        for server in document.get("servers", []):
            path = urlsplit(server["url"]).path
            names = _VARIABLE.findall(path)
            if len(names) != 1:
                continue
            regex = "".join(
                "(?P<id>[^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(_VARIABLE.split(path))
            )
            default = str(server.get("variables", {}).get(names[0], {}).get("default", ""))
            self.servers.append(_Server(re.compile(f"^{regex}(?=/|$)"), names[0], default))
        if not self.servers:
            raise ValueError("the Datum spec lists no control-plane servers")

    @property
    def default(self) -> ControlPlane:
        server = self.servers[0]
        return ControlPlane(server.variable.removesuffix("_id"), server.default)

    def of(self, request: Request) -> ControlPlane:
        if isinstance(request, ControlPlaneRequest):
            return request.control_plane
        return self.default

    def strip(self, request: Request) -> ControlPlaneRequest | None:
        """The request without its control-plane prefix, or None when it has none."""
        for server in self.servers:
            match = server.pattern.match(request.path)
            if match is None:
                continue
            value = unquote(match.group("id"))
            return ControlPlaneRequest(
                method=request.method,
                path=request.path[match.end() :] or "/",
                query_string=request.query_string,
                headers=request.headers,
                body=request.body,
                control_plane=ControlPlane(server.variable.removesuffix("_id"), value),
                prefix=match.group(0),
            )
        return None
