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
from ...models.list_output_parameters_result import ListOutputParametersResult
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    service_id: str,
    resource_id: str,
    *,
    product_tier_version: str | Unset = UNSET,
    product_tier_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ProductTierVersion"] = product_tier_version

    params["ProductTierId"] = product_tier_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/service/{service_id}/resource/{resource_id}/output-parameter".format(
            service_id=quote(str(service_id), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListOutputParametersResult | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = ListOutputParametersResult._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "ListOutputParametersResult") from None
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

    if response.status_code == 403:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_403 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_403

    if response.status_code == 404:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_404 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_404

    if response.status_code == 409:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_409 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_409

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListOutputParametersResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
    product_tier_version: str | Unset = UNSET,
    product_tier_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Error | ListOutputParametersResult]:
    """ListOutputParameter output-parameter-api

    Args:
        service_id (str):
        resource_id (str):
        product_tier_version (str | Unset):
        product_tier_id (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Error | ListOutputParametersResult]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        product_tier_version=product_tier_version,
        product_tier_id=product_tier_id,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
    product_tier_version: str | Unset = UNSET,
    product_tier_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> ListOutputParametersResult:
    """ListOutputParameter output-parameter-api

    Args:
        service_id (str):
        resource_id (str):
        product_tier_version (str | Unset):
        product_tier_id (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        ListOutputParametersResult
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        product_tier_version=product_tier_version,
        product_tier_id=product_tier_id,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("ListOutputParametersResult", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    service_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
    product_tier_version: str | Unset = UNSET,
    product_tier_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Error | ListOutputParametersResult]:
    """ListOutputParameter output-parameter-api

    Args:
        service_id (str):
        resource_id (str):
        product_tier_version (str | Unset):
        product_tier_id (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Error | ListOutputParametersResult]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        product_tier_version=product_tier_version,
        product_tier_id=product_tier_id,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
    product_tier_version: str | Unset = UNSET,
    product_tier_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> ListOutputParametersResult:
    """ListOutputParameter output-parameter-api

    Args:
        service_id (str):
        resource_id (str):
        product_tier_version (str | Unset):
        product_tier_id (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        ListOutputParametersResult
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        product_tier_version=product_tier_version,
        product_tier_id=product_tier_id,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("ListOutputParametersResult", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
