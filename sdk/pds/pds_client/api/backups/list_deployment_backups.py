# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.backup_list import BackupList
from ...models.error import Error
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    id_path: str,
    *,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["limit"] = limit

    params["continuation"] = continuation

    params["id"] = id_query

    params["cluster_resource_name"] = cluster_resource_name

    params["state"] = state

    params["suspend"] = suspend

    params["backup_type"] = backup_type

    params["backup_level"] = backup_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/deployments/{id_path}/backups".format(
            id_path=quote(str(id_path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BackupList | Error | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = BackupList._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "BackupList") from None
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BackupList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[BackupList | Error]:
    """List Deployment's Backups

     Lists Backups belonging to the Deployment.

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_resource_name (str | Unset):
        state (str | Unset):
        suspend (str | Unset):
        backup_type (str | Unset):
        backup_level (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[BackupList | Error]
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_resource_name=cluster_resource_name,
        state=state,
        suspend=suspend,
        backup_type=backup_type,
        backup_level=backup_level,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> BackupList:
    """List Deployment's Backups

     Lists Backups belonging to the Deployment.

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_resource_name (str | Unset):
        state (str | Unset):
        suspend (str | Unset):
        backup_type (str | Unset):
        backup_level (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        BackupList
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_resource_name=cluster_resource_name,
        state=state,
        suspend=suspend,
        backup_type=backup_type,
        backup_level=backup_level,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("BackupList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[BackupList | Error]:
    """List Deployment's Backups

     Lists Backups belonging to the Deployment.

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_resource_name (str | Unset):
        state (str | Unset):
        suspend (str | Unset):
        backup_type (str | Unset):
        backup_level (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[BackupList | Error]
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_resource_name=cluster_resource_name,
        state=state,
        suspend=suspend,
        backup_type=backup_type,
        backup_level=backup_level,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_resource_name: str | Unset = UNSET,
    state: str | Unset = UNSET,
    suspend: str | Unset = UNSET,
    backup_type: str | Unset = UNSET,
    backup_level: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> BackupList:
    """List Deployment's Backups

     Lists Backups belonging to the Deployment.

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_resource_name (str | Unset):
        state (str | Unset):
        suspend (str | Unset):
        backup_type (str | Unset):
        backup_level (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        BackupList
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_resource_name=cluster_resource_name,
        state=state,
        suspend=suspend,
        backup_type=backup_type,
        backup_level=backup_level,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("BackupList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
