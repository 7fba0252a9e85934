"""The control API under /__mock/: health, reset, seed, journal, the specs being served, and the
inspector page (`ui`) with its login; guarded by `guard.ControlGuard`."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import parse_qsl

import orjson

import specs

from . import inspector
from .compiled import Api
from .errors import MockError
from .guard import ControlGuard
from .journal import Journal, redact_value
from .responses import MockResponse, problem
from .security import DEFAULT_TOKEN
from .store import Store, StoreUnavailableError
from .tombstones import RESERVED, TOMBSTONE

__all__ = ["CONTROL_PREFIX", "ControlApi", "ServedApi", "load_seed"]

CONTROL_PREFIX = "/__mock"


def _json(status: int, value: Any) -> MockResponse:
    return MockResponse(status, orjson.dumps(value), "application/json")


def load_seed(raw: bytes) -> dict[str, Any]:
    """A seed document from JSON or YAML text: `{api: {resource or collection path: [records]}}`."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        import yaml  # noqa: PLC0415 - only YAML seeds need it

        try:
            data = yaml.load(raw, Loader=specs.yaml_loader())
        except yaml.YAMLError as exc:
            raise MockError(400, f"the seed is neither JSON nor YAML: {exc}", "INVALID_BODY") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise MockError(400, "a seed maps API names to {resource: [records]} mappings", "INVALID_BODY")
    return data


class ServedApi(Protocol):
    """What the control API needs of each API served (`app.ApiHandler` is one)."""

    @property
    def api(self) -> Api: ...

    @property
    def prefix(self) -> str: ...

    @property
    def seeder(self) -> Callable[[Mapping[str, Any]], Callable[[], dict[str, list[str]]]] | None: ...

    def reset(self) -> None: ...


class ControlApi:
    def __init__(
        self,
        handlers: Sequence[ServedApi],
        journal: Journal,
        admin_tokens: Sequence[str] = (DEFAULT_TOKEN,),
        store: Store | None = None,
        store_kind: str = "memory",
    ) -> None:
        self.handlers = handlers
        self.journal = journal
        self.guard = ControlGuard(admin_tokens)
        self.store = store
        # What health reports: "memory", "sqlite", "postgresql" or "off" (--static).
        self.store_kind = store_kind
        self.started = time.monotonic()

    @property
    def urls(self) -> dict[str, str]:
        return {h.api.name: h.prefix or "/" for h in self.handlers}

    def handle_request(
        self, method: str, action: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> MockResponse:
        """A request from outside: `health` is open; every other endpoint checks the guard first."""
        try:
            if action == "health" and method in ("GET", "HEAD") and not self.guard.authenticated(headers):
                return self._health({})  # liveness and readiness only
            self.guard.check_origin(method, headers)
            if action == "login" and method == "POST":
                return self._login(body)
            if not self.guard.authenticated(headers):
                if action == "ui" and method in ("GET", "HEAD"):
                    return inspector.login_page(401)
                self.guard.require(headers)
            if action == "logout" and method == "POST":
                return MockResponse(
                    303, headers={"location": "ui", "set-cookie": self.guard.ended_session_cookie()}
                )
            if action == "ui" and method in ("GET", "HEAD"):
                return inspector.page()
            asset = inspector.asset(action) if method in ("GET", "HEAD") else None
            if asset is not None:
                return asset
            return self._route(method, action, query, body)
        except MockError as error:
            return problem(error)
        except StoreUnavailableError as exc:
            return problem(MockError(503, str(exc), "SERVICE_UNAVAILABLE", {"retry-after": "1"}))

    def _health(self, details: dict[str, Any]) -> MockResponse:
        """200 while the store answers; 503 naming the problem while it does not (its database is down)."""
        try:
            if self.store is not None:
                self.store.health()
        except StoreUnavailableError as exc:
            return _json(503, {"status": "unavailable", "store": self.store_kind, "problem": str(exc)})
        return _json(200, {"status": "ok", "store": self.store_kind, **details})

    def _login(self, body: bytes) -> MockResponse:
        """The login form's POST: a valid admin token starts a session (a cookie) and goes to the page."""
        token = dict(parse_qsl(body.decode("utf-8", "replace"))).get("token", "").strip()
        if not token or not self.guard.token_valid(token):
            return inspector.login_page(401, failed=True)
        return MockResponse(303, headers={"location": "ui", "set-cookie": self.guard.session_cookie(token)})

    def handle(self, method: str, action: str, query: str, body: bytes) -> MockResponse:
        """Run a control action without the guard (in-process callers: `create_app`'s seed)."""
        try:
            return self._route(method, action, query, body)
        except MockError as error:
            return problem(error)
        except StoreUnavailableError as exc:
            return problem(MockError(503, str(exc), "SERVICE_UNAVAILABLE", {"retry-after": "1"}))

    def _route(self, method: str, action: str, query: str, body: bytes) -> MockResponse:
        if action == "health" and method in ("GET", "HEAD"):
            uptime = round(time.monotonic() - self.started, 3)
            return self._health({"apis": self.urls, "uptime": uptime})
        if action == "reset" and method == "POST":
            self.reset()
            return MockResponse(204)
        if action == "seed" and method == "POST":
            return _json(200, {"seeded": self.seed(load_seed(body))})
        if action == "journal" and method in ("GET", "HEAD"):
            return _json(200, {"entries": self.journal.query(dict(parse_qsl(query)))})
        if action.startswith("journal/") and method in ("GET", "HEAD"):
            entry = self.journal.entry(action.removeprefix("journal/"))
            if entry is None:
                raise MockError(404, f"no journal entry {action.removeprefix('journal/')!r}", "NOT_FOUND")
            return _json(200, entry)
        if action == "journal" and method == "DELETE":
            self.journal.clear()
            return MockResponse(204)
        if action == "state" and method in ("GET", "HEAD"):
            return _json(200, self.state(dict(parse_qsl(query))))
        if action == "specs" and method in ("GET", "HEAD"):
            return _json(200, {"apis": self.operations()})
        if action.startswith("specs/") and method == "GET":
            name = action.removeprefix("specs/")
            for handler in self.handlers:
                if handler.api.name == name:
                    return _json(200, handler.api.document)
        raise MockError(404, f"unknown control endpoint {method} {CONTROL_PREFIX}/{action}", "NOT_FOUND")

    def state(self, filters: Mapping[str, str]) -> dict[str, Any]:
        """What the store holds, per API and resource: counts and the first `limit` records (redacted)."""
        limit = int(filters["limit"]) if filters.get("limit", "").isdigit() else 100
        apis: dict[str, Any] = {}
        for handler in self.handlers:
            name = handler.api.name
            resources: dict[str, Any] = {}
            store = self.store
            names = store.resources(name) if store is not None else ()
            for resource in names:
                assert store is not None
                if resource in RESERVED:  # the mock's bookkeeping (deleted paths), not the API's records
                    continue
                records = [r for r in store.list(name, resource) if TOMBSTONE not in r.body]
                resources[resource] = {
                    "count": len(records),
                    "records": [
                        {"id": r.id, "parent": r.parent, "body": redact_value(r.body)}
                        for r in records[:limit]
                    ],
                }
            apis[name] = {"prefix": handler.prefix or "/", "resources": resources}
        return {"store": self.store_kind, "apis": apis}

    def operations(self) -> list[dict[str, Any]]:
        """Every API served with its operations and how often each was answered, by status."""
        return [
            {
                "name": handler.api.name,
                "title": handler.api.title,
                "prefix": handler.prefix or "/",
                "operations": [
                    {
                        "operation_id": op.operation_id,
                        "method": op.method,
                        "path": op.path,
                        "deprecated": op.deprecated,
                        "calls": {
                            str(status): count
                            for status, count in sorted(
                                self.journal.calls(handler.api.name, op.operation_id).items()
                            )
                        },
                    }
                    for op in handler.api.operations.values()
                ],
            }
            for handler in self.handlers
        ]

    def reset(self) -> None:
        for handler in self.handlers:
            handler.reset()
        self.journal.clear()

    def seed(self, document: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
        """Store every record of `document`; answers the ids, by API and resource."""
        by_name = {h.api.name: h for h in self.handlers}
        unknown = sorted(set(document) - set(by_name))
        if unknown:
            raise MockError(
                400,
                f"no API named {', '.join(unknown)} is served (served: {', '.join(by_name)})",
                "INVALID_BODY",
            )
        commits = []
        for name, collections in document.items():  # check everything before storing anything
            seeder = by_name[name].seeder
            if seeder is None:
                raise MockError(409, f"{name} cannot be seeded: --static is on", "INVALID_BODY")
            commits.append((name, seeder(collections)))
        return {name: commit() for name, commit in commits}
