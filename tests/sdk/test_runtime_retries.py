"""Retries: which failures are retried, how often, how long the waits are (fake clock), Retry-After,
and that an unsafe request the server may have acted on is never sent twice."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest
import respx
from omnistrate_client import AuthenticatedClient, Client, Retry, errors
from omnistrate_client.api.service_api import describe_service
from omnistrate_client.api.signin_api import signin
from omnistrate_client.models import SigninRequest

from generator.runtime.retry import Retry as RuntimeRetry
from generator.runtime.retry import as_retry

from .sdk_support import OMNISTRATE, SERVICE_PATH, SIGNIN_PATH, FakeClock, goa_error, service

SERVICE_URL = f"{OMNISTRATE}{SERVICE_PATH}"
SIGNIN_URL = f"{OMNISTRATE}{SIGNIN_PATH}"
BODY = SigninRequest(email="a@example.com", password="pw")


def _client(clock: FakeClock, **kwargs: object) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=OMNISTRATE, token="tok", clock=clock, **kwargs)  # type: ignore[arg-type]


def _answers(*statuses: int) -> list[httpx.Response]:
    return [
        httpx.Response(status, json=service() if status == 200 else goa_error("e")) for status in statuses
    ]


@respx.mock
def test_get_retries_5xx_twice_with_doubling_waits(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(side_effect=_answers(503, 500, 200))
    assert describe_service.sync("s-1", client=_client(clock)).id == "s-1"
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]


@respx.mock
def test_two_retries_by_default_then_the_error(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(side_effect=_answers(500, 502, 504, 200))
    with pytest.raises(errors.ServerError) as caught:
        describe_service.sync("s-1", client=_client(clock))
    assert caught.value.status_code == 504
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]


@respx.mock
def test_jitter_stretches_waits_up_to_a_quarter_and_never_past_eight_seconds() -> None:
    clock = FakeClock(jitter=1.0)
    route = respx.get(SERVICE_URL).mock(side_effect=_answers(*[503] * 7, 200))
    describe_service.sync("s-1", client=_client(clock, retries=7))
    assert route.call_count == 8
    assert clock.sleeps == [0.625, 1.25, 2.5, 5.0, 8.0, 8.0, 8.0]


@respx.mock
def test_408_and_429_are_retried_on_get(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(side_effect=_answers(408, 429, 200))
    describe_service.sync("s-1", client=_client(clock))
    assert route.call_count == 3


@respx.mock
def test_4xx_other_than_408_and_429_is_not_retried(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(side_effect=_answers(404, 200))
    with pytest.raises(errors.NotFoundError):
        describe_service.sync("s-1", client=_client(clock))
    assert route.call_count == 1
    assert clock.sleeps == []


@respx.mock
def test_client_and_per_call_settings(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(side_effect=_answers(*[500] * 20))
    client = _client(clock, retries=4)
    with pytest.raises(errors.ServerError):
        describe_service.sync("s-1", client=client)
    assert route.call_count == 5
    with pytest.raises(errors.ServerError):
        describe_service.sync("s-1", client=client, retries=None)
    assert route.call_count == 6
    with pytest.raises(errors.ServerError):
        describe_service.sync("s-1", client=client, retries=1)
    assert route.call_count == 8
    with pytest.raises(errors.ServerError):
        describe_service.sync("s-1", client=client, retries=Retry(total=1, initial_delay=0.1))
    assert route.call_count == 10
    assert clock.sleeps[-1] == 0.1
    response = describe_service.sync_detailed("s-1", client=client.with_retries(0))
    assert (response.status_code, route.call_count) == (500, 11)
    response = describe_service.sync_detailed("s-1", client=client, retries=None)  # the detailed form too
    assert (response.status_code, route.call_count) == (500, 12)
    response = describe_service.sync_detailed("s-1", client=client, retries=1)
    assert (response.status_code, route.call_count) == (500, 14)


@respx.mock
def test_retry_after_in_seconds_is_honoured_and_capped(clock: FakeClock) -> None:
    respx.get(SERVICE_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(503, headers={"Retry-After": "86400"}),
            httpx.Response(200, json=service()),
        ]
    )
    describe_service.sync("s-1", client=_client(clock))
    assert clock.sleeps == [3.0, 60.0]


@respx.mock
def test_retry_after_as_an_http_date(clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.wall + 12, usegmt=True)
    respx.get(SERVICE_URL).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=service())]
    )
    describe_service.sync("s-1", client=_client(clock))
    assert clock.sleeps == [12.0]


@respx.mock
def test_post_is_not_retried_after_an_answer_that_may_have_acted(clock: FakeClock) -> None:
    route = respx.post(SIGNIN_URL).mock(side_effect=_answers(500, 200))
    with pytest.raises(errors.ServerError):
        signin.sync(client=_client(clock), body=BODY)
    assert route.call_count == 1
    route.mock(side_effect=_answers(408, 200))
    with pytest.raises(errors.ApiStatusError):
        signin.sync(client=_client(clock), body=BODY)
    assert route.call_count == 2


@respx.mock
def test_post_is_not_retried_after_a_broken_connection(clock: FakeClock) -> None:
    route = respx.post(SIGNIN_URL).mock(side_effect=[httpx.ReadError("reset"), httpx.Response(200)])
    with pytest.raises(errors.ApiConnectionError):
        signin.sync(client=_client(clock), body=BODY)
    assert route.call_count == 1


@respx.mock
def test_post_is_retried_when_the_server_did_not_act(clock: FakeClock) -> None:
    route = respx.post(SIGNIN_URL).mock(
        side_effect=[
            httpx.ConnectError("connection refused"),
            httpx.Response(429),
            httpx.Response(200, json={"jwtToken": "jwt"}),
        ]
    )
    assert signin.sync(client=_client(clock), body=BODY).jwt_token == "jwt"
    assert route.call_count == 3
    route.mock(side_effect=[httpx.Response(503), httpx.Response(200, json={"jwtToken": "jwt2"})])
    assert signin.sync(client=_client(clock), body=BODY).jwt_token == "jwt2"


@respx.mock
def test_get_is_retried_after_a_broken_connection(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(
        side_effect=[httpx.ReadError("reset"), httpx.Response(200, json=service())]
    )
    describe_service.sync("s-1", client=_client(clock))
    assert route.call_count == 2


@respx.mock
async def test_async_retries_wait_on_the_clock(clock: FakeClock) -> None:
    route = respx.get(SERVICE_URL).mock(
        side_effect=[httpx.ConnectTimeout("slow"), httpx.Response(503), httpx.Response(200, json=service())]
    )
    async with _client(clock) as client:
        described = await describe_service.asyncio("s-1", client=client)
    assert described.id == "s-1"
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]
    route.side_effect = [httpx.Response(503), httpx.Response(200, json=service())]
    async with _client(clock) as client:
        detailed = await describe_service.asyncio_detailed("s-1", client=client, retries=0)
    assert (detailed.status_code, route.call_count) == (503, 4)  # per call on the detailed form too


async def test_retries_wrap_a_user_transport(clock: FakeClock) -> None:
    statuses = iter([503, 200, 503, 200])

    def answer(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        return httpx.Response(status, json=service() if status == 200 else {})

    client = Client(base_url=OMNISTRATE, clock=clock, httpx_args={"transport": httpx.MockTransport(answer)})
    authed = AuthenticatedClient(base_url=OMNISTRATE, token="t", clock=clock)
    authed.set_httpx_client(client.get_httpx_client())
    assert describe_service.sync("s-1", client=authed).id == "s-1"

    async def aanswer(request: httpx.Request) -> httpx.Response:
        return answer(request)

    aclient = AuthenticatedClient(
        base_url=OMNISTRATE, token="t", clock=clock, httpx_args={"transport": httpx.MockTransport(aanswer)}
    )
    assert (await describe_service.asyncio("s-1", client=aclient)).id == "s-1"
    assert clock.sleeps == [0.5, 0.5]


@respx.mock
def test_each_attempt_is_logged_at_debug_without_credentials(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    respx.get(SERVICE_URL).mock(
        side_effect=[
            httpx.Response(503, headers={"x-request-id": "r-1"}),
            httpx.Response(200, json=service(), headers={"x-request-id": "r-2"}),
        ]
    )
    with caplog.at_level(logging.DEBUG, logger="omnistrate_client"):
        describe_service.sync("s-1", client=_client(clock))
    messages = [r.getMessage() for r in caplog.records if r.name == "omnistrate_client"]
    assert any(
        "GET https://api.omnistrate.test/2022-09-01-00/service/s-1 -> 503" in m and "r-1" in m
        for m in messages
    )
    assert any("-> 200" in m and "request id r-2" in m and " ms " in m for m in messages)
    assert any(m.startswith("retrying GET") for m in messages)
    assert not any("tok" in m for m in messages)


def test_policy_without_io() -> None:
    policy = RuntimeRetry()
    request = httpx.Request("DELETE", "https://x")
    assert policy.delay_after_response("DELETE", httpx.Response(502, request=request), 0) is not None
    assert policy.delay_after_response("DELETE", httpx.Response(502, request=request), 2) is None
    assert policy.delay_after_error("PATCH", httpx.ReadTimeout("slow"), 0) is None
    assert policy.delay_after_error("PATCH", httpx.ConnectError("refused"), 0) is not None
    assert policy.delay_after_error("GET", ValueError("not transport"), 0) is None
    assert policy.retry_after(httpx.Headers({"retry-after": "soon"})) is None
    assert as_retry(None).total == 0
    assert as_retry(5).total == 5
    with pytest.raises(ValueError, match="non-negative"):
        as_retry(-1)
