"""The Datum Cloud engine: Kubernetes semantics per organization control plane, OpenAPI discovery and
the personal access token exchange (`shared/reference/datum/FACTS.md`).

Modules: `control_planes` (which control plane a path names), `store` (one organization's projects,
versioned), `selectors`, `paging` (continue tokens), `patching`, `admission` (422 causes), `watch`
(event streams), `discovery`, `auth` (tokens), `statuses` (Kubernetes `Status`), `behaviour`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypedDict

from ...answer import Answer
from ...behaviour import Behaviour
from ...compiler import Api
from ...delegation import Delegation
from ...options import MockOptions
from ...request import Request
from ...security import Authenticator
from ...store import Store
from ..kubernetes import WatchLimits
from .auth import DatumAuthenticator
from .behaviour import DatumBehaviour

__all__ = ["DatumAuthenticator", "DatumBehaviour", "EngineParts", "WatchLimits", "engine_parts"]


class EngineParts(TypedDict):
    """The fields of `engines.Engine` (which imports this package, so it cannot be imported here)."""

    authenticator: Authenticator
    behaviours: list[Behaviour]
    reset: Callable[[], None]
    unmatched: Callable[[Request], Answer | Request | Delegation | None]
    seed: Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]]
    contract: Callable[[Request], tuple[Api, Request] | None]


def engine_parts(api: Api, options: MockOptions, state: Store) -> EngineParts:
    """The engine for one served API: projects per organization and the tokens its exchange issued,
    kept in `state` under the API's name."""
    authenticator = DatumAuthenticator(options.tokens, state=state, namespace=f"{api.name}.tokens")
    limits = WatchLimits.up_to(options.datum_max_watch_seconds)
    behaviour = DatumBehaviour(api, authenticator, limits, state)
    return EngineParts(
        authenticator=authenticator,
        behaviours=[behaviour],
        reset=behaviour.reset,
        unmatched=behaviour.unmatched,
        seed=behaviour.seed,
        contract=behaviour.contract,
    )
