"""Token-paged lists: fetch a page, yield its items, follow its token, stop without one (or when a
page repeats the token that fetched it).

Generated `pagination` modules bind `iterate`/`aiterate` to each paged operation; the namespaced
clients' list methods answer with `SyncPage` / `AsyncPager` pages built by `sync_pages`/`async_pages`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeGuard, TypeVar

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "SyncPage",
    "aiterate",
    "async_pages",
    "items_at",
    "iterate",
    "sync_pages",
    "token_at",
]

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
    value: object = getattr(page, name, None)
    return value if _is_list(value) else []


def _is_list(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list)


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


# -- pages of the namespaced clients ---------------------------------------------------------------


class SyncPage(Generic[T]):
    """One page of a token-paged list: `items`, `has_next_page()`, `next_page()`; iterating it yields
    every item of this page and of the pages after it, fetching each only when it is reached."""

    def __init__(
        self,
        result: Any,
        items: list[T],
        token: str | None,
        previous_token: str | None,
        fetch: Callable[[str], SyncPage[T]],
    ) -> None:
        self.result = result  # the page as the operation returns it (`ListServiceResult`, ...)
        self.items = items
        self.next_page_token = token
        self._previous = previous_token
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """Whether the server gave a token for another page (a repeated token ends the list)."""
        return self.next_page_token is not None and self.next_page_token != self._previous

    def next_page(self) -> SyncPage[T]:
        """Fetch the following page (`StopIteration`-free: check `has_next_page()` first)."""
        if self.next_page_token is None or not self.has_next_page():
            raise LookupError("this is the last page: has_next_page() is False")
        return self._fetch(self.next_page_token)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page()}>"


class AsyncPage(Generic[T]):
    """`SyncPage` for async clients: `await page.next_page()`, `async for item in page`."""

    def __init__(
        self,
        result: Any,
        items: list[T],
        token: str | None,
        previous_token: str | None,
        fetch: Callable[[str], Awaitable[AsyncPage[T]]],
    ) -> None:
        self.result = result
        self.items = items
        self.next_page_token = token
        self._previous = previous_token
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self.next_page_token is not None and self.next_page_token != self._previous

    async def next_page(self) -> AsyncPage[T]:
        if self.next_page_token is None or not self.has_next_page():
            raise LookupError("this is the last page: has_next_page() is False")
        return await self._fetch(self.next_page_token)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self.has_next_page()}>"


class AsyncPager(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` over it for
    every item across pages."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def _items(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()


def sync_pages(
    call: Callable[[str | None, Callable[[Any], Any]], Any],
    items: Callable[[Any], list[T]],
    token: Callable[[Any], str | None],
) -> SyncPage[T]:
    """The first `SyncPage` of a list: `call(page_token, shape)` sends one page's request and answers
    it through `shape` (which the runtime applies to a parsed page, also under `.parse()`)."""

    def shape_for(previous: str | None) -> Callable[[Any], SyncPage[T]]:
        def shape(result: Any) -> SyncPage[T]:
            return SyncPage(result, items(result), token(result), previous, fetch)

        return shape

    def fetch(page_token: str) -> SyncPage[T]:
        page: SyncPage[T] = call(page_token, shape_for(page_token))
        return page

    # Under `with_raw_response`, `call` answers with a raw response whose `.parse()` gives the page.
    first: SyncPage[T] = call(None, shape_for(None))
    return first


def async_pages(
    call: Callable[[str | None, Callable[[Any], Any]], Awaitable[Any]],
    items: Callable[[Any], list[T]],
    token: Callable[[Any], str | None],
) -> AsyncPager[T]:
    """`sync_pages` for async clients: an `AsyncPager` over the pages `call` fetches."""

    def shape_for(previous: str | None) -> Callable[[Any], AsyncPage[T]]:
        def shape(result: Any) -> AsyncPage[T]:
            return AsyncPage(result, items(result), token(result), previous, fetch)

        return shape

    async def fetch(page_token: str) -> AsyncPage[T]:
        page: AsyncPage[T] = await call(page_token, shape_for(page_token))
        return page

    async def first() -> AsyncPage[T]:
        page: AsyncPage[T] = await call(None, shape_for(None))
        return page

    return AsyncPager(first)
