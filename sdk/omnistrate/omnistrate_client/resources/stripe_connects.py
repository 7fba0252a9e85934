"""`client.stripe_connects` (generated from the spec; see api.md)."""

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

    from ..models.complete_o_auth_connection_request import (
        CompleteOAuthConnectionRequest,
        CompleteOAuthConnectionRequestDict,
    )
    from ..models.complete_o_auth_connection_result import CompleteOAuthConnectionResult
    from ..models.stripe_authorize_url_result import StripeAuthorizeURLResult

    pass

__all__ = [
    "AsyncStripeConnectsResource",
    "AsyncStripeConnectsResourceWithRawResponse",
    "AsyncStripeConnectsResourceWithStreamingResponse",
    "StripeConnectsResource",
    "StripeConnectsResourceWithRawResponse",
    "StripeConnectsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class StripeConnectsResource:
    """`client.stripe_connects`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StripeConnectsResourceWithRawResponse:
        return StripeConnectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StripeConnectsResourceWithStreamingResponse:
        return StripeConnectsResourceWithStreamingResponse(self)

    def get_stripe_authorize_url(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StripeAuthorizeURLResult:
        """GetStripeAuthorizeUrl stripe-connect-api

        `GET /2022-09-01-00/stripe-setup` (operation `getStripeAuthorizeUrl`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StripeAuthorizeURLResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.stripe_connect_api import get_stripe_authorize_url as _stripe_connect_api__get_stripe_authorize_url  # noqa: PLC0415

        kwargs = _stripe_connect_api__get_stripe_authorize_url._get_kwargs()
        return cast(
            "StripeAuthorizeURLResult",
            self._client._call(
                kwargs,
                _stripe_connect_api__get_stripe_authorize_url._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def complete_oauth_connection(
        self,
        *,
        body: CompleteOAuthConnectionRequest | CompleteOAuthConnectionRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CompleteOAuthConnectionResult:
        """CompleteOAuthConnection stripe-connect-api

        `POST /2022-09-01-00/stripe-setup` (operation `completeOAuthConnection`)

        Args:
            body (CompleteOAuthConnectionRequest): Request body of CompleteOAuthConnection
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CompleteOAuthConnectionResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.stripe_connect_api import (
            complete_o_auth_connection as _stripe_connect_api__complete_o_auth_connection,  # noqa: PLC0415
        )

        kwargs = _stripe_connect_api__complete_o_auth_connection._get_kwargs(
            body=body,
        )
        return cast(
            "CompleteOAuthConnectionResult",
            self._client._call(
                kwargs,
                _stripe_connect_api__complete_o_auth_connection._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def revoke_oauth_access(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RevokeOAuthAccess stripe-connect-api

        `DELETE /2022-09-01-00/stripe-setup` (operation `revokeOAuthAccess`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.stripe_connect_api import revoke_o_auth_access as _stripe_connect_api__revoke_o_auth_access  # noqa: PLC0415

        kwargs = _stripe_connect_api__revoke_o_auth_access._get_kwargs()
        return cast(
            "None",
            self._client._call(
                kwargs,
                _stripe_connect_api__revoke_o_auth_access._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class StripeConnectsResourceWithRawResponse:
    """`client.with_raw_response.stripe_connects`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: StripeConnectsResource) -> None:
        self._resource = resource
        self.get_stripe_authorize_url = raw(resource.get_stripe_authorize_url)
        self.complete_oauth_connection = raw(resource.complete_oauth_connection)
        self.revoke_oauth_access = raw(resource.revoke_oauth_access)


class StripeConnectsResourceWithStreamingResponse:
    """`client.with_streaming_response.stripe_connects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: StripeConnectsResource) -> None:
        self._resource = resource
        self.get_stripe_authorize_url = streamed(resource.get_stripe_authorize_url)
        self.complete_oauth_connection = streamed(resource.complete_oauth_connection)
        self.revoke_oauth_access = streamed(resource.revoke_oauth_access)


class AsyncStripeConnectsResource:
    """`client.stripe_connects`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStripeConnectsResourceWithRawResponse:
        return AsyncStripeConnectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStripeConnectsResourceWithStreamingResponse:
        return AsyncStripeConnectsResourceWithStreamingResponse(self)

    async def get_stripe_authorize_url(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StripeAuthorizeURLResult:
        """GetStripeAuthorizeUrl stripe-connect-api

        `GET /2022-09-01-00/stripe-setup` (operation `getStripeAuthorizeUrl`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StripeAuthorizeURLResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.stripe_connect_api import get_stripe_authorize_url as _stripe_connect_api__get_stripe_authorize_url  # noqa: PLC0415

        kwargs = _stripe_connect_api__get_stripe_authorize_url._get_kwargs()
        return cast(
            "StripeAuthorizeURLResult",
            await self._client._call(
                kwargs,
                _stripe_connect_api__get_stripe_authorize_url._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def complete_oauth_connection(
        self,
        *,
        body: CompleteOAuthConnectionRequest | CompleteOAuthConnectionRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CompleteOAuthConnectionResult:
        """CompleteOAuthConnection stripe-connect-api

        `POST /2022-09-01-00/stripe-setup` (operation `completeOAuthConnection`)

        Args:
            body (CompleteOAuthConnectionRequest): Request body of CompleteOAuthConnection
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CompleteOAuthConnectionResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.stripe_connect_api import (
            complete_o_auth_connection as _stripe_connect_api__complete_o_auth_connection,  # noqa: PLC0415
        )

        kwargs = _stripe_connect_api__complete_o_auth_connection._get_kwargs(
            body=body,
        )
        return cast(
            "CompleteOAuthConnectionResult",
            await self._client._call(
                kwargs,
                _stripe_connect_api__complete_o_auth_connection._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def revoke_oauth_access(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RevokeOAuthAccess stripe-connect-api

        `DELETE /2022-09-01-00/stripe-setup` (operation `revokeOAuthAccess`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.stripe_connect_api import revoke_o_auth_access as _stripe_connect_api__revoke_o_auth_access  # noqa: PLC0415

        kwargs = _stripe_connect_api__revoke_o_auth_access._get_kwargs()
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _stripe_connect_api__revoke_o_auth_access._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncStripeConnectsResourceWithRawResponse:
    """`client.with_raw_response.stripe_connects`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncStripeConnectsResource) -> None:
        self._resource = resource
        self.get_stripe_authorize_url = async_raw(resource.get_stripe_authorize_url)
        self.complete_oauth_connection = async_raw(resource.complete_oauth_connection)
        self.revoke_oauth_access = async_raw(resource.revoke_oauth_access)


class AsyncStripeConnectsResourceWithStreamingResponse:
    """`client.with_streaming_response.stripe_connects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncStripeConnectsResource) -> None:
        self._resource = resource
        self.get_stripe_authorize_url = async_streamed(resource.get_stripe_authorize_url)
        self.complete_oauth_connection = async_streamed(resource.complete_oauth_connection)
        self.revoke_oauth_access = async_streamed(resource.revoke_oauth_access)
