"""The Datum example in sdk/datum/README.md runs as written against a real mock server."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from mockserver.testing import reset

README = Path(__file__).resolve().parents[2] / "sdk" / "datum" / "README.md"
_SECTION = re.compile(r"<!-- datum-example:start -->(.*?)<!-- datum-example:end -->", re.S)
_PYTHON = re.compile(r"```python\n(.*?)```", re.S)


def _example() -> str:
    section = _SECTION.search(README.read_text(encoding="utf-8"))
    assert section is not None, "sdk/datum/README.md has no datum-example section"
    block = _PYTHON.search(section.group(1))
    assert block is not None, "the datum-example section has no Python block"
    return block.group(1)


def test_readme_example_runs_against_the_mock(mockserver_url: str) -> None:
    reset(mockserver_url)
    # The example names the default address; point it at this test's server, changing nothing else.
    code = _example().replace("http://127.0.0.1:4010", mockserver_url)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    created = lines[0].removeprefix("created ")
    assert created.startswith("intro-project-")
    assert f"listed {created}" in lines
    assert any(line.startswith("MODIFIED") and "'True'" in line for line in lines), lines
    assert "patched, generation 1" in lines
    assert lines[-1] == "deleted: Success"
