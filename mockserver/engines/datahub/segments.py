"""The segment rule every path segment (keys, names, keywords) and every attribute key obeys."""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["SEGMENT", "is_segment", "split_path"]

SEGMENT = re.compile(r"[a-z0-9]([-a-z0-9]{0,34}[a-z0-9])?")


def is_segment(text: str) -> bool:
    """1 to 36 characters: lowercase letters, digits and inner dashes."""
    return SEGMENT.fullmatch(text) is not None


def split_path(path: str) -> list[str]:
    """The decoded segments of a request path within the API (outer slashes ignored, as the router does)."""
    stripped = path.strip("/")
    return [unquote(segment) for segment in stripped.split("/")] if stripped else []
