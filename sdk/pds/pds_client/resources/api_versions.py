"""`client.api_versions` (generated from the spec; see api.md)."""

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

    from ..models.api_version_info import ApiVersionInfo

    pass

__all__ = [
    "AsyncApiVersionsResource",
    "AsyncApiVersionsResourceWithRawResponse",
    "AsyncApiVersionsResourceWithStreamingResponse",
    "ApiVersionsResource",
    "ApiVersionsResourceWithRawResponse",
    "ApiVersionsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ApiVersionsResource:
    """`client.api_versions`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ApiVersionsResourceWithRawResponse:
        return ApiVersionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApiVersionsResourceWithStreamingResponse:
        return ApiVersionsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApiVersionInfo:
        """Get version information

        Get version information about this server

        `GET /api/version` (operation `getApiVersion`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApiVersionInfo

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.api_version import get_api_version as _api_version__get_api_version  # noqa: PLC0415

        kwargs = _api_version__get_api_version._get_kwargs()
        return cast(
            "ApiVersionInfo",
            self._client._call(
                kwargs,
                _api_version__get_api_version._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ApiVersionsResourceWithRawResponse:
    """`client.with_raw_response.api_versions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ApiVersionsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)


class ApiVersionsResourceWithStreamingResponse:
    """`client.with_streaming_response.api_versions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ApiVersionsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)


class AsyncApiVersionsResource:
    """`client.api_versions`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApiVersionsResourceWithRawResponse:
        return AsyncApiVersionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApiVersionsResourceWithStreamingResponse:
        return AsyncApiVersionsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApiVersionInfo:
        """Get version information

        Get version information about this server

        `GET /api/version` (operation `getApiVersion`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApiVersionInfo

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.api_version import get_api_version as _api_version__get_api_version  # noqa: PLC0415

        kwargs = _api_version__get_api_version._get_kwargs()
        return cast(
            "ApiVersionInfo",
            await self._client._call(
                kwargs,
                _api_version__get_api_version._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncApiVersionsResourceWithRawResponse:
    """`client.with_raw_response.api_versions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncApiVersionsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)


class AsyncApiVersionsResourceWithStreamingResponse:
    """`client.with_streaming_response.api_versions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncApiVersionsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
