"""`client.backup_targets` (generated from the spec; see api.md)."""

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

    from ..models.backup_target import BackupTarget
    from ..models.backup_target_state_list import BackupTargetStateList
    from ..models.create_backup_target_request import CreateBackupTargetRequest, CreateBackupTargetRequestDict
    from ..models.update_backup_target_request import UpdateBackupTargetRequest, UpdateBackupTargetRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncBackupTargetsResource",
    "AsyncBackupTargetsResourceWithRawResponse",
    "AsyncBackupTargetsResourceWithStreamingResponse",
    "BackupTargetsResource",
    "BackupTargetsResourceWithRawResponse",
    "BackupTargetsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class BackupTargetsResource:
    """`client.backup_targets`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BackupTargetsResourceWithRawResponse:
        return BackupTargetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BackupTargetsResourceWithStreamingResponse:
        return BackupTargetsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTarget:
        """Get BackupTarget

        Fetches a single BackupTarget

        `GET /api/backup-targets/{id}` (operation `getBackupTarget`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import get_backup_target as _backup_targets__get_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__get_backup_target._get_kwargs(
            id=id,
        )
        return cast(
            "BackupTarget",
            self._client._call(
                kwargs,
                _backup_targets__get_backup_target._parse_response,
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
        body: UpdateBackupTargetRequest | UpdateBackupTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTarget:
        """Update BackupTarget

        Updates existing BackupTarget

        `PUT /api/backup-targets/{id}` (operation `updateBackupTarget`)

        Args:
            id (str):
            body (UpdateBackupTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import update_backup_target as _backup_targets__update_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__update_backup_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupTarget",
            self._client._call(
                kwargs,
                _backup_targets__update_backup_target._parse_response,
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
        """Delete BackupTargets

        Removes a single BackupTarget

        `DELETE /api/backup-targets/{id}` (operation `deleteBackupTarget`)

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

        from ..api.backup_targets import delete_backup_target as _backup_targets__delete_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__delete_backup_target._get_kwargs(
            id=id,
            force=force,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backup_targets__delete_backup_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def retry_sync(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Retry sync of a BackupTarget

        Retries to sync failed BackupTargetState

        `POST /api/backup-targets/{id}/retry` (operation `retryBackupTargetSync`)

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

        from ..api.backup_targets import retry_backup_target_sync as _backup_targets__retry_backup_target_sync  # noqa: PLC0415

        kwargs = _backup_targets__retry_backup_target_sync._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backup_targets__retry_backup_target_sync._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_states(
        self,
        id: str,
        *,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        backup_target_id: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTargetStateList:
        """List BackupTarget's BackupTargetStates

        Lists BackupTarget's BackupTargetStates

        `GET /api/backup-targets/{id}/states` (operation `listBackupTargetStates`)

        Args:
            id (str):
            limit (str | Unset):
            continuation (str | Unset):
            sort_by (str | Unset):
            backup_target_id (str | Unset):
            deployment_target_id (str | Unset):
            state (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTargetStateList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import list_backup_target_states as _backup_targets__list_backup_target_states  # noqa: PLC0415

        kwargs = _backup_targets__list_backup_target_states._get_kwargs(
            id=id,
            limit=limit,
            continuation=continuation,
            sort_by=sort_by,
            backup_target_id=backup_target_id,
            deployment_target_id=deployment_target_id,
            state=state,
        )
        return cast(
            "BackupTargetStateList",
            self._client._call(
                kwargs,
                _backup_targets__list_backup_target_states._parse_response,
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
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        backup_credentials_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[BackupTarget]:
        """List Project's BackupTargets

        Lists BackupTargets belonging to the Project

        `GET /api/projects/{id}/backup-targets` (operation `listProjectBackupTargets`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            type_ (str | Unset):
            bucket (str | Unset):
            region (str | Unset):
            deployment_target_id (str | Unset):
            backup_credentials_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[BackupTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import list_project_backup_targets as _backup_targets__list_project_backup_targets  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_targets__list_project_backup_targets._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                type_=type_,
                bucket=bucket,
                region=region,
                deployment_target_id=deployment_target_id,
                backup_credentials_id=backup_credentials_id,
            )
            return self._client._call(
                kwargs,
                _backup_targets__list_project_backup_targets._parse_response,
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

    def list_tenant(
        self,
        id_path: str,
        *,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        backup_credentials_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[BackupTarget]:
        """List Tenant's BackupTargets

        Lists Tenant's BackupTargets

        `GET /api/tenants/{id}/backup-targets` (operation `listTenantBackupTargets`)

        Args:
            id_path (str):
            limit (str | Unset):
            continuation (str | Unset):
            sort_by (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            type_ (str | Unset):
            bucket (str | Unset):
            region (str | Unset):
            backup_credentials_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[BackupTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import list_tenant_backup_targets as _backup_targets__list_tenant_backup_targets  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_targets__list_tenant_backup_targets._get_kwargs(
                id_path=id_path,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                sort_by=sort_by,
                id_query=id_query,
                name=name,
                type_=type_,
                bucket=bucket,
                region=region,
                backup_credentials_id=backup_credentials_id,
            )
            return self._client._call(
                kwargs,
                _backup_targets__list_tenant_backup_targets._parse_response,
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
        body: CreateBackupTargetRequest | CreateBackupTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTarget:
        """Create BackupTarget

        Creates a new BackupTarget

        `POST /api/tenants/{id}/backup-targets` (operation `createBackupTarget`)

        Args:
            id (str):
            body (CreateBackupTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import create_backup_target as _backup_targets__create_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__create_backup_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupTarget",
            self._client._call(
                kwargs,
                _backup_targets__create_backup_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class BackupTargetsResourceWithRawResponse:
    """`client.with_raw_response.backup_targets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: BackupTargetsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.retry_sync = raw(resource.retry_sync)
        self.list_states = raw(resource.list_states)
        self.list_project = raw(resource.list_project)
        self.list_tenant = raw(resource.list_tenant)
        self.create = raw(resource.create)


class BackupTargetsResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_targets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: BackupTargetsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.retry_sync = streamed(resource.retry_sync)
        self.list_states = streamed(resource.list_states)
        self.list_project = streamed(resource.list_project)
        self.list_tenant = streamed(resource.list_tenant)
        self.create = streamed(resource.create)


class AsyncBackupTargetsResource:
    """`client.backup_targets`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBackupTargetsResourceWithRawResponse:
        return AsyncBackupTargetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBackupTargetsResourceWithStreamingResponse:
        return AsyncBackupTargetsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTarget:
        """Get BackupTarget

        Fetches a single BackupTarget

        `GET /api/backup-targets/{id}` (operation `getBackupTarget`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import get_backup_target as _backup_targets__get_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__get_backup_target._get_kwargs(
            id=id,
        )
        return cast(
            "BackupTarget",
            await self._client._call(
                kwargs,
                _backup_targets__get_backup_target._parse_response,
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
        body: UpdateBackupTargetRequest | UpdateBackupTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTarget:
        """Update BackupTarget

        Updates existing BackupTarget

        `PUT /api/backup-targets/{id}` (operation `updateBackupTarget`)

        Args:
            id (str):
            body (UpdateBackupTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import update_backup_target as _backup_targets__update_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__update_backup_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupTarget",
            await self._client._call(
                kwargs,
                _backup_targets__update_backup_target._parse_response,
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
        """Delete BackupTargets

        Removes a single BackupTarget

        `DELETE /api/backup-targets/{id}` (operation `deleteBackupTarget`)

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

        from ..api.backup_targets import delete_backup_target as _backup_targets__delete_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__delete_backup_target._get_kwargs(
            id=id,
            force=force,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backup_targets__delete_backup_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def retry_sync(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Retry sync of a BackupTarget

        Retries to sync failed BackupTargetState

        `POST /api/backup-targets/{id}/retry` (operation `retryBackupTargetSync`)

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

        from ..api.backup_targets import retry_backup_target_sync as _backup_targets__retry_backup_target_sync  # noqa: PLC0415

        kwargs = _backup_targets__retry_backup_target_sync._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backup_targets__retry_backup_target_sync._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_states(
        self,
        id: str,
        *,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        backup_target_id: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTargetStateList:
        """List BackupTarget's BackupTargetStates

        Lists BackupTarget's BackupTargetStates

        `GET /api/backup-targets/{id}/states` (operation `listBackupTargetStates`)

        Args:
            id (str):
            limit (str | Unset):
            continuation (str | Unset):
            sort_by (str | Unset):
            backup_target_id (str | Unset):
            deployment_target_id (str | Unset):
            state (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTargetStateList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import list_backup_target_states as _backup_targets__list_backup_target_states  # noqa: PLC0415

        kwargs = _backup_targets__list_backup_target_states._get_kwargs(
            id=id,
            limit=limit,
            continuation=continuation,
            sort_by=sort_by,
            backup_target_id=backup_target_id,
            deployment_target_id=deployment_target_id,
            state=state,
        )
        return cast(
            "BackupTargetStateList",
            await self._client._call(
                kwargs,
                _backup_targets__list_backup_target_states._parse_response,
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
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        deployment_target_id: str | Unset = UNSET,
        backup_credentials_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[BackupTarget]:
        """List Project's BackupTargets

        Lists BackupTargets belonging to the Project

        `GET /api/projects/{id}/backup-targets` (operation `listProjectBackupTargets`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            type_ (str | Unset):
            bucket (str | Unset):
            region (str | Unset):
            deployment_target_id (str | Unset):
            backup_credentials_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[BackupTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import list_project_backup_targets as _backup_targets__list_project_backup_targets  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_targets__list_project_backup_targets._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                type_=type_,
                bucket=bucket,
                region=region,
                deployment_target_id=deployment_target_id,
                backup_credentials_id=backup_credentials_id,
            )
            return await self._client._call(
                kwargs,
                _backup_targets__list_project_backup_targets._parse_response,
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

    def list_tenant(
        self,
        id_path: str,
        *,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
        region: str | Unset = UNSET,
        backup_credentials_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[BackupTarget]:
        """List Tenant's BackupTargets

        Lists Tenant's BackupTargets

        `GET /api/tenants/{id}/backup-targets` (operation `listTenantBackupTargets`)

        Args:
            id_path (str):
            limit (str | Unset):
            continuation (str | Unset):
            sort_by (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            type_ (str | Unset):
            bucket (str | Unset):
            region (str | Unset):
            backup_credentials_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[BackupTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import list_tenant_backup_targets as _backup_targets__list_tenant_backup_targets  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_targets__list_tenant_backup_targets._get_kwargs(
                id_path=id_path,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                sort_by=sort_by,
                id_query=id_query,
                name=name,
                type_=type_,
                bucket=bucket,
                region=region,
                backup_credentials_id=backup_credentials_id,
            )
            return await self._client._call(
                kwargs,
                _backup_targets__list_tenant_backup_targets._parse_response,
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
        body: CreateBackupTargetRequest | CreateBackupTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupTarget:
        """Create BackupTarget

        Creates a new BackupTarget

        `POST /api/tenants/{id}/backup-targets` (operation `createBackupTarget`)

        Args:
            id (str):
            body (CreateBackupTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_targets import create_backup_target as _backup_targets__create_backup_target  # noqa: PLC0415

        kwargs = _backup_targets__create_backup_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupTarget",
            await self._client._call(
                kwargs,
                _backup_targets__create_backup_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncBackupTargetsResourceWithRawResponse:
    """`client.with_raw_response.backup_targets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncBackupTargetsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.retry_sync = async_raw(resource.retry_sync)
        self.list_states = async_raw(resource.list_states)
        self.list_project = async_raw(resource.list_project)
        self.list_tenant = async_raw(resource.list_tenant)
        self.create = async_raw(resource.create)


class AsyncBackupTargetsResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_targets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncBackupTargetsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.retry_sync = async_streamed(resource.retry_sync)
        self.list_states = async_streamed(resource.list_states)
        self.list_project = async_streamed(resource.list_project)
        self.list_tenant = async_streamed(resource.list_tenant)
        self.create = async_streamed(resource.create)
