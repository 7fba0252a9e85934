"""The Data HUB engine: the resource tree, permissions and transitive scopes of
`shared/reference/datahub/SEMANTICS.md`, with identities read from unsigned JWTs.

Modules: `segments` (the segment rule), `resource_types` (types, nesting, scopes), `identity`
(callers and known users), `permissions` (principals and grants), `tree` (the resource tree, kept
in the mock's store), `authorization` (who holds what), `intents` (what a path asks for), `service` (the
operations and their order of checks), `behaviour` (pipeline adapters), `scope_check`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypedDict

from ...answer import Answer
from ...behaviour import Behaviour
from ...compiler import Api
from ...options import MockOptions
from ...request import Request
from ...security import Authenticator
from ...store import Store
from .behaviour import DataHubBehaviour, UnmatchedRequests
from .identity import DataHubAuthenticator
from .scope_check import body_needs
from .seeding import plan_seed
from .service import DataHubService

__all__ = ["DataHubAuthenticator", "DataHubService", "EngineParts", "body_needs", "engine_parts"]


class EngineParts(TypedDict):
    """The fields of `engines.Engine` (which imports this package, so it cannot be imported here)."""

    authenticator: Authenticator
    behaviours: list[Behaviour]
    reset: Callable[[], None]
    unmatched: Callable[[Request], Answer | None]
    seed: Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]]


def engine_parts(api: Api, options: MockOptions, state: Store) -> EngineParts:
    """The engine for one served API: its state lives in `state`, under the API's name."""
    service = DataHubService(state, api.name)
    authenticator = DataHubAuthenticator(options.tokens, service.users, service.sync)
    return EngineParts(
        authenticator=authenticator,
        behaviours=[DataHubBehaviour(service)],
        reset=service.reset,
        unmatched=UnmatchedRequests(service, authenticator),
        seed=lambda collections: plan_seed(service.store, api.name, collections),
    )
