"""How the mock behaves: one options object, from the CLI or `create_app`, down to every engine."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .security import DEFAULT_TOKEN

__all__ = ["MockOptions"]


def _watch_seconds() -> float:
    return float(os.environ.get("MOCKSERVER_DATUM_MAX_WATCH_SECONDS", "2"))


@dataclass(frozen=True)
class MockOptions:
    """How the mock behaves; every field has the default `mockserver serve` uses."""

    tokens: tuple[str, ...] = (DEFAULT_TOKEN,)
    static: bool = False  # answer from the spec alone: no state, no domain engine behaviour
    dynamic: bool = False
    seed: int | None = None
    max_body_bytes: int = 10 * 1024 * 1024
    cors: bool = True
    # SQLite file or PostgreSQL URL (postgresql://...) of the store; None keeps state in memory.
    state_file: str | None = None
    journal_size: int = 1000
    journal_body_bytes: int = 16 * 1024  # request and response bodies are journalled up to this size
    # Tokens of the control API (/__mock/) and its page; the development token unless --admin-token.
    admin_tokens: tuple[str, ...] = (DEFAULT_TOKEN,)
    # The longest a Datum watch lasts (default from MOCKSERVER_DATUM_MAX_WATCH_SECONDS, else 2 s).
    datum_max_watch_seconds: float = field(default_factory=_watch_seconds)
