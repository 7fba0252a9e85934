"""`mockserver proxy`: the mock's compiled validators in front of a real server, as `prism proxy` does.

Every request is forwarded to the upstream and its answer sent back unchanged (status, headers,
body), hop-by-hop headers excepted (RFC 9110 section 7.6.1). On the way, the request and the answer
are checked with the very validators `mockserver serve` uses (routing, security presence, parameters
and body; status, content type, required headers and body of the answer), a Datum project control
plane's against its group documents (`proxy_checks.py`). What breaks the contract is reported three
ways, each a list of `{location, severity, code, message}` as Prism reports it:
the `sl-violations` response header, the journal (`GET /__mock/journal?violations=true`) and a
warning on the `mockserver.proxy` logger.

With `errors=True` (`--errors`) a request that breaks the contract is answered by the mock itself
(its own 400/401/404/415 answer, in the API's error model) and never forwarded, and an answer that
breaks it becomes 502 problem+json naming the violations. An upstream that cannot be reached, closes
the connection or breaks HTTP gets 502, one that does not answer in time 504, both problem+json.

Answers are read whole before they are checked (to put `sl-violations` in their headers) up to
`ProxyOptions.max_buffered_bytes`; streams (`application/x-ndjson`, `text/event-stream`, Kubernetes
watches, octet streams) and larger bodies are passed through as they come, their body unchecked.
Credentials are forwarded as sent and never logged: violation messages have them blanked out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import specs

from .access_log import request_secrets
from .compiled import Operation
from .control import CONTROL_PREFIX, ControlApi
from .errors import MockError, ValidationIssue
from .handler import ApiHandler
from .journal import Journal
from .options import MockOptions
from .proxy_checks import RequestChecker
from .proxy_http import STREAMED, answer_headers, decoded, forwarded_headers, redact, violations_header
from .proxy_upstream import Upstream, UpstreamAnswer, UpstreamError, UpstreamTimeoutError
from .request import folded_headers, media_type
from .responses import MockResponse, problem
from .spec_cache import load_spec
from .validation import validate_response

__all__ = ["ProxyApp", "ProxyOptions", "create_proxy_app"]

logger = logging.getLogger("mockserver.proxy")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class ProxyOptions:
    """How the proxy behaves; every field has the default `mockserver proxy` uses."""

    upstream: str
    errors: bool = False  # refuse bad requests, turn bad answers into 502 (`prism proxy --errors`)
    timeout: float = 30.0  # seconds the upstream gets to connect, then to answer each read
    max_body_bytes: int = 10 * 1024 * 1024  # requests beyond it get 413 and are not forwarded
    max_buffered_bytes: int = 10 * 1024 * 1024  # answers beyond it are streamed, their body unchecked


class ProxyApp:
    """ASGI app forwarding every request to `options.upstream`, validating both ways."""

    def __init__(self, handlers: Sequence[ApiHandler], options: ProxyOptions) -> None:
        self.options = options
        self.handlers = sorted(handlers, key=lambda h: -len(h.prefix))  # longest prefix first
        self.journal = Journal()
        self.control = ControlApi(self.handlers, self.journal)
        self.checker = RequestChecker(self.handlers)
        # A client that passes things through (`proxy_upstream.py`): no cookies kept between
        # callers, no headers of its own, no decompression, no redirects followed.
        self._upstream = Upstream(
            options.upstream, timeout=options.timeout, connect_timeout=min(options.timeout, 10.0)
        )
        self.upstream = self._upstream.url

    @property
    def urls(self) -> dict[str, str]:
        return self.control.urls

    async def aclose(self) -> None:
        await self._upstream.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else scope["path"]
        method: str = scope["method"]
        query = scope.get("query_string", b"").decode("latin-1")
        try:
            body = await self._read_body(receive)
        except MockError as error:
            await self._send(send, problem(error), method)
            return
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            # Guarded as the mock's own control API is (guard.py): health is open, the rest needs
            # an admin token (the development token unless configured).
            action = path[len(CONTROL_PREFIX) :].strip("/")
            headers, _ = folded_headers(scope["headers"])
            response = self.control.handle_request(method, action, query, headers, body)
            await self._send(send, response, method)
            return
        secrets = request_secrets(scope)
        api, operation, refusal, issues = self.checker.check(scope, method, path, body)
        issues = redact(issues, secrets)
        if refusal is not None and self.options.errors:  # refused here, never forwarded
            status = await self._send(send, refusal, method, issues)
            self._report(
                api=api, method=method, path=path, query=query, status=status, started=started, issues=issues
            )
            return
        status, response_issues = await self._forward(
            scope, send, method=method, path=path, query=query, body=body, operation=operation, issues=issues
        )
        issues += redact(response_issues, secrets)
        self._report(
            api=api, method=method, path=path, query=query, status=status, started=started, issues=issues
        )

    # -- the request -----------------------------------------------------------------------------

    async def _read_body(self, receive: Receive) -> bytes:
        limit = self.options.max_body_bytes
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise MockError(413, f"the request body is larger than {limit} bytes", "PAYLOAD_TOO_LARGE")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    # -- forwarding ------------------------------------------------------------------------------

    async def _forward(
        self,
        scope: Scope,
        send: Send,
        *,
        method: str,
        path: str,
        query: str,
        body: bytes,
        operation: Operation | None,
        issues: list[ValidationIssue],
    ) -> tuple[int, list[ValidationIssue]]:
        """Send the request upstream and its answer back; (status sent, violations of the answer)."""
        headers = forwarded_headers(scope["headers"])
        target = f"{path}?{query}" if query else path
        try:
            upstream = await self._upstream.request(method, target, headers, body)
        except UpstreamTimeoutError as exc:
            return await self._upstream_failed(send, method, issues, 504, str(exc))
        except UpstreamError as exc:
            return await self._upstream_failed(send, method, issues, 502, str(exc))
        try:
            return await self._relay(send, method, upstream, operation, issues)
        finally:
            upstream.release()

    async def _relay(
        self,
        send: Send,
        method: str,
        upstream: UpstreamAnswer,
        operation: Operation | None,
        issues: list[ValidationIssue],
    ) -> tuple[int, list[ValidationIssue]]:
        status = upstream.status
        lower = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in upstream.headers}
        raw_type = lower.get("content-type", "")
        streamed = method == "HEAD" or "stream=" in raw_type or media_type(raw_type).startswith(STREAMED)
        stream = upstream.chunks()
        chunks: list[bytes] = []
        rest = None
        if not streamed:
            size = 0
            try:
                async for chunk in stream:
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > self.options.max_buffered_bytes:
                        rest = stream  # too large to hold: send what came, then the rest as it comes
                        break
            except UpstreamTimeoutError as exc:
                return await self._upstream_failed(send, method, issues, 504, str(exc))
            except UpstreamError as exc:
                return await self._upstream_failed(send, method, issues, 502, str(exc))
        response_issues: list[ValidationIssue] = []
        if operation is not None:
            body = None
            if not streamed and rest is None:
                body = decoded(b"".join(chunks), lower.get("content-encoding", ""))
            response_issues = validate_response(operation, status, lower, body, head=method == "HEAD")
        everything = issues + response_issues
        if response_issues and self.options.errors:
            summary = "; ".join(f"{'.'.join(i.location)}: {i.message}" for i in response_issues[:5])
            error = MockError(
                502,
                f"the upstream's answer breaks the contract: {summary}",
                "UPSTREAM_VIOLATION",
                validation=response_issues,
            )
            return await self._send(send, problem(error), method, everything), response_issues
        headers = answer_headers(upstream.headers)
        if everything:
            headers.append((b"sl-violations", violations_header([i.as_json() for i in everything])))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        try:
            if streamed and method != "HEAD":
                async for chunk in stream:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            elif rest is not None:
                for chunk in chunks:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                async for chunk in rest:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            elif method != "HEAD":
                await send({"type": "http.response.body", "body": b"".join(chunks)})
                return status, response_issues
        except UpstreamError as exc:  # the status is sent: all that is left is to cut the answer short
            logger.warning("%s %s: the upstream's answer broke off: %s", status, method, exc)
            return status, response_issues
        await send({"type": "http.response.body", "body": b""})
        return status, response_issues

    async def _upstream_failed(
        self, send: Send, method: str, issues: list[ValidationIssue], status: int, what: str
    ) -> tuple[int, list[ValidationIssue]]:
        problem_type = "UPSTREAM_TIMEOUT" if status == 504 else "UPSTREAM_ERROR"
        error = MockError(status, f"the upstream {self.upstream} {what}", problem_type)
        logger.warning("%s %s: %s", status, method, error.detail)
        return await self._send(send, problem(error), method, issues), []

    # -- answers and reports ---------------------------------------------------------------------

    async def _send(
        self, send: Send, response: MockResponse, method: str, issues: Sequence[ValidationIssue] = ()
    ) -> int:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        if response.media_type is not None:
            headers.append((b"content-type", response.media_type.encode("latin-1")))
        body = response.body if response.status not in (204, 304) else b""
        if response.status >= 200 and response.status not in (204, 304):
            headers.append((b"content-length", b"%d" % len(body)))
        if issues:
            headers.append((b"sl-violations", violations_header([i.as_json() for i in issues])))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
        return response.status

    def _report(
        self,
        *,
        api: str | None,
        method: str,
        path: str,
        query: str,
        status: int,
        started: float,
        issues: Sequence[ValidationIssue],
    ) -> None:
        violations = tuple(i.as_json() for i in issues)
        self.journal.record(api, method, path, query, status, started, None, {}, b"", None, violations)
        if issues:
            listed = "; ".join(f"{'.'.join(i.location)}: {i.message}" for i in issues[:5])
            more = f" (and {len(issues) - 5} more)" if len(issues) > 5 else ""
            logger.warning("%s %s %s: %d violation(s): %s%s", method, path, status, len(issues), listed, more)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


def create_proxy_app(
    spec_sources: Iterable[str | Path] | None, options: ProxyOptions, *, mount: bool | None = None
) -> ProxyApp:
    """The validating proxy for the given specs (API names or file paths; default: every spec under
    specs/), in front of `options.upstream`.

    One spec is checked at the root, several each under `/<api name>` (`mount` forces either); paths
    are forwarded as they are, so the proxy's URLs mirror the upstream's.
    """
    sources = list(spec_sources) if spec_sources else list(specs.api_names())
    if not sources:
        raise specs.SpecNotFoundError("no specs to check against")
    Upstream.check_url(options.upstream)
    mounted = len(sources) > 1 or not spec_sources if mount is None else mount
    mock_options = MockOptions(static=True, cors=False)  # validators and error answers only
    handlers = []
    for source in sources:
        name, path = specs.resolve(source)
        prefix = f"/{name}" if mounted else ""
        handlers.append(ApiHandler.build(name, load_spec(path), prefix, mock_options, source=path))
    return ProxyApp(handlers, options)
