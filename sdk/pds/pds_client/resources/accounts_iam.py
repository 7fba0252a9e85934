"""`client.accounts.iam` (generated from the spec; see api.md)."""

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

    from ..models.iam import IAM
    from ..models.iam_request import IAMRequest, IAMRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncAccountsIamResource",
    "AsyncAccountsIamResourceWithRawResponse",
    "AsyncAccountsIamResourceWithStreamingResponse",
    "AccountsIamResource",
    "AccountsIamResourceWithRawResponse",
    "AccountsIamResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountsIamResource:
    """`client.accounts.iam`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountsIamResourceWithRawResponse:
        return AccountsIamResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsIamResourceWithStreamingResponse:
        return AccountsIamResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[IAM]:
        """List IAM

        Lists IAM records for an account

        `GET /api/accounts/{id}/iam` (operation `listIam`)

        Args:
            id (str):
            sort_by (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[IAM]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import list_iam as _iam__list_iam  # noqa: PLC0415

        kwargs = _iam__list_iam._get_kwargs(
            id=id,
            sort_by=sort_by,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "builtins.list[IAM]",
            self._client._call(
                kwargs, _iam__list_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: IAMRequest | IAMRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IAM:
        """Update IAM

        Updates a IAM rolebinding

        `PUT /api/accounts/{id}/iam` (operation `updateIam`)

        Args:
            id (str):
            body (IAMRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IAM

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import update_iam as _iam__update_iam  # noqa: PLC0415

        kwargs = _iam__update_iam._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "IAM",
            self._client._call(
                kwargs, _iam__update_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def create(
        self,
        id: str,
        *,
        body: IAMRequest | IAMRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IAM:
        """Create IAM

        Creates a new IAM rolebinding

        `POST /api/accounts/{id}/iam` (operation `createIam`)

        Args:
            id (str):
            body (IAMRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IAM

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import create_iam as _iam__create_iam  # noqa: PLC0415

        kwargs = _iam__create_iam._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "IAM",
            self._client._call(
                kwargs, _iam__create_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def get(
        self,
        id: str,
        actor_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IAM:
        """Get IAM

        Fetches an IAM record

        `GET /api/accounts/{id}/iam/{actor-id}` (operation `getIam`)

        Args:
            id (str):
            actor_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IAM

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import get_iam as _iam__get_iam  # noqa: PLC0415

        kwargs = _iam__get_iam._get_kwargs(
            id=id,
            actor_id=actor_id,
        )
        return cast(
            "IAM",
            self._client._call(
                kwargs, _iam__get_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def delete(
        self,
        id: str,
        actor_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete IAM

        Removes a single AccountIAM

        `DELETE /api/accounts/{id}/iam/{actor-id}` (operation `deleteIam`)

        Args:
            id (str):
            actor_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import delete_iam as _iam__delete_iam  # noqa: PLC0415

        kwargs = _iam__delete_iam._get_kwargs(
            id=id,
            actor_id=actor_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs, _iam__delete_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AccountsIamResourceWithRawResponse:
    """`client.with_raw_response.accounts.iam`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountsIamResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.update = raw(resource.update)
        self.create = raw(resource.create)
        self.get = raw(resource.get)
        self.delete = raw(resource.delete)


class AccountsIamResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts.iam`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountsIamResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.update = streamed(resource.update)
        self.create = streamed(resource.create)
        self.get = streamed(resource.get)
        self.delete = streamed(resource.delete)


class AsyncAccountsIamResource:
    """`client.accounts.iam`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountsIamResourceWithRawResponse:
        return AsyncAccountsIamResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsIamResourceWithStreamingResponse:
        return AsyncAccountsIamResourceWithStreamingResponse(self)

    async def list(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[IAM]:
        """List IAM

        Lists IAM records for an account

        `GET /api/accounts/{id}/iam` (operation `listIam`)

        Args:
            id (str):
            sort_by (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[IAM]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import list_iam as _iam__list_iam  # noqa: PLC0415

        kwargs = _iam__list_iam._get_kwargs(
            id=id,
            sort_by=sort_by,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "builtins.list[IAM]",
            await self._client._call(
                kwargs, _iam__list_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: IAMRequest | IAMRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IAM:
        """Update IAM

        Updates a IAM rolebinding

        `PUT /api/accounts/{id}/iam` (operation `updateIam`)

        Args:
            id (str):
            body (IAMRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IAM

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import update_iam as _iam__update_iam  # noqa: PLC0415

        kwargs = _iam__update_iam._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "IAM",
            await self._client._call(
                kwargs, _iam__update_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def create(
        self,
        id: str,
        *,
        body: IAMRequest | IAMRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IAM:
        """Create IAM

        Creates a new IAM rolebinding

        `POST /api/accounts/{id}/iam` (operation `createIam`)

        Args:
            id (str):
            body (IAMRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IAM

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import create_iam as _iam__create_iam  # noqa: PLC0415

        kwargs = _iam__create_iam._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "IAM",
            await self._client._call(
                kwargs, _iam__create_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def get(
        self,
        id: str,
        actor_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> IAM:
        """Get IAM

        Fetches an IAM record

        `GET /api/accounts/{id}/iam/{actor-id}` (operation `getIam`)

        Args:
            id (str):
            actor_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            IAM

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import get_iam as _iam__get_iam  # noqa: PLC0415

        kwargs = _iam__get_iam._get_kwargs(
            id=id,
            actor_id=actor_id,
        )
        return cast(
            "IAM",
            await self._client._call(
                kwargs, _iam__get_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def delete(
        self,
        id: str,
        actor_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete IAM

        Removes a single AccountIAM

        `DELETE /api/accounts/{id}/iam/{actor-id}` (operation `deleteIam`)

        Args:
            id (str):
            actor_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.iam import delete_iam as _iam__delete_iam  # noqa: PLC0415

        kwargs = _iam__delete_iam._get_kwargs(
            id=id,
            actor_id=actor_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs, _iam__delete_iam._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )


class AsyncAccountsIamResourceWithRawResponse:
    """`client.with_raw_response.accounts.iam`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountsIamResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.update = async_raw(resource.update)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.delete = async_raw(resource.delete)


class AsyncAccountsIamResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts.iam`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountsIamResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.update = async_streamed(resource.update)
        self.create = async_streamed(resource.create)
        self.get = async_streamed(resource.get)
        self.delete = async_streamed(resource.delete)
