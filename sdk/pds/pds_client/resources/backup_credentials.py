"""`client.backup_credentials` (generated from the spec; see api.md)."""

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

    from ..models.backup_credentials import BackupCredentials
    from ..models.create_backup_credentials_request import (
        CreateBackupCredentialsRequest,
        CreateBackupCredentialsRequestDict,
    )
    from ..models.partial_credentials import PartialCredentials
    from ..models.update_backup_credentials_request import (
        UpdateBackupCredentialsRequest,
        UpdateBackupCredentialsRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncBackupCredentialsResource",
    "AsyncBackupCredentialsResourceWithRawResponse",
    "AsyncBackupCredentialsResourceWithStreamingResponse",
    "BackupCredentialsResource",
    "BackupCredentialsResourceWithRawResponse",
    "BackupCredentialsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class BackupCredentialsResource:
    """`client.backup_credentials`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BackupCredentialsResourceWithRawResponse:
        return BackupCredentialsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BackupCredentialsResourceWithStreamingResponse:
        return BackupCredentialsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupCredentials:
        """Get BackupCredentials

        Fetches a single BackupCredentials

        `GET /api/backup-credentials/{id}` (operation `getBackupCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import get_backup_credentials as _backup_credentials__get_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__get_backup_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "BackupCredentials",
            self._client._call(
                kwargs,
                _backup_credentials__get_backup_credentials._parse_response,
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
        body: UpdateBackupCredentialsRequest | UpdateBackupCredentialsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupCredentials:
        """Update BackupCredentials

        Updates an existing instance of BackupCredentials

        `PUT /api/backup-credentials/{id}` (operation `updateBackupCredentials`)

        Args:
            id (str):
            body (UpdateBackupCredentialsRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import update_backup_credentials as _backup_credentials__update_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__update_backup_credentials._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupCredentials",
            self._client._call(
                kwargs,
                _backup_credentials__update_backup_credentials._parse_response,
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
        """Delete BackupCredentials

        Removes a single BackupCredential

        `DELETE /api/backup-credentials/{id}` (operation `deleteBackupCredentials`)

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

        from ..api.backup_credentials import delete_backup_credentials as _backup_credentials__delete_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__delete_backup_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backup_credentials__delete_backup_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_cloud_configuration(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> PartialCredentials:
        """Get cloud configuration for BackupCredentials

        Get cloud configuration for BackupCredentials

        `GET /api/backup-credentials/{id}/credentials` (operation `getBackupCredentialsCloudConfiguration`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            PartialCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import (
            get_backup_credentials_cloud_configuration as _backup_credentials__get_backup_credentials_cloud_configuration,  # noqa: PLC0415
        )

        kwargs = _backup_credentials__get_backup_credentials_cloud_configuration._get_kwargs(
            id=id,
        )
        return cast(
            "PartialCredentials",
            self._client._call(
                kwargs,
                _backup_credentials__get_backup_credentials_cloud_configuration._parse_response,
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
        type_: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[BackupCredentials]:
        """List BackupCredentials

        Lists BackupCredentials visible to the caller

        `GET /api/tenants/{id}/backup-credentials` (operation `listBackupCredentials`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            type_ (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[BackupCredentials]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import list_backup_credentials as _backup_credentials__list_backup_credentials  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_credentials__list_backup_credentials._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                type_=type_,
            )
            return self._client._call(
                kwargs,
                _backup_credentials__list_backup_credentials._parse_response,
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
        body: CreateBackupCredentialsRequest | CreateBackupCredentialsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupCredentials:
        """Create BackupCredentials

        Creates a new BackupCredentials

        `POST /api/tenants/{id}/backup-credentials` (operation `createBackupCredentials`)

        Args:
            id (str):
            body (CreateBackupCredentialsRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import create_backup_credentials as _backup_credentials__create_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__create_backup_credentials._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupCredentials",
            self._client._call(
                kwargs,
                _backup_credentials__create_backup_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class BackupCredentialsResourceWithRawResponse:
    """`client.with_raw_response.backup_credentials`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: BackupCredentialsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.get_cloud_configuration = raw(resource.get_cloud_configuration)
        self.list = raw(resource.list)
        self.create = raw(resource.create)


class BackupCredentialsResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_credentials`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: BackupCredentialsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.get_cloud_configuration = streamed(resource.get_cloud_configuration)
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)


class AsyncBackupCredentialsResource:
    """`client.backup_credentials`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBackupCredentialsResourceWithRawResponse:
        return AsyncBackupCredentialsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBackupCredentialsResourceWithStreamingResponse:
        return AsyncBackupCredentialsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupCredentials:
        """Get BackupCredentials

        Fetches a single BackupCredentials

        `GET /api/backup-credentials/{id}` (operation `getBackupCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import get_backup_credentials as _backup_credentials__get_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__get_backup_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "BackupCredentials",
            await self._client._call(
                kwargs,
                _backup_credentials__get_backup_credentials._parse_response,
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
        body: UpdateBackupCredentialsRequest | UpdateBackupCredentialsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupCredentials:
        """Update BackupCredentials

        Updates an existing instance of BackupCredentials

        `PUT /api/backup-credentials/{id}` (operation `updateBackupCredentials`)

        Args:
            id (str):
            body (UpdateBackupCredentialsRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import update_backup_credentials as _backup_credentials__update_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__update_backup_credentials._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupCredentials",
            await self._client._call(
                kwargs,
                _backup_credentials__update_backup_credentials._parse_response,
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
        """Delete BackupCredentials

        Removes a single BackupCredential

        `DELETE /api/backup-credentials/{id}` (operation `deleteBackupCredentials`)

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

        from ..api.backup_credentials import delete_backup_credentials as _backup_credentials__delete_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__delete_backup_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backup_credentials__delete_backup_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_cloud_configuration(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> PartialCredentials:
        """Get cloud configuration for BackupCredentials

        Get cloud configuration for BackupCredentials

        `GET /api/backup-credentials/{id}/credentials` (operation `getBackupCredentialsCloudConfiguration`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            PartialCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import (
            get_backup_credentials_cloud_configuration as _backup_credentials__get_backup_credentials_cloud_configuration,  # noqa: PLC0415
        )

        kwargs = _backup_credentials__get_backup_credentials_cloud_configuration._get_kwargs(
            id=id,
        )
        return cast(
            "PartialCredentials",
            await self._client._call(
                kwargs,
                _backup_credentials__get_backup_credentials_cloud_configuration._parse_response,
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
        type_: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[BackupCredentials]:
        """List BackupCredentials

        Lists BackupCredentials visible to the caller

        `GET /api/tenants/{id}/backup-credentials` (operation `listBackupCredentials`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            name (str | Unset):
            type_ (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[BackupCredentials]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import list_backup_credentials as _backup_credentials__list_backup_credentials  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_credentials__list_backup_credentials._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
                type_=type_,
            )
            return await self._client._call(
                kwargs,
                _backup_credentials__list_backup_credentials._parse_response,
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
        body: CreateBackupCredentialsRequest | CreateBackupCredentialsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupCredentials:
        """Create BackupCredentials

        Creates a new BackupCredentials

        `POST /api/tenants/{id}/backup-credentials` (operation `createBackupCredentials`)

        Args:
            id (str):
            body (CreateBackupCredentialsRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_credentials import create_backup_credentials as _backup_credentials__create_backup_credentials  # noqa: PLC0415

        kwargs = _backup_credentials__create_backup_credentials._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupCredentials",
            await self._client._call(
                kwargs,
                _backup_credentials__create_backup_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncBackupCredentialsResourceWithRawResponse:
    """`client.with_raw_response.backup_credentials`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncBackupCredentialsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.get_cloud_configuration = async_raw(resource.get_cloud_configuration)
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)


class AsyncBackupCredentialsResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_credentials`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncBackupCredentialsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.get_cloud_configuration = async_streamed(resource.get_cloud_configuration)
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
