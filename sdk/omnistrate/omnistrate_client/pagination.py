"""Iterators over every token-paged list of `omnistrate_client`, sync and async (the functional layer;
the namespaced client's list methods page the same way).

Each yields the items of one list operation across all its pages, fetching the next page only when the
items of the previous one are used up. Arguments are the operation's own, minus the page token.

- `iter_list_tier_version_sets` / `aiter_list_tier_version_sets`: `TierVersionSet`
- `iter_list_all_audit_events` / `aiter_list_all_audit_events`: `AuditEvent`
"""

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Literal

from ._runtime import pagination as _pages
from ._runtime.calls import DEFAULT, Retries
from .api.audit_events_api import list_all_audit_events as _list_all_audit_events
from .api.tier_version_set_api import list_tier_version_sets as _list_tier_version_sets
from .client import AuthenticatedClient, Client
from .models.audit_event import AuditEvent
from .models.list_audit_events_result import ListAuditEventsResult
from .models.list_tier_version_sets_result import ListTierVersionSetsResult
from .models.tier_version_set import TierVersionSet
from .types import UNSET, Unset

__all__ = [
    "aiter_list_all_audit_events",
    "iter_list_all_audit_events",
    "aiter_list_tier_version_sets",
    "iter_list_tier_version_sets",
]

# Keep the names every signature may use importable from here.
_ = (Client, Literal, Unset)


def _list_tier_version_sets_items(page: ListTierVersionSetsResult) -> list[TierVersionSet]:
    return _pages.items_at(page, "tier_version_sets")


def _list_tier_version_sets_token(page: ListTierVersionSetsResult) -> str | None:
    return _pages.token_at(page, ("next_page_token",))


def iter_list_tier_version_sets(
    service_id: str,
    product_tier_id: str,
    *,
    client: AuthenticatedClient,
    latest_major_version_only: bool | Unset = UNSET,
    latest_incremental_version_for_major_version: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[TierVersionSet]:
    """Every `TierVersionSet` that `tier_version_set_api.list_tier_version_sets` lists, fetching page after page (following
    `next_page_token` as `next_page_token`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ListTierVersionSetsResult:
        return _list_tier_version_sets.sync(
            client=client,
            service_id=service_id,
            product_tier_id=product_tier_id,
            latest_major_version_only=latest_major_version_only,
            latest_incremental_version_for_major_version=latest_incremental_version_for_major_version,
            page_size=page_size,
            next_page_token=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_tier_version_sets_items, _list_tier_version_sets_token)


def aiter_list_tier_version_sets(
    service_id: str,
    product_tier_id: str,
    *,
    client: AuthenticatedClient,
    latest_major_version_only: bool | Unset = UNSET,
    latest_incremental_version_for_major_version: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[TierVersionSet]:
    """`iter_list_tier_version_sets`, asynchronously (`async for item in aiter_list_tier_version_sets(...)`)."""

    async def fetch(page_token: str | None) -> ListTierVersionSetsResult:
        return await _list_tier_version_sets.asyncio(
            client=client,
            service_id=service_id,
            product_tier_id=product_tier_id,
            latest_major_version_only=latest_major_version_only,
            latest_incremental_version_for_major_version=latest_incremental_version_for_major_version,
            page_size=page_size,
            next_page_token=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_tier_version_sets_items, _list_tier_version_sets_token)


def _list_all_audit_events_items(page: ListAuditEventsResult) -> list[AuditEvent]:
    return _pages.items_at(page, "events")


def _list_all_audit_events_token(page: ListAuditEventsResult) -> str | None:
    return _pages.token_at(page, ("next_page_token",))


def iter_list_all_audit_events(
    *,
    client: AuthenticatedClient,
    service_id: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
    event_source_types: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[AuditEvent]:
    """Every `AuditEvent` that `audit_events_api.list_all_audit_events` lists, fetching page after page (following
    `next_page_token` as `next_page_token`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ListAuditEventsResult:
        return _list_all_audit_events.sync(
            client=client,
            service_id=service_id,
            environment_type=environment_type,
            event_source_types=event_source_types,
            instance_id=instance_id,
            page_size=page_size,
            start_date=start_date,
            end_date=end_date,
            next_page_token=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_all_audit_events_items, _list_all_audit_events_token)


def aiter_list_all_audit_events(
    *,
    client: AuthenticatedClient,
    service_id: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
    event_source_types: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[AuditEvent]:
    """`iter_list_all_audit_events`, asynchronously (`async for item in aiter_list_all_audit_events(...)`)."""

    async def fetch(page_token: str | None) -> ListAuditEventsResult:
        return await _list_all_audit_events.asyncio(
            client=client,
            service_id=service_id,
            environment_type=environment_type,
            event_source_types=event_source_types,
            instance_id=instance_id,
            page_size=page_size,
            start_date=start_date,
            end_date=end_date,
            next_page_token=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_all_audit_events_items, _list_all_audit_events_token)
