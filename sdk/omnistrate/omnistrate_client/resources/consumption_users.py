"""`client.consumption_users` (generated from the spec; see api.md)."""

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

    from ..models.consumption_invite_user_request import ConsumptionInviteUserRequest, ConsumptionInviteUserRequestDict
    from ..models.consumption_revoke_user_role_request import (
        ConsumptionRevokeUserRoleRequest,
        ConsumptionRevokeUserRoleRequestDict,
    )
    from ..models.consumption_service_auth_result import ConsumptionServiceAuthResult
    from ..models.consumption_user_billing_details import ConsumptionUserBillingDetails
    from ..models.describe_users_by_subscription_result import DescribeUsersBySubscriptionResult
    from ..models.list_all_subscription_users_result import ListAllSubscriptionUsersResult
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncConsumptionUsersResource",
    "AsyncConsumptionUsersResourceWithRawResponse",
    "AsyncConsumptionUsersResourceWithStreamingResponse",
    "ConsumptionUsersResource",
    "ConsumptionUsersResourceWithRawResponse",
    "ConsumptionUsersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ConsumptionUsersResource:
    """`client.consumption_users`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConsumptionUsersResourceWithRawResponse:
        return ConsumptionUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConsumptionUsersResourceWithStreamingResponse:
        return ConsumptionUsersResourceWithStreamingResponse(self)

    def list_all_subscription_users(
        self,
        *,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAllSubscriptionUsersResult:
        """ListAllSubscriptionUsers consumption-user-api

        `GET /2022-09-01-00/resource-instance/subscription-users` (operation `listAllSubscriptionUsers`)

        Args:
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAllSubscriptionUsersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            list_all_subscription_users as _consumption_user_api__list_all_subscription_users,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__list_all_subscription_users._get_kwargs(
            environment_type=environment_type,
        )
        return cast(
            "ListAllSubscriptionUsersResult",
            self._client._call(
                kwargs,
                _consumption_user_api__list_all_subscription_users._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def consumption_invite_user(
        self,
        subscription_id: str,
        *,
        body: ConsumptionInviteUserRequest | ConsumptionInviteUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """InviteUser consumption-user-api

        `POST /2022-09-01-00/resource-instance/subscription/{subscriptionId}/invite-user` (operation `consumptionInviteUser`)

        Args:
            subscription_id (str):
            body (ConsumptionInviteUserRequest): Request body of InviteUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import consumption_invite_user as _consumption_user_api__consumption_invite_user  # noqa: PLC0415

        kwargs = _consumption_user_api__consumption_invite_user._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _consumption_user_api__consumption_invite_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def consumption_revoke_user_role(
        self,
        subscription_id: str,
        *,
        body: ConsumptionRevokeUserRoleRequest | ConsumptionRevokeUserRoleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RevokeUserRole consumption-user-api

        `DELETE /2022-09-01-00/resource-instance/subscription/{subscriptionId}/revoke-user-role` (operation `consumptionRevokeUserRole`)

        Args:
            subscription_id (str):
            body (ConsumptionRevokeUserRoleRequest): Request body of RevokeUserRole
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            consumption_revoke_user_role as _consumption_user_api__consumption_revoke_user_role,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__consumption_revoke_user_role._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _consumption_user_api__consumption_revoke_user_role._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_users_by_subscription(
        self,
        subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeUsersBySubscriptionResult:
        """DescribeUsersBySubscription consumption-user-api

        `GET /2022-09-01-00/resource-instance/subscription/{subscriptionId}/subscription-users` (operation `describeUsersBySubscription`)

        Args:
            subscription_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeUsersBySubscriptionResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            describe_users_by_subscription as _consumption_user_api__describe_users_by_subscription,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__describe_users_by_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "DescribeUsersBySubscriptionResult",
            self._client._call(
                kwargs,
                _consumption_user_api__describe_users_by_subscription._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_user_billing_details(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionUserBillingDetails:
        """DescribeUserBillingDetails consumption-user-api

        `GET /2022-09-01-00/resource-instance/user/{id}/billing-details` (operation `describeUserBillingDetails`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionUserBillingDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            describe_user_billing_details as _consumption_user_api__describe_user_billing_details,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__describe_user_billing_details._get_kwargs(
            id=id,
        )
        return cast(
            "ConsumptionUserBillingDetails",
            self._client._call(
                kwargs,
                _consumption_user_api__describe_user_billing_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def consumption_signin(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionServiceAuthResult:
        """Signin consumption-user-api

        `POST /2022-09-01-00/resource-instance/user/signin` (operation `consumptionSignin`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionServiceAuthResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import consumption_signin as _consumption_user_api__consumption_signin  # noqa: PLC0415

        kwargs = _consumption_user_api__consumption_signin._get_kwargs()
        return cast(
            "ConsumptionServiceAuthResult",
            self._client._call(
                kwargs,
                _consumption_user_api__consumption_signin._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ConsumptionUsersResourceWithRawResponse:
    """`client.with_raw_response.consumption_users`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ConsumptionUsersResource) -> None:
        self._resource = resource
        self.list_all_subscription_users = raw(resource.list_all_subscription_users)
        self.consumption_invite_user = raw(resource.consumption_invite_user)
        self.consumption_revoke_user_role = raw(resource.consumption_revoke_user_role)
        self.describe_users_by_subscription = raw(resource.describe_users_by_subscription)
        self.describe_user_billing_details = raw(resource.describe_user_billing_details)
        self.consumption_signin = raw(resource.consumption_signin)


class ConsumptionUsersResourceWithStreamingResponse:
    """`client.with_streaming_response.consumption_users`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ConsumptionUsersResource) -> None:
        self._resource = resource
        self.list_all_subscription_users = streamed(resource.list_all_subscription_users)
        self.consumption_invite_user = streamed(resource.consumption_invite_user)
        self.consumption_revoke_user_role = streamed(resource.consumption_revoke_user_role)
        self.describe_users_by_subscription = streamed(resource.describe_users_by_subscription)
        self.describe_user_billing_details = streamed(resource.describe_user_billing_details)
        self.consumption_signin = streamed(resource.consumption_signin)


class AsyncConsumptionUsersResource:
    """`client.consumption_users`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConsumptionUsersResourceWithRawResponse:
        return AsyncConsumptionUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConsumptionUsersResourceWithStreamingResponse:
        return AsyncConsumptionUsersResourceWithStreamingResponse(self)

    async def list_all_subscription_users(
        self,
        *,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAllSubscriptionUsersResult:
        """ListAllSubscriptionUsers consumption-user-api

        `GET /2022-09-01-00/resource-instance/subscription-users` (operation `listAllSubscriptionUsers`)

        Args:
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAllSubscriptionUsersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            list_all_subscription_users as _consumption_user_api__list_all_subscription_users,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__list_all_subscription_users._get_kwargs(
            environment_type=environment_type,
        )
        return cast(
            "ListAllSubscriptionUsersResult",
            await self._client._call(
                kwargs,
                _consumption_user_api__list_all_subscription_users._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def consumption_invite_user(
        self,
        subscription_id: str,
        *,
        body: ConsumptionInviteUserRequest | ConsumptionInviteUserRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """InviteUser consumption-user-api

        `POST /2022-09-01-00/resource-instance/subscription/{subscriptionId}/invite-user` (operation `consumptionInviteUser`)

        Args:
            subscription_id (str):
            body (ConsumptionInviteUserRequest): Request body of InviteUser
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import consumption_invite_user as _consumption_user_api__consumption_invite_user  # noqa: PLC0415

        kwargs = _consumption_user_api__consumption_invite_user._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _consumption_user_api__consumption_invite_user._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def consumption_revoke_user_role(
        self,
        subscription_id: str,
        *,
        body: ConsumptionRevokeUserRoleRequest | ConsumptionRevokeUserRoleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RevokeUserRole consumption-user-api

        `DELETE /2022-09-01-00/resource-instance/subscription/{subscriptionId}/revoke-user-role` (operation `consumptionRevokeUserRole`)

        Args:
            subscription_id (str):
            body (ConsumptionRevokeUserRoleRequest): Request body of RevokeUserRole
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            consumption_revoke_user_role as _consumption_user_api__consumption_revoke_user_role,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__consumption_revoke_user_role._get_kwargs(
            subscription_id=subscription_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _consumption_user_api__consumption_revoke_user_role._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_users_by_subscription(
        self,
        subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DescribeUsersBySubscriptionResult:
        """DescribeUsersBySubscription consumption-user-api

        `GET /2022-09-01-00/resource-instance/subscription/{subscriptionId}/subscription-users` (operation `describeUsersBySubscription`)

        Args:
            subscription_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeUsersBySubscriptionResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            describe_users_by_subscription as _consumption_user_api__describe_users_by_subscription,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__describe_users_by_subscription._get_kwargs(
            subscription_id=subscription_id,
        )
        return cast(
            "DescribeUsersBySubscriptionResult",
            await self._client._call(
                kwargs,
                _consumption_user_api__describe_users_by_subscription._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_user_billing_details(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionUserBillingDetails:
        """DescribeUserBillingDetails consumption-user-api

        `GET /2022-09-01-00/resource-instance/user/{id}/billing-details` (operation `describeUserBillingDetails`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionUserBillingDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import (
            describe_user_billing_details as _consumption_user_api__describe_user_billing_details,  # noqa: PLC0415
        )

        kwargs = _consumption_user_api__describe_user_billing_details._get_kwargs(
            id=id,
        )
        return cast(
            "ConsumptionUserBillingDetails",
            await self._client._call(
                kwargs,
                _consumption_user_api__describe_user_billing_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def consumption_signin(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ConsumptionServiceAuthResult:
        """Signin consumption-user-api

        `POST /2022-09-01-00/resource-instance/user/signin` (operation `consumptionSignin`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ConsumptionServiceAuthResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.consumption_user_api import consumption_signin as _consumption_user_api__consumption_signin  # noqa: PLC0415

        kwargs = _consumption_user_api__consumption_signin._get_kwargs()
        return cast(
            "ConsumptionServiceAuthResult",
            await self._client._call(
                kwargs,
                _consumption_user_api__consumption_signin._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncConsumptionUsersResourceWithRawResponse:
    """`client.with_raw_response.consumption_users`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncConsumptionUsersResource) -> None:
        self._resource = resource
        self.list_all_subscription_users = async_raw(resource.list_all_subscription_users)
        self.consumption_invite_user = async_raw(resource.consumption_invite_user)
        self.consumption_revoke_user_role = async_raw(resource.consumption_revoke_user_role)
        self.describe_users_by_subscription = async_raw(resource.describe_users_by_subscription)
        self.describe_user_billing_details = async_raw(resource.describe_user_billing_details)
        self.consumption_signin = async_raw(resource.consumption_signin)


class AsyncConsumptionUsersResourceWithStreamingResponse:
    """`client.with_streaming_response.consumption_users`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncConsumptionUsersResource) -> None:
        self._resource = resource
        self.list_all_subscription_users = async_streamed(resource.list_all_subscription_users)
        self.consumption_invite_user = async_streamed(resource.consumption_invite_user)
        self.consumption_revoke_user_role = async_streamed(resource.consumption_revoke_user_role)
        self.describe_users_by_subscription = async_streamed(resource.describe_users_by_subscription)
        self.describe_user_billing_details = async_streamed(resource.describe_user_billing_details)
        self.consumption_signin = async_streamed(resource.consumption_signin)
