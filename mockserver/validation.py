"""Request validation: read every parameter the way its style says, parse the body, check both.

All problems are collected (like Prism's `validation[]`) and raised together as one `MockError`.
`validate_response` checks an answer made elsewhere (`mockserver proxy`) with the same compiled
validators: status, content type, required headers, body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import orjson

from .compiler import BodyMedia, Operation, Parameter, ResponseMedia, ResponseSpec
from .errors import MockError, ValidationIssue
from .request import Request, media_type
from .schema_validators import SchemaValidator

__all__ = ["ValidatedRequest", "validate_request", "validate_response"]

# Query parameters that steer the mock itself (Prism's forms of the Prefer header).
CONTROL_QUERY = frozenset({"__code", "__example", "__dynamic"})
_MISSING = object()
_TEXT = ("string",)  # a parameter read as the text sent (`_read_scalar` returns it as is)


@dataclass(slots=True)
class ValidatedRequest:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    cookies: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    media_type: str = ""


def _bucket(result: ValidatedRequest, location: str) -> dict[str, Any]:
    if location == "path":
        return result.path
    if location == "query":
        return result.query
    return result.headers if location == "header" else result.cookies


def _read_scalar(raw: str, types: tuple[str, ...]) -> Any:
    for kind in types:
        if kind == "integer":
            try:
                return int(raw)
            except ValueError:
                continue
        elif kind == "number":
            try:
                number = float(raw)
            except ValueError:
                continue
            return (
                int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number
            )
        elif kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        elif kind == "null" and raw in ("", "null"):
            return None
        elif kind == "string":
            return raw
    return raw  # left as text: the schema check reports the type mismatch


def _read_parameter(parameter: Parameter, values: list[str]) -> Any:
    if "array" in parameter.types:
        items: list[str] = []
        if parameter.location == "query" and parameter.explode:
            items = values
        else:
            delimiter = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(parameter.style, ",")
            for value in values:
                items.extend(
                    value.split(delimiter)
                )  # "a=" is one empty item, as schemathesis and Prism read it
        return [_read_scalar(item, parameter.item_types) for item in items]
    return _read_scalar(values[-1], parameter.types)


def _deep_object(name: str, query: dict[str, list[str]]) -> dict[str, str] | object:
    prefix = f"{name}["
    found = {
        key[len(prefix) : -1]: values[-1]
        for key, values in query.items()
        if key.startswith(prefix) and key.endswith("]")
    }
    return found or _MISSING


def _check(
    validator: SchemaValidator | None,
    value: Any,
    location: tuple[str, ...],
    issues: list[ValidationIssue],
) -> None:
    if validator is None or validator.is_valid(value):  # the usual case, without building errors
        return
    for error in validator.iter_errors(value):
        where = location + tuple(str(p) for p in error.instance_path)
        issues.append(ValidationIssue(where, error.message, type(error.kind).__name__.lower()))


def _cookies(header: str) -> dict[str, list[str]]:
    jar: dict[str, list[str]] = {}
    for part in header.split(";"):
        if "=" in part:
            key, value = part.split("=", 1)
            jar.setdefault(key.strip(), []).append(value.strip())
    return jar


def _parse_body(request: Request, media: BodyMedia, issues: list[ValidationIssue]) -> Any:
    kind = media.media_type
    if (
        kind == "application/json"
        or kind.endswith("+json")
        or (kind == "*/*" and request.content_type.endswith("json"))
    ):
        try:
            return orjson.loads(request.body)
        except orjson.JSONDecodeError as exc:
            raise MockError(400, f"the request body is not valid JSON: {exc}", "INVALID_BODY") from None
    if kind.startswith("text/"):
        try:
            return request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise MockError(400, "the request body is not valid UTF-8 text", "INVALID_BODY") from None
    if kind == "application/x-www-form-urlencoded":
        try:
            pairs = parse_qsl(request.body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            raise MockError(400, "the form body is not valid UTF-8", "INVALID_BODY") from None
        form: dict[str, Any] = {}
        for key, value in pairs:
            form[key] = _read_scalar(value, media.property_types.get(key, ("string",)))
        return form
    if kind == "multipart/form-data":
        return _parse_multipart(request, media)
    return request.body  # raw bytes: application/octet-stream and friends


def _parse_multipart(request: Request, media: BodyMedia) -> dict[str, Any]:
    header = request.headers.get("content-type", "")
    if "boundary=" not in header:
        raise MockError(400, "a multipart body needs a boundary in its Content-Type", "INVALID_BODY")
    import email.parser  # noqa: PLC0415 - only multipart bodies need the email package
    import email.policy  # noqa: PLC0415

    raw = b"Content-Type: " + header.encode("latin-1") + b"\r\n\r\n" + request.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    if not message.is_multipart():
        raise MockError(400, "the multipart body cannot be parsed", "INVALID_BODY")
    form: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None:
            form[name] = data  # a file part stays bytes
        else:
            form[name] = _read_scalar(
                data.decode("utf-8", "replace"), media.property_types.get(name, ("string",))
            )
    return form


def _validate_body(
    request: Request, operation: Operation, result: ValidatedRequest, issues: list[ValidationIssue]
) -> None:
    if not operation.body:
        return
    # An empty optional JSON body can only mean "no body": generated clients send the Content-Type anyway.
    no_json = not request.body and request.content_type.endswith("json") and not operation.body_required
    if (not request.body and not request.content_type) or no_json:  # else an empty body is a body ("")
        if operation.body_required:
            issues.append(ValidationIssue(("body",), "the request body is required", "required"))
        return
    sent = request.content_type
    media = operation.body.get(sent)
    if media is None:
        family = sent.split("/", 1)[0] + "/*"
        media = operation.body.get(family) or operation.body.get("*/*")
    if media is None:
        accepted = ", ".join(operation.body)
        raise MockError(
            415,
            f"Content-Type {sent or '(none)'!r} is not accepted here; send one of: {accepted}",
            "INVALID_CONTENT_TYPE",
        )
    result.media_type = media.media_type
    body = _parse_body(request, media, issues)
    result.body = body
    if isinstance(body, bytes) or media.validator is None or not media.checked:
        return
    if isinstance(body, dict) and any(isinstance(value, bytes) for value in body.values()):
        # File parts are `format: binary` strings in the schema: check their presence, not their bytes.
        body = {key: "" if isinstance(value, bytes) else value for key, value in body.items()}
    _check(media.validator, body, ("body",), issues)


def validate_request(
    operation: Operation, request: Request, path_params: Mapping[str, str]
) -> ValidatedRequest:
    """Read and check every parameter and the body; raises `MockError` (400/415) listing each problem."""
    result = ValidatedRequest()
    issues: list[ValidationIssue] = []
    query = request.query
    cookies = _cookies(request.headers["cookie"]) if "cookie" in request.headers else {}
    for parameter in operation.parameters:
        raw: list[str] | object
        if parameter.location == "path":
            raw = [path_params[parameter.name]] if parameter.name in path_params else _MISSING
        elif parameter.location == "query":
            if parameter.style == "deepObject":
                found = _deep_object(parameter.name, query)
                if found is _MISSING:
                    raw = _MISSING
                else:
                    value: Any = found
                    _check(parameter.validator, value, ("query", parameter.name), issues)
                    result.query[parameter.name] = value
                    continue
            else:
                raw = query.get(parameter.name, _MISSING)
        elif parameter.location == "header":
            header = request.headers.get(parameter.name)
            raw = [header] if header is not None else _MISSING
        else:
            raw = cookies.get(parameter.name, _MISSING)
        if raw is _MISSING:
            if parameter.required:
                issues.append(
                    ValidationIssue(
                        (parameter.location, parameter.name),
                        f"must have required property {parameter.name!r}",
                        "required",
                    )
                )
            continue
        assert isinstance(raw, list)
        value = raw[-1] if parameter.types == _TEXT else _read_parameter(parameter, raw)
        if parameter.validator is not None:
            _check(parameter.validator, value, (parameter.location, parameter.name), issues)
        _bucket(result, parameter.location)[parameter.name] = value
    if operation.body:
        _validate_body(request, operation, result, issues)
    if issues:
        summary = "; ".join(f"{'.'.join(i.location)}: {i.message}" for i in issues[:5])
        raise MockError(400, f"Invalid request: {summary}", "UNPROCESSABLE_ENTITY", validation=issues)
    return result


def _response_media(spec: ResponseSpec, sent: str) -> ResponseMedia | None:
    media = spec.media.get(sent)
    if media is None and sent:
        media = spec.media.get(sent.split("/", 1)[0] + "/*") or spec.media.get("*/*")
    return media


def validate_response(
    operation: Operation,
    status: int,
    headers: Mapping[str, str],
    body: bytes | None,
    *,
    head: bool = False,
) -> list[ValidationIssue]:
    """What breaks the contract in an answer to `operation`: an undocumented status, a content type
    the status does not document, a missing required header, a body its schema refuses. `headers`:
    lower-case names; `body`: the decoded bytes, or None when they were not read (streamed, encoded).
    Locations start with "response", as in Prism's `sl-violations`."""
    spec = operation.response(status)
    if spec is None:
        documented = ", ".join(operation.responses) or "none"
        message = f"{operation.label} documents no {status} response (it has: {documented})"
        return [ValidationIssue(("response", "status"), message, "UNDOCUMENTED_STATUS")]
    issues: list[ValidationIssue] = []
    for name, header in spec.headers.items():
        if header.get("required") and name.lower() not in headers and name.lower() != "content-type":
            issues.append(
                ValidationIssue(
                    ("response", "header", name), f"the required header {name!r} is missing", "required"
                )
            )
    if not spec.media or status in (204, 304) or head:
        return issues
    sent = media_type(headers.get("content-type"))
    if not sent and not body:
        return issues  # an empty answer without a type: nothing to check it against
    media = _response_media(spec, sent)
    if media is None:
        documented = ", ".join(spec.media)
        issues.append(
            ValidationIssue(
                ("response", "header", "content-type"),
                f"Content-Type {sent or '(none)'!r} is not documented for {status}; documented: {documented}",
                "INVALID_CONTENT_TYPE",
            )
        )
        return issues
    if body is None or media.validator is None:
        return issues
    kind = media.media_type
    if kind == "application/json" or kind.endswith("+json") or (kind == "*/*" and sent.endswith("json")):
        try:
            value: Any = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            issues.append(
                ValidationIssue(("response", "body"), f"the body is not valid JSON: {exc}", "INVALID_BODY")
            )
            return issues
    elif kind.startswith("text/"):
        value = body.decode("utf-8", "replace")
    else:
        return issues  # bytes: nothing a JSON Schema can say about them
    _check(media.validator, value, ("response", "body"), issues)
    return issues
