"""`client.resource_settings_templates` (generated from the spec; see api.md)."""

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

    from ..models.create_resource_settings_template_request import (
        CreateResourceSettingsTemplateRequest,
        CreateResourceSettingsTemplateRequestDict,
    )
    from ..models.resource_settings_template import ResourceSettingsTemplate
    from ..models.update_resource_settings_template_request import (
        UpdateResourceSettingsTemplateRequest,
        UpdateResourceSettingsTemplateRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncResourceSettingsTemplatesResource",
    "AsyncResourceSettingsTemplatesResourceWithRawResponse",
    "AsyncResourceSettingsTemplatesResourceWithStreamingResponse",
    "ResourceSettingsTemplatesResource",
    "ResourceSettingsTemplatesResourceWithRawResponse",
    "ResourceSettingsTemplatesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ResourceSettingsTemplatesResource:
    """`client.resource_settings_templates`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ResourceSettingsTemplatesResourceWithRawResponse:
        return ResourceSettingsTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResourceSettingsTemplatesResourceWithStreamingResponse:
        return ResourceSettingsTemplatesResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsTemplate:
        """Get ResourceSettingsTemplate

        Fetches a single ResourceSettingsTemplate

        `GET /api/resource-settings-templates/{id}` (operation `getResourceSettingsTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            get_resource_settings_template as _resource_settings_templates__get_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__get_resource_settings_template._get_kwargs(
            id=id,
        )
        return cast(
            "ResourceSettingsTemplate",
            self._client._call(
                kwargs,
                _resource_settings_templates__get_resource_settings_template._parse_response,
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
        body: UpdateResourceSettingsTemplateRequest | UpdateResourceSettingsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsTemplate:
        """Update ResourceSettingsTemplate

        Updates existing ResourceSettingsTemplate

        `PUT /api/resource-settings-templates/{id}` (operation `updateResourceSettingsTemplate`)

        Args:
            id (str):
            body (UpdateResourceSettingsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            update_resource_settings_template as _resource_settings_templates__update_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__update_resource_settings_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ResourceSettingsTemplate",
            self._client._call(
                kwargs,
                _resource_settings_templates__update_resource_settings_template._parse_response,
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
        """Delete ResourceSettingsTemplates

        Removes a single ResourceSettingsTemplate

        `DELETE /api/resource-settings-templates/{id}` (operation `deleteResourceSettingsTemplate`)

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

        from ..api.resource_settings_templates import (
            delete_resource_settings_template as _resource_settings_templates__delete_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__delete_resource_settings_template._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_settings_templates__delete_resource_settings_template._parse_response,
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
        data_service_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[ResourceSettingsTemplate]:
        """List ResourceSettingsTemplates

        Lists ResourceSettingsTemplates

        `GET /api/tenants/{id}/resource-settings-templates` (operation `listResourceSettingsTemplates`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            data_service_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[ResourceSettingsTemplate]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            list_resource_settings_templates as _resource_settings_templates__list_resource_settings_templates,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _resource_settings_templates__list_resource_settings_templates._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                data_service_id=data_service_id,
            )
            return self._client._call(
                kwargs,
                _resource_settings_templates__list_resource_settings_templates._parse_response,
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
        body: CreateResourceSettingsTemplateRequest | CreateResourceSettingsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsTemplate:
        """Create ResourceSettingsTemplate

        Creates a new ResourceSettingsTemplate

        `POST /api/tenants/{id}/resource-settings-templates` (operation `createResourceSettingsTemplate`)

        Args:
            id (str):
            body (CreateResourceSettingsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            create_resource_settings_template as _resource_settings_templates__create_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__create_resource_settings_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ResourceSettingsTemplate",
            self._client._call(
                kwargs,
                _resource_settings_templates__create_resource_settings_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ResourceSettingsTemplatesResourceWithRawResponse:
    """`client.with_raw_response.resource_settings_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ResourceSettingsTemplatesResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.create = raw(resource.create)


class ResourceSettingsTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.resource_settings_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ResourceSettingsTemplatesResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)


class AsyncResourceSettingsTemplatesResource:
    """`client.resource_settings_templates`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncResourceSettingsTemplatesResourceWithRawResponse:
        return AsyncResourceSettingsTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResourceSettingsTemplatesResourceWithStreamingResponse:
        return AsyncResourceSettingsTemplatesResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsTemplate:
        """Get ResourceSettingsTemplate

        Fetches a single ResourceSettingsTemplate

        `GET /api/resource-settings-templates/{id}` (operation `getResourceSettingsTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            get_resource_settings_template as _resource_settings_templates__get_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__get_resource_settings_template._get_kwargs(
            id=id,
        )
        return cast(
            "ResourceSettingsTemplate",
            await self._client._call(
                kwargs,
                _resource_settings_templates__get_resource_settings_template._parse_response,
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
        body: UpdateResourceSettingsTemplateRequest | UpdateResourceSettingsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsTemplate:
        """Update ResourceSettingsTemplate

        Updates existing ResourceSettingsTemplate

        `PUT /api/resource-settings-templates/{id}` (operation `updateResourceSettingsTemplate`)

        Args:
            id (str):
            body (UpdateResourceSettingsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            update_resource_settings_template as _resource_settings_templates__update_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__update_resource_settings_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ResourceSettingsTemplate",
            await self._client._call(
                kwargs,
                _resource_settings_templates__update_resource_settings_template._parse_response,
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
        """Delete ResourceSettingsTemplates

        Removes a single ResourceSettingsTemplate

        `DELETE /api/resource-settings-templates/{id}` (operation `deleteResourceSettingsTemplate`)

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

        from ..api.resource_settings_templates import (
            delete_resource_settings_template as _resource_settings_templates__delete_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__delete_resource_settings_template._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_settings_templates__delete_resource_settings_template._parse_response,
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
        data_service_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[ResourceSettingsTemplate]:
        """List ResourceSettingsTemplates

        Lists ResourceSettingsTemplates

        `GET /api/tenants/{id}/resource-settings-templates` (operation `listResourceSettingsTemplates`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            data_service_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[ResourceSettingsTemplate]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            list_resource_settings_templates as _resource_settings_templates__list_resource_settings_templates,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _resource_settings_templates__list_resource_settings_templates._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                data_service_id=data_service_id,
            )
            return await self._client._call(
                kwargs,
                _resource_settings_templates__list_resource_settings_templates._parse_response,
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
        body: CreateResourceSettingsTemplateRequest | CreateResourceSettingsTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsTemplate:
        """Create ResourceSettingsTemplate

        Creates a new ResourceSettingsTemplate

        `POST /api/tenants/{id}/resource-settings-templates` (operation `createResourceSettingsTemplate`)

        Args:
            id (str):
            body (CreateResourceSettingsTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_settings_templates import (
            create_resource_settings_template as _resource_settings_templates__create_resource_settings_template,  # noqa: PLC0415
        )

        kwargs = _resource_settings_templates__create_resource_settings_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ResourceSettingsTemplate",
            await self._client._call(
                kwargs,
                _resource_settings_templates__create_resource_settings_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncResourceSettingsTemplatesResourceWithRawResponse:
    """`client.with_raw_response.resource_settings_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncResourceSettingsTemplatesResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)


class AsyncResourceSettingsTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.resource_settings_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncResourceSettingsTemplatesResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
