# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.delete_network_binding_collection_dry_run import DeleteNetworkBindingCollectionDryRun
from ...models.delete_network_binding_collection_propagation_policy import (
    DeleteNetworkBindingCollectionPropagationPolicy,
)
from ...models.delete_network_binding_collection_resource_version_match import (
    DeleteNetworkBindingCollectionResourceVersionMatch,
)
from ...models.delete_options import DeleteOptions, DeleteOptionsDict
from ...models.status import Status
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    namespace: str,
    *,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    continue_: str | Unset = UNSET,
    dry_run: DeleteNetworkBindingCollectionDryRun | Literal["All"] | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNetworkBindingCollectionPropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: DeleteNetworkBindingCollectionResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["continue"] = continue_

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = DeleteNetworkBindingCollectionDryRun(dry_run).value

    params["dryRun"] = json_dry_run

    params["fieldSelector"] = field_selector

    params["gracePeriodSeconds"] = grace_period_seconds

    params["ignoreStoreReadErrorWithClusterBreakingPotential"] = ignore_store_read_error_with_cluster_breaking_potential

    params["labelSelector"] = label_selector

    params["limit"] = limit

    params["orphanDependents"] = orphan_dependents

    json_propagation_policy: str | Unset = UNSET
    if not isinstance(propagation_policy, Unset):
        json_propagation_policy = DeleteNetworkBindingCollectionPropagationPolicy(propagation_policy).value

    params["propagationPolicy"] = json_propagation_policy

    params["resourceVersion"] = resource_version

    json_resource_version_match: str | Unset = UNSET
    if not isinstance(resource_version_match, Unset):
        json_resource_version_match = DeleteNetworkBindingCollectionResourceVersionMatch(resource_version_match).value

    params["resourceVersionMatch"] = json_resource_version_match

    params["sendInitialEvents"] = send_initial_events

    params["timeoutSeconds"] = timeout_seconds

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/networkbindings".format(
            namespace=quote(str(namespace), safe=""),
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
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

    if response.status_code == 410:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_410 = Status._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "Status") from None
        return response_410

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    continue_: str | Unset = UNSET,
    dry_run: DeleteNetworkBindingCollectionDryRun | Literal["All"] | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNetworkBindingCollectionPropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: DeleteNetworkBindingCollectionResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Status]:
    """Delete a collection of networkbindings

     Delete every networkbinding the selectors match. Answers a `Status` with `status: Success`.

    Args:
        namespace (str):
        continue_ (str | Unset):
        dry_run (DeleteNetworkBindingCollectionDryRun | Unset):
        field_selector (str | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNetworkBindingCollectionPropagationPolicy | Unset):
        resource_version (str | Unset):
        resource_version_match (DeleteNetworkBindingCollectionResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Status]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
        continue_=continue_,
        dry_run=dry_run,
        field_selector=field_selector,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        label_selector=label_selector,
        limit=limit,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    continue_: str | Unset = UNSET,
    dry_run: DeleteNetworkBindingCollectionDryRun | Literal["All"] | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNetworkBindingCollectionPropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: DeleteNetworkBindingCollectionResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Status:
    """Delete a collection of networkbindings

     Delete every networkbinding the selectors match. Answers a `Status` with `status: Success`.

    Args:
        namespace (str):
        continue_ (str | Unset):
        dry_run (DeleteNetworkBindingCollectionDryRun | Unset):
        field_selector (str | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNetworkBindingCollectionPropagationPolicy | Unset):
        resource_version (str | Unset):
        resource_version_match (DeleteNetworkBindingCollectionResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Status
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
        continue_=continue_,
        dry_run=dry_run,
        field_selector=field_selector,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        label_selector=label_selector,
        limit=limit,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Status", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    continue_: str | Unset = UNSET,
    dry_run: DeleteNetworkBindingCollectionDryRun | Literal["All"] | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNetworkBindingCollectionPropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: DeleteNetworkBindingCollectionResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[Status]:
    """Delete a collection of networkbindings

     Delete every networkbinding the selectors match. Answers a `Status` with `status: Success`.

    Args:
        namespace (str):
        continue_ (str | Unset):
        dry_run (DeleteNetworkBindingCollectionDryRun | Unset):
        field_selector (str | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNetworkBindingCollectionPropagationPolicy | Unset):
        resource_version (str | Unset):
        resource_version_match (DeleteNetworkBindingCollectionResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[Status]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
        continue_=continue_,
        dry_run=dry_run,
        field_selector=field_selector,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        label_selector=label_selector,
        limit=limit,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
    continue_: str | Unset = UNSET,
    dry_run: DeleteNetworkBindingCollectionDryRun | Literal["All"] | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    grace_period_seconds: int | Unset = UNSET,
    ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    orphan_dependents: bool | Unset = UNSET,
    propagation_policy: DeleteNetworkBindingCollectionPropagationPolicy
    | Literal["Orphan", "Background", "Foreground"]
    | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: DeleteNetworkBindingCollectionResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Status:
    """Delete a collection of networkbindings

     Delete every networkbinding the selectors match. Answers a `Status` with `status: Success`.

    Args:
        namespace (str):
        continue_ (str | Unset):
        dry_run (DeleteNetworkBindingCollectionDryRun | Unset):
        field_selector (str | Unset):
        grace_period_seconds (int | Unset):
        ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        orphan_dependents (bool | Unset):
        propagation_policy (DeleteNetworkBindingCollectionPropagationPolicy | Unset):
        resource_version (str | Unset):
        resource_version_match (DeleteNetworkBindingCollectionResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        pretty (str | Unset):
        body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Status
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        body=body,
        continue_=continue_,
        dry_run=dry_run,
        field_selector=field_selector,
        grace_period_seconds=grace_period_seconds,
        ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
        label_selector=label_selector,
        limit=limit,
        orphan_dependents=orphan_dependents,
        propagation_policy=propagation_policy,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("Status", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
