"""Datum project control planes in the mock, over a real socket with plain HTTP: one world per
Project, discovery, the generic Kubernetes semantics on the group documents' kinds, and the platform
reacting to a Workload (deployments, instances with addresses, counts, scaling, cascading deletion)."""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from typing import Any

import httpx
import pytest

from mockserver.engines.datum.platform import MAX_INSTANCES
from mockserver.testing import admin_headers

ORGANIZATION = "/datum/apis/resourcemanager.datumapis.com/v1alpha"
MERGE = {"content-type": "application/merge-patch+json"}
# A Location in Dallas, a Network of the Auto kind, and a Workload template of one container.
LOCATION: dict[str, Any] = {
    "metadata": {"name": "dfw"},
    "spec": {
        "locationClassName": "datum-managed",
        "provider": {"gcp": {"projectId": "p", "region": "us-south1", "zone": "us-south1-a"}},
        "topology": {"topology.datum.net/city-code": "DFW"},
    },
}
NETWORK: dict[str, Any] = {"metadata": {"name": "default"}, "spec": {"ipam": {"mode": "Auto"}}}
TEMPLATE: dict[str, Any] = {
    "spec": {
        "runtime": {
            "resources": {"instanceType": "datumcloud/d1-standard-2"},
            "sandbox": {"containers": [{"name": "web", "image": "nginx"}]},
        },
        "networkInterfaces": [{"network": {"name": "default"}}],
    }
}


@pytest.fixture
def client(datum_http: httpx.Client) -> httpx.Client:
    return datum_http


def _create_project(client: httpx.Client, name: str) -> dict[str, Any]:
    body = {"metadata": {"name": name}, "spec": {"parent": {"external": "organizations/my-organization"}}}
    response = client.post(f"{ORGANIZATION}/projects", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _plane(name: str) -> str:
    return f"{ORGANIZATION}/projects/{name}/control-plane"


@pytest.fixture
def plane(client: httpx.Client) -> str:
    _create_project(client, "p1")
    return _plane("p1")


def _names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["metadata"]["name"] for item in response.json()["items"]]


def test_a_project_that_does_not_exist_has_no_control_plane(client: httpx.Client) -> None:
    response = client.get(f"{_plane('nowhere')}/api/v1/namespaces")
    assert response.status_code == 403
    assert response.json()["kind"] == "Status"
    assert response.json()["reason"] == "Forbidden"
    _create_project(client, "p1")
    bad = client.get(f"{_plane('p1')}/api/v1/namespaces", headers={"authorization": "Bearer nope"})
    assert bad.status_code == 403
    assert bad.json()["kind"] == "Status"


def test_each_control_plane_starts_with_namespace_default_and_the_gateway_class(
    client: httpx.Client, plane: str
) -> None:
    assert _names(client.get(f"{plane}/api/v1/namespaces")) == ["default"]
    classes = client.get(f"{plane}/apis/gateway.networking.k8s.io/v1/gatewayclasses")
    assert _names(classes) == ["datum-external-global-proxy"]
    _create_project(client, "p2")
    config = {"metadata": {"name": "only-in-p1"}, "data": {"k": "v"}}
    assert client.post(f"{plane}/api/v1/namespaces/default/configmaps", json=config).status_code == 201
    assert _names(client.get(f"{_plane('p2')}/api/v1/configmaps")) == []  # worlds are separate


def test_discovery_lists_every_group_version_by_content_hash(client: httpx.Client, plane: str) -> None:
    index = client.get(f"{plane}/openapi/v3")
    assert index.status_code == 200
    paths = index.json()["paths"]
    assert {
        "api/v1",
        "apis/compute.datumapis.com/v1alpha",
        "apis/networking.datumapis.com/v1alpha",
        "apis/gateway.networking.k8s.io/v1",
    } <= set(paths)
    for group_version, entry in paths.items():
        url = entry["serverRelativeURL"]
        document = client.get(f"{plane}{url}")
        assert document.status_code == 200
        assert document.headers["cache-control"] == "public, immutable"
        assert url.endswith("?hash=" + hashlib.sha512(document.content).hexdigest().upper())
        assert any(p.lstrip("/").startswith(group_version) for p in document.json()["paths"])
        stale = client.get(f"{plane}/openapi/v3/{group_version}?hash=0", follow_redirects=False)
        assert stale.status_code == 301
        assert url.endswith(stale.headers["location"])


def test_group_versions_no_document_serves_are_not_found(client: httpx.Client, plane: str) -> None:
    for path in (
        "/apis/example.com/v1/things",
        "/openapi/v3/apis/example.com/v1",
        "/apis/resourcemanager.datumapis.com/v1alpha/projects",
    ):
        response = client.get(f"{plane}{path}")
        assert response.status_code == 404
        assert response.json()["reason"] == "NotFound"


def test_kubernetes_semantics_on_a_core_kind(client: httpx.Client, plane: str) -> None:
    configmaps = f"{plane}/api/v1/namespaces/default/configmaps"
    created = client.post(
        configmaps, json={"metadata": {"name": "a", "labels": {"tier": "x"}}, "data": {"k": "v"}}
    )
    assert created.status_code == 201
    assert created.json()["metadata"]["generation"] == 1
    assert created.json()["kind"] == "ConfigMap"
    assert client.post(configmaps, json={"metadata": {"name": "a"}}).json()["reason"] == "AlreadyExists"
    generated = client.post(configmaps, json={"metadata": {"generateName": "gen-"}})
    assert generated.status_code == 201
    assert generated.json()["metadata"]["name"].startswith("gen-")
    invalid = client.post(configmaps, json={"metadata": {"name": "b"}, "data": {"k": 1}})
    assert invalid.status_code == 422
    assert invalid.json()["details"]["causes"][0]["field"] == "data.k"
    dry = client.post(f"{configmaps}?dryRun=All", json={"metadata": {"name": "dry"}})
    assert dry.status_code == 201
    assert client.get(f"{configmaps}/dry").status_code == 404
    patched = client.patch(f"{configmaps}/a", content=json.dumps({"data": {"k": "w"}}), headers=MERGE)
    assert patched.status_code == 200
    assert patched.json()["metadata"]["generation"] == 2
    stale = {**created.json(), "data": {"k": "z"}}
    assert client.put(f"{configmaps}/a", json=stale).json()["reason"] == "Conflict"
    assert _names(client.get(f"{configmaps}?labelSelector=tier%3Dx")) == ["a"]
    first = client.get(f"{configmaps}?limit=1").json()
    assert first["metadata"]["remainingItemCount"] == 1
    rest = client.get(f"{configmaps}?limit=1&continue={first['metadata']['continue']}").json()
    assert [i["metadata"]["name"] for i in first["items"] + rest["items"]] == [
        "a",
        generated.json()["metadata"]["name"],
    ]
    elsewhere = client.post(f"{plane}/api/v1/namespaces/nowhere/configmaps", json={"metadata": {"name": "c"}})
    assert elsewhere.status_code == 404
    assert elsewhere.json()["message"] == 'namespaces "nowhere" not found'
    assert client.delete(f"{configmaps}/a").json()["status"] == "Success"
    assert client.get(f"{configmaps}/a").json()["reason"] == "NotFound"


def test_secret_data_is_base64_and_never_in_the_journal(
    client: httpx.Client, plane: str, mockserver_url: str
) -> None:
    secrets = f"{plane}/api/v1/namespaces/default/secrets"
    created = client.post(secrets, json={"metadata": {"name": "db"}, "stringData": {"password": "hunter2"}})
    assert created.status_code == 201
    assert created.json()["data"] == {"password": "aHVudGVyMg=="}
    assert "stringData" not in created.json()
    bad = client.post(secrets, json={"metadata": {"name": "bad"}, "data": {"password": "!!"}})
    assert bad.status_code == 400
    journal = client.get(f"{mockserver_url}/__mock/journal?full=true", headers=admin_headers()).text
    assert "hunter2" not in journal
    assert "aHVudGVyMg" not in journal


def _watch(client: httpx.Client, url: str, events: list[dict[str, Any]]) -> threading.Thread:
    def run() -> None:
        with client.stream("GET", url) as response:
            for line in response.iter_lines():
                if line:
                    events.append(json.loads(line))

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_workload_makes_deployments_and_instances_and_takes_them_along(
    client: httpx.Client, plane: str
) -> None:
    compute = f"{plane}/apis/compute.datumapis.com/v1alpha/namespaces/default"
    networking = f"{plane}/apis/networking.datumapis.com/v1alpha/namespaces/default"
    assert client.post(f"{networking}/locations", json=LOCATION).status_code == 201
    network = {
        "metadata": {"name": "default"},
        "spec": {"ipam": {"mode": "Auto", "ipv4Range": "10.10.0.0/16"}},
    }
    assert client.post(f"{networking}/networks", json=network).status_code == 201
    version = client.get(f"{compute}/instances").json()["metadata"]["resourceVersion"]
    deployment_events: list[dict[str, Any]] = []
    instance_events: list[dict[str, Any]] = []
    watchers = [
        _watch(
            client,
            f"{compute}/workloaddeployments?watch=true&resourceVersion={version}&timeoutSeconds=2",
            deployment_events,
        ),
        _watch(
            client,
            f"{compute}/instances?watch=true&resourceVersion={version}&timeoutSeconds=2",
            instance_events,
        ),
    ]
    template = TEMPLATE
    placements = [
        {"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 2}},
        {"name": "eu", "cityCodes": ["LHR"], "scaleSettings": {"minReplicas": 1}},
    ]
    workload = {"metadata": {"name": "web"}, "spec": {"template": template, "placements": placements}}
    assert client.post(f"{compute}/workloads", json=workload).status_code == 201
    for watcher in watchers:
        watcher.join()
    assert {e["object"]["metadata"]["name"] for e in deployment_events if e["type"] == "ADDED"} == {
        "web-us-dfw",
        "web-eu-lhr",
    }
    addresses = {
        e["object"]["metadata"]["name"]: e["object"]["status"]["networkInterfaces"][0]["assignments"]
        for e in instance_events
        if e["type"] == "MODIFIED"
    }
    assert addresses == {
        "web-us-dfw-0": {"networkIP": "10.10.0.1", "externalIP": "192.0.2.1"},
        "web-us-dfw-1": {"networkIP": "10.10.0.2", "externalIP": "192.0.2.2"},
    }
    subnet = client.get(f"{networking}/subnets/default-dfw-ipv4").json()["spec"]
    assert (subnet["startAddress"], subnet["prefixLength"]) == ("10.10.0.0", 24)
    assert _names(client.get(f"{networking}/networkcontexts")) == ["default-dfw"]
    binding = client.get(f"{networking}/networkbindings/web-us-dfw-0").json()
    assert binding["status"]["networkContextRef"] == {"name": "default-dfw", "namespace": "default"}
    unplaced = client.get(f"{compute}/workloaddeployments/web-eu-lhr").json()["status"]
    assert "location" not in unplaced
    assert {c["type"]: (c["status"], c["reason"]) for c in unplaced["conditions"]}["Ready"] == (
        "False",
        "NoLocation",
    )
    status = client.get(f"{compute}/workloads/web").json()["status"]
    assert (status["replicas"], status["desiredReplicas"]) == (2, 3)

    only_us = {"spec": {"placements": [{**placements[0], "scaleSettings": {"minReplicas": 3}}]}}
    assert (
        client.patch(f"{compute}/workloads/web", content=json.dumps(only_us), headers=MERGE).status_code
        == 200
    )
    assert _names(client.get(f"{compute}/instances")) == ["web-us-dfw-0", "web-us-dfw-1", "web-us-dfw-2"]
    assert _names(client.get(f"{compute}/workloaddeployments")) == ["web-us-dfw"]
    status = client.get(f"{compute}/workloads/web").json()["status"]
    assert (status["replicas"], status["desiredReplicas"]) == (3, 3)
    assert {c["type"]: c["status"] for c in status["conditions"]}["Available"] == "True"

    assert client.delete(f"{compute}/workloads/web").status_code == 200
    assert _names(client.get(f"{compute}/workloaddeployments")) == []
    assert _names(client.get(f"{compute}/instances")) == []
    assert _names(client.get(f"{networking}/networkbindings")) == []
    assert client.delete(f"{networking}/networks/default").status_code == 200  # its context goes along
    assert _names(client.get(f"{networking}/networkcontexts")) == []
    assert _names(client.get(f"{networking}/subnets")) == []


def test_placements_that_name_no_valid_deployment_make_none(client: httpx.Client, plane: str) -> None:
    """A deployment's name is `{workload}-{placement}-{city}`: where that is no object name the API
    server takes (spaces, upper case beyond the city, over 253 characters), the controller's create
    fails and nothing is made; two placements naming one deployment make it once."""
    compute = f"{plane}/apis/compute.datumapis.com/v1alpha/namespaces/default"
    scale = {"minReplicas": 1}
    placements = [
        {"name": "us", "cityCodes": ["DFW", "dfw", "D W", "x" * 250], "scaleSettings": scale},
        {"name": "Ünïcode", "cityCodes": ["LHR"], "scaleSettings": scale},
        {"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 3}},
    ]
    workload = {"metadata": {"name": "web"}, "spec": {"template": TEMPLATE, "placements": placements}}
    assert client.post(f"{compute}/workloads", json=workload).status_code == 201
    deployments = client.get(f"{compute}/workloaddeployments").json()["items"]
    assert [(d["metadata"]["name"], d["spec"]["scaleSettings"]) for d in deployments] == [
        ("web-us-dfw", scale)
    ]
    assert client.get(f"{compute}/workloaddeployments/web-us-dfw").json()["metadata"]["generation"] == 1


def test_a_deployment_makes_at_most_its_quota_of_instances(client: httpx.Client, plane: str) -> None:
    """A fuzzed `minReplicas` in the millions is no reason for the mock to stop answering: a
    deployment gets at most MAX_INSTANCES Instances, and its status says how many it wanted."""
    compute = f"{plane}/apis/compute.datumapis.com/v1alpha/namespaces/default"
    networking = f"{plane}/apis/networking.datumapis.com/v1alpha/namespaces/default"
    assert client.post(f"{networking}/locations", json=LOCATION).status_code == 201
    placements = [{"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 2_000_000_000}}]
    workload = {"metadata": {"name": "web"}, "spec": {"template": TEMPLATE, "placements": placements}}
    assert client.post(f"{compute}/workloads", json=workload).status_code == 201
    assert len(_names(client.get(f"{compute}/instances"))) == MAX_INSTANCES
    status = client.get(f"{compute}/workloaddeployments/web-us-dfw").json()["status"]
    assert (status["replicas"], status["desiredReplicas"]) == (MAX_INSTANCES, 2_000_000_000)
    assert {c["type"]: c["reason"] for c in status["conditions"]}["Available"] == "InstancesPending"


def test_a_subnet_a_user_wrote_with_no_ipv4_network_is_not_used(client: httpx.Client, plane: str) -> None:
    """The platform looks up the Subnet `{network}-{location}-ipv4` for an instance's address; one a
    user made under that name holding no IPv4 network is passed over, not a 500 for every write."""
    compute = f"{plane}/apis/compute.datumapis.com/v1alpha/namespaces/default"
    networking = f"{plane}/apis/networking.datumapis.com/v1alpha/namespaces/default"
    assert client.post(f"{networking}/locations", json=LOCATION).status_code == 201
    subnet = {
        "metadata": {"name": "default-dfw-ipv4"},
        "spec": {
            "subnetClass": "private",
            "ipFamily": "IPv4",
            "startAddress": "not-an-address",
            "prefixLength": 24,
            "networkContext": {"name": "default-dfw"},
            "location": {"name": "dfw", "namespace": "default"},
        },
    }
    made = client.post(f"{networking}/subnets", json=subnet)
    assert made.status_code == 201, made.text
    placements = [{"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 1}}]
    workload = {"metadata": {"name": "web"}, "spec": {"template": TEMPLATE, "placements": placements}}
    created = client.post(f"{compute}/workloads", json=workload)
    assert created.status_code == 201, created.text
    instance = client.get(f"{compute}/instances/web-us-dfw-0").json()
    assert instance["status"]["networkInterfaces"][0]["assignments"]["externalIP"] == "192.0.2.1"


def test_objects_written_without_the_spec_their_schema_leaves_out_break_no_later_write(
    client: httpx.Client, plane: str
) -> None:
    """A WorkloadDeployment, Instance, Location, NetworkContext or Subnet may be written without a
    `spec` (their schemas do not require one): the platform has nothing to do for them, and every
    later write still answers (it once answered 500 to all of them)."""
    compute = f"{plane}/apis/compute.datumapis.com/v1alpha/namespaces/default"
    networking = f"{plane}/apis/networking.datumapis.com/v1alpha/namespaces/default"
    for url in (
        f"{compute}/workloaddeployments",
        f"{compute}/instances",
        f"{networking}/locations",
        f"{networking}/networkcontexts",
        f"{networking}/subnets",
    ):
        made = client.post(url, json={"metadata": {"name": "bare"}})
        assert made.status_code == 201, (url, made.text)
    assert client.post(f"{networking}/locations", json=LOCATION).status_code == 201
    assert client.post(f"{networking}/networks", json=NETWORK).status_code == 201
    placements = [{"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 1}}]
    workload = {"metadata": {"name": "web"}, "spec": {"template": TEMPLATE, "placements": placements}}
    created = client.post(f"{compute}/workloads", json=workload)
    assert created.status_code == 201, created.text
    assert _names(client.get(f"{compute}/instances")) == ["bare", "web-us-dfw-0"]


def test_a_deleted_project_takes_its_control_plane_along(client: httpx.Client, plane: str) -> None:
    config = {"metadata": {"name": "c"}}
    assert client.post(f"{plane}/api/v1/namespaces/default/configmaps", json=config).status_code == 201
    assert client.delete(f"{ORGANIZATION}/projects/p1").status_code == 200
    assert client.get(f"{plane}/api/v1/configmaps").status_code == 403
    _create_project(client, "p1")
    assert _names(client.get(f"{plane}/api/v1/configmaps")) == []


def test_gateways_of_the_preinstalled_class_are_programmed_with_their_routes(
    client: httpx.Client, plane: str
) -> None:
    api = f"{plane}/apis/gateway.networking.k8s.io/v1"
    gateway = {
        "metadata": {"name": "web"},
        "spec": {
            "gatewayClassName": "datum-external-global-proxy",
            "listeners": [{"name": "http", "protocol": "HTTP", "port": 80}],
        },
    }
    assert client.post(f"{api}/namespaces/default/gateways", json=gateway).status_code == 201
    route = {
        "metadata": {"name": "site"},
        "spec": {"parentRefs": [{"name": "web"}, {"name": "missing"}], "rules": [{"backendRefs": []}]},
    }
    created = client.post(f"{api}/namespaces/default/httproutes", json=route)
    assert created.status_code == 201, created.text
    status = client.get(f"{api}/namespaces/default/gateways/web").json()["status"]
    assert status["addresses"] == [{"type": "Hostname", "value": "web-default.gateways.datum.test"}]
    assert {c["type"]: c["status"] for c in status["conditions"]} == {
        "Accepted": "True",
        "Programmed": "True",
    }
    assert status["listeners"][0]["attachedRoutes"] == 1
    parents = client.get(f"{api}/namespaces/default/httproutes/site").json()["status"]["parents"]
    accepted = {p["parentRef"]["name"]: p["conditions"][0]["status"] for p in parents}
    assert accepted == {"web": "True", "missing": "False"}
    gateway_class = client.get(f"{api}/gatewayclasses/datum-external-global-proxy").json()
    assert gateway_class["status"]["conditions"][0]["type"] == "Accepted"


def test_objects_the_platform_makes_carry_their_schemas_defaults(client: httpx.Client) -> None:
    """A seeded Workload is defaulted as a created one is, and so is everything the controllers make
    from it: the disk's `type` defaults to `pd-standard` all the way down to the Instances."""
    disk = {"name": "data", "disk": {"template": {"spec": {"resources": {"requests": {"storage": "10Gi"}}}}}}
    template = copy.deepcopy(TEMPLATE)
    template["spec"]["volumes"] = [disk]
    placements = [{"name": "us", "cityCodes": ["DFW"], "scaleSettings": {"minReplicas": 1}}]
    objects = [
        {"apiVersion": "networking.datumapis.com/v1alpha", "kind": "Location", **LOCATION},
        {"apiVersion": "networking.datumapis.com/v1alpha", "kind": "Network", **NETWORK},
        {"apiVersion": "compute.datumapis.com/v1alpha", "kind": "Workload", "metadata": {"name": "web"}}
        | {"spec": {"template": template, "placements": placements}},
    ]
    project = {"metadata": {"name": "seeded"}, "spec": {"parent": {"external": "organizations/o"}}}
    seed = {"datum": {"projects": [project], "projects/seeded/control-plane": objects}}
    seeded = client.post("/__mock/seed", json=seed, headers=admin_headers())
    assert seeded.status_code == 200, seeded.text
    compute = f"{_plane('seeded')}/apis/compute.datumapis.com/v1alpha/namespaces/default"
    networking = f"{_plane('seeded')}/apis/networking.datumapis.com/v1alpha/namespaces/default"
    workload = client.get(f"{compute}/workloads/web").json()
    deployment = client.get(f"{compute}/workloaddeployments/web-us-dfw").json()
    instance = client.get(f"{compute}/instances/web-us-dfw-0").json()
    for volumes in (
        workload["spec"]["template"]["spec"]["volumes"],
        deployment["spec"]["template"]["spec"]["volumes"],
        instance["spec"]["volumes"],
    ):
        assert volumes[0]["disk"]["template"]["spec"]["type"] == "pd-standard"
    network = client.get(f"{networking}/networks/default").json()["spec"]
    assert (network["mtu"], network["ipFamilies"]) == (1460, ["IPv4"])
    generation = deployment["metadata"]["generation"]  # defaulted writes settle: no endless updates
    assert (
        client.get(f"{compute}/workloaddeployments/web-us-dfw").json()["metadata"]["generation"] == generation
    )
