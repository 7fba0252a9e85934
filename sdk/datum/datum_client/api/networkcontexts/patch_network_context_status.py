# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.json_patch_operation import JsonPatchOperation
from ...models.merge_patch import MergePatch
from ...models.network_context import NetworkContext
from ...models.patch_network_context_status_dry_run import PatchNetworkContextStatusDryRun
from ...models.patch_network_context_status_field_validation import PatchNetworkContextStatusFieldValidation
from ...models.status import Status
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    namespace: str,
    name: str,
    *,
    body: list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
    dry_run: PatchNetworkContextStatusDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: PatchNetworkContextStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    force: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = PatchNetworkContextStatusDryRun(dry_run).value

    params["dryRun"] = json_dry_run

    params["fieldManager"] = field_manager

    json_field_validation: str | Unset = UNSET
    if not isinstance(field_validation, Unset):
        json_field_validation = PatchNetworkContextStatusFieldValidation(field_validation).value

    params["fieldValidation"] = json_field_validation

    params["force"] = force

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/networkcontexts/{name}/status".format(
            namespace=quote(str(namespace), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, list):
        json_body: list[dict[str, Any]] = []
        for componentsschemas_json_patch_item_data in body:
            componentsschemas_json_patch_item = componentsschemas_json_patch_item_data.to_dict()
            json_body.append(componentsschemas_json_patch_item)

        _kwargs["json"] = json_body

        headers["Content-Type"] = "application/json-patch+json"
    if isinstance(body, MergePatch):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/merge-patch+json"
    if isinstance(body, str):
        _kwargs["content"] = body.encode()
        headers["Content-Type"] = "application/apply-patch+yaml"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NetworkContext | Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = NetworkContext._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "NetworkContext") from None
        return response_200

    if response.status_code == 201:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_201 = NetworkContext._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "NetworkContext") from None
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NetworkContext | Status]:
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
    body: list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
    dry_run: PatchNetworkContextStatusDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: PatchNetworkContextStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    force: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[NetworkContext | Status]:
    """Patch a networkcontext's status

     Partially update the status; changes to anything else are ignored.

    Args:
        namespace (str):
        name (str):
        dry_run (PatchNetworkContextStatusDryRun | Unset):
        field_manager (str | Unset):
        field_validation (PatchNetworkContextStatusFieldValidation | Unset):
        force (bool | Unset):
        pretty (str | Unset):
        body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
            patch fails if one operation fails.
        body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
        body (str): A NetworkContext manifest in YAML holding the fields the caller manages.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[NetworkContext | Status]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        force=force,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
    dry_run: PatchNetworkContextStatusDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: PatchNetworkContextStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    force: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> NetworkContext:
    """Patch a networkcontext's status

     Partially update the status; changes to anything else are ignored.

    Args:
        namespace (str):
        name (str):
        dry_run (PatchNetworkContextStatusDryRun | Unset):
        field_manager (str | Unset):
        field_validation (PatchNetworkContextStatusFieldValidation | Unset):
        force (bool | Unset):
        pretty (str | Unset):
        body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
            patch fails if one operation fails.
        body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
        body (str): A NetworkContext manifest in YAML holding the fields the caller manages.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        NetworkContext
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        force=force,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("NetworkContext", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
    dry_run: PatchNetworkContextStatusDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: PatchNetworkContextStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    force: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[NetworkContext | Status]:
    """Patch a networkcontext's status

     Partially update the status; changes to anything else are ignored.

    Args:
        namespace (str):
        name (str):
        dry_run (PatchNetworkContextStatusDryRun | Unset):
        field_manager (str | Unset):
        field_validation (PatchNetworkContextStatusFieldValidation | Unset):
        force (bool | Unset):
        pretty (str | Unset):
        body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
            patch fails if one operation fails.
        body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
        body (str): A NetworkContext manifest in YAML holding the fields the caller manages.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[NetworkContext | Status]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        force=force,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
    dry_run: PatchNetworkContextStatusDryRun | Literal["All"] | Unset = UNSET,
    field_manager: str | Unset = UNSET,
    field_validation: PatchNetworkContextStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
    force: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> NetworkContext:
    """Patch a networkcontext's status

     Partially update the status; changes to anything else are ignored.

    Args:
        namespace (str):
        name (str):
        dry_run (PatchNetworkContextStatusDryRun | Unset):
        field_manager (str | Unset):
        field_validation (PatchNetworkContextStatusFieldValidation | Unset):
        force (bool | Unset):
        pretty (str | Unset):
        body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
            patch fails if one operation fails.
        body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
        body (str): A NetworkContext manifest in YAML holding the fields the caller manages.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        NetworkContext
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        name=name,
        body=body,
        dry_run=dry_run,
        field_manager=field_manager,
        field_validation=field_validation,
        force=force,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("NetworkContext", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
