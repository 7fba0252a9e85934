"""Report how many blocks of each document ran (`test_executable_docs.py`).

The tests hand their summaries over as user properties, which reach this hook in the controlling
process when pytest-xdist runs the tests elsewhere.
"""

from __future__ import annotations

import pytest

from .test_executable_docs import SUMMARY


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
