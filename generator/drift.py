"""Compare a freshly generated SDK with the committed one."""

from __future__ import annotations

import filecmp
from pathlib import Path

__all__ = ["differences"]

# Build and cache litter that installs (editable ones too) leave in an SDK folder.
_IGNORED = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".pdm-build", "build", "dist"}


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and not _IGNORED.intersection(p.relative_to(root).parts) and p.suffix != ".pyc"
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Human-readable lines, one per file that differs between the two trees (empty when equal)."""
    if not actual.exists():
        return [f"{actual} is missing"]
    want, have = _files(expected), _files(actual)
    lines = [f"missing: {name}" for name in sorted(want - have)]
    lines += [f"not generated (remove it): {name}" for name in sorted(have - want)]
    common = sorted(want & have)
    _, mismatch, errors = filecmp.cmpfiles(expected, actual, common, shallow=False)
    lines += [f"changed: {name}" for name in mismatch + errors]
    return lines
