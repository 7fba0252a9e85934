"""What a behaviour decides: the status, headers and value of an answer, never its bytes.

The response stage (`Responder.answer`) turns an `Answer` into a `MockResponse`: it negotiates the
media, fills in what the behaviour left to the spec, merges stored records into the documented shape
and repairs them (`Shaped`, `Listing`), encodes, and keeps encoded answers for the next identical
request (`cache_key`). Behaviours stay free of media types, encodings and caches.

These are plain slotted classes rather than frozen ones: one is made per request, and a frozen
dataclass costs twice as much to build; nothing changes an answer once it is returned.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["UNSET", "Answer", "Listing", "Shaped"]


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()  # "the spec's own value": an answer's body left to the example or schema


@dataclass(slots=True)
class Shaped:
    """A stored record answered in the documented shape: `fields` merged into the spec's success
    value (only the properties its schema allows when it is closed), repaired until it validates. An
    answer documented as a bare string (Omnistrate's creates answer the new id) answers `new_id`."""

    fields: dict[str, Any]
    new_id: str | None = None


@dataclass(slots=True)
class Listing:
    """Stored records answered as the documented list: each item shaped as `Shaped` is, under
    `list_field` of the documented value ("" when the answer is the array itself; None when it holds
    ids only), their ids under `ids_field` when the list carries one. Query parameters naming a field
    of the items filter them (`?name=acme`); paging cursors are dropped, as the list is one page."""

    items: tuple[dict[str, Any], ...]
    ids: tuple[str, ...]
    list_field: str | None
    ids_field: str | None = None
    query: Mapping[str, Any] | None = None


@dataclass(slots=True)
class Answer:
    """A behaviour's decision.

    `status`: None for the documented success (the lowest 2xx). `value`: the body as a JSON value, a
    `Shaped` record or a `Listing`; `UNSET` for the spec's own example or schema sample. `cache_key`:
    with a `Shaped` or `Listing` value, names the answer so its encoding is kept and reused while the
    very same record objects and documented template are answered (stored records are immutable
    values: a write replaces them, and with them the kept answer). `media_type`: one the behaviour
    negotiated itself (a watch stream). `stream`: a body produced over time, sent as it comes.
    """

    status: int | None = None
    value: Any = UNSET
    headers: Mapping[str, str] | None = None
    cache_key: str | None = None
    media_type: str | None = None
    stream: AsyncGenerator[bytes, None] | None = None
