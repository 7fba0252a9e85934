"""The README's Data HUB walk-through runs as written against a real server, so it cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = re.compile(r"<!-- datahub-walkthrough:start -->(.*?)<!-- datahub-walkthrough:end -->", re.DOTALL)
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def walkthrough() -> str:
    """The block's code, preceded by blank lines so tracebacks point at README.md's own lines."""
    text = README.read_text(encoding="utf-8")
    section = SECTION.search(text)
    assert section is not None, "README.md lacks the datahub-walkthrough markers"
    blocks = list(PYTHON_BLOCK.finditer(text, section.start(1), section.end(1)))
    assert len(blocks) == 1, "the walk-through should be one python block"
    block = blocks[0]
    return "\n" * text.count("\n", 0, block.start(1)) + block.group(1)


def test_the_walkthrough_asserts_the_statuses_of_both_users() -> None:
    code = walkthrough()
    for status in (201, 204, 403, 404):
        assert f"status_code == {status}" in code


def test_the_readme_walkthrough_runs_as_written(datahub_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATAHUB_URL", datahub_url)
    code = compile(walkthrough(), str(README), "exec")
    exec(code, {"__name__": "datahub_walkthrough"})  # its own asserts check every status
