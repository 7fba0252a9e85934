"""`client.limits` (generated from the spec; see api.md)."""

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

    from ..models.limit import Limit
    from ..models.list_limit_request import ListLimitRequest, ListLimitRequestDict
    from ..models.list_limit_result import ListLimitResult
    from ..models.update_limit_request import UpdateLimitRequest, UpdateLimitRequestDict

    pass

__all__ = [
    "AsyncLimitsResource",
    "AsyncLimitsResourceWithRawResponse",
    "AsyncLimitsResourceWithStreamingResponse",
    "LimitsResource",
    "LimitsResourceWithRawResponse",
    "LimitsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class LimitsResource:
    """`client.limits`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LimitsResourceWithRawResponse:
        return LimitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LimitsResourceWithStreamingResponse:
        return LimitsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        body: ListLimitRequest | ListLimitRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListLimitResult:
        """ListLimit limit-api

        `GET /2022-09-01-00/limit` (operation `listLimit`)

        Args:
            body (ListLimitRequest): Request body of ListLimit
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListLimitResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import list_limit as _limit_api__list_limit  # noqa: PLC0415

        kwargs = _limit_api__list_limit._get_kwargs(
            body=body,
        )
        return cast(
            "ListLimitResult",
            self._client._call(
                kwargs, _limit_api__list_limit._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    def describe(
        self,
        family: str,
        key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Limit:
        """DescribeLimit limit-api

        `GET /2022-09-01-00/limit/family/{family}/key/{key}` (operation `describeLimit`)

        Args:
            family (str):
            key (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Limit

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import describe_limit as _limit_api__describe_limit  # noqa: PLC0415

        kwargs = _limit_api__describe_limit._get_kwargs(
            family=family,
            key=key,
        )
        return cast(
            "Limit",
            self._client._call(
                kwargs,
                _limit_api__describe_limit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        family: str,
        key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteLimit limit-api

        `DELETE /2022-09-01-00/limit/family/{family}/key/{key}` (operation `deleteLimit`)

        Args:
            family (str):
            key (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import delete_limit as _limit_api__delete_limit  # noqa: PLC0415

        kwargs = _limit_api__delete_limit._get_kwargs(
            family=family,
            key=key,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _limit_api__delete_limit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        family: str,
        key: str,
        *,
        body: UpdateLimitRequest | UpdateLimitRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateLimit limit-api

        `PATCH /2022-09-01-00/limit/family/{family}/key/{key}` (operation `updateLimit`)

        Args:
            family (str):
            key (str):
            body (UpdateLimitRequest): Request body of UpdateLimit
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import update_limit as _limit_api__update_limit  # noqa: PLC0415

        kwargs = _limit_api__update_limit._get_kwargs(
            family=family,
            key=key,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _limit_api__update_limit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class LimitsResourceWithRawResponse:
    """`client.with_raw_response.limits`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: LimitsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class LimitsResourceWithStreamingResponse:
    """`client.with_streaming_response.limits`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: LimitsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncLimitsResource:
    """`client.limits`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLimitsResourceWithRawResponse:
        return AsyncLimitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLimitsResourceWithStreamingResponse:
        return AsyncLimitsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        body: ListLimitRequest | ListLimitRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListLimitResult:
        """ListLimit limit-api

        `GET /2022-09-01-00/limit` (operation `listLimit`)

        Args:
            body (ListLimitRequest): Request body of ListLimit
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListLimitResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import list_limit as _limit_api__list_limit  # noqa: PLC0415

        kwargs = _limit_api__list_limit._get_kwargs(
            body=body,
        )
        return cast(
            "ListLimitResult",
            await self._client._call(
                kwargs, _limit_api__list_limit._parse_response, extra_headers, extra_query, extra_body, timeout, retries
            ),
        )

    async def describe(
        self,
        family: str,
        key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Limit:
        """DescribeLimit limit-api

        `GET /2022-09-01-00/limit/family/{family}/key/{key}` (operation `describeLimit`)

        Args:
            family (str):
            key (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Limit

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import describe_limit as _limit_api__describe_limit  # noqa: PLC0415

        kwargs = _limit_api__describe_limit._get_kwargs(
            family=family,
            key=key,
        )
        return cast(
            "Limit",
            await self._client._call(
                kwargs,
                _limit_api__describe_limit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        family: str,
        key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteLimit limit-api

        `DELETE /2022-09-01-00/limit/family/{family}/key/{key}` (operation `deleteLimit`)

        Args:
            family (str):
            key (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import delete_limit as _limit_api__delete_limit  # noqa: PLC0415

        kwargs = _limit_api__delete_limit._get_kwargs(
            family=family,
            key=key,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _limit_api__delete_limit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        family: str,
        key: str,
        *,
        body: UpdateLimitRequest | UpdateLimitRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateLimit limit-api

        `PATCH /2022-09-01-00/limit/family/{family}/key/{key}` (operation `updateLimit`)

        Args:
            family (str):
            key (str):
            body (UpdateLimitRequest): Request body of UpdateLimit
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.limit_api import update_limit as _limit_api__update_limit  # noqa: PLC0415

        kwargs = _limit_api__update_limit._get_kwargs(
            family=family,
            key=key,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _limit_api__update_limit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncLimitsResourceWithRawResponse:
    """`client.with_raw_response.limits`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncLimitsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncLimitsResourceWithStreamingResponse:
    """`client.with_streaming_response.limits`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncLimitsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
