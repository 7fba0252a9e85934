"""Typed errors: every error status raises its class with status, headers, request id and the API's
own error model; transport failures raise connection and timeout errors; `*_detailed` still returns."""

from __future__ import annotations

import datum_client.errors
import httpx
import omnistrate_client
import pds_client
import pds_client.errors
import pytest
import respx
from omnistrate_client import AuthenticatedClient, errors
from omnistrate_client.api.service_api import describe_service
from omnistrate_client.models import Error, Service

from generator.runtime.errors import error_class_for, request_id_of

from .sdk_support import OMNISTRATE, SERVICE_PATH, FakeClock, goa_error, service


def _client(clock: FakeClock) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=OMNISTRATE, token="tok", clock=clock, retries=None)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (500, errors.ServerError),
    ],
)
@respx.mock
def test_documented_statuses_raise_their_class_with_the_goa_error(
    status: int, cls: type[errors.ApiStatusError], clock: FakeClock
) -> None:
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").respond(
        status, json=goa_error("oops", "no such service"), headers={"x-request-id": "req-42"}
    )
    with pytest.raises(cls) as caught:
        describe_service.sync("s-1", client=_client(clock))
    exc = caught.value
    assert isinstance(exc, errors.ApiStatusError)
    assert isinstance(exc, errors.ApiError)
    assert exc.status_code == status
    assert exc.request_id == "req-42"
    assert exc.headers["x-request-id"] == "req-42"
    assert isinstance(exc.error, Error)
    assert exc.error.message == "no such service"
    assert "no such service" in str(exc)
    assert "GET https://api.omnistrate.test/2022-09-01-00/service/s-1" in str(exc)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (502, errors.ServerError),
        (418, errors.ApiStatusError),
    ],
)
@respx.mock
def test_undocumented_statuses_raise_too(
    status: int, cls: type[errors.ApiStatusError], clock: FakeClock
) -> None:
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").respond(
        status, text="<html>bad gateway</html>", headers={"retry-after": "7"}
    )
    with pytest.raises(cls) as caught:
        describe_service.sync("s-1", client=_client(clock))
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.error is None
    assert caught.value.content == b"<html>bad gateway</html>"
    if isinstance(caught.value, errors.RateLimitError):
        assert caught.value.retry_after == "7"


@respx.mock
def test_the_request_id_falls_back_to_the_goa_error_id(clock: FakeClock) -> None:
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").respond(404, json=goa_error("not_found", error_id="goa-9"))
    with pytest.raises(errors.NotFoundError) as caught:
        describe_service.sync("s-1", client=_client(clock))
    assert caught.value.request_id == "goa-9"


@respx.mock
async def test_asyncio_raises_typed_errors_and_returns_typed_models(clock: FakeClock) -> None:
    route = respx.get(f"{OMNISTRATE}{SERVICE_PATH}")
    route.side_effect = [
        httpx.Response(200, json=service()),
        httpx.Response(403, json=goa_error("forbidden")),
    ]
    client = _client(clock)
    described = await describe_service.asyncio("s-1", client=client)
    assert isinstance(described, Service)
    assert described.id == "s-1"
    with pytest.raises(errors.PermissionDeniedError) as caught:
        await describe_service.asyncio("s-1", client=client)
    assert isinstance(caught.value.error, Error)


@respx.mock
def test_detailed_forms_return_error_answers(clock: FakeClock) -> None:
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").respond(404, json=goa_error("not_found"))
    response = describe_service.sync_detailed("s-1", client=_client(clock))
    assert response.status_code == 404
    assert isinstance(response.parsed, Error)


@respx.mock
async def test_connection_failures_raise_connection_errors(clock: FakeClock) -> None:
    route = respx.get(f"{OMNISTRATE}{SERVICE_PATH}")
    route.side_effect = httpx.ConnectError("connection refused")
    client = _client(clock)
    with pytest.raises(errors.ApiConnectionError) as caught:
        describe_service.sync("s-1", client=client)
    assert not isinstance(caught.value, errors.ApiTimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    with pytest.raises(errors.ApiConnectionError):
        describe_service.sync_detailed("s-1", client=client)
    route.side_effect = httpx.ReadTimeout("too slow")
    with pytest.raises(errors.ApiTimeoutError):
        await describe_service.asyncio("s-1", client=client)
    with pytest.raises(errors.ApiTimeoutError):
        await describe_service.asyncio_detailed("s-1", client=client)


def test_each_package_has_its_own_tree() -> None:
    assert omnistrate_client.ApiError is omnistrate_client.errors.ApiError
    assert not issubclass(pds_client.errors.ApiError, omnistrate_client.errors.ApiError)
    assert issubclass(omnistrate_client.errors.UnexpectedStatus, omnistrate_client.errors.ApiError)


def test_status_classes_and_request_ids() -> None:
    assert error_class_for(503).__name__ == "ServerError"
    assert error_class_for(410).__name__ == "ApiStatusError"
    assert request_id_of(httpx.Headers({"X-Correlation-ID": "c-1"})) == "c-1"
    assert request_id_of(httpx.Headers()) is None


@respx.mock
def test_error_model_gives_the_parsed_error_typed(clock: FakeClock) -> None:
    route = respx.get(f"{OMNISTRATE}{SERVICE_PATH}")
    route.respond(404, json=goa_error("not_found", "no such service"))
    with pytest.raises(errors.NotFoundError) as caught:
        describe_service.sync("s-1", client=_client(clock))
    model = errors.error_model(caught.value)
    assert isinstance(model, Error)
    assert model is caught.value.error
    assert model.name == "not_found"
    route.respond(502, content=b"<html>bad gateway</html>")  # undocumented and not the error model
    with pytest.raises(errors.ServerError) as unparsed:
        describe_service.sync("s-1", client=_client(clock))
    assert errors.error_model(unparsed.value) is None


def test_each_sdk_types_its_own_error_models() -> None:
    hints = {
        name: module.error_model.__annotations__["return"]
        for name, module in [("datum", datum_client.errors), ("pds", pds_client.errors)]
    }
    assert hints == {"datum": "OAuthError | Status | None", "pds": "Error | None"}
