"""A real headless browser (Debian's Chromium, driven by Playwright) against a real mock server.

Playwright never downloads a browser here: it drives the system's `chromium` through its
`executable_path`. Without one the browser tests are skipped, saying why, except under `CI=true`,
where a missing browser fails them (`.ci/run` installs it with apt-get).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mockserver.testing import CHROMIUM_ARGS, chromium_executable, running_server

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

REPORTS = Path(__file__).resolve().parents[2] / "reports" / "ui"


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run; .ci/run installs chromium with apt-get)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_executable()
    if executable is None:
        _missing("no chromium on this machine (apt-get install chromium) for the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_server(args=["--quiet"]) as url:
        yield url


@pytest.fixture(scope="session")
def screenshots() -> Path:
    REPORTS.mkdir(parents=True, exist_ok=True)
    return REPORTS
