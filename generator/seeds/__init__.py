"""Seed parsers: each `<api>.py` turns its seed document into an inventory (`parse(text) -> dict`)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

__all__ = ["ARRAY_ITEM_TYPES", "SEEDS_DIR", "fresh_inventory", "render"]

# How the rendered references name array item types ("Array of strings") -> JSON Schema types.
ARRAY_ITEM_TYPES = {
    "strings": "string",
    "integers": "integer",
    "numbers": "number",
    "booleans": "boolean",
    "objects": "object",
}

# The seed documents sit in ../shared/seeds beside the checkout (absent on a user's machine).
SEEDS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def render(inventory: dict[str, Any]) -> str:
    return json.dumps(inventory, indent=2, sort_keys=True) + "\n"


def fresh_inventory(api: str, committed: dict[str, Any]) -> dict[str, Any] | None:
    """Parse the seed again, or None when this API has no parser or its seed is not here."""
    try:
        parser = importlib.import_module(f"{__name__}.{api}")
    except ModuleNotFoundError:
        return None
    seed = SEEDS_DIR / str(committed.get("source", ""))
    if not seed.is_file():
        return None
    result: dict[str, Any] = parser.parse(seed.read_text(encoding="utf-8"))
    return result
