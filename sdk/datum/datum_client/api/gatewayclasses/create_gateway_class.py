# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.create_gateway_class_dry_run import CreateGatewayClassDryRun
from ...models.create_gateway_class_field_validation import CreateGatewayClassFieldValidation
from ...models.gateway_class import GatewayClass, GatewayClassDict
from ...models.status import Status
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    *,
    body: GatewayClass | GatewayClassDict,
    dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = CreateGatewayClassDryRun(dry_run).value

    params["dryRun"] = json_dry_run

    params["fieldManager"] = field_manager

    json_field_validation: str | Unset = UNSET
    if not isinstance(field_validation, Unset):
        json_field_validation = CreateGatewayClassFieldValidation(field_validation).value

    params["fieldValidation"] = json_field_validation

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apis/gateway.networking.k8s.io/v1/gatewayclasses",
        "params": params,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, GatewayClass) else dict(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GatewayClass | Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = GatewayClass._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "GatewayClass") from None
        return response_200

    if response.status_code == 201:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_201 = GatewayClass._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "GatewayClass") from None
        return response_201

    if response.status_code == 202:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_202 = GatewayClass._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "GatewayClass") from None
        return response_202

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayClass | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayClass | GatewayClassDict,
    dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[GatewayClass | Status]:
    """Create a gatewayclass

     Create a GatewayClass named `metadata.name`, or `metadata.generateName` followed by a random five-
    character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
    `Invalid` with one cause per invalid field.

    Args:
        dry_run (CreateGatewayClassDryRun | Unset):
        field_manager (str | Unset):
        field_validation (CreateGatewayClassFieldValidation | Unset):
        pretty (str | Unset):
        body (GatewayClass): A class of gateways and the controller that implements it; `datum-
            external-global-proxy` is pre-installed.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[GatewayClass | Status]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayClass | GatewayClassDict,
    dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> GatewayClass:
    """Create a gatewayclass

     Create a GatewayClass named `metadata.name`, or `metadata.generateName` followed by a random five-
    character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
    `Invalid` with one cause per invalid field.

    Args:
        dry_run (CreateGatewayClassDryRun | Unset):
        field_manager (str | Unset):
        field_validation (CreateGatewayClassFieldValidation | Unset):
        pretty (str | Unset):
        body (GatewayClass): A class of gateways and the controller that implements it; `datum-
            external-global-proxy` is pre-installed.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        GatewayClass
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("GatewayClass", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayClass | GatewayClassDict,
    dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[GatewayClass | Status]:
    """Create a gatewayclass

     Create a GatewayClass named `metadata.name`, or `metadata.generateName` followed by a random five-
    character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
    `Invalid` with one cause per invalid field.

    Args:
        dry_run (CreateGatewayClassDryRun | Unset):
        field_manager (str | Unset):
        field_validation (CreateGatewayClassFieldValidation | Unset):
        pretty (str | Unset):
        body (GatewayClass): A class of gateways and the controller that implements it; `datum-
            external-global-proxy` is pre-installed.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[GatewayClass | Status]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayClass | GatewayClassDict,
    dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> GatewayClass:
    """Create a gatewayclass

     Create a GatewayClass named `metadata.name`, or `metadata.generateName` followed by a random five-
    character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
    `Invalid` with one cause per invalid field.

    Args:
        dry_run (CreateGatewayClassDryRun | Unset):
        field_manager (str | Unset):
        field_validation (CreateGatewayClassFieldValidation | Unset):
        pretty (str | Unset):
        body (GatewayClass): A class of gateways and the controller that implements it; `datum-
            external-global-proxy` is pre-installed.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        GatewayClass
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("GatewayClass", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
