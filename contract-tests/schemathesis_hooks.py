"""Schemathesis hooks for our media types, loaded by the repository's `schemathesis.toml`.

Without them schemathesis skips the schema check of every answer in these media types:
- `application/vnd.goa.error`: Omnistrate's errors, Goa's error model as JSON under a vendor type
  that has no `+json` suffix;
- `application/x-ndjson`: Datum's watch streams, one `WatchEvent` per line. Schemathesis checks one
  value against the documented schema, so every line must parse and the first event is the one
  checked (the mock's streams hold events of one shape); a stream that ended before any change
  (`timeoutSeconds` passed) holds nothing to check.

And one rule only the server knows: a Kubernetes create or delete with `dryRun=All` is answered like
a real one but changes nothing, so the stateful phase, which feeds a create's answer to the
operations its links name and checks that a deleted object is gone, would follow a project that
never existed or find one it had deleted. A delete's `DeleteOptions` body can ask for a dry run too
(`"dryRun": ["All"]`). Likewise an object with `metadata.finalizers` outlives its delete (it gets
a `deletionTimestamp` and stays until they are removed). In that phase creates and deletes are
real and writes set no finalizers; the other phases still send both.

Message framing is the HTTP client's, not the API's: a generated header named `Transfer-Encoding`,
`Content-Length` or another RFC 9110 connection header (`Connection`, `TE`, `Upgrade`, ...) would
make the request unreadable as HTTP (a server's HTTP parser answers 400 or 501 before any API code
runs, and a proxy may drop the connection), so such headers are removed before a call.

A path parameter of `.` or `..` is no value a client can send: URL resolution removes such dot
segments (RFC 3986, 5.2.4), so `/service/./resource/x` reaches `/service/resource/x`, another path
than the operation's; schemathesis does not generate them.

`schemathesis run --checks all` turns on every check for every operation, the per-operation
opt-outs of schemathesis.toml included, so these rules must hold in the data, not in the settings.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis.core.deserialization import DeserializationContext
from schemathesis.core.transport import Response


@schemathesis.deserializer("application/vnd.goa.error")
def goa_error(ctx: DeserializationContext, response: Response) -> Any:
    """A Goa error body is plain JSON."""
    return json.loads(response.content)


@schemathesis.deserializer("application/x-ndjson")
def ndjson(ctx: DeserializationContext, response: Response) -> Any:
    """The first event of a newline-delimited JSON stream; every line must be JSON."""
    events = [json.loads(line) for line in response.content.splitlines() if line.strip()]
    if not events:
        # Schemathesis' signal for "no deserializer for this body": the schema check is skipped.
        raise NotImplementedError("an empty application/x-ndjson stream holds no event to check")
    return events[0]


# Headers that frame the message or steer the connection (RFC 9110 7.6.1, RFC 9112 6): the client's.
FRAMING_HEADERS = frozenset(
    {"connection", "content-length", "keep-alive", "proxy-connection", "te", "trailer"}
    | {"transfer-encoding", "upgrade"}
)


@schemathesis.hook
def before_call(ctx: schemathesis.HookContext, case: schemathesis.Case[Any], **kwargs: Any) -> None:
    """No generated framing header in any phase. In the stateful phase, creates and deletes are real
    (no `dryRun`) and writes set no finalizers: links lead somewhere, and a deleted object is gone."""
    if case.headers:
        for name in [name for name in case.headers if name.lower() in FRAMING_HEADERS]:
            del case.headers[name]
    phase = case.meta.phase.name.value if case.meta is not None else None
    if phase != "stateful":
        return
    method = case.method.upper()
    if method in ("POST", "DELETE") and case.query:
        case.query.pop("dryRun", None)
    body: Any = case.body
    if method == "DELETE" and isinstance(body, dict):
        body.pop("dryRun", None)
    elif isinstance(body, dict) and isinstance(body.get("metadata"), dict):
        body["metadata"].pop("finalizers", None)  # a create, replace or merge patch
    elif method == "PATCH" and isinstance(body, list):  # a JSON patch
        case.body = [op for op in body if not _touches_finalizers(op)]


@schemathesis.hook
def filter_path_parameters(ctx: schemathesis.HookContext, path_parameters: dict[str, Any] | None) -> bool:
    """No dot segment as a path parameter: the client would send the request to another path."""
    return not any(value in (".", "..") for value in (path_parameters or {}).values())


def _touches_finalizers(operation: Any) -> bool:
    return isinstance(operation, dict) and str(operation.get("path", "")).startswith("/metadata/finalizers")
