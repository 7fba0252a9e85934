"""`client.authorizers` (generated from the spec; see api.md)."""

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

    from ..models.authorizer_request import AuthorizerRequest, AuthorizerRequestDict
    from ..models.authorizer_response import AuthorizerResponse

    pass

__all__ = [
    "AsyncAuthorizersResource",
    "AsyncAuthorizersResourceWithRawResponse",
    "AsyncAuthorizersResourceWithStreamingResponse",
    "AuthorizersResource",
    "AuthorizersResourceWithRawResponse",
    "AuthorizersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AuthorizersResource:
    """`client.authorizers`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuthorizersResourceWithRawResponse:
        return AuthorizersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthorizersResourceWithStreamingResponse:
        return AuthorizersResourceWithStreamingResponse(self)

    def authorize_operation(
        self,
        *,
        body: AuthorizerRequest | AuthorizerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AuthorizerResponse:
        """Authorize operation

        Check if the provided operation is allowed

        `POST /api/authorizer` (operation `authorizeOperation`)

        Args:
            body (AuthorizerRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AuthorizerResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authorizer import authorize_operation as _authorizer__authorize_operation  # noqa: PLC0415

        kwargs = _authorizer__authorize_operation._get_kwargs(
            body=body,
        )
        return cast(
            "AuthorizerResponse",
            self._client._call(
                kwargs,
                _authorizer__authorize_operation._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AuthorizersResourceWithRawResponse:
    """`client.with_raw_response.authorizers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AuthorizersResource) -> None:
        self._resource = resource
        self.authorize_operation = raw(resource.authorize_operation)


class AuthorizersResourceWithStreamingResponse:
    """`client.with_streaming_response.authorizers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AuthorizersResource) -> None:
        self._resource = resource
        self.authorize_operation = streamed(resource.authorize_operation)


class AsyncAuthorizersResource:
    """`client.authorizers`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuthorizersResourceWithRawResponse:
        return AsyncAuthorizersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthorizersResourceWithStreamingResponse:
        return AsyncAuthorizersResourceWithStreamingResponse(self)

    async def authorize_operation(
        self,
        *,
        body: AuthorizerRequest | AuthorizerRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AuthorizerResponse:
        """Authorize operation

        Check if the provided operation is allowed

        `POST /api/authorizer` (operation `authorizeOperation`)

        Args:
            body (AuthorizerRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AuthorizerResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.authorizer import authorize_operation as _authorizer__authorize_operation  # noqa: PLC0415

        kwargs = _authorizer__authorize_operation._get_kwargs(
            body=body,
        )
        return cast(
            "AuthorizerResponse",
            await self._client._call(
                kwargs,
                _authorizer__authorize_operation._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAuthorizersResourceWithRawResponse:
    """`client.with_raw_response.authorizers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAuthorizersResource) -> None:
        self._resource = resource
        self.authorize_operation = async_raw(resource.authorize_operation)


class AsyncAuthorizersResourceWithStreamingResponse:
    """`client.with_streaming_response.authorizers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAuthorizersResource) -> None:
        self._resource = resource
        self.authorize_operation = async_streamed(resource.authorize_operation)
