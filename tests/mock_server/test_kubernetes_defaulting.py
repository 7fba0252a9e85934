"""The schemas' `default`s, filled in by the mock's Kubernetes engine as the API server does for custom
resources (structural defaulting), on every write, over a real socket: a Datum project control plane's
Networks (`mtu: 1460`, `ipFamilies: [IPv4]`) and HTTPRoutes (defaults nested in lists); and in a world
itself, for what its controllers write."""

from __future__ import annotations

import json
from typing import Any

import httpx

import specs
from mockserver.engines.kubernetes.defaulting import KindDefaults
from mockserver.engines.kubernetes.kinds import Kind
from mockserver.engines.kubernetes.world import World

ORGANIZATION = "/datum/apis/resourcemanager.datumapis.com/v1alpha"
PLANE = f"{ORGANIZATION}/projects/p1/control-plane"
NETWORKS = f"{PLANE}/apis/networking.datumapis.com/v1alpha/namespaces/default/networks"
ROUTES = f"{PLANE}/apis/gateway.networking.k8s.io/v1/namespaces/default/httproutes"
POLICIES = f"{PLANE}/apis/telemetry.datumapis.com/v1alpha1/namespaces/default/exportpolicies"
MERGE = {"content-type": "application/merge-patch+json"}
PLANE_DOCUMENTS = specs.SPECS_DIR / "datum" / "project-control-plane"
APPLY = {"content-type": "application/apply-patch+yaml"}
JSON_PATCH = {"content-type": "application/json-patch+json"}


def _network(name: str, **spec: Any) -> dict[str, Any]:
    return {"metadata": {"name": name}, "spec": {"ipam": {"mode": "Auto"}, **spec}}


def _ok(response: httpx.Response, code: int = 200) -> dict[str, Any]:
    assert response.status_code == code, response.text
    return dict(response.json())


def test_absent_fields_get_their_defaults_on_create_and_dry_run(p1: httpx.Client) -> None:
    created = _ok(p1.post(NETWORKS, json=_network("n1")), 201)
    assert created["spec"]["mtu"] == 1460
    assert created["spec"]["ipFamilies"] == ["IPv4"]
    assert _ok(p1.get(f"{NETWORKS}/n1"))["spec"]["mtu"] == 1460  # stored, not only answered
    dry = _ok(p1.post(f"{NETWORKS}?dryRun=All", json=_network("n2")), 201)
    assert dry["spec"]["mtu"] == 1460
    own = _ok(p1.post(NETWORKS, json=_network("n3", mtu=1500, ipFamilies=["IPv6"])), 201)
    assert (own["spec"]["mtu"], own["spec"]["ipFamilies"]) == (1500, ["IPv6"])


def test_replace_and_every_patch_form_default_what_they_leave_out(p1: httpx.Client) -> None:
    created = _ok(p1.post(NETWORKS, json=_network("n1", mtu=1500)), 201)
    merged = _ok(p1.patch(f"{NETWORKS}/n1", content=json.dumps({"spec": {"mtu": None}}), headers=MERGE))
    assert merged["spec"]["mtu"] == 1460  # removed, so defaulted again
    assert merged["metadata"]["generation"] == 2
    removal = [{"op": "remove", "path": "/spec/ipFamilies"}]
    patched = _ok(p1.patch(f"{NETWORKS}/n1", content=json.dumps(removal), headers=JSON_PATCH))
    assert patched["spec"]["ipFamilies"] == ["IPv4"]
    replaced = _ok(p1.put(f"{NETWORKS}/n1", json={**_network("n1"), "metadata": patched["metadata"]}))
    assert replaced["spec"]["mtu"] == 1460
    manifest = (
        "apiVersion: networking.datumapis.com/v1alpha\nkind: Network\n"
        "metadata:\n  name: n1\nspec:\n  mtu: null\n"
    )
    applied = _ok(p1.patch(f"{NETWORKS}/n1", content=manifest, headers=APPLY))
    assert applied["spec"]["mtu"] == 1460
    assert created["metadata"]["uid"] == applied["metadata"]["uid"]


def test_a_null_the_schema_does_not_allow_is_refused_not_defaulted(p1: httpx.Client) -> None:
    # The schema documents `mtu` as an integer with a default, not as nullable: a request holding
    # null breaks the contract (schemathesis' negative data sends it), so it gets 422 Invalid on every
    # write that sends whole objects, and nothing is written.
    refused = p1.post(NETWORKS, json=_network("n1", mtu=None))
    assert refused.status_code == 422, refused.text
    assert any(cause["field"] == "spec.mtu" for cause in refused.json()["details"]["causes"])
    assert p1.get(f"{NETWORKS}/n1").status_code == 404
    created = _ok(p1.post(NETWORKS, json=_network("n1")), 201)
    replaced = p1.put(f"{NETWORKS}/n1", json={**_network("n1", mtu=None), "metadata": created["metadata"]})
    assert replaced.status_code == 422, replaced.text
    nulled = [{"op": "replace", "path": "/spec/mtu", "value": None}]
    patched = p1.patch(f"{NETWORKS}/n1", content=json.dumps(nulled), headers=JSON_PATCH)
    assert patched.status_code == 422, patched.text
    assert _ok(p1.get(f"{NETWORKS}/n1"))["spec"]["mtu"] == 1460


def test_a_required_property_is_required_though_it_has_a_default(p1: httpx.Client) -> None:
    # ExportPolicy's remote-write target lists `batch` and `retry` as required and gives both a
    # default: the document says a request must send them, so one that does not is refused.
    batch = {"maxSize": 500, "timeout": "5s"}
    target = {"endpoint": "https://prometheus.example.com/api/prom/push", "batch": batch}
    policy = {
        "metadata": {"name": "metrics"},
        "spec": {
            "sources": [{"name": "all", "metrics": {"metricsql": "{}"}}],
            "sinks": [{"name": "remote", "sources": ["all"], "target": {"prometheusRemoteWrite": target}}],
        },
    }
    refused = p1.post(POLICIES, json=policy)
    assert refused.status_code == 422, refused.text
    causes = refused.json()["details"]["causes"]
    assert {"reason": "FieldValueRequired", "message": "Required value"} | {
        "field": "spec.sinks[0].target.prometheusRemoteWrite.retry"
    } in causes
    target["retry"] = {"maxAttempts": 5, "backoffDuration": "2s"}
    created = _ok(p1.post(POLICIES, json=policy), 201)
    assert created["spec"]["sinks"][0]["target"]["prometheusRemoteWrite"]["retry"]["maxAttempts"] == 5


def test_defaults_fill_objects_that_are_present_and_make_up_none(p1: httpx.Client) -> None:
    route = {
        "metadata": {"name": "r1"},
        "spec": {
            "parentRefs": [{"name": "gw"}],
            "rules": [{"backendRefs": [{"name": "svc", "port": 80}]}],
        },
    }
    created = _ok(p1.post(ROUTES, json=route), 201)
    assert created["spec"]["parentRefs"] == [
        {"name": "gw", "group": "gateway.networking.k8s.io", "kind": "Gateway"}
    ]
    rule = created["spec"]["rules"][0]
    assert rule["backendRefs"] == [{"name": "svc", "port": 80, "group": "", "kind": "Service", "weight": 1}]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/"}}]
    assert "filters" not in rule  # an absent list is not made up to hold its items' defaults
    bare = _ok(p1.post(ROUTES, json={"metadata": {"name": "r2"}, "spec": {}}), 201)
    assert bare["spec"]["rules"] == [{"matches": [{"path": {"type": "PathPrefix", "value": "/"}}]}]


def test_what_a_controller_writes_is_defaulted_as_a_clients_write_is() -> None:
    """A world defaults every write, whoever makes it: a controller's Network gets `mtu` and
    `ipFamilies` too, and a controller that keeps asking for the undefaulted object writes nothing
    more (the defaulted object is what is stored, and an unchanged update is no write)."""
    documents = [specs.load(path) for path in sorted(PLANE_DOCUMENTS.glob("*.yaml"))]
    networks = Kind("networking.datumapis.com", "v1alpha", "Network", "networks", namespaced=True)

    def controller(world: World) -> None:
        made = world.get(networks, "default", "made")
        if made is None:
            world.create(networks, {"metadata": {"name": "made", "namespace": "default"}, **_spec()})
        else:
            world.update(networks, {**made, **_spec()})

    world = World.fresh(lambda *_: None, [networks], [controller], KindDefaults(lambda: documents).apply)
    world.react()
    made = world.get(networks, "default", "made")
    assert made is not None
    assert (made["spec"]["mtu"], made["spec"]["ipFamilies"]) == (1460, ["IPv4"])
    revision = world.history.revision
    world.react()
    assert world.history.revision == revision


def _spec() -> dict[str, Any]:
    return {"spec": {"ipam": {"mode": "Auto"}}}
