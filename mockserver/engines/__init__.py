"""Domain engines: behaviour a generic store cannot infer, chosen by the spec's `x-mock: {engine: NAME}`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..behaviour import Behaviour
from ..compiler import Api
from ..errors import SpecError
from ..request import Request
from ..responses import MockResponse
from ..security import Authenticator
from ..store import MemoryStore, Store

__all__ = ["ENGINES", "Engine", "EngineOptions", "engine_for"]


@dataclass(frozen=True)
class EngineOptions:
    tokens: tuple[str, ...]
    # Where the engine keeps its records (under the API's name), like every other behaviour.
    state: Store = field(default_factory=MemoryStore)


@dataclass
class Engine:
    """What an engine adds to an API: how it authenticates, and behaviours ahead of the static one.

    `unmatched` answers requests no operation of the spec matches (wrong path or method) where the
    real service has its own answer for them; returning None keeps the generic 404/405, returning a
    `Request` routes that rewritten request instead (a server base path stripped, say).
    """

    authenticator: Authenticator | None = None
    behaviours: list[Behaviour] = field(default_factory=list)
    reset: Callable[[], None] = lambda: None
    unmatched: Callable[[Request], MockResponse | Request | None] | None = None
    # Checks a seed of this API (400 naming the bad record) and returns what stores it all at once.
    seed: Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]] | None = None


def _datahub(api: Api, options: EngineOptions) -> Engine:
    from . import datahub  # noqa: PLC0415 - imported on use: specs without this engine start faster

    return Engine(**datahub.engine_parts(api, options.tokens, options.state))


def _datum(api: Api, options: EngineOptions) -> Engine:
    from . import datum  # noqa: PLC0415 - imported on use: specs without this engine start faster

    return Engine(**datum.engine_parts(api, options.tokens, options.state))


ENGINES: dict[str, Callable[[Api, EngineOptions], Engine]] = {"datahub": _datahub, "datum": _datum}


def engine_for(api: Api, options: EngineOptions) -> Engine | None:
    hint = api.document.get("x-mock") or {}
    name = hint.get("engine") if isinstance(hint, dict) else None
    if name is None:
        return None
    if name not in ENGINES:
        raise SpecError(f"{api.name}: unknown x-mock engine {name!r} (known: {', '.join(sorted(ENGINES))})")
    return ENGINES[name](api, options)
