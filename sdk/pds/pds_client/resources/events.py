"""`client.events` (generated from the spec; see api.md)."""

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

    from ..models.add_deployment_events_request import AddDeploymentEventsRequest, AddDeploymentEventsRequestDict
    from ..models.deployment_target_deployment_event import DeploymentTargetDeploymentEvent
    from ..models.deployment_target_last_synced_event import DeploymentTargetLastSyncedEvent

    pass

__all__ = [
    "AsyncEventsResource",
    "AsyncEventsResourceWithRawResponse",
    "AsyncEventsResourceWithStreamingResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
    "EventsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class EventsResource:
    """`client.events`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        return EventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsResourceWithStreamingResponse:
        return EventsResourceWithStreamingResponse(self)

    def add_deployment(
        self,
        id: str,
        *,
        body: AddDeploymentEventsRequest | AddDeploymentEventsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Adds k8s generated events for a deployment

        Adds one or more k8s generated events from deployments

        `POST /api/deployment-targets/{id}/deployment/events` (operation `addDeploymentEvents`)

        Args:
            id (str):
            body (AddDeploymentEventsRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.events import add_deployment_events as _events__add_deployment_events  # noqa: PLC0415

        kwargs = _events__add_deployment_events._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _events__add_deployment_events._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_latest_timestamp(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTargetLastSyncedEvent:
        """Get the timestamp of the latest event

        Gets the timestamp of the latest event for the deployment target

        `GET /api/deployment-targets/{id}/events/last-synced-time` (operation `getLatestEventTimestamp`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTargetLastSyncedEvent

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.events import get_latest_event_timestamp as _events__get_latest_event_timestamp  # noqa: PLC0415

        kwargs = _events__get_latest_event_timestamp._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTargetLastSyncedEvent",
            self._client._call(
                kwargs,
                _events__get_latest_event_timestamp._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_deployment(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[DeploymentTargetDeploymentEvent]:
        """Get Deployment Events

        Retrieves events of the given Deployment

        `GET /api/deployments/{id}/events` (operation `getDeploymentEvents`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[DeploymentTargetDeploymentEvent]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.events import get_deployment_events as _events__get_deployment_events  # noqa: PLC0415

        kwargs = _events__get_deployment_events._get_kwargs(
            id=id,
        )
        return cast(
            "builtins.list[DeploymentTargetDeploymentEvent]",
            self._client._call(
                kwargs,
                _events__get_deployment_events._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class EventsResourceWithRawResponse:
    """`client.with_raw_response.events`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.add_deployment = raw(resource.add_deployment)
        self.get_latest_timestamp = raw(resource.get_latest_timestamp)
        self.get_deployment = raw(resource.get_deployment)


class EventsResourceWithStreamingResponse:
    """`client.with_streaming_response.events`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.add_deployment = streamed(resource.add_deployment)
        self.get_latest_timestamp = streamed(resource.get_latest_timestamp)
        self.get_deployment = streamed(resource.get_deployment)


class AsyncEventsResource:
    """`client.events`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        return AsyncEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsResourceWithStreamingResponse:
        return AsyncEventsResourceWithStreamingResponse(self)

    async def add_deployment(
        self,
        id: str,
        *,
        body: AddDeploymentEventsRequest | AddDeploymentEventsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Adds k8s generated events for a deployment

        Adds one or more k8s generated events from deployments

        `POST /api/deployment-targets/{id}/deployment/events` (operation `addDeploymentEvents`)

        Args:
            id (str):
            body (AddDeploymentEventsRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.events import add_deployment_events as _events__add_deployment_events  # noqa: PLC0415

        kwargs = _events__add_deployment_events._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _events__add_deployment_events._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_latest_timestamp(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTargetLastSyncedEvent:
        """Get the timestamp of the latest event

        Gets the timestamp of the latest event for the deployment target

        `GET /api/deployment-targets/{id}/events/last-synced-time` (operation `getLatestEventTimestamp`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTargetLastSyncedEvent

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.events import get_latest_event_timestamp as _events__get_latest_event_timestamp  # noqa: PLC0415

        kwargs = _events__get_latest_event_timestamp._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTargetLastSyncedEvent",
            await self._client._call(
                kwargs,
                _events__get_latest_event_timestamp._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_deployment(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[DeploymentTargetDeploymentEvent]:
        """Get Deployment Events

        Retrieves events of the given Deployment

        `GET /api/deployments/{id}/events` (operation `getDeploymentEvents`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[DeploymentTargetDeploymentEvent]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.events import get_deployment_events as _events__get_deployment_events  # noqa: PLC0415

        kwargs = _events__get_deployment_events._get_kwargs(
            id=id,
        )
        return cast(
            "builtins.list[DeploymentTargetDeploymentEvent]",
            await self._client._call(
                kwargs,
                _events__get_deployment_events._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncEventsResourceWithRawResponse:
    """`client.with_raw_response.events`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.add_deployment = async_raw(resource.add_deployment)
        self.get_latest_timestamp = async_raw(resource.get_latest_timestamp)
        self.get_deployment = async_raw(resource.get_deployment)


class AsyncEventsResourceWithStreamingResponse:
    """`client.with_streaming_response.events`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.add_deployment = async_streamed(resource.add_deployment)
        self.get_latest_timestamp = async_streamed(resource.get_latest_timestamp)
        self.get_deployment = async_streamed(resource.get_deployment)
