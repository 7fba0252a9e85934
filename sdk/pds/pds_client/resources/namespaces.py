"""`client.namespaces` (generated from the spec; see api.md)."""

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

    from ..models.create_namespace_request import CreateNamespaceRequest, CreateNamespaceRequestDict
    from ..models.namespace import Namespace
    from ..models.update_namespace_request import UpdateNamespaceRequest, UpdateNamespaceRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncNamespacesResource",
    "AsyncNamespacesResourceWithRawResponse",
    "AsyncNamespacesResourceWithStreamingResponse",
    "NamespacesResource",
    "NamespacesResourceWithRawResponse",
    "NamespacesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class NamespacesResource:
    """`client.namespaces`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NamespacesResourceWithRawResponse:
        return NamespacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NamespacesResourceWithStreamingResponse:
        return NamespacesResourceWithStreamingResponse(self)

    def list_deployment_target(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Namespace]:
        """List DeploymentTarget's Namespaces

        List DeploymentTarget's Namespaces

        `GET /api/deployment-targets/{id}/namespaces` (operation `listDeploymentTargetNamespaces`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            status (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Namespace]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import list_deployment_target_namespaces as _namespaces__list_deployment_target_namespaces  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _namespaces__list_deployment_target_namespaces._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                status=status,
            )
            return self._client._call(
                kwargs,
                _namespaces__list_deployment_target_namespaces._parse_response,
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
        body: CreateNamespaceRequest | CreateNamespaceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Create Namespace

        Creates a new Namespace

        `POST /api/deployment-targets/{id}/namespaces` (operation `createNamespace`)

        Args:
            id (str):
            body (CreateNamespaceRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import create_namespace as _namespaces__create_namespace  # noqa: PLC0415

        kwargs = _namespaces__create_namespace._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__create_namespace._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
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
    ) -> Namespace:
        """Get Namespace

        Fetches a single Namespace

        `GET /api/namespaces/{id}` (operation `getNamespace`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import get_namespace as _namespaces__get_namespace  # noqa: PLC0415

        kwargs = _namespaces__get_namespace._get_kwargs(
            id=id,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__get_namespace._parse_response,
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
        body: UpdateNamespaceRequest | UpdateNamespaceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Update namespace

        Update namespace

        `PUT /api/namespaces/{id}` (operation `updateNamespace`)

        Args:
            id (str):
            body (UpdateNamespaceRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import update_namespace as _namespaces__update_namespace  # noqa: PLC0415

        kwargs = _namespaces__update_namespace._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__update_namespace._parse_response,
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
        """Delete Namespace

        Deletes a single Namespace.

        `DELETE /api/namespaces/{id}` (operation `deleteNamespace`)

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

        from ..api.namespaces import delete_namespace as _namespaces__delete_namespace  # noqa: PLC0415

        kwargs = _namespaces__delete_namespace._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _namespaces__delete_namespace._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class NamespacesResourceWithRawResponse:
    """`client.with_raw_response.namespaces`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: NamespacesResource) -> None:
        self._resource = resource
        self.list_deployment_target = raw(resource.list_deployment_target)
        self.create = raw(resource.create)
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class NamespacesResourceWithStreamingResponse:
    """`client.with_streaming_response.namespaces`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: NamespacesResource) -> None:
        self._resource = resource
        self.list_deployment_target = streamed(resource.list_deployment_target)
        self.create = streamed(resource.create)
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)


class AsyncNamespacesResource:
    """`client.namespaces`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNamespacesResourceWithRawResponse:
        return AsyncNamespacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNamespacesResourceWithStreamingResponse:
        return AsyncNamespacesResourceWithStreamingResponse(self)

    def list_deployment_target(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Namespace]:
        """List DeploymentTarget's Namespaces

        List DeploymentTarget's Namespaces

        `GET /api/deployment-targets/{id}/namespaces` (operation `listDeploymentTargetNamespaces`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            status (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Namespace]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import list_deployment_target_namespaces as _namespaces__list_deployment_target_namespaces  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _namespaces__list_deployment_target_namespaces._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                status=status,
            )
            return await self._client._call(
                kwargs,
                _namespaces__list_deployment_target_namespaces._parse_response,
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
        body: CreateNamespaceRequest | CreateNamespaceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Create Namespace

        Creates a new Namespace

        `POST /api/deployment-targets/{id}/namespaces` (operation `createNamespace`)

        Args:
            id (str):
            body (CreateNamespaceRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import create_namespace as _namespaces__create_namespace  # noqa: PLC0415

        kwargs = _namespaces__create_namespace._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__create_namespace._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
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
    ) -> Namespace:
        """Get Namespace

        Fetches a single Namespace

        `GET /api/namespaces/{id}` (operation `getNamespace`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import get_namespace as _namespaces__get_namespace  # noqa: PLC0415

        kwargs = _namespaces__get_namespace._get_kwargs(
            id=id,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__get_namespace._parse_response,
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
        body: UpdateNamespaceRequest | UpdateNamespaceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Update namespace

        Update namespace

        `PUT /api/namespaces/{id}` (operation `updateNamespace`)

        Args:
            id (str):
            body (UpdateNamespaceRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import update_namespace as _namespaces__update_namespace  # noqa: PLC0415

        kwargs = _namespaces__update_namespace._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__update_namespace._parse_response,
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
        """Delete Namespace

        Deletes a single Namespace.

        `DELETE /api/namespaces/{id}` (operation `deleteNamespace`)

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

        from ..api.namespaces import delete_namespace as _namespaces__delete_namespace  # noqa: PLC0415

        kwargs = _namespaces__delete_namespace._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _namespaces__delete_namespace._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncNamespacesResourceWithRawResponse:
    """`client.with_raw_response.namespaces`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncNamespacesResource) -> None:
        self._resource = resource
        self.list_deployment_target = async_raw(resource.list_deployment_target)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)


class AsyncNamespacesResourceWithStreamingResponse:
    """`client.with_streaming_response.namespaces`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncNamespacesResource) -> None:
        self._resource = resource
        self.list_deployment_target = async_streamed(resource.list_deployment_target)
        self.create = async_streamed(resource.create)
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
