"""`client.user_api_keys` (generated from the spec; see api.md)."""

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

    from ..models.create_user_api_key_request import CreateUserAPIKeyRequest, CreateUserAPIKeyRequestDict
    from ..models.patch_user_api_key_request import PatchUserAPIKeyRequest, PatchUserAPIKeyRequestDict
    from ..models.user_api_key import UserAPIKey
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncUserApiKeysResource",
    "AsyncUserApiKeysResourceWithRawResponse",
    "AsyncUserApiKeysResourceWithStreamingResponse",
    "UserApiKeysResource",
    "UserApiKeysResourceWithRawResponse",
    "UserApiKeysResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class UserApiKeysResource:
    """`client.user_api_keys`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserApiKeysResourceWithRawResponse:
        return UserApiKeysResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UserApiKeysResourceWithStreamingResponse:
        return UserApiKeysResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[UserAPIKey]:
        """List UserAPIKeys

        Lists UserAPIKeys

        `GET /api/user-api-key` (operation `listUserApiKeys`)

        Args:
            id (str | Unset):
            name (str | Unset):
            enabled (bool | Unset):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[UserAPIKey]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import list_user_api_keys as _user_api_key__list_user_api_keys  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _user_api_key__list_user_api_keys._get_kwargs(
                id=id,
                name=name,
                enabled=enabled,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
            )
            return self._client._call(
                kwargs,
                _user_api_key__list_user_api_keys._parse_response,
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
        *,
        body: CreateUserAPIKeyRequest | CreateUserAPIKeyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> UserAPIKey:
        """Create UserAPIKey

        Creates a UserAPIKey

        `POST /api/user-api-key` (operation `createUserApiKey`)

        Args:
            body (CreateUserAPIKeyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            UserAPIKey

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import create_user_api_key as _user_api_key__create_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__create_user_api_key._get_kwargs(
            body=body,
        )
        return cast(
            "UserAPIKey",
            self._client._call(
                kwargs,
                _user_api_key__create_user_api_key._parse_response,
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
    ) -> UserAPIKey:
        """Get UserAPIKey

        Gets a UserAPIKey

        `GET /api/user-api-key/{id}` (operation `getUserApiKey`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            UserAPIKey

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import get_user_api_key as _user_api_key__get_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__get_user_api_key._get_kwargs(
            id=id,
        )
        return cast(
            "UserAPIKey",
            self._client._call(
                kwargs,
                _user_api_key__get_user_api_key._parse_response,
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
        """Delete UserAPIKey

        Deletes the UserAPIKey if it's disabled. Returns 422 if the UserAPIKey is enabled.

        `DELETE /api/user-api-key/{id}` (operation `deleteUserApiKey`)

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

        from ..api.user_api_key import delete_user_api_key as _user_api_key__delete_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__delete_user_api_key._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _user_api_key__delete_user_api_key._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch(
        self,
        id: str,
        *,
        body: PatchUserAPIKeyRequest | PatchUserAPIKeyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Patch UserAPIKey

        Patches the Name and Enabled properties of a UserAPIKey

        `PATCH /api/user-api-key/{id}` (operation `patchUserApiKey`)

        Args:
            id (str):
            body (PatchUserAPIKeyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import patch_user_api_key as _user_api_key__patch_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__patch_user_api_key._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _user_api_key__patch_user_api_key._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class UserApiKeysResourceWithRawResponse:
    """`client.with_raw_response.user_api_keys`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: UserApiKeysResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.get = raw(resource.get)
        self.delete = raw(resource.delete)
        self.patch = raw(resource.patch)


class UserApiKeysResourceWithStreamingResponse:
    """`client.with_streaming_response.user_api_keys`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: UserApiKeysResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.get = streamed(resource.get)
        self.delete = streamed(resource.delete)
        self.patch = streamed(resource.patch)


class AsyncUserApiKeysResource:
    """`client.user_api_keys`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserApiKeysResourceWithRawResponse:
        return AsyncUserApiKeysResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUserApiKeysResourceWithStreamingResponse:
        return AsyncUserApiKeysResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[UserAPIKey]:
        """List UserAPIKeys

        Lists UserAPIKeys

        `GET /api/user-api-key` (operation `listUserApiKeys`)

        Args:
            id (str | Unset):
            name (str | Unset):
            enabled (bool | Unset):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[UserAPIKey]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import list_user_api_keys as _user_api_key__list_user_api_keys  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _user_api_key__list_user_api_keys._get_kwargs(
                id=id,
                name=name,
                enabled=enabled,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
            )
            return await self._client._call(
                kwargs,
                _user_api_key__list_user_api_keys._parse_response,
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
        *,
        body: CreateUserAPIKeyRequest | CreateUserAPIKeyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> UserAPIKey:
        """Create UserAPIKey

        Creates a UserAPIKey

        `POST /api/user-api-key` (operation `createUserApiKey`)

        Args:
            body (CreateUserAPIKeyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            UserAPIKey

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import create_user_api_key as _user_api_key__create_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__create_user_api_key._get_kwargs(
            body=body,
        )
        return cast(
            "UserAPIKey",
            await self._client._call(
                kwargs,
                _user_api_key__create_user_api_key._parse_response,
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
    ) -> UserAPIKey:
        """Get UserAPIKey

        Gets a UserAPIKey

        `GET /api/user-api-key/{id}` (operation `getUserApiKey`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            UserAPIKey

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import get_user_api_key as _user_api_key__get_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__get_user_api_key._get_kwargs(
            id=id,
        )
        return cast(
            "UserAPIKey",
            await self._client._call(
                kwargs,
                _user_api_key__get_user_api_key._parse_response,
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
        """Delete UserAPIKey

        Deletes the UserAPIKey if it's disabled. Returns 422 if the UserAPIKey is enabled.

        `DELETE /api/user-api-key/{id}` (operation `deleteUserApiKey`)

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

        from ..api.user_api_key import delete_user_api_key as _user_api_key__delete_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__delete_user_api_key._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _user_api_key__delete_user_api_key._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch(
        self,
        id: str,
        *,
        body: PatchUserAPIKeyRequest | PatchUserAPIKeyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Patch UserAPIKey

        Patches the Name and Enabled properties of a UserAPIKey

        `PATCH /api/user-api-key/{id}` (operation `patchUserApiKey`)

        Args:
            id (str):
            body (PatchUserAPIKeyRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.user_api_key import patch_user_api_key as _user_api_key__patch_user_api_key  # noqa: PLC0415

        kwargs = _user_api_key__patch_user_api_key._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _user_api_key__patch_user_api_key._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncUserApiKeysResourceWithRawResponse:
    """`client.with_raw_response.user_api_keys`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncUserApiKeysResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.delete = async_raw(resource.delete)
        self.patch = async_raw(resource.patch)


class AsyncUserApiKeysResourceWithStreamingResponse:
    """`client.with_streaming_response.user_api_keys`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncUserApiKeysResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.get = async_streamed(resource.get)
        self.delete = async_streamed(resource.delete)
        self.patch = async_streamed(resource.patch)
