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
from ...models.file_upload import FileUpload
from ...types import Response

_ = (_m, Literal)


def _get_kwargs(
    service_id: str,
    id: str,
    file_id: str,
    *,
    body: FileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/2022-09-01-00/service/{service_id}/resource/{id}/file/{file_id}/content".format(
            service_id=quote(str(service_id), safe=""),
            id=quote(str(id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
    service_id: str,
    id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Any | Error]:
    """UpdateFileContent resource-api

    Args:
        service_id (str):
        id (str):
        file_id (str):
        body (FileUpload): A multipart form carrying the content of a resource file.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        id=id,
        file_id=file_id,
        body=body,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Any:
    """UpdateFileContent resource-api

    Args:
        service_id (str):
        id (str):
        file_id (str):
        body (FileUpload): A multipart form carrying the content of a resource file.

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
        service_id=service_id,
        id=id,
        file_id=file_id,
        body=body,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Any", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    service_id: str,
    id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Any | Error]:
    """UpdateFileContent resource-api

    Args:
        service_id (str):
        id (str):
        file_id (str):
        body (FileUpload): A multipart form carrying the content of a resource file.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        id=id,
        file_id=file_id,
        body=body,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Any:
    """UpdateFileContent resource-api

    Args:
        service_id (str):
        id (str):
        file_id (str):
        body (FileUpload): A multipart form carrying the content of a resource file.

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
        service_id=service_id,
        id=id,
        file_id=file_id,
        body=body,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Any", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
