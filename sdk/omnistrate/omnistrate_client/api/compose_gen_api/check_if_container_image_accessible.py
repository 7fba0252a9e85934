from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_if_container_image_accessible_result import CheckIfContainerImageAccessibleResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    image_registry: str,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    image: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["imageRegistry"] = image_registry

    params["username"] = username

    params["password"] = password

    params["image"] = image

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/compose-gen/image",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckIfContainerImageAccessibleResult | Error | None:
    if response.status_code == 200:
        response_200 = CheckIfContainerImageAccessibleResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckIfContainerImageAccessibleResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    image_registry: str,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    image: str,
) -> Response[CheckIfContainerImageAccessibleResult | Error]:
    """CheckIfContainerImageAccessible compose-gen-api

    Args:
        image_registry (str):
        username (str | Unset):
        password (str | Unset):
        image (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckIfContainerImageAccessibleResult | Error]
    """

    kwargs = _get_kwargs(
        image_registry=image_registry,
        username=username,
        password=password,
        image=image,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    image_registry: str,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    image: str,
) -> CheckIfContainerImageAccessibleResult | Error | None:
    """CheckIfContainerImageAccessible compose-gen-api

    Args:
        image_registry (str):
        username (str | Unset):
        password (str | Unset):
        image (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckIfContainerImageAccessibleResult | Error
    """

    return sync_detailed(
        client=client,
        image_registry=image_registry,
        username=username,
        password=password,
        image=image,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    image_registry: str,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    image: str,
) -> Response[CheckIfContainerImageAccessibleResult | Error]:
    """CheckIfContainerImageAccessible compose-gen-api

    Args:
        image_registry (str):
        username (str | Unset):
        password (str | Unset):
        image (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckIfContainerImageAccessibleResult | Error]
    """

    kwargs = _get_kwargs(
        image_registry=image_registry,
        username=username,
        password=password,
        image=image,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    image_registry: str,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    image: str,
) -> CheckIfContainerImageAccessibleResult | Error | None:
    """CheckIfContainerImageAccessible compose-gen-api

    Args:
        image_registry (str):
        username (str | Unset):
        password (str | Unset):
        image (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckIfContainerImageAccessibleResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            image_registry=image_registry,
            username=username,
            password=password,
            image=image,
        )
    ).parsed
