from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_service_offerings_result import ListServiceOfferingsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    org_id: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orgId"] = org_id

    params["visibility"] = visibility

    params["environmentType"] = environment_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/service-offering",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListServiceOfferingsResult | None:
    if response.status_code == 200:
        response_200 = ListServiceOfferingsResult.from_dict(response.json())

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
) -> Response[Error | ListServiceOfferingsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    org_id: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
) -> Response[Error | ListServiceOfferingsResult]:
    """ListServiceOffering service-offering-api

    Args:
        org_id (str | Unset):
        visibility (str | Unset):
        environment_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListServiceOfferingsResult]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        visibility=visibility,
        environment_type=environment_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    org_id: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
) -> Error | ListServiceOfferingsResult | None:
    """ListServiceOffering service-offering-api

    Args:
        org_id (str | Unset):
        visibility (str | Unset):
        environment_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListServiceOfferingsResult
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        visibility=visibility,
        environment_type=environment_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_id: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
) -> Response[Error | ListServiceOfferingsResult]:
    """ListServiceOffering service-offering-api

    Args:
        org_id (str | Unset):
        visibility (str | Unset):
        environment_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListServiceOfferingsResult]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        visibility=visibility,
        environment_type=environment_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    org_id: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
    environment_type: str | Unset = UNSET,
) -> Error | ListServiceOfferingsResult | None:
    """ListServiceOffering service-offering-api

    Args:
        org_id (str | Unset):
        visibility (str | Unset):
        environment_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListServiceOfferingsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            visibility=visibility,
            environment_type=environment_type,
        )
    ).parsed
