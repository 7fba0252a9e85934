"""The Datum Cloud engine: Kubernetes semantics per organization control plane, OpenAPI discovery and
the personal access token exchange (`shared/reference/datum/FACTS.md`).

Modules: `control_planes` (which control plane a path names), `store` (one organization's projects,
versioned), `selectors`, `paging` (continue tokens), `patching`, `admission` (422 causes), `watch`
(event streams), `discovery`, `auth` (tokens), `statuses` (Kubernetes `Status`), `behaviour`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from ...behaviour import Behaviour
from ...compiler import Api
from ...request import Request
from ...responses import MockResponse
from ...security import Authenticator
from .auth import DatumAuthenticator
from .behaviour import DatumBehaviour, WatchLimits

__all__ = ["DatumAuthenticator", "DatumBehaviour", "EngineParts", "WatchLimits", "engine_parts"]


class EngineParts(TypedDict):
    """The fields of `engines.Engine` (which imports this package, so it cannot be imported here)."""

    authenticator: Authenticator
    behaviours: list[Behaviour]
    reset: Callable[[], None]
    unmatched: Callable[[Request], MockResponse | Request | None]


def engine_parts(api: Api, tokens: tuple[str, ...]) -> EngineParts:
    """A fresh engine for one served API: state per organization, tokens issued by its exchange."""
    authenticator = DatumAuthenticator(tokens)
    behaviour = DatumBehaviour(api, authenticator, WatchLimits.from_environment())
    return EngineParts(
        authenticator=authenticator,
        behaviours=[behaviour],
        reset=behaviour.reset,
        unmatched=behaviour.unmatched,
    )
