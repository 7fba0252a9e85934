# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_resource_instance_request import UpdateResourceInstanceRequest, UpdateResourceInstanceRequestDict
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    service_provider_id: str,
    service_key: str,
    service_api_version: str,
    service_environment_key: str,
    service_model_key: str,
    product_tier_key: str,
    resource_key: str,
    id: str,
    *,
    body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
    subscription_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subscriptionId"] = subscription_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/2022-09-01-00/resource-instance/{service_provider_id}/{service_key}/{service_api_version}/{service_environment_key}/{service_model_key}/{product_tier_key}/{resource_key}/{id}".format(
            service_provider_id=quote(str(service_provider_id), safe=""),
            service_key=quote(str(service_key), safe=""),
            service_api_version=quote(str(service_api_version), safe=""),
            service_environment_key=quote(str(service_environment_key), safe=""),
            service_model_key=quote(str(service_model_key), safe=""),
            product_tier_key=quote(str(product_tier_key), safe=""),
            resource_key=quote(str(resource_key), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, UpdateResourceInstanceRequest) else dict(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_400 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_400

    if response.status_code == 401:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_401 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_401

    if response.status_code == 403:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_403 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_403

    if response.status_code == 404:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_404 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_404

    if response.status_code == 409:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_409 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_409

    if response.status_code == 500:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_500 = Error._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Error") from None
        return response_500

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
    service_provider_id: str,
    service_key: str,
    service_api_version: str,
    service_environment_key: str,
    service_model_key: str,
    product_tier_key: str,
    resource_key: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
    subscription_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Any | Error]:
    """UpdateResourceInstance resource-instance-api

    Args:
        service_provider_id (str):
        service_key (str):
        service_api_version (str):
        service_environment_key (str):
        service_model_key (str):
        product_tier_key (str):
        resource_key (str):
        id (str):
        subscription_id (str | Unset):
        body (UpdateResourceInstanceRequest): Request body of UpdateResourceInstance

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        service_provider_id=service_provider_id,
        service_key=service_key,
        service_api_version=service_api_version,
        service_environment_key=service_environment_key,
        service_model_key=service_model_key,
        product_tier_key=product_tier_key,
        resource_key=resource_key,
        id=id,
        body=body,
        subscription_id=subscription_id,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    service_provider_id: str,
    service_key: str,
    service_api_version: str,
    service_environment_key: str,
    service_model_key: str,
    product_tier_key: str,
    resource_key: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
    subscription_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Any:
    """UpdateResourceInstance resource-instance-api

    Args:
        service_provider_id (str):
        service_key (str):
        service_api_version (str):
        service_environment_key (str):
        service_model_key (str):
        product_tier_key (str):
        resource_key (str):
        id (str):
        subscription_id (str | Unset):
        body (UpdateResourceInstanceRequest): Request body of UpdateResourceInstance

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        service_provider_id=service_provider_id,
        service_key=service_key,
        service_api_version=service_api_version,
        service_environment_key=service_environment_key,
        service_model_key=service_model_key,
        product_tier_key=product_tier_key,
        resource_key=resource_key,
        id=id,
        body=body,
        subscription_id=subscription_id,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Any", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    service_provider_id: str,
    service_key: str,
    service_api_version: str,
    service_environment_key: str,
    service_model_key: str,
    product_tier_key: str,
    resource_key: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
    subscription_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Any | Error]:
    """UpdateResourceInstance resource-instance-api

    Args:
        service_provider_id (str):
        service_key (str):
        service_api_version (str):
        service_environment_key (str):
        service_model_key (str):
        product_tier_key (str):
        resource_key (str):
        id (str):
        subscription_id (str | Unset):
        body (UpdateResourceInstanceRequest): Request body of UpdateResourceInstance

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        service_provider_id=service_provider_id,
        service_key=service_key,
        service_api_version=service_api_version,
        service_environment_key=service_environment_key,
        service_model_key=service_model_key,
        product_tier_key=product_tier_key,
        resource_key=resource_key,
        id=id,
        body=body,
        subscription_id=subscription_id,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    service_provider_id: str,
    service_key: str,
    service_api_version: str,
    service_environment_key: str,
    service_model_key: str,
    product_tier_key: str,
    resource_key: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
    subscription_id: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Any:
    """UpdateResourceInstance resource-instance-api

    Args:
        service_provider_id (str):
        service_key (str):
        service_api_version (str):
        service_environment_key (str):
        service_model_key (str):
        product_tier_key (str):
        resource_key (str):
        id (str):
        subscription_id (str | Unset):
        body (UpdateResourceInstanceRequest): Request body of UpdateResourceInstance

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        service_provider_id=service_provider_id,
        service_key=service_key,
        service_api_version=service_api_version,
        service_environment_key=service_environment_key,
        service_model_key=service_model_key,
        product_tier_key=product_tier_key,
        resource_key=resource_key,
        id=id,
        body=body,
        subscription_id=subscription_id,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Any", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
