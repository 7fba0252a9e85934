"""`client.users` (generated from the spec; see api.md)."""

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

    from ..models.customer_invite_user_request import CustomerInviteUserRequest, CustomerInviteUserRequestDict
    from ..models.customer_login_with_identity_provider_request import (
        CustomerLoginWithIdentityProviderRequest,
        CustomerLoginWithIdentityProviderRequestDict,
    )
    from ..models.customer_login_with_identity_provider_result import CustomerLoginWithIdentityProviderResult
    from ..models.customer_reset_password_request import CustomerResetPasswordRequest, CustomerResetPasswordRequestDict
    from ..models.customer_signin_request import CustomerSigninRequest, CustomerSigninRequestDict
    from ..models.customer_signin_result import CustomerSigninResult
    from ..models.customer_signup_request import CustomerSignupRequest, CustomerSignupRequestDict
    from ..models.describe_users_by_org_result import DescribeUsersByOrgResult
    from ..models.invite_user_request import InviteUserRequest, InviteUserRequestDict
    from ..models.revoke_user_role_request import RevokeUserRoleRequest, RevokeUserRoleRequestDict
    from ..models.update_password_request import UpdatePasswordRequest, UpdatePasswordRequestDict
    from ..models.update_user_request import UpdateUserRequest, UpdateUserRequestDict
    from ..models.user import User

    pass

__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "AsyncUsersResourceWithStreamingResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
    "UsersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class UsersResource:
    """`client.users`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        return UsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersResourceWithStreamingResponse:
        return UsersResourceWithStreamingResponse(self)

    def customer_delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerDeleteUser users-api

        `DELETE /2022-09-01-00/customer-delete-user` (operation `customerDeleteUser`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_delete_user as _users_api__customer_delete_user  # noqa: PLC0415

        kwargs = _users_api__customer_delete_user._get_kwargs()
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__customer_delete_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def customer_invite(
        self,
        *,
        body: CustomerInviteUserRequest | CustomerInviteUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerInviteUser users-api

        `POST /2022-09-01-00/customer-invite-user` (operation `customerInviteUser`)

        Args:
            body (CustomerInviteUserRequest): Request body of CustomerInviteUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_invite_user as _users_api__customer_invite_user  # noqa: PLC0415

        kwargs = _users_api__customer_invite_user._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__customer_invite_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def customer_login_with_identity_provider(
        self,
        *,
        body: CustomerLoginWithIdentityProviderRequest | CustomerLoginWithIdentityProviderRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomerLoginWithIdentityProviderResult:
        """CustomerLoginWithIdentityProvider users-api

        `POST /2022-09-01-00/customer-login-with-identity-provider` (operation `customerLoginWithIdentityProvider`)

        Args:
            body (CustomerLoginWithIdentityProviderRequest): Request body of
                CustomerLoginWithIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomerLoginWithIdentityProviderResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import (
            customer_login_with_identity_provider as _users_api__customer_login_with_identity_provider,  # noqa: PLC0415
        )

        kwargs = _users_api__customer_login_with_identity_provider._get_kwargs(
            body=body,
        )
        return cast(
            "CustomerLoginWithIdentityProviderResult",
            self._client._call(
                kwargs,
                _users_api__customer_login_with_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def customer_reset_password(
        self,
        *,
        body: CustomerResetPasswordRequest | CustomerResetPasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerResetPassword users-api

        `POST /2022-09-01-00/customer-reset-password` (operation `customerResetPassword`)

        Args:
            body (CustomerResetPasswordRequest): Request body of CustomerResetPassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_reset_password as _users_api__customer_reset_password  # noqa: PLC0415

        kwargs = _users_api__customer_reset_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__customer_reset_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def customer_signin(
        self,
        *,
        body: CustomerSigninRequest | CustomerSigninRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomerSigninResult:
        """CustomerSignin users-api

        `POST /2022-09-01-00/customer-user-signin` (operation `customerSignin`)

        Args:
            body (CustomerSigninRequest): Request body of CustomerSignin
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomerSigninResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_signin as _users_api__customer_signin  # noqa: PLC0415

        kwargs = _users_api__customer_signin._get_kwargs(
            body=body,
        )
        return cast(
            "CustomerSigninResult",
            self._client._call(
                kwargs,
                _users_api__customer_signin._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def customer_signup(
        self,
        *,
        body: CustomerSignupRequest | CustomerSignupRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerSignup users-api

        `POST /2022-09-01-00/customer-user-signup` (operation `customerSignup`)

        Args:
            body (CustomerSignupRequest): Request body of CustomerSignup
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_signup as _users_api__customer_signup  # noqa: PLC0415

        kwargs = _users_api__customer_signup._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__customer_signup._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def invite(
        self,
        *,
        body: InviteUserRequest | InviteUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """InviteUser users-api

        `POST /2022-09-01-00/invite-user` (operation `inviteUser`)

        Args:
            body (InviteUserRequest): Request body of InviteUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import invite_user as _users_api__invite_user  # noqa: PLC0415

        kwargs = _users_api__invite_user._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__invite_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Logout users-api

        `POST /2022-09-01-00/logout` (operation `logout`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import logout as _users_api__logout  # noqa: PLC0415

        kwargs = _users_api__logout._get_kwargs()
        return cast(
            "None",
            self._client._call(
                kwargs, _users_api__logout._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def describe_by_org(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeUsersByOrgResult:
        """DescribeUsersByOrg users-api

        `GET /2022-09-01-00/org-users` (operation `describeUsersByOrg`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeUsersByOrgResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import describe_users_by_org as _users_api__describe_users_by_org  # noqa: PLC0415

        kwargs = _users_api__describe_users_by_org._get_kwargs()
        return cast(
            "DescribeUsersByOrgResult",
            self._client._call(
                kwargs,
                _users_api__describe_users_by_org._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def revoke_role(
        self,
        *,
        body: RevokeUserRoleRequest | RevokeUserRoleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RevokeUserRole users-api

        `DELETE /2022-09-01-00/revoke-user-role` (operation `revokeUserRole`)

        Args:
            body (RevokeUserRoleRequest): Request body of RevokeUserRole
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import revoke_user_role as _users_api__revoke_user_role  # noqa: PLC0415

        kwargs = _users_api__revoke_user_role._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__revoke_user_role._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_password(
        self,
        *,
        body: UpdatePasswordRequest | UpdatePasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdatePassword users-api

        `POST /2022-09-01-00/update-password` (operation `updatePassword`)

        Args:
            body (UpdatePasswordRequest): Request body of UpdatePassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import update_password as _users_api__update_password  # noqa: PLC0415

        kwargs = _users_api__update_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__update_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> User:
        """DescribeUser users-api

        `GET /2022-09-01-00/user` (operation `describeUser`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            User

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import describe_user as _users_api__describe_user  # noqa: PLC0415

        kwargs = _users_api__describe_user._get_kwargs()
        return cast(
            "User",
            self._client._call(
                kwargs,
                _users_api__describe_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteUser users-api

        `DELETE /2022-09-01-00/user` (operation `deleteUser`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import delete_user as _users_api__delete_user  # noqa: PLC0415

        kwargs = _users_api__delete_user._get_kwargs()
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__delete_user._parse_response,
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
        body: UpdateUserRequest | UpdateUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateUser users-api

        `PATCH /2022-09-01-00/user/{id}` (operation `updateUser`)

        Args:
            id (str):
            body (UpdateUserRequest): Request body of UpdateUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import update_user as _users_api__update_user  # noqa: PLC0415

        kwargs = _users_api__update_user._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _users_api__update_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class UsersResourceWithRawResponse:
    """`client.with_raw_response.users`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.customer_delete = raw(resource.customer_delete)
        self.customer_invite = raw(resource.customer_invite)
        self.customer_login_with_identity_provider = raw(resource.customer_login_with_identity_provider)
        self.customer_reset_password = raw(resource.customer_reset_password)
        self.customer_signin = raw(resource.customer_signin)
        self.customer_signup = raw(resource.customer_signup)
        self.invite = raw(resource.invite)
        self.logout = raw(resource.logout)
        self.describe_by_org = raw(resource.describe_by_org)
        self.revoke_role = raw(resource.revoke_role)
        self.update_password = raw(resource.update_password)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class UsersResourceWithStreamingResponse:
    """`client.with_streaming_response.users`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.customer_delete = streamed(resource.customer_delete)
        self.customer_invite = streamed(resource.customer_invite)
        self.customer_login_with_identity_provider = streamed(resource.customer_login_with_identity_provider)
        self.customer_reset_password = streamed(resource.customer_reset_password)
        self.customer_signin = streamed(resource.customer_signin)
        self.customer_signup = streamed(resource.customer_signup)
        self.invite = streamed(resource.invite)
        self.logout = streamed(resource.logout)
        self.describe_by_org = streamed(resource.describe_by_org)
        self.revoke_role = streamed(resource.revoke_role)
        self.update_password = streamed(resource.update_password)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncUsersResource:
    """`client.users`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        return AsyncUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersResourceWithStreamingResponse:
        return AsyncUsersResourceWithStreamingResponse(self)

    async def customer_delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerDeleteUser users-api

        `DELETE /2022-09-01-00/customer-delete-user` (operation `customerDeleteUser`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_delete_user as _users_api__customer_delete_user  # noqa: PLC0415

        kwargs = _users_api__customer_delete_user._get_kwargs()
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__customer_delete_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def customer_invite(
        self,
        *,
        body: CustomerInviteUserRequest | CustomerInviteUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerInviteUser users-api

        `POST /2022-09-01-00/customer-invite-user` (operation `customerInviteUser`)

        Args:
            body (CustomerInviteUserRequest): Request body of CustomerInviteUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_invite_user as _users_api__customer_invite_user  # noqa: PLC0415

        kwargs = _users_api__customer_invite_user._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__customer_invite_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def customer_login_with_identity_provider(
        self,
        *,
        body: CustomerLoginWithIdentityProviderRequest | CustomerLoginWithIdentityProviderRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomerLoginWithIdentityProviderResult:
        """CustomerLoginWithIdentityProvider users-api

        `POST /2022-09-01-00/customer-login-with-identity-provider` (operation `customerLoginWithIdentityProvider`)

        Args:
            body (CustomerLoginWithIdentityProviderRequest): Request body of
                CustomerLoginWithIdentityProvider
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomerLoginWithIdentityProviderResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import (
            customer_login_with_identity_provider as _users_api__customer_login_with_identity_provider,  # noqa: PLC0415
        )

        kwargs = _users_api__customer_login_with_identity_provider._get_kwargs(
            body=body,
        )
        return cast(
            "CustomerLoginWithIdentityProviderResult",
            await self._client._call(
                kwargs,
                _users_api__customer_login_with_identity_provider._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def customer_reset_password(
        self,
        *,
        body: CustomerResetPasswordRequest | CustomerResetPasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerResetPassword users-api

        `POST /2022-09-01-00/customer-reset-password` (operation `customerResetPassword`)

        Args:
            body (CustomerResetPasswordRequest): Request body of CustomerResetPassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_reset_password as _users_api__customer_reset_password  # noqa: PLC0415

        kwargs = _users_api__customer_reset_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__customer_reset_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def customer_signin(
        self,
        *,
        body: CustomerSigninRequest | CustomerSigninRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CustomerSigninResult:
        """CustomerSignin users-api

        `POST /2022-09-01-00/customer-user-signin` (operation `customerSignin`)

        Args:
            body (CustomerSigninRequest): Request body of CustomerSignin
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CustomerSigninResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_signin as _users_api__customer_signin  # noqa: PLC0415

        kwargs = _users_api__customer_signin._get_kwargs(
            body=body,
        )
        return cast(
            "CustomerSigninResult",
            await self._client._call(
                kwargs,
                _users_api__customer_signin._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def customer_signup(
        self,
        *,
        body: CustomerSignupRequest | CustomerSignupRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CustomerSignup users-api

        `POST /2022-09-01-00/customer-user-signup` (operation `customerSignup`)

        Args:
            body (CustomerSignupRequest): Request body of CustomerSignup
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import customer_signup as _users_api__customer_signup  # noqa: PLC0415

        kwargs = _users_api__customer_signup._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__customer_signup._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def invite(
        self,
        *,
        body: InviteUserRequest | InviteUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """InviteUser users-api

        `POST /2022-09-01-00/invite-user` (operation `inviteUser`)

        Args:
            body (InviteUserRequest): Request body of InviteUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import invite_user as _users_api__invite_user  # noqa: PLC0415

        kwargs = _users_api__invite_user._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__invite_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Logout users-api

        `POST /2022-09-01-00/logout` (operation `logout`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import logout as _users_api__logout  # noqa: PLC0415

        kwargs = _users_api__logout._get_kwargs()
        return cast(
            "None",
            await self._client._call(
                kwargs, _users_api__logout._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def describe_by_org(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeUsersByOrgResult:
        """DescribeUsersByOrg users-api

        `GET /2022-09-01-00/org-users` (operation `describeUsersByOrg`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeUsersByOrgResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import describe_users_by_org as _users_api__describe_users_by_org  # noqa: PLC0415

        kwargs = _users_api__describe_users_by_org._get_kwargs()
        return cast(
            "DescribeUsersByOrgResult",
            await self._client._call(
                kwargs,
                _users_api__describe_users_by_org._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def revoke_role(
        self,
        *,
        body: RevokeUserRoleRequest | RevokeUserRoleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RevokeUserRole users-api

        `DELETE /2022-09-01-00/revoke-user-role` (operation `revokeUserRole`)

        Args:
            body (RevokeUserRoleRequest): Request body of RevokeUserRole
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import revoke_user_role as _users_api__revoke_user_role  # noqa: PLC0415

        kwargs = _users_api__revoke_user_role._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__revoke_user_role._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_password(
        self,
        *,
        body: UpdatePasswordRequest | UpdatePasswordRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdatePassword users-api

        `POST /2022-09-01-00/update-password` (operation `updatePassword`)

        Args:
            body (UpdatePasswordRequest): Request body of UpdatePassword
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import update_password as _users_api__update_password  # noqa: PLC0415

        kwargs = _users_api__update_password._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__update_password._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> User:
        """DescribeUser users-api

        `GET /2022-09-01-00/user` (operation `describeUser`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            User

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import describe_user as _users_api__describe_user  # noqa: PLC0415

        kwargs = _users_api__describe_user._get_kwargs()
        return cast(
            "User",
            await self._client._call(
                kwargs,
                _users_api__describe_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteUser users-api

        `DELETE /2022-09-01-00/user` (operation `deleteUser`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import delete_user as _users_api__delete_user  # noqa: PLC0415

        kwargs = _users_api__delete_user._get_kwargs()
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__delete_user._parse_response,
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
        body: UpdateUserRequest | UpdateUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateUser users-api

        `PATCH /2022-09-01-00/user/{id}` (operation `updateUser`)

        Args:
            id (str):
            body (UpdateUserRequest): Request body of UpdateUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.users_api import update_user as _users_api__update_user  # noqa: PLC0415

        kwargs = _users_api__update_user._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _users_api__update_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncUsersResourceWithRawResponse:
    """`client.with_raw_response.users`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.customer_delete = async_raw(resource.customer_delete)
        self.customer_invite = async_raw(resource.customer_invite)
        self.customer_login_with_identity_provider = async_raw(resource.customer_login_with_identity_provider)
        self.customer_reset_password = async_raw(resource.customer_reset_password)
        self.customer_signin = async_raw(resource.customer_signin)
        self.customer_signup = async_raw(resource.customer_signup)
        self.invite = async_raw(resource.invite)
        self.logout = async_raw(resource.logout)
        self.describe_by_org = async_raw(resource.describe_by_org)
        self.revoke_role = async_raw(resource.revoke_role)
        self.update_password = async_raw(resource.update_password)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncUsersResourceWithStreamingResponse:
    """`client.with_streaming_response.users`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.customer_delete = async_streamed(resource.customer_delete)
        self.customer_invite = async_streamed(resource.customer_invite)
        self.customer_login_with_identity_provider = async_streamed(resource.customer_login_with_identity_provider)
        self.customer_reset_password = async_streamed(resource.customer_reset_password)
        self.customer_signin = async_streamed(resource.customer_signin)
        self.customer_signup = async_streamed(resource.customer_signup)
        self.invite = async_streamed(resource.invite)
        self.logout = async_streamed(resource.logout)
        self.describe_by_org = async_streamed(resource.describe_by_org)
        self.revoke_role = async_streamed(resource.revoke_role)
        self.update_password = async_streamed(resource.update_password)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
