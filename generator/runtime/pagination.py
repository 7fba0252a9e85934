"""Iterators over token-paged lists: fetch a page, yield its items, follow its token, stop without one.

Generated `pagination` modules bind these to each paged operation with typed signatures.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["aiterate", "items_at", "iterate", "token_at"]

P = TypeVar("P")
T = TypeVar("T")


def token_at(page: object, path: Sequence[str]) -> str | None:
    """The next-page token at `path` of a page (None when unset, null or empty)."""
    value: Any = page
    for name in path:
        value = getattr(value, name, None)
        if value is None:
            return None
    return value if isinstance(value, str) and value else None


def items_at(page: object, name: str) -> list[Any]:
    """The list of items a page holds in `name` (empty when unset)."""
    value = getattr(page, name, None)
    return value if isinstance(value, list) else []


def iterate(
    fetch: Callable[[str | None], P], items: Callable[[P], Iterable[T]], token: Callable[[P], str | None]
) -> Iterator[T]:
    """Items of every page: `fetch(None)` first, then `fetch(token)` while pages carry a new token."""
    previous: str | None = None
    while True:
        page = fetch(previous)
        yield from items(page)
        following = token(page)
        if following is None or following == previous:
            return
        previous = following


async def aiterate(
    fetch: Callable[[str | None], Awaitable[P]],
    items: Callable[[P], Iterable[T]],
    token: Callable[[P], str | None],
) -> AsyncIterator[T]:
    """`iterate` for async fetches."""
    previous: str | None = None
    while True:
        page = await fetch(previous)
        for item in items(page):
            yield item
        following = token(page)
        if following is None or following == previous:
            return
        previous = following
