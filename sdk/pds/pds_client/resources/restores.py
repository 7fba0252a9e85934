"""`client.restores` (generated from the spec; see api.md)."""

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

    from ..models.restorability_matrix import RestorabilityMatrix
    from ..models.restore import Restore
    from ..models.restore_request import RestoreRequest, RestoreRequestDict
    from ..models.update_restore_request import UpdateRestoreRequest, UpdateRestoreRequestDict

    pass

__all__ = [
    "AsyncRestoresResource",
    "AsyncRestoresResourceWithRawResponse",
    "AsyncRestoresResourceWithStreamingResponse",
    "RestoresResource",
    "RestoresResourceWithRawResponse",
    "RestoresResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class RestoresResource:
    """`client.restores`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RestoresResourceWithRawResponse:
        return RestoresResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RestoresResourceWithStreamingResponse:
        return RestoresResourceWithStreamingResponse(self)

    def start(
        self,
        id: str,
        *,
        body: RestoreRequest | RestoreRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Restore:
        """Start Restore

        Starts restore of given BackupJob

        `POST /api/backup-jobs/{id}/restore` (operation `startRestore`)

        Args:
            id (str):
            body (RestoreRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import start_restore as _restores__start_restore  # noqa: PLC0415

        kwargs = _restores__start_restore._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Restore",
            self._client._call(
                kwargs,
                _restores__start_restore._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_restorability_matrix(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RestorabilityMatrix:
        """Restorability Matrix

        Get Restorability Matrix

        `GET /api/restores/restorability-matrix` (operation `getRestorabilityMatrix`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RestorabilityMatrix

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import get_restorability_matrix as _restores__get_restorability_matrix  # noqa: PLC0415

        kwargs = _restores__get_restorability_matrix._get_kwargs()
        return cast(
            "RestorabilityMatrix",
            self._client._call(
                kwargs,
                _restores__get_restorability_matrix._parse_response,
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
    ) -> Restore:
        """Get Restore

        Fetches a Restore

        `GET /api/restores/{id}` (operation `getRestore`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import get_restore as _restores__get_restore  # noqa: PLC0415

        kwargs = _restores__get_restore._get_kwargs(
            id=id,
        )
        return cast(
            "Restore",
            self._client._call(
                kwargs, _restores__get_restore._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def retry(
        self,
        id: str,
        *,
        body: RestoreRequest | RestoreRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Restore:
        """Retry Restore

        Retry a Restore

        `POST /api/restores/{id}/retry` (operation `retryRestore`)

        Args:
            id (str):
            body (RestoreRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import retry_restore as _restores__retry_restore  # noqa: PLC0415

        kwargs = _restores__retry_restore._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Restore",
            self._client._call(
                kwargs,
                _restores__retry_restore._parse_response,
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
        body: UpdateRestoreRequest | UpdateRestoreRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Restore:
        """Update Restore

        Updates a Restore

        `POST /api/restores/{id}/update` (operation `updateRestore`)

        Args:
            id (str):
            body (UpdateRestoreRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import update_restore as _restores__update_restore  # noqa: PLC0415

        kwargs = _restores__update_restore._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Restore",
            self._client._call(
                kwargs,
                _restores__update_restore._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class RestoresResourceWithRawResponse:
    """`client.with_raw_response.restores`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: RestoresResource) -> None:
        self._resource = resource
        self.start = raw(resource.start)
        self.get_restorability_matrix = raw(resource.get_restorability_matrix)
        self.get = raw(resource.get)
        self.retry = raw(resource.retry)
        self.update = raw(resource.update)


class RestoresResourceWithStreamingResponse:
    """`client.with_streaming_response.restores`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: RestoresResource) -> None:
        self._resource = resource
        self.start = streamed(resource.start)
        self.get_restorability_matrix = streamed(resource.get_restorability_matrix)
        self.get = streamed(resource.get)
        self.retry = streamed(resource.retry)
        self.update = streamed(resource.update)


class AsyncRestoresResource:
    """`client.restores`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRestoresResourceWithRawResponse:
        return AsyncRestoresResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRestoresResourceWithStreamingResponse:
        return AsyncRestoresResourceWithStreamingResponse(self)

    async def start(
        self,
        id: str,
        *,
        body: RestoreRequest | RestoreRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Restore:
        """Start Restore

        Starts restore of given BackupJob

        `POST /api/backup-jobs/{id}/restore` (operation `startRestore`)

        Args:
            id (str):
            body (RestoreRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import start_restore as _restores__start_restore  # noqa: PLC0415

        kwargs = _restores__start_restore._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Restore",
            await self._client._call(
                kwargs,
                _restores__start_restore._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_restorability_matrix(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RestorabilityMatrix:
        """Restorability Matrix

        Get Restorability Matrix

        `GET /api/restores/restorability-matrix` (operation `getRestorabilityMatrix`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RestorabilityMatrix

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import get_restorability_matrix as _restores__get_restorability_matrix  # noqa: PLC0415

        kwargs = _restores__get_restorability_matrix._get_kwargs()
        return cast(
            "RestorabilityMatrix",
            await self._client._call(
                kwargs,
                _restores__get_restorability_matrix._parse_response,
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
    ) -> Restore:
        """Get Restore

        Fetches a Restore

        `GET /api/restores/{id}` (operation `getRestore`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import get_restore as _restores__get_restore  # noqa: PLC0415

        kwargs = _restores__get_restore._get_kwargs(
            id=id,
        )
        return cast(
            "Restore",
            await self._client._call(
                kwargs, _restores__get_restore._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def retry(
        self,
        id: str,
        *,
        body: RestoreRequest | RestoreRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Restore:
        """Retry Restore

        Retry a Restore

        `POST /api/restores/{id}/retry` (operation `retryRestore`)

        Args:
            id (str):
            body (RestoreRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import retry_restore as _restores__retry_restore  # noqa: PLC0415

        kwargs = _restores__retry_restore._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Restore",
            await self._client._call(
                kwargs,
                _restores__retry_restore._parse_response,
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
        body: UpdateRestoreRequest | UpdateRestoreRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Restore:
        """Update Restore

        Updates a Restore

        `POST /api/restores/{id}/update` (operation `updateRestore`)

        Args:
            id (str):
            body (UpdateRestoreRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Restore

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.restores import update_restore as _restores__update_restore  # noqa: PLC0415

        kwargs = _restores__update_restore._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Restore",
            await self._client._call(
                kwargs,
                _restores__update_restore._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncRestoresResourceWithRawResponse:
    """`client.with_raw_response.restores`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncRestoresResource) -> None:
        self._resource = resource
        self.start = async_raw(resource.start)
        self.get_restorability_matrix = async_raw(resource.get_restorability_matrix)
        self.get = async_raw(resource.get)
        self.retry = async_raw(resource.retry)
        self.update = async_raw(resource.update)


class AsyncRestoresResourceWithStreamingResponse:
    """`client.with_streaming_response.restores`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncRestoresResource) -> None:
        self._resource = resource
        self.start = async_streamed(resource.start)
        self.get_restorability_matrix = async_streamed(resource.get_restorability_matrix)
        self.get = async_streamed(resource.get)
        self.retry = async_streamed(resource.retry)
        self.update = async_streamed(resource.update)
