"""Every operation of every SDK, sync and async, against a real mock over a socket.

The cases are derived from the specs: each operation is called through its generated module with
arguments built from the spec's examples (or schema samples), and the answer must parse into the
typed result the spec promises. The mock runs with --static, so every operation answers from the
spec alone and the domain engines' rules (tested on their own) do not need setting up first.
With `--target prism` the same calls go to Stoplight Prism, one process per spec (conftest.py's
`static_target` fixture).

Datum's typed SDK is generated from its spec merged with the project control plane's group-version
documents (`generator/sdkspec.py`; the telemetry document is left to the dynamic client, so not
here). Each such operation is called the same way, against the document served on its own by the
same static mock process (under /<file stem>, where it answers at the SDK's paths
`/apis/<group>/<version>/...` and `/api/v1/...`), with examples drawn from that document. Their list
operations document a watch stream (`application/x-ndjson`) beside the JSON list; the `watch`
parameter is optional and not sent, so each answers its JSON list, as every other list here. With
`--target prism` these cases are skipped (see `test_round_trip`).
"""

from __future__ import annotations

import asyncio
import base64
import copy
import enum
import functools
import importlib
import inspect
import io
import json
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs
import pytest
from conftest import selected_apis, static_sources
from openapi_python_client.strings import snake_case

import specs
from mockserver import DEFAULT_TOKEN
from mockserver.compiler import compile_api
from mockserver.sampling import Sampler

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class SdkCase:
    api: str
    operation_id: str
    module: str
    operation: dict[str, Any]
    parameters: list[dict[str, Any]]
    # What serves it: the API's name, or the path of a project control plane document (Datum).
    source: str

    def __str__(self) -> str:
        return f"{self.api}.{self.operation_id}"


def _cases() -> Iterator[SdkCase]:
    for api in specs.api_names():
        for source in static_sources([api]):
            yield from _document_cases(api, source)


def _document_cases(api: str, source: str) -> Iterator[SdkCase]:
    """The operations of one document (`source`) in the SDK of `api`, each with its generated module
    (`<api>_client.api.<first tag>.<operationId>`, snake case, as the generator names them)."""
    document = specs.load(source)
    resolve = specs.Refs(document)
    for item in document.get("paths", {}).values():
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            tag = (operation.get("tags") or ["default"])[0]
            parameters = [resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
            module = f"{api}_client.api.{snake_case(tag)}.{snake_case(operation['operationId'])}"
            yield SdkCase(api, operation["operationId"], module, operation, parameters, source)


CASES = list(_cases())


@functools.cache
def _builder(api: str, source: str) -> _Builder:
    return _Builder(api, source)


class _Builder:
    """Turns spec examples into the typed arguments a generated function expects."""

    def __init__(self, api: str, source: str) -> None:
        self.document = specs.load(source)
        self.sampler: Sampler = compile_api(specs.resolve(source)[0], self.document).sampler
        self.types = importlib.import_module(f"{api}_client.types")

    def example(self, holder: dict[str, Any]) -> Any:
        if "example" in holder:
            return holder["example"]
        for example in (holder.get("examples") or {}).values():
            resolved = specs.Refs(self.document)(example)
            if isinstance(resolved, dict) and "value" in resolved:
                return resolved["value"]
        return self.sampler.sample(holder.get("schema", {}))

    def uses_basic_auth(self, operation: dict[str, Any]) -> bool:
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        requirements = operation.get("security", self.document.get("security", []))
        return any(
            specs.Refs(self.document)(schemes[name]).get("scheme", "").lower() == "basic"
            for requirement in requirements
            for name in requirement
        )

    def body(self, operation: dict[str, Any]) -> Any:
        body = specs.Refs(self.document)(operation["requestBody"])
        media_type, media = next(iter(body["content"].items()))
        value = self.example(media)
        if media_type == "multipart/form-data":
            schema = specs.Refs(self.document)(media.get("schema", {}))
            for name, prop in schema.get("properties", {}).items():
                if specs.Refs(self.document)(prop).get("format") == "binary":
                    value = {**value, name: b"example file content\n"}
        return value

    def convert(self, value: Any, annotation: Any) -> Any:
        origin = get_origin(annotation)
        if origin in (Union, types.UnionType):
            members = [a for a in get_args(annotation) if a not in (type(None), self.types.Unset)]
            errors = []
            for member in members:
                try:
                    return self.convert(value, member)
                except (TypeError, ValueError, KeyError, AttributeError) as exc:
                    errors.append(exc)
            raise TypeError(f"{value!r} fits none of {members}: {errors}")
        if annotation is self.types.File:
            payload = value if isinstance(value, bytes) else str(value).encode()
            return self.types.File(
                payload=io.BytesIO(payload), file_name="example.txt", mime_type="text/plain"
            )
        if origin is list:
            (item_type,) = get_args(annotation) or (Any,)
            return [self.convert(item, item_type) for item in value]
        if inspect.isclass(annotation) and hasattr(annotation, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"{annotation.__name__} needs an object, got {value!r}")
            return annotation.from_dict(value)
        if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
            return annotation(value)
        if annotation is datetime:
            return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if annotation is date:
            return date.fromisoformat(str(value))
        if annotation in (int, float, str, bool) and not isinstance(value, annotation):
            raise TypeError(f"{value!r} is not {annotation.__name__}")
        return value

    def arguments(self, case: SdkCase, function: Any) -> dict[str, Any]:
        hints = get_type_hints(function)
        by_python_name = {snake_case(p["name"]): p for p in case.parameters}
        # Python keywords and builtins get a trailing underscore (`type` -> `type_`).
        by_python_name.update({f"{snake_case(p['name'])}_": p for p in case.parameters})
        # The generator suffixes a name the operation uses in two locations (`id_path`, `id_query`).
        by_python_name.update({f"{snake_case(p['name'])}_{p['in']}": p for p in case.parameters})
        arguments: dict[str, Any] = {}
        for name, parameter in inspect.signature(function).parameters.items():
            if name in ("client", "retries"):  # the client, and the runtime's per-call option
                continue
            if name == "body":
                request_body = specs.Refs(self.document)(case.operation.get("requestBody", {}))
                if parameter.default is inspect.Parameter.empty or request_body.get("required"):
                    arguments[name] = self.convert(self.body(case.operation), hints[name])
                continue
            spec_parameter = by_python_name.get(name)
            if spec_parameter is None:
                raise AssertionError(f"{case}: SDK argument {name!r} matches no spec parameter")
            if parameter.default is not inspect.Parameter.empty and not spec_parameter.get("required"):
                continue
            arguments[name] = self.convert(self.example(spec_parameter), hints[name])
        return arguments


def _success_schema(case: SdkCase, document: dict[str, Any]) -> tuple[int, Any]:
    statuses = sorted(int(s) for s in case.operation["responses"] if s.isdigit() and 200 <= int(s) < 300)
    response = specs.Refs(document)(case.operation["responses"][str(statuses[0])])
    content = response.get("content") or {}
    if not content:
        return statuses[0], None
    return statuses[0], next(iter(content.values())).get("schema")


def _assert_typed(case: SdkCase, parsed: Any, schema: Any, document: dict[str, Any]) -> None:
    if schema is None:
        assert parsed is None, f"{case}: no body is documented, yet the SDK parsed {parsed!r}"
        return
    assert parsed is not None, f"{case}: the SDK did not parse the documented body"
    if isinstance(schema, dict) and "$ref" in schema:
        resolved = specs.Refs(document)(schema)
        if resolved.get("type") == "object" or "properties" in resolved or "allOf" in resolved:
            expected = snake_case(schema["$ref"].rsplit("/", 1)[-1])
            assert attrs.has(type(parsed)), f"{case}: expected a model, got {type(parsed).__name__}"
            assert type(parsed).__module__.rsplit(".", 1)[-1] == expected, (
                f"{case}: parsed into {type(parsed).__name__}, the spec promises {expected}"
            )
            assert isinstance(parsed.to_dict(), dict)
            return
        schema = resolved
    kind = schema.get("type") if isinstance(schema, dict) else None
    if kind == "array":
        assert isinstance(parsed, list), f"{case}: expected a list, got {type(parsed).__name__}"
    elif kind == "string":
        assert isinstance(parsed, str | enum.Enum), f"{case}: expected a string, got {type(parsed).__name__}"
    elif kind == "object":
        assert isinstance(parsed, dict) or attrs.has(type(parsed)), (
            f"{case}: expected an object, got {parsed!r}"
        )


def _assert_parses_alike(case: SdkCase, parsed: Any, content: bytes) -> None:
    """The operations' parse path (`_from_json`, which takes the decoded body over) and the public
    `from_dict` give equal models, and `from_dict` leaves its input as it was."""
    if attrs.has(type(parsed)):
        pairs = [(parsed, json.loads(content))]
    elif isinstance(parsed, list) and parsed and attrs.has(type(parsed[0])):
        pairs = list(zip(parsed, json.loads(content), strict=True))
    else:
        return
    for model, body in pairs:
        before = copy.deepcopy(body)
        assert type(model).from_dict(body) == model, f"{case}: from_dict and the parse path disagree"
        assert body == before, f"{case}: from_dict changed its input"


_CLIENTS = {"omnistrate": "Omnistrate", "pds": "PDS", "datum": "Datum", "datahub": "DataHub"}
_BASIC = ("user@example.com", "password")


class _Clients:
    """The clients of one API, made once for the module: building an httpx client (its TLS context)
    costs more than a round trip. Both layers, sync and async; async calls run on one event loop."""

    def __init__(self, api: str, base_url: str, runner: asyncio.Runner) -> None:
        package = importlib.import_module(f"{api}_client")
        self.runner = runner
        # HTTP basic operations (sign-in) take credentials, every other secured one the bearer token.
        self.functional = package.AuthenticatedClient(base_url=base_url, token=DEFAULT_TOKEN)
        self.functional_basic = package.Client(base_url=base_url, httpx_args={"auth": _BASIC})
        self.namespaced = getattr(package, _CLIENTS[api])(base_url=base_url, token=DEFAULT_TOKEN)
        self.async_namespaced = getattr(package, "Async" + _CLIENTS[api])(
            base_url=base_url, token=DEFAULT_TOKEN
        )

    def close(self) -> None:
        for client in (self.functional, self.functional_basic):
            client.__exit__(None, None, None)
            self.runner.run(client.__aexit__(None, None, None))
        self.namespaced.close()
        self.runner.run(self.async_namespaced.aclose())


@pytest.fixture(scope="module")
def round_trip_clients(
    static_target: Callable[[str], str],
) -> Iterator[Callable[[str, str], _Clients]]:
    """The clients of an API pointed at one source (its spec, or a project control plane document)."""
    made: dict[str, _Clients] = {}
    with asyncio.Runner() as runner:

        def clients_of(api: str, source: str) -> _Clients:
            if source not in made:
                made[source] = _Clients(api, static_target(source), runner)
            return made[source]

        try:
            yield clients_of
        finally:
            for clients in made.values():
                clients.close()


def _namespaced_method(client: Any, case: SdkCase) -> Any:
    from generator import names

    name = names.load_table(case.api)[case.operation_id]
    target = client
    for part in name.resource:
        target = getattr(target, part)
    return getattr(target, name.method)


def _page_result(parsed: Any) -> Any:
    """A list method's page stands for the operation's result (`.result`); anything else for itself."""
    result = getattr(parsed, "result", None) if hasattr(parsed, "has_next_page") else None
    return result if result is not None else parsed


@pytest.mark.parametrize("case", CASES, ids=str)
def test_round_trip(case: SdkCase, request: pytest.FixtureRequest) -> None:
    """One operation through both layers, sync and async: the functional layer (`sync_detailed`,
    `asyncio_detailed`) and the namespaced client (`client.<resource>.<method>(...)` with
    `with_raw_response` to see the status, `.parse()` for the typed value). The namespaced calls go
    to our mock only: the client layer adds no wire behaviour that Prism could judge beyond these."""
    if case.api not in selected_apis(request.config):
        pytest.skip(f"{case.api} not selected (--api)")
    namespaced = request.config.getoption("--target") != "prism"
    if not namespaced and case.source != case.api:
        # Not yet run against Prism: whether it serves these documents (their server base path, the
        # apply-patch YAML bodies) has not been checked; our mock serves them as a control plane does.
        pytest.skip(f"{case}: project control plane documents round-trip against the mock only")
    clients: _Clients = request.getfixturevalue("round_trip_clients")(case.api, case.source)
    module = importlib.import_module(case.module)
    builder = _builder(case.api, case.source)
    status, schema = _success_schema(case, builder.document)
    arguments = builder.arguments(case, module.sync_detailed)
    basic = builder.uses_basic_auth(case.operation)
    functional = clients.functional_basic if basic else clients.functional
    namespaced_arguments = dict(arguments)
    if basic:
        header = "Basic " + base64.b64encode(":".join(_BASIC).encode()).decode()
        namespaced_arguments["extra_headers"] = {"Authorization": header}

    response = module.sync_detailed(client=functional, **arguments)
    assert response.status_code == status, f"{case} (sync): {response.status_code} {response.content[:300]!r}"
    _assert_typed(case, response.parsed, schema, builder.document)
    _assert_parses_alike(case, response.parsed, response.content)
    if namespaced:
        raw = _namespaced_method(clients.namespaced.with_raw_response, case)(**namespaced_arguments)
        assert raw.status_code == status, f"{case} (namespaced): {raw.status_code} {raw.content[:300]!r}"
        _assert_typed(case, _page_result(raw.parse()), schema, builder.document)

    async def call_async() -> tuple[Any, Any]:
        answer = await module.asyncio_detailed(client=functional, **arguments)
        if not namespaced:
            return answer, None
        method = _namespaced_method(clients.async_namespaced.with_raw_response, case)
        return answer, await method(**namespaced_arguments)

    async_response, async_raw = clients.runner.run(call_async())
    assert async_response.status_code == status, f"{case} (async): {async_response.status_code}"
    _assert_typed(case, async_response.parsed, schema, builder.document)
    if namespaced:
        assert async_raw.status_code == status, f"{case} (namespaced, async): {async_raw.status_code}"
        _assert_typed(case, _page_result(async_raw.parse()), schema, builder.document)
