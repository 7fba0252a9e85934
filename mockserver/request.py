"""The incoming request, parsed once and shared by every stage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .errors import MockError

__all__ = ["RawHeaders", "Request", "folded_headers", "media_type"]


def folded_headers(raw: Iterable[tuple[bytes, bytes]]) -> tuple[dict[str, str], int]:
    """ASGI headers as `{lower-case name: value}` (repeats joined by ", ", as RFC 9110 allows), and
    their size in bytes (names and values) for the header limit."""
    headers: dict[str, str] = {}
    size = 0
    for raw_name, raw_value in raw:
        size += len(raw_name) + len(raw_value)
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers, size


class RawHeaders(Mapping[str, str]):
    """ASGI headers read as `folded_headers` reads them, folded only when first read: what the journal
    keeps of a request answered without the pipeline (most are never read back)."""

    __slots__ = ("_folded", "_raw")

    def __init__(self, raw: Iterable[tuple[bytes, bytes]]) -> None:
        self._raw = raw
        self._folded: dict[str, str] | None = None

    def _headers(self) -> dict[str, str]:
        if self._folded is None:
            self._folded = folded_headers(self._raw)[0]
        return self._folded

    def __getitem__(self, name: str) -> str:
        return self._headers()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers())

    def __len__(self) -> int:
        return len(self._headers())


def media_type(value: str | None) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    if not value:
        return ""
    return value.split(";", 1)[0].strip().lower()


@dataclass
class Request:
    method: str
    path: str  # within the API: the mount prefix is already removed; still percent-encoded
    query_string: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names, repeats joined by ", "
    body: bytes = b""
    _query: dict[str, list[str]] | None = field(default=None, init=False, repr=False)
    # What the pipeline found, for the journal: the operation matched and the refusal, if any.
    operation_id: str | None = field(default=None, init=False, repr=False)
    error: MockError | None = field(default=None, init=False, repr=False)

    @property
    def query(self) -> dict[str, list[str]]:
        if self._query is None:
            parsed: dict[str, list[str]] = {}
            if not self.query_string:
                self._query = parsed
                return parsed
            for key, value in parse_qsl(self.query_string, keep_blank_values=True):
                parsed.setdefault(key, []).append(value)
            self._query = parsed
        return self._query

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type"))

    @classmethod
    def from_scope(cls, scope: Mapping[str, Any], path: str, body: bytes) -> Request:
        headers, _ = folded_headers(scope.get("headers", []))
        return cls(
            method=scope["method"].upper(),
            path=path,
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
        )
