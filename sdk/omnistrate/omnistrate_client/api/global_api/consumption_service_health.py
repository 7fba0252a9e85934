# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.service_health_status import ServiceHealthStatus
from ...types import Response

_ = (_m, Literal)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/resource-instance/health",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ServiceHealthStatus | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = ServiceHealthStatus._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "ServiceHealthStatus") from None
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ServiceHealthStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[ServiceHealthStatus]:
    """consumptionServiceHealth global-api

     Consumption service health check endpoint

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[ServiceHealthStatus]
    """

    kwargs = _get_kwargs()

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> ServiceHealthStatus:
    """consumptionServiceHealth global-api

     Consumption service health check endpoint

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        ServiceHealthStatus
    """

    kwargs = _get_kwargs()

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("ServiceHealthStatus", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[ServiceHealthStatus]:
    """consumptionServiceHealth global-api

     Consumption service health check endpoint

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[ServiceHealthStatus]
    """

    kwargs = _get_kwargs()

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> ServiceHealthStatus:
    """consumptionServiceHealth global-api

     Consumption service health check endpoint

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        ServiceHealthStatus
    """

    kwargs = _get_kwargs()

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("ServiceHealthStatus", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
