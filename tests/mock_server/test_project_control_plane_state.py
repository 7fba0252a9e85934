"""Project control planes keep their worlds in the mock's store: seeded from a file, surviving
`kill -9` and a restart with `--state`; and a group document served on its own (`x-mock: {engine:
kubernetes}`) is one Kubernetes API server. Real `mockserver serve` processes over a socket."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import httpx
import yaml

from mockserver.testing import start_server

from .plane_watches import check_plane_watches

AUTH = {"Authorization": "Bearer mock-token"}
PLANE = "/datum/apis/resourcemanager.datumapis.com/v1alpha/projects/apollo/control-plane"
NETWORKING = f"{PLANE}/apis/networking.datumapis.com/v1alpha/namespaces/default"
COMPUTE = f"{PLANE}/apis/compute.datumapis.com/v1alpha/namespaces/default"
COMPUTE_DOCUMENT = "specs/datum/project-control-plane/compute.datumapis.com_v1alpha.yaml"

SEED: dict[str, Any] = {
    "datum": {
        "projects": [
            {"metadata": {"name": "apollo"}, "spec": {"parent": {"external": "organizations/acme"}}}
        ],
        "projects/apollo/control-plane": [
            {
                "apiVersion": "networking.datumapis.com/v1alpha",
                "kind": "Location",
                "metadata": {"name": "dfw"},
                "spec": {
                    "locationClassName": "datum-managed",
                    "provider": {"gcp": {"projectId": "p", "region": "us-south1", "zone": "us-south1-a"}},
                    "topology": {"topology.datum.net/city-code": "DFW"},
                },
            },
            {
                "apiVersion": "networking.datumapis.com/v1alpha",
                "kind": "Network",
                "metadata": {"name": "default"},
                "spec": {"ipam": {"mode": "Auto"}},
            },
            {
                "apiVersion": "compute.datumapis.com/v1alpha",
                "kind": "Workload",
                "metadata": {"name": "web"},
                "spec": {
                    "template": {
                        "spec": {
                            "runtime": {
                                "resources": {"instanceType": "datumcloud/d1-standard-2"},
                                "sandbox": {"containers": [{"name": "web", "image": "nginx"}]},
                            },
                            "networkInterfaces": [{"network": {"name": "default"}}],
                        }
                    },
                    "placements": [{"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 2}}],
                },
            },
        ],
    }
}


def _get(client: httpx.Client, path: str) -> Any:
    response = client.get(path, headers=AUTH)
    assert response.status_code == 200, response.text
    return response.json()


def test_seeded_worlds_survive_kill_and_restart(tmp_path: Path) -> None:
    state, seed = tmp_path / "state.db", tmp_path / "seed.yaml"
    seed.write_text(yaml.safe_dump(SEED))
    args = ["--state", str(state), "--seed-data", str(seed)]
    server = start_server(args=args)
    try:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            instances = _get(client, f"{COMPUTE}/instances")
            assert [i["metadata"]["name"] for i in instances["items"]] == ["web-us-dfw-0", "web-us-dfw-1"]
            config = {"metadata": {"name": "settings"}, "data": {"mode": "fast"}}
            created = client.post(f"{PLANE}/api/v1/namespaces/default/configmaps", json=config, headers=AUTH)
            assert created.status_code == 201
            before = {
                path: _get(client, path) for path in (f"{COMPUTE}/instances", f"{PLANE}/api/v1/configmaps")
            }
    finally:
        server.process.send_signal(signal.SIGKILL)
        server.stop()
    restarted = start_server(args=args)  # the same seed again changes nothing
    try:
        with httpx.Client(base_url=restarted.url, timeout=10) as client:
            after = {path: _get(client, path) for path in before}
            assert after == before
            assert _get(client, f"{COMPUTE}/workloads/web")["status"]["replicas"] == 2
    finally:
        restarted.stop()


def test_a_seed_for_a_project_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    server = start_server()
    try:
        seed = {"datum": {"projects/nowhere/control-plane": SEED["datum"]["projects/apollo/control-plane"]}}
        response = httpx.post(f"{server.url}/__mock/seed", json=seed, headers=AUTH, timeout=10)
        assert response.status_code == 400
        assert "nowhere" in response.json()["detail"]
    finally:
        server.stop()


def test_a_group_document_served_alone_is_one_api_server() -> None:
    server = start_server([COMPUTE_DOCUMENT])
    try:
        with httpx.Client(base_url=server.url, headers=AUTH, timeout=10) as client:
            workloads = "/apis/compute.datumapis.com/v1alpha/namespaces/default/workloads"
            workload = SEED["datum"]["projects/apollo/control-plane"][2]
            created = client.post(workloads, json=workload)
            assert created.status_code == 201
            assert created.json()["metadata"]["resourceVersion"] == "1"
            assert client.post(workloads, json=workload).json()["reason"] == "AlreadyExists"
            invalid = client.post(workloads, json={"metadata": {"name": "x"}, "spec": {}})
            assert invalid.status_code == 422
            fields = {cause["field"] for cause in invalid.json()["details"]["causes"]}
            assert fields == {"spec.template", "spec.placements"}
            everywhere = client.get("/apis/compute.datumapis.com/v1alpha/workloads").json()
            assert [w["metadata"]["name"] for w in everywhere["items"]] == ["web"]
    finally:
        server.stop()


def test_watches_follow_another_process_on_one_state_file(tmp_path: Path) -> None:
    """Two processes on one SQLite file: a watch on one sees the other's ConfigMap writes."""
    state = str(tmp_path / "state.sqlite")
    servers = [start_server(args=["--state", state, "--quiet"]) for _ in range(2)]
    try:
        check_plane_watches(*(server.url for server in servers))
    finally:
        for server in servers:
            server.stop()
