"""Run openapi-python-client with our templates and refuse any warning."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .targets import TEMPLATE_DIR, SdkTarget

__all__ = ["GenerationError", "generate_into", "regenerate"]

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
    if target.extras.is_dir():
        package = destination / target.package
        for module in sorted(target.extras.glob("*.py")):
            shutil.copy2(module, package / module.name)
    return destination


def regenerate(target: SdkTarget) -> None:
    """Replace the committed SDK folder with a fresh generation."""
    with tempfile.TemporaryDirectory(prefix=f"sdk-{target.api}-") as tmp:
        fresh = generate_into(target, Path(tmp) / target.api)
        if target.output.exists():
            shutil.rmtree(target.output)
        shutil.copytree(fresh, target.output)
