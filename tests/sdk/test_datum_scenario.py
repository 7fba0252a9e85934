"""The Datum user's scenario, end to end against the mock over a real socket: sign in with a personal
access token, create a Project and wait until it is Ready, then in its control plane register a
Location, create Network `default` and a Workload with two placements, watch WorkloadDeployments and
Instances appear with their IPs, scale, and delete the Workload to see everything it owned go:
once with the typed SDK, once with the dynamic client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from datum_client import Datum
from datum_client.dynamic import DynamicClient
from datum_client.models import JsonPatchOperation, Location, Network, Workload

from mockserver.testing import reset

from .datum_plane_support import LOCATION, NETWORK, organization, ready_project, workload

PLACEMENTS = (("us-south", "DFW", 1), ("us-south-2", "DFW", 2))
SCALE_UP = [{"op": "replace", "path": "/spec/placements/0/scaleSettings/minReplicas", "value": 2}]


@pytest.fixture(scope="module")
def datum(mockserver_url: str) -> Iterator[Datum]:
    reset(mockserver_url)
    with organization(mockserver_url + "/datum") as client:
        yield client


def _until(events: Iterator[Any], done: Any) -> None:
    """Read watch events until `done(event)` says so; fail if the watch ends first."""
    for event in events:
        if done(event):
            return
    raise AssertionError("the watch ended before the platform finished reacting")


def test_with_the_typed_sdk(datum: Datum) -> None:
    ready_project(datum, "typed-scenario")
    plane = datum.project("typed-scenario")
    plane.locations.create(body=Location.from_dict(LOCATION))
    plane.networks.create(body=Network.from_dict(NETWORK))
    plane.workloads.create(body=Workload.from_dict(workload("web", *PLACEMENTS)))

    deployments: dict[str, str] = {}
    with plane.workload_deployments.watch(send_initial_events=True, timeout_seconds=5) as made:
        for event in made:
            if event.object is not None and event.object.status and event.object.status.location:
                deployments[str(event.object.metadata.name)] = event.object.status.location.name
            if len(deployments) == 2:
                break
    assert deployments == {"web-us-south-dfw": "gcp-us-south1-a", "web-us-south-2-dfw": "gcp-us-south1-a"}

    addresses: dict[str, tuple[str, str]] = {}

    def addressed(event: Any) -> int:
        """Record the instance's addresses once it has them; how many instances have them."""
        instance = event.object
        if event.type in {"ADDED", "MODIFIED"} and instance is not None and instance.status:
            assignments = instance.status.network_interfaces[0].assignments
            if assignments and assignments.network_ip and assignments.external_ip:
                addresses[instance.metadata.name] = (assignments.network_ip, assignments.external_ip)
        return len(addresses)

    with plane.instances.watch(send_initial_events=True, timeout_seconds=5) as watch:
        _until(watch, lambda event: addressed(event) == 3)
    assert all(network.startswith("10.") for network, _ in addresses.values())

    before = plane.workloads.get("web").metadata.resource_version
    scale = [JsonPatchOperation.from_dict(op) for op in SCALE_UP]
    plane.workloads.patch("web", body=scale)
    with plane.instances.watch(resource_version=before, timeout_seconds=5) as scaled:
        _until(scaled, lambda event: addressed(event) == 4)
    status = plane.workloads.get("web").to_dict()["status"]
    assert (status["replicas"], status["desiredReplicas"]) == (4, 4)
    assert any(c["type"] == "Available" and c["status"] == "True" for c in status["conditions"])

    before = plane.workloads.get("web").metadata.resource_version
    plane.workloads.delete("web")
    gone: set[str] = set()

    def deleted(event: Any) -> bool:
        if event.type == "DELETED" and event.object is not None:
            gone.add(event.object.metadata.name)
        return set(addresses) <= gone

    with plane.instances.watch(resource_version=before, timeout_seconds=5) as deletions:
        _until(deletions, deleted)
    assert list(plane.instances.list()) == []
    assert list(plane.workload_deployments.list()) == []


def test_with_the_dynamic_client(datum: Datum) -> None:
    ready_project(datum, "dynamic-scenario")
    dynamic = DynamicClient(datum.project("dynamic-scenario"))
    locations = dynamic.resources("networking.datumapis.com/v1alpha", "locations")
    networks = dynamic.resources("networking.datumapis.com/v1alpha", "networks")
    workloads = dynamic.resources("compute.datumapis.com/v1alpha", "workloads")
    deployments = dynamic.resources("compute.datumapis.com/v1alpha", "workloaddeployments")
    instances = dynamic.resources("compute.datumapis.com/v1alpha", "instances")
    locations.create(LOCATION)
    networks.create(NETWORK)
    workloads.create(workload("web", *PLACEMENTS))

    with deployments.watch(send_initial_events=True, timeout_seconds=5) as watch:
        seen = {e.object["metadata"]["name"] for e in watch if e.type == "ADDED" and e.object}
    assert seen == {"web-us-south-dfw", "web-us-south-2-dfw"}

    ips: dict[str, str] = {}

    def addressed(event: Any) -> bool:
        for interface in ((event.object or {}).get("status") or {}).get("networkInterfaces", []):
            external = (interface.get("assignments") or {}).get("externalIP")
            if external:
                ips[event.object["metadata"]["name"]] = external
        return len(ips) == 3

    with instances.watch(send_initial_events=True, timeout_seconds=5) as watch:
        _until(watch, addressed)

    workloads.patch("web", SCALE_UP, patch_type="json")
    assert len(instances.list()) == 4
    assert workloads.get("web")["status"]["replicas"] == 4

    before = workloads.get("web")["metadata"]["resourceVersion"]
    workloads.delete("web")
    gone: set[str] = set()
    with instances.watch(resource_version=before, timeout_seconds=5) as watch:
        for event in watch:
            if event.type == "DELETED" and event.object:
                gone.add(event.object["metadata"]["name"])
            if len(gone) == 4:
                break
    assert len(gone) == 4
    assert instances.list() == []
    assert deployments.list() == []
