"""The Datum SDK in a project control plane, against the mock over a real socket: `datum.project()`,
typed resources of every group (namespaced and cluster-scoped, status subresource, patches, watches),
sync and async, and the dynamic client (discovery, schema checks, a kind only discovery knows)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from datum_client import (
    ConfigurationError,
    ConflictError,
    Datum,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from datum_client.dynamic import DynamicClient, KindNotServedError
from datum_client.dynamic_async import AsyncDynamicClient
from datum_client.models import (
    ConfigMap,
    Gateway,
    JsonPatchOperation,
    MergePatch,
    Namespace,
    Network,
    NetworkStatus,
    Secret,
    Status,
)

from mockserver.testing import reset

from .datum_plane_support import NETWORK, async_organization, organization, ready_project

HOST_PATH = "/datum"


@pytest.fixture(scope="module")
def host(mockserver_url: str) -> str:
    reset(mockserver_url)
    return mockserver_url + HOST_PATH


@pytest.fixture(scope="module")
def datum(host: str) -> Iterator[Datum]:
    with organization(host) as client:
        ready_project(client, "sdk-plane")
        yield client


@pytest.fixture(scope="module")
def plane(datum: Datum) -> Datum:
    return datum.project("sdk-plane")


def test_project_aims_a_copy_at_the_project_control_plane(datum: Datum, host: str) -> None:
    plane = datum.project("p-1")
    assert plane.base_url == f"{host}/apis/resourcemanager.datumapis.com/v1alpha/projects/p-1/control-plane"
    assert plane.organization("my-organization").base_url == datum.base_url
    with pytest.raises(ConfigurationError, match="not a Datum control plane"):
        Datum(base_url="http://example.com/api", token="t").project("p-1")


def test_an_unknown_project_has_no_control_plane(datum: Datum) -> None:
    with pytest.raises(PermissionDeniedError):
        datum.project("no-such-project").config_maps.list()


def test_a_namespaced_kind_round_trips_in_the_default_namespace(plane: Datum) -> None:
    created = plane.config_maps.create(
        body=ConfigMap.from_dict({"metadata": {"name": "app"}, "data": {"A": "1"}})
    )
    assert created.metadata.namespace == "default"
    assert plane.config_maps.get("app").to_dict()["data"] == {"A": "1"}
    assert [c.metadata.name for c in plane.config_maps.list()] == ["app"]
    assert [c.metadata.name for c in plane.config_maps.list_all_namespaces()] == ["app"]
    current = plane.config_maps.get("app").to_dict()
    current["data"]["B"] = "2"
    replaced = plane.config_maps.replace("app", body=ConfigMap.from_dict(current))
    assert replaced.to_dict()["data"] == {"A": "1", "B": "2"}
    patch = [JsonPatchOperation.from_dict({"op": "remove", "path": "/data/A"})]
    assert plane.config_maps.patch("app", body=patch).to_dict()["data"] == {"B": "2"}
    with pytest.raises(ConflictError):
        plane.config_maps.create(body=ConfigMap.from_dict({"metadata": {"name": "app"}}))
    deleted = plane.config_maps.delete("app")  # gone at once (no finalizers): a Status
    assert isinstance(deleted, Status) and deleted.status == "Success"
    held = {"metadata": {"name": "held", "finalizers": ["example.com/x"]}}
    plane.config_maps.create(body=ConfigMap.from_dict(held))
    marked = plane.config_maps.delete("held")  # held by a finalizer: the object, marked deleting
    assert isinstance(marked, ConfigMap) and marked.metadata.deletion_timestamp is not None
    plane.config_maps.patch("held", body=MergePatch.from_dict({"metadata": {"finalizers": None}}))
    for gone in ("app", "held"):
        with pytest.raises(NotFoundError):
            plane.config_maps.get(gone)


def test_namespace_is_a_keyword_with_default_default(plane: Datum) -> None:
    plane.namespaces.create(body=Namespace.from_dict({"metadata": {"name": "staging"}}))
    body = Secret.from_dict({"metadata": {"name": "db"}, "type": "Opaque", "data": {"password": "c2VjcmV0"}})
    plane.secrets.create(body=body, namespace="staging")
    assert [s.metadata.name for s in plane.secrets.list(namespace="staging")] == ["db"]
    assert [s.metadata.name for s in plane.secrets.list()] == []
    assert plane.secrets.get("db", namespace="staging").to_dict()["data"] == {"password": "c2VjcmV0"}
    assert "staging" in [n.metadata.name for n in plane.namespaces.list()]
    plane.secrets.delete_collection(namespace="staging")
    assert [s.metadata.name for s in plane.secrets.list(namespace="staging")] == []


def test_the_status_subresource_and_merge_patches(plane: Datum) -> None:
    plane.networks.create(body=Network.from_dict({**NETWORK, "metadata": {"name": "status-net"}}))
    network = plane.networks.get_status("status-net")
    network.status = NetworkStatus.from_dict(
        {"conditions": [{"type": "Ready", "status": "True", "reason": "Tested", "message": "",
                         "lastTransitionTime": "2025-03-10T10:00:00Z"}]}
    )  # fmt: skip
    replaced = plane.networks.replace_status("status-net", body=network)
    assert [c["type"] for c in replaced.to_dict()["status"]["conditions"]] == ["Ready"]
    merged = plane.networks.patch(
        "status-net", body=MergePatch.from_dict({"metadata": {"labels": {"t": "1"}}})
    )
    assert merged.to_dict()["metadata"]["labels"] == {"t": "1"}
    plane.networks.delete("status-net")


def test_the_preinstalled_gateway_class_and_a_gateway(plane: Datum) -> None:
    assert [c.metadata.name for c in plane.gateway_classes.list()] == ["datum-external-global-proxy"]
    body = {
        "metadata": {"name": "web"},
        "spec": {
            "gatewayClassName": "datum-external-global-proxy",
            "listeners": [{"name": "http", "protocol": "HTTP", "port": 80}],
        },
    }
    gateway = plane.gateways.create(body=Gateway.from_dict(body))
    assert gateway.spec.gateway_class_name == "datum-external-global-proxy"
    plane.gateways.delete("web")


def test_watch_yields_typed_events(plane: Datum) -> None:
    plane.config_maps.create(body=ConfigMap.from_dict({"metadata": {"name": "watched"}}))
    with plane.config_maps.watch(send_initial_events=True, timeout_seconds=1) as watch:
        events = [(e.type, e.object.metadata.name) for e in watch if e.object is not None]
    assert ("ADDED", "watched") in events
    assert all(isinstance(e, tuple) for e in events)
    plane.config_maps.delete("watched")


@pytest.mark.usefixtures("datum")  # it makes the project: this test may run alone, or on its own worker
def test_async_round_trip_and_watch(host: str) -> None:
    async def scenario() -> list[str | None]:
        async with async_organization(host) as datum:
            plane = datum.project("sdk-plane")
            await plane.config_maps.create(body=ConfigMap.from_dict({"metadata": {"name": "async-cm"}}))
            got = await plane.config_maps.get("async-cm")
            assert got.metadata.name == "async-cm"
            names = [e.object.metadata.name async for e in plane.config_maps.watch(send_initial_events=True,
                     timeout_seconds=1) if e.object is not None]  # fmt: skip
            await plane.config_maps.delete("async-cm")
            return names

    assert "async-cm" in asyncio.run(scenario())


# -- the dynamic client ------------------------------------------------------------------------------


def test_discovery_lists_every_served_group_version(plane: Datum) -> None:
    dynamic = DynamicClient(plane)
    assert dynamic.group_versions() == [
        "compute.datumapis.com/v1alpha",
        "gateway.networking.k8s.io/v1",
        "networking.datumapis.com/v1alpha",
        "telemetry.datumapis.com/v1alpha1",
        "v1",
    ]
    with pytest.raises(KindNotServedError, match=r"serves no example\.com/v1"):
        dynamic.resources("example.com/v1", "widgets")
    with pytest.raises(KindNotServedError, match="no resource 'widgets'"):
        dynamic.resources("v1", "widgets")


def test_a_kind_the_typed_sdk_does_not_know_through_discovery(plane: Datum) -> None:
    assert not hasattr(plane, "export_policies")  # telemetry is left to the dynamic client
    policies = DynamicClient(plane).resources("telemetry.datumapis.com/v1alpha1", "exportpolicies")
    assert (policies.kind.kind, policies.kind.namespaced, policies.kind.has_status) == (
        "ExportPolicy",
        True,
        True,
    )
    body = {
        "metadata": {"name": "metrics"},
        "spec": {
            "sources": [{"name": "all", "metrics": {"metricsql": "{}"}}],
            "sinks": [
                {
                    "name": "remote",
                    "sources": ["all"],
                    "target": {
                        "prometheusRemoteWrite": {
                            "endpoint": "https://prometheus.example.com/api/v1/write",
                            "batch": {"maxSize": 100, "timeout": "5s"},
                            "retry": {"maxAttempts": 3, "backoffDuration": "5s"},
                        }
                    },
                }
            ],
        },
    }
    created = policies.create(body)
    assert created["kind"] == "ExportPolicy"
    assert created["metadata"]["namespace"] == "default"
    assert [p["metadata"]["name"] for p in policies.list()] == ["metrics"]
    patched = policies.patch("metrics", {"metadata": {"labels": {"team": "obs"}}})
    assert patched["metadata"]["labels"] == {"team": "obs"}
    applied = policies.patch(
        "metrics", {"metadata": {"name": "metrics", "labels": {"team": "sre"}}}, patch_type="apply"
    )
    assert applied["metadata"]["labels"]["team"] == "sre"
    current = policies.get("metrics")
    current["spec"]["sinks"][0]["target"]["prometheusRemoteWrite"]["batch"]["maxSize"] = 200
    assert policies.replace("metrics", current)["spec"]["sinks"][0]["target"]["prometheusRemoteWrite"][
        "batch"
    ] == {
        "maxSize": 200,
        "timeout": "5s",
    }
    with policies.watch(send_initial_events=True, timeout_seconds=1) as watch:
        assert [e.object["metadata"]["name"] for e in watch if e.object is not None] == ["metrics"]
    assert policies.delete("metrics")["status"] == "Success"
    with pytest.raises(NotFoundError):
        policies.get("metrics")


def test_bodies_are_checked_against_the_discovered_schema_before_sending(plane: Datum) -> None:
    networks = DynamicClient(plane).resources("networking.datumapis.com/v1alpha", "networks")
    with pytest.raises(ValidationError) as caught:
        networks.create({"metadata": {"name": "bad"}, "spec": {"ipam": {"mode": "Manual"}, "mtu": 99}})
    assert caught.value.path == "$.spec.ipam.mode"
    assert "$.spec.mtu: 99 is below the minimum 1300" in str(caught.value)
    with pytest.raises(NotFoundError):
        networks.get("bad")  # nothing was sent


def test_the_async_dynamic_client(host: str) -> None:
    async def scenario() -> tuple[list[str], list[str]]:
        async with async_organization(host) as datum:
            dynamic = AsyncDynamicClient(datum.project("sdk-plane"))
            maps = await dynamic.resources("v1", "configmaps")
            await maps.create({"metadata": {"name": "dyn"}, "data": {"k": "v"}})
            await maps.patch("dyn", [{"op": "add", "path": "/data/k2", "value": "v2"}], patch_type="json")
            assert (await maps.get("dyn"))["data"] == {"k": "v", "k2": "v2"}
            listed = [m["metadata"]["name"] for m in await maps.list(field_selector="metadata.name=dyn")]
            watch = maps.watch(
                send_initial_events=True, timeout_seconds=1, field_selector="metadata.name=dyn"
            )
            watched = [e.object["metadata"]["name"] async for e in watch if e.object]
            await maps.delete("dyn")
            return listed, watched

    assert asyncio.run(scenario()) == (["dyn"], ["dyn"])
