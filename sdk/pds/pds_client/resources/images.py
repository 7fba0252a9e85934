"""`client.images` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime import pagination as _pages
from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.image import Image
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncImagesResource",
    "AsyncImagesResourceWithRawResponse",
    "AsyncImagesResourceWithStreamingResponse",
    "ImagesResource",
    "ImagesResourceWithRawResponse",
    "ImagesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ImagesResource:
    """`client.images`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        return ImagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesResourceWithStreamingResponse:
        return ImagesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        latest: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Image]:
        """List Images

        Lists Images

        `GET /api/images` (operation `listImages`)

        Args:
            data_service_id (str | Unset):
            version_id (str | Unset):
            latest (bool | Unset):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Image]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.images import list_images as _images__list_images  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _images__list_images._get_kwargs(
                data_service_id=data_service_id,
                version_id=version_id,
                latest=latest,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
            )
            return self._client._call(
                kwargs,
                _images__list_images._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Image:
        """Get Image

        Fetches a single Image

        `GET /api/images/{id}` (operation `getImage`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Image

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.images import get_image as _images__get_image  # noqa: PLC0415

        kwargs = _images__get_image._get_kwargs(
            id=id,
        )
        return cast(
            "Image",
            self._client._call(
                kwargs, _images__get_image._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def list_version(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Image]:
        """List Version's Images

        Lists Images belonging to a Version.

        `GET /api/versions/{id}/images` (operation `listVersionImages`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Image]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.images import list_version_images as _images__list_version_images  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _images__list_version_images._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return self._client._call(
                kwargs,
                _images__list_version_images._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )


class ImagesResourceWithRawResponse:
    """`client.with_raw_response.images`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ImagesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.get = raw(resource.get)
        self.list_version = raw(resource.list_version)


class ImagesResourceWithStreamingResponse:
    """`client.with_streaming_response.images`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ImagesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.get = streamed(resource.get)
        self.list_version = streamed(resource.list_version)


class AsyncImagesResource:
    """`client.images`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        return AsyncImagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesResourceWithStreamingResponse:
        return AsyncImagesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        latest: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Image]:
        """List Images

        Lists Images

        `GET /api/images` (operation `listImages`)

        Args:
            data_service_id (str | Unset):
            version_id (str | Unset):
            latest (bool | Unset):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Image]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.images import list_images as _images__list_images  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _images__list_images._get_kwargs(
                data_service_id=data_service_id,
                version_id=version_id,
                latest=latest,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
            )
            return await self._client._call(
                kwargs,
                _images__list_images._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Image:
        """Get Image

        Fetches a single Image

        `GET /api/images/{id}` (operation `getImage`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Image

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.images import get_image as _images__get_image  # noqa: PLC0415

        kwargs = _images__get_image._get_kwargs(
            id=id,
        )
        return cast(
            "Image",
            await self._client._call(
                kwargs, _images__get_image._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def list_version(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Image]:
        """List Version's Images

        Lists Images belonging to a Version.

        `GET /api/versions/{id}/images` (operation `listVersionImages`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Image]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.images import list_version_images as _images__list_version_images  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _images__list_version_images._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _images__list_version_images._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )


class AsyncImagesResourceWithRawResponse:
    """`client.with_raw_response.images`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.get = async_raw(resource.get)
        self.list_version = async_raw(resource.list_version)


class AsyncImagesResourceWithStreamingResponse:
    """`client.with_streaming_response.images`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.get = async_streamed(resource.get)
        self.list_version = async_streamed(resource.list_version)
