"""The base of every namespaced client (`Omnistrate`, `AsyncPDS`, ...): configuration, per-call
options, copies, closing, and the one place a namespaced call is sent and answered.

Generated clients subclass `SyncApiClient` / `AsyncApiClient`, name their `ClientSettings` (package,
version, environment variables, default base URL) and add resource namespaces; generated resource
methods build the request with their operation module's `_get_kwargs` and hand it to `_call`.

Settings a copy changes (`with_options`) travel with each request instead of being written into the
shared `httpx.Client`, so a copy never changes its original; copies share the original's connection
pool, and only the client that opened the pool closes it.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Final, TypeAlias, TypeVar

import httpx

from .calls import DEFAULT, Retries, UseClientDefault, async_transport_args, error_from, transport_args
from .errors import (
    ApiConnectionError,
    ApiStatusError,
    ClientClosedError,
    ConfigurationError,
    connection_error,
    transport_failure,
)
from .redact import redact_url
from .responses import RESPONSE_MODE, AsyncStreamedResponse, RawResponse, StreamedResponse
from .retry import RETRY_EXTENSION, Clock, Retry, as_retry

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncApiClient",
    "ClientClosedError",
    "ClientSettings",
    "ConfigurationError",
    "SyncApiClient",
    "Timeout",
    "as_timeout",
    "user_agent",
]

# As the best SDKs: a minute for the whole exchange, five seconds to connect.
DEFAULT_CONNECT_TIMEOUT: Final = 5.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=DEFAULT_CONNECT_TIMEOUT)
DEFAULT_RETRIES: Final = 2
# What `timeout=` accepts: seconds, an `httpx.Timeout`, None (wait forever) or DEFAULT (the client's).
Timeout: TypeAlias = float | httpx.Timeout | None

T = TypeVar("T")
Parse: TypeAlias = Callable[..., Any]
Shape: TypeAlias = Callable[[Any], Any] | None


@dataclass(frozen=True)
class ClientSettings:
    """What a generated client says of itself."""

    name: str  # `Omnistrate`
    distribution: str  # `omnistrate-client`, the User-Agent's product
    version: str
    env_prefix: str  # `OMNISTRATE` → OMNISTRATE_BASE_URL, OMNISTRATE_TOKEN
    default_base_url: str | None  # None when the spec's server URL has parts to fill in
    base_url_hint: str = ""  # how to build a base URL, for the error when there is none


def user_agent(settings: ClientSettings) -> str:
    return (
        f"{settings.distribution}/{settings.version} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


def as_timeout(value: Timeout) -> httpx.Timeout | None:
    """Seconds (the connect part capped at 5 s), an `httpx.Timeout` as it is, or None (no limit)."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_CONNECT_TIMEOUT))


def _timeout(value: Timeout | UseClientDefault, fallback: httpx.Timeout | None) -> httpx.Timeout | None:
    return fallback if isinstance(value, UseClientDefault) else as_timeout(value)


class _BaseClient:
    """Configuration shared by the sync and async clients."""

    settings: ClassVar[ClientSettings]
    # The functional layer's client, which operation modules' `_parse_response` read a flag of.
    parse_client: ClassVar[Any]

    base_url: str
    timeout: httpx.Timeout | None
    retries: Retry

    def _configure(
        self,
        base_url: str | httpx.URL | None,
        token: str | None,
        timeout: Timeout | UseClientDefault,
        retries: int | Retry | UseClientDefault | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        prefix = self.settings.env_prefix
        url = base_url if base_url is not None else os.environ.get(f"{prefix}_BASE_URL")
        url = url if url is not None else self.settings.default_base_url
        if not url:
            hint = f" ({self.settings.base_url_hint})" if self.settings.base_url_hint else ""
            raise ConfigurationError(
                f"{self.settings.name} needs a base URL: pass base_url= or set {prefix}_BASE_URL{hint}"
            )
        self.base_url = str(url)
        self._token = token if token is not None else os.environ.get(f"{prefix}_TOKEN")
        self.timeout = _timeout(timeout, DEFAULT_TIMEOUT)
        self.retries = as_retry(DEFAULT_RETRIES if isinstance(retries, UseClientDefault) else retries)
        self._custom_headers = dict(headers or {})

    @property
    def headers(self) -> dict[str, str]:
        """The headers every request carries (credentials included; never logged or shown in repr)."""
        base = {"User-Agent": user_agent(self.settings)}
        if self._token:
            base["Authorization"] = f"Bearer {self._token}"
        return {**base, **self._custom_headers}

    def __repr__(self) -> str:
        token = ", token=<redacted>" if self._token else ""
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}{token})"

    # Per-request settings of a copy that differs from the client that owns the pool (None: same).
    _request_headers: dict[str, str] | None = None
    _request_timeout: httpx.Timeout | UseClientDefault | None = DEFAULT
    _request_retry: Retry | None = None
    # Prefixed to every path when the httpx client's own base URL is not this client's (a client
    # brought by the caller, or a copy with another base URL).
    _request_base: str | None = None
    # The httpx client (sync or async; typed by each subclass's `http_client`), and whether this
    # client opened it (copies share it, and only the owner closes it).
    _http: Any
    _owns_http: bool

    def _setup(  # noqa: PLR0917 - the constructors' arguments, in their order
        self,
        base_url: str | httpx.URL | None,
        token: str | None,
        timeout: Timeout | UseClientDefault,
        retries: int | Retry | UseClientDefault | None,
        headers: Mapping[str, str] | None,
        http_client: Any,
        build: Callable[..., Any],
    ) -> None:
        """Configure, then open an httpx client with `build` (sync or async) or adopt the caller's."""
        self._configure(base_url, token, timeout, retries, headers)
        if http_client is None:
            self._http = build(base_url=self.base_url, headers=self.headers, timeout=self.timeout)
        else:
            # Used as it is: its own timeout, transport and settings apply; ours travel per request.
            self._http = http_client
            self._request_headers = self.headers
            self._request_timeout = self.timeout
            self._request_base = self.base_url.rstrip("/")
        self._owns_http = True

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """A copy with these settings changed (headers are added to the current ones); the original is
        left as it was. The copy shares the original's connections: close the original when done."""
        return self._copy(base_url, token, timeout, retries, headers)

    _closed = False

    def _target(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request's arguments as sent: refused once closed, the path under the base URL."""
        if self._closed or self._http.is_closed:
            raise _closed(self)
        if self._request_base is not None:
            kwargs["url"] = self._request_base + kwargs["url"]
        return kwargs

    def _wrap(self, response: httpx.Response, parse: Parse, shape: Shape, mode: str) -> Any:
        """A 2xx answer in `with_raw_response` / `with_streaming_response` mode, parsed on demand."""

        def answer() -> Any:
            return _answer(self, response, parse, shape)

        if mode == "stream":
            return self._streamed_response(response, answer)
        raw: RawResponse[Any] = RawResponse(response, answer)
        return raw

    # StreamedResponse or AsyncStreamedResponse (closed with `close()` or `aclose()`).
    _streamed_response: ClassVar[type[Any]]

    def _prepare(  # noqa: PLR0917 - positional on the hot path
        self,
        kwargs: dict[str, Any],
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        timeout: Timeout | UseClientDefault,
        retries: Retries,
    ) -> dict[str, Any]:
        if self._request_headers is not None or extra_headers:
            kwargs["headers"] = {
                **(self._request_headers or {}),
                **kwargs.get("headers", {}),
                **(extra_headers or {}),
            }
        if extra_query:
            kwargs["params"] = {**kwargs.get("params", {}), **extra_query}
        if extra_body:
            body = kwargs.get("json")
            if body is not None and not isinstance(body, dict):
                raise TypeError("extra_body= adds fields to a JSON object body; this request has none")
            kwargs["json"] = {**(body or {}), **extra_body}
        if not isinstance(timeout, UseClientDefault):
            kwargs["timeout"] = _timeout(timeout, None)
        elif not isinstance(self._request_timeout, UseClientDefault):
            kwargs["timeout"] = self._request_timeout
        if not isinstance(retries, UseClientDefault):
            kwargs["extensions"] = {RETRY_EXTENSION: as_retry(retries)}
        elif self._request_retry is not None:
            kwargs["extensions"] = {RETRY_EXTENSION: self._request_retry}
        return kwargs

    def _copy(
        self,
        base_url: str | httpx.URL | None,
        token: str | None,
        timeout: Timeout | UseClientDefault,
        retries: int | Retry | UseClientDefault | None,
        headers: Mapping[str, str] | None,
    ) -> Any:
        """`with_options`: a new instance of this client's class sharing its connection pool."""
        copy = object.__new__(type(self))
        copy.base_url = str(base_url) if base_url is not None else self.base_url
        copy._token = token if token is not None else self._token
        copy._custom_headers = {**self._custom_headers, **(headers or {})}
        copy.timeout = self.timeout if isinstance(timeout, UseClientDefault) else _timeout(timeout, None)
        copy.retries = self.retries if isinstance(retries, UseClientDefault) else as_retry(retries)
        # What differs from the pool owner's httpx client travels with every request of the copy.
        copy._request_headers = copy.headers
        copy._request_timeout = copy.timeout
        copy._request_retry = copy.retries
        copy._http = self._http
        copy._owns_http = False
        copy._request_base = self._request_base
        if base_url is not None and str(base_url) != str(self._http.base_url):
            copy._request_base = str(base_url).rstrip("/")
        return copy


def _closed(client: _BaseClient) -> ClientClosedError:
    return ClientClosedError(
        f"this {type(client).__name__} client is closed (close() or the end of its `with` block); "
        "create a new client to send more requests"
    )


def _answer(client: _BaseClient, response: httpx.Response, parse: Parse, shape: Shape) -> Any:
    if 200 <= response.status_code < 300:
        value = parse(client=client.parse_client, response=response)
        return value if shape is None else shape(value)
    raise error_from(client.parse_client, response, parse)


class SyncApiClient(_BaseClient):
    """A synchronous namespaced client; use it in a `with` block or call `close()`."""

    _http: httpx.Client
    _streamed_response = StreamedResponse

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
    ) -> None:
        """Arguments left out come from the environment (`<PREFIX>_BASE_URL`, `<PREFIX>_TOKEN`), then
        from the defaults: 60 s timeout (5 s to connect; `timeout=None` waits forever), 2 retries.

        `http_client` is used as it is: its own timeout, transport and settings apply, and the SDK's
        headers travel with each request. Wrap its transport in `RetryTransport` to keep retries."""

        def build(**settings: Any) -> httpx.Client:
            return httpx.Client(
                **settings, **transport_args({}, verify=True, retry=self.retries, clock=clock)
            )

        self._setup(base_url, token, timeout, retries, headers, http_client, build)

    @property
    def http_client(self) -> httpx.Client:
        """The underlying `httpx.Client` (shared with copies made by `with_options`)."""
        return self._http

    def close(self) -> None:
        """Close the connections (when this client opened them); later calls raise `ClientClosedError`."""
        if self._owns_http:
            self._http.close()
        self._closed = True

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _send(self, kwargs: dict[str, Any], stream: bool) -> httpx.Response:
        kwargs = self._target(kwargs)
        try:
            if stream:
                return self._http.send(self._http.build_request(**kwargs), stream=True)
            return self._http.request(**kwargs)
        except httpx.TransportError as exc:
            raise transport_failure(exc, kwargs) from exc

    def _succeeded(self, response: httpx.Response, parse: Parse) -> httpx.Response:
        """A streamed `response` when 2xx; otherwise it is read, closed and raised as a typed error."""
        if not 200 <= response.status_code < 300:
            response.read()
            response.close()
            raise error_from(self.parse_client, response, parse)
        return response

    def _call(  # noqa: PLR0917 - positional on the hot path
        self,
        kwargs: dict[str, Any],
        parse: Parse,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        timeout: Timeout | UseClientDefault,
        retries: Retries,
        shape: Shape = None,
    ) -> Any:
        """Send one operation's request and answer it: the parsed 2xx value (through `shape`, which
        makes pages of lists), a typed exception otherwise, or a raw/streamed response."""
        kwargs = self._prepare(kwargs, extra_headers, extra_query, extra_body, timeout, retries)
        mode = RESPONSE_MODE.get()
        if not mode:
            return _answer(self, self._send(kwargs, stream=False), parse, shape)
        response = self._succeeded(self._send(kwargs, stream=mode == "stream"), parse)
        return self._wrap(response, parse, shape, mode)

    def _stream(self, kwargs: dict[str, Any], parse: Parse) -> httpx.Response:
        """Send a request whose answer is read as it arrives (watches); the caller closes it."""
        return self._succeeded(self._send(kwargs, stream=True), parse)


class AsyncApiClient(_BaseClient):
    """An asynchronous namespaced client; use it in an `async with` block or await `aclose()`."""

    _http: httpx.AsyncClient
    _streamed_response = AsyncStreamedResponse

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
    ) -> None:
        """As the synchronous client; `http_client` is an `httpx.AsyncClient`."""

        def build(**settings: Any) -> httpx.AsyncClient:
            transport = async_transport_args({}, verify=True, retry=self.retries, clock=clock)
            return httpx.AsyncClient(**settings, **transport)

        self._setup(base_url, token, timeout, retries, headers, http_client, build)

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient` (shared with copies made by `with_options`)."""
        return self._http

    async def aclose(self) -> None:
        """Close the connections (when this client opened them); later calls raise `ClientClosedError`."""
        if self._owns_http:
            await self._http.aclose()
        self._closed = True

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    async def _send(self, kwargs: dict[str, Any], stream: bool) -> httpx.Response:
        kwargs = self._target(kwargs)
        try:
            if stream:
                return await self._http.send(self._http.build_request(**kwargs), stream=True)
            return await self._http.request(**kwargs)
        except httpx.TransportError as exc:
            raise transport_failure(exc, kwargs) from exc

    async def _succeeded(self, response: httpx.Response, parse: Parse) -> httpx.Response:
        """`SyncApiClient._succeeded`, read and closed with `aread()` / `aclose()`."""
        if not 200 <= response.status_code < 300:
            await response.aread()
            await response.aclose()
            raise error_from(self.parse_client, response, parse)
        return response

    async def _call(  # noqa: PLR0917 - positional on the hot path
        self,
        kwargs: dict[str, Any],
        parse: Parse,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        timeout: Timeout | UseClientDefault,
        retries: Retries,
        shape: Shape = None,
    ) -> Any:
        """`SyncApiClient._call`, awaited."""
        kwargs = self._prepare(kwargs, extra_headers, extra_query, extra_body, timeout, retries)
        mode = RESPONSE_MODE.get()
        if not mode:
            return _answer(self, await self._send(kwargs, stream=False), parse, shape)
        response = await self._succeeded(await self._send(kwargs, stream=mode == "stream"), parse)
        return self._wrap(response, parse, shape, mode)

    async def _stream(self, kwargs: dict[str, Any], parse: Parse) -> httpx.Response:
        """`SyncApiClient._stream`, awaited; the caller closes the response with `aclose()`."""
        return await self._succeeded(await self._send(kwargs, stream=True), parse)


_ = (ApiConnectionError, ApiStatusError, connection_error)  # re-exported through errors
