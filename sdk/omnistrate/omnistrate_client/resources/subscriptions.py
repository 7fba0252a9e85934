"""`client.subscriptions` (generated from the spec; see api.md)."""

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

    from ..models.create_subscription_request import CreateSubscriptionRequest, CreateSubscriptionRequestDict
    from ..models.list_subscriptions_result import ListSubscriptionsResult
    from ..models.subscription import Subscription
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncSubscriptionsResource",
    "AsyncSubscriptionsResourceWithRawResponse",
    "AsyncSubscriptionsResourceWithStreamingResponse",
    "SubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
    "SubscriptionsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class SubscriptionsResource:
    """`client.subscriptions`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SubscriptionsResourceWithRawResponse:
        return SubscriptionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SubscriptionsResourceWithStreamingResponse:
        return SubscriptionsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        service_id: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSubscriptionsResult:
        """ListSubscriptions subscription-api

        `GET /2022-09-01-00/subscription` (operation `listSubscriptions`)

        Args:
            service_id (str | Unset):
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSubscriptionsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_api import list_subscriptions as _subscription_api__list_subscriptions  # noqa: PLC0415

        kwargs = _subscription_api__list_subscriptions._get_kwargs(
            service_id=service_id,
            environment_type=environment_type,
        )
        return cast(
            "ListSubscriptionsResult",
            self._client._call(
                kwargs,
                _subscription_api__list_subscriptions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        *,
        body: CreateSubscriptionRequest | CreateSubscriptionRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateSubscription subscription-api

        `POST /2022-09-01-00/subscription` (operation `createSubscription`)

        Args:
            body (CreateSubscriptionRequest): Request body of CreateSubscription
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_api import create_subscription as _subscription_api__create_subscription  # noqa: PLC0415

        kwargs = _subscription_api__create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _subscription_api__create_subscription._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Subscription:
        """DescribeSubscription subscription-api

        `GET /2022-09-01-00/subscription/{id}` (operation `describeSubscription`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Subscription

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_api import describe_subscription as _subscription_api__describe_subscription  # noqa: PLC0415

        kwargs = _subscription_api__describe_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "Subscription",
            self._client._call(
                kwargs,
                _subscription_api__describe_subscription._parse_response,
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
        """DeleteSubscription subscription-api

        `DELETE /2022-09-01-00/subscription/{id}` (operation `deleteSubscription`)

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

        from ..api.subscription_api import delete_subscription as _subscription_api__delete_subscription  # noqa: PLC0415

        kwargs = _subscription_api__delete_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _subscription_api__delete_subscription._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class SubscriptionsResourceWithRawResponse:
    """`client.with_raw_response.subscriptions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)


class SubscriptionsResourceWithStreamingResponse:
    """`client.with_streaming_response.subscriptions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)


class AsyncSubscriptionsResource:
    """`client.subscriptions`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsResourceWithRawResponse:
        return AsyncSubscriptionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSubscriptionsResourceWithStreamingResponse:
        return AsyncSubscriptionsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        service_id: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSubscriptionsResult:
        """ListSubscriptions subscription-api

        `GET /2022-09-01-00/subscription` (operation `listSubscriptions`)

        Args:
            service_id (str | Unset):
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSubscriptionsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_api import list_subscriptions as _subscription_api__list_subscriptions  # noqa: PLC0415

        kwargs = _subscription_api__list_subscriptions._get_kwargs(
            service_id=service_id,
            environment_type=environment_type,
        )
        return cast(
            "ListSubscriptionsResult",
            await self._client._call(
                kwargs,
                _subscription_api__list_subscriptions._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        *,
        body: CreateSubscriptionRequest | CreateSubscriptionRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateSubscription subscription-api

        `POST /2022-09-01-00/subscription` (operation `createSubscription`)

        Args:
            body (CreateSubscriptionRequest): Request body of CreateSubscription
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_api import create_subscription as _subscription_api__create_subscription  # noqa: PLC0415

        kwargs = _subscription_api__create_subscription._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _subscription_api__create_subscription._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Subscription:
        """DescribeSubscription subscription-api

        `GET /2022-09-01-00/subscription/{id}` (operation `describeSubscription`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Subscription

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_api import describe_subscription as _subscription_api__describe_subscription  # noqa: PLC0415

        kwargs = _subscription_api__describe_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "Subscription",
            await self._client._call(
                kwargs,
                _subscription_api__describe_subscription._parse_response,
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
        """DeleteSubscription subscription-api

        `DELETE /2022-09-01-00/subscription/{id}` (operation `deleteSubscription`)

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

        from ..api.subscription_api import delete_subscription as _subscription_api__delete_subscription  # noqa: PLC0415

        kwargs = _subscription_api__delete_subscription._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _subscription_api__delete_subscription._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncSubscriptionsResourceWithRawResponse:
    """`client.with_raw_response.subscriptions`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)


class AsyncSubscriptionsResourceWithStreamingResponse:
    """`client.with_streaming_response.subscriptions`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
