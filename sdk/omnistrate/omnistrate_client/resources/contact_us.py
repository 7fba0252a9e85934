"""`client.contact_us` (generated from the spec; see api.md)."""

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

    from ..models.contactus_request import ContactusRequest, ContactusRequestDict

    pass

__all__ = [
    "AsyncContactUsResource",
    "AsyncContactUsResourceWithRawResponse",
    "AsyncContactUsResourceWithStreamingResponse",
    "ContactUsResource",
    "ContactUsResourceWithRawResponse",
    "ContactUsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ContactUsResource:
    """`client.contact_us`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ContactUsResourceWithRawResponse:
        return ContactUsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContactUsResourceWithStreamingResponse:
        return ContactUsResourceWithStreamingResponse(self)

    def send(
        self,
        *,
        body: ContactusRequest | ContactusRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Contactus contactus-api

        `POST /2022-09-01-00/contactus` (operation `contactus`)

        Args:
            body (ContactusRequest): Request body of Contactus
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.contactus_api import contactus as _contactus_api__contactus  # noqa: PLC0415

        kwargs = _contactus_api__contactus._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _contactus_api__contactus._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ContactUsResourceWithRawResponse:
    """`client.with_raw_response.contact_us`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ContactUsResource) -> None:
        self._resource = resource
        self.send = raw(resource.send)


class ContactUsResourceWithStreamingResponse:
    """`client.with_streaming_response.contact_us`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ContactUsResource) -> None:
        self._resource = resource
        self.send = streamed(resource.send)


class AsyncContactUsResource:
    """`client.contact_us`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContactUsResourceWithRawResponse:
        return AsyncContactUsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContactUsResourceWithStreamingResponse:
        return AsyncContactUsResourceWithStreamingResponse(self)

    async def send(
        self,
        *,
        body: ContactusRequest | ContactusRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Contactus contactus-api

        `POST /2022-09-01-00/contactus` (operation `contactus`)

        Args:
            body (ContactusRequest): Request body of Contactus
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.contactus_api import contactus as _contactus_api__contactus  # noqa: PLC0415

        kwargs = _contactus_api__contactus._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _contactus_api__contactus._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncContactUsResourceWithRawResponse:
    """`client.with_raw_response.contact_us`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncContactUsResource) -> None:
        self._resource = resource
        self.send = async_raw(resource.send)


class AsyncContactUsResourceWithStreamingResponse:
    """`client.with_streaming_response.contact_us`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncContactUsResource) -> None:
        self._resource = resource
        self.send = async_streamed(resource.send)
