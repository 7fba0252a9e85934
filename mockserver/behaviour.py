"""The behaviour stage: what a valid, authenticated request does.

A behaviour looks at the request context and either decides an `Answer` (status, headers, value) or
passes (returns None) to the next one; the response stage turns the answer into bytes. The static
behaviour is always last; stateful stores and domain engines go in front of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .answer import Answer
from .compiled import Api, Operation
from .request import Request
from .responses import Preferences, Responder
from .security import Identity
from .validation import ValidatedRequest

__all__ = ["Answer", "Behaviour", "Context", "StaticBehaviour"]


@dataclass(slots=True)
class Context:
    api: Api
    operation: Operation
    request: Request
    params: ValidatedRequest
    identity: Identity | None
    prefs: Preferences
    responder: Responder


class Behaviour(Protocol):
    def __call__(self, ctx: Context) -> Answer | None: ...


class StaticBehaviour:
    """Answer every request with the documented success response (examples first, then schema)."""

    def __call__(self, ctx: Context) -> Answer | None:
        return _DOCUMENTED


_DOCUMENTED = Answer()  # the documented success answer; never changed, so shared
