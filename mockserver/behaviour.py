"""The behaviour stage: what a valid, authenticated request does.

A behaviour looks at the request context and either answers or passes (returns None) to the next
one. The static responder is always last; stateful stores and domain engines go in front of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from .compiler import Api, Operation
from .request import Request
from .responses import UNSET, MockResponse, Preferences, Responder
from .security import Identity
from .validation import ValidatedRequest

__all__ = ["Behaviour", "Context", "StaticBehaviour"]


@dataclass(slots=True)
class Context:
    api: Api
    operation: Operation
    request: Request
    params: ValidatedRequest
    identity: Identity | None
    prefs: Preferences
    responder: Responder

    def respond(
        self,
        status: int | None = None,
        body: Any = UNSET,
        headers: dict[str, str] | None = None,
        media_type: str | None = None,
    ) -> MockResponse:
        """An answer for `status` that conforms to the spec (body from examples/schema unless given;
        `media_type` when the caller negotiated it already)."""
        return self.responder.respond(
            self.operation,
            self.request,
            self.prefs,
            status=status,
            body=body,
            headers=headers,
            media_type=media_type,
        )


class Behaviour(Protocol):
    def __call__(self, ctx: Context) -> MockResponse | None: ...


class StaticBehaviour:
    """Answer every request with the documented success response (examples first, then schema)."""

    def __call__(self, ctx: Context) -> MockResponse | None:
        return ctx.respond()
