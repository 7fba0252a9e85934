# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.account import Account
from ...models.create_account_request import CreateAccountRequest, CreateAccountRequestDict
from ...models.error import Error
from ...types import Response

_ = (_m, Literal)


def _get_kwargs(
    *,
    body: CreateAccountRequest | CreateAccountRequestDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/accounts",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CreateAccountRequest) else dict(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Account | Error | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = Account._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Account") from None
        return response_200

    if response.status_code == 400:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_400 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_400

    if response.status_code == 401:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_401 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Account | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAccountRequest | CreateAccountRequestDict,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Account | Error]:
    """Create Account

     Creates a new Account

    Args:
        body (CreateAccountRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Account | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAccountRequest | CreateAccountRequestDict,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Account:
    """Create Account

     Creates a new Account

    Args:
        body (CreateAccountRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Account
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Account", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAccountRequest | CreateAccountRequestDict,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Account | Error]:
    """Create Account

     Creates a new Account

    Args:
        body (CreateAccountRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Account | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAccountRequest | CreateAccountRequestDict,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Account:
    """Create Account

     Creates a new Account

    Args:
        body (CreateAccountRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Account
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Account", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
