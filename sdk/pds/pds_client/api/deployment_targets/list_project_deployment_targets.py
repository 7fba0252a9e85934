# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.deployment_target_list import DeploymentTargetList
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
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["limit"] = limit

    params["continuation"] = continuation

    params["id"] = id_query

    params["cluster_id"] = cluster_id

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{id_path}/deployment-targets".format(
            id_path=quote(str(id_path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentTargetList | Error | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = DeploymentTargetList._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "DeploymentTargetList") from None
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentTargetList | Error]:
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
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[DeploymentTargetList | Error]:
    """List Project's DeploymentTargets

     Lists DeploymentTargets belonging to the Project

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[DeploymentTargetList | Error]
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_id=cluster_id,
        name=name,
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
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> DeploymentTargetList:
    """List Project's DeploymentTargets

     Lists DeploymentTargets belonging to the Project

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        DeploymentTargetList
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_id=cluster_id,
        name=name,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("DeploymentTargetList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    id_path: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
    id_query: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[DeploymentTargetList | Error]:
    """List Project's DeploymentTargets

     Lists DeploymentTargets belonging to the Project

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[DeploymentTargetList | Error]
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_id=cluster_id,
        name=name,
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
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> DeploymentTargetList:
    """List Project's DeploymentTargets

     Lists DeploymentTargets belonging to the Project

    Args:
        id_path (str):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):
        id_query (str | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        DeploymentTargetList
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
        id_query=id_query,
        cluster_id=cluster_id,
        name=name,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("DeploymentTargetList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
