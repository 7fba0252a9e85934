"""The kinds table (generator/configs/project-control-plane.yaml) as typed values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import specs

from ..targets import CONFIG_DIR

__all__ = ["TABLE_PATH", "Group", "Kind", "load_table"]

TABLE_PATH = CONFIG_DIR / "project-control-plane.yaml"


@dataclass(frozen=True)
class Kind:
    kind: str
    plural: str
    namespaced: bool
    status: bool
    made_by: str
    description: str
    printer_columns: tuple[dict[str, Any], ...]
    example: dict[str, Any]

    @property
    def singular(self) -> str:
        return self.kind.lower()

    @property
    def kinds(self) -> str:
        """The kind in the plural, as operation names use it (`Workloads`, `NetworkPolicies`)."""
        if self.kind.endswith("y") and self.kind[-2:-1] not in set("aeiou"):
            return self.kind[:-1] + "ies"
        return self.kind + ("es" if self.kind.endswith("s") else "s")


@dataclass(frozen=True)
class Group:
    group: str
    version: str
    schemas: str
    prefix: str
    description: str
    kinds: tuple[Kind, ...]
    # False for a group the typed SDK leaves to the dynamic client.
    sdk: bool = True

    @property
    def group_version(self) -> str:
        """`compute.datumapis.com/v1alpha`, or `v1` for the core group (as `apiVersion` spells it)."""
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def api_path(self) -> str:
        """The URL prefix of the group version: `/apis/<group>/<version>`, or `/api/v1` for core."""
        return f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"

    @property
    def discovery_key(self) -> str:
        """Its key in the `/openapi/v3` map: `apis/<group>/<version>`, or `api/v1`."""
        return self.api_path.lstrip("/")

    @property
    def short_name(self) -> str:
        """`compute`, `core`, `gateway`: the group's first word, how summaries name its document."""
        return (self.group or "core").split(".")[0]

    @property
    def file_name(self) -> str:
        """`compute.datumapis.com_v1alpha.yaml`, or `core_v1.yaml`."""
        return f"{self.group or 'core'}_{self.version}.yaml"


def _kind(raw: dict[str, Any]) -> Kind:
    return Kind(
        kind=raw["kind"],
        plural=raw["plural"],
        namespaced=raw["scope"] == "Namespaced",
        status=bool(raw["status"]),
        made_by=raw["madeBy"],
        description=" ".join(str(raw["description"]).split()),
        printer_columns=tuple(raw.get("printerColumns") or ()),
        example=raw["example"],
    )


def load_table(path: Path = TABLE_PATH) -> tuple[str, tuple[Group, ...]]:
    """The reference folder (relative to ../shared/reference) and the group versions, in table order."""
    with path.open(encoding="utf-8") as handle:
        import yaml  # noqa: PLC0415

        raw: dict[str, Any] = yaml.load(handle, Loader=specs.yaml_loader())
    groups = tuple(
        Group(
            group=g["group"],
            version=g["version"],
            schemas=g["schemas"],
            prefix=g["prefix"],
            description=" ".join(str(g["description"]).split()),
            kinds=tuple(_kind(k) for k in g["kinds"]),
            sdk=bool(g.get("sdk", True)),
        )
        for g in raw["groups"]
    )
    return str(raw["reference"]), groups
