"""The ASGI application: mounts, the control API, and the per-request pipeline.

route -> security -> validation -> behaviour -> response, each stage raising `MockError` to refuse.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

import specs

from .behaviour import Behaviour, Context, StaticBehaviour
from .compiler import Api, compile_api
from .engines import EngineOptions, engine_for
from .errors import MockError
from .request import Request
from .responses import MockResponse, Preferences, Responder, problem
from .security import DEFAULT_TOKEN, Authenticator, TokenAuthenticator, authenticate
from .validation import validate_request

__all__ = ["ApiHandler", "MockApp", "MockOptions", "create_app"]

logger = logging.getLogger("mockserver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CONTROL_PREFIX = "/__mock"


@dataclass(frozen=True)
class MockOptions:
    """How the mock behaves; every field has the default `mockserver serve` uses."""

    tokens: tuple[str, ...] = (DEFAULT_TOKEN,)
    static: bool = False  # answer from the spec alone: no state, no domain engine behaviour
    dynamic: bool = False
    seed: int | None = None
    max_body_bytes: int = 10 * 1024 * 1024


@dataclass
class ApiHandler:
    """One API's compiled spec with its stages."""

    api: Api
    prefix: str
    authenticator: Authenticator
    behaviours: list[Behaviour]
    responder: Responder
    options: MockOptions
    reset_hooks: list[Callable[[], None]] = field(default_factory=list)
    unmatched: Callable[[Request], MockResponse | Request | None] | None = None

    @classmethod
    def build(cls, name: str, document: dict[str, Any], prefix: str, options: MockOptions) -> ApiHandler:
        api = compile_api(name, document)
        rng = random.Random(options.seed)
        engine = engine_for(api, EngineOptions(tokens=options.tokens))
        authenticator: Authenticator = TokenAuthenticator(options.tokens)
        behaviours: list[Behaviour] = []
        resets: list[Callable[[], None]] = []
        unmatched = None
        if engine is not None:
            authenticator = engine.authenticator or authenticator
            if not options.static:
                behaviours.extend(engine.behaviours)
                resets.append(engine.reset)
                unmatched = engine.unmatched
        behaviours.append(StaticBehaviour())
        return cls(api, prefix, authenticator, behaviours, Responder(api, rng), options, resets, unmatched)

    def handle(self, request: Request) -> MockResponse:
        operation = None
        try:
            match = self.api.router.match(request.path)
            if self.unmatched is not None and (
                match is None
                or (request.method not in match.value and request.method not in ("HEAD", "OPTIONS"))
            ):
                answer = self.unmatched(request)
                if isinstance(answer, Request):  # the engine rewrote it (e.g. stripped a server base path)
                    return self.handle(answer)
                if answer is not None:
                    return answer
            if match is None:
                raise MockError(
                    404, f"no path of {self.api.title} matches {request.path!r}", "NO_PATH_MATCHED_ERROR"
                )
            by_method = match.value
            allowed = ", ".join(sorted({*by_method, *(["HEAD"] if "GET" in by_method else [])}))
            method = request.method
            if method == "HEAD" and "HEAD" not in by_method:
                method = "GET"
            operation = by_method.get(method)
            if operation is None:
                if request.method == "OPTIONS":
                    return MockResponse(204, headers={"allow": f"{allowed}, OPTIONS"})
                raise MockError(
                    405,
                    f"{request.method} is not allowed on {match.template}; allowed: {allowed}",
                    "NO_METHOD_MATCHED_ERROR",
                    {"allow": allowed},
                )
            identity = authenticate(operation, request, self.authenticator)
            params = validate_request(operation, request, match.params)
            prefs = Preferences.from_request(request, dynamic=self.options.dynamic)
            ctx = Context(self.api, operation, request, params, identity, prefs, self.responder)
            response = ctx.respond() if prefs.forced else self._behave(ctx)
            if operation.deprecated:
                response.headers.setdefault("deprecation", "true")
            return response
        except MockError as error:
            return self.responder.error(operation, error)

    def _behave(self, ctx: Context) -> MockResponse:
        for behaviour in self.behaviours:
            response = behaviour(ctx)
            if response is not None:
                return response
        raise MockError(500, "no behaviour answered", "NO_RESPONSE_DEFINED")  # StaticBehaviour always answers

    def reset(self) -> None:
        for hook in self.reset_hooks:
            hook()


class MockApp:
    """ASGI app serving several APIs, each under its own prefix (or one at the root)."""

    def __init__(self, handlers: Sequence[ApiHandler], options: MockOptions) -> None:
        self.options = options
        # Longest prefix first, so "/omnistrate" never shadows a longer mount.
        self.handlers = sorted(handlers, key=lambda h: -len(h.prefix))
        self.started = time.monotonic()

    @property
    def urls(self) -> dict[str, str]:
        return {h.api.name: h.prefix or "/" for h in self.handlers}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else scope["path"]
        try:
            body = await self._read_body(scope, receive)
        except MockError as error:
            await self._send(send, scope, problem(error))
            return
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            response = self._control(scope["method"], path[len(CONTROL_PREFIX) :].strip("/"))
        else:
            response = self._dispatch(scope, path, body)
        await self._send(send, scope, response)

    def _dispatch(self, scope: Scope, path: str, body: bytes) -> MockResponse:
        for handler in self.handlers:
            prefix = handler.prefix
            if prefix and not (path == prefix or path.startswith(prefix + "/")):
                continue
            request = Request.from_scope(dict(scope), path[len(prefix) :] or "/", body)
            try:
                return handler.handle(request)
            except Exception:  # a bug must cost one request a 500, never the server
                logger.exception("unexpected error handling %s %s", scope["method"], path)
                return problem(MockError(500, "the mock server failed on this request", "UNKNOWN"))
        mounts = ", ".join(h.prefix or "/" for h in self.handlers)
        return problem(
            MockError(404, f"no API is mounted at {path!r} (mounted: {mounts})", "NO_PATH_MATCHED_ERROR")
        )

    def _control(self, method: str, action: str) -> MockResponse:
        if action == "health" and method in ("GET", "HEAD"):
            body = {"status": "ok", "apis": self.urls, "uptime": round(time.monotonic() - self.started, 3)}
            return MockResponse(200, orjson.dumps(body), "application/json")
        if action == "reset" and method == "POST":
            for handler in self.handlers:
                handler.reset()
            return MockResponse(204)
        if action.startswith("specs/") and method == "GET":
            name = action.removeprefix("specs/")
            for handler in self.handlers:
                if handler.api.name == name:
                    return MockResponse(200, orjson.dumps(handler.api.document), "application/json")
        return problem(
            MockError(404, f"unknown control endpoint {method} {CONTROL_PREFIX}/{action}", "NOT_FOUND")
        )

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes:
        limit = self.options.max_body_bytes
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                raise MockError(413, f"the request body is larger than {limit} bytes", "PAYLOAD_TOO_LARGE")
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise MockError(413, f"the request body is larger than {limit} bytes", "PAYLOAD_TOO_LARGE")
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    @staticmethod
    async def _send(send: Send, scope: Scope, response: MockResponse) -> None:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        if response.media_type is not None:
            headers.append((b"content-type", response.media_type.encode("latin-1")))
        body = response.body
        if response.status not in (204, 304) and not 100 <= response.status < 200:
            headers.append((b"content-length", str(len(body)).encode("latin-1")))
        else:
            body = b""
        if scope["method"] == "HEAD":
            body = b""
        if response.stream is not None:
            await MockApp._send_stream(send, scope, response, headers)
            return
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _send_stream(
        send: Send, scope: Scope, response: MockResponse, headers: list[tuple[bytes, bytes]]
    ) -> None:
        """Send each chunk as it is produced (no content-length: the server chunks the body)."""
        assert response.stream is not None
        headers = [(name, value) for name, value in headers if name != b"content-length"]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        try:
            if scope["method"] != "HEAD":
                async for chunk in response.stream:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
        finally:
            await response.stream.aclose()
        await send({"type": "http.response.body", "body": b""})

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


def create_app(
    spec_sources: Iterable[str | Path] | None = None,
    options: MockOptions | None = None,
    *,
    mount: bool | None = None,
) -> MockApp:
    """The ASGI app for the given specs (API names or file paths; default: every spec under specs/).

    One spec is served at the root, several each under `/<api name>`; `mount` forces either.
    """
    options = options or MockOptions()
    sources = list(spec_sources) if spec_sources is not None else list(specs.api_names())
    if not sources:
        raise specs.SpecNotFoundError("no specs to serve")
    mounted = len(sources) > 1 or spec_sources is None if mount is None else mount
    handlers = []
    for source in sources:
        name, path = specs.resolve(source)
        prefix = f"/{name}" if mounted else ""
        handlers.append(ApiHandler.build(name, specs.load(path), prefix, options))
    return MockApp(handlers, options)
