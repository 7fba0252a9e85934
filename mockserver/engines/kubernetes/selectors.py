"""Label and field selectors, with the grammar the spec's `labelSelector`/`fieldSelector` patterns state."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .statuses import KubeError

__all__ = ["FieldRequirement", "LabelRequirement", "Selector", "parse_field_selector", "parse_label_selector"]

_NAME = r"[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?"
_KEY = rf"(?:{_NAME}/)?{_NAME}"
_VALUE = rf"(?:{_NAME})?"
_LABEL_REQUIREMENT = re.compile(
    rf" *(?:! *(?P<absent>{_KEY})|(?P<key>{_KEY})"
    rf"(?: *(?P<op>==|!=|=) *(?P<value>{_VALUE})"
    rf"| +(?P<setop>in|notin) *\((?P<values> *{_VALUE}(?: *, *{_VALUE})*) *\))?) *"
)
_FIELD_REQUIREMENT = re.compile(
    r" *(?P<field>metadata\.name|metadata\.namespace) *(?P<op>==|!=|=) *(?P<value>[-A-Za-z0-9_.]*) *"
)


@dataclass(frozen=True)
class LabelRequirement:
    key: str
    operator: str  # "=", "!=", "in", "notin", "exists", "!"
    values: frozenset[str] = frozenset()

    def matches(self, labels: Mapping[str, str]) -> bool:
        present = self.key in labels
        value = labels.get(self.key)
        if self.operator in ("=", "in"):
            return present and value in self.values
        if self.operator in ("!=", "notin"):
            return not present or value not in self.values
        if self.operator == "exists":
            return present
        return not present


@dataclass(frozen=True)
class FieldRequirement:
    field: str
    equal: bool
    value: str

    def matches(self, obj: Mapping[str, Any]) -> bool:
        metadata = obj.get("metadata") or {}
        actual = str(metadata.get(self.field.removeprefix("metadata."), ""))
        return (actual == self.value) == self.equal


@dataclass(frozen=True)
class Selector:
    labels: tuple[LabelRequirement, ...] = ()
    fields: tuple[FieldRequirement, ...] = ()

    def matches(self, obj: Mapping[str, Any]) -> bool:
        labels = (obj.get("metadata") or {}).get("labels") or {}
        return all(r.matches(labels) for r in self.labels) and all(r.matches(obj) for r in self.fields)


def _requirements(text: str, pattern: re.Pattern[str], what: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    position = 0
    if text == "":
        return found
    while True:
        match = pattern.match(text, position)
        if match is None:
            raise KubeError.bad_request(f"unable to parse requirement: invalid {what} {text!r}")
        found.append(match)
        position = match.end()
        if position == len(text):
            return found
        if text[position] != ",":
            raise KubeError.bad_request(f"unable to parse requirement: invalid {what} {text!r}")
        position += 1


def parse_label_selector(text: str) -> tuple[LabelRequirement, ...]:
    """`a=b,!c,d in (e,f)` -> requirements; raises a 400 `KubeError` for anything else."""
    requirements = []
    for match in _requirements(text, _LABEL_REQUIREMENT, "label selector"):
        if match["absent"]:
            requirements.append(LabelRequirement(match["absent"], "!"))
        elif match["op"]:
            operator = "!=" if match["op"] == "!=" else "="
            requirements.append(LabelRequirement(match["key"], operator, frozenset({match["value"]})))
        elif match["setop"]:
            values = frozenset(v.strip() for v in match["values"].split(","))
            requirements.append(LabelRequirement(match["key"], match["setop"], values))
        else:
            requirements.append(LabelRequirement(match["key"], "exists"))
    return tuple(requirements)


def parse_field_selector(text: str) -> tuple[FieldRequirement, ...]:
    """`metadata.name=x` -> requirements; objects are selectable by name and namespace."""
    return tuple(
        FieldRequirement(match["field"], match["op"] != "!=", match["value"])
        for match in _requirements(text, _FIELD_REQUIREMENT, "field selector")
    )
