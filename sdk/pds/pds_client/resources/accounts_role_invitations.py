"""`client.accounts_role_invitations` (generated from the spec; see api.md)."""

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

    from ..models.patch_account_role_invitation_request import (
        PatchAccountRoleInvitationRequest,
        PatchAccountRoleInvitationRequestDict,
    )

    pass

__all__ = [
    "AsyncAccountsRoleInvitationsResource",
    "AsyncAccountsRoleInvitationsResourceWithRawResponse",
    "AsyncAccountsRoleInvitationsResourceWithStreamingResponse",
    "AccountsRoleInvitationsResource",
    "AccountsRoleInvitationsResourceWithRawResponse",
    "AccountsRoleInvitationsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountsRoleInvitationsResource:
    """`client.accounts_role_invitations`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountsRoleInvitationsResourceWithRawResponse:
        return AccountsRoleInvitationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsRoleInvitationsResourceWithStreamingResponse:
        return AccountsRoleInvitationsResourceWithStreamingResponse(self)

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
        """Delete AccountRoleInvitation

        Removes a single AccountRoleInvitation

        `DELETE /api/account-role-invitations/{id}` (operation `deleteAccountRoleInvitation`)

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

        from ..api.accounts_role_invitations import (
            delete_account_role_invitation as _accounts_role_invitations__delete_account_role_invitation,  # noqa: PLC0415
        )

        kwargs = _accounts_role_invitations__delete_account_role_invitation._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _accounts_role_invitations__delete_account_role_invitation._parse_response,
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
        body: PatchAccountRoleInvitationRequest | PatchAccountRoleInvitationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Patch AccountRoleInvitation role_name

        Patches AccountRoleInvitation role_name

        `PATCH /api/account-role-invitations/{id}` (operation `patchAccountRoleInvitation`)

        Args:
            id (str):
            body (PatchAccountRoleInvitationRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts_role_invitations import (
            patch_account_role_invitation as _accounts_role_invitations__patch_account_role_invitation,  # noqa: PLC0415
        )

        kwargs = _accounts_role_invitations__patch_account_role_invitation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _accounts_role_invitations__patch_account_role_invitation._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AccountsRoleInvitationsResourceWithRawResponse:
    """`client.with_raw_response.accounts_role_invitations`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountsRoleInvitationsResource) -> None:
        self._resource = resource
        self.delete = raw(resource.delete)
        self.patch = raw(resource.patch)


class AccountsRoleInvitationsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts_role_invitations`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountsRoleInvitationsResource) -> None:
        self._resource = resource
        self.delete = streamed(resource.delete)
        self.patch = streamed(resource.patch)


class AsyncAccountsRoleInvitationsResource:
    """`client.accounts_role_invitations`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountsRoleInvitationsResourceWithRawResponse:
        return AsyncAccountsRoleInvitationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsRoleInvitationsResourceWithStreamingResponse:
        return AsyncAccountsRoleInvitationsResourceWithStreamingResponse(self)

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
        """Delete AccountRoleInvitation

        Removes a single AccountRoleInvitation

        `DELETE /api/account-role-invitations/{id}` (operation `deleteAccountRoleInvitation`)

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

        from ..api.accounts_role_invitations import (
            delete_account_role_invitation as _accounts_role_invitations__delete_account_role_invitation,  # noqa: PLC0415
        )

        kwargs = _accounts_role_invitations__delete_account_role_invitation._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _accounts_role_invitations__delete_account_role_invitation._parse_response,
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
        body: PatchAccountRoleInvitationRequest | PatchAccountRoleInvitationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Patch AccountRoleInvitation role_name

        Patches AccountRoleInvitation role_name

        `PATCH /api/account-role-invitations/{id}` (operation `patchAccountRoleInvitation`)

        Args:
            id (str):
            body (PatchAccountRoleInvitationRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts_role_invitations import (
            patch_account_role_invitation as _accounts_role_invitations__patch_account_role_invitation,  # noqa: PLC0415
        )

        kwargs = _accounts_role_invitations__patch_account_role_invitation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _accounts_role_invitations__patch_account_role_invitation._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAccountsRoleInvitationsResourceWithRawResponse:
    """`client.with_raw_response.accounts_role_invitations`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountsRoleInvitationsResource) -> None:
        self._resource = resource
        self.delete = async_raw(resource.delete)
        self.patch = async_raw(resource.patch)


class AsyncAccountsRoleInvitationsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts_role_invitations`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountsRoleInvitationsResource) -> None:
        self._resource = resource
        self.delete = async_streamed(resource.delete)
        self.patch = async_streamed(resource.patch)
