"""`client.projects.role_bindings` (generated from the spec; see api.md)."""

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

    from ..models.delete_role_binding_request import DeleteRoleBindingRequest, DeleteRoleBindingRequestDict
    from ..models.project_role_binding import ProjectRoleBinding
    from ..models.project_role_binding_list import ProjectRoleBindingList
    from ..models.role_binding_request import RoleBindingRequest, RoleBindingRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncProjectsRoleBindingsResource",
    "AsyncProjectsRoleBindingsResourceWithRawResponse",
    "AsyncProjectsRoleBindingsResourceWithStreamingResponse",
    "ProjectsRoleBindingsResource",
    "ProjectsRoleBindingsResourceWithRawResponse",
    "ProjectsRoleBindingsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


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

        from ..api.project_role_bindings import (
            list_project_role_bindings as _project_role_bindings__list_project_role_bindings,  # noqa: PLC0415
        )

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
        body: RoleBindingRequest | RoleBindingRequestDict,
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

        from ..api.project_role_bindings import (
            create_project_role_binding as _project_role_bindings__create_project_role_binding,  # noqa: PLC0415
        )

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
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.project_role_bindings import (
            delete_project_role_binding as _project_role_bindings__delete_project_role_binding,  # noqa: PLC0415
        )

        kwargs = _project_role_bindings__delete_project_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
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

        from ..api.project_role_bindings import (
            list_project_role_bindings as _project_role_bindings__list_project_role_bindings,  # noqa: PLC0415
        )

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
        body: RoleBindingRequest | RoleBindingRequestDict,
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

        from ..api.project_role_bindings import (
            create_project_role_binding as _project_role_bindings__create_project_role_binding,  # noqa: PLC0415
        )

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
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
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
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.project_role_bindings import (
            delete_project_role_binding as _project_role_bindings__delete_project_role_binding,  # noqa: PLC0415
        )

        kwargs = _project_role_bindings__delete_project_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
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
