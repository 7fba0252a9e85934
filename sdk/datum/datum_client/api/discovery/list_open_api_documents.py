# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.open_api_discovery import OpenApiDiscovery
from ...models.status import Status
from ...types import Response

_ = (_m, Literal)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openapi/v3",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenApiDiscovery | Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = OpenApiDiscovery._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "OpenApiDiscovery") from None
        return response_200

    if response.status_code == 400:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_400 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_400

    if response.status_code == 403:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_403 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_403

    if response.status_code == 406:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_406 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenApiDiscovery | Status]:
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
) -> Response[OpenApiDiscovery | Status]:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[OpenApiDiscovery | Status]
    """

    kwargs = _get_kwargs()

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> OpenApiDiscovery:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        OpenApiDiscovery
    """

    kwargs = _get_kwargs()

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("OpenApiDiscovery", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[OpenApiDiscovery | Status]:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[OpenApiDiscovery | Status]
    """

    kwargs = _get_kwargs()

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    retries: _calls.Retries = _calls.DEFAULT,
) -> OpenApiDiscovery:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        OpenApiDiscovery
    """

    kwargs = _get_kwargs()

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("OpenApiDiscovery", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
