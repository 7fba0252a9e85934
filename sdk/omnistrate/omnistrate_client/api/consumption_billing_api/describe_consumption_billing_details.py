from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consumption_billing_details import ConsumptionBillingDetails
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_url: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["returnUrl"] = return_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/resource-instance/billing-details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsumptionBillingDetails | Error | None:
    if response.status_code == 200:
        response_200 = ConsumptionBillingDetails.from_dict(response.json())

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
) -> Response[ConsumptionBillingDetails | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    return_url: str | Unset = UNSET,
) -> Response[ConsumptionBillingDetails | Error]:
    """DescribeConsumptionBillingDetails consumption-billing-api

    Args:
        return_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumptionBillingDetails | Error]
    """

    kwargs = _get_kwargs(
        return_url=return_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    return_url: str | Unset = UNSET,
) -> ConsumptionBillingDetails | Error | None:
    """DescribeConsumptionBillingDetails consumption-billing-api

    Args:
        return_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumptionBillingDetails | Error
    """

    return sync_detailed(
        client=client,
        return_url=return_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    return_url: str | Unset = UNSET,
) -> Response[ConsumptionBillingDetails | Error]:
    """DescribeConsumptionBillingDetails consumption-billing-api

    Args:
        return_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsumptionBillingDetails | Error]
    """

    kwargs = _get_kwargs(
        return_url=return_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    return_url: str | Unset = UNSET,
) -> ConsumptionBillingDetails | Error | None:
    """DescribeConsumptionBillingDetails consumption-billing-api

    Args:
        return_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsumptionBillingDetails | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            return_url=return_url,
        )
    ).parsed
