"""`client.authentication` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.token_exchange_response import TokenExchangeResponse

    pass

__all__ = [
    "AsyncAuthenticationResource",
    "AsyncAuthenticationResourceWithRawResponse",
    "AsyncAuthenticationResourceWithStreamingResponse",
    "AuthenticationResource",
    "AuthenticationResourceWithRawResponse",
    "AuthenticationResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AuthenticationResource:
    """`client.authentication`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuthenticationResourceWithRawResponse:
        return AuthenticationResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthenticationResourceWithStreamingResponse:
        return AuthenticationResourceWithStreamingResponse(self)

    def exchange_personal_access_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TokenExchangeResponse:
        """Exchange a personal access token for a bearer token

        Send a personal access token as the bearer credential; the answer holds a short-lived bearer token
        for the control planes (refresh it hourly).

        `GET /datum-os/oauth/token/exchange` (operation `exchangePersonalAccessToken`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TokenExchangeResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import (
            exchange_personal_access_token as _authentication__exchange_personal_access_token,  # noqa: PLC0415
        )

        kwargs = _authentication__exchange_personal_access_token._get_kwargs()
        return cast(
            "TokenExchangeResponse",
            self._client._call(
                kwargs,
                _authentication__exchange_personal_access_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AuthenticationResourceWithRawResponse:
    """`client.with_raw_response.authentication`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self._resource = resource
        self.exchange_personal_access_token = raw(resource.exchange_personal_access_token)


class AuthenticationResourceWithStreamingResponse:
    """`client.with_streaming_response.authentication`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self._resource = resource
        self.exchange_personal_access_token = streamed(resource.exchange_personal_access_token)


class AsyncAuthenticationResource:
    """`client.authentication`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuthenticationResourceWithRawResponse:
        return AsyncAuthenticationResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthenticationResourceWithStreamingResponse:
        return AsyncAuthenticationResourceWithStreamingResponse(self)

    async def exchange_personal_access_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TokenExchangeResponse:
        """Exchange a personal access token for a bearer token

        Send a personal access token as the bearer credential; the answer holds a short-lived bearer token
        for the control planes (refresh it hourly).

        `GET /datum-os/oauth/token/exchange` (operation `exchangePersonalAccessToken`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TokenExchangeResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import (
            exchange_personal_access_token as _authentication__exchange_personal_access_token,  # noqa: PLC0415
        )

        kwargs = _authentication__exchange_personal_access_token._get_kwargs()
        return cast(
            "TokenExchangeResponse",
            await self._client._call(
                kwargs,
                _authentication__exchange_personal_access_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAuthenticationResourceWithRawResponse:
    """`client.with_raw_response.authentication`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self._resource = resource
        self.exchange_personal_access_token = async_raw(resource.exchange_personal_access_token)


class AsyncAuthenticationResourceWithStreamingResponse:
    """`client.with_streaming_response.authentication`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self._resource = resource
        self.exchange_personal_access_token = async_streamed(resource.exchange_personal_access_token)
