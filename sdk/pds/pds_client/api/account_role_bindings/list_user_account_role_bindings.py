from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_role_binding_list import AccountRoleBindingList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["role_name"] = role_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/{id}/account-role-bindings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountRoleBindingList | Error | None:
    if response.status_code == 200:
        response_200 = AccountRoleBindingList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountRoleBindingList | Error]:
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
) -> Response[AccountRoleBindingList | Error]:
    """List User's AccountRoleBindings

     Lists the AccountRoleBindings of a User.

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRoleBindingList | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        role_name=role_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
) -> AccountRoleBindingList | Error | None:
    """List User's AccountRoleBindings

     Lists the AccountRoleBindings of a User.

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRoleBindingList | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        sort_by=sort_by,
        role_name=role_name,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
) -> Response[AccountRoleBindingList | Error]:
    """List User's AccountRoleBindings

     Lists the AccountRoleBindings of a User.

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRoleBindingList | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        role_name=role_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    sort_by: str | Unset = UNSET,
    role_name: str | Unset = UNSET,
) -> AccountRoleBindingList | Error | None:
    """List User's AccountRoleBindings

     Lists the AccountRoleBindings of a User.

    Args:
        id (str):
        sort_by (str | Unset):
        role_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRoleBindingList | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            sort_by=sort_by,
            role_name=role_name,
        )
    ).parsed
