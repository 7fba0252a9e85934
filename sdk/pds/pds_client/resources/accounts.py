"""`client.accounts` (generated from the spec; see api.md)."""

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

    from ..models.accept_eula_request import AcceptEULARequest, AcceptEULARequestDict
    from ..models.account import Account
    from ..models.account_role_invitation import AccountRoleInvitation
    from ..models.create_account_request import CreateAccountRequest, CreateAccountRequestDict
    from ..models.tenant import Tenant
    from ..models.update_account_global_config_request import (
        UpdateAccountGlobalConfigRequest,
        UpdateAccountGlobalConfigRequestDict,
    )
    from ..models.update_account_request import UpdateAccountRequest, UpdateAccountRequestDict
    from ..models.user import User
    from ..types import UNSET, Unset
    from .accounts_dns import (
        AccountsDnsResource,
        AccountsDnsResourceWithRawResponse,
        AccountsDnsResourceWithStreamingResponse,
        AsyncAccountsDnsResource,
        AsyncAccountsDnsResourceWithRawResponse,
        AsyncAccountsDnsResourceWithStreamingResponse,
    )
    from .accounts_iam import (
        AccountsIamResource,
        AccountsIamResourceWithRawResponse,
        AccountsIamResourceWithStreamingResponse,
        AsyncAccountsIamResource,
        AsyncAccountsIamResourceWithRawResponse,
        AsyncAccountsIamResourceWithStreamingResponse,
    )
    from .accounts_maas_details import (
        AccountsMaasDetailsResource,
        AccountsMaasDetailsResourceWithRawResponse,
        AccountsMaasDetailsResourceWithStreamingResponse,
        AsyncAccountsMaasDetailsResource,
        AsyncAccountsMaasDetailsResourceWithRawResponse,
        AsyncAccountsMaasDetailsResourceWithStreamingResponse,
    )

    pass

__all__ = [
    "AsyncAccountsResource",
    "AsyncAccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithStreamingResponse",
    "AccountsResource",
    "AccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountsResource:
    """`client.accounts`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def dns(self) -> AccountsDnsResource:
        from .accounts_dns import AccountsDnsResource

        return AccountsDnsResource(self._client)

    @cached_property
    def iam(self) -> AccountsIamResource:
        from .accounts_iam import AccountsIamResource

        return AccountsIamResource(self._client)

    @cached_property
    def maas_details(self) -> AccountsMaasDetailsResource:
        from .accounts_maas_details import AccountsMaasDetailsResource

        return AccountsMaasDetailsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        return AccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsResourceWithStreamingResponse:
        return AccountsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Account]:
        """List Accounts

        Lists Accounts.

        `GET /api/accounts` (operation `listAccounts`)

        Args:
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Account]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import list_accounts as _accounts__list_accounts  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _accounts__list_accounts._get_kwargs(
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id=id,
                name=name,
            )
            return self._client._call(
                kwargs,
                _accounts__list_accounts._parse_response,
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
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Account:
        """Create Account

        Creates a new Account

        `POST /api/accounts` (operation `createAccount`)

        Args:
            body (CreateAccountRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Account

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import create_account as _accounts__create_account  # noqa: PLC0415

        kwargs = _accounts__create_account._get_kwargs(
            body=body,
        )
        return cast(
            "Account",
            self._client._call(
                kwargs,
                _accounts__create_account._parse_response,
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
    ) -> Account:
        """Get Account

        Fetches a single Account

        `GET /api/accounts/{id}` (operation `getAccount`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Account

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import get_account as _accounts__get_account  # noqa: PLC0415

        kwargs = _accounts__get_account._get_kwargs(
            id=id,
        )
        return cast(
            "Account",
            self._client._call(
                kwargs, _accounts__get_account._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateAccountRequest | UpdateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Account:
        """Update Account

        Modify Account meta: currently only name update allowed

        `PATCH /api/accounts/{id}` (operation `updateAccount`)

        Args:
            id (str):
            body (UpdateAccountRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Account

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import update_account as _accounts__update_account  # noqa: PLC0415

        kwargs = _accounts__update_account._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Account",
            self._client._call(
                kwargs,
                _accounts__update_account._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_role_invitations(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        email: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[AccountRoleInvitation]:
        """List Account Role Invitations

        Lists Account Role Invitations

        `GET /api/accounts/{id}/account-role-invitations` (operation `listAccountRoleInvitations`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            email (str | Unset):
            role_name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[AccountRoleInvitation]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import list_account_role_invitations as _accounts__list_account_role_invitations  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _accounts__list_account_role_invitations._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                email=email,
                role_name=role_name,
            )
            return self._client._call(
                kwargs,
                _accounts__list_account_role_invitations._parse_response,
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

    def accept_eula(
        self,
        id: str,
        *,
        body: AcceptEULARequest | AcceptEULARequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Accept EULA

        Accept a specific EULA version

        `PUT /api/accounts/{id}/eula` (operation `acceptEula`)

        Args:
            id (str):
            body (AcceptEULARequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import accept_eula as _accounts__accept_eula  # noqa: PLC0415

        kwargs = _accounts__accept_eula._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs, _accounts__accept_eula._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def update_global_config(
        self,
        id: str,
        *,
        body: UpdateAccountGlobalConfigRequest | UpdateAccountGlobalConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update AccountGlobalConfig

        Modify AccountGlobalConfig for this Account

        `PUT /api/accounts/{id}/global-config` (operation `updateAccountGlobalConfig`)

        Args:
            id (str):
            body (UpdateAccountGlobalConfigRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import update_account_global_config as _accounts__update_account_global_config  # noqa: PLC0415

        kwargs = _accounts__update_account_global_config._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _accounts__update_account_global_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_tenants(
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
    ) -> _pages.SyncPage[Tenant]:
        """List Account's Tenants

        Lists Tenants.

        `GET /api/accounts/{id}/tenants` (operation `listAccountTenants`)

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
            SyncPage[Tenant]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import list_account_tenants as _tenants__list_account_tenants  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _tenants__list_account_tenants._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return self._client._call(
                kwargs,
                _tenants__list_account_tenants._parse_response,
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

    def list_users(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        email: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[User]:
        """List Account Users

        Lists Account Users

        `GET /api/accounts/{id}/users` (operation `listAccountUsers`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            email (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[User]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import list_account_users as _accounts__list_account_users  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _accounts__list_account_users._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                email=email,
            )
            return self._client._call(
                kwargs,
                _accounts__list_account_users._parse_response,
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


class AccountsResourceWithRawResponse:
    """`client.with_raw_response.accounts`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.list_role_invitations = raw(resource.list_role_invitations)
        self.accept_eula = raw(resource.accept_eula)
        self.update_global_config = raw(resource.update_global_config)
        self.list_tenants = raw(resource.list_tenants)
        self.list_users = raw(resource.list_users)

    @cached_property
    def dns(self) -> AccountsDnsResourceWithRawResponse:
        from .accounts_dns import AccountsDnsResourceWithRawResponse

        return AccountsDnsResourceWithRawResponse(self._resource.dns)

    @cached_property
    def iam(self) -> AccountsIamResourceWithRawResponse:
        from .accounts_iam import AccountsIamResourceWithRawResponse

        return AccountsIamResourceWithRawResponse(self._resource.iam)

    @cached_property
    def maas_details(self) -> AccountsMaasDetailsResourceWithRawResponse:
        from .accounts_maas_details import AccountsMaasDetailsResourceWithRawResponse

        return AccountsMaasDetailsResourceWithRawResponse(self._resource.maas_details)


class AccountsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.list_role_invitations = streamed(resource.list_role_invitations)
        self.accept_eula = streamed(resource.accept_eula)
        self.update_global_config = streamed(resource.update_global_config)
        self.list_tenants = streamed(resource.list_tenants)
        self.list_users = streamed(resource.list_users)

    @cached_property
    def dns(self) -> AccountsDnsResourceWithStreamingResponse:
        from .accounts_dns import AccountsDnsResourceWithStreamingResponse

        return AccountsDnsResourceWithStreamingResponse(self._resource.dns)

    @cached_property
    def iam(self) -> AccountsIamResourceWithStreamingResponse:
        from .accounts_iam import AccountsIamResourceWithStreamingResponse

        return AccountsIamResourceWithStreamingResponse(self._resource.iam)

    @cached_property
    def maas_details(self) -> AccountsMaasDetailsResourceWithStreamingResponse:
        from .accounts_maas_details import AccountsMaasDetailsResourceWithStreamingResponse

        return AccountsMaasDetailsResourceWithStreamingResponse(self._resource.maas_details)


class AsyncAccountsResource:
    """`client.accounts`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def dns(self) -> AsyncAccountsDnsResource:
        from .accounts_dns import AsyncAccountsDnsResource

        return AsyncAccountsDnsResource(self._client)

    @cached_property
    def iam(self) -> AsyncAccountsIamResource:
        from .accounts_iam import AsyncAccountsIamResource

        return AsyncAccountsIamResource(self._client)

    @cached_property
    def maas_details(self) -> AsyncAccountsMaasDetailsResource:
        from .accounts_maas_details import AsyncAccountsMaasDetailsResource

        return AsyncAccountsMaasDetailsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        return AsyncAccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsResourceWithStreamingResponse:
        return AsyncAccountsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Account]:
        """List Accounts

        Lists Accounts.

        `GET /api/accounts` (operation `listAccounts`)

        Args:
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Account]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import list_accounts as _accounts__list_accounts  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _accounts__list_accounts._get_kwargs(
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id=id,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _accounts__list_accounts._parse_response,
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
        body: CreateAccountRequest | CreateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Account:
        """Create Account

        Creates a new Account

        `POST /api/accounts` (operation `createAccount`)

        Args:
            body (CreateAccountRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Account

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import create_account as _accounts__create_account  # noqa: PLC0415

        kwargs = _accounts__create_account._get_kwargs(
            body=body,
        )
        return cast(
            "Account",
            await self._client._call(
                kwargs,
                _accounts__create_account._parse_response,
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
    ) -> Account:
        """Get Account

        Fetches a single Account

        `GET /api/accounts/{id}` (operation `getAccount`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Account

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import get_account as _accounts__get_account  # noqa: PLC0415

        kwargs = _accounts__get_account._get_kwargs(
            id=id,
        )
        return cast(
            "Account",
            await self._client._call(
                kwargs, _accounts__get_account._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateAccountRequest | UpdateAccountRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Account:
        """Update Account

        Modify Account meta: currently only name update allowed

        `PATCH /api/accounts/{id}` (operation `updateAccount`)

        Args:
            id (str):
            body (UpdateAccountRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Account

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import update_account as _accounts__update_account  # noqa: PLC0415

        kwargs = _accounts__update_account._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "Account",
            await self._client._call(
                kwargs,
                _accounts__update_account._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_role_invitations(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        email: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[AccountRoleInvitation]:
        """List Account Role Invitations

        Lists Account Role Invitations

        `GET /api/accounts/{id}/account-role-invitations` (operation `listAccountRoleInvitations`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            email (str | Unset):
            role_name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[AccountRoleInvitation]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import list_account_role_invitations as _accounts__list_account_role_invitations  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _accounts__list_account_role_invitations._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                email=email,
                role_name=role_name,
            )
            return await self._client._call(
                kwargs,
                _accounts__list_account_role_invitations._parse_response,
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

    async def accept_eula(
        self,
        id: str,
        *,
        body: AcceptEULARequest | AcceptEULARequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Accept EULA

        Accept a specific EULA version

        `PUT /api/accounts/{id}/eula` (operation `acceptEula`)

        Args:
            id (str):
            body (AcceptEULARequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import accept_eula as _accounts__accept_eula  # noqa: PLC0415

        kwargs = _accounts__accept_eula._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs, _accounts__accept_eula._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def update_global_config(
        self,
        id: str,
        *,
        body: UpdateAccountGlobalConfigRequest | UpdateAccountGlobalConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update AccountGlobalConfig

        Modify AccountGlobalConfig for this Account

        `PUT /api/accounts/{id}/global-config` (operation `updateAccountGlobalConfig`)

        Args:
            id (str):
            body (UpdateAccountGlobalConfigRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import update_account_global_config as _accounts__update_account_global_config  # noqa: PLC0415

        kwargs = _accounts__update_account_global_config._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _accounts__update_account_global_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_tenants(
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
    ) -> _pages.AsyncPager[Tenant]:
        """List Account's Tenants

        Lists Tenants.

        `GET /api/accounts/{id}/tenants` (operation `listAccountTenants`)

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
            AsyncPager[Tenant]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tenants import list_account_tenants as _tenants__list_account_tenants  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _tenants__list_account_tenants._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _tenants__list_account_tenants._parse_response,
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

    def list_users(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        email: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[User]:
        """List Account Users

        Lists Account Users

        `GET /api/accounts/{id}/users` (operation `listAccountUsers`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            email (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[User]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts import list_account_users as _accounts__list_account_users  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _accounts__list_account_users._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                email=email,
            )
            return await self._client._call(
                kwargs,
                _accounts__list_account_users._parse_response,
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


class AsyncAccountsResourceWithRawResponse:
    """`client.with_raw_response.accounts`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.list_role_invitations = async_raw(resource.list_role_invitations)
        self.accept_eula = async_raw(resource.accept_eula)
        self.update_global_config = async_raw(resource.update_global_config)
        self.list_tenants = async_raw(resource.list_tenants)
        self.list_users = async_raw(resource.list_users)

    @cached_property
    def dns(self) -> AsyncAccountsDnsResourceWithRawResponse:
        from .accounts_dns import AsyncAccountsDnsResourceWithRawResponse

        return AsyncAccountsDnsResourceWithRawResponse(self._resource.dns)

    @cached_property
    def iam(self) -> AsyncAccountsIamResourceWithRawResponse:
        from .accounts_iam import AsyncAccountsIamResourceWithRawResponse

        return AsyncAccountsIamResourceWithRawResponse(self._resource.iam)

    @cached_property
    def maas_details(self) -> AsyncAccountsMaasDetailsResourceWithRawResponse:
        from .accounts_maas_details import AsyncAccountsMaasDetailsResourceWithRawResponse

        return AsyncAccountsMaasDetailsResourceWithRawResponse(self._resource.maas_details)


class AsyncAccountsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.list_role_invitations = async_streamed(resource.list_role_invitations)
        self.accept_eula = async_streamed(resource.accept_eula)
        self.update_global_config = async_streamed(resource.update_global_config)
        self.list_tenants = async_streamed(resource.list_tenants)
        self.list_users = async_streamed(resource.list_users)

    @cached_property
    def dns(self) -> AsyncAccountsDnsResourceWithStreamingResponse:
        from .accounts_dns import AsyncAccountsDnsResourceWithStreamingResponse

        return AsyncAccountsDnsResourceWithStreamingResponse(self._resource.dns)

    @cached_property
    def iam(self) -> AsyncAccountsIamResourceWithStreamingResponse:
        from .accounts_iam import AsyncAccountsIamResourceWithStreamingResponse

        return AsyncAccountsIamResourceWithStreamingResponse(self._resource.iam)

    @cached_property
    def maas_details(self) -> AsyncAccountsMaasDetailsResourceWithStreamingResponse:
        from .accounts_maas_details import AsyncAccountsMaasDetailsResourceWithStreamingResponse

        return AsyncAccountsMaasDetailsResourceWithStreamingResponse(self._resource.maas_details)
