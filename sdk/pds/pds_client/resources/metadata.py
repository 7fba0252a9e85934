"""`client.metadata` (generated from the spec; see api.md)."""

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

    from ..models.api_metadata import ApiMetadata

    pass

__all__ = [
    "AsyncMetadataResource",
    "AsyncMetadataResourceWithRawResponse",
    "AsyncMetadataResourceWithStreamingResponse",
    "MetadataResource",
    "MetadataResourceWithRawResponse",
    "MetadataResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class MetadataResource:
    """`client.metadata`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MetadataResourceWithRawResponse:
        return MetadataResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MetadataResourceWithStreamingResponse:
        return MetadataResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApiMetadata:
        """Get metadata information

        Get metadata about this server

        `GET /api/metadata` (operation `getMetadata`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApiMetadata

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.metadata import get_metadata as _metadata__get_metadata  # noqa: PLC0415

        kwargs = _metadata__get_metadata._get_kwargs()
        return cast(
            "ApiMetadata",
            self._client._call(
                kwargs,
                _metadata__get_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class MetadataResourceWithRawResponse:
    """`client.with_raw_response.metadata`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: MetadataResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)


class MetadataResourceWithStreamingResponse:
    """`client.with_streaming_response.metadata`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: MetadataResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)


class AsyncMetadataResource:
    """`client.metadata`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetadataResourceWithRawResponse:
        return AsyncMetadataResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMetadataResourceWithStreamingResponse:
        return AsyncMetadataResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApiMetadata:
        """Get metadata information

        Get metadata about this server

        `GET /api/metadata` (operation `getMetadata`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApiMetadata

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.metadata import get_metadata as _metadata__get_metadata  # noqa: PLC0415

        kwargs = _metadata__get_metadata._get_kwargs()
        return cast(
            "ApiMetadata",
            await self._client._call(
                kwargs,
                _metadata__get_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncMetadataResourceWithRawResponse:
    """`client.with_raw_response.metadata`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncMetadataResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)


class AsyncMetadataResourceWithStreamingResponse:
    """`client.with_streaming_response.metadata`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncMetadataResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
