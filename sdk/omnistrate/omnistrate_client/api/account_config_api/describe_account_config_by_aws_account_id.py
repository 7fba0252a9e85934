from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.describe_account_config_by_aws_account_id_result import DescribeAccountConfigByAWSAccountIDResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    aws_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2022-09-01-00/accountconfig/aws/{aws_account_id}".format(
            aws_account_id=quote(str(aws_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DescribeAccountConfigByAWSAccountIDResult | Error | None:
    if response.status_code == 200:
        response_200 = DescribeAccountConfigByAWSAccountIDResult.from_dict(response.json())

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
) -> Response[DescribeAccountConfigByAWSAccountIDResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    aws_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DescribeAccountConfigByAWSAccountIDResult | Error]:
    """DescribeAccountConfigByAWSAccountID account-config-api

    Args:
        aws_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeAccountConfigByAWSAccountIDResult | Error]
    """

    kwargs = _get_kwargs(
        aws_account_id=aws_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    aws_account_id: str,
    *,
    client: AuthenticatedClient,
) -> DescribeAccountConfigByAWSAccountIDResult | Error | None:
    """DescribeAccountConfigByAWSAccountID account-config-api

    Args:
        aws_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeAccountConfigByAWSAccountIDResult | Error
    """

    return sync_detailed(
        aws_account_id=aws_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    aws_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DescribeAccountConfigByAWSAccountIDResult | Error]:
    """DescribeAccountConfigByAWSAccountID account-config-api

    Args:
        aws_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeAccountConfigByAWSAccountIDResult | Error]
    """

    kwargs = _get_kwargs(
        aws_account_id=aws_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    aws_account_id: str,
    *,
    client: AuthenticatedClient,
) -> DescribeAccountConfigByAWSAccountIDResult | Error | None:
    """DescribeAccountConfigByAWSAccountID account-config-api

    Args:
        aws_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeAccountConfigByAWSAccountIDResult | Error
    """

    return (
        await asyncio_detailed(
            aws_account_id=aws_account_id,
            client=client,
        )
    ).parsed
