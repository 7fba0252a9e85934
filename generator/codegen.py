"""Run openapi-python-client with our templates and refuse any warning."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import specs

from . import pagination
from .targets import RUNTIME_DIR, TEMPLATE_DIR, SdkTarget

__all__ = [
    "RUNTIME_PACKAGE",
    "GenerationError",
    "copy_runtime",
    "generate_into",
    "regenerate",
    "write_pagination",
]

# Where the hand-written runtime (generator/runtime/) lands inside every package.
RUNTIME_PACKAGE = "_runtime"

# `--meta pdm` gives a pyproject with a PEP 517 backend, so `pip install ./sdk/<api>` works alone.
_META = "pdm"


class GenerationError(RuntimeError):
    """openapi-python-client failed or warned."""


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff`; use the pinned one installed beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate_into(target: SdkTarget, destination: Path) -> Path:
    """Generate `target`'s SDK into `destination` (which must not exist) and return it."""
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(target.spec),
        "--config",
        str(target.config),
        "--custom-template-path",
        str(TEMPLATE_DIR),
        "--meta",
        _META,
        "--output-path",
        str(destination),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=_tool_env(), check=False)
    output = (result.stdout + result.stderr).strip()
    # The exit status alone misses post-hook problems (a missing ruff is only a warning to it).
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        raise GenerationError(f"openapi-python-client failed for {target.api}:\n{output}")
    package = destination / target.package
    copy_runtime(package)
    write_pagination(target, package)
    if target.extras.is_dir():
        for module in sorted(target.extras.glob("*.py")):
            shutil.copy2(module, package / module.name)
        # API-specific documentation (examples of the extras) goes at the end of the SDK's README.
        readme_extra = target.extras / "README.md"
        if readme_extra.is_file():
            readme = destination / "README.md"
            readme.write_text(
                readme.read_text(encoding="utf-8").rstrip("\n")
                + "\n\n"
                + readme_extra.read_text(encoding="utf-8")
            )
    return destination


def copy_runtime(package: Path) -> None:
    """Copy generator/runtime/*.py into `<package>/_runtime/`, byte for byte."""
    runtime = package / RUNTIME_PACKAGE
    runtime.mkdir()
    for module in sorted(RUNTIME_DIR.glob("*.py")):
        shutil.copyfile(module, runtime / module.name)


def write_pagination(target: SdkTarget, package: Path) -> None:
    """Write `<package>/pagination.py` (iterators over the spec's paged lists) and format it as the
    generator's post-hooks format everything else."""
    paginators = pagination.bind(specs.load(target.spec), target.config, target.spec)
    module = package / "pagination.py"
    module.write_text(pagination.render_module(target.package, paginators), encoding="utf-8")
    for command in (
        ["ruff", "check", "--fix-only", "-q", str(module)],
        ["ruff", "format", "-q", str(module)],
    ):
        result = subprocess.run(
            [sys.executable, "-m", *command], cwd=package.parent, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise GenerationError(f"{' '.join(command)} failed for {module}:\n{result.stdout}{result.stderr}")


def regenerate(target: SdkTarget) -> None:
    """Replace the committed SDK folder with a fresh generation."""
    with tempfile.TemporaryDirectory(prefix=f"sdk-{target.api}-") as tmp:
        fresh = generate_into(target, Path(tmp) / target.api)
        if target.output.exists():
            shutil.rmtree(target.output)
        shutil.copytree(fresh, target.output)
