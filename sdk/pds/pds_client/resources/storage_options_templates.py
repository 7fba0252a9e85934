"""`client.storage_options_templates` (generated from the spec; see api.md)."""

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

    from ..models.create_storage_options_template_request import (
        CreateStorageOptionsTemplateRequest,
        CreateStorageOptionsTemplateRequestDict,
    )
    from ..models.list_storage_options_templates_provisioner_item import ListStorageOptionsTemplatesProvisionerItem
    from ..models.storage_options_template import StorageOptionsTemplate
    from ..models.update_storage_options_template_request import (
        UpdateStorageOptionsTemplateRequest,
        UpdateStorageOptionsTemplateRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncStorageOptionsTemplatesResource",
    "AsyncStorageOptionsTemplatesResourceWithRawResponse",
    "AsyncStorageOptionsTemplatesResourceWithStreamingResponse",
    "StorageOptionsTemplatesResource",
    "StorageOptionsTemplatesResourceWithRawResponse",
    "StorageOptionsTemplatesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class StorageOptionsTemplatesResource:
    """`client.storage_options_templates`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StorageOptionsTemplatesResourceWithRawResponse:
        return StorageOptionsTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StorageOptionsTemplatesResourceWithStreamingResponse:
        return StorageOptionsTemplatesResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsTemplate:
        """Get StorageOptionsTemplate

        Fetches a single StorageOptionsTemplate

        `GET /api/storage-options-templates/{id}` (operation `getStorageOptionsTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            get_storage_options_template as _storage_options_templates__get_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__get_storage_options_template._get_kwargs(
            id=id,
        )
        return cast(
            "StorageOptionsTemplate",
            self._client._call(
                kwargs,
                _storage_options_templates__get_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateStorageOptionsTemplateRequest | UpdateStorageOptionsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsTemplate:
        """Update StorageOptionsTemplate

        Updates existing StorageOptionsTemplate

        `PUT /api/storage-options-templates/{id}` (operation `updateStorageOptionsTemplate`)

        Args:
            id (str):
            body (UpdateStorageOptionsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            update_storage_options_template as _storage_options_templates__update_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__update_storage_options_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "StorageOptionsTemplate",
            self._client._call(
                kwargs,
                _storage_options_templates__update_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete StorageOptionsTemplates

        Removes a single StorageOptionsTemplate

        `DELETE /api/storage-options-templates/{id}` (operation `deleteStorageOptionsTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            delete_storage_options_template as _storage_options_templates__delete_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__delete_storage_options_template._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _storage_options_templates__delete_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        provisioner: builtins.list[
            ListStorageOptionsTemplatesProvisionerItem
            | Literal["pxd.portworx.com", "kubernetes.io/portworx-volume", "auto"]
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[StorageOptionsTemplate]:
        """List StorageOptionsTemplates

        Lists StorageOptionsTemplates

        `GET /api/tenants/{id}/storage-options-templates` (operation `listStorageOptionsTemplates`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            provisioner (list[ListStorageOptionsTemplatesProvisionerItem] | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[StorageOptionsTemplate]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            list_storage_options_templates as _storage_options_templates__list_storage_options_templates,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _storage_options_templates__list_storage_options_templates._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                provisioner=provisioner,
            )
            return self._client._call(
                kwargs,
                _storage_options_templates__list_storage_options_templates._parse_response,
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

    def create(
        self,
        id: str,
        *,
        body: CreateStorageOptionsTemplateRequest | CreateStorageOptionsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsTemplate:
        """Create StorageOptionsTemplate

        Creates a new StorageOptionsTemplate

        `POST /api/tenants/{id}/storage-options-templates` (operation `createStorageOptionsTemplate`)

        Args:
            id (str):
            body (CreateStorageOptionsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            create_storage_options_template as _storage_options_templates__create_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__create_storage_options_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "StorageOptionsTemplate",
            self._client._call(
                kwargs,
                _storage_options_templates__create_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class StorageOptionsTemplatesResourceWithRawResponse:
    """`client.with_raw_response.storage_options_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: StorageOptionsTemplatesResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.create = raw(resource.create)


class StorageOptionsTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.storage_options_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: StorageOptionsTemplatesResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)


class AsyncStorageOptionsTemplatesResource:
    """`client.storage_options_templates`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStorageOptionsTemplatesResourceWithRawResponse:
        return AsyncStorageOptionsTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStorageOptionsTemplatesResourceWithStreamingResponse:
        return AsyncStorageOptionsTemplatesResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsTemplate:
        """Get StorageOptionsTemplate

        Fetches a single StorageOptionsTemplate

        `GET /api/storage-options-templates/{id}` (operation `getStorageOptionsTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            get_storage_options_template as _storage_options_templates__get_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__get_storage_options_template._get_kwargs(
            id=id,
        )
        return cast(
            "StorageOptionsTemplate",
            await self._client._call(
                kwargs,
                _storage_options_templates__get_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateStorageOptionsTemplateRequest | UpdateStorageOptionsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsTemplate:
        """Update StorageOptionsTemplate

        Updates existing StorageOptionsTemplate

        `PUT /api/storage-options-templates/{id}` (operation `updateStorageOptionsTemplate`)

        Args:
            id (str):
            body (UpdateStorageOptionsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            update_storage_options_template as _storage_options_templates__update_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__update_storage_options_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "StorageOptionsTemplate",
            await self._client._call(
                kwargs,
                _storage_options_templates__update_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete StorageOptionsTemplates

        Removes a single StorageOptionsTemplate

        `DELETE /api/storage-options-templates/{id}` (operation `deleteStorageOptionsTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            delete_storage_options_template as _storage_options_templates__delete_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__delete_storage_options_template._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _storage_options_templates__delete_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        provisioner: builtins.list[
            ListStorageOptionsTemplatesProvisionerItem
            | Literal["pxd.portworx.com", "kubernetes.io/portworx-volume", "auto"]
        ]
        | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[StorageOptionsTemplate]:
        """List StorageOptionsTemplates

        Lists StorageOptionsTemplates

        `GET /api/tenants/{id}/storage-options-templates` (operation `listStorageOptionsTemplates`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            provisioner (list[ListStorageOptionsTemplatesProvisionerItem] | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[StorageOptionsTemplate]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            list_storage_options_templates as _storage_options_templates__list_storage_options_templates,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _storage_options_templates__list_storage_options_templates._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                provisioner=provisioner,
            )
            return await self._client._call(
                kwargs,
                _storage_options_templates__list_storage_options_templates._parse_response,
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

    async def create(
        self,
        id: str,
        *,
        body: CreateStorageOptionsTemplateRequest | CreateStorageOptionsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsTemplate:
        """Create StorageOptionsTemplate

        Creates a new StorageOptionsTemplate

        `POST /api/tenants/{id}/storage-options-templates` (operation `createStorageOptionsTemplate`)

        Args:
            id (str):
            body (CreateStorageOptionsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.storage_options_templates import (
            create_storage_options_template as _storage_options_templates__create_storage_options_template,  # noqa: PLC0415
        )

        kwargs = _storage_options_templates__create_storage_options_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "StorageOptionsTemplate",
            await self._client._call(
                kwargs,
                _storage_options_templates__create_storage_options_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncStorageOptionsTemplatesResourceWithRawResponse:
    """`client.with_raw_response.storage_options_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncStorageOptionsTemplatesResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)


class AsyncStorageOptionsTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.storage_options_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncStorageOptionsTemplatesResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
