"""`client.accounts.dns` (generated from the spec; see api.md)."""

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

    from ..models.dns_details import DNSDetails, DNSDetailsDict

    pass

__all__ = [
    "AsyncAccountsDnsResource",
    "AsyncAccountsDnsResourceWithRawResponse",
    "AsyncAccountsDnsResourceWithStreamingResponse",
    "AccountsDnsResource",
    "AccountsDnsResourceWithRawResponse",
    "AccountsDnsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountsDnsResource:
    """`client.accounts.dns`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountsDnsResourceWithRawResponse:
        return AccountsDnsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsDnsResourceWithStreamingResponse:
        return AccountsDnsResourceWithStreamingResponse(self)

    def update_details(
        self,
        id: str,
        *,
        body: DNSDetails | DNSDetailsDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update DNS Details

        Update DNS details for desired account

        `PUT /api/accounts/{id}/dns-details` (operation `updateDnsDetails`)

        Args:
            id (str):
            body (DNSDetails):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts_dns import update_dns_details as _accounts_dns__update_dns_details  # noqa: PLC0415

        kwargs = _accounts_dns__update_dns_details._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _accounts_dns__update_dns_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AccountsDnsResourceWithRawResponse:
    """`client.with_raw_response.accounts.dns`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountsDnsResource) -> None:
        self._resource = resource
        self.update_details = raw(resource.update_details)


class AccountsDnsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts.dns`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountsDnsResource) -> None:
        self._resource = resource
        self.update_details = streamed(resource.update_details)


class AsyncAccountsDnsResource:
    """`client.accounts.dns`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountsDnsResourceWithRawResponse:
        return AsyncAccountsDnsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsDnsResourceWithStreamingResponse:
        return AsyncAccountsDnsResourceWithStreamingResponse(self)

    async def update_details(
        self,
        id: str,
        *,
        body: DNSDetails | DNSDetailsDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update DNS Details

        Update DNS details for desired account

        `PUT /api/accounts/{id}/dns-details` (operation `updateDnsDetails`)

        Args:
            id (str):
            body (DNSDetails):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts_dns import update_dns_details as _accounts_dns__update_dns_details  # noqa: PLC0415

        kwargs = _accounts_dns__update_dns_details._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _accounts_dns__update_dns_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAccountsDnsResourceWithRawResponse:
    """`client.with_raw_response.accounts.dns`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountsDnsResource) -> None:
        self._resource = resource
        self.update_details = async_raw(resource.update_details)


class AsyncAccountsDnsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts.dns`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountsDnsResource) -> None:
        self._resource = resource
        self.update_details = async_streamed(resource.update_details)
