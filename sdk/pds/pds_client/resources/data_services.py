"""`client.data_services` (generated from the spec; see api.md)."""

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

    from ..models.data_service import DataService
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncDataServicesResource",
    "AsyncDataServicesResourceWithRawResponse",
    "AsyncDataServicesResourceWithStreamingResponse",
    "DataServicesResource",
    "DataServicesResourceWithRawResponse",
    "DataServicesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DataServicesResource:
    """`client.data_services`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DataServicesResourceWithRawResponse:
        return DataServicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DataServicesResourceWithStreamingResponse:
        return DataServicesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        short_name: str | Unset = UNSET,
        has_incremental_backup: bool | Unset = UNSET,
        has_full_backup: bool | Unset = UNSET,
        coming_soon: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[DataService]:
        """List Data Services

        Lists Data Services

        `GET /api/data-services` (operation `listDataServices`)

        Args:
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id (str | Unset):
            name (str | Unset):
            short_name (str | Unset):
            has_incremental_backup (bool | Unset):
            has_full_backup (bool | Unset):
            coming_soon (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[DataService]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.data_services import list_data_services as _data_services__list_data_services  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _data_services__list_data_services._get_kwargs(
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id=id,
                name=name,
                short_name=short_name,
                has_incremental_backup=has_incremental_backup,
                has_full_backup=has_full_backup,
                coming_soon=coming_soon,
            )
            return self._client._call(
                kwargs,
                _data_services__list_data_services._parse_response,
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
    ) -> DataService:
        """Get Data Service

        Fetches a single Data Service

        `GET /api/data-services/{id}` (operation `getDataService`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DataService

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.data_services import get_data_service as _data_services__get_data_service  # noqa: PLC0415

        kwargs = _data_services__get_data_service._get_kwargs(
            id=id,
        )
        return cast(
            "DataService",
            self._client._call(
                kwargs,
                _data_services__get_data_service._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class DataServicesResourceWithRawResponse:
    """`client.with_raw_response.data_services`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DataServicesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.get = raw(resource.get)


class DataServicesResourceWithStreamingResponse:
    """`client.with_streaming_response.data_services`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DataServicesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.get = streamed(resource.get)


class AsyncDataServicesResource:
    """`client.data_services`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDataServicesResourceWithRawResponse:
        return AsyncDataServicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDataServicesResourceWithStreamingResponse:
        return AsyncDataServicesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        short_name: str | Unset = UNSET,
        has_incremental_backup: bool | Unset = UNSET,
        has_full_backup: bool | Unset = UNSET,
        coming_soon: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[DataService]:
        """List Data Services

        Lists Data Services

        `GET /api/data-services` (operation `listDataServices`)

        Args:
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id (str | Unset):
            name (str | Unset):
            short_name (str | Unset):
            has_incremental_backup (bool | Unset):
            has_full_backup (bool | Unset):
            coming_soon (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[DataService]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.data_services import list_data_services as _data_services__list_data_services  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _data_services__list_data_services._get_kwargs(
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id=id,
                name=name,
                short_name=short_name,
                has_incremental_backup=has_incremental_backup,
                has_full_backup=has_full_backup,
                coming_soon=coming_soon,
            )
            return await self._client._call(
                kwargs,
                _data_services__list_data_services._parse_response,
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
    ) -> DataService:
        """Get Data Service

        Fetches a single Data Service

        `GET /api/data-services/{id}` (operation `getDataService`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DataService

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.data_services import get_data_service as _data_services__get_data_service  # noqa: PLC0415

        kwargs = _data_services__get_data_service._get_kwargs(
            id=id,
        )
        return cast(
            "DataService",
            await self._client._call(
                kwargs,
                _data_services__get_data_service._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncDataServicesResourceWithRawResponse:
    """`client.with_raw_response.data_services`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDataServicesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.get = async_raw(resource.get)


class AsyncDataServicesResourceWithStreamingResponse:
    """`client.with_streaming_response.data_services`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDataServicesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.get = async_streamed(resource.get)
