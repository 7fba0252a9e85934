"""Domain engines: behaviour a generic store cannot infer, chosen by the spec's `x-mock: {engine: NAME}`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..answer import Answer
from ..behaviour import Behaviour
from ..compiler import Api, BodyNeeds
from ..delegation import Delegation
from ..errors import SpecError
from ..options import MockOptions
from ..request import Request
from ..security import Authenticator
from ..store import Store

__all__ = ["ENGINES", "NEEDS", "Engine", "engine_for", "engine_needs"]


@dataclass
class Engine:
    """What an engine adds to an API: how it authenticates, and behaviours ahead of the static one.

    `unmatched` answers requests no operation of the spec matches (wrong path or method) where the
    real service has its own answer for them: an `Answer` (status, headers, value), which the response
    stage encodes as no operation documents it; returning None keeps the generic 404/405, returning a
    `Request` routes that rewritten request instead (a server base path stripped, say), returning a
    `Delegation` hands it to another document of the engine's.
    """

    authenticator: Authenticator | None = None
    behaviours: list[Behaviour] = field(default_factory=list)
    reset: Callable[[], None] = lambda: None
    unmatched: Callable[[Request], Answer | Request | Delegation | None] | None = None
    # Checks a seed of this API (400 naming the bad record) and returns what stores it all at once.
    seed: Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]] | None = None
    # For a request no operation of the spec matches: the compiled document whose contract covers it
    # and the request as that document sees it (a prefix stripped), or None. Stateless, unlike
    # `unmatched`: the validating proxy checks requests with it, whatever the mock's own state.
    contract: Callable[[Request], tuple[Api, Request] | None] | None = None


def _datahub(api: Api, options: MockOptions, state: Store) -> Engine:
    from . import datahub  # noqa: PLC0415 - imported on use: specs without this engine start faster

    return Engine(**datahub.engine_parts(api, options, state))


def _datum(api: Api, options: MockOptions, state: Store) -> Engine:
    from . import datum  # noqa: PLC0415 - imported on use: specs without this engine start faster

    return Engine(**datum.engine_parts(api, options, state))


def _kubernetes(api: Api, options: MockOptions, state: Store) -> Engine:
    from .kubernetes import engine  # noqa: PLC0415 - imported on use: specs without this engine start faster

    return Engine(**engine.engine_parts(api, options, state))


def _datahub_needs(document: dict[str, Any]) -> Mapping[str, BodyNeeds]:
    from .datahub import body_needs  # noqa: PLC0415 - imported on use, as the engine itself

    return body_needs(document)


def _datum_needs(document: dict[str, Any]) -> Mapping[str, BodyNeeds]:
    from .datum.behaviour import BODY_NEEDS  # noqa: PLC0415 - imported on use, as the engine itself

    return BODY_NEEDS


def _kubernetes_needs(document: dict[str, Any]) -> Mapping[str, BodyNeeds]:
    from .kubernetes.kinds import body_needs  # noqa: PLC0415 - imported on use, as the engine itself

    return body_needs(document)


# An engine is made from its compiled API, the mock's options, and the store its records live in
# (under the API's name), like every other behaviour's.
ENGINES: dict[str, Callable[[Api, MockOptions, Store], Engine]] = {
    "datahub": _datahub,
    "datum": _datum,
    "kubernetes": _kubernetes,
}
# What each engine asks of the compiler, by operationId, read from the raw document before compiling.
NEEDS: dict[str, Callable[[dict[str, Any]], Mapping[str, BodyNeeds]]] = {
    "datahub": _datahub_needs,
    "datum": _datum_needs,
    "kubernetes": _kubernetes_needs,
}


def engine_name(name: str, document: dict[str, Any]) -> str | None:
    """The engine the document's `x-mock: {engine}` names; unknown names fail at start."""
    hint = document.get("x-mock") or {}
    engine = hint.get("engine") if isinstance(hint, dict) else None
    if engine is not None and engine not in ENGINES:
        raise SpecError(f"{name}: unknown x-mock engine {engine!r} (known: {', '.join(sorted(ENGINES))})")
    return engine


def engine_needs(name: str, document: dict[str, Any]) -> Mapping[str, BodyNeeds]:
    """What the document's engine needs of the compiled operations (nothing without an engine)."""
    engine = engine_name(name, document)
    return NEEDS[engine](document) if engine is not None else {}


def engine_for(api: Api, options: MockOptions, state: Store) -> Engine | None:
    engine = engine_name(api.name, api.document)
    return ENGINES[engine](api, options, state) if engine is not None else None
