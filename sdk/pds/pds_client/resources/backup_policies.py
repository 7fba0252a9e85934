"""`client.backup_policies` (generated from the spec; see api.md)."""

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

    from ..models.backup_policy import BackupPolicy
    from ..models.create_backup_policy_request import CreateBackupPolicyRequest, CreateBackupPolicyRequestDict
    from ..models.update_backup_policy_request import UpdateBackupPolicyRequest, UpdateBackupPolicyRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncBackupPoliciesResource",
    "AsyncBackupPoliciesResourceWithRawResponse",
    "AsyncBackupPoliciesResourceWithStreamingResponse",
    "BackupPoliciesResource",
    "BackupPoliciesResourceWithRawResponse",
    "BackupPoliciesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class BackupPoliciesResource:
    """`client.backup_policies`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BackupPoliciesResourceWithRawResponse:
        return BackupPoliciesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BackupPoliciesResourceWithStreamingResponse:
        return BackupPoliciesResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicy:
        """Get BackupPolicy

        Fetches a single BackupPolicy

        `GET /api/backup-policies/{id}` (operation `getBackupPolicy`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicy

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import get_backup_policy as _backup_policies__get_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__get_backup_policy._get_kwargs(
            id=id,
        )
        return cast(
            "BackupPolicy",
            self._client._call(
                kwargs,
                _backup_policies__get_backup_policy._parse_response,
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
        body: UpdateBackupPolicyRequest | UpdateBackupPolicyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicy:
        """Update BackupPolicy

        Updates existing BackupPolicy

        `PUT /api/backup-policies/{id}` (operation `updateBackupPolicy`)

        Args:
            id (str):
            body (UpdateBackupPolicyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicy

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import update_backup_policy as _backup_policies__update_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__update_backup_policy._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupPolicy",
            self._client._call(
                kwargs,
                _backup_policies__update_backup_policy._parse_response,
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
        """Delete BackupPolicies

        Removes a single BackupPolicy

        `DELETE /api/backup-policies/{id}` (operation `deleteBackupPolicy`)

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

        from ..api.backup_policies import delete_backup_policy as _backup_policies__delete_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__delete_backup_policy._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _backup_policies__delete_backup_policy._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[BackupPolicy]:
        """List BackupPolicies

        Lists BackupPolicies

        `GET /api/tenants/{id}/backup-policies` (operation `listBackupPolicies`)

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
            SyncPage[BackupPolicy]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import list_backup_policies as _backup_policies__list_backup_policies  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_policies__list_backup_policies._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return self._client._call(
                kwargs,
                _backup_policies__list_backup_policies._parse_response,
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
        body: CreateBackupPolicyRequest | CreateBackupPolicyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicy:
        """Create BackupPolicy

        Creates a new BackupPolicy

        `POST /api/tenants/{id}/backup-policies` (operation `createBackupPolicy`)

        Args:
            id (str):
            body (CreateBackupPolicyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicy

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import create_backup_policy as _backup_policies__create_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__create_backup_policy._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupPolicy",
            self._client._call(
                kwargs,
                _backup_policies__create_backup_policy._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class BackupPoliciesResourceWithRawResponse:
    """`client.with_raw_response.backup_policies`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: BackupPoliciesResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.create = raw(resource.create)


class BackupPoliciesResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_policies`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: BackupPoliciesResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)


class AsyncBackupPoliciesResource:
    """`client.backup_policies`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBackupPoliciesResourceWithRawResponse:
        return AsyncBackupPoliciesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBackupPoliciesResourceWithStreamingResponse:
        return AsyncBackupPoliciesResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicy:
        """Get BackupPolicy

        Fetches a single BackupPolicy

        `GET /api/backup-policies/{id}` (operation `getBackupPolicy`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicy

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import get_backup_policy as _backup_policies__get_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__get_backup_policy._get_kwargs(
            id=id,
        )
        return cast(
            "BackupPolicy",
            await self._client._call(
                kwargs,
                _backup_policies__get_backup_policy._parse_response,
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
        body: UpdateBackupPolicyRequest | UpdateBackupPolicyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicy:
        """Update BackupPolicy

        Updates existing BackupPolicy

        `PUT /api/backup-policies/{id}` (operation `updateBackupPolicy`)

        Args:
            id (str):
            body (UpdateBackupPolicyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicy

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import update_backup_policy as _backup_policies__update_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__update_backup_policy._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupPolicy",
            await self._client._call(
                kwargs,
                _backup_policies__update_backup_policy._parse_response,
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
        """Delete BackupPolicies

        Removes a single BackupPolicy

        `DELETE /api/backup-policies/{id}` (operation `deleteBackupPolicy`)

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

        from ..api.backup_policies import delete_backup_policy as _backup_policies__delete_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__delete_backup_policy._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _backup_policies__delete_backup_policy._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[BackupPolicy]:
        """List BackupPolicies

        Lists BackupPolicies

        `GET /api/tenants/{id}/backup-policies` (operation `listBackupPolicies`)

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
            AsyncPager[BackupPolicy]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import list_backup_policies as _backup_policies__list_backup_policies  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _backup_policies__list_backup_policies._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _backup_policies__list_backup_policies._parse_response,
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
        body: CreateBackupPolicyRequest | CreateBackupPolicyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicy:
        """Create BackupPolicy

        Creates a new BackupPolicy

        `POST /api/tenants/{id}/backup-policies` (operation `createBackupPolicy`)

        Args:
            id (str):
            body (CreateBackupPolicyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicy

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.backup_policies import create_backup_policy as _backup_policies__create_backup_policy  # noqa: PLC0415

        kwargs = _backup_policies__create_backup_policy._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "BackupPolicy",
            await self._client._call(
                kwargs,
                _backup_policies__create_backup_policy._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncBackupPoliciesResourceWithRawResponse:
    """`client.with_raw_response.backup_policies`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncBackupPoliciesResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)


class AsyncBackupPoliciesResourceWithStreamingResponse:
    """`client.with_streaming_response.backup_policies`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncBackupPoliciesResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
