"""The validating proxy's check of a request: which API and operation it is for, and what of the
contract it breaks, with the very stages `mockserver serve` uses (routing, security presence,
parameters and body). A request the spec's own routes miss may be covered by another document of the
API's engine (a Datum project control plane's group documents): it is checked against that one."""

from __future__ import annotations

import random
from collections.abc import MutableMapping, Sequence
from typing import Any

from .compiled import Api, Operation
from .compiler import SecurityScheme
from .errors import MockError, ValidationIssue
from .handler import ApiHandler
from .proxy_http import request_issues
from .request import Request
from .responses import MockResponse, Responder, problem
from .routing import resolve
from .security import Identity, authenticate
from .validation import validate_request

__all__ = ["RequestChecker"]

Scope = MutableMapping[str, Any]


class _AnyCredential:
    """The proxy checks that credentials are there, not what they are worth: that is the upstream's."""

    def authenticate(self, scheme: SecurityScheme, credential: str) -> Identity | None:
        return Identity(subject=scheme.name)  # asked only when a credential of the scheme was sent


_ANY_CREDENTIAL = _AnyCredential()


class RequestChecker:
    """Checks requests against the mounted APIs (longest prefix first)."""

    def __init__(self, handlers: Sequence[ApiHandler]) -> None:
        self.handlers = handlers
        self._delegates: dict[str, ApiHandler] = {}

    def check(
        self, scope: Scope, method: str, path: str, body: bytes
    ) -> tuple[str | None, Operation | None, MockResponse | None, list[ValidationIssue]]:
        """(api, operation, the mock's own answer when the request breaks the contract, violations)."""
        for handler in self.handlers:
            prefix = handler.prefix
            if prefix and not (path == prefix or path.startswith(prefix + "/")):
                continue
            request = Request.from_scope(scope, path[len(prefix) :] or "/", body)
            checker, routed = handler, resolve(handler.api.router, request.path, method)
            if routed.unmatched and handler.contract is not None:
                covered = handler.contract(request)
                if covered is not None:
                    api, request = covered
                    checker, routed = self._delegate(handler, api), resolve(api.router, request.path, method)
            operation = routed.value
            if routed.status == 204:  # OPTIONS without an operation (CORS preflight): the upstream's
                return handler.api.name, None, None, []
            try:
                if operation is None or routed.match is None:
                    raise checker.refusal(request, routed)  # the mock's own 404/405
                authenticate(operation, request, _ANY_CREDENTIAL)
                validate_request(operation, request, routed.match.params)
            except MockError as error:
                answer = checker.responder.error(operation, error)
                return handler.api.name, operation, answer, request_issues(error)
            return handler.api.name, operation, None, []
        mounts = ", ".join(h.prefix or "/" for h in self.handlers)
        unmounted = MockError(
            404, f"no API is mounted at {path!r} (mounted: {mounts})", "NO_PATH_MATCHED_ERROR"
        )
        return None, None, problem(unmounted), request_issues(unmounted)

    def _delegate(self, handler: ApiHandler, api: Api) -> ApiHandler:
        """A handler of `api` (a document `handler`'s engine serves beside its spec), made once."""
        delegate = self._delegates.get(api.name)
        if delegate is None or delegate.api is not api:
            responder = Responder(api, random.Random())
            delegate = ApiHandler(api, "", handler.authenticator, [], responder, handler.options)
            self._delegates[api.name] = delegate
        return delegate
