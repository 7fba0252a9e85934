"""The repository's schemathesis.toml, as QA uses it: `schemathesis run specs/<api>/openapi.yaml`, and
`schemathesis run` of each project control plane document against my-project's control plane.

One `mockserver serve` process (every selected API under /<api>) and, per API, the schemathesis
command line started from the repository root with the committed settings, only the port changed
(the file names 4010, the fixture a free port). A small budget, the `examples` phase with every
check: enough to prove that the settings hold the right base URL and credentials per spec, load the
hooks for our media types and apply the per-operation rules, and that the mock passes every check.
The full plain run (default phases, 100 examples) is what README's QA section shows.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import selected_apis, target_name

import specs
from generator import controlplane
from mockserver.testing import admin_headers, running_server

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "schemathesis.toml"
QA_SEED = Path(__file__).resolve().parent / "qa-seed.yaml"
DOCUMENTED_MOCK = "http://127.0.0.1:4010"


@pytest.fixture(scope="module")
def settings_for_mock(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """schemathesis.toml pointing at a fresh mock serving every selected API under /<api>."""
    if target_name(request.config) == "prism" or request.config.getoption("--base-url"):
        pytest.skip("the settings file is checked against our own mock")
    text = SETTINGS.read_text(encoding="utf-8")
    assert DOCUMENTED_MOCK in text, f"{SETTINGS.name} no longer names the mock's default address"
    apis = selected_apis(request.config)
    with running_server(apis, args=["--mount"] if len(apis) == 1 else []) as url:
        if "datum" in apis:  # the project whose control plane the documents' settings name
            seeded = httpx.post(f"{url}/__mock/seed", content=QA_SEED.read_bytes(), headers=admin_headers())
            seeded.raise_for_status()
        path = tmp_path_factory.mktemp("schemathesis") / "schemathesis.toml"
        path.write_text(text.replace(DOCUMENTED_MOCK, url), encoding="utf-8")
        yield path


@pytest.mark.parametrize("api", specs.api_names())
def test_plain_schemathesis_run(api: str, settings_for_mock: Path, request: pytest.FixtureRequest) -> None:
    if api not in selected_apis(request.config):
        pytest.skip(f"{api} not selected")
    _run(specs.resolve(api)[1], settings_for_mock)


@pytest.mark.parametrize("document", controlplane.document_paths(), ids=lambda path: path.stem)
def test_plain_schemathesis_run_of_a_project_control_plane_document(
    document: Path, settings_for_mock: Path, request: pytest.FixtureRequest
) -> None:
    if "datum" not in selected_apis(request.config):
        pytest.skip("datum not selected")
    _run(document, settings_for_mock)


def _run(spec_path: Path, settings: Path) -> None:
    spec = spec_path.relative_to(ROOT)
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(settings), "--no-color"]
    command += ["run", str(spec), "--phases", "examples", "--checks", "all"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"schemathesis run {spec} failed:\n{output[-6000:]}"
    # Credentials right for every scheme of the spec; our media types readable by the hooks.
    assert "Authentication failed" not in output, output[-4000:]
    assert "missing deserializers" not in output, output[-4000:]
