"""`client.subscription_requests` (generated from the spec; see api.md)."""

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

    from ..models.create_subscription_request_request import (
        CreateSubscriptionRequestRequest,
        CreateSubscriptionRequestRequestDict,
    )
    from ..models.list_subscription_requests_result import ListSubscriptionRequestsResult
    from ..models.subscription_request import SubscriptionRequest
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncSubscriptionRequestsResource",
    "AsyncSubscriptionRequestsResourceWithRawResponse",
    "AsyncSubscriptionRequestsResourceWithStreamingResponse",
    "SubscriptionRequestsResource",
    "SubscriptionRequestsResourceWithRawResponse",
    "SubscriptionRequestsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class SubscriptionRequestsResource:
    """`client.subscription_requests`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SubscriptionRequestsResourceWithRawResponse:
        return SubscriptionRequestsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SubscriptionRequestsResourceWithStreamingResponse:
        return SubscriptionRequestsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSubscriptionRequestsResult:
        """ListSubscriptionRequests subscription-request-api

        `GET /2022-09-01-00/subscription/request` (operation `listSubscriptionRequests`)

        Args:
            status (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSubscriptionRequestsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_request_api import (
            list_subscription_requests as _subscription_request_api__list_subscription_requests,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__list_subscription_requests._get_kwargs(
            status=status,
        )
        return cast(
            "ListSubscriptionRequestsResult",
            self._client._call(
                kwargs,
                _subscription_request_api__list_subscription_requests._parse_response,
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
        body: CreateSubscriptionRequestRequest | CreateSubscriptionRequestRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateSubscriptionRequest subscription-request-api

        `POST /2022-09-01-00/subscription/request` (operation `createSubscriptionRequest`)

        Args:
            body (CreateSubscriptionRequestRequest): Request body of CreateSubscriptionRequest
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_request_api import (
            create_subscription_request as _subscription_request_api__create_subscription_request,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__create_subscription_request._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _subscription_request_api__create_subscription_request._parse_response,
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
    ) -> SubscriptionRequest:
        """DescribeSubscriptionRequest subscription-request-api

        `GET /2022-09-01-00/subscription/request/{id}` (operation `describeSubscriptionRequest`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SubscriptionRequest

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_request_api import (
            describe_subscription_request as _subscription_request_api__describe_subscription_request,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__describe_subscription_request._get_kwargs(
            id=id,
        )
        return cast(
            "SubscriptionRequest",
            self._client._call(
                kwargs,
                _subscription_request_api__describe_subscription_request._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def cancel(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CancelSubscriptionRequest subscription-request-api

        `DELETE /2022-09-01-00/subscription/request/{id}` (operation `cancelSubscriptionRequest`)

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

        from ..api.subscription_request_api import (
            cancel_subscription_request as _subscription_request_api__cancel_subscription_request,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__cancel_subscription_request._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _subscription_request_api__cancel_subscription_request._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class SubscriptionRequestsResourceWithRawResponse:
    """`client.with_raw_response.subscription_requests`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SubscriptionRequestsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.cancel = raw(resource.cancel)


class SubscriptionRequestsResourceWithStreamingResponse:
    """`client.with_streaming_response.subscription_requests`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SubscriptionRequestsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.cancel = streamed(resource.cancel)


class AsyncSubscriptionRequestsResource:
    """`client.subscription_requests`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionRequestsResourceWithRawResponse:
        return AsyncSubscriptionRequestsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSubscriptionRequestsResourceWithStreamingResponse:
        return AsyncSubscriptionRequestsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        status: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSubscriptionRequestsResult:
        """ListSubscriptionRequests subscription-request-api

        `GET /2022-09-01-00/subscription/request` (operation `listSubscriptionRequests`)

        Args:
            status (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSubscriptionRequestsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_request_api import (
            list_subscription_requests as _subscription_request_api__list_subscription_requests,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__list_subscription_requests._get_kwargs(
            status=status,
        )
        return cast(
            "ListSubscriptionRequestsResult",
            await self._client._call(
                kwargs,
                _subscription_request_api__list_subscription_requests._parse_response,
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
        body: CreateSubscriptionRequestRequest | CreateSubscriptionRequestRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateSubscriptionRequest subscription-request-api

        `POST /2022-09-01-00/subscription/request` (operation `createSubscriptionRequest`)

        Args:
            body (CreateSubscriptionRequestRequest): Request body of CreateSubscriptionRequest
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_request_api import (
            create_subscription_request as _subscription_request_api__create_subscription_request,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__create_subscription_request._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _subscription_request_api__create_subscription_request._parse_response,
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
    ) -> SubscriptionRequest:
        """DescribeSubscriptionRequest subscription-request-api

        `GET /2022-09-01-00/subscription/request/{id}` (operation `describeSubscriptionRequest`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SubscriptionRequest

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.subscription_request_api import (
            describe_subscription_request as _subscription_request_api__describe_subscription_request,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__describe_subscription_request._get_kwargs(
            id=id,
        )
        return cast(
            "SubscriptionRequest",
            await self._client._call(
                kwargs,
                _subscription_request_api__describe_subscription_request._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def cancel(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CancelSubscriptionRequest subscription-request-api

        `DELETE /2022-09-01-00/subscription/request/{id}` (operation `cancelSubscriptionRequest`)

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

        from ..api.subscription_request_api import (
            cancel_subscription_request as _subscription_request_api__cancel_subscription_request,  # noqa: PLC0415
        )

        kwargs = _subscription_request_api__cancel_subscription_request._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _subscription_request_api__cancel_subscription_request._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncSubscriptionRequestsResourceWithRawResponse:
    """`client.with_raw_response.subscription_requests`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSubscriptionRequestsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.cancel = async_raw(resource.cancel)


class AsyncSubscriptionRequestsResourceWithStreamingResponse:
    """`client.with_streaming_response.subscription_requests`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSubscriptionRequestsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.cancel = async_streamed(resource.cancel)
