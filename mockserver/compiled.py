"""The compiled API: what `compiler.compile_api` makes of a spec, read-only once made.

Operations, parameters, bodies and responses are frozen values; engines state what they need of them
as data (`BodyNeeds`) before compilation instead of changing them afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .routing import Router
from .sampling import Sampler
from .schema_validators import SchemaValidator

__all__ = [
    "BASIC_USERS",
    "Api",
    "BodyMedia",
    "BodyNeeds",
    "Operation",
    "Parameter",
    "ResponseMedia",
    "ResponseSpec",
    "SecurityScheme",
]


# What a basic scheme's `x-mock: {user: ...}` asks of the user name (the mock keeps no user database,
# so without it any user signs in): an address, as Omnistrate's sign-ins take.
BASIC_USERS = {"email": re.compile(r"[^@\s:]+@[^@\s:]+\.[^@\s:.]+")}


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str  # "http" | "apiKey" | "oauth2" | "openIdConnect" | "mutualTLS"
    scheme: str = ""  # for http: "bearer", "basic", ...
    location: str = "header"  # for apiKey
    key: str = "authorization"  # header, query or cookie name (headers lower-case)
    user: str = ""  # for basic: what the user name must be (`x-mock: {user: email}`), else any

    @property
    def challenge(self) -> str:
        """The `WWW-Authenticate` challenge for a 401."""
        if self.kind == "http":
            return "Basic" if self.scheme == "basic" else self.scheme.capitalize() or "Bearer"
        return "Bearer" if self.kind in ("oauth2", "openIdConnect") else f'ApiKey name="{self.key}"'


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool
    schema: dict[str, Any]
    validator: SchemaValidator | None
    style: str
    explode: bool
    types: tuple[str, ...]  # JSON types the wire string may be read as, in order of preference
    item_types: tuple[str, ...]
    example: Any = None  # the parameter's `example`, else its schema's (what planners learn ids from)


@dataclass(frozen=True)
class BodyNeeds:
    """What a domain engine asks of one operation's request body, declared as data before compilation
    (the compiled API is read-only afterwards).

    `checked=False`: the validation stage parses the body but leaves checking it to the engine (Datum
    answers 422 with one cause per field where the generic stage would answer 400); the spec's
    validator stays on the body media for the engine to use. `replace`: JSON pointers into the body
    schema and the schema to validate with there instead (Data HUB accepts any string as a scope at
    the validation stage and checks scopes itself, after its 404 and 403 checks).
    """

    checked: bool = True
    replace: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BodyMedia:
    media_type: str
    schema: dict[str, Any] | None
    validator: SchemaValidator | None
    property_types: dict[str, tuple[str, ...]]  # for form bodies: how to read each field
    checked: bool = True  # False: the engine checks the body itself (see `BodyNeeds`)


@dataclass(frozen=True)
class ResponseMedia:
    media_type: str
    schema: dict[str, Any] | None
    validator: SchemaValidator | None
    examples: dict[str, Any]  # named examples; "" is the unnamed `example`


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX" or "default"
    media: dict[str, ResponseMedia]
    headers: dict[str, dict[str, Any]]  # name -> resolved Header object
    media_types: tuple[str, ...] = field(init=False)  # the keys of `media`, as negotiation takes them

    def __post_init__(self) -> None:
        object.__setattr__(self, "media_types", tuple(self.media))


@dataclass(frozen=True)
class Operation:
    api: str
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: dict[str, BodyMedia]
    body_required: bool
    responses: dict[str, ResponseSpec]
    security: tuple[tuple[SecurityScheme, ...], ...]  # alternatives, each a set that must all hold
    deprecated: bool
    hints: dict[str, Any]  # the operation's `x-mock` extension
    raw: dict[str, Any] = field(repr=False)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def __post_init__(self) -> None:
        # Answers per status, looked up on every request: computed once (the operation is read-only;
        # `_by_status` only memoizes `response`).
        success = tuple(sorted(int(s) for s in self.responses if s.isdigit() and 200 <= int(s) < 300))
        object.__setattr__(self, "_by_status", {})
        object.__setattr__(self, "_success", success)
        # The answer when none is asked for.
        object.__setattr__(self, "default_status", success[0] if success else 200)

    _by_status: dict[int, ResponseSpec | None] = field(init=False, repr=False, compare=False)
    _success: tuple[int, ...] = field(init=False, repr=False, compare=False)
    default_status: int = field(init=False, compare=False)

    def response(self, status: int) -> ResponseSpec | None:
        """The response documented for `status`: exact code, then `4XX`, then `default`."""
        try:
            return self._by_status[status]
        except KeyError:
            pass
        found = (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )
        if len(self._by_status) < 64:  # statuses a client can ask for with Prefer are bounded too
            self._by_status[status] = found
        return found

    def success_statuses(self) -> list[int]:
        return list(self._success)


@dataclass
class Api:
    name: str
    document: dict[str, Any] = field(repr=False)
    operations: dict[str, Operation]  # by operationId (or "METHOD path" where none is given)
    router: Router[dict[str, Operation]] = field(repr=False)
    sampler: Sampler = field(repr=False)
    # The file the document was read from, when it was: engines find documents served beside it there.
    source: Path | None = None

    @property
    def title(self) -> str:
        return str(self.document.get("info", {}).get("title", self.name))
