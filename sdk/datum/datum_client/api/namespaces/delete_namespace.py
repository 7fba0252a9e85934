# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.delete_namespace_dry_run import DeleteNamespaceDryRun
from ...models.delete_namespace_propagation_policy import DeleteNamespacePropagationPolicy
from ...models.delete_options import DeleteOptions, DeleteOptionsDict
from ...models.namespace import Namespace
from ...models.status import Status
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    name: str,
    *,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNamespacePropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = DeleteNamespaceDryRun(dry_run).value

    params["dryRun"] = json_dry_run

    params["gracePeriodSeconds"] = grace_period_seconds

    params["ignoreStoreReadErrorWithClusterBreakingPotential"] = ignore_store_read_error_with_cluster_breaking_potential

    params["orphanDependents"] = orphan_dependents

    json_propagation_policy: str | Unset = UNSET
    if not isinstance(propagation_policy, Unset):
        json_propagation_policy = DeleteNamespacePropagationPolicy(propagation_policy).value

    params["propagationPolicy"] = json_propagation_policy

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/namespaces/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, DeleteOptions):
        _kwargs["json"] = body.to_dict()
    elif not isinstance(body, Unset):
        _kwargs["json"] = dict(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Namespace | Status | Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                _ur: Namespace | Status
                try:
                    _ur = Namespace._parse(_body)

                except _m.PARSE_ERRORS:
                    try:
                        _ur = Status._parse(_body)

                    except _m.PARSE_ERRORS:
                        raise _m.bad("Namespace or Status", _body) from None

                response_200 = _ur

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Namespace | Status") from None
        return response_200

    if response.status_code == 202:
        try:
            with _calls.JsonAnswer(response) as _body:
                _ur2: Namespace | Status
                try:
                    _ur2 = Namespace._parse(_body)

                except _m.PARSE_ERRORS:
                    try:
                        _ur2 = Status._parse(_body)

                    except _m.PARSE_ERRORS:
                        raise _m.bad("Namespace or Status", _body) from None

                response_202 = _ur2

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Namespace | Status") from None
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Namespace | Status | Status]:
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
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNamespacePropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Namespace | Status | Status]:
    """Delete a namespace

     Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
    unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
    and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

    Args:
        name (str):
        dry_run (DeleteNamespaceDryRun | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNamespacePropagationPolicy | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Namespace | Status | Status]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNamespacePropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Namespace | Status:
    """Delete a namespace

     Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
    unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
    and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

    Args:
        name (str):
        dry_run (DeleteNamespaceDryRun | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNamespacePropagationPolicy | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Namespace | Status
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Namespace | Status", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNamespacePropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Namespace | Status | Status]:
    """Delete a namespace

     Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
    unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
    and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

    Args:
        name (str):
        dry_run (DeleteNamespaceDryRun | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNamespacePropagationPolicy | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Namespace | Status | Status]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNamespacePropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Namespace | Status:
    """Delete a namespace

     Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
    unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
    and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

    Args:
        name (str):
        dry_run (DeleteNamespaceDryRun | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNamespacePropagationPolicy | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Namespace | Status
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
        dry_run=dry_run,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Namespace | Status", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
