"""The Data HUB engine: the resource tree, permissions and transitive scopes of
`shared/reference/datahub/SEMANTICS.md`, with identities read from unsigned JWTs.

Modules: `segments` (the segment rule), `resource_types` (types, nesting, scopes), `identity`
(callers and known users), `permissions` (principals and grants), `store` (the tree of one server
instance), `authorization` (who holds what), `intents` (what a path asks for), `service` (the
operations and their order of checks), `behaviour` (pipeline adapters), `scope_check`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypedDict

from ...behaviour import Behaviour
from ...compiler import Api
from ...request import Request
from ...responses import MockResponse
from ...security import Authenticator
from .behaviour import DataHubBehaviour, UnmatchedRequests
from .identity import DataHubAuthenticator
from .scope_check import defer_scope_validation
from .service import DataHubService

__all__ = ["DataHubAuthenticator", "DataHubService", "EngineParts", "engine_parts"]


class EngineParts(TypedDict):
    """The fields of `engines.Engine` (which imports this package, so it cannot be imported here)."""

    authenticator: Authenticator
    behaviours: list[Behaviour]
    reset: Callable[[], None]
    unmatched: Callable[[Request], MockResponse | None]


def engine_parts(api: Api, tokens: Iterable[str]) -> EngineParts:
    """A fresh engine for one served API: its state lives in the service it creates."""
    service = DataHubService()
    authenticator = DataHubAuthenticator(tokens, service.users)
    defer_scope_validation(api)
    return EngineParts(
        authenticator=authenticator,
        behaviours=[DataHubBehaviour(service)],
        reset=service.reset,
        unmatched=UnmatchedRequests(service, authenticator),
    )
