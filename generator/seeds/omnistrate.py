"""Seed parser for the Omnistrate Registration API reference page.

The seed (``001_83f9840097cb606c.txt``) is the text rendering of Omnistrate's Redoc API reference.
It names every operation, parameter and top-level body field, but shows no HTTP method or path, and
it loses the names of expandable fields (objects and arrays of objects). :func:`parse` turns the
text into an inventory (see ``specs/omnistrate/seed-inventory.json``) that the canonical spec is
checked against.

Layout of the page, as far as this parser relies on it::

    <tag>                                   a tag heading (ends in "-api")
    <tag description>                       optional paragraph
    <Name> <tag>                            an operation heading (the operation's summary)
    <description>                           optional paragraphs
    Authorizations:                         optional, followed by the scheme name
    path Parameters | query Parameters | header Parameters
    Request Body schema: application/json   followed by "required" and the fields
    Responses
    Request samples / Response samples      "Content type", the media type, then the JSON

A field (or parameter) is written as ``name``, an optional ``required``, a type line such as
``string <email> non-empty`` or ``Array of objects (EnvironmentVariable)``, optional ``Default:`` /
``Example:`` lines, a blank line and its description. Expandable fields lose their name line; their
names are recovered from the request sample, whose keys are listed in the same (sorted) order.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

from . import ARRAY_ITEM_TYPES

__all__ = ["SOURCE", "operation_id", "parse"]

SOURCE = "001_83f9840097cb606c.txt"

_TAG_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-api$")
_OP_RE = re.compile(r"^([A-Za-z][A-Za-z0-9]*) ([a-z][a-z0-9]*(?:-[a-z0-9]+)*-api)$")
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_SCALARS = ("string", "integer", "number", "boolean", "object", "any")
_ARRAY_ITEMS = ARRAY_ITEM_TYPES
_TYPE_RE = re.compile(
    r"^(?P<base>string|integer|number|boolean|object|any|Array of (?P<items>strings|integers|numbers"
    r"|booleans|objects))"
    r"(?: <(?P<format>[A-Za-z0-9_-]+)>)?"
    r"(?: \((?P<ref>[A-Za-z][A-Za-z0-9_]*)\))?"
    r"(?: \[ items <(?P<itemformat>[A-Za-z0-9_-]+) ?> \])?"
    r"(?P<nonempty> non-empty)?"
    r"(?: ?(?P<pattern>\S.*))?$"
)
_SECTIONS = {
    "path Parameters": "path",
    "query Parameters": "query",
    "header Parameters": "header",
}
_BODY_PREFIX = "Request Body schema: "
_SECURITY = {
    "api_key_header_Authorization": "bearer",
    "basic_header_Authorization": "basic",
}


def _lower_camel(name: str) -> str:
    return name[:1].lower() + name[1:]


def operation_id(name: str, tag: str, duplicate: bool) -> str:
    """Return the operationId the canonical spec uses for the seed operation ``name``.

    The seed name lowerCamelCased; a name the seed uses a second time is qualified by the first
    word of its tag (``Signin`` under ``consumption-user-api`` becomes ``consumptionSignin``).
    """
    if duplicate:
        return tag.split("-", 1)[0] + name
    return _lower_camel(name)


def _is_type(line: str) -> bool:
    return line.startswith((*_SCALARS, "Array of ")) and _TYPE_RE.match(line) is not None


def _is_expandable(line: str) -> bool:
    """Objects and arrays of objects: the page renders them without their name line."""
    return line.startswith(("object", "Array of objects")) and _is_type(line)


def _parse_type(line: str) -> dict[str, Any]:
    m = _TYPE_RE.match(line)
    if m is None:  # pragma: no cover - guarded by _is_type
        raise ValueError(f"not a type line: {line!r}")
    items_word = m.group("items")
    kind = "array" if items_word else m.group("base")
    items: dict[str, Any] | None = None
    ref = m.group("ref")
    fmt = m.group("format")
    if items_word:
        items = {
            "type": _ARRAY_ITEMS[items_word],
            "format": m.group("itemformat") or fmt,
            "ref": ref,
        }
        fmt = None
        ref = None
    return {
        "type": kind,
        "format": fmt,
        "pattern": m.group("pattern"),
        "minLength": 1 if m.group("nonempty") else None,
        "ref": ref,
        "items": items,
    }


def _coerce(raw: str, kind: str) -> Any:
    """Turn the text of a ``Default:`` or ``Example:`` line into a value of the field's type."""
    try:
        value: Any = json.loads(raw)
    except ValueError:
        return raw
    if kind == "string" and not isinstance(value, str):
        return raw
    return value


def _sample(lines: list[str], start: int) -> tuple[Any, int]:
    """Read the JSON sample starting at ``lines[start]``; return it and the index after it."""
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    text = "\n".join(line.replace("\u2022 ", "", 1) for line in lines[start:end])
    text = re.sub(r",(\s*[}\]])", r"\1", text)  # the seed drops fields and leaves their commas
    try:
        return json.loads(text), end
    except ValueError:
        return None, end


def _fields(lines: list[str], location: str | None) -> list[dict[str, Any]]:
    """Parse the fields (or parameters) of one section."""
    fields: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    paragraphs: list[list[str]] = []
    i = 0
    n = len(lines)

    def close() -> None:
        if current is not None:
            text = "\n\n".join(" ".join(p) for p in paragraphs if p)
            current["description"] = text
            fields.append(current)

    while i < n:
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < n else ""
        start: tuple[str | None, int] | None = None
        if _is_expandable(line) or (line == "required" and _is_expandable(nxt)):
            start = (None, i)
        elif _NAME_RE.match(line) and (nxt == "required" or _is_type(nxt)):
            start = (line, i + 1)
        if start is None:
            if current is not None:
                if not line.strip():
                    if paragraphs and paragraphs[-1]:
                        paragraphs.append([])
                else:
                    if not paragraphs:
                        paragraphs.append([])
                    paragraphs[-1].append(line.strip())
            i += 1
            continue
        close()
        name, j = start
        required = False
        if lines[j] == "required":
            required = True
            j += 1
        info = _parse_type(lines[j])
        j += 1
        default: Any = None
        example: Any = None
        while j < n and lines[j].startswith(("Default: ", "Example: ", "Examples:", "  \u2022 ")):
            text = lines[j]
            if text.startswith("Default: "):
                default = _coerce(text[len("Default: ") :], str(info["type"]))
            elif text.startswith("Example: "):
                raw = text[len("Example: ") :]
                if location == "query" and name and raw.startswith(name + "="):
                    values = raw[len(name) + 1 :].split("&" + name + "=")
                    if info["type"] == "array":
                        example = [_coerce(v, str(info["items"]["type"])) for v in values]
                    else:
                        example = _coerce("&".join(values), str(info["type"]))
                else:
                    example = _coerce(raw, str(info["type"]))
            j += 1
        current = {"name": name, "required": required, **info, "default": default, "example": example}
        if location is not None:
            current["in"] = location
        paragraphs = []
        i = j
    close()
    return fields


def _recover_names(fields: list[dict[str, Any]], sample: Any, where: str) -> None:
    """Fill in the names of expandable fields from the request sample's keys."""
    if all(f["name"] is not None for f in fields):
        return
    keys = list(sample) if isinstance(sample, dict) else []
    known = {f["name"] for f in fields if f["name"] is not None}
    i = 0
    while i < len(fields):
        if fields[i]["name"] is not None:
            i += 1
            continue
        j = i
        while j < len(fields) and fields[j]["name"] is None:
            j += 1
        before = fields[i - 1]["name"] if i > 0 else None
        after = fields[j]["name"] if j < len(fields) else None
        lo = keys.index(before) + 1 if before in keys else 0
        hi = keys.index(after) if after in keys else len(keys)
        candidates = [k for k in keys[lo:hi] if k not in known]
        gap = fields[i:j]
        if len(candidates) == len(gap):
            for field, key in zip(gap, candidates, strict=True):
                field["name"] = key
        else:
            for field in gap:
                ref = field["ref"] or (field["items"] or {}).get("ref")
                guess = _lower_camel(ref) if ref else None
                if guess is not None and guess in candidates:
                    field["name"] = guess
        for field in gap:
            if field["name"] is None:
                raise ValueError(f"{where}: cannot recover the name of {field!r}")
            known.add(field["name"])
        i = j


def _operation(name: str, tag: str, body: list[str]) -> dict[str, Any]:
    marks = [
        k
        for k, line in enumerate(body)
        if line in _SECTIONS
        or line.startswith(_BODY_PREFIX)
        or line in ("Authorizations:", "Responses", "Request samples", "Response samples")
    ]
    first = marks[0] if marks else len(body)
    paragraphs: list[list[str]] = [[]]
    for line in body[:first]:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    description = "\n\n".join(" ".join(p) for p in paragraphs if p)

    security: list[str] = []
    parameters: list[dict[str, Any]] = []
    request: dict[str, Any] | None = None
    request_sample: Any = None
    response_sample: Any = None
    response_type: str | None = None
    for a, b in itertools.pairwise([*marks, len(body)]):
        head = body[a]
        chunk = body[a + 1 : b]
        if head == "Authorizations:":
            security = [_SECURITY[s.strip()] for s in chunk if s.strip()]
        elif head in _SECTIONS:
            parameters.extend(_fields(chunk, _SECTIONS[head]))
        elif head.startswith(_BODY_PREFIX):
            required = bool(chunk) and chunk[0] == "required"
            request = {
                "contentType": head[len(_BODY_PREFIX) :].strip(),
                "required": required,
                "fields": _fields(chunk[1:] if required else chunk, None),
            }
        elif head in ("Request samples", "Response samples"):
            k = 0
            while k < len(chunk) and chunk[k] != "Content type":
                k += 1
            if k + 2 > len(chunk):
                continue
            media = chunk[k + 1].strip()
            value, _ = _sample(chunk, k + 2)
            if head == "Request samples":
                request_sample = value
            else:
                response_sample = value
                response_type = media
    if request is not None:
        _recover_names(request["fields"], request_sample, name)
    for p in parameters:
        p["in"] = p.pop("in")
    return {
        "name": name,
        "tag": tag,
        "summary": f"{name} {tag}",
        "description": description,
        "deprecated": False,
        "security": security,
        "parameters": parameters,
        "body": request,
        "requestSample": request_sample,
        "responseSample": response_sample,
        "responseContentType": response_type,
    }


def parse(text: str) -> dict[str, Any]:
    """Parse the Omnistrate seed page into an inventory of tags and operations."""
    lines = [line.rstrip() for line in text.splitlines()]
    tags: list[dict[str, str]] = []
    blocks: list[tuple[str, str, int, int]] = []
    tag: str | None = None
    tag_text: list[str] = []
    op_start: int | None = None
    op_name = ""

    def finish_op(end: int) -> None:
        if op_start is not None and tag is not None:
            blocks.append((op_name, tag, op_start, end))

    def finish_tag() -> None:
        if tag is not None:
            tags.append({"name": tag, "description": " ".join(tag_text)})

    for idx, line in enumerate(lines):
        op = _OP_RE.match(line)
        if _TAG_RE.match(line):
            finish_op(idx)
            op_start = None
            finish_tag()
            tag = line
            tag_text = []
        elif op is not None and op.group(2) == tag:
            finish_op(idx)
            op_name = op.group(1)
            op_start = idx + 1
        elif op_start is None and tag is not None and line.strip():
            tag_text.append(line.strip())
    finish_op(len(lines))
    finish_tag()

    seen: set[str] = set()
    operations: list[dict[str, Any]] = []
    for name, op_tag, a, b in blocks:
        op_data = _operation(name, op_tag, lines[a:b])
        op_data["operationId"] = operation_id(name, op_tag, name in seen)
        seen.add(name)
        operations.append(op_data)
    ids = [o["operationId"] for o in operations]
    if len(ids) != len(set(ids)):
        raise ValueError("operationIds are not unique")
    return {
        "api": "omnistrate",
        "source": SOURCE,
        "title": lines[0].split(" (")[0] if lines else "",
        "tags": tags,
        "operations": operations,
    }


if __name__ == "__main__":  # pragma: no cover
    import sys

    with open(sys.argv[1], encoding="utf-8") as fh:
        inventory = parse(fh.read())
    sys.stdout.write(json.dumps(inventory, indent=2, sort_keys=True) + "\n")
