"""Answers replayed to repeated reads: the whole response of a GET or HEAD, kept while the state it
was made from is unchanged.

A client polling a record or a list sends the same request again and again; the pipeline (routing,
security, validation, behaviour, shaping) would decide the same answer each time. An answer is kept
only when it is a pure function of the request and the API's records (`MockResponse.replayable`: a
stored record or list shaped by the response stage, no random sampling), for a GET or HEAD without a
body (decided at the edge before the pipeline runs), on a store whose revision is current
(`Store.current_revision`: it reflects every write acknowledged before the request arrived, by any
process; the memory store's, a state file's, and PostgreSQL's asked by a round trip sent after the
request arrived; a store that does not say so is never replayed from).

It is replayed to a request with the very same method, path, query and the very same headers an
answer may depend on (`varying_headers`: credentials, `Accept`, `Prefer`, `Origin`, `Host`, the body's
framing, and every header parameter the APIs declare; byte for byte), as an HTTP cache honours
`Vary`, while the API's revision is still the one the answer was made at; any write, reset or seed,
by any process, advances it and ends the replay. Headers no answer reads (a request id, a trace
context, the user agent) do not stop a replay: clients that trace their requests send a new one each
time, and the journal records each request's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

from .compiled import Api
from .request import Request
from .responses import MockResponse

__all__ = ["Replay", "Replays", "RequestKey", "varying_headers"]

# (method, raw path, query string, the headers an answer may depend on): the request as the server read it
RequestKey = tuple[Any, ...]

# Headers any answer may depend on, whatever the API: content negotiation, Prefer, CORS, credentials
# (an API key in a header is added per API), the body's framing and type, and the host.
_ALWAYS_VARYING = frozenset(
    {
        b"accept",
        b"prefer",
        b"origin",
        b"authorization",
        b"cookie",
        b"content-type",
        b"content-length",
        b"transfer-encoding",
        b"host",
    }
)


def varying_headers(apis: Iterable[Api]) -> frozenset[bytes]:
    """The request headers (lower-case names, as ASGI servers give them) that the answers of `apis`
    may depend on: the ones every API's pipeline reads, every header parameter an operation
    declares, and every API key sent in a header."""
    names = set(_ALWAYS_VARYING)
    for api in apis:
        for operation in api.operations.values():
            names.update(p.name.encode("latin-1") for p in operation.parameters if p.location == "header")
            for alternative in operation.security:
                names.update(
                    scheme.key.encode("latin-1")
                    for scheme in alternative
                    if scheme.kind == "apiKey" and scheme.location == "header"
                )
    return frozenset(names)


@dataclass(slots=True, frozen=True)
class Replay:
    """One kept answer: what is sent again, and what the journal records of it."""

    revision: int  # the namespace's revision the answer was made at
    current: Callable[[], int]  # the namespace's revision now
    status: int
    headers: tuple[tuple[bytes, bytes], ...]  # as sent, CORS and framing included
    body: bytes
    # The journal's view of the request and the answer (`Journal.record`'s arguments).
    api: str
    method: str
    path: str
    query: str
    request: Request
    response: MockResponse


class Replays:
    """The kept answers of one app, by request. Bounded: emptied when full (a bound, not an LRU)."""

    def __init__(self, varying: frozenset[bytes], limit: int = 1024) -> None:
        self.varying = varying  # `varying_headers` of the APIs answered
        self.limit = limit
        self._entries: dict[RequestKey, Replay] = {}
        self._seen: set[int] = set()  # hashes of the requests answered replayably, bounded too

    def key(self, scope: MutableMapping[str, Any]) -> RequestKey | None:
        """The request's identity as far as an answer may depend on it (unhashable when a server gives
        its headers as lists); None for headers named other than in lower case, as ASGI servers give
        them: a name the set of varying ones might miss is never left out of a key."""
        varying = self.varying
        kept = []
        for header in scope["headers"]:
            name = header[0]
            if name in varying:
                kept.append(header)
            elif not name.islower():
                return None
        raw_path = scope.get("raw_path") or scope["path"]
        return (scope["method"], raw_path, scope.get("query_string"), tuple(kept))

    def find(self, key: RequestKey) -> Replay | None:
        """The answer kept for this very request, while the state it was made from is unchanged."""
        if not self._entries:
            return None
        try:
            kept = self._entries.get(key)
        except TypeError:  # unhashable headers: never kept either
            return None
        if kept is None:
            return None
        if kept.current() != kept.revision:
            del self._entries[key]
            return None
        return kept

    def worth_keeping(self, key: RequestKey) -> bool:
        """Has this very request been answered before? An answer is kept on the second sighting only:
        requests that each carry something of their own (a request id) are never asked again, and
        keeping theirs would only churn memory (a hash is remembered, not the request)."""
        try:
            sighted = hash(key)
        except TypeError:  # unhashable headers: nothing kept
            return False
        if sighted in self._seen:
            return True
        if len(self._seen) >= self.limit * 4:
            self._seen.clear()
        self._seen.add(sighted)
        return False

    def keep(self, key: RequestKey, replay: Replay) -> None:
        """Keep `replay` for the request `key` names (one `worth_keeping` found hashable)."""
        if len(self._entries) >= self.limit:
            self._entries.clear()
        self._entries[key] = replay

    def clear(self) -> None:
        self._entries.clear()
        self._seen.clear()
