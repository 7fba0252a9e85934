"""`client.backups` (generated from the spec; see api.md)."""

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

    from ..models.backup import Backup
    from ..models.create_backup_request import CreateBackupRequest, CreateBackupRequestDict
    from ..models.update_backup_request import UpdateBackupRequest, UpdateBackupRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncBackupsResource",
    "AsyncBackupsResourceWithRawResponse",
    "AsyncBackupsResourceWithStreamingResponse",
    "BackupsResource",
    "BackupsResourceWithRawResponse",
    "BackupsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class BackupsResource:
    """`client.backups`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BackupsResourceWithRawResponse:
        return BackupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BackupsResourceWithStreamingResponse:
        return BackupsResourceWithStreamingResponse(self)

    def list_target_backups(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_resource_name: str | Unset = UNSET,
        state: str | Unset = UNSET,
        suspend: str | Unset = UNSET,
        backup_type: str | Unset = UNSET,
        backup_level: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Backup]:
        """List BackupTarget's Backups

        Lists Backups belonging to the BackupTarget.

        `GET /api/backup-targets/{id}/backups` (operation `listBackupTargetBackups`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_resource_name (str | Unset):
            state (str | Unset):
            suspend (str | Unset):
            backup_type (str | Unset):
            backup_level (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Backup]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import list_backup_target_backups as _backups__list_backup_target_backups  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backups__list_backup_target_backups._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_resource_name=cluster_resource_name,
                state=state,
                suspend=suspend,
                backup_type=backup_type,
                backup_level=backup_level,
            )
            return self._client._call(
                kwargs,
                _backups__list_backup_target_backups._parse_response,
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
    ) -> Backup:
        """Get Backup

        Fetches a single Backup

        `GET /api/backups/{id}` (operation `getBackup`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Backup

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import get_backup as _backups__get_backup  # noqa: PLC0415

        kwargs = _backups__get_backup._get_kwargs(
            id=id,
        )
        return cast(
            "Backup",
            self._client._call(
                kwargs, _backups__get_backup._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateBackupRequest | UpdateBackupRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Backup:
        """Update Backup

        Updates an existing database Backup

        `PUT /api/backups/{id}` (operation `updateBackup`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (UpdateBackupRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Backup

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import update_backup as _backups__update_backup  # noqa: PLC0415

        kwargs = _backups__update_backup._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Backup",
            self._client._call(
                kwargs,
                _backups__update_backup._parse_response,
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
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete Backup

        Deletes an existing database deployment Backup

        `DELETE /api/backups/{id}` (operation `deleteBackup`)

        Args:
            id (str):
            local_only (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import delete_backup as _backups__delete_backup  # noqa: PLC0415

        kwargs = _backups__delete_backup._get_kwargs(
            id=id,
            local_only=local_only,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backups__delete_backup._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_job_by_name(
        self,
        id: str,
        name: str,
        *,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete Backup jobs

        Deletes an existing job for scheduled backups

        `DELETE /api/backups/{id}/jobs/{name}` (operation `deleteBackupJobByName`)

        Args:
            id (str):
            name (str):
            local_only (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import delete_backup_job_by_name as _backups__delete_backup_job_by_name  # noqa: PLC0415

        kwargs = _backups__delete_backup_job_by_name._get_kwargs(
            id=id,
            name=name,
            local_only=local_only,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backups__delete_backup_job_by_name._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_deployment(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_resource_name: str | Unset = UNSET,
        state: str | Unset = UNSET,
        suspend: str | Unset = UNSET,
        backup_type: str | Unset = UNSET,
        backup_level: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Backup]:
        """List Deployment's Backups

        Lists Backups belonging to the Deployment.

        `GET /api/deployments/{id}/backups` (operation `listDeploymentBackups`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_resource_name (str | Unset):
            state (str | Unset):
            suspend (str | Unset):
            backup_type (str | Unset):
            backup_level (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Backup]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import list_deployment_backups as _backups__list_deployment_backups  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backups__list_deployment_backups._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_resource_name=cluster_resource_name,
                state=state,
                suspend=suspend,
                backup_type=backup_type,
                backup_level=backup_level,
            )
            return self._client._call(
                kwargs,
                _backups__list_deployment_backups._parse_response,
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
        body: CreateBackupRequest | CreateBackupRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Backup:
        """Create Backup

        Creates a new database Backup

        `POST /api/deployments/{id}/backups` (operation `createBackup`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (CreateBackupRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Backup

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import create_backup as _backups__create_backup  # noqa: PLC0415

        kwargs = _backups__create_backup._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Backup",
            self._client._call(
                kwargs,
                _backups__create_backup._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class BackupsResourceWithRawResponse:
    """`client.with_raw_response.backups`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: BackupsResource) -> None:
        self._resource = resource
        self.list_target_backups = raw(resource.list_target_backups)
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.delete_job_by_name = raw(resource.delete_job_by_name)
        self.list_deployment = raw(resource.list_deployment)
        self.create = raw(resource.create)


class BackupsResourceWithStreamingResponse:
    """`client.with_streaming_response.backups`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: BackupsResource) -> None:
        self._resource = resource
        self.list_target_backups = streamed(resource.list_target_backups)
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.delete_job_by_name = streamed(resource.delete_job_by_name)
        self.list_deployment = streamed(resource.list_deployment)
        self.create = streamed(resource.create)


class AsyncBackupsResource:
    """`client.backups`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBackupsResourceWithRawResponse:
        return AsyncBackupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBackupsResourceWithStreamingResponse:
        return AsyncBackupsResourceWithStreamingResponse(self)

    def list_target_backups(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_resource_name: str | Unset = UNSET,
        state: str | Unset = UNSET,
        suspend: str | Unset = UNSET,
        backup_type: str | Unset = UNSET,
        backup_level: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Backup]:
        """List BackupTarget's Backups

        Lists Backups belonging to the BackupTarget.

        `GET /api/backup-targets/{id}/backups` (operation `listBackupTargetBackups`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_resource_name (str | Unset):
            state (str | Unset):
            suspend (str | Unset):
            backup_type (str | Unset):
            backup_level (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Backup]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import list_backup_target_backups as _backups__list_backup_target_backups  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backups__list_backup_target_backups._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_resource_name=cluster_resource_name,
                state=state,
                suspend=suspend,
                backup_type=backup_type,
                backup_level=backup_level,
            )
            return await self._client._call(
                kwargs,
                _backups__list_backup_target_backups._parse_response,
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
    ) -> Backup:
        """Get Backup

        Fetches a single Backup

        `GET /api/backups/{id}` (operation `getBackup`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Backup

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import get_backup as _backups__get_backup  # noqa: PLC0415

        kwargs = _backups__get_backup._get_kwargs(
            id=id,
        )
        return cast(
            "Backup",
            await self._client._call(
                kwargs, _backups__get_backup._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateBackupRequest | UpdateBackupRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Backup:
        """Update Backup

        Updates an existing database Backup

        `PUT /api/backups/{id}` (operation `updateBackup`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (UpdateBackupRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Backup

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import update_backup as _backups__update_backup  # noqa: PLC0415

        kwargs = _backups__update_backup._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Backup",
            await self._client._call(
                kwargs,
                _backups__update_backup._parse_response,
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
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete Backup

        Deletes an existing database deployment Backup

        `DELETE /api/backups/{id}` (operation `deleteBackup`)

        Args:
            id (str):
            local_only (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import delete_backup as _backups__delete_backup  # noqa: PLC0415

        kwargs = _backups__delete_backup._get_kwargs(
            id=id,
            local_only=local_only,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backups__delete_backup._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_job_by_name(
        self,
        id: str,
        name: str,
        *,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete Backup jobs

        Deletes an existing job for scheduled backups

        `DELETE /api/backups/{id}/jobs/{name}` (operation `deleteBackupJobByName`)

        Args:
            id (str):
            name (str):
            local_only (bool | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import delete_backup_job_by_name as _backups__delete_backup_job_by_name  # noqa: PLC0415

        kwargs = _backups__delete_backup_job_by_name._get_kwargs(
            id=id,
            name=name,
            local_only=local_only,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backups__delete_backup_job_by_name._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_deployment(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_resource_name: str | Unset = UNSET,
        state: str | Unset = UNSET,
        suspend: str | Unset = UNSET,
        backup_type: str | Unset = UNSET,
        backup_level: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Backup]:
        """List Deployment's Backups

        Lists Backups belonging to the Deployment.

        `GET /api/deployments/{id}/backups` (operation `listDeploymentBackups`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_resource_name (str | Unset):
            state (str | Unset):
            suspend (str | Unset):
            backup_type (str | Unset):
            backup_level (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Backup]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import list_deployment_backups as _backups__list_deployment_backups  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backups__list_deployment_backups._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_resource_name=cluster_resource_name,
                state=state,
                suspend=suspend,
                backup_type=backup_type,
                backup_level=backup_level,
            )
            return await self._client._call(
                kwargs,
                _backups__list_deployment_backups._parse_response,
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
        body: CreateBackupRequest | CreateBackupRequestDict,
        local_only: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Backup:
        """Create Backup

        Creates a new database Backup

        `POST /api/deployments/{id}/backups` (operation `createBackup`)

        Args:
            id (str):
            local_only (bool | Unset):
            body (CreateBackupRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Backup

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backups import create_backup as _backups__create_backup  # noqa: PLC0415

        kwargs = _backups__create_backup._get_kwargs(
            id=id,
            body=body,
            local_only=local_only,
        )
        return cast(
            "Backup",
            await self._client._call(
                kwargs,
                _backups__create_backup._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncBackupsResourceWithRawResponse:
    """`client.with_raw_response.backups`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncBackupsResource) -> None:
        self._resource = resource
        self.list_target_backups = async_raw(resource.list_target_backups)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.delete_job_by_name = async_raw(resource.delete_job_by_name)
        self.list_deployment = async_raw(resource.list_deployment)
        self.create = async_raw(resource.create)


class AsyncBackupsResourceWithStreamingResponse:
    """`client.with_streaming_response.backups`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncBackupsResource) -> None:
        self._resource = resource
        self.list_target_backups = async_streamed(resource.list_target_backups)
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.delete_job_by_name = async_streamed(resource.delete_job_by_name)
        self.list_deployment = async_streamed(resource.list_deployment)
        self.create = async_streamed(resource.create)
