import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._runtime import calls as _calls
from ._runtime.client import DEFAULT_TIMEOUT, ClientSettings, as_timeout, user_agent
from ._runtime.redact import cookies_repr, headers_repr, mapping_repr
from ._runtime.retry import Clock, Retry

_USER_AGENT = user_agent(
    ClientSettings(
        name="PDS",
        distribution="pds-client",
        version="121",
        env_prefix="",
        default_base_url=None,
    )
)


def _strings() -> dict[str, str]:
    return {}


def _values() -> dict[str, Any]:
    return {}


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: Seconds or an ``httpx.Timeout`` for each request (default: 60 s, 5 s to connect;
        None waits forever). Calls past it raise ``ApiTimeoutError``.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.
        A ``transport`` given here is wrapped, not replaced, by the retrying, logging transport.

        ``retries``: How many times to retry connection errors, 408, 429 and 5xx (default 2): a count, a
        ``Retry`` for the backoff too, or None for no retries. POST and PATCH are retried only after
        answers proving the server did not act (connection refused, 429, 503). Per call: ``retries=``.

    Credentials never show in ``repr``; requests are logged at DEBUG on the package's logger.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=_strings, kw_only=True, alias="cookies", repr=cookies_repr)
    _headers: dict[str, str] = field(factory=_strings, kw_only=True, alias="headers", repr=headers_repr)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=as_timeout)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=_values, kw_only=True, alias="httpx_args", repr=mapping_repr)
    retries: int | Retry | None = field(default=2, kw_only=True)
    _clock: Clock | None = field(default=None, kw_only=True, alias="clock", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    # Ours: the copies open their own connections, so the original is never changed.
    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A new client matching this one with additional headers (this one is left as it was)"""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A new client matching this one with additional cookies (this one is left as it was)"""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> "Client":
        """A new client matching this one with another timeout (this one is left as it was)"""
        return evolve(self, timeout=timeout)

    def with_retries(self, retries: int | Retry | None) -> "Client":
        """Get a new client matching this one with another retry setting (it opens its own connections)"""
        return evolve(self, retries=retries)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout,
        and the retrying transport: wrap yours in ``RetryTransport`` to keep retries.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": _USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **_calls.transport_args(
                    self._httpx_args, verify=self._verify_ssl, retry=self.retries, clock=self._clock
                ),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def close(self) -> None:
        """Close the connections; later calls raise ``ClientClosedError``."""
        self.get_httpx_client().close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout,
        and the retrying transport: wrap yours in ``AsyncRetryTransport`` to keep retries.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": _USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **_calls.async_transport_args(
                    self._httpx_args, verify=self._verify_ssl, retry=self.retries, clock=self._clock
                ),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    async def aclose(self) -> None:
        """Close the async connections; later calls raise ``ClientClosedError``."""
        await self.get_async_httpx_client().aclose()


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: Seconds or an ``httpx.Timeout`` for each request (default: 60 s, 5 s to connect;
        None waits forever). Calls past it raise ``ApiTimeoutError``.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.
        A ``transport`` given here is wrapped, not replaced, by the retrying, logging transport.

        ``retries``: How many times to retry connection errors, 408, 429 and 5xx (default 2): a count, a
        ``Retry`` for the backoff too, or None for no retries. POST and PATCH are retried only after
        answers proving the server did not act (connection refused, 429, 503). Per call: ``retries=``.

    Credentials never show in ``repr``; requests are logged at DEBUG on the package's logger.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication (never shown in repr)
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=_strings, kw_only=True, alias="cookies", repr=cookies_repr)
    _headers: dict[str, str] = field(factory=_strings, kw_only=True, alias="headers", repr=headers_repr)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=as_timeout)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=_values, kw_only=True, alias="httpx_args", repr=mapping_repr)
    retries: int | Retry | None = field(default=2, kw_only=True)
    _clock: Clock | None = field(default=None, kw_only=True, alias="clock", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    # Ours: the copies open their own connections, so the original is never changed.
    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """A new client matching this one with additional headers (this one is left as it was)"""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """A new client matching this one with additional cookies (this one is left as it was)"""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> "AuthenticatedClient":
        """A new client matching this one with another timeout (this one is left as it was)"""
        return evolve(self, timeout=timeout)

    def with_retries(self, retries: int | Retry | None) -> "AuthenticatedClient":
        """Get a new client matching this one with another retry setting (it opens its own connections)"""
        return evolve(self, retries=retries)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout,
        and the retrying transport: wrap yours in ``RetryTransport`` to keep retries.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": _USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **_calls.transport_args(
                    self._httpx_args, verify=self._verify_ssl, retry=self.retries, clock=self._clock
                ),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def close(self) -> None:
        """Close the connections; later calls raise ``ClientClosedError``."""
        self.get_httpx_client().close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout,
        and the retrying transport: wrap yours in ``AsyncRetryTransport`` to keep retries.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": _USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **_calls.async_transport_args(
                    self._httpx_args, verify=self._verify_ssl, retry=self.retries, clock=self._clock
                ),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    async def aclose(self) -> None:
        """Close the async connections; later calls raise ``ClientClosedError``."""
        await self.get_async_httpx_client().aclose()
