"""The parsed-spec cache: later starts read JSON instead of parsing YAML, and never serve a stale spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import specs
from mockserver import spec_cache

SPEC = """
openapi: 3.1.0
info: {title: Cached, version: "1"}
paths:
  /things:
    get:
      responses:
        "200": {description: ok}
"""


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Every YAML parse the cache falls back to; the cache lives in a fresh directory."""
    monkeypatch.setenv("MOCKSERVER_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[Path] = []
    real = specs.load

    def counting(path: str | Path) -> dict[str, Any]:
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr(specs, "load", counting)
    return calls


def _spec(tmp_path: Path, text: str = SPEC) -> Path:
    path = tmp_path / "cached.yaml"
    path.write_text(text)
    return path


def test_a_second_load_reads_the_cache(parses: list[Path], tmp_path: Path) -> None:
    path = _spec(tmp_path)
    first = spec_cache.load_spec(path)
    second = spec_cache.load_spec(path)
    assert first == second == specs.load(path)
    assert len(parses) == 2  # the first load, and the direct call above: the second load was cached
    entries = list((tmp_path / "cache").glob("*.json"))
    assert len(entries) == 1


def test_an_edited_spec_is_parsed_again(parses: list[Path], tmp_path: Path) -> None:
    path = _spec(tmp_path)
    spec_cache.load_spec(path)
    path.write_text(SPEC.replace("title: Cached", "title: Edited"))
    assert spec_cache.load_spec(path)["info"]["title"] == "Edited"
    assert len(parses) == 2
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1  # replaced, not added


def test_a_corrupt_entry_means_parsing_again(parses: list[Path], tmp_path: Path) -> None:
    path = _spec(tmp_path)
    spec_cache.load_spec(path)
    (entry,) = (tmp_path / "cache").glob("*.json")
    head = entry.read_bytes().partition(b"\n")[0]
    entry.write_bytes(head + b"\n{not json")
    assert spec_cache.load_spec(path)["info"]["title"] == "Cached"
    assert len(parses) == 2


def test_what_json_cannot_hold_is_not_cached(parses: list[Path], tmp_path: Path) -> None:
    path = _spec(tmp_path, SPEC + "x-released: 2024-01-31\n")  # YAML reads an unquoted date as a date
    first = spec_cache.load_spec(path)
    assert str(first["x-released"]) == "2024-01-31"
    assert spec_cache.load_spec(path) == first
    assert len(parses) == 2
    assert not list((tmp_path / "cache").glob("*.json"))


def test_an_empty_cache_dir_turns_the_cache_off(
    parses: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOCKSERVER_CACHE_DIR", "")
    path = _spec(tmp_path)
    spec_cache.load_spec(path)
    spec_cache.load_spec(path)
    assert len(parses) == 2
    assert spec_cache.cache_dir() is None
