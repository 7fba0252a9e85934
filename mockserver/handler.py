"""One API served: its compiled spec and its stages, running the per-request pipeline.

route -> security -> validation -> behaviour -> response, each stage raising `MockError` to refuse; a
behaviour decides an `Answer` (status, headers, value) and the response stage (`Responder.answer`)
negotiates, shapes and encodes it. The ASGI edge (`app.py`) hands each request to the handler whose
prefix it falls under.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from .answer import Answer
from .behaviour import Behaviour, Context, StaticBehaviour
from .compiler import Api, Operation, compile_api
from .delegation import Delegation
from .engines import engine_for, engine_needs
from .errors import MockError
from .options import MockOptions
from .request import Request
from .responses import MockResponse, Preferences, Responder, unrouted
from .routing import Resolution, resolve
from .security import Authenticator, TokenAuthenticator, authenticate
from .stateful import StatefulBehaviour
from .store import MemoryStore, Store, StoreUnavailableError, VersionConflictError
from .validation import validate_request

__all__ = ["ApiHandler"]

_ROUTES_MAX = 4096
# An engine whose write lost a race with another process (`VersionConflictError`) has reloaded its
# copy; the request is decided again on the fresh state, this many times at most.
_CONFLICT_RETRIES = 16


@dataclass
class ApiHandler:
    """One API's compiled spec with its stages."""

    api: Api
    prefix: str
    authenticator: Authenticator
    behaviours: list[Behaviour]
    responder: Responder
    options: MockOptions
    reset_hooks: list[Callable[[], None]] = field(default_factory=list)
    unmatched: Callable[[Request], Answer | Request | Delegation | None] | None = None
    # Checks a seed of this API and returns what stores it (None: --static, nothing to seed).
    seeder: Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]] | None = None
    # The engine's `contract`: which document covers a request the spec's routes do not match.
    contract: Callable[[Request], tuple[Api, Request] | None] | None = None
    # The API's revision in a store whose revision is current (`Store.current_revision`), where every
    # answer is the generic behaviour's (no engine): the edge replays answers made at the current one.
    revision: Callable[[], int] | None = None
    # Routing answers by (path, method): clients repeat requests; bounded (emptied when full).
    _routes: dict[tuple[str, str], Resolution[Operation]] = field(default_factory=dict, repr=False)
    # Handlers of the documents engines delegate to (`Delegation`), by API name, built on first use.
    _delegates: dict[str, ApiHandler] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        name: str,
        document: dict[str, Any],
        prefix: str,
        options: MockOptions,
        store: Store | None = None,
        *,
        source: Path | None = None,
    ) -> ApiHandler:
        api = compile_api(name, document, engine_needs(name, document))
        api.source = source
        rng = random.Random(options.seed)
        state = store if store is not None else MemoryStore()
        engine = engine_for(api, options, state)
        authenticator: Authenticator = TokenAuthenticator(options.tokens)
        behaviours: list[Behaviour] = []
        resets: list[Callable[[], None]] = []
        unmatched = None
        seeder: Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]] | None = None
        if engine is None and not options.static:
            # No domain engine: the generic store gives the API its state.
            stateful = StatefulBehaviour(api, state, rng)
            behaviours.append(stateful)
            resets.append(stateful.reset)
            seeder = stateful.seed
        if engine is not None:
            authenticator = engine.authenticator or authenticator
            if not options.static:
                behaviours.extend(engine.behaviours)
                resets.append(engine.reset)
                unmatched = engine.unmatched
                seeder = engine.seed
        behaviours.append(StaticBehaviour())
        return cls(
            api,
            prefix,
            authenticator,
            behaviours,
            Responder(api, rng),
            options,
            resets,
            unmatched,
            seeder,
            contract=engine.contract if engine is not None else None,
            revision=(
                partial(state.revision, api.name)
                if engine is None and not options.static and not options.dynamic and state.current_revision
                else None
            ),
        )

    def handle(self, request: Request) -> MockResponse:
        operation = None
        try:
            key = (request.path, request.method)
            routed = self._routes.get(key)
            if routed is None:
                routed = resolve(self.api.router, request.path, request.method)
                if len(self._routes) >= _ROUTES_MAX:
                    self._routes.clear()
                self._routes[key] = routed
            if routed.unmatched and self.unmatched is not None:
                answer = self.unmatched(request)
                if isinstance(answer, Request):  # the engine rewrote it (e.g. stripped a server base path)
                    response = self.handle(answer)
                    request.operation_id, request.error = answer.operation_id, answer.error
                    return response
                if isinstance(answer, Delegation):  # another document of the engine's serves it
                    response = self._delegate(answer).handle(answer.request)
                    request.operation_id, request.error = answer.request.operation_id, answer.request.error
                    return response
                if answer is not None:  # the engine's own answer, where no operation documents one
                    return unrouted(answer)
            operation = routed.value
            if operation is not None:
                request.operation_id = operation.operation_id
            if routed.status == 204:  # OPTIONS on a path without an OPTIONS operation: what it allows
                return MockResponse(204, headers={"allow": routed.allow})
            if operation is None or routed.match is None:
                raise self.refusal(request, routed)
            identity = authenticate(operation, request, self.authenticator)
            params = validate_request(operation, request, routed.match.params)
            prefs = Preferences.from_request(request, dynamic=self.options.dynamic)
            ctx = Context(self.api, operation, request, params, identity, prefs, self.responder)
            if prefs.forced:  # the caller asked for a documented answer: no behaviour decides it
                response = self.responder.respond(operation, request, prefs)
            else:
                response = self.responder.answer(operation, request, prefs, self._behave(ctx))
            if operation.deprecated:
                response.headers.setdefault("deprecation", "true")
            return response
        except MockError as error:
            request.error = error
            return self.responder.error(operation, error)
        except StoreUnavailableError as exc:  # the shared database is down: the client should retry
            unavailable = MockError(503, str(exc), "SERVICE_UNAVAILABLE", {"retry-after": "1"})
            request.error = unavailable
            return self.responder.error(operation, unavailable)

    def _delegate(self, delegation: Delegation) -> ApiHandler:
        handler = self._delegates.get(delegation.api.name)
        if handler is None or handler.api is not delegation.api:
            api = delegation.api
            behaviours: list[Behaviour] = [*delegation.behaviours, StaticBehaviour()]
            responder = Responder(api, random.Random(self.options.seed))
            handler = ApiHandler(api, "", self.authenticator, behaviours, responder, self.options)
            self._delegates[api.name] = handler
        return handler

    def refusal(self, request: Request, routed: Resolution[Operation]) -> MockError:
        """The mock's own 404 (no path matches) or 405 (the path does, the method not) for `routed`;
        the validating proxy refuses such requests with the same answers."""
        if routed.match is None:
            return MockError(
                404, f"no path of {self.api.title} matches {request.path!r}", "NO_PATH_MATCHED_ERROR"
            )
        return MockError(
            405,
            f"{request.method} is not allowed on {routed.match.template}; allowed: {routed.allow}",
            "NO_METHOD_MATCHED_ERROR",
            {"allow": routed.allow},
        )

    def _behave(self, ctx: Context) -> Answer:
        for _ in range(_CONFLICT_RETRIES):
            try:
                for behaviour in self.behaviours:
                    answer = behaviour(ctx)
                    if answer is not None:
                        return answer
            except VersionConflictError:
                continue  # another process wrote first; nothing of this attempt was stored
            raise MockError(500, "no behaviour answered", "NO_RESPONSE_DEFINED")  # StaticBehaviour answers
        raise MockError(
            503, "the shared state is too busy: retry", "SERVICE_UNAVAILABLE", {"retry-after": "1"}
        )

    def reset(self) -> None:
        for hook in self.reset_hooks:
            hook()
