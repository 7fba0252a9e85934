"""Iterators over every token-paged list of `datum_client`, sync and async (the functional layer;
the namespaced client's list methods page the same way).

Each yields the items of one list operation across all its pages, fetching the next page only when the
items of the previous one are used up. Arguments are the operation's own, minus the page token.

- `iter_list_projects` / `aiter_list_projects`: `Project`
"""

from collections.abc import AsyncIterator, Iterator
from typing import Literal

from ._runtime import pagination as _pages
from ._runtime.calls import DEFAULT, Retries
from .api.projects import list_projects as _list_projects
from .client import AuthenticatedClient, Client
from .models.list_projects_resource_version_match import ListProjectsResourceVersionMatch
from .models.project import Project
from .models.project_list import ProjectList
from .types import UNSET, Unset

__all__ = [
    "aiter_list_projects",
    "iter_list_projects",
]

# Keep the names every signature may use importable from here.
_ = (Client, Literal, Unset)


def _list_projects_items(page: ProjectList) -> list[Project]:
    return _pages.items_at(page, "items")


def _list_projects_token(page: ProjectList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_projects(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListProjectsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Project]:
    """Every `Project` that `projects.list_projects` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ProjectList:
        return _list_projects.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_projects_items, _list_projects_token)


def aiter_list_projects(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListProjectsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Project]:
    """`iter_list_projects`, asynchronously (`async for item in aiter_list_projects(...)`)."""

    async def fetch(page_token: str | None) -> ProjectList:
        return await _list_projects.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_projects_items, _list_projects_token)
