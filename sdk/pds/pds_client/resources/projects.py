"""`client.projects` (generated from the spec; see api.md)."""

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

    from ..models.project import Project
    from ..types import UNSET, Unset
    from .projects_role_bindings import (
        AsyncProjectsRoleBindingsResource,
        AsyncProjectsRoleBindingsResourceWithRawResponse,
        AsyncProjectsRoleBindingsResourceWithStreamingResponse,
        ProjectsRoleBindingsResource,
        ProjectsRoleBindingsResourceWithRawResponse,
        ProjectsRoleBindingsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "AsyncProjectsResourceWithStreamingResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
    "ProjectsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ProjectsResource:
    """`client.projects`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def role_bindings(self) -> ProjectsRoleBindingsResource:
        from .projects_role_bindings import ProjectsRoleBindingsResource

        return ProjectsRoleBindingsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        return ProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsResourceWithStreamingResponse:
        return ProjectsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Project:
        """Get Project

        Fetches a single Project

        `GET /api/projects/{id}` (operation `getProject`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Project

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import get_project as _projects__get_project  # noqa: PLC0415

        kwargs = _projects__get_project._get_kwargs(
            id=id,
        )
        return cast(
            "Project",
            self._client._call(
                kwargs, _projects__get_project._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def list_tenant(
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
    ) -> _pages.SyncPage[Project]:
        """List Tenant's Projects

        Lists Projects belonging to the Tenant.

        `GET /api/tenants/{id}/projects` (operation `listTenantProjects`)

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
            SyncPage[Project]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import list_tenant_projects as _projects__list_tenant_projects  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _projects__list_tenant_projects._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return self._client._call(
                kwargs,
                _projects__list_tenant_projects._parse_response,
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


class ProjectsResourceWithRawResponse:
    """`client.with_raw_response.projects`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ProjectsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.list_tenant = raw(resource.list_tenant)

    @cached_property
    def role_bindings(self) -> ProjectsRoleBindingsResourceWithRawResponse:
        from .projects_role_bindings import ProjectsRoleBindingsResourceWithRawResponse

        return ProjectsRoleBindingsResourceWithRawResponse(self._resource.role_bindings)


class ProjectsResourceWithStreamingResponse:
    """`client.with_streaming_response.projects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ProjectsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.list_tenant = streamed(resource.list_tenant)

    @cached_property
    def role_bindings(self) -> ProjectsRoleBindingsResourceWithStreamingResponse:
        from .projects_role_bindings import ProjectsRoleBindingsResourceWithStreamingResponse

        return ProjectsRoleBindingsResourceWithStreamingResponse(self._resource.role_bindings)


class AsyncProjectsResource:
    """`client.projects`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def role_bindings(self) -> AsyncProjectsRoleBindingsResource:
        from .projects_role_bindings import AsyncProjectsRoleBindingsResource

        return AsyncProjectsRoleBindingsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        return AsyncProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsResourceWithStreamingResponse:
        return AsyncProjectsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Project:
        """Get Project

        Fetches a single Project

        `GET /api/projects/{id}` (operation `getProject`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Project

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import get_project as _projects__get_project  # noqa: PLC0415

        kwargs = _projects__get_project._get_kwargs(
            id=id,
        )
        return cast(
            "Project",
            await self._client._call(
                kwargs, _projects__get_project._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def list_tenant(
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
    ) -> _pages.AsyncPager[Project]:
        """List Tenant's Projects

        Lists Projects belonging to the Tenant.

        `GET /api/tenants/{id}/projects` (operation `listTenantProjects`)

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
            AsyncPager[Project]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.projects import list_tenant_projects as _projects__list_tenant_projects  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _projects__list_tenant_projects._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _projects__list_tenant_projects._parse_response,
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


class AsyncProjectsResourceWithRawResponse:
    """`client.with_raw_response.projects`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.list_tenant = async_raw(resource.list_tenant)

    @cached_property
    def role_bindings(self) -> AsyncProjectsRoleBindingsResourceWithRawResponse:
        from .projects_role_bindings import AsyncProjectsRoleBindingsResourceWithRawResponse

        return AsyncProjectsRoleBindingsResourceWithRawResponse(self._resource.role_bindings)


class AsyncProjectsResourceWithStreamingResponse:
    """`client.with_streaming_response.projects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.list_tenant = async_streamed(resource.list_tenant)

    @cached_property
    def role_bindings(self) -> AsyncProjectsRoleBindingsResourceWithStreamingResponse:
        from .projects_role_bindings import AsyncProjectsRoleBindingsResourceWithStreamingResponse

        return AsyncProjectsRoleBindingsResourceWithStreamingResponse(self._resource.role_bindings)
