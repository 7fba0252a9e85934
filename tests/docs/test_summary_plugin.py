"""The executable-docs summary prints at the end of a run spread over pytest-xdist workers.

The controlling process collects nothing, so only a registered plugin's hook runs there; the lines
reach it as user properties of the workers' reports. A child pytest (its own run, two workers) with
two tests that hand a line over, as `test_executable_docs.py` does, must print both lines.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from pytest_summaries.executable_docs import SUMMARY

TESTS = textwrap.dedent(
    f"""
    import pytest


    @pytest.mark.parametrize("document", ["A.md", "B.md"])
    def test_document(document, record_property):
        record_property({SUMMARY!r}, f"{{document}}: 1 blocks run")
    """
)


def test_the_summary_prints_under_xdist(tmp_path: Path) -> None:
    (tmp_path / "test_documents.py").write_text(TESTS, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-n", "2", "-p", "no:cacheprovider", str(tmp_path)]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "created: 2/2 workers" in output, output  # it did run under xdist
    summary = output.split("executable documentation", 1)[-1]
    assert "A.md: 1 blocks run\nB.md: 1 blocks run" in summary, output
