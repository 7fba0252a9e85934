"""`client.invoices` (generated from the spec; see api.md)."""

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

    from ..models.list_invoices_result import ListInvoicesResult

    pass

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "AsyncInvoicesResourceWithStreamingResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
    "InvoicesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class InvoicesResource:
    """`client.invoices`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        return InvoicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InvoicesResourceWithStreamingResponse:
        return InvoicesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListInvoicesResult:
        """ListInvoices invoice-api

        `GET /2022-09-01-00/invoice` (operation `listInvoices`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInvoicesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.invoice_api import list_invoices as _invoice_api__list_invoices  # noqa: PLC0415

        kwargs = _invoice_api__list_invoices._get_kwargs()
        return cast(
            "ListInvoicesResult",
            self._client._call(
                kwargs,
                _invoice_api__list_invoices._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class InvoicesResourceWithRawResponse:
    """`client.with_raw_response.invoices`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: InvoicesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)


class InvoicesResourceWithStreamingResponse:
    """`client.with_streaming_response.invoices`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: InvoicesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)


class AsyncInvoicesResource:
    """`client.invoices`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        return AsyncInvoicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInvoicesResourceWithStreamingResponse:
        return AsyncInvoicesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListInvoicesResult:
        """ListInvoices invoice-api

        `GET /2022-09-01-00/invoice` (operation `listInvoices`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInvoicesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.invoice_api import list_invoices as _invoice_api__list_invoices  # noqa: PLC0415

        kwargs = _invoice_api__list_invoices._get_kwargs()
        return cast(
            "ListInvoicesResult",
            await self._client._call(
                kwargs,
                _invoice_api__list_invoices._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncInvoicesResourceWithRawResponse:
    """`client.with_raw_response.invoices`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)


class AsyncInvoicesResourceWithStreamingResponse:
    """`client.with_streaming_response.invoices`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
