"""`client.deployments` (generated from the spec; see api.md)."""

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

    from ..models.create_deployment_request import CreateDeploymentRequest, CreateDeploymentRequestDict
    from ..models.deployment import Deployment
    from ..models.deployment_connection_info import DeploymentConnectionInfo
    from ..models.deployment_credentials import DeploymentCredentials
    from ..models.deployment_status import DeploymentStatus
    from ..models.update_deployment_request import UpdateDeploymentRequest, UpdateDeploymentRequestDict
    from ..types import UNSET, Unset
    from .deployments_manifests import (
        AsyncDeploymentsManifestsResource,
        AsyncDeploymentsManifestsResourceWithRawResponse,
        AsyncDeploymentsManifestsResourceWithStreamingResponse,
        DeploymentsManifestsResource,
        DeploymentsManifestsResourceWithRawResponse,
        DeploymentsManifestsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "AsyncDeploymentsResourceWithStreamingResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
    "DeploymentsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DeploymentsResource:
    """`client.deployments`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def manifests(self) -> DeploymentsManifestsResource:
        from .deployments_manifests import DeploymentsManifestsResource

        return DeploymentsManifestsResource(self._client)

    @cached_property
    def with_raw_response(self) -> DeploymentsResourceWithRawResponse:
        return DeploymentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DeploymentsResourceWithStreamingResponse:
        return DeploymentsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        body: CreateDeploymentRequest | CreateDeploymentRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Create Deployment

        Creates a new data service Deployment

        `POST /api/deployments` (operation `createDeployment`)

        Args:
            local_only (bool | Unset):
            body (CreateDeploymentRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import create_deployment as _deployments__create_deployment  # noqa: PLC0415

        kwargs = _deployments__create_deployment._get_kwargs(
            body=body,
            local_only=local_only,
        )
        return cast(
            "Deployment",
            self._client._call(
                kwargs,
                _deployments__create_deployment._parse_response,
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
        expand: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Get Deployment

        Fetches a data service Deployment

        `GET /api/deployments/{id}` (operation `getDeployment`)

        Args:
            id (str):
            expand (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment as _deployments__get_deployment  # noqa: PLC0415

        kwargs = _deployments__get_deployment._get_kwargs(
            id=id,
            expand=expand,
        )
        return cast(
            "Deployment",
            self._client._call(
                kwargs,
                _deployments__get_deployment._parse_response,
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
        body: UpdateDeploymentRequest | UpdateDeploymentRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Update Deployment

        Updates an existing database Deployment

        `PUT /api/deployments/{id}` (operation `updateDeployment`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (UpdateDeploymentRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import update_deployment as _deployments__update_deployment  # noqa: PLC0415

        kwargs = _deployments__update_deployment._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Deployment",
            self._client._call(
                kwargs,
                _deployments__update_deployment._parse_response,
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
        force: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete Deployment

        Deletes an existing database Deployment

        `DELETE /api/deployments/{id}` (operation `deleteDeployment`)

        Args:
            id (str):
            force (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import delete_deployment as _deployments__delete_deployment  # noqa: PLC0415

        kwargs = _deployments__delete_deployment._get_kwargs(
            id=id,
            force=force,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployments__delete_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_connection_info(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentConnectionInfo:
        """Deployment Connection Information

        Returns connection information for the given Deployment

        `GET /api/deployments/{id}/connection-info` (operation `getDeploymentConnectionInfo`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentConnectionInfo

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment_connection_info as _deployments__get_deployment_connection_info  # noqa: PLC0415

        kwargs = _deployments__get_deployment_connection_info._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentConnectionInfo",
            self._client._call(
                kwargs,
                _deployments__get_deployment_connection_info._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_credentials(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentCredentials:
        """Deployment Credentials

        Returns credentials to authenticate to the given Deployment

        `GET /api/deployments/{id}/credentials` (operation `getDeploymentCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment_credentials as _deployments__get_deployment_credentials  # noqa: PLC0415

        kwargs = _deployments__get_deployment_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentCredentials",
            self._client._call(
                kwargs,
                _deployments__get_deployment_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_status(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentStatus:
        """Get Deployment Status

        Retrieves status information on the given Deployment

        `GET /api/deployments/{id}/status` (operation `getDeploymentStatus`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment_status as _deployments__get_deployment_status  # noqa: PLC0415

        kwargs = _deployments__get_deployment_status._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentStatus",
            self._client._call(
                kwargs,
                _deployments__get_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_project(
        self,
        id_path: str,
        *,
        expand: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_resource_name: str | Unset = UNSET,
        data_service_id: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        image_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        namespace_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Deployment]:
        """List Project's Deployments

        Lists Deployments belonging to the Project.

        `GET /api/projects/{id}/deployments` (operation `listProjectDeployments`)

        Args:
            id_path (str):
            expand (str | Unset):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_resource_name (str | Unset):
            data_service_id (str | Unset):
            deployment_target_id (str | Unset):
            image_id (str | Unset):
            name (str | Unset):
            namespace_id (str | Unset):
            state (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Deployment]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import list_project_deployments as _deployments__list_project_deployments  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _deployments__list_project_deployments._get_kwargs(
                id_path=id_path,
                expand=expand,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_resource_name=cluster_resource_name,
                data_service_id=data_service_id,
                deployment_target_id=deployment_target_id,
                image_id=image_id,
                name=name,
                namespace_id=namespace_id,
                state=state,
            )
            return self._client._call(
                kwargs,
                _deployments__list_project_deployments._parse_response,
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

    def create_project(
        self,
        id: str,
        *,
        body: CreateDeploymentRequest | CreateDeploymentRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Create Deployment

        Creates a new data service Deployment

        `POST /api/projects/{id}/deployments` (operation `createProjectDeployment`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (CreateDeploymentRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import create_project_deployment as _deployments__create_project_deployment  # noqa: PLC0415

        kwargs = _deployments__create_project_deployment._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Deployment",
            self._client._call(
                kwargs,
                _deployments__create_project_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class DeploymentsResourceWithRawResponse:
    """`client.with_raw_response.deployments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DeploymentsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.get_connection_info = raw(resource.get_connection_info)
        self.get_credentials = raw(resource.get_credentials)
        self.get_status = raw(resource.get_status)
        self.list_project = raw(resource.list_project)
        self.create_project = raw(resource.create_project)

    @cached_property
    def manifests(self) -> DeploymentsManifestsResourceWithRawResponse:
        from .deployments_manifests import DeploymentsManifestsResourceWithRawResponse

        return DeploymentsManifestsResourceWithRawResponse(self._resource.manifests)


class DeploymentsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DeploymentsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.get_connection_info = streamed(resource.get_connection_info)
        self.get_credentials = streamed(resource.get_credentials)
        self.get_status = streamed(resource.get_status)
        self.list_project = streamed(resource.list_project)
        self.create_project = streamed(resource.create_project)

    @cached_property
    def manifests(self) -> DeploymentsManifestsResourceWithStreamingResponse:
        from .deployments_manifests import DeploymentsManifestsResourceWithStreamingResponse

        return DeploymentsManifestsResourceWithStreamingResponse(self._resource.manifests)


class AsyncDeploymentsResource:
    """`client.deployments`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def manifests(self) -> AsyncDeploymentsManifestsResource:
        from .deployments_manifests import AsyncDeploymentsManifestsResource

        return AsyncDeploymentsManifestsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDeploymentsResourceWithRawResponse:
        return AsyncDeploymentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDeploymentsResourceWithStreamingResponse:
        return AsyncDeploymentsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        body: CreateDeploymentRequest | CreateDeploymentRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Create Deployment

        Creates a new data service Deployment

        `POST /api/deployments` (operation `createDeployment`)

        Args:
            local_only (bool | Unset):
            body (CreateDeploymentRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import create_deployment as _deployments__create_deployment  # noqa: PLC0415

        kwargs = _deployments__create_deployment._get_kwargs(
            body=body,
            local_only=local_only,
        )
        return cast(
            "Deployment",
            await self._client._call(
                kwargs,
                _deployments__create_deployment._parse_response,
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
        expand: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Get Deployment

        Fetches a data service Deployment

        `GET /api/deployments/{id}` (operation `getDeployment`)

        Args:
            id (str):
            expand (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment as _deployments__get_deployment  # noqa: PLC0415

        kwargs = _deployments__get_deployment._get_kwargs(
            id=id,
            expand=expand,
        )
        return cast(
            "Deployment",
            await self._client._call(
                kwargs,
                _deployments__get_deployment._parse_response,
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
        body: UpdateDeploymentRequest | UpdateDeploymentRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Update Deployment

        Updates an existing database Deployment

        `PUT /api/deployments/{id}` (operation `updateDeployment`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (UpdateDeploymentRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import update_deployment as _deployments__update_deployment  # noqa: PLC0415

        kwargs = _deployments__update_deployment._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Deployment",
            await self._client._call(
                kwargs,
                _deployments__update_deployment._parse_response,
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
        force: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete Deployment

        Deletes an existing database Deployment

        `DELETE /api/deployments/{id}` (operation `deleteDeployment`)

        Args:
            id (str):
            force (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import delete_deployment as _deployments__delete_deployment  # noqa: PLC0415

        kwargs = _deployments__delete_deployment._get_kwargs(
            id=id,
            force=force,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployments__delete_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_connection_info(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentConnectionInfo:
        """Deployment Connection Information

        Returns connection information for the given Deployment

        `GET /api/deployments/{id}/connection-info` (operation `getDeploymentConnectionInfo`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentConnectionInfo

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment_connection_info as _deployments__get_deployment_connection_info  # noqa: PLC0415

        kwargs = _deployments__get_deployment_connection_info._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentConnectionInfo",
            await self._client._call(
                kwargs,
                _deployments__get_deployment_connection_info._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_credentials(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentCredentials:
        """Deployment Credentials

        Returns credentials to authenticate to the given Deployment

        `GET /api/deployments/{id}/credentials` (operation `getDeploymentCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment_credentials as _deployments__get_deployment_credentials  # noqa: PLC0415

        kwargs = _deployments__get_deployment_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentCredentials",
            await self._client._call(
                kwargs,
                _deployments__get_deployment_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_status(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentStatus:
        """Get Deployment Status

        Retrieves status information on the given Deployment

        `GET /api/deployments/{id}/status` (operation `getDeploymentStatus`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import get_deployment_status as _deployments__get_deployment_status  # noqa: PLC0415

        kwargs = _deployments__get_deployment_status._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentStatus",
            await self._client._call(
                kwargs,
                _deployments__get_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_project(
        self,
        id_path: str,
        *,
        expand: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_resource_name: str | Unset = UNSET,
        data_service_id: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        image_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        namespace_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Deployment]:
        """List Project's Deployments

        Lists Deployments belonging to the Project.

        `GET /api/projects/{id}/deployments` (operation `listProjectDeployments`)

        Args:
            id_path (str):
            expand (str | Unset):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_resource_name (str | Unset):
            data_service_id (str | Unset):
            deployment_target_id (str | Unset):
            image_id (str | Unset):
            name (str | Unset):
            namespace_id (str | Unset):
            state (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Deployment]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import list_project_deployments as _deployments__list_project_deployments  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _deployments__list_project_deployments._get_kwargs(
                id_path=id_path,
                expand=expand,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_resource_name=cluster_resource_name,
                data_service_id=data_service_id,
                deployment_target_id=deployment_target_id,
                image_id=image_id,
                name=name,
                namespace_id=namespace_id,
                state=state,
            )
            return await self._client._call(
                kwargs,
                _deployments__list_project_deployments._parse_response,
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

    async def create_project(
        self,
        id: str,
        *,
        body: CreateDeploymentRequest | CreateDeploymentRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Deployment:
        """Create Deployment

        Creates a new data service Deployment

        `POST /api/projects/{id}/deployments` (operation `createProjectDeployment`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (CreateDeploymentRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Deployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployments import create_project_deployment as _deployments__create_project_deployment  # noqa: PLC0415

        kwargs = _deployments__create_project_deployment._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Deployment",
            await self._client._call(
                kwargs,
                _deployments__create_project_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncDeploymentsResourceWithRawResponse:
    """`client.with_raw_response.deployments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDeploymentsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.get_connection_info = async_raw(resource.get_connection_info)
        self.get_credentials = async_raw(resource.get_credentials)
        self.get_status = async_raw(resource.get_status)
        self.list_project = async_raw(resource.list_project)
        self.create_project = async_raw(resource.create_project)

    @cached_property
    def manifests(self) -> AsyncDeploymentsManifestsResourceWithRawResponse:
        from .deployments_manifests import AsyncDeploymentsManifestsResourceWithRawResponse

        return AsyncDeploymentsManifestsResourceWithRawResponse(self._resource.manifests)


class AsyncDeploymentsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDeploymentsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.get_connection_info = async_streamed(resource.get_connection_info)
        self.get_credentials = async_streamed(resource.get_credentials)
        self.get_status = async_streamed(resource.get_status)
        self.list_project = async_streamed(resource.list_project)
        self.create_project = async_streamed(resource.create_project)

    @cached_property
    def manifests(self) -> AsyncDeploymentsManifestsResourceWithStreamingResponse:
        from .deployments_manifests import AsyncDeploymentsManifestsResourceWithStreamingResponse

        return AsyncDeploymentsManifestsResourceWithStreamingResponse(self._resource.manifests)
