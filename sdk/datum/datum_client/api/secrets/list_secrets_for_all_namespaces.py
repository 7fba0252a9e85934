# pyright: reportPrivateUsage=false
from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ..._runtime import calls as _calls
from ..._runtime import models as _m
from ...client import AuthenticatedClient, Client
from ...models.list_secrets_for_all_namespaces_resource_version_match import (
    ListSecretsForAllNamespacesResourceVersionMatch,
)
from ...models.secret_list import SecretList
from ...models.status import Status
from ...types import UNSET, Response, Unset

_ = (_m, Literal)


def _get_kwargs(
    *,
    allow_watch_bookmarks: bool | Unset = UNSET,
    continue_: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowWatchBookmarks"] = allow_watch_bookmarks

    params["continue"] = continue_

    params["fieldSelector"] = field_selector

    params["labelSelector"] = label_selector

    params["limit"] = limit

    params["resourceVersion"] = resource_version

    json_resource_version_match: str | Unset = UNSET
    if not isinstance(resource_version_match, Unset):
        json_resource_version_match = ListSecretsForAllNamespacesResourceVersionMatch(resource_version_match).value

    params["resourceVersionMatch"] = json_resource_version_match

    params["sendInitialEvents"] = send_initial_events

    params["timeoutSeconds"] = timeout_seconds

    params["watch"] = watch

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/secrets",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SecretList | Status | None:
    if response.status_code == 200:
        try:
            with _calls.JsonAnswer(response) as _body:
                response_200 = SecretList._from_json(_body)

        except _m.PARSE_ERRORS as _e:
            raise _m.response_validation_error(_e, response, "SecretList") from None
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SecretList | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    continue_: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[SecretList | Status]:
    """List or watch secrets in every namespace

     List the secrets in every namespace, sorted by name, one page of `limit` at a time (follow
    `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
    newline-delimited `WatchEvent` objects, one per change.

    Args:
        allow_watch_bookmarks (bool | Unset):
        continue_ (str | Unset):
        field_selector (str | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        resource_version (str | Unset):
        resource_version_match (ListSecretsForAllNamespacesResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        watch (bool | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[SecretList | Status]
    """

    kwargs = _get_kwargs(
        allow_watch_bookmarks=allow_watch_bookmarks,
        continue_=continue_,
        field_selector=field_selector,
        label_selector=label_selector,
        limit=limit,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        watch=watch,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    continue_: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> SecretList:
    """List or watch secrets in every namespace

     List the secrets in every namespace, sorted by name, one page of `limit` at a time (follow
    `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
    newline-delimited `WatchEvent` objects, one per change.

    Args:
        allow_watch_bookmarks (bool | Unset):
        continue_ (str | Unset):
        field_selector (str | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        resource_version (str | Unset):
        resource_version_match (ListSecretsForAllNamespacesResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        watch (bool | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        SecretList
    """

    kwargs = _get_kwargs(
        allow_watch_bookmarks=allow_watch_bookmarks,
        continue_=continue_,
        field_selector=field_selector,
        label_selector=label_selector,
        limit=limit,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        watch=watch,
        pretty=pretty,
    )

    response = _calls.send(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("SecretList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    continue_: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> Response[SecretList | Status]:
    """List or watch secrets in every namespace

     List the secrets in every namespace, sorted by name, one page of `limit` at a time (follow
    `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
    newline-delimited `WatchEvent` objects, one per change.

    Args:
        allow_watch_bookmarks (bool | Unset):
        continue_ (str | Unset):
        field_selector (str | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        resource_version (str | Unset):
        resource_version_match (ListSecretsForAllNamespacesResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        watch (bool | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        Response[SecretList | Status]
    """

    kwargs = _get_kwargs(
        allow_watch_bookmarks=allow_watch_bookmarks,
        continue_=continue_,
        field_selector=field_selector,
        label_selector=label_selector,
        limit=limit,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        watch=watch,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    continue_: str | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: _calls.Retries = _calls.DEFAULT,
) -> SecretList:
    """List or watch secrets in every namespace

     List the secrets in every namespace, sorted by name, one page of `limit` at a time (follow
    `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
    newline-delimited `WatchEvent` objects, one per change.

    Args:
        allow_watch_bookmarks (bool | Unset):
        continue_ (str | Unset):
        field_selector (str | Unset):
        label_selector (str | Unset):
        limit (int | Unset):
        resource_version (str | Unset):
        resource_version_match (ListSecretsForAllNamespacesResourceVersionMatch | Unset):
        send_initial_events (bool | Unset):
        timeout_seconds (int | Unset):
        watch (bool | Unset):
        pretty (str | Unset):

    Args (per call):
        retries: Retries for this call (a count, a `Retry`, or None for none); default: the client's.

    Raises:
        errors.ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`,
            `RateLimitError`, `ServerError`, ...), carrying the parsed error model in `.error`.
        errors.ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).

    Returns:
        SecretList
    """

    kwargs = _get_kwargs(
        allow_watch_bookmarks=allow_watch_bookmarks,
        continue_=continue_,
        field_selector=field_selector,
        label_selector=label_selector,
        limit=limit,
        resource_version=resource_version,
        resource_version_match=resource_version_match,
        send_initial_events=send_initial_events,
        timeout_seconds=timeout_seconds,
        watch=watch,
        pretty=pretty,
    )

    response = await _calls.asend(client, kwargs, retries)
    if 200 <= response.status_code < 300:
        return cast("SecretList", _parse_response(client=client, response=response))
    raise _calls.error_from(client, response, _parse_response)
