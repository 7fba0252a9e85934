# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.status import Status
from ...models.workload_deployment import WorkloadDeployment
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    namespace: str,
    name: str,
    *,
    resource_version: str | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resourceVersion"] = resource_version

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}".format(
            namespace=quote(str(namespace), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Status | WorkloadDeployment | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = WorkloadDeployment._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "WorkloadDeployment") from None
        return response_200

    if response.status_code == 400:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_400 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_400

    if response.status_code == 403:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_403 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_403

    if response.status_code == 404:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_404 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Status | WorkloadDeployment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    resource_version: str | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Status | WorkloadDeployment]:
    """Read a workloaddeployment

    Args:
        namespace (str):
        name (str):
        resource_version (str | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Status | WorkloadDeployment]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        resource_version=resource_version,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    resource_version: str | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> WorkloadDeployment:
    """Read a workloaddeployment

    Args:
        namespace (str):
        name (str):
        resource_version (str | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        WorkloadDeployment
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        resource_version=resource_version,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("WorkloadDeployment", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    resource_version: str | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Status | WorkloadDeployment]:
    """Read a workloaddeployment

    Args:
        namespace (str):
        name (str):
        resource_version (str | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Status | WorkloadDeployment]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        resource_version=resource_version,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    resource_version: str | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> WorkloadDeployment:
    """Read a workloaddeployment

    Args:
        namespace (str):
        name (str):
        resource_version (str | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        WorkloadDeployment
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        resource_version=resource_version,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("WorkloadDeployment", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
