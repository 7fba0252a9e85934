# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.namespace import Namespace, NamespaceDict
from ...models.replace_namespace_dry_run import ReplaceNamespaceDryRun
from ...models.replace_namespace_field_validation import ReplaceNamespaceFieldValidation
from ...models.status import Status
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    name: str,
    *,
    body: Namespace | NamespaceDict,
    dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = ReplaceNamespaceDryRun(dry_run).value

    params["dryRun"] = json_dry_run

    params["fieldManager"] = field_manager

    json_field_validation: str | Unset = UNSET
    if not isinstance(field_validation, Unset):
        json_field_validation = ReplaceNamespaceFieldValidation(field_validation).value

    params["fieldValidation"] = json_field_validation

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/namespaces/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, Namespace) else dict(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Namespace | Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = Namespace._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Namespace") from None
        return response_200

    if response.status_code == 201:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_201 = Namespace._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Namespace") from None
        return response_201

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

    if response.status_code == 409:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_409 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_409

    if response.status_code == 415:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_415 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_415

    if response.status_code == 422:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_422 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Namespace | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Namespace | NamespaceDict,
    dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Namespace | Status]:
    """Replace a namespace

     Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
    the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

    Args:
        name (str):
        dry_run (ReplaceNamespaceDryRun | Unset):
        field_manager (str | Unset):
        field_validation (ReplaceNamespaceFieldValidation | Unset):
        pretty (str | Unset):
        body (Namespace): A scope for names; every project control plane has `default`.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Namespace | Status]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Namespace | NamespaceDict,
    dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Namespace:
    """Replace a namespace

     Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
    the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

    Args:
        name (str):
        dry_run (ReplaceNamespaceDryRun | Unset):
        field_manager (str | Unset):
        field_validation (ReplaceNamespaceFieldValidation | Unset):
        pretty (str | Unset):
        body (Namespace): A scope for names; every project control plane has `default`.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Namespace
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Namespace", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Namespace | NamespaceDict,
    dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Namespace | Status]:
    """Replace a namespace

     Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
    the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

    Args:
        name (str):
        dry_run (ReplaceNamespaceDryRun | Unset):
        field_manager (str | Unset):
        field_validation (ReplaceNamespaceFieldValidation | Unset):
        pretty (str | Unset):
        body (Namespace): A scope for names; every project control plane has `default`.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Namespace | Status]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: Namespace | NamespaceDict,
    dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Namespace:
    """Replace a namespace

     Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
    the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

    Args:
        name (str):
        dry_run (ReplaceNamespaceDryRun | Unset):
        field_manager (str | Unset):
        field_validation (ReplaceNamespaceFieldValidation | Unset):
        pretty (str | Unset):
        body (Namespace): A scope for names; every project control plane has `default`.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Namespace
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Namespace", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
