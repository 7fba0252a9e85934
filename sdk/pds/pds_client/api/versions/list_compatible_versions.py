from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compatible_versions_list import CompatibleVersionsList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["data_service_id"] = data_service_id

    params["version_id"] = version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/compatible-versions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompatibleVersionsList | Error | None:
    if response.status_code == 200:
        response_200 = CompatibleVersionsList.from_dict(response.json())

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
) -> Response[CompatibleVersionsList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> Response[CompatibleVersionsList | Error]:
    """List compatible versions

     Lists what versions are compatible for other versions.

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompatibleVersionsList | Error]
    """

    kwargs = _get_kwargs(
        data_service_id=data_service_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> CompatibleVersionsList | Error | None:
    """List compatible versions

     Lists what versions are compatible for other versions.

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompatibleVersionsList | Error
    """

    return sync_detailed(
        client=client,
        data_service_id=data_service_id,
        version_id=version_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> Response[CompatibleVersionsList | Error]:
    """List compatible versions

     Lists what versions are compatible for other versions.

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompatibleVersionsList | Error]
    """

    kwargs = _get_kwargs(
        data_service_id=data_service_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> CompatibleVersionsList | Error | None:
    """List compatible versions

     Lists what versions are compatible for other versions.

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompatibleVersionsList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            data_service_id=data_service_id,
            version_id=version_id,
        )
    ).parsed
