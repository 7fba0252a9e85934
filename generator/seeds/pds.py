"""Seed parser for the Portworx Data Services (PDS) API 121 reference page.

The seed (``002_930cbf6884e39007.txt``) is the text rendering of the PDS API server's Redoc
reference. It names every operation (162 in 42 sections), parameter and top-level body field, but
shows no HTTP method, path, status code or response schema, and it loses the names of expandable
fields (objects and arrays of objects). :func:`parse` turns the text into an inventory (see
``specs/pds/seed-inventory.json``) that the canonical spec is checked against.

Layout of the page, as far as this parser relies on it::

    <tag>                                   a section heading (only before a section's first operation)
    <heading>                               the operation's summary (" Deprecated" appended when deprecated)
    <description>                           zero or more paragraphs
    Authorizations:                         optional, followed by the scheme name (ApiKeyAuth)
    path Parameters | query Parameters | header Parameters
    Request Body schema: application/json   followed by the body description and the fields
    Responses
    Request samples / Response samples      "Content type", the media type, then the JSON (if any)

The page keeps no heading levels, so a section heading is told from an operation heading by its
place: it opens a run of at least three free-text lines and is written in Title Case without
punctuation (``Accounts DNS``, ``AccountsRoleInvitations``), while operation headings are followed by
their description.

A field (or parameter) is written as ``name``, an optional ``required``, a type line such as
``string``, ``string [ 1 .. 256 ] characters``, ``Array of strings`` or ``object (models.DNSDetails)``,
optional ``Enum:`` / ``Value:`` / ``Items Enum:`` lines and its description. Expandable fields lose
their name line; their names are recovered from the request sample, whose keys are listed in the
same (sorted) order. A nested model that the page expands (``Array`` after an ``Array of objects``
line) is skipped: the inventory lists top-level body fields only.
"""

from __future__ import annotations

import json
import re
from typing import Any

from . import ARRAY_ITEM_TYPES

__all__ = ["SOURCE", "operation_id", "parse", "parse_sample"]

SOURCE = "002_930cbf6884e39007.txt"

_SECTIONS = {
    "path Parameters": "path",
    "query Parameters": "query",
    "header Parameters": "header",
}
_BODY_PREFIX = "Request Body schema: "
_SECURITY = {"ApiKeyAuth": "bearer"}
_STRUCTURAL = ("Authorizations:", "Responses", *tuple(_SECTIONS))
_DEPRECATED_BADGE = " Deprecated"

_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_TAG_RE = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*$")
_ARRAY_ITEMS = ARRAY_ITEM_TYPES
_TYPE_RE = re.compile(
    r"^(?P<base>string|integer|number|boolean|object|Array of (?P<items>strings|integers|numbers"
    r"|booleans|objects))"
    r"(?: <(?P<format>[A-Za-z0-9_-]+)>)?"
    r"(?: \((?P<model>[A-Za-z][A-Za-z0-9_.]*)\))?"
    r"(?: \[ (?P<min>\d+) \.\. (?P<max>\d+) \] characters| <= (?P<maxonly>\d+) characters"
    r"| >= (?P<minonly>\d+) characters| (?P<nonempty>non-empty))?$"
)
_ENUM_TOKEN_RE = re.compile(r'"((?:[^"\\]|\\.)*)"|(\S+)')

# Verbs that open an operation name and become the first word of its operationId as they are.
_VERBS = frozenset(
    {
        "Accept",
        "Authorize",
        "Create",
        "Delete",
        "Get",
        "List",
        "Patch",
        "Regenerate",
        "Retry",
        "Search",
        "Set",
        "Start",
        "Update",
        "Upsert",
    }
)
_DROPPED_WORDS = frozenset({"a", "an", "the", "by", "id"})

# Where the rule (verb + the remaining words in CamelCase) cannot decide or decides badly: names
# without a leading verb, plural nouns on single-item operations, and wordy headings.
_OPERATION_IDS: dict[str, str] = {
    "Patch AccountRoleInvitation role_name": "patchAccountRoleInvitation",
    "Create Invitation": "createAccountInvitation",
    "List AccountRoleBinding": "listAccountRoleBindings",
    "Create/Update AccountRoleBinding": "upsertAccountRoleBinding",
    "List Service Identity": "listServiceIdentities",
    "Generate JWT token for service identity": "generateServiceIdentityToken",
    "Get DNS details for Tenant": "getTenantDnsDetails",
    "Delete ApplicationConfigurationTemplates": "deleteApplicationConfigurationTemplate",
    "Get cloud configuration for BackupCredentials": "getBackupCredentialsCloudConfiguration",
    "Restorability Matrix": "getRestorabilityMatrix",
    "Delete BackupPolicies": "deleteBackupPolicy",
    "Delete BackupTargets": "deleteBackupTarget",
    "Retry sync of a BackupTarget": "retryBackupTargetSync",
    "List BackupTarget's BackupTargetStates": "listBackupTargetStates",
    "Delete Backup jobs": "deleteBackupJobByName",
    "Get configuration values for a DeploymentTarget": "getDeploymentTargetConfig",
    "Get join credentials of a DeploymentTarget": "getDeploymentTargetCredentials",
    "Make DeploymentTarget heart beat request": "sendDeploymentTargetHeartbeat",
    "Make DeploymentTarget operator heart beat request": "sendDeploymentTargetOperatorHeartbeat",
    "Update target operator metadata": "updateDeploymentTargetOperatorMetadata",
    "Update target capabilities": "updateDeploymentTargetCapabilities",
    "Adds k8s generated events for a deployment": "addDeploymentEvents",
    "Get the timestamp of the latest event": "getLatestEventTimestamp",
    "Deployment Connection Information": "getDeploymentConnectionInfo",
    "Deployment Credentials": "getDeploymentCredentials",
    "Post DeploymentManifest": "upsertDeploymentManifest",
    "Get metadata information": "getMetadata",
    "Delete ResourceSettingsTemplates": "deleteResourceSettingsTemplate",
    "Get ServiceAccounts": "getServiceAccount",
    "Delete ServiceAccounts": "deleteServiceAccount",
    "Create ServiceAccounts": "createServiceAccount",
    "Get token of a ServiceAccount": "getServiceAccountToken",
    "Delete StorageOptionsTemplates": "deleteStorageOptionsTemplate",
    "Get version information": "getApiVersion",
    "Authorization code exchange": "exchangeAuthorizationCode",
    "OIDC info": "getOidcInfo",
    "Use refresh token to generate new tokens.": "refreshToken",
}

# A name the seed uses twice: the later operation is told apart by its first path parameter.
_DUPLICATE_IDS: dict[tuple[str, str], str] = {
    ("Create Deployment", "Project ID (must be valid UUID)"): "createProjectDeployment",
}

_CAMEL_PART_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _camel_word(word: str) -> str:
    """``UserAPIKey`` -> ``UserApiKey``, ``DNS`` -> ``Dns``, ``k8s`` -> ``K8s``."""
    parts = _CAMEL_PART_RE.findall(word)
    return "".join(part[:1].upper() + part[1:].lower() for part in parts)


def operation_id(summary: str, first_path_param: str | None = None) -> str:
    """Return the operationId the canonical spec uses for the seed operation ``summary``.

    The rule: the leading verb in lower case, then the remaining words in CamelCase, possessives and
    articles dropped (``List Account's Tenants`` -> ``listAccountTenants``, ``Update
    AccountGlobalConfig`` -> ``updateAccountGlobalConfig``). The tables above settle the rest.
    """
    if first_path_param is not None and (summary, first_path_param) in _DUPLICATE_IDS:
        return _DUPLICATE_IDS[(summary, first_path_param)]
    if summary in _OPERATION_IDS:
        return _OPERATION_IDS[summary]
    verb, _, rest = summary.partition(" ")
    if verb not in _VERBS:
        raise ValueError(f"no naming rule for operation {summary!r}: add it to _OPERATION_IDS")
    words = [w.removesuffix("'s") for w in re.split(r"[\s/_-]+", rest) if w]
    words = [w for w in words if w.lower() not in _DROPPED_WORDS]
    return verb.lower() + "".join(_camel_word(w) for w in words)


def parse_sample(lines: list[str]) -> Any:
    """Turn a rendered JSON sample (bullets, collapsed containers) into a value."""
    text = " ".join(line.replace("\u2022", "").strip() for line in lines)
    return json.loads(text)


def _enum_values(text: str, base: str) -> list[Any]:
    values: list[Any] = []
    for quoted, bare in _ENUM_TOKEN_RE.findall(text):
        if bare:
            values.append(int(bare) if base == "integer" else float(bare) if base == "number" else bare)
        else:
            values.append(json.loads(f'"{quoted}"'))
    return values


def _is_type_line(line: str) -> bool:
    return _TYPE_RE.match(line) is not None


def _new_field(name: str | None, required: bool, type_line: str) -> dict[str, Any]:
    match = _TYPE_RE.match(type_line)
    if match is None:  # pragma: no cover - callers check first
        raise ValueError(f"not a type line: {type_line!r}")
    base = match["base"]
    items: dict[str, Any] | None = None
    model = match["model"]
    if base.startswith("Array of "):
        items = {"type": _ARRAY_ITEMS[match["items"]], "enum": None, "model": model}
        field_type, model = "array", None
    else:
        field_type = base
    min_length: int | None = None
    max_length: int | None = None
    if match["min"] is not None:
        min_length, max_length = int(match["min"]), int(match["max"])
    elif match["maxonly"] is not None:
        max_length = int(match["maxonly"])
    elif match["minonly"] is not None:
        min_length = int(match["minonly"])
    elif match["nonempty"] is not None:
        min_length = 1
    return {
        "name": name,
        "required": required,
        "type": field_type,
        "format": match["format"],
        "pattern": None,
        "default": None,
        "enum": None,
        "items": items,
        "model": model,
        "minLength": min_length,
        "maxLength": max_length,
        "description": None,
        "_desc": [],
        "_nested": False,
    }


def _parse_fields(lines: list[str]) -> list[dict[str, Any]]:
    """Parse a run of field lines (parameters or body fields) in page order."""
    fields: list[dict[str, Any]] = []
    nested = False
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < n else ""
        nxt2 = lines[i + 2] if i + 2 < n else ""
        if line == "Array" and fields and fields[-1]["type"] == "array":
            nested = True  # the page expands the item model of the previous field
            i += 1
            continue
        if line == "required" and _is_type_line(nxt):
            fields.append(_new_field(None, True, nxt))
            i += 2
        elif _is_type_line(line):
            fields.append(_new_field(None, False, line))
            i += 1
        elif _NAME_RE.match(line) and nxt == "required" and _is_type_line(nxt2):
            fields.append(_new_field(line, True, nxt2))
            i += 3
        elif _NAME_RE.match(line) and _is_type_line(nxt):
            fields.append(_new_field(line, False, nxt))
            i += 2
        elif fields and (line.startswith(("Enum: ", "Value: ", "Items Enum: "))):
            field = fields[-1]
            label, _, values = line.partition(": ")
            if label == "Items Enum":
                items = field["items"]
                if items is None:
                    raise ValueError(f"Items Enum on a non-array field: {field['name']!r}")
                items["enum"] = _enum_values(values, items["type"])
            else:
                field["enum"] = _enum_values(values, field["type"])
            i += 1
            continue
        elif fields:
            fields[-1]["_desc"].append(line)
            i += 1
            continue
        else:
            raise ValueError(f"unexpected line before the first field: {line!r}")
        fields[-1]["_nested"] = nested
    for field in fields:
        field["description"] = "\n\n".join(field.pop("_desc")) or None
    return fields


def _json_block(lines: list[str], start: int) -> tuple[list[str], int]:
    """Return the lines of the JSON value opening at ``start`` and the index after it."""
    depth = 0
    i = start
    while i < len(lines):
        text = lines[i].replace("\u2022", "")
        depth += text.count("{") + text.count("[") - text.count("}") - text.count("]")
        i += 1
        if depth <= 0:
            return lines[start:i], i
    raise ValueError("unterminated JSON sample")


def _split_operations(lines: list[str]) -> tuple[list[tuple[str, list[str], list[str]]], str]:
    """Split the page into (tag, free-text run, structured lines) per operation."""
    # Page header: "Skip to main content", "PDS API (121)", "Download ...", the API description.
    if not lines or not lines[1].startswith("PDS API ("):
        raise ValueError("not the PDS API reference page")
    api_description = lines[3]
    i = 4
    ops: list[tuple[str, list[str], list[str]]] = []
    tag = ""
    n = len(lines)
    while i < n:
        run: list[str] = []
        while i < n and not lines[i].startswith(_STRUCTURAL) and not lines[i].startswith(_BODY_PREFIX):
            run.append(lines[i])
            i += 1
        if len(run) >= 3 and _TAG_RE.match(run[0]):
            tag, run = run[0], run[1:]
        if not run or not tag:
            raise ValueError(f"operation without a heading or section near line {i}: {run!r}")
        body: list[str] = []
        while i < n and lines[i] != "Responses":
            body.append(lines[i])
            i += 1
        i += 1  # "Responses"
        while i < n and lines[i] in ("Request samples", "Response samples"):
            body.append(lines[i])
            if lines[i + 1 : i + 3] != ["Content type", "application/json"]:
                raise ValueError(f"unexpected sample layout near line {i}")
            i += 3
            if i < n and lines[i].startswith(("{", "[")):
                block, i = _json_block(lines, i)
                body.extend(block)
        ops.append((tag, run, body))
    return ops, api_description


def _operation(tag: str, run: list[str], body: list[str]) -> dict[str, Any]:
    heading, description_lines = run[0], run[1:]
    deprecated = heading.endswith(_DEPRECATED_BADGE)
    summary = heading.removesuffix(_DEPRECATED_BADGE) if deprecated else heading
    security: list[str] = []
    parameters: list[dict[str, Any]] = []
    request_body: dict[str, Any] | None = None
    request_sample: Any = None
    response_sample: Any = None
    has_response_sample = False
    i = 0
    n = len(body)
    section_lines: list[str] = []
    section: str | None = None

    def flush() -> None:
        nonlocal request_body
        if section is None:
            return
        if section == "body":
            assert request_body is not None
            request_body["_lines"] = section_lines[:]
        else:
            for field in _parse_fields(section_lines):
                if field["name"] is None:
                    raise ValueError(f"{summary}: parameter without a name")
                parameters.append(
                    {
                        "name": field["name"],
                        "in": section,
                        "required": field["required"],
                        "type": field["type"],
                        "format": field["format"],
                        "pattern": field["pattern"],
                        "default": field["default"],
                        "enum": field["enum"],
                        "items": field["items"],
                        "minLength": field["minLength"],
                        "maxLength": field["maxLength"],
                        "description": field["description"],
                    }
                )

    while i < n:
        line = body[i]
        if line == "Authorizations:":
            flush()
            section = None
            security.append(_SECURITY[body[i + 1]])
            i += 2
        elif line in _SECTIONS:
            flush()
            section, section_lines = _SECTIONS[line], []
            i += 1
        elif line.startswith(_BODY_PREFIX):
            flush()
            content_type = line.removeprefix(_BODY_PREFIX)
            request_body = {"contentType": content_type, "description": None, "_lines": []}
            section, section_lines = "body", []
            i += 1
            # The body description is the paragraph before the first field.
            first = body[i] if i < n else ""
            if first and first != "required" and not _NAME_RE.match(first) and not _is_type_line(first):
                request_body["description"] = first
                i += 1
        elif line in ("Request samples", "Response samples"):
            flush()
            section = None
            block: list[str] = []
            i += 1
            while i < n and body[i] not in ("Request samples", "Response samples"):
                block.append(body[i])
                i += 1
            if line == "Request samples":
                request_sample = parse_sample(block) if block else None
            else:
                has_response_sample = bool(block)
                response_sample = parse_sample(block) if block else None
        else:
            section_lines.append(line)
            i += 1
    flush()

    if request_body is not None:
        fields = _parse_fields(request_body.pop("_lines"))
        keys = list(request_sample) if isinstance(request_sample, dict) else []
        top: list[dict[str, Any]] = []
        k = 0
        for field in fields:
            if field["_nested"]:
                continue
            if field["name"] is None:
                if k >= len(keys):
                    raise ValueError(f"{summary}: cannot name an expandable body field")
                field["name"] = keys[k]
            elif keys and (k >= len(keys) or field["name"] != keys[k]):
                continue  # a field of an expanded nested model
            k += 1
            top.append(field)
        request_body["required"] = True  # Redoc does not print the flag; every PDS body is required.
        request_body["fields"] = [
            {
                key: field[key]
                for key in (
                    "name",
                    "required",
                    "type",
                    "format",
                    "pattern",
                    "enum",
                    "items",
                    "model",
                    "minLength",
                    "maxLength",
                    "default",
                    "description",
                )
            }
            for field in top
        ]
    path_params = [p for p in parameters if p["in"] == "path"]
    first_path = path_params[0]["description"] if path_params else None
    op: dict[str, Any] = {
        "operationId": operation_id(summary, first_path),
        "name": heading,
        "tag": tag,
        "summary": summary,
        "description": "\n\n".join(description_lines) or None,
        "deprecated": deprecated,
        "security": security,
        "parameters": parameters,
        "body": request_body,
        "requestSample": request_sample,
        "responseSample": response_sample if has_response_sample else None,
    }
    return op


def parse(text: str) -> dict[str, Any]:
    """Parse the PDS seed page into the inventory the canonical spec is checked against."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    raw_ops, api_description = _split_operations(lines)
    operations = [_operation(tag, run, body) for tag, run, body in raw_ops]
    ids = [op["operationId"] for op in operations]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"duplicate operationIds: {dupes}")
    tags: list[str] = []
    for op in operations:
        if op["tag"] not in tags:
            tags.append(op["tag"])
    return {
        "api": "pds",
        "source": SOURCE,
        "title": "PDS API",
        "version": "121",
        "description": api_description,
        "tags": tags,
        "operations": operations,
    }


if __name__ == "__main__":  # pragma: no cover
    import sys

    with open(sys.argv[1], encoding="utf-8") as fh:
        print(json.dumps(parse(fh.read()), indent=2, sort_keys=True))
