"""The naming tables: every operation has one name on the namespaced client, and api.md shows it."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import specs
from generator import names, sdkspec
from generator.targets import REPO_ROOT

APIS = ("datahub", "datum", "omnistrate", "pds")


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_exactly_one_name(api: str) -> None:
    _, path = specs.resolve(api)
    # Datum's client also names the project control plane's operations (merged into its SDK document).
    assert names.problems(api, sdkspec.sdk_document(api, path)) == []


def test_an_operation_new_to_the_spec_fails_the_check() -> None:
    document = copy.deepcopy(specs.load("datahub"))
    document["paths"]["/tenants/{tenant}/reindex"] = {
        "post": {
            "operationId": "reindexTenant",
            "tags": ["tenants"],
            "responses": {"204": {"description": "ok"}},
        }
    }
    assert names.problems("datahub", document) == ["datahub.yaml: reindexTenant: no name in the table"]
    # ... and the writer proposes its default, keeping every existing name.
    text = names.render_table("datahub", document, names.load_table("datahub"))
    assert "  reindexTenant: tenants.reindex\n" in text
    assert "  putGroupPermission: tenants.groups.put_permission\n" in text


def test_collisions_and_reserved_names_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "NAMES_DIR", tmp_path)
    document = specs.load("datum")
    table = names.render_table("datum", document, {})
    table = table.replace("readProject: projects.read", "readProject: projects.list")
    table = table.replace("deleteProject: projects.delete", "deleteProject: projects.with_raw_response")
    (tmp_path / "datum.yaml").write_text(table)
    found = names.problems("datum", document)
    assert "datum.yaml: readProject: projects.list is also the name of listProjects" in found
    assert any("with_raw_response" in line and "usable attribute" in line for line in found)


def test_default_names_nest_resources_under_their_parents() -> None:
    suggested = names.suggest(specs.load("omnistrate"))
    assert str(suggested["describeService"]) == "services.describe"
    assert str(suggested["describeServiceEnvironment"]) == "services.environments.describe"
    assert str(suggested["restartResourceInstance"]) == "resource_instances.restart"
    datahub = names.suggest(specs.load("datahub"))
    assert str(datahub["rotateSensorCredential"]) == "tenants.projects.sensor_credentials.rotate"


@pytest.mark.parametrize("api", APIS)
def test_api_md_lists_every_operation_with_its_method_and_path(api: str) -> None:
    text = (REPO_ROOT / "sdk" / api / "api.md").read_text(encoding="utf-8")
    table = names.load_table(api)
    for operation in names.operations(specs.load(api)):
        name = table[operation.operation_id]
        assert f"## `client.{'.'.join(name.resource)}`" in text, operation.operation_id
        assert f"| `{name.method}(" in text, operation.operation_id
        assert f"`{operation.method.upper()} {operation.path}`" in text, operation.operation_id
