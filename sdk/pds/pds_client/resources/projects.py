"""`client.projects` and the resources nested in it (generated from the spec; see api.md)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, cast

from .._runtime import pagination as _pages
from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..api.project_role_bindings import (
    create_project_role_binding as _project_role_bindings__create_project_role_binding,
)
from ..api.project_role_bindings import (
    delete_project_role_binding as _project_role_bindings__delete_project_role_binding,
)
from ..api.project_role_bindings import list_project_role_bindings as _project_role_bindings__list_project_role_bindings
from ..api.projects import get_project as _projects__get_project
from ..api.projects import list_tenant_projects as _projects__list_tenant_projects
from ..models.delete_role_binding_request import DeleteRoleBindingRequest
from ..models.project import Project
from ..models.project_role_binding import ProjectRoleBinding
from ..models.project_role_binding_list import ProjectRoleBindingList
from ..models.role_binding_request import RoleBindingRequest
from ..types import UNSET, File, Unset

__all__ = [
    "AsyncProjectsResource",
    "ProjectsResource",
    "AsyncProjectsRoleBindingsResource",
    "ProjectsRoleBindingsResource",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, UNSET, Unset, builtins)


class ProjectsRoleBindingsResource:
    """`client.projects.role_bindings`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProjectsRoleBindingsResourceWithRawResponse:
        return ProjectsRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsRoleBindingsResourceWithStreamingResponse:
        return ProjectsRoleBindingsResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProjectRoleBindingList:
        """List ProjectRoleBindings

        Lists ProjectRoleBindings

        `GET /api/projects/{id}/role-bindings` (operation `listProjectRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProjectRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _project_role_bindings__list_project_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "ProjectRoleBindingList",
            self._client._call(
                kwargs,
                _project_role_bindings__list_project_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        id: str,
        *,
        body: RoleBindingRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProjectRoleBinding:
        """Create ProjectRoleBinding

        Creates a new ProjectRoleBinding

        `PUT /api/projects/{id}/role-bindings` (operation `createProjectRoleBinding`)

        Args:
            id (str):
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProjectRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _project_role_bindings__create_project_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ProjectRoleBinding",
            self._client._call(
                kwargs,
                _project_role_bindings__create_project_role_binding._parse_response,
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
        body: DeleteRoleBindingRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete ProjectRoleBinding

        Removes a single ProjectRoleBinding

        `DELETE /api/projects/{id}/role-bindings` (operation `deleteProjectRoleBinding`)

        Args:
            id (str):
            body (DeleteRoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _project_role_bindings__delete_project_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Any",
            self._client._call(
                kwargs,
                _project_role_bindings__delete_project_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ProjectsRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.projects.role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ProjectsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)


class ProjectsRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.projects.role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ProjectsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)


class AsyncProjectsRoleBindingsResource:
    """`client.projects.role_bindings`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsRoleBindingsResourceWithRawResponse:
        return AsyncProjectsRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsRoleBindingsResourceWithStreamingResponse:
        return AsyncProjectsRoleBindingsResourceWithStreamingResponse(self)

    async def list(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProjectRoleBindingList:
        """List ProjectRoleBindings

        Lists ProjectRoleBindings

        `GET /api/projects/{id}/role-bindings` (operation `listProjectRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProjectRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _project_role_bindings__list_project_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "ProjectRoleBindingList",
            await self._client._call(
                kwargs,
                _project_role_bindings__list_project_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        id: str,
        *,
        body: RoleBindingRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProjectRoleBinding:
        """Create ProjectRoleBinding

        Creates a new ProjectRoleBinding

        `PUT /api/projects/{id}/role-bindings` (operation `createProjectRoleBinding`)

        Args:
            id (str):
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProjectRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _project_role_bindings__create_project_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ProjectRoleBinding",
            await self._client._call(
                kwargs,
                _project_role_bindings__create_project_role_binding._parse_response,
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
        body: DeleteRoleBindingRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Any:
        """Delete ProjectRoleBinding

        Removes a single ProjectRoleBinding

        `DELETE /api/projects/{id}/role-bindings` (operation `deleteProjectRoleBinding`)

        Args:
            id (str):
            body (DeleteRoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Any

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        kwargs = _project_role_bindings__delete_project_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Any",
            await self._client._call(
                kwargs,
                _project_role_bindings__delete_project_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncProjectsRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.projects.role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncProjectsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)


class AsyncProjectsRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.projects.role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncProjectsRoleBindingsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)


class ProjectsResource:
    """`client.projects`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def role_bindings(self) -> ProjectsRoleBindingsResource:
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

        `GET /api/tenants/{id_path}/projects` (operation `listTenantProjects`)

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
        return ProjectsRoleBindingsResourceWithRawResponse(self._resource.role_bindings)


class ProjectsResourceWithStreamingResponse:
    """`client.with_streaming_response.projects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ProjectsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.list_tenant = streamed(resource.list_tenant)

    @cached_property
    def role_bindings(self) -> ProjectsRoleBindingsResourceWithStreamingResponse:
        return ProjectsRoleBindingsResourceWithStreamingResponse(self._resource.role_bindings)


class AsyncProjectsResource:
    """`client.projects`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def role_bindings(self) -> AsyncProjectsRoleBindingsResource:
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

        `GET /api/tenants/{id_path}/projects` (operation `listTenantProjects`)

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
        return AsyncProjectsRoleBindingsResourceWithRawResponse(self._resource.role_bindings)


class AsyncProjectsResourceWithStreamingResponse:
    """`client.with_streaming_response.projects`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.list_tenant = async_streamed(resource.list_tenant)

    @cached_property
    def role_bindings(self) -> AsyncProjectsRoleBindingsResourceWithStreamingResponse:
        return AsyncProjectsRoleBindingsResourceWithStreamingResponse(self._resource.role_bindings)
