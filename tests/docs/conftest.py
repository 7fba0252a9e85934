"""Report how many blocks of each document ran (`test_executable_docs.py`)."""

from __future__ import annotations

import pytest

from .test_executable_docs import REPORTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORTS:
        terminalreporter.section("executable documentation")
        for report in REPORTS:
            terminalreporter.write_line(report.summary())
