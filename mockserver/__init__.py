"""A fast mock server driven by OpenAPI specs: validation, Prism-compatible errors, domain engines."""

from .app import ApiHandler, MockApp, MockOptions, create_app
from .behaviour import Behaviour, Context, StaticBehaviour
from .errors import MockError, SpecError, ValidationIssue
from .responses import MockResponse, Preferences
from .security import DEFAULT_TOKEN, Identity
from .tokens import make_token, read_token

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
