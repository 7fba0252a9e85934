"""Where every operation lives on the namespaced client: `client.<resource>...<method>(...)`.

One table per API, `generator/configs/names/<api>.yaml`, maps each operationId to a dotted name
(`describeService: services.describe`, `putGroupPermission: tenants.groups.put_permission`), so a
reader sees every name in one place. `python -m generator names API --write` fills the table: names
already there stay (they are the overrides), new operations get the default, removed ones go.
`check` fails when an operation has no name, a name has no operation, or two names collide.

The defaults, one rule for the four APIs:
- a tag is a resource, named by its words in snake case, the last one plural
  (`service-environment-api` → `service_environments`, `AccountRoleBindings` → `account_role_bindings`);
- a tag whose operations all sit below the item path of another tag's operations
  (`/service/{serviceId}/environment` below `/service/{id}`) nests in it, dropping the words the
  two share (`services.environments`, `tenants.projects.sensor_credentials`);
- the method is the operationId without the resource's noun (`describeServiceEnvironment` in
  `services.environments` → `describe`, `putTenantPermission` in `tenants` → `put_permission`).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import specs

from .targets import CONFIG_DIR

__all__ = [
    "NAMES_DIR",
    "RESERVED",
    "Operation",
    "OperationName",
    "load_table",
    "operations",
    "problems",
    "render_table",
    "suggest",
    "table_path",
]

NAMES_DIR = CONFIG_DIR / "names"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Attributes of the clients and resources that no resource or method may shadow.
RESERVED = frozenset(
    {
        "with_options",
        "with_raw_response",
        "with_streaming_response",
        "close",
        "aclose",
        "base_url",
        "timeout",
        "retries",
        "headers",
        "http_client",
        "functional_client",
    }
)
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
# `SaaS` and `OAuth` stay one word; `DNSTo` splits as `DNS`, `To`.
_WORD = re.compile(r"SaaS|OAuth|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


@dataclass(frozen=True)
class Operation:
    """What the rules need of one spec operation."""

    operation_id: str
    method: str
    path: str
    tag: str


@dataclass(frozen=True)
class OperationName:
    """`services.environments.describe` → resource `("services", "environments")`, method `describe`."""

    resource: tuple[str, ...]
    method: str

    @classmethod
    def parse(cls, dotted: str) -> OperationName:
        parts = tuple(dotted.split("."))
        return cls(parts[:-1], parts[-1])

    def __str__(self) -> str:
        return ".".join([*self.resource, self.method])


def table_path(api: str) -> Path:
    return NAMES_DIR / f"{api}.yaml"


def operations(document: Mapping[str, Any]) -> list[Operation]:
    """Every operation of a spec, in path order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in _METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and "operationId" in operation:
                tag = str((operation.get("tags") or ["default"])[0])
                found.append(Operation(str(operation["operationId"]), method, str(path), tag))
    return found


# -- the default rules -----------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """`service-environment-api` → `[service, environment, api]`; `listAccountRoleBindings` likewise."""
    return [w.lower() for w in _WORD.findall(text)]


# Words that read wrong in the plural: `client.metadata`, `client.authentication`.
_UNCOUNTABLE = frozenset(
    {"authentication", "billing", "copilot", "discovery", "dns", "global", "iam", "metadata", "usage"}
)


def _plural(word: str) -> str:
    if word in _UNCOUNTABLE:
        return word
    if word.endswith(("s", "x", "ch", "sh")):
        return word if word.endswith(("s",)) else word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _tag_words(tag: str) -> list[str]:
    found = words(tag)
    if len(found) > 1 and found[-1] == "api":  # `service-api` → service; `service-api-api` → service api
        found = found[:-1]
    return found


def _normal(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _item_prefixes(paths: list[str]) -> set[str]:
    """The item paths of a tag: those of its paths that end in a parameter (`/service/{id}`)."""
    return {_normal(p) for p in paths if p.endswith("}")}


def _parents(ops: list[Operation]) -> dict[str, str]:
    """tag → the tag it nests in: the one whose item path prefixes all its paths most closely."""
    paths: dict[str, list[str]] = {}
    for op in ops:
        paths.setdefault(op.tag, []).append(op.path)
    items = {tag: _item_prefixes(found) for tag, found in paths.items()}
    parents = {}
    for tag, found in paths.items():
        best: tuple[int, str] | None = None
        for other, prefixes in items.items():
            if other == tag:
                continue
            for prefix in prefixes:
                if all(_normal(p).startswith(prefix + "/") for p in found) and (
                    best is None or len(prefix) > best[0]
                ):
                    best = (len(prefix), other)
        if best is not None:
            parents[tag] = best[1]
    # A cycle cannot happen (prefixes strictly grow), but a tag nesting in itself through others can't either.
    return parents


def _resource_words(tag: str, parents: Mapping[str, str]) -> list[str]:
    """A resource's own words: its tag's, without the leading words its parent's tag shares."""
    own = _tag_words(tag)
    parent = parents.get(tag)
    if parent is not None:
        shared = _tag_words(parent)
        while shared and own[:1] and _singular(own[0]) == _singular(shared[0]) and len(own) > 1:
            own, shared = own[1:], shared[1:]
    return own


def _attribute(words_: list[str]) -> str:
    name = "_".join([*words_[:-1], _plural(words_[-1])]) if words_ else "default"
    return name + "_" if keyword.iskeyword(name) or name in RESERVED else name


def _method(operation_id: str, nouns: list[list[str]]) -> str:
    """The operationId's words without the first run of a resource noun (singular or plural)."""
    found = words(operation_id)
    for noun in nouns:
        size = len(noun)
        for start in range(1, len(found) - size + 1):
            window = [_singular(w) for w in found[start : start + size]]
            if window == [_singular(w) for w in noun]:
                rest = found[:start] + found[start + size :]
                if rest:
                    found = rest
                    break
        else:
            continue
        break
    name = "_".join(found)
    return name + "_" if keyword.iskeyword(name) or name in RESERVED else name


def suggest(document: Mapping[str, Any]) -> dict[str, OperationName]:
    """The default name of every operation (collisions fall back to the whole operationId)."""
    ops = operations(document)
    parents = _parents(ops)

    def resource(tag: str) -> tuple[str, ...]:
        chain = []
        current: str | None = tag
        while current is not None:
            chain.append(_attribute(_resource_words(current, parents)))
            current = parents.get(current)
        return tuple(reversed(chain))

    names: dict[str, OperationName] = {}
    for op in ops:
        nouns = [_tag_words(op.tag), _resource_words(op.tag, parents)]
        names[op.operation_id] = OperationName(resource(op.tag), _method(op.operation_id, nouns))
    seen: dict[OperationName, list[str]] = {}
    for operation_id, name in names.items():
        seen.setdefault(name, []).append(operation_id)
    for clashing in (ids for ids in seen.values() if len(ids) > 1):
        for operation_id in clashing:
            name = names[operation_id]
            names[operation_id] = OperationName(name.resource, "_".join(words(operation_id)))
    return names


# -- the table -------------------------------------------------------------------------------------


def load_table(api: str) -> dict[str, OperationName]:
    """The committed table of `api` (empty when there is none yet)."""
    path = table_path(api)
    if not path.is_file():
        return {}
    import yaml  # noqa: PLC0415 - only the generator reads tables

    data = yaml.load(path.read_text(encoding="utf-8"), Loader=specs.yaml_loader()) or {}
    entries = data.get("operations") or {}
    if not isinstance(entries, Mapping):
        raise ValueError(f"{path}: `operations` must map operationIds to dotted names")
    return {str(k): OperationName.parse(str(v)) for k, v in entries.items()}


def load_mixins(api: str) -> dict[str, str]:
    """`mixins:` of the table: resource (dotted) → module of the package (from generator/extras/<api>/)
    whose `<Resource>ResourceMixin` / `Async<Resource>ResourceMixin` the resource's classes inherit
    hand-written methods from (Datum's `projects.watch`); `client` names the module whose
    `<Client>ClientMixin` / `Async<Client>ClientMixin` the client classes themselves inherit from."""
    path = table_path(api)
    if not path.is_file():
        return {}
    import yaml  # noqa: PLC0415

    data = yaml.load(path.read_text(encoding="utf-8"), Loader=specs.yaml_loader()) or {}
    return {str(k): str(v) for k, v in (data.get("mixins") or {}).items()}


def render_table(api: str, document: Mapping[str, Any], current: Mapping[str, OperationName]) -> str:
    """The table file: every operation in path order, kept names first, defaults for the rest."""
    defaults = suggest(document)
    lines = [
        f"# Where every operation of specs/{api}/openapi.yaml lives on the namespaced client.",
        "# operationId: resource[.sub-resource...].method   (client.<resource>...<method>(...))",
        f"# Fill in new operations with `python -m generator names {api} --write`; edit a name to override",
        "# its default (shown after `default:`). `python -m generator check` fails on a missing name.",
        "operations:",
    ]
    for op in operations(document):
        name = current.get(op.operation_id, defaults[op.operation_id])
        note = "" if name == defaults[op.operation_id] else f"  # default: {defaults[op.operation_id]}"
        lines.append(f"  {op.operation_id}: {name}{note}")
    mixins = load_mixins(api)
    if mixins:
        lines.append("# Resources with hand-written methods: resource: module (generator/extras/<api>/).")
        lines.append("mixins:")
        lines.extend(f"  {resource}: {module}" for resource, module in mixins.items())
    return "\n".join(lines) + "\n"


def _iter_problems(document: Mapping[str, Any], table: Mapping[str, OperationName]) -> Iterator[str]:
    ops = {op.operation_id: op for op in operations(document)}
    for operation_id in ops:
        if operation_id not in table:
            yield f"{operation_id}: no name in the table"
    for operation_id in table:
        if operation_id not in ops:
            yield f"{operation_id}: named in the table but not in the spec"
    seen: dict[OperationName, str] = {}
    resources: set[tuple[str, ...]] = set()
    for operation_id, name in table.items():
        for part in [*name.resource, name.method]:
            if not _IDENTIFIER.match(part) or keyword.iskeyword(part) or part in RESERVED:
                yield f"{operation_id}: {part!r} (of {name}) is not a usable attribute name"
        if not name.resource:
            yield f"{operation_id}: {name} names no resource"
        if name in seen:
            yield f"{operation_id}: {name} is also the name of {seen[name]}"
        seen[name] = operation_id
        resources.update(name.resource[:i] for i in range(1, len(name.resource) + 1))
    for operation_id, name in table.items():
        if (*name.resource, name.method) in resources:
            yield f"{operation_id}: method {name} has the name of a sub-resource"


def problems(api: str, document: Mapping[str, Any]) -> list[str]:
    """What is wrong with `api`'s table against its spec (empty when every operation has one name)."""
    path = table_path(api)
    if not path.is_file():
        return [f"{path}: missing; write it with `python -m generator names {api} --write`"]
    return [f"{path.name}: {line}" for line in _iter_problems(document, load_table(api))]
