"""Sign in to Omnistrate: email and password for a bearer token (copied into `omnistrate_client`).

from omnistrate_client.auth import sign_in, signed_in_client

token = sign_in("me@example.com", password)                 # POST /2022-09-01-00/signin
client = signed_in_client("me@example.com", password)       # an AuthenticatedClient with it
"""

from __future__ import annotations

from typing import Any

from omnistrate_client.api.signin_api import signin as _signin
from omnistrate_client.client import AuthenticatedClient, Client
from omnistrate_client.models.signin_request import SigninRequest

__all__ = ["OMNISTRATE_API", "async_sign_in", "sign_in", "signed_in_client"]

OMNISTRATE_API = "https://api.omnistrate.cloud"


def sign_in(email: str, password: str, *, base_url: str = OMNISTRATE_API, **client_args: Any) -> str:
    """The JWT Omnistrate answers for these credentials (`errors.AuthenticationError` when refused)."""
    with Client(base_url=base_url, **client_args) as client:
        return str(_signin.sync(client=client, body=SigninRequest(email=email, password=password)).jwt_token)


async def async_sign_in(
    email: str, password: str, *, base_url: str = OMNISTRATE_API, **client_args: Any
) -> str:
    """`sign_in`, asynchronously."""
    async with Client(base_url=base_url, **client_args) as client:
        result = await _signin.asyncio(client=client, body=SigninRequest(email=email, password=password))
    return str(result.jwt_token)


def signed_in_client(
    email: str, password: str, *, base_url: str = OMNISTRATE_API, **client_args: Any
) -> AuthenticatedClient:
    """An `AuthenticatedClient` carrying the token `sign_in` gets (its repr never shows it)."""
    token = sign_in(email, password, base_url=base_url, **client_args)
    return AuthenticatedClient(base_url=base_url, token=token, **client_args)
