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

    from ..models.authorization_code_request import AuthorizationCodeRequest, AuthorizationCodeRequestDict
    from ..models.oidc_info import OidcInfo
    from ..models.oidc_tokens import OidcTokens
    from ..models.refresh_token_request import RefreshTokenRequest, RefreshTokenRequestDict

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

    def exchange_authorization_code(
        self,
        *,
        body: AuthorizationCodeRequest | AuthorizationCodeRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OidcTokens:
        """Authorization code exchange

        Exchanges the Authorization Code from the OAuth2 server for an ID Token which is necessary for user
        authentication using the Authorization HTTP header.

        Authenticating for later requests using the ID token: Authorization: Bearer {id_token}

        `POST /auth/authorization-code` (operation `exchangeAuthorizationCode`)

        Args:
            body (AuthorizationCodeRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OidcTokens

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import exchange_authorization_code as _authentication__exchange_authorization_code  # noqa: PLC0415

        kwargs = _authentication__exchange_authorization_code._get_kwargs(
            body=body,
        )
        return cast(
            "OidcTokens",
            self._client._call(
                kwargs,
                _authentication__exchange_authorization_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_oidc_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OidcInfo:
        """OIDC info

        Returns OIDC configuration for the frontend.

        `GET /auth/oidc-info` (operation `getOidcInfo`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OidcInfo

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import get_oidc_info as _authentication__get_oidc_info  # noqa: PLC0415

        kwargs = _authentication__get_oidc_info._get_kwargs()
        return cast(
            "OidcInfo",
            self._client._call(
                kwargs,
                _authentication__get_oidc_info._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def refresh_token(
        self,
        *,
        body: RefreshTokenRequest | RefreshTokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OidcTokens:
        """Use refresh token to generate new tokens.

        `POST /auth/refresh-token` (operation `refreshToken`)

        Args:
            body (RefreshTokenRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OidcTokens

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import refresh_token as _authentication__refresh_token  # noqa: PLC0415

        kwargs = _authentication__refresh_token._get_kwargs(
            body=body,
        )
        return cast(
            "OidcTokens",
            self._client._call(
                kwargs,
                _authentication__refresh_token._parse_response,
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
        self.exchange_authorization_code = raw(resource.exchange_authorization_code)
        self.get_oidc_info = raw(resource.get_oidc_info)
        self.refresh_token = raw(resource.refresh_token)


class AuthenticationResourceWithStreamingResponse:
    """`client.with_streaming_response.authentication`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self._resource = resource
        self.exchange_authorization_code = streamed(resource.exchange_authorization_code)
        self.get_oidc_info = streamed(resource.get_oidc_info)
        self.refresh_token = streamed(resource.refresh_token)


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

    async def exchange_authorization_code(
        self,
        *,
        body: AuthorizationCodeRequest | AuthorizationCodeRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OidcTokens:
        """Authorization code exchange

        Exchanges the Authorization Code from the OAuth2 server for an ID Token which is necessary for user
        authentication using the Authorization HTTP header.

        Authenticating for later requests using the ID token: Authorization: Bearer {id_token}

        `POST /auth/authorization-code` (operation `exchangeAuthorizationCode`)

        Args:
            body (AuthorizationCodeRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OidcTokens

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import exchange_authorization_code as _authentication__exchange_authorization_code  # noqa: PLC0415

        kwargs = _authentication__exchange_authorization_code._get_kwargs(
            body=body,
        )
        return cast(
            "OidcTokens",
            await self._client._call(
                kwargs,
                _authentication__exchange_authorization_code._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_oidc_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OidcInfo:
        """OIDC info

        Returns OIDC configuration for the frontend.

        `GET /auth/oidc-info` (operation `getOidcInfo`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OidcInfo

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import get_oidc_info as _authentication__get_oidc_info  # noqa: PLC0415

        kwargs = _authentication__get_oidc_info._get_kwargs()
        return cast(
            "OidcInfo",
            await self._client._call(
                kwargs,
                _authentication__get_oidc_info._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def refresh_token(
        self,
        *,
        body: RefreshTokenRequest | RefreshTokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OidcTokens:
        """Use refresh token to generate new tokens.

        `POST /auth/refresh-token` (operation `refreshToken`)

        Args:
            body (RefreshTokenRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OidcTokens

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authentication import refresh_token as _authentication__refresh_token  # noqa: PLC0415

        kwargs = _authentication__refresh_token._get_kwargs(
            body=body,
        )
        return cast(
            "OidcTokens",
            await self._client._call(
                kwargs,
                _authentication__refresh_token._parse_response,
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
        self.exchange_authorization_code = async_raw(resource.exchange_authorization_code)
        self.get_oidc_info = async_raw(resource.get_oidc_info)
        self.refresh_token = async_raw(resource.refresh_token)


class AsyncAuthenticationResourceWithStreamingResponse:
    """`client.with_streaming_response.authentication`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self._resource = resource
        self.exchange_authorization_code = async_streamed(resource.exchange_authorization_code)
        self.get_oidc_info = async_streamed(resource.get_oidc_info)
        self.refresh_token = async_streamed(resource.refresh_token)
