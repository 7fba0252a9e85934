"""A fast mock server driven by OpenAPI specs: validation, Prism-compatible errors, domain engines."""

from typing import TYPE_CHECKING, Any

from .app import ApiHandler, MockApp, MockOptions, create_app
from .behaviour import Behaviour, Context, StaticBehaviour
from .errors import MockError, SpecError, ValidationIssue
from .responses import MockResponse, Preferences
from .security import DEFAULT_TOKEN, Identity

if TYPE_CHECKING:
    from .tokens import make_token, read_token


def __getattr__(name: str) -> Any:
    """`make_token` and `read_token` load PyJWT on first use: serving needs neither."""
    if name in ("make_token", "read_token"):
        from . import tokens  # noqa: PLC0415

        return getattr(tokens, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_TOKEN",
    "ApiHandler",
    "Behaviour",
    "Context",
    "Identity",
    "MockApp",
    "MockError",
    "MockOptions",
    "MockResponse",
    "Preferences",
    "SpecError",
    "StaticBehaviour",
    "ValidationIssue",
    "create_app",
    "make_token",
    "read_token",
]
