"""Credentials never show: not in reprs, exception messages or logs."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx
from omnistrate_client import AuthenticatedClient, Client, errors
from omnistrate_client.api.service_api import describe_service

from generator.runtime.redact import MASK, redact_headers, redact_text, redact_url

from .sdk_support import OMNISTRATE, SERVICE_PATH, FakeClock

SECRET = "s3cr3t-T0KEN"


def test_client_reprs_hide_tokens_headers_cookies_and_auth() -> None:
    authed = AuthenticatedClient(base_url=OMNISTRATE, token=SECRET)
    plain = Client(
        base_url=OMNISTRATE,
        headers={"Authorization": f"Bearer {SECRET}", "X-Api-Key": SECRET, "Accept": "application/json"},
        cookies={"session": SECRET},
        httpx_args={"auth": ("user", SECRET)},
    )
    for client in (authed, plain):
        assert SECRET not in repr(client)
    assert "application/json" in repr(plain)


@respx.mock
def test_exception_messages_hide_secrets_echoed_by_the_server(clock: FakeClock) -> None:
    body = {"message": f'bad credentials: "password": "{SECRET}" and Bearer {SECRET}'}
    respx.get(f"{OMNISTRATE}{SERVICE_PATH}").respond(401, json=body, headers={"set-cookie": f"s={SECRET}"})
    client = AuthenticatedClient(base_url=OMNISTRATE, token=SECRET, clock=clock)
    with pytest.raises(errors.AuthenticationError) as caught:
        describe_service.sync("s-1", client=client)
    exc = caught.value
    assert SECRET not in str(exc)
    assert SECRET not in repr(exc)
    assert exc.headers["set-cookie"] == MASK


@respx.mock
def test_logs_hide_the_authorization_header_and_secret_query_parameters(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    respx.get(f"{OMNISTRATE}/2022-09-01-00/service/s-1").respond(500)
    client = AuthenticatedClient(base_url=OMNISTRATE, token=SECRET, clock=clock)
    with caplog.at_level(logging.DEBUG):
        client.get_httpx_client().get("/2022-09-01-00/service/s-1", params={"token": SECRET})
        with pytest.raises(errors.ServerError) as caught:
            describe_service.sync("s-1", client=client)
    text = caplog.text + str(caught.value)
    assert SECRET not in text
    assert "token=%5Bredacted%5D" in caplog.text or f"token={MASK}" in caplog.text


def test_redaction_helpers() -> None:
    assert redact_headers({"Authorization": "Bearer x", "Accept": "a"}) == {
        "Authorization": MASK,
        "Accept": "a",
    }
    assert redact_url(f"https://me:{SECRET}@host/p?apiKey={SECRET}&page=2") == (
        f"https://me:{MASK}@host/p?apiKey={MASK}&page=2"
    )
    assert redact_url("https://host/p?page=2") == "https://host/p?page=2"
    assert SECRET not in redact_text(f"jwtToken={SECRET}; client_secret: '{SECRET}'")
    assert redact_text("plain words", secrets=["words"]) == f"plain {MASK}"
    assert str(httpx.URL("https://host")) == "https://host"
