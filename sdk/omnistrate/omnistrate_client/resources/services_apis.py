"""`client.services.apis` (generated from the spec; see api.md)."""

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

    from ..models.create_service_api_request import CreateServiceAPIRequest, CreateServiceAPIRequestDict
    from ..models.list_service_ap_is_result import ListServiceAPIsResult
    from ..models.pending_changes import PendingChanges
    from ..models.release_service_api_request import ReleaseServiceAPIRequest, ReleaseServiceAPIRequestDict
    from ..models.service_api import ServiceAPI
    from ..models.update_service_api_request import UpdateServiceAPIRequest, UpdateServiceAPIRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesApisResource",
    "AsyncServicesApisResourceWithRawResponse",
    "AsyncServicesApisResourceWithStreamingResponse",
    "ServicesApisResource",
    "ServicesApisResourceWithRawResponse",
    "ServicesApisResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesApisResource:
    """`client.services.apis`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesApisResourceWithRawResponse:
        return ServicesApisResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesApisResourceWithStreamingResponse:
        return ServicesApisResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateServiceAPIRequest | CreateServiceAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{serviceId}/service-api` (operation `createServiceAPI`)

        Args:
            service_id (str):
            body (CreateServiceAPIRequest): Request body of CreateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import create_service_api as _service_api_api__create_service_api  # noqa: PLC0415

        kwargs = _service_api_api__create_service_api._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_api_api__create_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAPI:
        """DescribeServiceAPI service-api-api

        `GET /2022-09-01-00/service/{serviceId}/service-api/{id}` (operation `describeServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAPI

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import describe_service_api as _service_api_api__describe_service_api  # noqa: PLC0415

        kwargs = _service_api_api__describe_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceAPI",
            self._client._call(
                kwargs,
                _service_api_api__describe_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteServiceAPI service-api-api

        `DELETE /2022-09-01-00/service/{serviceId}/service-api/{id}` (operation `deleteServiceAPI`)

        Args:
            service_id (str):
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

        from ..api.service_api_api import delete_service_api as _service_api_api__delete_service_api  # noqa: PLC0415

        kwargs = _service_api_api__delete_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api_api__delete_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateServiceAPIRequest | UpdateServiceAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateServiceAPI service-api-api

        `PATCH /2022-09-01-00/service/{serviceId}/service-api/{id}` (operation `updateServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceAPIRequest): Request body of UpdateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import update_service_api as _service_api_api__update_service_api  # noqa: PLC0415

        kwargs = _service_api_api__update_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api_api__update_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> PendingChanges:
        """DescribePendingChanges service-api-api

        `GET /2022-09-01-00/service/{serviceId}/service-api/{id}/all-pending-changes` (operation `describePendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            PendingChanges

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import describe_pending_changes as _service_api_api__describe_pending_changes  # noqa: PLC0415

        kwargs = _service_api_api__describe_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "PendingChanges",
            self._client._call(
                kwargs,
                _service_api_api__describe_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def discard_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DiscardPendingChanges service-api-api

        `DELETE /2022-09-01-00/service/{serviceId}/service-api/{id}/all-pending-changes` (operation `discardPendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import discard_pending_changes as _service_api_api__discard_pending_changes  # noqa: PLC0415

        kwargs = _service_api_api__discard_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api_api__discard_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeprecateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{serviceId}/service-api/{id}/deprecate` (operation `deprecateServiceAPI`)

        Args:
            service_id (str):
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

        from ..api.service_api_api import deprecate_service_api as _service_api_api__deprecate_service_api  # noqa: PLC0415

        kwargs = _service_api_api__deprecate_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api_api__deprecate_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def release(
        self,
        service_id: str,
        id: str,
        *,
        body: ReleaseServiceAPIRequest | ReleaseServiceAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ReleaseServiceAPI service-api-api

        `POST /2022-09-01-00/service/{serviceId}/service-api/{id}/release` (operation `releaseServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseServiceAPIRequest): Request body of ReleaseServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import release_service_api as _service_api_api__release_service_api  # noqa: PLC0415

        kwargs = _service_api_api__release_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_api_api__release_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceAPIsResult:
        """ListServiceAPI service-api-api

        `GET /2022-09-01-00/service/{serviceId}/serviceenvironment/{serviceEnvironmentId}/service-api` (operation `listServiceAPI`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceAPIsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import list_service_api as _service_api_api__list_service_api  # noqa: PLC0415

        kwargs = _service_api_api__list_service_api._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServiceAPIsResult",
            self._client._call(
                kwargs,
                _service_api_api__list_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesApisResourceWithRawResponse:
    """`client.with_raw_response.services.apis`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesApisResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.describe_pending_changes = raw(resource.describe_pending_changes)
        self.discard_pending_changes = raw(resource.discard_pending_changes)
        self.deprecate = raw(resource.deprecate)
        self.release = raw(resource.release)
        self.list = raw(resource.list)


class ServicesApisResourceWithStreamingResponse:
    """`client.with_streaming_response.services.apis`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesApisResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.describe_pending_changes = streamed(resource.describe_pending_changes)
        self.discard_pending_changes = streamed(resource.discard_pending_changes)
        self.deprecate = streamed(resource.deprecate)
        self.release = streamed(resource.release)
        self.list = streamed(resource.list)


class AsyncServicesApisResource:
    """`client.services.apis`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesApisResourceWithRawResponse:
        return AsyncServicesApisResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesApisResourceWithStreamingResponse:
        return AsyncServicesApisResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateServiceAPIRequest | CreateServiceAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{serviceId}/service-api` (operation `createServiceAPI`)

        Args:
            service_id (str):
            body (CreateServiceAPIRequest): Request body of CreateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import create_service_api as _service_api_api__create_service_api  # noqa: PLC0415

        kwargs = _service_api_api__create_service_api._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_api_api__create_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceAPI:
        """DescribeServiceAPI service-api-api

        `GET /2022-09-01-00/service/{serviceId}/service-api/{id}` (operation `describeServiceAPI`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceAPI

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import describe_service_api as _service_api_api__describe_service_api  # noqa: PLC0415

        kwargs = _service_api_api__describe_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceAPI",
            await self._client._call(
                kwargs,
                _service_api_api__describe_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteServiceAPI service-api-api

        `DELETE /2022-09-01-00/service/{serviceId}/service-api/{id}` (operation `deleteServiceAPI`)

        Args:
            service_id (str):
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

        from ..api.service_api_api import delete_service_api as _service_api_api__delete_service_api  # noqa: PLC0415

        kwargs = _service_api_api__delete_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api_api__delete_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateServiceAPIRequest | UpdateServiceAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateServiceAPI service-api-api

        `PATCH /2022-09-01-00/service/{serviceId}/service-api/{id}` (operation `updateServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceAPIRequest): Request body of UpdateServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import update_service_api as _service_api_api__update_service_api  # noqa: PLC0415

        kwargs = _service_api_api__update_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api_api__update_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> PendingChanges:
        """DescribePendingChanges service-api-api

        `GET /2022-09-01-00/service/{serviceId}/service-api/{id}/all-pending-changes` (operation `describePendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            PendingChanges

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import describe_pending_changes as _service_api_api__describe_pending_changes  # noqa: PLC0415

        kwargs = _service_api_api__describe_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "PendingChanges",
            await self._client._call(
                kwargs,
                _service_api_api__describe_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def discard_pending_changes(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DiscardPendingChanges service-api-api

        `DELETE /2022-09-01-00/service/{serviceId}/service-api/{id}/all-pending-changes` (operation `discardPendingChanges`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import discard_pending_changes as _service_api_api__discard_pending_changes  # noqa: PLC0415

        kwargs = _service_api_api__discard_pending_changes._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api_api__discard_pending_changes._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeprecateServiceAPI service-api-api

        `POST /2022-09-01-00/service/{serviceId}/service-api/{id}/deprecate` (operation `deprecateServiceAPI`)

        Args:
            service_id (str):
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

        from ..api.service_api_api import deprecate_service_api as _service_api_api__deprecate_service_api  # noqa: PLC0415

        kwargs = _service_api_api__deprecate_service_api._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api_api__deprecate_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def release(
        self,
        service_id: str,
        id: str,
        *,
        body: ReleaseServiceAPIRequest | ReleaseServiceAPIRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ReleaseServiceAPI service-api-api

        `POST /2022-09-01-00/service/{serviceId}/service-api/{id}/release` (operation `releaseServiceAPI`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseServiceAPIRequest): Request body of ReleaseServiceAPI
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import release_service_api as _service_api_api__release_service_api  # noqa: PLC0415

        kwargs = _service_api_api__release_service_api._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_api_api__release_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        service_id: str,
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceAPIsResult:
        """ListServiceAPI service-api-api

        `GET /2022-09-01-00/service/{serviceId}/serviceenvironment/{serviceEnvironmentId}/service-api` (operation `listServiceAPI`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceAPIsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_api_api import list_service_api as _service_api_api__list_service_api  # noqa: PLC0415

        kwargs = _service_api_api__list_service_api._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListServiceAPIsResult",
            await self._client._call(
                kwargs,
                _service_api_api__list_service_api._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesApisResourceWithRawResponse:
    """`client.with_raw_response.services.apis`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesApisResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.describe_pending_changes = async_raw(resource.describe_pending_changes)
        self.discard_pending_changes = async_raw(resource.discard_pending_changes)
        self.deprecate = async_raw(resource.deprecate)
        self.release = async_raw(resource.release)
        self.list = async_raw(resource.list)


class AsyncServicesApisResourceWithStreamingResponse:
    """`client.with_streaming_response.services.apis`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesApisResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.describe_pending_changes = async_streamed(resource.describe_pending_changes)
        self.discard_pending_changes = async_streamed(resource.discard_pending_changes)
        self.deprecate = async_streamed(resource.deprecate)
        self.release = async_streamed(resource.release)
        self.list = async_streamed(resource.list)
