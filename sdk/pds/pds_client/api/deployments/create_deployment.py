from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_deployment_request import CreateDeploymentRequest
from ...models.deployment import Deployment
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateDeploymentRequest,
    local_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(local_only, Unset):
        headers["Local-Only"] = "true" if local_only else "false"

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/deployments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Deployment | Error | None:
    if response.status_code == 201:
        response_201 = Deployment.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Deployment | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest,
    local_only: bool | Unset = UNSET,
) -> Response[Deployment | Error]:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        local_only=local_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest,
    local_only: bool | Unset = UNSET,
) -> Deployment | Error | None:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        local_only=local_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest,
    local_only: bool | Unset = UNSET,
) -> Response[Deployment | Error]:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        local_only=local_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDeploymentRequest,
    local_only: bool | Unset = UNSET,
) -> Deployment | Error | None:
    """Create Deployment

     Creates a new data service Deployment

    Args:
        local_only (bool | Unset):
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            local_only=local_only,
        )
    ).parsed
