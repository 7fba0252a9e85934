from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_api_discovery import OpenApiDiscovery
from ...models.status import Status
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openapi/v3",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenApiDiscovery | Status | None:
    if response.status_code == 200:
        response_200 = OpenApiDiscovery.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Status.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Status.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Status.from_dict(response.json())

        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenApiDiscovery | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpenApiDiscovery | Status]:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenApiDiscovery | Status]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> OpenApiDiscovery | Status | None:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenApiDiscovery | Status
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[OpenApiDiscovery | Status]:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenApiDiscovery | Status]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> OpenApiDiscovery | Status | None:
    """List the OpenAPI documents of the control plane

     The API group versions this control plane serves, each with the server-relative URL of its
    OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
    characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
    host root.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenApiDiscovery | Status
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
