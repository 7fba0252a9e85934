"""`client.auth` (generated from the spec; see api.md)."""

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

    from ..models.change_password_request import ChangePasswordRequest, ChangePasswordRequestDict
    from ..models.login_with_identity_provider_request import (
        LoginWithIdentityProviderRequest,
        LoginWithIdentityProviderRequestDict,
    )
    from ..models.login_with_identity_provider_result import LoginWithIdentityProviderResult
    from ..models.reset_password_request import ResetPasswordRequest, ResetPasswordRequestDict
    from ..models.signin_request import SigninRequest, SigninRequestDict
    from ..models.signin_result import SigninResult
    from ..models.signup_request import SignupRequest, SignupRequestDict
    from ..models.validate_token_request import ValidateTokenRequest, ValidateTokenRequestDict

    pass

__all__ = [
    "AsyncAuthResource",
    "AsyncAuthResourceWithRawResponse",
    "AsyncAuthResourceWithStreamingResponse",
    "AuthResource",
    "AuthResourceWithRawResponse",
    "AuthResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AuthResource:
    """`client.auth`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        return AuthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthResourceWithStreamingResponse:
        return AuthResourceWithStreamingResponse(self)

    def login_with_identity_provider(
        self,
        *,
        body: LoginWithIdentityProviderRequest | LoginWithIdentityProviderRequestDict,
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

        from ..api.signin_api import login_with_identity_provider as _signin_api__login_with_identity_provider  # noqa: PLC0415

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

    def sign_in(
        self,
        *,
        body: SigninRequest | SigninRequestDict,
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

        from ..api.signin_api import signin as _signin_api__signin  # noqa: PLC0415

        kwargs = _signin_api__signin._get_kwargs(
            body=body,
        )
        return cast(
            "SigninResult",
            self._client._call(
                kwargs, _signin_api__signin._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def change_password(
        self,
        *,
        body: ChangePasswordRequest | ChangePasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ChangePassword signup-api

        `POST /2022-09-01-00/change-password` (operation `changePassword`)

        Args:
            body (ChangePasswordRequest): Request body of ChangePassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import change_password as _signup_api__change_password  # noqa: PLC0415

        kwargs = _signup_api__change_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _signup_api__change_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def reset_password(
        self,
        *,
        body: ResetPasswordRequest | ResetPasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ResetPassword signup-api

        `POST /2022-09-01-00/reset-password` (operation `resetPassword`)

        Args:
            body (ResetPasswordRequest): Request body of ResetPassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import reset_password as _signup_api__reset_password  # noqa: PLC0415

        kwargs = _signup_api__reset_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _signup_api__reset_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def sign_up(
        self,
        *,
        body: SignupRequest | SignupRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Signup signup-api

        `POST /2022-09-01-00/signup` (operation `signup`)

        Args:
            body (SignupRequest): Request body of Signup
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import signup as _signup_api__signup  # noqa: PLC0415

        kwargs = _signup_api__signup._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs, _signup_api__signup._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def regenerate_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RegenerateToken signup-api

        `POST /2022-09-01-00/users/{id}/regenerate-token` (operation `regenerateToken`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import regenerate_token as _signup_api__regenerate_token  # noqa: PLC0415

        kwargs = _signup_api__regenerate_token._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _signup_api__regenerate_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def validate_token(
        self,
        *,
        body: ValidateTokenRequest | ValidateTokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ValidateToken signup-api

        `POST /2022-09-01-00/validate-token` (operation `validateToken`)

        Args:
            body (ValidateTokenRequest): Request body of ValidateToken
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import validate_token as _signup_api__validate_token  # noqa: PLC0415

        kwargs = _signup_api__validate_token._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _signup_api__validate_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AuthResourceWithRawResponse:
    """`client.with_raw_response.auth`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AuthResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = raw(resource.login_with_identity_provider)
        self.sign_in = raw(resource.sign_in)
        self.change_password = raw(resource.change_password)
        self.reset_password = raw(resource.reset_password)
        self.sign_up = raw(resource.sign_up)
        self.regenerate_token = raw(resource.regenerate_token)
        self.validate_token = raw(resource.validate_token)


class AuthResourceWithStreamingResponse:
    """`client.with_streaming_response.auth`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AuthResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = streamed(resource.login_with_identity_provider)
        self.sign_in = streamed(resource.sign_in)
        self.change_password = streamed(resource.change_password)
        self.reset_password = streamed(resource.reset_password)
        self.sign_up = streamed(resource.sign_up)
        self.regenerate_token = streamed(resource.regenerate_token)
        self.validate_token = streamed(resource.validate_token)


class AsyncAuthResource:
    """`client.auth`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        return AsyncAuthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthResourceWithStreamingResponse:
        return AsyncAuthResourceWithStreamingResponse(self)

    async def login_with_identity_provider(
        self,
        *,
        body: LoginWithIdentityProviderRequest | LoginWithIdentityProviderRequestDict,
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

        from ..api.signin_api import login_with_identity_provider as _signin_api__login_with_identity_provider  # noqa: PLC0415

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

    async def sign_in(
        self,
        *,
        body: SigninRequest | SigninRequestDict,
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

        from ..api.signin_api import signin as _signin_api__signin  # noqa: PLC0415

        kwargs = _signin_api__signin._get_kwargs(
            body=body,
        )
        return cast(
            "SigninResult",
            await self._client._call(
                kwargs, _signin_api__signin._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def change_password(
        self,
        *,
        body: ChangePasswordRequest | ChangePasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ChangePassword signup-api

        `POST /2022-09-01-00/change-password` (operation `changePassword`)

        Args:
            body (ChangePasswordRequest): Request body of ChangePassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import change_password as _signup_api__change_password  # noqa: PLC0415

        kwargs = _signup_api__change_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _signup_api__change_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def reset_password(
        self,
        *,
        body: ResetPasswordRequest | ResetPasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ResetPassword signup-api

        `POST /2022-09-01-00/reset-password` (operation `resetPassword`)

        Args:
            body (ResetPasswordRequest): Request body of ResetPassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import reset_password as _signup_api__reset_password  # noqa: PLC0415

        kwargs = _signup_api__reset_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _signup_api__reset_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def sign_up(
        self,
        *,
        body: SignupRequest | SignupRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Signup signup-api

        `POST /2022-09-01-00/signup` (operation `signup`)

        Args:
            body (SignupRequest): Request body of Signup
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import signup as _signup_api__signup  # noqa: PLC0415

        kwargs = _signup_api__signup._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs, _signup_api__signup._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def regenerate_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RegenerateToken signup-api

        `POST /2022-09-01-00/users/{id}/regenerate-token` (operation `regenerateToken`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import regenerate_token as _signup_api__regenerate_token  # noqa: PLC0415

        kwargs = _signup_api__regenerate_token._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _signup_api__regenerate_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def validate_token(
        self,
        *,
        body: ValidateTokenRequest | ValidateTokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ValidateToken signup-api

        `POST /2022-09-01-00/validate-token` (operation `validateToken`)

        Args:
            body (ValidateTokenRequest): Request body of ValidateToken
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.signup_api import validate_token as _signup_api__validate_token  # noqa: PLC0415

        kwargs = _signup_api__validate_token._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _signup_api__validate_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAuthResourceWithRawResponse:
    """`client.with_raw_response.auth`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = async_raw(resource.login_with_identity_provider)
        self.sign_in = async_raw(resource.sign_in)
        self.change_password = async_raw(resource.change_password)
        self.reset_password = async_raw(resource.reset_password)
        self.sign_up = async_raw(resource.sign_up)
        self.regenerate_token = async_raw(resource.regenerate_token)
        self.validate_token = async_raw(resource.validate_token)


class AsyncAuthResourceWithStreamingResponse:
    """`client.with_streaming_response.auth`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self._resource = resource
        self.login_with_identity_provider = async_streamed(resource.login_with_identity_provider)
        self.sign_in = async_streamed(resource.sign_in)
        self.change_password = async_streamed(resource.change_password)
        self.reset_password = async_streamed(resource.reset_password)
        self.sign_up = async_streamed(resource.sign_up)
        self.regenerate_token = async_streamed(resource.regenerate_token)
        self.validate_token = async_streamed(resource.validate_token)
