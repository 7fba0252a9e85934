# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.helm_package import HelmPackage
from ...types import Response

_ = (_m, Literal)


def _get_kwargs(
    chart_name: str,
    chart_version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/helm-package/{chart_name}/{chart_version}".format(
            chart_name=quote(str(chart_name), safe=""),
            chart_version=quote(str(chart_version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | HelmPackage | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = HelmPackage._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "HelmPackage") from None
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

    if response.status_code == 404:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_404 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_404

    if response.status_code == 500:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_500 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | HelmPackage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chart_name: str,
    chart_version: str,
    *,
    client: AuthenticatedClient,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Error | HelmPackage]:
    """DescribeHelmPackage helm-package-api

    Args:
        chart_name (str):
        chart_version (str):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Error | HelmPackage]
    """

    kwargs = _get_kwargs(
        chart_name=chart_name,
        chart_version=chart_version,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    chart_name: str,
    chart_version: str,
    *,
    client: AuthenticatedClient,
    retries: _calls.Retries = _calls.DEFAULT,
) -> HelmPackage:
    """DescribeHelmPackage helm-package-api

    Args:
        chart_name (str):
        chart_version (str):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        HelmPackage
    """

    kwargs = _get_kwargs(
        chart_name=chart_name,
        chart_version=chart_version,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("HelmPackage", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    chart_name: str,
    chart_version: str,
    *,
    client: AuthenticatedClient,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Error | HelmPackage]:
    """DescribeHelmPackage helm-package-api

    Args:
        chart_name (str):
        chart_version (str):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Error | HelmPackage]
    """

    kwargs = _get_kwargs(
        chart_name=chart_name,
        chart_version=chart_version,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    chart_name: str,
    chart_version: str,
    *,
    client: AuthenticatedClient,
    retries: _calls.Retries = _calls.DEFAULT,
) -> HelmPackage:
    """DescribeHelmPackage helm-package-api

    Args:
        chart_name (str):
        chart_version (str):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        HelmPackage
    """

    kwargs = _get_kwargs(
        chart_name=chart_name,
        chart_version=chart_version,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("HelmPackage", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
