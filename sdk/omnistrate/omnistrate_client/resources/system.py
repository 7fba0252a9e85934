"""`client.system` (generated from the spec; see api.md)."""

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

    from ..models.service_health_status import ServiceHealthStatus
    from ..models.service_version import ServiceVersion

    pass

__all__ = [
    "AsyncSystemResource",
    "AsyncSystemResourceWithRawResponse",
    "AsyncSystemResourceWithStreamingResponse",
    "SystemResource",
    "SystemResourceWithRawResponse",
    "SystemResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class SystemResource:
    """`client.system`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SystemResourceWithRawResponse:
        return SystemResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SystemResourceWithStreamingResponse:
        return SystemResourceWithStreamingResponse(self)

    def registration_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceHealthStatus:
        """registrationServiceHealth global-api

        Registration service health check endpoint

        `GET /2022-09-01-00/health` (operation `registrationServiceHealth`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceHealthStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import registration_service_health as _global_api__registration_service_health  # noqa: PLC0415

        kwargs = _global_api__registration_service_health._get_kwargs()
        return cast(
            "ServiceHealthStatus",
            self._client._call(
                kwargs,
                _global_api__registration_service_health._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def consumption_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceHealthStatus:
        """consumptionServiceHealth global-api

        Consumption service health check endpoint

        `GET /2022-09-01-00/resource-instance/health` (operation `consumptionServiceHealth`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceHealthStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import consumption_service_health as _global_api__consumption_service_health  # noqa: PLC0415

        kwargs = _global_api__consumption_service_health._get_kwargs()
        return cast(
            "ServiceHealthStatus",
            self._client._call(
                kwargs,
                _global_api__consumption_service_health._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def consumption_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceVersion:
        """consumptionServiceVersion global-api

        Consumption service version endpoint

        `GET /2022-09-01-00/resource-instance/version` (operation `consumptionServiceVersion`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceVersion

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import consumption_service_version as _global_api__consumption_service_version  # noqa: PLC0415

        kwargs = _global_api__consumption_service_version._get_kwargs()
        return cast(
            "ServiceVersion",
            self._client._call(
                kwargs,
                _global_api__consumption_service_version._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def registration_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceVersion:
        """registrationServiceVersion global-api

        Registration service version endpoint

        `GET /2022-09-01-00/version` (operation `registrationServiceVersion`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceVersion

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import registration_service_version as _global_api__registration_service_version  # noqa: PLC0415

        kwargs = _global_api__registration_service_version._get_kwargs()
        return cast(
            "ServiceVersion",
            self._client._call(
                kwargs,
                _global_api__registration_service_version._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class SystemResourceWithRawResponse:
    """`client.with_raw_response.system`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SystemResource) -> None:
        self._resource = resource
        self.registration_health = raw(resource.registration_health)
        self.consumption_health = raw(resource.consumption_health)
        self.consumption_version = raw(resource.consumption_version)
        self.registration_version = raw(resource.registration_version)


class SystemResourceWithStreamingResponse:
    """`client.with_streaming_response.system`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SystemResource) -> None:
        self._resource = resource
        self.registration_health = streamed(resource.registration_health)
        self.consumption_health = streamed(resource.consumption_health)
        self.consumption_version = streamed(resource.consumption_version)
        self.registration_version = streamed(resource.registration_version)


class AsyncSystemResource:
    """`client.system`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSystemResourceWithRawResponse:
        return AsyncSystemResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSystemResourceWithStreamingResponse:
        return AsyncSystemResourceWithStreamingResponse(self)

    async def registration_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceHealthStatus:
        """registrationServiceHealth global-api

        Registration service health check endpoint

        `GET /2022-09-01-00/health` (operation `registrationServiceHealth`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceHealthStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import registration_service_health as _global_api__registration_service_health  # noqa: PLC0415

        kwargs = _global_api__registration_service_health._get_kwargs()
        return cast(
            "ServiceHealthStatus",
            await self._client._call(
                kwargs,
                _global_api__registration_service_health._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def consumption_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceHealthStatus:
        """consumptionServiceHealth global-api

        Consumption service health check endpoint

        `GET /2022-09-01-00/resource-instance/health` (operation `consumptionServiceHealth`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceHealthStatus

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import consumption_service_health as _global_api__consumption_service_health  # noqa: PLC0415

        kwargs = _global_api__consumption_service_health._get_kwargs()
        return cast(
            "ServiceHealthStatus",
            await self._client._call(
                kwargs,
                _global_api__consumption_service_health._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def consumption_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceVersion:
        """consumptionServiceVersion global-api

        Consumption service version endpoint

        `GET /2022-09-01-00/resource-instance/version` (operation `consumptionServiceVersion`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceVersion

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import consumption_service_version as _global_api__consumption_service_version  # noqa: PLC0415

        kwargs = _global_api__consumption_service_version._get_kwargs()
        return cast(
            "ServiceVersion",
            await self._client._call(
                kwargs,
                _global_api__consumption_service_version._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def registration_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceVersion:
        """registrationServiceVersion global-api

        Registration service version endpoint

        `GET /2022-09-01-00/version` (operation `registrationServiceVersion`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceVersion

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.global_api import registration_service_version as _global_api__registration_service_version  # noqa: PLC0415

        kwargs = _global_api__registration_service_version._get_kwargs()
        return cast(
            "ServiceVersion",
            await self._client._call(
                kwargs,
                _global_api__registration_service_version._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncSystemResourceWithRawResponse:
    """`client.with_raw_response.system`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSystemResource) -> None:
        self._resource = resource
        self.registration_health = async_raw(resource.registration_health)
        self.consumption_health = async_raw(resource.consumption_health)
        self.consumption_version = async_raw(resource.consumption_version)
        self.registration_version = async_raw(resource.registration_version)


class AsyncSystemResourceWithStreamingResponse:
    """`client.with_streaming_response.system`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSystemResource) -> None:
        self._resource = resource
        self.registration_health = async_streamed(resource.registration_health)
        self.consumption_health = async_streamed(resource.consumption_health)
        self.consumption_version = async_streamed(resource.consumption_version)
        self.registration_version = async_streamed(resource.registration_version)
