"""Parsing answers: the runtime's JSON decoder and the models' `_from_json` parse path.

Large bodies go through msgspec and must give what `response.json()` gives, down to its errors; the
parse path takes the decoded body over and must build the same models as the public `from_dict`,
which in turn must leave its input alone.
"""

from __future__ import annotations

import copy
import gc
import json
import math
from typing import Any

import httpx
import pytest
import respx
from omnistrate_client import AuthenticatedClient
from omnistrate_client.api.service_api import list_service
from omnistrate_client.errors import ValidationError
from omnistrate_client.models import ListServiceResult, Service

from generator.runtime import decode
from generator.runtime.decode import LARGE_BODY, json_body

from .sdk_support import OMNISTRATE, service


def _padded(document_text: str) -> bytes:
    """A JSON text made larger than LARGE_BODY with trailing whitespace (still the same JSON)."""
    return (document_text + " " * LARGE_BODY).encode()


def _answer(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content, headers={"content-type": "application/json"})


@pytest.fixture
def no_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "_fast_decoder", lambda: None)


def test_small_bodies_use_the_standard_library_and_large_ones_msgspec() -> None:
    small = _answer(b'{"a": [1, 2.5, "x", null, true]}')
    assert json_body(small) == {"a": [1, 2.5, "x", None, True]}
    large = _answer(_padded('{"a": [1, 2.5, "x", null, true]}'))
    assert json_body(large) == {"a": [1, 2.5, "x", None, True]}
    assert decode._fast_decoder() is not None, "msgspec is installed with the SDKs"


def test_large_bodies_keep_big_integers_exact() -> None:
    big = 123456789012345678901234567890
    assert json_body(_answer(_padded(f'{{"n": {big}, "m": -{big}}}'))) == {"n": big, "m": -big}


@pytest.mark.parametrize(
    "content",
    [
        _padded('{"x": NaN, "y": Infinity}'),  # accepted by the standard library only
        _padded('"\\ud800"'),  # a lone surrogate
        b"\xef\xbb\xbf" + _padded('{"bom": 1}'),  # UTF-8 with a byte-order mark
        _padded('{"utf16": 1}').decode().encode("utf-16"),
    ],
    ids=["nan", "lone-surrogate", "bom", "utf-16"],
)
def test_what_msgspec_refuses_is_decoded_as_response_json_does(content: bytes) -> None:
    expected = _answer(content).json()
    got = json_body(_answer(content))
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)
    if isinstance(expected, dict) and "x" in expected:
        assert math.isnan(got["x"])


@pytest.mark.parametrize("content", [_padded('{"a": '), b"{" * 10 + b" " * LARGE_BODY])
def test_malformed_large_bodies_raise_the_standard_error(content: bytes) -> None:
    with pytest.raises(json.JSONDecodeError):
        json_body(_answer(content))


@pytest.mark.usefixtures("no_msgspec")
def test_without_msgspec_large_bodies_still_decode() -> None:
    big = 123456789012345678901234567890
    assert json_body(_answer(_padded(f'{{"n": {big}}}'))) == {"n": big}
    assert json_body(_answer(_padded('{"x": NaN}')))["x"] != 0


def _listing(count: int) -> dict[str, Any]:
    services = []
    for i in range(count):
        item = service(f"s-{i}")
        item["serviceEnvironments"] = [
            {
                "id": f"se-{i}",
                "name": "dev",
                "visibility": "private",
                "servicePlans": [
                    {
                        "description": "d",
                        "modelType": "CUSTOMER_HOSTED",
                        "name": "Basic",
                        "productTierID": f"pt-{i}",
                        "tierType": "OMNISTRATE_DEDICATED_TENANCY",
                        "futureField": {"nested": [i]},
                    }
                ],
            }
        ]
        services.append(item)
    return {"ids": [s["id"] for s in services], "services": services}


def test_parse_path_and_from_dict_build_equal_models_and_from_dict_copies() -> None:
    body = _listing(3)
    before = copy.deepcopy(body)
    public = ListServiceResult.from_dict(body)
    assert body == before, "from_dict must not change its input"
    owned = ListServiceResult._from_json(copy.deepcopy(body))
    assert owned == public
    assert owned.to_dict() == public.to_dict() == before
    assert isinstance(owned.services, list)
    plan = owned.services[2].service_environments[0].service_plans[0]
    assert plan.product_tier_id == "pt-2"
    assert plan.additional_properties == {"futureField": {"nested": [2]}}
    assert owned.services[0].role_type is None


def test_parse_path_keeps_unknown_keys_and_reports_missing_required_ones() -> None:
    model = Service._from_json({**service(), "brandNew": 1})
    assert model["brandNew"] == 1
    assert model.additional_keys == ["brandNew"]
    empty_extra = Service._from_json(service())
    assert empty_extra.additional_properties == {}
    empty_extra["later"] = "set"  # a model's additional properties are its own, never shared
    assert Service._from_json(service()).additional_properties == {}
    broken = service()
    del broken["name"]
    with pytest.raises(ValidationError) as parsed:
        Service.from_json(json.dumps(broken))
    assert parsed.value.path == "$.name"
    with pytest.raises(ValidationError) as read:
        Service.from_dict(broken)
    assert read.value.path == "$.name"


@respx.mock
@pytest.mark.parametrize("count", [1, 1000], ids=["small-body", "large-body"])
def test_an_operation_parses_its_answer_into_models(count: int) -> None:
    body = _listing(count)
    respx.get(f"{OMNISTRATE}/2022-09-01-00/service").mock(return_value=httpx.Response(200, json=body))
    client = AuthenticatedClient(base_url=OMNISTRATE, token="t")
    result = list_service.sync(client=client)
    assert result == ListServiceResult.from_dict(body)
    assert isinstance(result.services, list)
    assert len(result.services) == count
    assert all(isinstance(s, Service) for s in result.services)
    assert result.to_dict() == body


@respx.mock
@pytest.mark.parametrize("broken", [False, True], ids=["parsed", "misfit"])
def test_a_large_answer_is_read_with_the_collector_paused_and_leaves_it_as_it_was(broken: bool) -> None:
    body = _listing(1000)
    if broken:
        del body["services"][999]["name"]
    seen: list[bool] = []
    real_parse = ListServiceResult._from_json

    def spying(value: Any) -> ListServiceResult:
        seen.append(gc.isenabled())
        return real_parse(value)

    respx.get(f"{OMNISTRATE}/2022-09-01-00/service").mock(return_value=httpx.Response(200, json=body))
    client = AuthenticatedClient(base_url=OMNISTRATE, token="t")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ListServiceResult, "_from_json", spying)
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            try:
                if broken:
                    with pytest.raises(ValidationError, match=r"services\[999\]\.name"):
                        list_service.sync(client=client)
                else:
                    services = list_service.sync(client=client).services
                    assert services is not None
                    assert len(services) == 1000
                assert gc.isenabled() is enabled, "the collector is left as it was found"
            finally:
                gc.enable()
    assert seen == [False, False], "the collector is paused while the large body is read"
