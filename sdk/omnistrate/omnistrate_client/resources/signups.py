"""`client.signups` (generated from the spec; see api.md)."""

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
from ..api.signup_api import change_password as _signup_api__change_password
from ..api.signup_api import regenerate_token as _signup_api__regenerate_token
from ..api.signup_api import reset_password as _signup_api__reset_password
from ..api.signup_api import signup as _signup_api__signup
from ..api.signup_api import validate_token as _signup_api__validate_token
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.change_password_request import ChangePasswordRequest
    from ..models.reset_password_request import ResetPasswordRequest
    from ..models.signup_request import SignupRequest
    from ..models.validate_token_request import ValidateTokenRequest

    pass

__all__ = [
    "AsyncSignupsResource",
    "AsyncSignupsResourceWithRawResponse",
    "AsyncSignupsResourceWithStreamingResponse",
    "SignupsResource",
    "SignupsResourceWithRawResponse",
    "SignupsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, UNSET, Unset, builtins)


class SignupsResource:
    """`client.signups`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SignupsResourceWithRawResponse:
        return SignupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SignupsResourceWithStreamingResponse:
        return SignupsResourceWithStreamingResponse(self)

    def change_password(
        self,
        *,
        body: ChangePasswordRequest,
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
        body: ResetPasswordRequest,
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

    def signup(
        self,
        *,
        body: SignupRequest,
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
        body: ValidateTokenRequest,
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


class SignupsResourceWithRawResponse:
    """`client.with_raw_response.signups`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SignupsResource) -> None:
        self._resource = resource
        self.change_password = raw(resource.change_password)
        self.reset_password = raw(resource.reset_password)
        self.signup = raw(resource.signup)
        self.regenerate_token = raw(resource.regenerate_token)
        self.validate_token = raw(resource.validate_token)


class SignupsResourceWithStreamingResponse:
    """`client.with_streaming_response.signups`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SignupsResource) -> None:
        self._resource = resource
        self.change_password = streamed(resource.change_password)
        self.reset_password = streamed(resource.reset_password)
        self.signup = streamed(resource.signup)
        self.regenerate_token = streamed(resource.regenerate_token)
        self.validate_token = streamed(resource.validate_token)


class AsyncSignupsResource:
    """`client.signups`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSignupsResourceWithRawResponse:
        return AsyncSignupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSignupsResourceWithStreamingResponse:
        return AsyncSignupsResourceWithStreamingResponse(self)

    async def change_password(
        self,
        *,
        body: ChangePasswordRequest,
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
        body: ResetPasswordRequest,
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

    async def signup(
        self,
        *,
        body: SignupRequest,
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
        body: ValidateTokenRequest,
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


class AsyncSignupsResourceWithRawResponse:
    """`client.with_raw_response.signups`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSignupsResource) -> None:
        self._resource = resource
        self.change_password = async_raw(resource.change_password)
        self.reset_password = async_raw(resource.reset_password)
        self.signup = async_raw(resource.signup)
        self.regenerate_token = async_raw(resource.regenerate_token)
        self.validate_token = async_raw(resource.validate_token)


class AsyncSignupsResourceWithStreamingResponse:
    """`client.with_streaming_response.signups`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSignupsResource) -> None:
        self._resource = resource
        self.change_password = async_streamed(resource.change_password)
        self.reset_password = async_streamed(resource.reset_password)
        self.signup = async_streamed(resource.signup)
        self.regenerate_token = async_streamed(resource.regenerate_token)
        self.validate_token = async_streamed(resource.validate_token)
