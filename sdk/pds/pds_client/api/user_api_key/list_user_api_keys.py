from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_api_key_list import UserAPIKeyList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["enabled"] = enabled

    params["sort_by"] = sort_by

    params["limit"] = limit

    params["continuation"] = continuation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/user-api-key",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserAPIKeyList | None:
    if response.status_code == 200:
        response_200 = UserAPIKeyList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UserAPIKeyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Response[Error | UserAPIKeyList]:
    """List UserAPIKeys

     Lists UserAPIKeys

    Args:
        id (str | Unset):
        name (str | Unset):
        enabled (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserAPIKeyList]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        enabled=enabled,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Error | UserAPIKeyList | None:
    """List UserAPIKeys

     Lists UserAPIKeys

    Args:
        id (str | Unset):
        name (str | Unset):
        enabled (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserAPIKeyList
    """

    return sync_detailed(
        client=client,
        id=id,
        name=name,
        enabled=enabled,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Response[Error | UserAPIKeyList]:
    """List UserAPIKeys

     Lists UserAPIKeys

    Args:
        id (str | Unset):
        name (str | Unset):
        enabled (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserAPIKeyList]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        enabled=enabled,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Error | UserAPIKeyList | None:
    """List UserAPIKeys

     Lists UserAPIKeys

    Args:
        id (str | Unset):
        name (str | Unset):
        enabled (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserAPIKeyList
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            name=name,
            enabled=enabled,
            sort_by=sort_by,
            limit=limit,
            continuation=continuation,
        )
    ).parsed
