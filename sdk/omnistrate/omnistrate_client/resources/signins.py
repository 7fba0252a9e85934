"""`client.signins` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..api.signin_api import login_with_identity_provider as _signin_api__login_with_identity_provider
from ..api.signin_api import signin as _signin_api__signin
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.login_with_identity_provider_request import LoginWithIdentityProviderRequest
    from ..models.login_with_identity_provider_result import LoginWithIdentityProviderResult
    from ..models.signin_request import SigninRequest
    from ..models.signin_result import SigninResult

    pass

__all__ = [
    "AsyncSigninsResource",
    "AsyncSigninsResourceWithRawResponse",
    "AsyncSigninsResourceWithStreamingResponse",
    "SigninsResource",
    "SigninsResourceWithRawResponse",
    "SigninsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, UNSET, Unset, builtins)


class SigninsResource:
    """`client.signins`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SigninsResourceWithRawResponse:
        return SigninsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SigninsResourceWithStreamingResponse:
        return SigninsResourceWithStreamingResponse(self)

    def login_with_identity_provider(
        self,
        *,
        body: LoginWithIdentityProviderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> LoginWithIdentityProviderResult:
        """LoginWithIdentityProvider signin-api

        `POST /2022-09-01-00/login-with-identity-provider` (operation `loginWithIdentityProvider`)

        Args:
            body (LoginWithIdentityProviderRequest): Request body of LoginWithIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            LoginWithIdentityProviderResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _signin_api__login_with_identity_provider._get_kwargs(
            body=body,
        )
        return cast(
            "LoginWithIdentityProviderResult",
            self._client._call(
                kwargs,
                _signin_api__login_with_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def signin(
        self,
        *,
        body: SigninRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SigninResult:
        """Signin signin-api

        `POST /2022-09-01-00/signin` (operation `signin`)

        Args:
            body (SigninRequest): Request body of Signin
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SigninResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _signin_api__signin._get_kwargs(
            body=body,
        )
        return cast(
            "SigninResult",
            self._client._call(
                kwargs, _signin_api__signin._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class SigninsResourceWithRawResponse:
    """`client.with_raw_response.signins`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SigninsResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = raw(resource.login_with_identity_provider)
        self.signin = raw(resource.signin)


class SigninsResourceWithStreamingResponse:
    """`client.with_streaming_response.signins`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SigninsResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = streamed(resource.login_with_identity_provider)
        self.signin = streamed(resource.signin)


class AsyncSigninsResource:
    """`client.signins`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSigninsResourceWithRawResponse:
        return AsyncSigninsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSigninsResourceWithStreamingResponse:
        return AsyncSigninsResourceWithStreamingResponse(self)

    async def login_with_identity_provider(
        self,
        *,
        body: LoginWithIdentityProviderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> LoginWithIdentityProviderResult:
        """LoginWithIdentityProvider signin-api

        `POST /2022-09-01-00/login-with-identity-provider` (operation `loginWithIdentityProvider`)

        Args:
            body (LoginWithIdentityProviderRequest): Request body of LoginWithIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            LoginWithIdentityProviderResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _signin_api__login_with_identity_provider._get_kwargs(
            body=body,
        )
        return cast(
            "LoginWithIdentityProviderResult",
            await self._client._call(
                kwargs,
                _signin_api__login_with_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def signin(
        self,
        *,
        body: SigninRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> SigninResult:
        """Signin signin-api

        `POST /2022-09-01-00/signin` (operation `signin`)

        Args:
            body (SigninRequest): Request body of Signin
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SigninResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _signin_api__signin._get_kwargs(
            body=body,
        )
        return cast(
            "SigninResult",
            await self._client._call(
                kwargs, _signin_api__signin._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncSigninsResourceWithRawResponse:
    """`client.with_raw_response.signins`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSigninsResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = async_raw(resource.login_with_identity_provider)
        self.signin = async_raw(resource.signin)


class AsyncSigninsResourceWithStreamingResponse:
    """`client.with_streaming_response.signins`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSigninsResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = async_streamed(resource.login_with_identity_provider)
        self.signin = async_streamed(resource.signin)
