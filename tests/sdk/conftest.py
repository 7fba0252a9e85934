"""Fixtures of the SDK runtime tests."""

from __future__ import annotations

import pytest

from .sdk_support import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
