"""Every acknowledged write survives `kill -9` and a restart with `--state FILE`, for all four APIs.

One real `mockserver serve --state FILE` process over a socket: Data HUB tenants, groups, projects,
sensor credentials, permissions (created, replaced, pruned by a cascading delete), attributes and known
users; Datum projects with their resource versions in two organizations and an exchanged token;
Omnistrate services; PDS backup targets. Then SIGKILL, restart on the same file, and every list and
read answers exactly what it answered before the kill.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import httpx
from datum_client import Datum

from mockserver.testing import ServerProcess, start_server
from mockserver.tokens import make_token

AUTH = {"Authorization": "Bearer mock-token"}
ALICE = {"Authorization": f"Bearer {make_token('alice', ['acme:ops'])}"}
SERVICES = "/omnistrate/2022-09-01-00/service"
TARGETS = "/pds/api/tenants/t1/backup-targets"
GROUP_VERSION = "/datum/apis/resourcemanager.datumapis.com/v1alpha"
OTHER_ORG = f"{GROUP_VERSION}/organizations/org-two/control-plane/apis/resourcemanager.datumapis.com/v1alpha"


def _ok(response: httpx.Response, *statuses: int) -> Any:
    assert response.status_code in statuses, (response.request.method, response.request.url, response.text)
    return response.json() if response.content else None


def _project(name: str, labels: dict[str, str] | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name, **({"labels": labels} if labels else {})}
    return {"metadata": metadata, "spec": {"parent": {"external": "organizations/acme"}}}


def _writes(client: httpx.Client, url: str) -> dict[str, Any]:
    """Acknowledged writes of every kind; returns what only a write answered (secrets, ids, tokens)."""
    hub = f"{url}/datahub/tenants"
    written: dict[str, Any] = {}
    for tenant in ("acme", "beta", *(f"t{i}" for i in range(20))):
        _ok(client.put(f"{hub}/{tenant}", headers=AUTH), 201)
    _ok(client.put(f"{hub}/acme/groups/ops", headers=AUTH), 201)
    _ok(client.put(f"{hub}/beta/groups/tmp", headers=AUTH), 201)
    _ok(client.put(f"{hub}/acme/projects/p1", headers=AUTH), 201)
    written["secret"] = _ok(client.put(f"{hub}/acme/projects/p1/sensor-credentials/c1", headers=AUTH), 200)
    written["rotated"] = _ok(
        client.post(f"{hub}/acme/projects/p1/sensor-credentials/c1/rotate", headers=AUTH), 200
    )
    _ok(client.get(hub, headers=ALICE), 200)  # alice becomes a known user
    readers = f"{hub}/acme/projects/p1/permissions/readers"
    group_ops = {"type": "group", "tenant": "acme", "group": "ops"}
    body = {"scopes": ["project:view"], "principals": [group_ops, {"type": "user", "userId": "alice"}]}
    _ok(client.put(readers, json=body, headers=AUTH), 201)
    body["scopes"] = ["project:view", "project:prometheus-read"]
    _ok(client.put(readers, json=body, headers=AUTH), 204)  # replaced
    doomed = {"type": "group", "tenant": "beta", "group": "tmp"}
    pruned = {"scopes": ["tenant:view"], "principals": [doomed, group_ops]}
    _ok(client.put(f"{hub}/acme/permissions/pruned", json=pruned, headers=AUTH), 201)
    gone = {"scopes": ["tenant:view"], "principals": [doomed]}
    _ok(client.put(f"{hub}/acme/permissions/gone", json=gone, headers=AUTH), 201)
    _ok(client.delete(f"{hub}/beta/groups/tmp", headers=AUTH), 204)  # prunes both permissions
    _ok(client.patch(f"{hub}/acme/attributes", json={"region": "eu", "tier": "gold"}, headers=AUTH), 200)
    _ok(
        client.put(
            f"{hub}/acme/projects/p1/attributes/owner",
            content=b"alice",
            headers={**AUTH, "Content-Type": "text/plain"},
        ),
        204,
    )
    _ok(client.delete(f"{hub}/t0", headers=AUTH), 204)

    for org_projects in (f"{GROUP_VERSION}/projects", f"{OTHER_ORG}/projects"):
        for i in range(5):
            _ok(client.post(f"{url}{org_projects}", json=_project(f"p-{i}"), headers=AUTH), 201)
        _ok(
            client.patch(
                f"{url}{org_projects}/p-1",
                json={"metadata": {"labels": {"tier": "gold"}}},
                headers={**AUTH, "Content-Type": "application/merge-patch+json"},
            ),
            200,
        )
        _ok(client.delete(f"{url}{org_projects}/p-2", headers=AUTH), 200)
    with Datum(base_url=f"{url}/datum", token="mock-token") as datum:
        written["datum_token"] = datum.authentication.exchange_personal_access_token().access_token

    written["services"] = [
        _ok(client.post(f"{url}{SERVICES}", json={"name": f"svc-{i}", "description": "d"}, headers=AUTH), 200)
        for i in range(20)
    ]
    _ok(
        client.patch(f"{url}{SERVICES}/{written['services'][0]}", json={"name": "renamed"}, headers=AUTH), 200
    )
    _ok(client.delete(f"{url}{SERVICES}/{written['services'][1]}", headers=AUTH), 200)
    written["targets"] = [
        _ok(client.post(f"{url}{TARGETS}", json={"name": f"b{i}"}, headers=AUTH), 200, 201)["id"]
        for i in range(10)
    ]
    _ok(client.delete(f"{url}/pds/api/backup-targets/{written['targets'][0]}", headers=AUTH), 200, 202, 204)
    return written


def _world(client: httpx.Client, url: str, written: dict[str, Any]) -> dict[str, Any]:
    """Everything the four APIs answer about what was written."""
    hub = f"{url}/datahub/tenants"
    seen: dict[str, Any] = {"tenants": _ok(client.get(hub, headers=AUTH), 200)}
    for tenant in seen["tenants"]:
        for part in ("groups", "projects", "permissions", "attributes"):
            seen[f"{tenant}/{part}"] = _ok(client.get(f"{hub}/{tenant}/{part}", headers=AUTH), 200)
    p1 = f"{hub}/acme/projects/p1"
    for part in ("permissions", "attributes", "sensor-credentials", "sensor-credentials/c1/permissions"):
        seen[f"p1/{part}"] = _ok(client.get(f"{p1}/{part}", headers=AUTH), 200)
    seen["alice sees p1"] = client.get(p1, headers=ALICE).status_code
    seen["alice scopes"] = _ok(client.get(f"{p1}/scopes", headers=ALICE), 200)

    for org_projects in (f"{GROUP_VERSION}/projects", f"{OTHER_ORG}/projects"):
        listed = _ok(client.get(f"{url}{org_projects}", headers=AUTH), 200)
        seen[org_projects] = listed
        for item in listed["items"]:
            name = item["metadata"]["name"]
            seen[f"{org_projects}/{name}"] = _ok(client.get(f"{url}{org_projects}/{name}", headers=AUTH), 200)
    token = {"Authorization": f"Bearer {written['datum_token']}"}
    seen["datum token"] = client.get(f"{url}{GROUP_VERSION}/projects", headers=token).status_code

    seen["services"] = _ok(client.get(f"{url}{SERVICES}", headers=AUTH), 200)
    for service in written["services"]:
        seen[service] = client.get(f"{url}{SERVICES}/{service}", headers=AUTH).json()
    seen["targets"] = _ok(client.get(f"{url}{TARGETS}", headers=AUTH), 200)
    for target in written["targets"]:
        seen[target] = client.get(f"{url}/pds/api/backup-targets/{target}", headers=AUTH).json()
    return seen


def _kill(server: ServerProcess) -> None:
    server.process.send_signal(signal.SIGKILL)  # no shutdown at all: only what was committed is there
    server.process.wait(timeout=10)
    server.stop()


def test_every_acknowledged_write_survives_sigkill_for_all_four_apis(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    server = start_server(args=["--state", str(state)])
    try:
        with httpx.Client(timeout=10) as client:
            written = _writes(client, server.url)
            time.sleep(1.2)  # Datum projects turn Ready: the world settles (reads store that too)
            before = _world(client, server.url, written)
    finally:
        _kill(server)
    # What the writes made, as sanity: the cascading delete pruned one permission and dropped the other.
    assert [p["name"] for p in before["acme/permissions"]] == ["admin", "members", "pruned"]
    assert before["acme/permissions"][2]["principals"] == [
        {"type": "group", "tenant": "acme", "group": "ops"}
    ]
    assert before["alice sees p1"] == 204
    assert "project:prometheus-read" in before["alice scopes"]["granted"]
    assert "t0" not in before["tenants"]
    assert len(before["tenants"]) == 21
    assert [p["metadata"]["name"] for p in before[f"{GROUP_VERSION}/projects"]["items"]] == [
        "p-0",
        "p-1",
        "p-3",
        "p-4",
    ]
    assert before["datum token"] == 200

    restarted = start_server(args=["--state", str(state)])
    try:
        with httpx.Client(timeout=10) as client:
            after = _world(client, restarted.url, written)
            assert after == before
            # Versions go on from where they were: a stale resourceVersion conflicts, the current one wins.
            projects = f"{restarted.url}{GROUP_VERSION}/projects"
            current = after[f"{GROUP_VERSION}/projects/p-1"]
            version = current["metadata"]["resourceVersion"]
            stale = {**current, "metadata": {**current["metadata"], "resourceVersion": "1"}}
            assert client.put(f"{projects}/p-1", json=stale, headers=AUTH).status_code == 409
            current["metadata"]["labels"]["tier"] = "silver"
            replaced = _ok(client.put(f"{projects}/p-1", json=current, headers=AUTH), 200)
            assert int(replaced["metadata"]["resourceVersion"]) > int(version)
            assert int(replaced["metadata"]["resourceVersion"]) > int(
                after[f"{GROUP_VERSION}/projects"]["metadata"]["resourceVersion"]
            )
    finally:
        _kill(restarted)
