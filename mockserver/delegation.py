"""An engine's answer to a request no operation of its spec matches: serve it with another compiled
document (one the engine serves beside its own, such as a Datum project control plane's group
documents, compiled when first needed) through the same pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass

from .behaviour import Behaviour
from .compiled import Api
from .request import Request

__all__ = ["Delegation"]


@dataclass(frozen=True)
class Delegation:
    api: Api
    behaviours: tuple[Behaviour, ...]  # ahead of the static responder, as for any served API
    request: Request
