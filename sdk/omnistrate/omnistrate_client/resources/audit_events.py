"""`client.audit_events` (generated from the spec; see api.md)."""

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
    import datetime
    from typing import cast

    from ..models.audit_event import AuditEvent
    from ..models.list_audit_events_result import ListAuditEventsResult
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncAuditEventsResource",
    "AsyncAuditEventsResourceWithRawResponse",
    "AsyncAuditEventsResourceWithStreamingResponse",
    "AuditEventsResource",
    "AuditEventsResourceWithRawResponse",
    "AuditEventsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AuditEventsResource:
    """`client.audit_events`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuditEventsResourceWithRawResponse:
        return AuditEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuditEventsResourceWithStreamingResponse:
        return AuditEventsResourceWithStreamingResponse(self)

    def list_for_instance(
        self,
        instance_id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """ListAuditEventsForInstance audit-events-api

        `GET /2022-09-01-00/resource-instance/{instanceId}/audit-events` (operation `listAuditEventsForInstance`)

        Args:
            instance_id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            list_audit_events_for_instance as _audit_events_api__list_audit_events_for_instance,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__list_audit_events_for_instance._get_kwargs(
            instance_id=instance_id,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            self._client._call(
                kwargs,
                _audit_events_api__list_audit_events_for_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecated_list_for_instance(
        self,
        instance_id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """DeprecatedListAuditEventsForInstance audit-events-api

        `GET /2022-09-01-00/resource-instance/{instanceId}/event` (operation `deprecatedListAuditEventsForInstance`)

        Args:
            instance_id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            deprecated_list_audit_events_for_instance as _audit_events_api__deprecated_list_audit_events_for_instance,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__deprecated_list_audit_events_for_instance._get_kwargs(
            instance_id=instance_id,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            self._client._call(
                kwargs,
                _audit_events_api__deprecated_list_audit_events_for_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_for_service_plan(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """ListAuditEventsForServicePlan audit-events-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/audit-events` (operation `listAuditEventsForServicePlan`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            list_audit_events_for_service_plan as _audit_events_api__list_audit_events_for_service_plan,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__list_audit_events_for_service_plan._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            self._client._call(
                kwargs,
                _audit_events_api__list_audit_events_for_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecated_list_for_service_plan(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """DeprecatedListAuditEventsForServicePlan audit-events-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/event` (operation `deprecatedListAuditEventsForServicePlan`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            deprecated_list_audit_events_for_service_plan as _audit_events_api__deprecated_list_audit_events_for_service_plan,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__deprecated_list_audit_events_for_service_plan._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            self._client._call(
                kwargs,
                _audit_events_api__deprecated_list_audit_events_for_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_all(
        self,
        *,
        service_id: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        event_source_types: builtins.list[str] | Unset = UNSET,
        instance_id: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[AuditEvent]:
        """ListAllAuditEvents audit-events-api

        `GET /2022-09-01-00/resource-instance/audit-events` (operation `listAllAuditEvents`)

        Args:
            service_id (str | Unset):
            environment_type (str | Unset):
            event_source_types (list[str] | Unset):
            instance_id (str | Unset):
            next_page_token (str | Unset):
            page_size (int | Unset):
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[AuditEvent]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import list_all_audit_events as _audit_events_api__list_all_audit_events  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _audit_events_api__list_all_audit_events._get_kwargs(
                service_id=service_id,
                environment_type=environment_type,
                event_source_types=event_source_types,
                instance_id=instance_id,
                next_page_token=next_page_token if page_token is None else page_token,
                page_size=page_size,
                start_date=start_date,
                end_date=end_date,
            )
            return self._client._call(
                kwargs,
                _audit_events_api__list_all_audit_events._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "events"),
            lambda page: _pages.token_at(page, ("next_page_token",)),
        )

    def describe(
        self,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AuditEvent:
        """DescribeAuditEvent audit-events-api

        `GET /2022-09-01-00/resource-instance/audit-events/{id}` (operation `describeAuditEvent`)

        Args:
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AuditEvent

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import describe_audit_event as _audit_events_api__describe_audit_event  # noqa: PLC0415

        kwargs = _audit_events_api__describe_audit_event._get_kwargs(
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "AuditEvent",
            self._client._call(
                kwargs,
                _audit_events_api__describe_audit_event._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecated_describe(
        self,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AuditEvent:
        """DeprecatedDescribeAuditEvent audit-events-api

        `GET /2022-09-01-00/resource-instance/event/{id}` (operation `deprecatedDescribeAuditEvent`)

        Args:
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AuditEvent

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            deprecated_describe_audit_event as _audit_events_api__deprecated_describe_audit_event,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__deprecated_describe_audit_event._get_kwargs(
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "AuditEvent",
            self._client._call(
                kwargs,
                _audit_events_api__deprecated_describe_audit_event._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AuditEventsResourceWithRawResponse:
    """`client.with_raw_response.audit_events`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AuditEventsResource) -> None:
        self._resource = resource
        self.list_for_instance = raw(resource.list_for_instance)
        self.deprecated_list_for_instance = raw(resource.deprecated_list_for_instance)
        self.list_for_service_plan = raw(resource.list_for_service_plan)
        self.deprecated_list_for_service_plan = raw(resource.deprecated_list_for_service_plan)
        self.list_all = raw(resource.list_all)
        self.describe = raw(resource.describe)
        self.deprecated_describe = raw(resource.deprecated_describe)


class AuditEventsResourceWithStreamingResponse:
    """`client.with_streaming_response.audit_events`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AuditEventsResource) -> None:
        self._resource = resource
        self.list_for_instance = streamed(resource.list_for_instance)
        self.deprecated_list_for_instance = streamed(resource.deprecated_list_for_instance)
        self.list_for_service_plan = streamed(resource.list_for_service_plan)
        self.deprecated_list_for_service_plan = streamed(resource.deprecated_list_for_service_plan)
        self.list_all = streamed(resource.list_all)
        self.describe = streamed(resource.describe)
        self.deprecated_describe = streamed(resource.deprecated_describe)


class AsyncAuditEventsResource:
    """`client.audit_events`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuditEventsResourceWithRawResponse:
        return AsyncAuditEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuditEventsResourceWithStreamingResponse:
        return AsyncAuditEventsResourceWithStreamingResponse(self)

    async def list_for_instance(
        self,
        instance_id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """ListAuditEventsForInstance audit-events-api

        `GET /2022-09-01-00/resource-instance/{instanceId}/audit-events` (operation `listAuditEventsForInstance`)

        Args:
            instance_id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            list_audit_events_for_instance as _audit_events_api__list_audit_events_for_instance,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__list_audit_events_for_instance._get_kwargs(
            instance_id=instance_id,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            await self._client._call(
                kwargs,
                _audit_events_api__list_audit_events_for_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecated_list_for_instance(
        self,
        instance_id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """DeprecatedListAuditEventsForInstance audit-events-api

        `GET /2022-09-01-00/resource-instance/{instanceId}/event` (operation `deprecatedListAuditEventsForInstance`)

        Args:
            instance_id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            deprecated_list_audit_events_for_instance as _audit_events_api__deprecated_list_audit_events_for_instance,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__deprecated_list_audit_events_for_instance._get_kwargs(
            instance_id=instance_id,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            await self._client._call(
                kwargs,
                _audit_events_api__deprecated_list_audit_events_for_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_for_service_plan(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """ListAuditEventsForServicePlan audit-events-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/audit-events` (operation `listAuditEventsForServicePlan`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            list_audit_events_for_service_plan as _audit_events_api__list_audit_events_for_service_plan,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__list_audit_events_for_service_plan._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            await self._client._call(
                kwargs,
                _audit_events_api__list_audit_events_for_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecated_list_for_service_plan(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAuditEventsResult:
        """DeprecatedListAuditEventsForServicePlan audit-events-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/event` (operation `deprecatedListAuditEventsForServicePlan`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAuditEventsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            deprecated_list_audit_events_for_service_plan as _audit_events_api__deprecated_list_audit_events_for_service_plan,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__deprecated_list_audit_events_for_service_plan._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            subscription_id=subscription_id,
        )
        return cast(
            "ListAuditEventsResult",
            await self._client._call(
                kwargs,
                _audit_events_api__deprecated_list_audit_events_for_service_plan._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_all(
        self,
        *,
        service_id: str | Unset = UNSET,
        environment_type: str | Unset = UNSET,
        event_source_types: builtins.list[str] | Unset = UNSET,
        instance_id: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[AuditEvent]:
        """ListAllAuditEvents audit-events-api

        `GET /2022-09-01-00/resource-instance/audit-events` (operation `listAllAuditEvents`)

        Args:
            service_id (str | Unset):
            environment_type (str | Unset):
            event_source_types (list[str] | Unset):
            instance_id (str | Unset):
            next_page_token (str | Unset):
            page_size (int | Unset):
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[AuditEvent]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import list_all_audit_events as _audit_events_api__list_all_audit_events  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _audit_events_api__list_all_audit_events._get_kwargs(
                service_id=service_id,
                environment_type=environment_type,
                event_source_types=event_source_types,
                instance_id=instance_id,
                next_page_token=next_page_token if page_token is None else page_token,
                page_size=page_size,
                start_date=start_date,
                end_date=end_date,
            )
            return await self._client._call(
                kwargs,
                _audit_events_api__list_all_audit_events._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "events"),
            lambda page: _pages.token_at(page, ("next_page_token",)),
        )

    async def describe(
        self,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AuditEvent:
        """DescribeAuditEvent audit-events-api

        `GET /2022-09-01-00/resource-instance/audit-events/{id}` (operation `describeAuditEvent`)

        Args:
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AuditEvent

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import describe_audit_event as _audit_events_api__describe_audit_event  # noqa: PLC0415

        kwargs = _audit_events_api__describe_audit_event._get_kwargs(
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "AuditEvent",
            await self._client._call(
                kwargs,
                _audit_events_api__describe_audit_event._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecated_describe(
        self,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> AuditEvent:
        """DeprecatedDescribeAuditEvent audit-events-api

        `GET /2022-09-01-00/resource-instance/event/{id}` (operation `deprecatedDescribeAuditEvent`)

        Args:
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AuditEvent

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.audit_events_api import (
            deprecated_describe_audit_event as _audit_events_api__deprecated_describe_audit_event,  # noqa: PLC0415
        )

        kwargs = _audit_events_api__deprecated_describe_audit_event._get_kwargs(
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "AuditEvent",
            await self._client._call(
                kwargs,
                _audit_events_api__deprecated_describe_audit_event._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAuditEventsResourceWithRawResponse:
    """`client.with_raw_response.audit_events`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAuditEventsResource) -> None:
        self._resource = resource
        self.list_for_instance = async_raw(resource.list_for_instance)
        self.deprecated_list_for_instance = async_raw(resource.deprecated_list_for_instance)
        self.list_for_service_plan = async_raw(resource.list_for_service_plan)
        self.deprecated_list_for_service_plan = async_raw(resource.deprecated_list_for_service_plan)
        self.list_all = async_raw(resource.list_all)
        self.describe = async_raw(resource.describe)
        self.deprecated_describe = async_raw(resource.deprecated_describe)


class AsyncAuditEventsResourceWithStreamingResponse:
    """`client.with_streaming_response.audit_events`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAuditEventsResource) -> None:
        self._resource = resource
        self.list_for_instance = async_streamed(resource.list_for_instance)
        self.deprecated_list_for_instance = async_streamed(resource.deprecated_list_for_instance)
        self.list_for_service_plan = async_streamed(resource.list_for_service_plan)
        self.deprecated_list_for_service_plan = async_streamed(resource.deprecated_list_for_service_plan)
        self.list_all = async_streamed(resource.list_all)
        self.describe = async_streamed(resource.describe)
        self.deprecated_describe = async_streamed(resource.deprecated_describe)
