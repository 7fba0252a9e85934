# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.data_service_list import DataServiceList
from ...models.error import Error
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    *,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["limit"] = limit

    params["continuation"] = continuation

    params["id"] = id

    params["name"] = name

    params["short_name"] = short_name

    params["has_incremental_backup"] = has_incremental_backup

    params["has_full_backup"] = has_full_backup

    params["coming_soon"] = coming_soon

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/data-services",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataServiceList | Error | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = DataServiceList._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "DataServiceList") from None
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataServiceList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[DataServiceList | Error]:
    """List Data Services

     Lists Data Services

    Args:
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id (str | Unset):
        name (str | Unset):
        short_name (str | Unset):
        has_incremental_backup (bool | Unset):
        has_full_backup (bool | Unset):
        coming_soon (bool | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[DataServiceList | Error]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id=id,
        name=name,
        short_name=short_name,
        has_incremental_backup=has_incremental_backup,
        has_full_backup=has_full_backup,
        coming_soon=coming_soon,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> DataServiceList:
    """List Data Services

     Lists Data Services

    Args:
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id (str | Unset):
        name (str | Unset):
        short_name (str | Unset):
        has_incremental_backup (bool | Unset):
        has_full_backup (bool | Unset):
        coming_soon (bool | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        DataServiceList
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id=id,
        name=name,
        short_name=short_name,
        has_incremental_backup=has_incremental_backup,
        has_full_backup=has_full_backup,
        coming_soon=coming_soon,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("DataServiceList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[DataServiceList | Error]:
    """List Data Services

     Lists Data Services

    Args:
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id (str | Unset):
        name (str | Unset):
        short_name (str | Unset):
        has_incremental_backup (bool | Unset):
        has_full_backup (bool | Unset):
        coming_soon (bool | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[DataServiceList | Error]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id=id,
        name=name,
        short_name=short_name,
        has_incremental_backup=has_incremental_backup,
        has_full_backup=has_full_backup,
        coming_soon=coming_soon,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    short_name: str | Unset = UNSET,
    has_incremental_backup: bool | Unset = UNSET,
    has_full_backup: bool | Unset = UNSET,
    coming_soon: bool | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> DataServiceList:
    """List Data Services

     Lists Data Services

    Args:
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id (str | Unset):
        name (str | Unset):
        short_name (str | Unset):
        has_incremental_backup (bool | Unset):
        has_full_backup (bool | Unset):
        coming_soon (bool | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        DataServiceList
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id=id,
        name=name,
        short_name=short_name,
        has_incremental_backup=has_incremental_backup,
        has_full_backup=has_full_backup,
        coming_soon=coming_soon,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("DataServiceList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
