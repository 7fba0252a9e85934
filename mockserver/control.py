"""The control API under /__mock/: health, reset, seed, journal, and the specs being served."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import parse_qsl

import orjson

import specs

from .compiled import Api
from .errors import MockError
from .journal import Journal
from .responses import MockResponse, problem

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
    def __init__(self, handlers: Sequence[ServedApi], journal: Journal) -> None:
        self.handlers = handlers
        self.journal = journal
        self.started = time.monotonic()

    @property
    def urls(self) -> dict[str, str]:
        return {h.api.name: h.prefix or "/" for h in self.handlers}

    def handle(self, method: str, action: str, query: str, body: bytes) -> MockResponse:
        try:
            return self._route(method, action, query, body)
        except MockError as error:
            return problem(error)

    def _route(self, method: str, action: str, query: str, body: bytes) -> MockResponse:
        if action == "health" and method in ("GET", "HEAD"):
            uptime = round(time.monotonic() - self.started, 3)
            return _json(200, {"status": "ok", "apis": self.urls, "uptime": uptime})
        if action == "reset" and method == "POST":
            self.reset()
            return MockResponse(204)
        if action == "seed" and method == "POST":
            return _json(200, {"seeded": self.seed(load_seed(body))})
        if action == "journal" and method in ("GET", "HEAD"):
            return _json(200, {"entries": self.journal.query(dict(parse_qsl(query)))})
        if action == "journal" and method == "DELETE":
            self.journal.clear()
            return MockResponse(204)
        if action.startswith("specs/") and method == "GET":
            name = action.removeprefix("specs/")
            for handler in self.handlers:
                if handler.api.name == name:
                    return _json(200, handler.api.document)
        raise MockError(404, f"unknown control endpoint {method} {CONTROL_PREFIX}/{action}", "NOT_FOUND")

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
