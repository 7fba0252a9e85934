"""`client.account_role_bindings` (generated from the spec; see api.md)."""

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

    from ..models.account_role_binding import AccountRoleBinding
    from ..models.account_role_binding_list import AccountRoleBindingList
    from ..models.create_account_invitation_request import (
        CreateAccountInvitationRequest,
        CreateAccountInvitationRequestDict,
    )
    from ..models.delete_role_binding_request import DeleteRoleBindingRequest, DeleteRoleBindingRequestDict
    from ..models.role_binding_request import RoleBindingRequest, RoleBindingRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncAccountRoleBindingsResource",
    "AsyncAccountRoleBindingsResourceWithRawResponse",
    "AsyncAccountRoleBindingsResourceWithStreamingResponse",
    "AccountRoleBindingsResource",
    "AccountRoleBindingsResourceWithRawResponse",
    "AccountRoleBindingsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountRoleBindingsResource:
    """`client.account_role_bindings`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountRoleBindingsResourceWithRawResponse:
        return AccountRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountRoleBindingsResourceWithStreamingResponse:
        return AccountRoleBindingsResourceWithStreamingResponse(self)

    def create_account_invitation(
        self,
        id: str,
        *,
        body: CreateAccountInvitationRequest | CreateAccountInvitationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Create Invitation

        Adds role binding to existing user or creates invitation if user does not exist.

        `POST /api/accounts/{id}/invitations` (operation `createAccountInvitation`)

        Args:
            id (str):
            body (CreateAccountInvitationRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            create_account_invitation as _account_role_bindings__create_account_invitation,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__create_account_invitation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _account_role_bindings__create_account_invitation._parse_response,
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
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountRoleBindingList:
        """List AccountRoleBinding

        Lists AccountRoleBinding

        `GET /api/accounts/{id}/role-bindings` (operation `listAccountRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            list_account_role_bindings as _account_role_bindings__list_account_role_bindings,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__list_account_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "AccountRoleBindingList",
            self._client._call(
                kwargs,
                _account_role_bindings__list_account_role_bindings._parse_response,
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
        body: RoleBindingRequest | RoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountRoleBinding:
        """Create/Update AccountRoleBinding

        Creates a new AccountRoleBinding, or updates role_name if binding for (actor_id, actor_type) already
        exists.

        `PUT /api/accounts/{id}/role-bindings` (operation `upsertAccountRoleBinding`)

        Args:
            id (str):
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            upsert_account_role_binding as _account_role_bindings__upsert_account_role_binding,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__upsert_account_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "AccountRoleBinding",
            self._client._call(
                kwargs,
                _account_role_bindings__upsert_account_role_binding._parse_response,
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
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete AccountRoleBinding

        Removes a single AccountRoleBinding

        `DELETE /api/accounts/{id}/role-bindings` (operation `deleteAccountRoleBinding`)

        Args:
            id (str):
            body (DeleteRoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            delete_account_role_binding as _account_role_bindings__delete_account_role_binding,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__delete_account_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _account_role_bindings__delete_account_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_user(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountRoleBindingList:
        """List User's AccountRoleBindings

        Lists the AccountRoleBindings of a User.

        `GET /api/users/{id}/account-role-bindings` (operation `listUserAccountRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            list_user_account_role_bindings as _account_role_bindings__list_user_account_role_bindings,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__list_user_account_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
        )
        return cast(
            "AccountRoleBindingList",
            self._client._call(
                kwargs,
                _account_role_bindings__list_user_account_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AccountRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.account_role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountRoleBindingsResource) -> None:
        self._resource = resource
        self.create_account_invitation = raw(resource.create_account_invitation)
        self.list = raw(resource.list)
        self.upsert = raw(resource.upsert)
        self.delete = raw(resource.delete)
        self.list_user = raw(resource.list_user)


class AccountRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.account_role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountRoleBindingsResource) -> None:
        self._resource = resource
        self.create_account_invitation = streamed(resource.create_account_invitation)
        self.list = streamed(resource.list)
        self.upsert = streamed(resource.upsert)
        self.delete = streamed(resource.delete)
        self.list_user = streamed(resource.list_user)


class AsyncAccountRoleBindingsResource:
    """`client.account_role_bindings`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountRoleBindingsResourceWithRawResponse:
        return AsyncAccountRoleBindingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountRoleBindingsResourceWithStreamingResponse:
        return AsyncAccountRoleBindingsResourceWithStreamingResponse(self)

    async def create_account_invitation(
        self,
        id: str,
        *,
        body: CreateAccountInvitationRequest | CreateAccountInvitationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Create Invitation

        Adds role binding to existing user or creates invitation if user does not exist.

        `POST /api/accounts/{id}/invitations` (operation `createAccountInvitation`)

        Args:
            id (str):
            body (CreateAccountInvitationRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            create_account_invitation as _account_role_bindings__create_account_invitation,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__create_account_invitation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _account_role_bindings__create_account_invitation._parse_response,
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
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        actor_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountRoleBindingList:
        """List AccountRoleBinding

        Lists AccountRoleBinding

        `GET /api/accounts/{id}/role-bindings` (operation `listAccountRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            actor_id (str | Unset):
            actor_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            list_account_role_bindings as _account_role_bindings__list_account_role_bindings,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__list_account_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
            actor_id=actor_id,
            actor_type=actor_type,
        )
        return cast(
            "AccountRoleBindingList",
            await self._client._call(
                kwargs,
                _account_role_bindings__list_account_role_bindings._parse_response,
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
        body: RoleBindingRequest | RoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountRoleBinding:
        """Create/Update AccountRoleBinding

        Creates a new AccountRoleBinding, or updates role_name if binding for (actor_id, actor_type) already
        exists.

        `PUT /api/accounts/{id}/role-bindings` (operation `upsertAccountRoleBinding`)

        Args:
            id (str):
            body (RoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountRoleBinding

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            upsert_account_role_binding as _account_role_bindings__upsert_account_role_binding,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__upsert_account_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "AccountRoleBinding",
            await self._client._call(
                kwargs,
                _account_role_bindings__upsert_account_role_binding._parse_response,
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
        body: DeleteRoleBindingRequest | DeleteRoleBindingRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete AccountRoleBinding

        Removes a single AccountRoleBinding

        `DELETE /api/accounts/{id}/role-bindings` (operation `deleteAccountRoleBinding`)

        Args:
            id (str):
            body (DeleteRoleBindingRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            delete_account_role_binding as _account_role_bindings__delete_account_role_binding,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__delete_account_role_binding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _account_role_bindings__delete_account_role_binding._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_user(
        self,
        id: str,
        *,
        sort_by: str | Unset = UNSET,
        role_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AccountRoleBindingList:
        """List User's AccountRoleBindings

        Lists the AccountRoleBindings of a User.

        `GET /api/users/{id}/account-role-bindings` (operation `listUserAccountRoleBindings`)

        Args:
            id (str):
            sort_by (str | Unset):
            role_name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AccountRoleBindingList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.account_role_bindings import (
            list_user_account_role_bindings as _account_role_bindings__list_user_account_role_bindings,  # noqa: PLC0415
        )

        kwargs = _account_role_bindings__list_user_account_role_bindings._get_kwargs(
            id=id,
            sort_by=sort_by,
            role_name=role_name,
        )
        return cast(
            "AccountRoleBindingList",
            await self._client._call(
                kwargs,
                _account_role_bindings__list_user_account_role_bindings._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAccountRoleBindingsResourceWithRawResponse:
    """`client.with_raw_response.account_role_bindings`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountRoleBindingsResource) -> None:
        self._resource = resource
        self.create_account_invitation = async_raw(resource.create_account_invitation)
        self.list = async_raw(resource.list)
        self.upsert = async_raw(resource.upsert)
        self.delete = async_raw(resource.delete)
        self.list_user = async_raw(resource.list_user)


class AsyncAccountRoleBindingsResourceWithStreamingResponse:
    """`client.with_streaming_response.account_role_bindings`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountRoleBindingsResource) -> None:
        self._resource = resource
        self.create_account_invitation = async_streamed(resource.create_account_invitation)
        self.list = async_streamed(resource.list)
        self.upsert = async_streamed(resource.upsert)
        self.delete = async_streamed(resource.delete)
        self.list_user = async_streamed(resource.list_user)
