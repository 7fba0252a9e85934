"""What generated operations and clients call: one place for sending, errors and transports."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any, Final, Protocol, TypeAlias

import httpx

from .decode import JsonAnswer, json_body
from .errors import ApiStatusError, ClientClosedError, status_error, transport_failure
from .redact import install_httpx_filter
from .retry import (
    RETRY_EXTENSION,
    SYSTEM_CLOCK,
    AsyncRetryTransport,
    Clock,
    Retry,
    RetryTransport,
    as_retry,
)

__all__ = [
    "DEFAULT",
    "JsonAnswer",
    "Retries",
    "UseClientDefault",
    "asend",
    "async_transport_args",
    "error_from",
    "json_body",
    "send",
    "transport_args",
]


install_httpx_filter()

_CLOSED = "the client is closed (close() or the end of its `with` block); create a new one to send more"


class UseClientDefault:
    """The type of `DEFAULT`: "not given, use the client's setting" (None means "off")."""

    _instance: UseClientDefault | None = None

    def __new__(cls) -> UseClientDefault:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = UseClientDefault()
# What a per-call `retries=` accepts: a count, a `Retry`, None (no retries) or DEFAULT (the client's).
Retries: TypeAlias = int | Retry | UseClientDefault | None


class SyncClient(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...


class AsyncClient(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


def _with_retries(kwargs: dict[str, Any], retries: Retries) -> dict[str, Any]:
    if not isinstance(retries, UseClientDefault):
        kwargs["extensions"] = {**kwargs.get("extensions", {}), RETRY_EXTENSION: as_retry(retries)}
    return kwargs


def send(client: SyncClient, kwargs: dict[str, Any], retries: Retries = DEFAULT) -> httpx.Response:
    """Send an operation's request; transport failures raise `ApiConnectionError`/`ApiTimeoutError`."""
    if retries is not DEFAULT:
        _with_retries(kwargs, retries)
    http = client.get_httpx_client()
    if http.is_closed:
        raise ClientClosedError(_CLOSED)
    try:
        return http.request(**kwargs)
    except httpx.TransportError as exc:
        raise transport_failure(exc, kwargs) from exc


async def asend(client: AsyncClient, kwargs: dict[str, Any], retries: Retries = DEFAULT) -> httpx.Response:
    """`send` for async clients."""
    if retries is not DEFAULT:
        _with_retries(kwargs, retries)
    http = client.get_async_httpx_client()
    if http.is_closed:
        raise ClientClosedError(_CLOSED)
    try:
        return await http.request(**kwargs)
    except httpx.TransportError as exc:
        raise transport_failure(exc, kwargs) from exc


def error_from(client: Any, response: httpx.Response, parse: Callable[..., Any]) -> ApiStatusError:
    """The typed exception for an error answer; `parse` is the operation's `_parse_response`, whose
    result for this status is the API's error model (or None when the body does not parse)."""
    try:
        error = parse(client=client, response=response)
    except Exception:  # an undocumented or malformed error body: keep the raw content only
        error = None
    return status_error(response, error)


def _inner_transport_args(httpx_args: dict[str, Any], verify: Any) -> dict[str, Any]:
    options: dict[str, Any] = {"verify": verify}
    for name in ("cert", "trust_env", "http1", "http2", "limits"):
        if name in httpx_args:
            options[name] = httpx_args[name]
    return options


def transport_args(
    httpx_args: dict[str, Any],
    *,
    verify: str | bool | ssl.SSLContext,
    retry: int | Retry | None,
    clock: Clock | None = None,
) -> dict[str, Any]:
    """`httpx_args` with its transport (or httpx's default one) wrapped in a `RetryTransport`."""
    args = dict(httpx_args)
    inner = args.pop("transport", None)
    if inner is None:
        inner = httpx.HTTPTransport(**_inner_transport_args(args, verify))
    args["transport"] = RetryTransport(inner, as_retry(retry), clock or SYSTEM_CLOCK)
    return args


def async_transport_args(
    httpx_args: dict[str, Any],
    *,
    verify: str | bool | ssl.SSLContext,
    retry: int | Retry | None,
    clock: Clock | None = None,
) -> dict[str, Any]:
    """`transport_args` for `httpx.AsyncClient`."""
    args = dict(httpx_args)
    inner = args.pop("transport", None)
    if inner is None:
        inner = httpx.AsyncHTTPTransport(**_inner_transport_args(args, verify))
    args["transport"] = AsyncRetryTransport(inner, as_retry(retry), clock or SYSTEM_CLOCK)
    return args
