"""`client.application_configuration_templates` (generated from the spec; see api.md)."""

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

    from ..models.application_configuration_template import ApplicationConfigurationTemplate
    from ..models.create_application_configuration_template_request import (
        CreateApplicationConfigurationTemplateRequest,
        CreateApplicationConfigurationTemplateRequestDict,
    )
    from ..models.update_application_configuration_template_request import (
        UpdateApplicationConfigurationTemplateRequest,
        UpdateApplicationConfigurationTemplateRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncApplicationConfigurationTemplatesResource",
    "AsyncApplicationConfigurationTemplatesResourceWithRawResponse",
    "AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse",
    "ApplicationConfigurationTemplatesResource",
    "ApplicationConfigurationTemplatesResourceWithRawResponse",
    "ApplicationConfigurationTemplatesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ApplicationConfigurationTemplatesResource:
    """`client.application_configuration_templates`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ApplicationConfigurationTemplatesResourceWithRawResponse:
        return ApplicationConfigurationTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApplicationConfigurationTemplatesResourceWithStreamingResponse:
        return ApplicationConfigurationTemplatesResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationTemplate:
        """Get ApplicationConfigurationTemplate

        Fetches a single ApplicationConfigurationTemplate

        `GET /api/application-configuration-templates/{id}` (operation `getApplicationConfigurationTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            get_application_configuration_template as _application_configuration_templates__get_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__get_application_configuration_template._get_kwargs(
            id=id,
        )
        return cast(
            "ApplicationConfigurationTemplate",
            self._client._call(
                kwargs,
                _application_configuration_templates__get_application_configuration_template._parse_response,
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
        body: UpdateApplicationConfigurationTemplateRequest | UpdateApplicationConfigurationTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationTemplate:
        """Update ApplicationConfigurationTemplate

        Updates existing ApplicationConfigurationTemplate

        `PUT /api/application-configuration-templates/{id}` (operation `updateApplicationConfigurationTemplate`)

        Args:
            id (str):
            body (UpdateApplicationConfigurationTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            update_application_configuration_template as _application_configuration_templates__update_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__update_application_configuration_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ApplicationConfigurationTemplate",
            self._client._call(
                kwargs,
                _application_configuration_templates__update_application_configuration_template._parse_response,
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
        """Delete ApplicationConfigurationTemplates

        Removes a single ApplicationConfigurationTemplate

        `DELETE /api/application-configuration-templates/{id}` (operation `deleteApplicationConfigurationTemplate`)

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

        from ..api.application_configuration_templates import (
            delete_application_configuration_template as _application_configuration_templates__delete_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__delete_application_configuration_template._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _application_configuration_templates__delete_application_configuration_template._parse_response,
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
    ) -> _pages.SyncPage[ApplicationConfigurationTemplate]:
        """List ApplicationConfigurationTemplates

        Lists ApplicationConfigurationTemplates

        `GET /api/tenants/{id}/application-configuration-templates` (operation `listApplicationConfigurationTemplates`)

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
            SyncPage[ApplicationConfigurationTemplate]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            list_application_configuration_templates as _application_configuration_templates__list_application_configuration_templates,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _application_configuration_templates__list_application_configuration_templates._get_kwargs(
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
                _application_configuration_templates__list_application_configuration_templates._parse_response,
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
        body: CreateApplicationConfigurationTemplateRequest | CreateApplicationConfigurationTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationTemplate:
        """Create ApplicationConfigurationTemplate

        Creates a new ApplicationConfigurationTemplate

        `POST /api/tenants/{id}/application-configuration-templates` (operation `createApplicationConfigurationTemplate`)

        Args:
            id (str):
            body (CreateApplicationConfigurationTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            create_application_configuration_template as _application_configuration_templates__create_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__create_application_configuration_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ApplicationConfigurationTemplate",
            self._client._call(
                kwargs,
                _application_configuration_templates__create_application_configuration_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ApplicationConfigurationTemplatesResourceWithRawResponse:
    """`client.with_raw_response.application_configuration_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ApplicationConfigurationTemplatesResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.create = raw(resource.create)


class ApplicationConfigurationTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.application_configuration_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ApplicationConfigurationTemplatesResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)


class AsyncApplicationConfigurationTemplatesResource:
    """`client.application_configuration_templates`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApplicationConfigurationTemplatesResourceWithRawResponse:
        return AsyncApplicationConfigurationTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse:
        return AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationTemplate:
        """Get ApplicationConfigurationTemplate

        Fetches a single ApplicationConfigurationTemplate

        `GET /api/application-configuration-templates/{id}` (operation `getApplicationConfigurationTemplate`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            get_application_configuration_template as _application_configuration_templates__get_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__get_application_configuration_template._get_kwargs(
            id=id,
        )
        return cast(
            "ApplicationConfigurationTemplate",
            await self._client._call(
                kwargs,
                _application_configuration_templates__get_application_configuration_template._parse_response,
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
        body: UpdateApplicationConfigurationTemplateRequest | UpdateApplicationConfigurationTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationTemplate:
        """Update ApplicationConfigurationTemplate

        Updates existing ApplicationConfigurationTemplate

        `PUT /api/application-configuration-templates/{id}` (operation `updateApplicationConfigurationTemplate`)

        Args:
            id (str):
            body (UpdateApplicationConfigurationTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            update_application_configuration_template as _application_configuration_templates__update_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__update_application_configuration_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ApplicationConfigurationTemplate",
            await self._client._call(
                kwargs,
                _application_configuration_templates__update_application_configuration_template._parse_response,
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
        """Delete ApplicationConfigurationTemplates

        Removes a single ApplicationConfigurationTemplate

        `DELETE /api/application-configuration-templates/{id}` (operation `deleteApplicationConfigurationTemplate`)

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

        from ..api.application_configuration_templates import (
            delete_application_configuration_template as _application_configuration_templates__delete_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__delete_application_configuration_template._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _application_configuration_templates__delete_application_configuration_template._parse_response,
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
    ) -> _pages.AsyncPager[ApplicationConfigurationTemplate]:
        """List ApplicationConfigurationTemplates

        Lists ApplicationConfigurationTemplates

        `GET /api/tenants/{id}/application-configuration-templates` (operation `listApplicationConfigurationTemplates`)

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
            AsyncPager[ApplicationConfigurationTemplate]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            list_application_configuration_templates as _application_configuration_templates__list_application_configuration_templates,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _application_configuration_templates__list_application_configuration_templates._get_kwargs(
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
                _application_configuration_templates__list_application_configuration_templates._parse_response,
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
        body: CreateApplicationConfigurationTemplateRequest | CreateApplicationConfigurationTemplateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationTemplate:
        """Create ApplicationConfigurationTemplate

        Creates a new ApplicationConfigurationTemplate

        `POST /api/tenants/{id}/application-configuration-templates` (operation `createApplicationConfigurationTemplate`)

        Args:
            id (str):
            body (CreateApplicationConfigurationTemplateRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationTemplate

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.application_configuration_templates import (
            create_application_configuration_template as _application_configuration_templates__create_application_configuration_template,  # noqa: PLC0415
        )

        kwargs = _application_configuration_templates__create_application_configuration_template._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ApplicationConfigurationTemplate",
            await self._client._call(
                kwargs,
                _application_configuration_templates__create_application_configuration_template._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncApplicationConfigurationTemplatesResourceWithRawResponse:
    """`client.with_raw_response.application_configuration_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncApplicationConfigurationTemplatesResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)


class AsyncApplicationConfigurationTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.application_configuration_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncApplicationConfigurationTemplatesResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
