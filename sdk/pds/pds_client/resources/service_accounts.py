"""`client.service_accounts` (generated from the spec; see api.md)."""

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

    from ..models.create_service_account_request import CreateServiceAccountRequest, CreateServiceAccountRequestDict
    from ..models.service_account import ServiceAccount
    from ..models.service_account_token import ServiceAccountToken
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServiceAccountsResource",
    "AsyncServiceAccountsResourceWithRawResponse",
    "AsyncServiceAccountsResourceWithStreamingResponse",
    "ServiceAccountsResource",
    "ServiceAccountsResourceWithRawResponse",
    "ServiceAccountsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServiceAccountsResource:
    """`client.service_accounts`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceAccountsResourceWithRawResponse:
        return ServiceAccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceAccountsResourceWithStreamingResponse:
        return ServiceAccountsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAccount:
        """Get ServiceAccounts

        Fetches a single ServiceAccount (will be replaced by service level API keys)

        `GET /api/service-accounts/{id}` (operation `getServiceAccount`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAccount

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import get_service_account as _service_accounts__get_service_account  # noqa: PLC0415

        kwargs = _service_accounts__get_service_account._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceAccount",
            self._client._call(
                kwargs,
                _service_accounts__get_service_account._parse_response,
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
        """Delete ServiceAccounts

        Removes a single ServiceAccount (will be replaced by service level API keys)

        `DELETE /api/service-accounts/{id}` (operation `deleteServiceAccount`)

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

        from ..api.service_accounts import delete_service_account as _service_accounts__delete_service_account  # noqa: PLC0415

        kwargs = _service_accounts__delete_service_account._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_accounts__delete_service_account._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAccountToken:
        """Get token of a ServiceAccount

        Fetches the token of a ServiceAccount (will be replaced by service level API keys)

        `GET /api/service-accounts/{id}/token` (operation `getServiceAccountToken`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAccountToken

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import get_service_account_token as _service_accounts__get_service_account_token  # noqa: PLC0415

        kwargs = _service_accounts__get_service_account_token._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceAccountToken",
            self._client._call(
                kwargs,
                _service_accounts__get_service_account_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_tenant(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        name: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[ServiceAccount]:
        """List Tenant's ServiceAccounts

        List Tenant's ServiceAccounts (will be replaced by service level API keys)

        `GET /api/tenants/{id}/service-accounts` (operation `listTenantServiceAccounts`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            name (str | Unset):
            id_query (str | Unset):
            token (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[ServiceAccount]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import (
            list_tenant_service_accounts as _service_accounts__list_tenant_service_accounts,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _service_accounts__list_tenant_service_accounts._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                name=name,
                id_query=id_query,
                token=token,
            )
            return self._client._call(
                kwargs,
                _service_accounts__list_tenant_service_accounts._parse_response,
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
        body: CreateServiceAccountRequest | CreateServiceAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAccount:
        """Create ServiceAccounts

        Creates a new ServiceAccount (will be replaced by service level API keys)

        `POST /api/tenants/{id}/service-accounts` (operation `createServiceAccount`)

        Args:
            id (str):
            body (CreateServiceAccountRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAccount

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import create_service_account as _service_accounts__create_service_account  # noqa: PLC0415

        kwargs = _service_accounts__create_service_account._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ServiceAccount",
            self._client._call(
                kwargs,
                _service_accounts__create_service_account._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServiceAccountsResourceWithRawResponse:
    """`client.with_raw_response.service_accounts`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServiceAccountsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.delete = raw(resource.delete)
        self.get_token = raw(resource.get_token)
        self.list_tenant = raw(resource.list_tenant)
        self.create = raw(resource.create)


class ServiceAccountsResourceWithStreamingResponse:
    """`client.with_streaming_response.service_accounts`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServiceAccountsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.delete = streamed(resource.delete)
        self.get_token = streamed(resource.get_token)
        self.list_tenant = streamed(resource.list_tenant)
        self.create = streamed(resource.create)


class AsyncServiceAccountsResource:
    """`client.service_accounts`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceAccountsResourceWithRawResponse:
        return AsyncServiceAccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceAccountsResourceWithStreamingResponse:
        return AsyncServiceAccountsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAccount:
        """Get ServiceAccounts

        Fetches a single ServiceAccount (will be replaced by service level API keys)

        `GET /api/service-accounts/{id}` (operation `getServiceAccount`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAccount

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import get_service_account as _service_accounts__get_service_account  # noqa: PLC0415

        kwargs = _service_accounts__get_service_account._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceAccount",
            await self._client._call(
                kwargs,
                _service_accounts__get_service_account._parse_response,
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
        """Delete ServiceAccounts

        Removes a single ServiceAccount (will be replaced by service level API keys)

        `DELETE /api/service-accounts/{id}` (operation `deleteServiceAccount`)

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

        from ..api.service_accounts import delete_service_account as _service_accounts__delete_service_account  # noqa: PLC0415

        kwargs = _service_accounts__delete_service_account._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_accounts__delete_service_account._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAccountToken:
        """Get token of a ServiceAccount

        Fetches the token of a ServiceAccount (will be replaced by service level API keys)

        `GET /api/service-accounts/{id}/token` (operation `getServiceAccountToken`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAccountToken

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import get_service_account_token as _service_accounts__get_service_account_token  # noqa: PLC0415

        kwargs = _service_accounts__get_service_account_token._get_kwargs(
            id=id,
        )
        return cast(
            "ServiceAccountToken",
            await self._client._call(
                kwargs,
                _service_accounts__get_service_account_token._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_tenant(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        name: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[ServiceAccount]:
        """List Tenant's ServiceAccounts

        List Tenant's ServiceAccounts (will be replaced by service level API keys)

        `GET /api/tenants/{id}/service-accounts` (operation `listTenantServiceAccounts`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            name (str | Unset):
            id_query (str | Unset):
            token (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[ServiceAccount]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import (
            list_tenant_service_accounts as _service_accounts__list_tenant_service_accounts,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _service_accounts__list_tenant_service_accounts._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                name=name,
                id_query=id_query,
                token=token,
            )
            return await self._client._call(
                kwargs,
                _service_accounts__list_tenant_service_accounts._parse_response,
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
        body: CreateServiceAccountRequest | CreateServiceAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAccount:
        """Create ServiceAccounts

        Creates a new ServiceAccount (will be replaced by service level API keys)

        `POST /api/tenants/{id}/service-accounts` (operation `createServiceAccount`)

        Args:
            id (str):
            body (CreateServiceAccountRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAccount

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_accounts import create_service_account as _service_accounts__create_service_account  # noqa: PLC0415

        kwargs = _service_accounts__create_service_account._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "ServiceAccount",
            await self._client._call(
                kwargs,
                _service_accounts__create_service_account._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServiceAccountsResourceWithRawResponse:
    """`client.with_raw_response.service_accounts`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServiceAccountsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.delete = async_raw(resource.delete)
        self.get_token = async_raw(resource.get_token)
        self.list_tenant = async_raw(resource.list_tenant)
        self.create = async_raw(resource.create)


class AsyncServiceAccountsResourceWithStreamingResponse:
    """`client.with_streaming_response.service_accounts`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServiceAccountsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.delete = async_streamed(resource.delete)
        self.get_token = async_streamed(resource.get_token)
        self.list_tenant = async_streamed(resource.list_tenant)
        self.create = async_streamed(resource.create)
