# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.create_deployment_request import CreateDeploymentRequest, CreateDeploymentRequestDict
from ...models.deployment import Deployment
from ...models.error import Error
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    *,
    body: CreateDeploymentRequest | CreateDeploymentRequestDict,
    local_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(local_only, Unset):
        headers["Local-Only"] = "true" if local_only else "false"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/deployments",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CreateDeploymentRequest) else dict(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Deployment | Error | None:
    if response.status_code == 201:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_201 = Deployment._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Deployment") from None
        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Deployment | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest | CreateDeploymentRequestDict,
    local_only: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Deployment | Error]:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Deployment | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        local_only=local_only,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest | CreateDeploymentRequestDict,
    local_only: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Deployment:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Deployment
    """

    kwargs = _get_kwargs(
        body=body,
        local_only=local_only,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Deployment", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest | CreateDeploymentRequestDict,
    local_only: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Deployment | Error]:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Deployment | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        local_only=local_only,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest | CreateDeploymentRequestDict,
    local_only: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Deployment:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Deployment
    """

    kwargs = _get_kwargs(
        body=body,
        local_only=local_only,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Deployment", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
