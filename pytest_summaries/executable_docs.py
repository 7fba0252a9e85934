"""How many blocks of each document ran (`tests/docs/test_executable_docs.py`), after the run.

Each test records one line under the user property `SUMMARY`; pytest-xdist carries user properties
from its workers to the controlling process with the test reports, so the lines print there too.
"""

from __future__ import annotations

import pytest

SUMMARY = "executable-docs"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = [
        str(value)
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", None) == "call"
        for name, value in getattr(report, "user_properties", [])
        if name == SUMMARY
    ]
    if lines:
        terminalreporter.section("executable documentation")
        for line in sorted(lines):
            terminalreporter.write_line(line)
