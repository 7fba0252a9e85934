"""Answers: success bodies from examples or schemas, and errors in each API's own error model."""

from __future__ import annotations

import random
from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import orjson

from .answer import UNSET, Answer, Listing, Shaped
from .compiled import Api, Operation, ResponseMedia, ResponseSpec
from .errors import MockError
from .rendering import Shaper, encode, is_json
from .request import Request

__all__ = [
    "UNSET",
    "MockResponse",
    "Negotiator",
    "Preferences",
    "Responder",
    "negotiate",
    "problem",
    "unrouted",
]

PROBLEM_TYPE = "https://stoplight.io/prism/errors#"  # Prism's problem types, so Prism clients keep working
_MESSAGE_FIELDS = ("message", "error", "detail")
_STATUS_FIELDS = ("code", "status", "statusCode")
_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    413: "Payload Too Large",
    414: "URI Too Long",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
    504: "Gateway Timeout",
}


@dataclass(slots=True)
class MockResponse:
    status: int
    body: bytes = b""
    media_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # A body produced over time (watch streams); when set, `body` is ignored and the chunks are sent
    # as they come.
    stream: AsyncGenerator[bytes, None] | None = None
    # Made from stored records alone, without random sampling: the same request on the same state gets
    # the same answer, so it may be replayed (`replay.py`).
    replayable: bool = False


@dataclass(frozen=True)
class Preferences:
    """What the caller asked the mock for: `Prefer: code=404, example=name, dynamic=true` or `?__code=`."""

    code: int | None = None
    example: str | None = None
    dynamic: bool = False

    @property
    def forced(self) -> bool:
        return self.code is not None or self.example is not None

    @classmethod
    def from_request(cls, request: Request, *, dynamic: bool) -> Preferences:
        if not request.query_string and "prefer" not in request.headers:
            return _DYNAMIC if dynamic else _DEFAULT
        wanted: dict[str, str] = {}
        for part in request.headers.get("prefer", "").split(","):
            if "=" in part:
                key, value = part.split("=", 1)
                wanted[key.strip().lower()] = value.strip().strip('"')
        for key in ("code", "example", "dynamic"):
            values = request.query.get(f"__{key}")
            if values:
                wanted[key] = values[-1]
        code = wanted.get("code")
        if code is not None and not code.isdigit():
            raise MockError(400, f"Prefer code={code!r} is not a status code", "INVALID_PREFER")
        return cls(
            code=int(code) if code is not None else None,
            example=wanted.get("example"),
            dynamic=wanted.get("dynamic", "true" if dynamic else "false").lower() == "true",
        )


_DEFAULT = Preferences()
_DYNAMIC = Preferences(dynamic=True)


_PLANNED_MAX = 1024  # (operationId, status, Accept) triples a `Responder` remembers; emptied past it
_Planned = tuple[ResponseSpec, str, ResponseMedia, Any]  # response, media type, media, static template
_NEGOTIATED_MAX = 1024  # distinct (Accept, offered) pairs a `Negotiator` remembers; emptied past it


class Negotiator:
    """`negotiate` with a memo of its answers (one per app: the hot path asks the same few questions)."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str | None, tuple[str, ...]], str | None] = {}

    def __call__(self, accept: str | None, offered: Sequence[str]) -> str | None:
        key = (accept, tuple(offered))  # no copy when `offered` is a tuple already
        try:
            return self._memo[key]
        except KeyError:
            pass
        chosen = negotiate(accept, offered)
        if len(self._memo) >= _NEGOTIATED_MAX:
            self._memo.clear()
        self._memo[key] = chosen
        return chosen


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """Pick one of `offered` for an `Accept` header; None when nothing offered is acceptable."""
    return _negotiate(accept, offered)


def _negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    if not offered:
        return None
    preferred = sorted(offered, key=lambda m: not is_json(m))
    if not accept:
        return preferred[0]
    ranges: list[tuple[float, str]] = []
    for part in accept.split(","):
        pieces = part.strip().split(";")
        quality = 1.0
        for param in pieces[1:]:
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if pieces[0] and quality > 0:
            ranges.append((quality, pieces[0].strip().lower()))
    for _, wanted in sorted(ranges, key=lambda r: -r[0]):
        for media in preferred:
            kind = media.split(";")[0].lower()
            if wanted in ("*/*", kind) or (wanted.endswith("/*") and kind.startswith(wanted[:-1])):
                return media
    return None


def problem(error: MockError) -> MockResponse:
    """RFC 7807 problem+json, shaped like Prism's, for statuses the spec documents no body for."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE + error.problem,
        "title": _TITLES.get(error.status, "Error"),
        "status": error.status,
        "detail": error.detail,
    }
    if error.validation:
        body["validation"] = [issue.as_json() for issue in error.validation]
    return MockResponse(error.status, orjson.dumps(body), "application/problem+json", dict(error.headers))


def unrouted(answer: Answer) -> MockResponse:
    """The response to an engine's answer to a request no operation matches (`Engine.unmatched`): no
    operation documents it, so nothing is negotiated or shaped; the value is encoded in the answer's
    media type (JSON unless it names another), and an answer without a value has no body."""
    headers = dict(answer.headers) if answer.headers else {}
    status = answer.status or 200
    if answer.value is UNSET:
        return MockResponse(status, headers=headers)
    media_type = answer.media_type or "application/json"
    return MockResponse(status, encode(answer.value, media_type), media_type, headers)


class Responder:
    """Builds the answers of one API; caches the static ones, since they never change."""

    def __init__(self, api: Api, rng: random.Random) -> None:
        self.api = api
        self.rng = rng
        self._static: dict[tuple[str, str, str, str], Any] = {}
        self._error_templates: dict[tuple[str, str, str], Any] = {}
        self.negotiate = Negotiator()
        self.shaper = Shaper(api)
        # What a stored record's answer is made on, per (operationId, status, Accept), when nothing
        # asks for another template: the response, the negotiated media and the static template.
        self._planned: dict[tuple[str, int, str | None], _Planned] = {}

    # -- success ---------------------------------------------------------------------------------

    def value_for(
        self, operation: Operation, spec: ResponseSpec, media: ResponseMedia, prefs: Preferences
    ) -> Any:
        if prefs.example is not None:
            if prefs.example not in media.examples:
                raise MockError(
                    404,
                    f"{operation.label} has no example named {prefs.example!r} for {spec.status}",
                    "NOT_FOUND",
                )
            return media.examples[prefs.example]
        if prefs.dynamic and media.schema is not None:
            return self.api.sampler.sample(media.schema, self.rng)
        key = (operation.operation_id, spec.status, media.media_type, "")
        if key not in self._static:
            if media.examples:
                self._static[key] = next(iter(media.examples.values()))
            else:
                self._static[key] = self.api.sampler.sample(media.schema) if media.schema is not None else ""
        return self._static[key]

    def respond(
        self,
        operation: Operation,
        request: Request,
        prefs: Preferences,
        *,
        status: int | None = None,
        body: Any = UNSET,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
    ) -> MockResponse:
        """The answer for `status` (default: the lowest documented 2xx), conforming to the spec.
        `media_type` is one the caller negotiated already (one of the response's media)."""
        if status is None:
            status = prefs.code if prefs.code is not None else operation.default_status
        spec = operation.response(status)
        if spec is None:
            documented = ", ".join(operation.responses) or "none"
            raise MockError(
                404, f"{operation.label} documents no {status} response (it has: {documented})", "NOT_FOUND"
            )
        out = MockResponse(status, headers=dict(headers) if headers else {})
        if spec.headers:
            self._add_headers(out, spec, prefs)
        if spec.media and status not in (204, 304):
            chosen = media_type or self.negotiate(request.headers.get("accept"), spec.media_types)
            if chosen is None:
                offered = ", ".join(spec.media)
                accept = request.headers.get("accept")
                raise MockError(406, f"none of {offered} is acceptable (Accept: {accept})", "NOT_ACCEPTABLE")
            media = spec.media[chosen]
            if body is not UNSET:
                value = body
            elif status >= 400 and prefs.example is None:  # an asked-for error reads like a real one
                value = self._error_body(operation, spec, media, MockError(status, f"Prefer code={status}"))
            else:
                value = self.value_for(operation, spec, media, prefs)
            out.body, out.media_type = encode(value, chosen), chosen
        return out

    def answer(
        self, operation: Operation, request: Request, prefs: Preferences, answer: Answer
    ) -> MockResponse:
        """The response for a behaviour's `answer`: negotiated, shaped, encoded (see `Answer`)."""
        if answer.stream is not None:
            headers = dict(answer.headers) if answer.headers else {}
            status = answer.status or operation.default_status
            return MockResponse(status, media_type=answer.media_type, headers=headers, stream=answer.stream)
        value = answer.value
        if not isinstance(value, Shaped | Listing):
            return self.respond(
                operation,
                request,
                prefs,
                status=answer.status,
                body=value,
                headers=answer.headers,
                media_type=answer.media_type,
            )
        status = answer.status or operation.default_status
        accept = request.headers.get("accept")
        plain = not prefs.dynamic and prefs.example is None  # the template is the static one
        key = (operation.operation_id, status, accept)
        planned = self._planned.get(key) if plain else None
        if planned is None:
            spec = operation.response(status)
            chosen = None
            if spec is not None and spec.media and status not in (204, 304):
                chosen = self.negotiate(accept, spec.media_types)
            if spec is None or chosen is None:  # no body documented, or a 406 to answer: as any answer
                return self.respond(operation, request, prefs, status=status)
            media = spec.media[chosen]
            planned = (spec, chosen, media, self.value_for(operation, spec, media, prefs))
            if plain:
                if len(self._planned) >= _PLANNED_MAX:
                    self._planned.clear()
                self._planned[key] = planned
        spec, chosen, media, template = planned
        body = self.shaper.shape(operation, media, template, value, answer.cache_key)
        # What `respond` would make of it, without negotiating and looking the response up again.
        out = MockResponse(
            status, encode(body, chosen), chosen, dict(answer.headers) if answer.headers else {}
        )
        if spec.headers:
            self._add_headers(out, spec, prefs)
        out.replayable = answer.cache_key is not None and not prefs.dynamic
        return out

    def _add_headers(self, out: MockResponse, spec: ResponseSpec, prefs: Preferences) -> None:
        for name, header in spec.headers.items():
            if name in out.headers or name == "content-type":
                continue
            if header.get("required") or "example" in header or "schema" in header:
                value = header.get("example")
                if value is None and "schema" in header:
                    value = self.api.sampler.sample(header["schema"], self.rng if prefs.dynamic else None)
                if value is not None:
                    out.headers[name] = str(value).lower() if isinstance(value, bool) else str(value)

    # -- errors ----------------------------------------------------------------------------------

    def error(self, operation: Operation | None, error: MockError) -> MockResponse:
        """Answer `error` in the operation's own documented model, else as problem+json. A server-side
        status the spec does not document (503 while the shared store is down) borrows the model of
        the operation's documented errors, so clients parse it as they parse every other error."""
        spec = operation.response(error.status) if operation is not None else None
        if spec is None and operation is not None and error.status >= 500:
            spec = _error_model(operation)
        if operation is None or spec is None:
            return problem(error)
        out = MockResponse(error.status, headers={})
        self._add_headers(out, spec, Preferences())
        out.headers.update(error.headers)
        if not spec.media:
            return out
        chosen = sorted(spec.media, key=lambda m: not is_json(m))[0]
        media = spec.media[chosen]
        out.body, out.media_type = encode(self._error_body(operation, spec, media, error), chosen), chosen
        return out

    def _error_body(
        self, operation: Operation, spec: ResponseSpec, media: ResponseMedia, error: MockError
    ) -> Any:
        key = (operation.operation_id, spec.status, media.media_type)
        if key not in self._error_templates:
            template = (
                next(iter(media.examples.values()))
                if media.examples
                else self.api.sampler.sample(media.schema)
                if media.schema is not None
                else {}
            )
            self._error_templates[key] = template
        template = self._error_templates[key]
        if not isinstance(template, dict) or media.schema is None:
            return template
        properties = media.schema.get("properties", {})
        filled = dict(template)
        for name in _MESSAGE_FIELDS:
            if name in properties or name in filled:
                filled[name] = error.detail
        borrowed = False
        for name in _STATUS_FIELDS:
            if isinstance(filled.get(name), int) and not isinstance(filled.get(name), bool):
                borrowed = borrowed or filled[name] != error.status
                filled[name] = error.status
        if borrowed and isinstance(filled.get("reason"), str):
            # A model borrowed from another status (a Kubernetes `Status`) says the reason of this one.
            filled["reason"] = HTTPStatus(error.status).phrase.replace(" ", "").replace("-", "")
        if media.validator is not None and not media.validator.is_valid(filled):
            return template
        return filled


def _error_model(operation: Operation) -> ResponseSpec | None:
    """The operation's documented 500, else its first documented 4xx with a body."""
    documented = [
        spec
        for status, spec in sorted(operation.responses.items())
        if status.isdigit() and int(status) >= 400 and spec.media
    ]
    return next((spec for spec in documented if spec.status == "500"), documented[0] if documented else None)
