"""Fixtures for the mock server's own tests (the spec and caller live in pets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mockserver import MockOptions

from .pets import PETS, Call, make_caller


@pytest.fixture
def pets_spec(tmp_path: Path) -> Path:
    path = tmp_path / "pets.yaml"
    path.write_text(yaml.safe_dump(PETS))
    return path


@pytest.fixture
def call(pets_spec: Path) -> Call:
    """Call the stateless (`--static`) pets mock in process: `call("GET", "/pets", headers=...)`.

    The pipeline and answer tests check Prism parity, which is stateless; test_stateful.py has its own.
    """
    return make_caller([pets_spec], MockOptions(static=True))
