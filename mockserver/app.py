"""The ASGI edge: request limits, headers, bodies, CORS, streaming, lifespan, the control API, and the
mounts, each an `ApiHandler` (`handler.py`) running the per-request pipeline; and `create_app`."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

import orjson

import specs

from .control import CONTROL_PREFIX, ControlApi
from .cors import cors_headers, preflight
from .errors import MockError
from .handler import ApiHandler
from .journal import Journal
from .options import MockOptions
from .replay import Replay, Replays, RequestKey, varying_headers
from .request import RawHeaders, Request, folded_headers
from .responses import MockResponse, problem
from .spec_cache import load_spec
from .state import open_store, store_kind
from .store import ARRIVED, Store, StoreUnavailableError

__all__ = ["ApiHandler", "MockApp", "MockOptions", "create_app"]

logger = logging.getLogger("mockserver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Beyond these the request is refused before any work (uvicorn's own parser limits come first).
MAX_PATH_BYTES = 8 * 1024
MAX_HEADER_BYTES = 32 * 1024
_HEADER_NAMES_MAX = 512  # header names remembered in their decoded form, per app
_READS = frozenset({"GET", "HEAD"})  # the methods whose answers may be replayed


def _arrival(scope: Scope) -> int | None:
    """When the server read the request's first bytes (`store.ARRIVED`), where it says."""
    return scope["state"].get(ARRIVED) if "state" in scope else None


def _too_large(limit: int) -> MockError:
    return MockError(413, f"the request body is larger than {limit} bytes", "PAYLOAD_TOO_LARGE")


class MockApp:
    """ASGI app serving several APIs, each under its own prefix (or one at the root)."""

    def __init__(
        self, handlers: Sequence[ApiHandler], options: MockOptions, store: Store | None = None
    ) -> None:
        self.options = options
        # Longest prefix first, so "/omnistrate" never shadows a longer mount.
        self.handlers = sorted(handlers, key=lambda h: -len(h.prefix))
        self.store = store
        # The store is told when each request arrived: a shared one answers reads, and says its
        # revision, from a round trip sent after it (a store with no use for it ignores it).
        self._told_arrival = store
        self.journal = Journal(options.journal_size, options.journal_body_bytes)
        # Whole answers to repeated reads (`replay.py`), for the APIs whose state allows it.
        replayed = [handler.api for handler in handlers if handler.revision is not None]
        self.replays = Replays(varying_headers(replayed))
        self.replaying = bool(replayed)
        kind = "off" if options.static else store_kind(options.state_file)
        self.control = ControlApi(self.handlers, self.journal, options.admin_tokens, store, kind)
        # Header names as bytes -> as the lower-case text the stages read: decoded once, not per request.
        self._header_names: dict[bytes, str] = {}
        # Media types answered -> their content-type header as sent: encoded once, not per response.
        self._media_types: dict[str, tuple[bytes, bytes]] = {}
        self.started = self.control.started

    @property
    def urls(self) -> dict[str, str]:
        return self.control.urls

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        method = scope["method"]
        # Only a GET or HEAD may be replayed (and then only without a body, checked below): decided
        # here, once, before the pipeline runs.
        key = self.replays.key(scope) if self.replaying and method in _READS else None
        replay = self._replay(scope, key) if key is not None else None
        if replay is not None:  # the same read on the same state: its answer again
            await send({"type": "http.response.start", "status": replay.status, "headers": [*replay.headers]})
            await send({"type": "http.response.body", "body": replay.body})
            self.journal.record(
                replay.api,
                replay.method,
                replay.path,
                replay.query,
                replay.status,
                started,
                replay.request,
                RawHeaders(scope["headers"]),  # this request's own (its request id, say)
                b"",
                replay.response,
            )
            return
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else scope["path"]
        if path.startswith(CONTROL_PREFIX) and (len(path) == len(CONTROL_PREFIX) or path[7] == "/"):
            await self._control(scope, receive, send, path, method)
            return
        origin = None
        api: str | None = None
        if self.options.cors and method == "OPTIONS":
            raw_headers = dict(scope["headers"])
            origin = raw_headers.get(b"origin")
            answer = preflight(method, raw_headers)
            if answer is not None:
                await self._send(send, scope, answer, origin)
                return
        # One pass over the headers: their size, the CORS origin, the declared body length, and the
        # text form the stages read (lower-case names, repeats joined by ", ", as `Request.from_scope`).
        headers: dict[str, str] = {}
        size = 0
        declared_too_large = False
        limit = self.options.max_body_bytes
        header_names = self._header_names
        for raw_name, raw_value in scope["headers"]:
            size += len(raw_name) + len(raw_value)
            if raw_name == b"origin":
                origin = raw_value  # the last one, as dict() of the headers keeps
            elif raw_name == b"content-length" and raw_value.isdigit() and int(raw_value) > limit:
                declared_too_large = True
            name = header_names.get(raw_name)
            if name is None:
                name = raw_name.decode("latin-1").lower()
                if len(header_names) < _HEADER_NAMES_MAX:
                    header_names[raw_name] = name
            value = raw_value.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        if not self.options.cors:
            origin = None
        if key is not None and ("content-length" in headers or "transfer-encoding" in headers):
            key = None  # a read announcing a body: answered by the pipeline alone
        query = scope.get("query_string", b"").decode("latin-1")
        try:
            if declared_too_large or size > MAX_HEADER_BYTES or len(path) + len(query) > MAX_PATH_BYTES:
                self._check_size(path, query, size)
                raise _too_large(limit)
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body", False):
                body = message.get("body", b"")  # the whole body in one message: the usual case
                if len(body) > limit:
                    raise _too_large(limit)
            else:
                body = await self._read_body(receive, message)
            if body:
                key = None
        except MockError as error:
            await self._send(send, scope, problem(error), origin)
            return
        store = self._told_arrival
        if store is not None:  # when the request arrived: which database answers its reads may use
            store.arrived = _arrival(scope)
        try:
            handler, revision, response, request = self._dispatch(
                method, path, query, headers, body, key is not None
            )
        finally:
            if store is not None:
                store.arrived = None
        api = handler.api.name if handler is not None else None
        if response.stream is not None:
            await self._send(send, scope, response, origin)
        else:
            status, sent_headers, sent_body = self._head(scope, response, origin)
            await send({"type": "http.response.start", "status": status, "headers": sent_headers})
            await send({"type": "http.response.body", "body": sent_body})
            if revision is not None and key is not None and response.replayable:
                # A revision comes with the handler (whose `revision` it was read from) and the request.
                assert handler is not None
                assert handler.revision is not None
                assert request is not None
                if self.replays.worth_keeping(key):
                    kept = (status, tuple(sent_headers), sent_body, handler.api.name, method, path, query)
                    self.replays.keep(key, Replay(revision, handler.revision, *kept, request, response))
        self.journal.record(
            api, method, path, query, response.status, started, request, headers, body, response
        )

    def _replay(self, scope: Scope, key: RequestKey) -> Replay | None:
        """The answer kept for this read, while the API's revision, asked as the request's own reads
        would ask it (a shared store: by a round trip sent after the request arrived), is unchanged."""
        store = self._told_arrival
        if store is None:
            return self.replays.find(key)
        store.arrived = _arrival(scope)  # set and cleared without an await between: one request's
        try:
            return self.replays.find(key)
        except StoreUnavailableError:
            return None  # the database is down: the pipeline answers the request (503)
        finally:
            store.arrived = None

    async def _control(self, scope: Scope, receive: Receive, send: Send, path: str, method: str) -> None:
        """A request under /__mock/: guarded (`guard.py`), and outside the API's permissive CORS."""
        headers, size = folded_headers(scope["headers"])
        query = scope.get("query_string", b"").decode("latin-1")
        try:
            if method == "OPTIONS" and "origin" in headers and "access-control-request-method" in headers:
                raise MockError(403, "the control API answers no CORS preflight", "FORBIDDEN_ORIGIN")
            self._check_size(path, query, size)
            body = await self._read_body(receive, await receive())
        except MockError as error:
            await self._send(send, scope, problem(error), None, cors=False)
            return
        action = path[len(CONTROL_PREFIX) :].strip("/")
        response = self.control.handle_request(method, action, query, headers, body)
        await self._send(send, scope, response, None, cors=False)

    @staticmethod
    def _check_size(path: str, query: str, header_bytes: int) -> None:
        if len(path) + len(query) > MAX_PATH_BYTES:
            raise MockError(414, f"the request target is longer than {MAX_PATH_BYTES} bytes", "URI_TOO_LONG")
        if header_bytes > MAX_HEADER_BYTES:
            raise MockError(
                431, f"the request headers are larger than {MAX_HEADER_BYTES} bytes", "HEADERS_TOO_LARGE"
            )

    def _dispatch(  # noqa: PLR0917 - the request's parts, as the edge read them
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes, keep: bool
    ) -> tuple[ApiHandler | None, int | None, MockResponse, Request | None]:
        """The handler the path falls under, its API's revision before the request (for a read whose
        answer may be `keep`t for replays, where the API's are), the response and the request as the
        handler saw it."""
        for handler in self.handlers:
            prefix = handler.prefix
            if prefix and not (path == prefix or path.startswith(prefix + "/")):
                continue
            request = Request(method.upper(), path[len(prefix) :] or "/", query, headers, body)
            try:
                revision = self._revision(handler) if keep else None
                return handler, revision, handler.handle(request), request
            except Exception:  # a bug must cost one request a 500, never the server
                logger.exception("unexpected error handling %s %s", method, path)
                return (
                    handler,
                    None,
                    problem(MockError(500, "the mock server failed on this request", "UNKNOWN")),
                    request,
                )
        mounts = ", ".join(h.prefix or "/" for h in self.handlers)
        error = MockError(404, f"no API is mounted at {path!r} (mounted: {mounts})", "NO_PATH_MATCHED_ERROR")
        return None, None, problem(error), None

    @staticmethod
    def _revision(handler: ApiHandler) -> int | None:
        """The API's revision where its answers may be replayed; None where they may not, or when the
        store cannot say (the database is down: the pipeline answers 503)."""
        if handler.revision is None:
            return None
        try:
            return handler.revision()
        except StoreUnavailableError:
            return None

    async def _read_body(self, receive: Receive, message: Message) -> bytes:
        """The body, from the first `message` received on."""
        limit = self.options.max_body_bytes
        chunks: list[bytes] = []
        size = 0
        while message["type"] != "http.disconnect":
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            if not message.get("more_body", False):
                if not chunks:  # the whole body in one message: the usual case
                    return chunk
                chunks.append(chunk)
                break
            chunks.append(chunk)
            message = await receive()
        return b"".join(chunks)

    def _head(
        self, scope: Scope, response: MockResponse, origin: bytes | None, *, cors: bool = True
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """The status, the headers as sent (CORS and framing added) and the body to send."""
        extra = response.headers
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in extra.items()] if extra else []
        if cors and self.options.cors and "access-control-allow-origin" not in extra:
            headers.extend(cors_headers(origin, headers))
        media_type = response.media_type
        if media_type is not None:
            encoded = self._media_types.get(media_type)
            if encoded is None:
                encoded = (b"content-type", media_type.encode("latin-1"))
                if len(self._media_types) < _HEADER_NAMES_MAX:
                    self._media_types[media_type] = encoded
            headers.append(encoded)
        body = response.body
        status = response.status
        if status >= 200 and status not in (204, 304):
            headers.append((b"content-length", b"%d" % len(body)))
        else:
            body = b""
        if scope["method"] == "HEAD":
            body = b""
        return status, headers, body

    async def _send(
        self, send: Send, scope: Scope, response: MockResponse, origin: bytes | None, *, cors: bool = True
    ) -> None:
        status, headers, body = self._head(scope, response, origin, cors=cors)
        if response.stream is not None:
            await MockApp._send_stream(send, scope, response, headers)
            return
        await send({"type": "http.response.start", "status": status, "headers": headers})
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

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.close()  # the state file is checkpointed and closed on SIGINT/SIGTERM
                await send({"type": "lifespan.shutdown.complete"})
                return


def create_app(
    spec_sources: Iterable[str | Path] | None = None,
    options: MockOptions | None = None,
    *,
    mount: bool | None = None,
    seed_data: bytes | None = None,
) -> MockApp:
    """The ASGI app for the given specs (API names or file paths; default: every spec under specs/).

    One spec is served at the root, several each under `/<api name>`; `mount` forces either.
    `seed_data` (JSON or YAML text, as `POST /__mock/seed` takes it) is stored before the first request.
    """
    options = options or MockOptions()
    sources = list(spec_sources) if spec_sources is not None else list(specs.api_names())
    if not sources:
        raise specs.SpecNotFoundError("no specs to serve")
    mounted = len(sources) > 1 or spec_sources is None if mount is None else mount
    store: Store | None = None
    if not options.static:
        store = open_store(options.state_file)
    handlers = []
    for source in sources:
        name, path = specs.resolve(source)
        prefix = f"/{name}" if mounted else ""
        handlers.append(ApiHandler.build(name, load_spec(path), prefix, options, store, source=path))
    app = MockApp(handlers, options, store)
    if seed_data is not None:
        response = app.control.handle("POST", "seed", "", seed_data)
        if response.status != 200:
            app.close()
            raise ValueError(f"cannot load the seed data: {orjson.loads(response.body)['detail']}")
    return app
