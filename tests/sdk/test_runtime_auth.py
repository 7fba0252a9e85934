"""Auth helpers: bearer clients, Omnistrate sign-in, base URLs for Data HUB realms."""

from __future__ import annotations

import json

import pytest
import respx
from datahub_client.helpers import realm_url
from omnistrate_client import errors
from omnistrate_client.auth import async_sign_in, sign_in, signed_in_client

OMNISTRATE = "https://api.omnistrate.cloud"


@respx.mock
def test_sign_in_turns_email_and_password_into_a_token() -> None:
    route = respx.post(f"{OMNISTRATE}/2022-09-01-00/signin").respond(200, json={"jwtToken": "jwt-1"})
    assert sign_in("me@example.com", "pw") == "jwt-1"
    assert json.loads(route.calls.last.request.content) == {"email": "me@example.com", "password": "pw"}
    assert "Authorization" not in route.calls.last.request.headers
    client = signed_in_client("me@example.com", "pw")
    assert client.token == "jwt-1"
    assert "jwt-1" not in repr(client)


@respx.mock
async def test_async_sign_in_raises_on_refusal() -> None:
    respx.post(f"{OMNISTRATE}/2022-09-01-00/signin").respond(
        401,
        json={
            "name": "unauthorized",
            "id": "x",
            "message": "wrong",
            "temporary": False,
            "timeout": False,
            "fault": False,
        },
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        await async_sign_in("me@example.com", "pw")
    assert "pw" not in str(caught.value.content)


def test_data_hub_realm_urls() -> None:
    assert realm_url("https://kc.example.com/") == "https://kc.example.com/realms/udh/data-hub"
    assert realm_url("http://localhost:8080/auth", "my realm") == (
        "http://localhost:8080/auth/realms/my%20realm/data-hub"
    )
