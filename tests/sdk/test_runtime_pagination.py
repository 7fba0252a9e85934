"""Pagination: which operations are paged (decided from the specs) and the generated iterators,
sync and async, across three pages."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from omnistrate_client import AuthenticatedClient as OmnistrateClient
from omnistrate_client.pagination import aiter_list_all_audit_events, iter_list_all_audit_events
from pds_client import AuthenticatedClient
from pds_client import errors as pds_errors
from pds_client.models import Account, Backup
from pds_client.pagination import aiter_list_accounts, iter_list_accounts, iter_list_backup_target_backups

import specs
from generator.pagination import PagedOperation, find_paged_operations

from .sdk_support import OMNISTRATE, FakeClock

PDS = "https://pds.test"


def _pds_page(names: list[str], token: str | None) -> dict[str, Any]:
    return {
        "data": [{"id": n, "name": n} for n in names],
        "pagination": {"continuation": token} if token else {},
    }


PDS_PAGES = [
    httpx.Response(200, json=_pds_page(["a", "b"], "t1")),
    httpx.Response(200, json=_pds_page(["c"], "t2")),
    httpx.Response(200, json=_pds_page(["d"], None)),
]


@respx.mock
def test_pds_iterator_follows_continuation_across_three_pages() -> None:
    route = respx.get(f"{PDS}/api/accounts").mock(side_effect=PDS_PAGES)
    client = AuthenticatedClient(base_url=PDS, token="t")
    accounts = list(iter_list_accounts(client=client, limit="2", sort_by="name"))
    assert [a.name for a in accounts] == ["a", "b", "c", "d"]
    assert all(isinstance(a, Account) for a in accounts)
    params = [call.request.url.params for call in route.calls]
    assert ["continuation" in p for p in params] == [False, True, True]
    assert [p.get("continuation") for p in params[1:]] == ["t1", "t2"]
    assert all(p["limit"] == "2" and p["sort_by"] == "name" for p in params)


@respx.mock
async def test_pds_async_iterator_follows_continuation_across_three_pages() -> None:
    route = respx.get(f"{PDS}/api/accounts").mock(side_effect=PDS_PAGES)
    client = AuthenticatedClient(base_url=PDS, token="t")
    names = [a.name async for a in aiter_list_accounts(client=client)]
    assert names == ["a", "b", "c", "d"]
    assert route.call_count == 3


@respx.mock
def test_iterators_fetch_lazily_and_keep_path_parameters() -> None:
    route = respx.get(f"{PDS}/api/backup-targets/bt-1/backups").mock(
        side_effect=[httpx.Response(200, json={"data": [{"id": "b1"}], "pagination": {"continuation": "x"}})]
    )
    pages = iter_list_backup_target_backups("bt-1", client=AuthenticatedClient(base_url=PDS, token="t"))
    assert route.call_count == 0
    first = next(pages)
    assert isinstance(first, Backup)
    assert route.call_count == 1


@respx.mock
def test_a_failing_page_raises_the_typed_error() -> None:
    respx.get(f"{PDS}/api/accounts").mock(
        side_effect=[PDS_PAGES[0], httpx.Response(401, json={"message": "expired"})]
    )
    seen: list[Account] = []
    with pytest.raises(pds_errors.AuthenticationError) as caught:
        seen.extend(iter_list_accounts(client=AuthenticatedClient(base_url=PDS, token="t")))
    assert caught.value.error.message == "expired"


def _events(ids: list[str], token: str | None) -> dict[str, Any]:
    event = {
        "message": "m",
        "resourceInstanceId": "i",
        "resourceName": "r",
        "subscriptionId": "s",
        "time": "t",
    }
    page: dict[str, Any] = {"events": [{**event, "id": i} for i in ids], "ids": ids}
    return {**page, "nextPageToken": token} if token else page


@respx.mock
async def test_omnistrate_next_page_token_sync_and_async(clock: FakeClock) -> None:
    pages = [_events(["e1"], "n1"), _events(["e2", "e3"], "n2"), _events(["e4"], None)]
    route = respx.get(f"{OMNISTRATE}/2022-09-01-00/resource-instance/audit-events")
    client = OmnistrateClient(base_url=OMNISTRATE, token="t", clock=clock)
    route.side_effect = [httpx.Response(200, json=p) for p in pages]
    assert [e.id for e in iter_list_all_audit_events(client=client, page_size=2)] == ["e1", "e2", "e3", "e4"]
    assert [c.request.url.params.get("nextPageToken") for c in route.calls] == [None, "n1", "n2"]
    route.side_effect = [httpx.Response(200, json=p) for p in pages]
    assert [e.id async for e in aiter_list_all_audit_events(client=client)] == ["e1", "e2", "e3", "e4"]


def test_paged_operations_are_found_in_every_spec() -> None:
    found = {api: find_paged_operations(specs.load(api)) for api in specs.api_names()}
    assert found["datahub"] == []
    assert found["datum"] == [PagedOperation("listProjects", "continue", ("metadata", "continue"), "items")]
    assert {p.operation_id for p in found["omnistrate"]} == {"listAllAuditEvents", "listTierVersionSets"}
    assert all(p.token_path == ("pagination", "continuation") for p in found["pds"])
    assert len(found["pds"]) >= 20


def test_a_token_must_be_a_token_and_the_answer_must_hold_one_list() -> None:
    def spec(parameter: str, fields: dict[str, Any]) -> dict[str, Any]:
        return {
            "paths": {
                "/things": {
                    "get": {
                        "operationId": "listThings",
                        "parameters": [{"name": parameter, "in": "query", "schema": {"type": "string"}}],
                        "responses": {
                            "200": {
                                "content": {
                                    "application/json": {"schema": {"type": "object", "properties": fields}}
                                }
                            }
                        },
                    }
                }
            }
        }

    things = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
    cursor = {"type": "string"}
    assert find_paged_operations(spec("cursor", {"cursor": cursor, "things": things})) == [
        PagedOperation("listThings", "cursor", ("cursor",), "things")
    ]
    assert find_paged_operations(spec("owner", {"owner": cursor, "things": things})) == []
    assert find_paged_operations(spec("cursor", {"cursor": cursor})) == []
    assert find_paged_operations(spec("cursor", {"cursor": cursor, "a": things, "b": things})) == []
