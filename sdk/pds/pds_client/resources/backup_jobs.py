"""`client.backup_jobs` (generated from the spec; see api.md)."""

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

    from ..models.backup_job import BackupJob
    from ..models.backup_job_status_list import BackupJobStatusList
    from ..models.upsert_backup_job_request import UpsertBackupJobRequest, UpsertBackupJobRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncBackupJobsResource",
    "AsyncBackupJobsResourceWithRawResponse",
    "AsyncBackupJobsResourceWithStreamingResponse",
    "BackupJobsResource",
    "BackupJobsResourceWithRawResponse",
    "BackupJobsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class BackupJobsResource:
    """`client.backup_jobs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BackupJobsResourceWithRawResponse:
        return BackupJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BackupJobsResourceWithStreamingResponse:
        return BackupJobsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupJob:
        """Get BackupJob

        Fetches a BackupJob

        `GET /api/backup-jobs/{id}` (operation `getBackupJob`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupJob

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import get_backup_job as _backup_jobs__get_backup_job  # noqa: PLC0415

        kwargs = _backup_jobs__get_backup_job._get_kwargs(
            id=id,
        )
        return cast(
            "BackupJob",
            self._client._call(
                kwargs,
                _backup_jobs__get_backup_job._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def upsert(
        self,
        id: str,
        *,
        body: UpsertBackupJobRequest | UpsertBackupJobRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupJob:
        """Upsert BackupJob

        Updates a BackupJob if ID exists, Creates new BackupJob if not

        `PUT /api/backup-jobs/{id}` (operation `upsertBackupJob`)

        Args:
            id (str):
            body (UpsertBackupJobRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupJob

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import upsert_backup_job as _backup_jobs__upsert_backup_job  # noqa: PLC0415

        kwargs = _backup_jobs__upsert_backup_job._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupJob",
            self._client._call(
                kwargs,
                _backup_jobs__upsert_backup_job._parse_response,
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
        """Delete BackupJob

        Removes a single BackupJob

        `DELETE /api/backup-jobs/{id}` (operation `deleteBackupJob`)

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

        from ..api.backup_jobs import delete_backup_job as _backup_jobs__delete_backup_job  # noqa: PLC0415

        kwargs = _backup_jobs__delete_backup_job._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backup_jobs__delete_backup_job._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupJobStatusList:
        """List Backup's Jobs

        Retrieves a list of BackupJobs associated to this Backup

        `GET /api/backups/{id}/jobs` (operation `listBackupJobs`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupJobStatusList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import list_backup_jobs as _backup_jobs__list_backup_jobs  # noqa: PLC0415

        kwargs = _backup_jobs__list_backup_jobs._get_kwargs(
            id=id,
        )
        return cast(
            "BackupJobStatusList",
            self._client._call(
                kwargs,
                _backup_jobs__list_backup_jobs._parse_response,
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
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        deployment_id: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        backup_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        namespace_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[BackupJob]:
        """List Project's BackupJobs

        Lists the BackupJobs that belonging to the Project.

        `GET /api/projects/{id}/backup-jobs` (operation `listProjectBackupJobs`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            deployment_id (str | Unset):
            deployment_target_id (str | Unset):
            backup_id (str | Unset):
            name (str | Unset):
            namespace_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[BackupJob]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import list_project_backup_jobs as _backup_jobs__list_project_backup_jobs  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_jobs__list_project_backup_jobs._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                deployment_id=deployment_id,
                deployment_target_id=deployment_target_id,
                backup_id=backup_id,
                name=name,
                namespace_id=namespace_id,
            )
            return self._client._call(
                kwargs,
                _backup_jobs__list_project_backup_jobs._parse_response,
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


class BackupJobsResourceWithRawResponse:
    """`client.with_raw_response.backup_jobs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: BackupJobsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.upsert = raw(resource.upsert)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.list_project = raw(resource.list_project)


class BackupJobsResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_jobs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: BackupJobsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.upsert = streamed(resource.upsert)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.list_project = streamed(resource.list_project)


class AsyncBackupJobsResource:
    """`client.backup_jobs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBackupJobsResourceWithRawResponse:
        return AsyncBackupJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBackupJobsResourceWithStreamingResponse:
        return AsyncBackupJobsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupJob:
        """Get BackupJob

        Fetches a BackupJob

        `GET /api/backup-jobs/{id}` (operation `getBackupJob`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupJob

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import get_backup_job as _backup_jobs__get_backup_job  # noqa: PLC0415

        kwargs = _backup_jobs__get_backup_job._get_kwargs(
            id=id,
        )
        return cast(
            "BackupJob",
            await self._client._call(
                kwargs,
                _backup_jobs__get_backup_job._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def upsert(
        self,
        id: str,
        *,
        body: UpsertBackupJobRequest | UpsertBackupJobRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupJob:
        """Upsert BackupJob

        Updates a BackupJob if ID exists, Creates new BackupJob if not

        `PUT /api/backup-jobs/{id}` (operation `upsertBackupJob`)

        Args:
            id (str):
            body (UpsertBackupJobRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupJob

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import upsert_backup_job as _backup_jobs__upsert_backup_job  # noqa: PLC0415

        kwargs = _backup_jobs__upsert_backup_job._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupJob",
            await self._client._call(
                kwargs,
                _backup_jobs__upsert_backup_job._parse_response,
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
        """Delete BackupJob

        Removes a single BackupJob

        `DELETE /api/backup-jobs/{id}` (operation `deleteBackupJob`)

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

        from ..api.backup_jobs import delete_backup_job as _backup_jobs__delete_backup_job  # noqa: PLC0415

        kwargs = _backup_jobs__delete_backup_job._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backup_jobs__delete_backup_job._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupJobStatusList:
        """List Backup's Jobs

        Retrieves a list of BackupJobs associated to this Backup

        `GET /api/backups/{id}/jobs` (operation `listBackupJobs`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupJobStatusList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import list_backup_jobs as _backup_jobs__list_backup_jobs  # noqa: PLC0415

        kwargs = _backup_jobs__list_backup_jobs._get_kwargs(
            id=id,
        )
        return cast(
            "BackupJobStatusList",
            await self._client._call(
                kwargs,
                _backup_jobs__list_backup_jobs._parse_response,
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
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        deployment_id: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        backup_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        namespace_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[BackupJob]:
        """List Project's BackupJobs

        Lists the BackupJobs that belonging to the Project.

        `GET /api/projects/{id}/backup-jobs` (operation `listProjectBackupJobs`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            deployment_id (str | Unset):
            deployment_target_id (str | Unset):
            backup_id (str | Unset):
            name (str | Unset):
            namespace_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[BackupJob]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_jobs import list_project_backup_jobs as _backup_jobs__list_project_backup_jobs  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_jobs__list_project_backup_jobs._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                deployment_id=deployment_id,
                deployment_target_id=deployment_target_id,
                backup_id=backup_id,
                name=name,
                namespace_id=namespace_id,
            )
            return await self._client._call(
                kwargs,
                _backup_jobs__list_project_backup_jobs._parse_response,
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


class AsyncBackupJobsResourceWithRawResponse:
    """`client.with_raw_response.backup_jobs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncBackupJobsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.upsert = async_raw(resource.upsert)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.list_project = async_raw(resource.list_project)


class AsyncBackupJobsResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_jobs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncBackupJobsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.upsert = async_streamed(resource.upsert)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed(resource.list)
        self.list_project = async_streamed(resource.list_project)
