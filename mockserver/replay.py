"""Answers replayed to identical repeated reads: the whole response of a GET or HEAD, kept while the
state it was made from is unchanged.

A client polling a record or a list sends the same request again and again; the pipeline (routing,
security, validation, behaviour, shaping) would decide the same answer each time. An answer is kept
only when it is a pure function of the request and the API's records (`MockResponse.replayable`: a
stored record or list shaped by the response stage, no random sampling), for a request without a
body, on a store only this process writes (`Store.shared` is false: another process's write would go
unseen). It is replayed to a request with the very same method, path, query and headers (byte for
byte: credentials, `Accept`, `Prefer`, `Origin` included) while the API's namespace is still at the
revision the answer was made at; any write, reset or seed advances the revision and ends it.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from .request import Request
from .responses import MockResponse

__all__ = ["Replay", "Replays"]

_Key = tuple[Any, ...]  # (method, raw path, query string, headers): the request as the server read it


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
    request_headers: dict[str, str]
    response: MockResponse


class Replays:
    """The kept answers of one app, by request. Bounded: emptied when full (a bound, not an LRU)."""

    def __init__(self, limit: int = 1024) -> None:
        self.limit = limit
        self._entries: dict[_Key, Replay] = {}

    @staticmethod
    def key(scope: MutableMapping[str, Any]) -> _Key:
        """The request's identity (unhashable when a server gives its headers as lists)."""
        raw_path = scope.get("raw_path") or scope["path"]
        return (scope["method"], raw_path, scope.get("query_string"), tuple(scope["headers"]))

    def find(self, scope: MutableMapping[str, Any]) -> Replay | None:
        """The answer kept for this very request, while the state it was made from is unchanged."""
        if not self._entries:
            return None
        key = Replays.key(scope)
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

    def keep(self, scope: MutableMapping[str, Any], replay: Replay) -> None:
        key = Replays.key(scope)
        if len(self._entries) >= self.limit:
            self._entries.clear()
        try:
            self._entries[key] = replay
        except TypeError:  # unhashable headers: nothing kept
            return

    def clear(self) -> None:
        self._entries.clear()
