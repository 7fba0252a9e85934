from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    tenant: str,
    group: str,
    attribute: str,
    *,
    body: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tenants/{tenant}/groups/{group}/attributes/{attribute}".format(
            tenant=quote(str(tenant), safe=""),
            group=quote(str(group), safe=""),
            attribute=quote(str(attribute), safe=""),
        ),
    }

    _kwargs["content"] = body.encode()
    headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: str,
    group: str,
    attribute: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[Any | Error]:
    """Set one attribute of a group

     Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
    empty string. Requires `group:admin`.

    Args:
        tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
            inner dashes; starts and ends with a letter or digit.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        group=group,
        attribute=attribute,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: str,
    group: str,
    attribute: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Any | Error | None:
    """Set one attribute of a group

     Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
    empty string. Requires `group:admin`.

    Args:
        tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
            inner dashes; starts and ends with a letter or digit.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        tenant=tenant,
        group=group,
        attribute=attribute,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: str,
    group: str,
    attribute: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[Any | Error]:
    """Set one attribute of a group

     Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
    empty string. Requires `group:admin`.

    Args:
        tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
            inner dashes; starts and ends with a letter or digit.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        group=group,
        attribute=attribute,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: str,
    group: str,
    attribute: str,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Any | Error | None:
    """Set one attribute of a group

     Sets the attribute to the raw `text/plain` body, overwriting any value; an empty body stores the
    empty string. Requires `group:admin`.

    Args:
        tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner
            dashes; starts and ends with a letter or digit.
        attribute (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and
            inner dashes; starts and ends with a letter or digit.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            group=group,
            attribute=attribute,
            client=client,
            body=body,
        )
    ).parsed
