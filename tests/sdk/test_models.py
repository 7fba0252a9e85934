"""Every model of every SDK: arbitrary JSON parses or raises `ValidationError` (never a bare KeyError,
TypeError, AttributeError or ValueError), documented examples round-trip through JSON, and an answer
that drifted from its spec raises `ResponseValidationError` naming the JSON path of the misfit.
"""

from __future__ import annotations

import importlib
import io
import json
from typing import TYPE_CHECKING, Any, cast

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from omnistrate_client import AuthenticatedClient, ResponseValidationError
from omnistrate_client.api.service_api import describe_service, list_service
from omnistrate_client.models import ListServiceResult, Service
from openapi_python_client.strings import snake_case

import specs

if TYPE_CHECKING:
    from omnistrate_client.models.service import ServiceDict

from .sdk_support import OMNISTRATE, SERVICE_PATH, service

APIS = ("datahub", "datum", "omnistrate", "pds")


def _models(api: str) -> list[type[Any]]:
    models = importlib.import_module(f"{api}_client.models")
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if isinstance(cls, type) and hasattr(cls, "from_dict")]


def _strategies() -> dict[type[Any], st.SearchStrategy[Any]]:
    return {cls: _objects(cls) for models in MODELS.values() for cls in models}


MODELS = {api: _models(api) for api in APIS}

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=4)
    | st.sampled_from(["2024-01-02T03:04:05Z", "2024-01-02", "00000000-0000-0000-0000-000000000000"])
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


def _objects(cls: type[Any]) -> st.SearchStrategy[Any]:
    """Objects made of the model's own keys (so checks past the first field run) plus strangers."""
    module = importlib.import_module(cls.__module__)
    keys = [*sorted(module._FIELDS), "unknownExtra"]
    return st.dictionaries(st.sampled_from(keys), JSON, max_size=len(keys)) | JSON


def _check(api: str, cls: type[Any], value: Any) -> None:
    errors = importlib.import_module(f"{api}_client.errors")
    try:
        model = cls.from_dict(value)
    except errors.ValidationError as exc:
        path = exc.path
        with pytest.raises(errors.ValidationError):
            cls.from_json(json.dumps(value))
        assert path.startswith("$")
        return
    assert isinstance(model.to_dict(), dict)
    same = _plain(cls.from_json(json.dumps(value)).to_dict()) == _plain(model.to_dict())
    assert same, "the operations' parse path and from_dict agree"
    assert _plain(cls.from_json(model.to_json()).to_dict()) == _plain(model.to_dict())
    repr(model)


def _plain(value: Any) -> Any:
    """`to_dict()` output with binary `File` parts as their bytes (two `File`s never compare equal:
    each holds its own stream)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    payload = getattr(value, "payload", None)
    if payload is not None and hasattr(payload, "getvalue"):
        return ("file", payload.getvalue(), value.file_name, value.mime_type)
    return value


# One hypothesis run per API draws a value for every model in each example: every model sees 12
# arbitrary values, at a fraction of the cost of a run per model.
@pytest.mark.parametrize("api", APIS)
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.data())
def test_any_json_parses_or_raises_validation_error(api: str, data: st.DataObject) -> None:
    for cls in MODELS[api]:
        _check(api, cls, data.draw(STRATEGIES[cls], label=cls.__name__))


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _media(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            bodies = [_resolve(document, operation.get("requestBody", {}))]
            bodies += [_resolve(document, r) for r in operation.get("responses", {}).values()]
            for body in bodies:
                found += [m for m in (body.get("content") or {}).values() if isinstance(m, dict)]
    return found


def _examples() -> list[tuple[str, str, Any]]:
    """(api, schema name, example) for the documented examples of every object schema."""
    cases: dict[tuple[str, str, str], Any] = {}
    for api in APIS:
        document = specs.load(api)
        named: list[tuple[str, Any]] = []
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            if isinstance(schema, dict) and "example" in schema:
                named.append((name, schema["example"]))
        for media in _media(document):
            ref = (media.get("schema") or {}).get("$ref", "")
            if not ref.startswith("#/components/schemas/"):
                continue
            name = ref.rsplit("/", 1)[-1]
            values = [media["example"]] if "example" in media else []
            values += [_resolve(document, e).get("value") for e in (media.get("examples") or {}).values()]
            named += [(name, value) for value in values if isinstance(value, dict)]
        for name, value in named:
            cases[(api, name, json.dumps(value, sort_keys=True))] = value
    return [(api, name, value) for (api, name, _), value in sorted(cases.items())]


EXAMPLES = _examples()
STRATEGIES = _strategies()


@pytest.mark.parametrize(
    ("api", "name", "example"), EXAMPLES, ids=[f"{a}.{n}-{i}" for i, (a, n, _) in enumerate(EXAMPLES)]
)
def test_documented_examples_round_trip(api: str, name: str, example: Any) -> None:
    module = importlib.import_module(f"{api}_client.models.{snake_case(name)}")
    classes: list[Any] = [
        cls
        for cls in vars(module).values()
        if isinstance(cls, type) and cls.__module__ == module.__name__ and hasattr(cls, "from_dict")
    ]
    if not classes or not isinstance(example, dict):
        pytest.skip(f"{name} is not an object model")
    (cls,) = classes
    model = cls.from_dict(example)
    assert cls.from_json(model.to_json()) == model
    assert cls.from_dict(model.to_dict()) == model


def test_every_api_has_documented_examples() -> None:
    assert {api for api, _, _ in EXAMPLES} == set(APIS)


# --- answers that drifted from the spec ----------------------------------------------------------


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=OMNISTRATE, token="t")


@respx.mock
def test_a_missing_required_field_deep_in_a_list_names_its_path() -> None:
    services = [service(f"s-{i}") for i in range(5)]
    del services[3]["id"]
    respx.get(f"{OMNISTRATE}/2022-09-01-00/service").mock(
        return_value=httpx.Response(
            200, json={"ids": [], "services": services}, headers={"x-request-id": "r-9"}
        )
    )
    with pytest.raises(ResponseValidationError) as caught:
        list_service.sync(client=_client())
    error = caught.value
    assert error.path == "$.services[3].id"
    assert error.reason == "required field is missing"
    assert error.status_code == 200
    assert error.request_id == "r-9"
    assert error.headers["x-request-id"] == "r-9"
    assert b'"s-4"' in error.content
    assert "$.services[3].id" in str(error)


@respx.mock
@pytest.mark.parametrize(
    ("content", "path", "reason"),
    [
        (json.dumps({**service(), "name": 7}).encode(), "$.name", "expected a string, got an integer"),
        (json.dumps({**service(), "serviceEnvironments": {}}).encode(), "$.serviceEnvironments", "array"),
        (json.dumps([service()]).encode(), "$", "expected an object, got an array"),
        (b"<html>not json</html>", "$", "not valid JSON"),
    ],
    ids=["wrong-type", "object-for-array", "array-for-object", "not-json"],
)
def test_drift_raises_response_validation_error(content: bytes, path: str, reason: str) -> None:
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").mock(
        return_value=httpx.Response(200, content=content, headers={"content-type": "application/json"})
    )
    with pytest.raises(ResponseValidationError) as caught:
        describe_service.sync("s-1", client=_client())
    assert caught.value.path == path
    assert reason in caught.value.reason
    with pytest.raises(ResponseValidationError):
        describe_service.sync_detailed("s-1", client=_client())


@respx.mock
def test_unknown_fields_are_kept_never_an_error() -> None:
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").mock(
        return_value=httpx.Response(200, json={**service(), "brandNew": {"x": [1]}})
    )
    parsed = describe_service.sync("s-1", client=_client())
    assert parsed.additional_properties == {"brandNew": {"x": [1]}}
    assert parsed.to_dict()["brandNew"] == {"x": [1]}


def test_optional_fields_read_as_none_and_repr_shows_present_fields_only() -> None:
    model = Service.from_dict(service())
    assert model.role_type is None
    assert "role_type" not in repr(model)
    assert "Unset" not in repr(model)
    assert repr(model).startswith("Service(created_at=")


def test_absent_and_explicit_null_stay_apart_in_requests() -> None:
    assert "nextPageToken" not in ListServiceResult(ids=[]).to_dict()
    assert ListServiceResult(ids=[], next_page_token=None).to_dict() == {"ids": [], "nextPageToken": None}
    plain = cast("ServiceDict", service())  # a plain mapping for a nested model
    listed = ListServiceResult(ids=["s-1"], services=[plain])
    assert isinstance(listed.services, list)
    assert listed.services[0] == Service.from_dict(service())


def test_a_binary_field_goes_to_json_as_its_text_and_back() -> None:
    from omnistrate_client.models import FileUpload
    from omnistrate_client.types import File

    upload = FileUpload.from_dict({"file": "name: app\n"})
    assert upload.to_json() == '{"file":"name: app\\n"}'
    assert FileUpload.from_json(upload.to_json()).file.payload.read() == b"name: app\n"
    streamed = FileUpload(file=File(payload=io.BufferedReader(io.BytesIO(b"abc"))))
    assert streamed.to_json() == '{"file":"abc"}'
    assert streamed.file.payload.read() == b"abc", "the stream is put back where it was"
    with pytest.raises(TypeError, match="not UTF-8 text"):
        FileUpload(file=File(payload=io.BytesIO(b"\xff\xfe"))).to_json()
