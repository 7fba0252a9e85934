"""The project control plane's documents: their Kubernetes shape, what `generator check` says of
them, and a fidelity check that catches every kind of departure from the reference CRDs."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

import pytest

import specs
from generator import checks, controlplane

_, GROUPS = controlplane.load_table()
KINDS = [(group, kind) for group in GROUPS for kind in group.kinds]


@cache
def _documents() -> dict[str, dict[str, Any]]:
    """The committed documents by group version (read once; tests change copies)."""
    return {group.group_version: specs.load(controlplane.OUTPUT_DIR / group.file_name) for group in GROUPS}


def _inventory() -> dict[str, Any]:
    inventory: dict[str, Any] = json.loads(controlplane.INVENTORY_PATH.read_text(encoding="utf-8"))
    return inventory


def test_the_check_finds_them_valid_current_and_faithful() -> None:
    sections = list(checks.check_control_plane())
    assert [s.problems for s in sections if not s.ok] == []
    assert len(sections) == len(GROUPS) + 1
    assert "11/11 reference CRD kinds" in sections[-1].summary


@pytest.mark.parametrize(("group", "kind"), KINDS, ids=[kind.kind for _, kind in KINDS])
def test_every_kind_has_the_operations_an_api_server_serves(group: Any, kind: Any) -> None:
    document = _documents()[group.group_version]
    operations = {
        op["operationId"]: (method, path, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    expected = {f"list{kind.kinds}", f"create{kind.kind}", f"delete{kind.kind}Collection"}
    expected |= {f"{verb}{kind.kind}" for verb in ("read", "replace", "patch", "delete")}
    if kind.status:
        expected |= {f"{verb}{kind.kind}Status" for verb in ("read", "replace", "patch")}
    if kind.namespaced:
        expected.add(f"list{kind.kinds}ForAllNamespaces")
    mine = {
        name
        for name, (_, _, op) in operations.items()
        if op["x-kubernetes-group-version-kind"]["kind"] == kind.kind
    }
    assert mine == expected
    _, path, _ = operations[f"create{kind.kind}"]
    assert ("{namespace}" in path) == kind.namespaced
    patch_types = set(document["components"]["requestBodies"][f"{kind.kind}Patch"]["content"])
    assert patch_types == {
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/apply-patch+yaml",
    }
    schema = document["components"]["schemas"][kind.kind]
    assert schema["x-kubernetes-group-version-kind"] == [
        {"group": group.group, "kind": kind.kind, "version": group.version}
    ]


@pytest.mark.parametrize(("group", "kind"), KINDS, ids=[kind.kind for _, kind in KINDS])
def test_a_create_links_to_every_operation_on_what_it_made(group: Any, kind: Any) -> None:
    """The stateful phase's way from a create to the object's other operations: name (and namespace)
    from the answer; a replace sends the answer back whole, as body and URL must name one object."""
    document = _documents()[group.group_version]
    links = document["components"]["responses"][f"{kind.kind}Created"]["links"]
    suffixes = ("", "Status") if kind.status else ("",)
    verbs = [f"{verb}{kind.kind}{suffix}" for suffix in suffixes for verb in ("read", "replace", "patch")]
    assert set(links) == {*verbs, f"delete{kind.kind}"}
    keys = {"name": "$response.body#/metadata/name"}
    if kind.namespaced:
        keys["namespace"] = "$response.body#/metadata/namespace"
    for target, link in links.items():
        assert (link["operationId"], link["parameters"]) == (target, keys)
        replaces = target.startswith("replace")
        assert link.get("requestBody") == ("$response.body" if replaces else None), target
        assert link.get("x-schemathesis") == ({"merge_body": False} if replaces else None), target


def _report(documents: dict[str, dict[str, Any]]) -> list[str]:
    return controlplane.compare(list(documents.values()), _inventory()).problems


def test_fidelity_catches_a_dropped_required_flag_a_changed_default_and_a_lost_field() -> None:
    documents = copy.deepcopy(_documents())
    compute = documents["compute.datumapis.com/v1alpha"]["components"]["schemas"]
    compute["WorkloadSpec"]["required"].remove("placements")
    del compute["InstanceStatus"]["properties"]["networkInterfaces"]
    networking = documents["networking.datumapis.com/v1alpha"]["components"]["schemas"]
    networking["NetworkSpec"]["properties"]["mtu"]["default"] = 1500
    networking["NetworkSpec"]["properties"]["ipam"]["properties"]["mode"]["enum"] = ["Auto"]
    problems = _report(documents)
    assert (
        "Workload (compute.datumapis.com/v1alpha): spec.placements: required is False, CRD says True"
        in problems
    )
    assert "Instance (compute.datumapis.com/v1alpha): field status.networkInterfaces missing" in problems
    assert "Network (networking.datumapis.com/v1alpha): spec.mtu: default is 1500, CRD says 1460" in problems
    assert any(
        p.startswith("Network (networking.datumapis.com/v1alpha): spec.ipam.mode: enum is") for p in problems
    )


def test_fidelity_catches_a_lost_kind_path_and_printer_column() -> None:
    documents = copy.deepcopy(_documents())
    compute = documents["compute.datumapis.com/v1alpha"]
    del compute["paths"]["/apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status"]
    compute["components"]["schemas"]["Workload"]["x-printer-columns"].pop()
    del documents["networking.datumapis.com/v1alpha"]["components"]["schemas"]["Subnet"]
    problems = _report(documents)
    assert (
        "Instance (compute.datumapis.com/v1alpha): path "
        "/apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status missing"
    ) in problems
    assert any(p.startswith("Workload (compute.datumapis.com/v1alpha): printer columns") for p in problems)
    assert "Subnet (networking.datumapis.com/v1alpha): kind missing" in problems


def test_the_inventory_holds_every_crd_field() -> None:
    inventory = _inventory()
    kinds = {entry["kind"]: entry for entry in inventory["kinds"]}
    assert set(kinds) == {
        "Workload", "WorkloadDeployment", "Instance", "Network", "Location", "NetworkBinding",
        "NetworkContext", "NetworkPolicy", "Subnet", "SubnetClaim", "ExportPolicy",
    }  # fmt: skip
    paths = {field["path"] for field in kinds["Workload"]["fields"]}
    assert {"spec.placements[].scaleSettings.minReplicas", "status.replicas"} <= paths
