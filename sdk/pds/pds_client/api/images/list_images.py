from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.image_list import ImageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["data_service_id"] = data_service_id

    params["version_id"] = version_id

    params["latest"] = latest

    params["sort_by"] = sort_by

    params["limit"] = limit

    params["continuation"] = continuation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/images",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ImageList | None:
    if response.status_code == 200:
        response_200 = ImageList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ImageList]:
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
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Response[Error | ImageList]:
    """List Images

     Lists Images

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):
        latest (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImageList]
    """

    kwargs = _get_kwargs(
        data_service_id=data_service_id,
        version_id=version_id,
        latest=latest,
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
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Error | ImageList | None:
    """List Images

     Lists Images

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):
        latest (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImageList
    """

    return sync_detailed(
        client=client,
        data_service_id=data_service_id,
        version_id=version_id,
        latest=latest,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Response[Error | ImageList]:
    """List Images

     Lists Images

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):
        latest (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImageList]
    """

    kwargs = _get_kwargs(
        data_service_id=data_service_id,
        version_id=version_id,
        latest=latest,
        sort_by=sort_by,
        limit=limit,
        continuation=continuation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    data_service_id: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
    latest: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    continuation: str | Unset = UNSET,
) -> Error | ImageList | None:
    """List Images

     Lists Images

    Args:
        data_service_id (str | Unset):
        version_id (str | Unset):
        latest (bool | Unset):
        sort_by (str | Unset):
        limit (str | Unset):
        continuation (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImageList
    """

    return (
        await asyncio_detailed(
            client=client,
            data_service_id=data_service_id,
            version_id=version_id,
            latest=latest,
            sort_by=sort_by,
            limit=limit,
            continuation=continuation,
        )
    ).parsed
