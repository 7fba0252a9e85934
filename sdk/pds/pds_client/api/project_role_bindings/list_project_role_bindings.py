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
from ...models.project_role_binding_list import ProjectRoleBindingList
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    id: str,
    *,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["role_name"] = role_name

    params["actor_id"] = actor_id

    params["actor_type"] = actor_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{id}/role-bindings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectRoleBindingList | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = ProjectRoleBindingList._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "ProjectRoleBindingList") from None
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
) -> Response[Error | ProjectRoleBindingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Error | ProjectRoleBindingList]:
    """List ProjectRoleBindings

     Lists ProjectRoleBindings

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):
        actor_id (str | Unset):
        actor_type (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Error | ProjectRoleBindingList]
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        role_name=role_name,
        actor_id=actor_id,
        actor_type=actor_type,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> ProjectRoleBindingList:
    """List ProjectRoleBindings

     Lists ProjectRoleBindings

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):
        actor_id (str | Unset):
        actor_type (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        ProjectRoleBindingList
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        role_name=role_name,
        actor_id=actor_id,
        actor_type=actor_type,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("ProjectRoleBindingList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Error | ProjectRoleBindingList]:
    """List ProjectRoleBindings

     Lists ProjectRoleBindings

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):
        actor_id (str | Unset):
        actor_type (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Error | ProjectRoleBindingList]
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        role_name=role_name,
        actor_id=actor_id,
        actor_type=actor_type,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    actor_type: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> ProjectRoleBindingList:
    """List ProjectRoleBindings

     Lists ProjectRoleBindings

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):
        actor_id (str | Unset):
        actor_type (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        ProjectRoleBindingList
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        role_name=role_name,
        actor_id=actor_id,
        actor_type=actor_type,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("ProjectRoleBindingList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
