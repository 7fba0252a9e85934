"""`client.versions` (generated from the spec; see api.md)."""

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

    from ..models.compatible_versions_list import CompatibleVersionsList
    from ..models.version import Version
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncVersionsResource",
    "AsyncVersionsResourceWithRawResponse",
    "AsyncVersionsResourceWithStreamingResponse",
    "VersionsResource",
    "VersionsResourceWithRawResponse",
    "VersionsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class VersionsResource:
    """`client.versions`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VersionsResourceWithRawResponse:
        return VersionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VersionsResourceWithStreamingResponse:
        return VersionsResourceWithStreamingResponse(self)

    def list_compatible(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CompatibleVersionsList:
        """List compatible versions

        Lists what versions are compatible for other versions.

        `GET /api/compatible-versions` (operation `listCompatibleVersions`)

        Args:
            data_service_id (str | Unset):
            version_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CompatibleVersionsList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.versions import list_compatible_versions as _versions__list_compatible_versions  # noqa: PLC0415

        kwargs = _versions__list_compatible_versions._get_kwargs(
            data_service_id=data_service_id,
            version_id=version_id,
        )
        return cast(
            "CompatibleVersionsList",
            self._client._call(
                kwargs,
                _versions__list_compatible_versions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_data_service(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Version]:
        """List Data Service's Versions

        Lists Versions belonging to the Data Service.

        `GET /api/data-services/{id}/versions` (operation `listDataServiceVersions`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            enabled (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Version]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.versions import list_data_service_versions as _versions__list_data_service_versions  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _versions__list_data_service_versions._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                enabled=enabled,
            )
            return self._client._call(
                kwargs,
                _versions__list_data_service_versions._parse_response,
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
    ) -> Version:
        """Get Version

        Fetches a single Version

        `GET /api/versions/{id}` (operation `getVersion`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Version

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.versions import get_version as _versions__get_version  # noqa: PLC0415

        kwargs = _versions__get_version._get_kwargs(
            id=id,
        )
        return cast(
            "Version",
            self._client._call(
                kwargs, _versions__get_version._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class VersionsResourceWithRawResponse:
    """`client.with_raw_response.versions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: VersionsResource) -> None:
        self._resource = resource
        self.list_compatible = raw(resource.list_compatible)
        self.list_data_service = raw(resource.list_data_service)
        self.get = raw(resource.get)


class VersionsResourceWithStreamingResponse:
    """`client.with_streaming_response.versions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: VersionsResource) -> None:
        self._resource = resource
        self.list_compatible = streamed(resource.list_compatible)
        self.list_data_service = streamed(resource.list_data_service)
        self.get = streamed(resource.get)


class AsyncVersionsResource:
    """`client.versions`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVersionsResourceWithRawResponse:
        return AsyncVersionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVersionsResourceWithStreamingResponse:
        return AsyncVersionsResourceWithStreamingResponse(self)

    async def list_compatible(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CompatibleVersionsList:
        """List compatible versions

        Lists what versions are compatible for other versions.

        `GET /api/compatible-versions` (operation `listCompatibleVersions`)

        Args:
            data_service_id (str | Unset):
            version_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CompatibleVersionsList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.versions import list_compatible_versions as _versions__list_compatible_versions  # noqa: PLC0415

        kwargs = _versions__list_compatible_versions._get_kwargs(
            data_service_id=data_service_id,
            version_id=version_id,
        )
        return cast(
            "CompatibleVersionsList",
            await self._client._call(
                kwargs,
                _versions__list_compatible_versions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_data_service(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Version]:
        """List Data Service's Versions

        Lists Versions belonging to the Data Service.

        `GET /api/data-services/{id}/versions` (operation `listDataServiceVersions`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            enabled (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Version]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.versions import list_data_service_versions as _versions__list_data_service_versions  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _versions__list_data_service_versions._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                enabled=enabled,
            )
            return await self._client._call(
                kwargs,
                _versions__list_data_service_versions._parse_response,
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
    ) -> Version:
        """Get Version

        Fetches a single Version

        `GET /api/versions/{id}` (operation `getVersion`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Version

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.versions import get_version as _versions__get_version  # noqa: PLC0415

        kwargs = _versions__get_version._get_kwargs(
            id=id,
        )
        return cast(
            "Version",
            await self._client._call(
                kwargs, _versions__get_version._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncVersionsResourceWithRawResponse:
    """`client.with_raw_response.versions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncVersionsResource) -> None:
        self._resource = resource
        self.list_compatible = async_raw(resource.list_compatible)
        self.list_data_service = async_raw(resource.list_data_service)
        self.get = async_raw(resource.get)


class AsyncVersionsResourceWithStreamingResponse:
    """`client.with_streaming_response.versions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncVersionsResource) -> None:
        self._resource = resource
        self.list_compatible = async_streamed(resource.list_compatible)
        self.list_data_service = async_streamed(resource.list_data_service)
        self.get = async_streamed(resource.get)
