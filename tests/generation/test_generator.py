"""The generator: warnings are fatal, hand edits under sdk/ are caught, examples and seeds are checked."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import specs
from generator import GenerationError, SdkTarget, check_examples, compare, differences, generate_into

REPO = Path(__file__).resolve().parents[2]


def _copy_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for part in ("specs", "generator"):
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        REPO / "sdk" / "datahub",
        root / "sdk" / "datahub",
        ignore=shutil.ignore_patterns("__pycache__", ".pdm-build"),
    )
    return root


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "check", "datahub"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_passes_on_the_committed_sdk_and_fails_on_a_hand_edit(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path)
    clean = _check(root)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "sdk datahub: matches its spec" in clean.stdout

    client = root / "sdk" / "datahub" / "datahub_client" / "client.py"
    client.write_text(client.read_text() + "\n# a hand edit\n")
    edited = _check(root)
    assert edited.returncode == 1
    assert "changed: datahub_client/client.py" in edited.stderr


def test_a_generator_warning_fails_generation(tmp_path: Path) -> None:
    document = specs.load("datahub")
    operation = document["paths"]["/tenants/{tenant}/attributes/{attribute}"]["put"]
    operation["requestBody"]["content"] = {"text/csv": {"schema": {"type": "string"}}}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document))
    config = tmp_path / "config.yaml"
    config.write_text("package_name_override: datahub_client\n")
    target = SdkTarget(api="datahub", spec=spec, config=config, output=tmp_path / "unused")
    with pytest.raises(GenerationError, match="text/csv"):
        generate_into(target, tmp_path / "out")


def test_drift_lists_missing_extra_and_changed_files(tmp_path: Path) -> None:
    expected, actual = tmp_path / "a", tmp_path / "b"
    for tree in (expected, actual):
        tree.mkdir()
        (tree / "same.py").write_text("x = 1\n")
    (expected / "changed.py").write_text("a\n")
    (actual / "changed.py").write_text("b\n")
    (expected / "new.py").write_text("")
    (actual / "stale.py").write_text("")
    assert differences(expected, actual) == [
        "missing: new.py",
        "not generated (remove it): stale.py",
        "changed: changed.py",
    ]


def test_examples_must_match_their_schemas() -> None:
    document = specs.load("datahub")
    assert check_examples(document) == []
    media = document["paths"]["/tenants"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = ["Not A Valid Name"]
    problems = check_examples(document)
    assert len(problems) == 1
    assert problems[0].where == "/paths/~1tenants/get/responses/200/content/application~1json/example"


def test_seed_coverage_reports_what_the_spec_lacks() -> None:
    document = specs.load("datahub")
    inventory = {
        "api": "datahub",
        "operations": [
            {"operationId": "listTenants", "tag": "tenants", "parameters": [], "body": None},
            {
                "operationId": "rotateSensorCredential",
                "parameters": [{"name": "credential", "in": "path", "required": True, "type": "string"}],
            },
            {
                "operationId": "putTenantPermission",
                "body": {
                    "contentType": "application/json",
                    "required": True,
                    "fields": [{"name": "owner", "required": True, "type": "string"}],
                },
            },
            {"operationId": "archiveTenant"},
        ],
    }
    report = compare(document, inventory)
    assert report.operations == 4
    assert report.covered == 2
    assert report.problems == [
        "putTenantPermission: body field 'owner' missing",
        "archiveTenant (None): operation missing",
    ]
