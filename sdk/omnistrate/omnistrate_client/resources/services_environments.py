"""`client.services.environments` (generated from the spec; see api.md)."""

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

    from ..models.create_service_environment_request import (
        CreateServiceEnvironmentRequest,
        CreateServiceEnvironmentRequestDict,
    )
    from ..models.describe_service_environment_result import DescribeServiceEnvironmentResult
    from ..models.environment_promotion_status import EnvironmentPromotionStatus
    from ..models.list_service_environments_result import ListServiceEnvironmentsResult
    from ..models.update_service_environment_request import (
        UpdateServiceEnvironmentRequest,
        UpdateServiceEnvironmentRequestDict,
    )

    pass

__all__ = [
    "AsyncServicesEnvironmentsResource",
    "AsyncServicesEnvironmentsResourceWithRawResponse",
    "AsyncServicesEnvironmentsResourceWithStreamingResponse",
    "ServicesEnvironmentsResource",
    "ServicesEnvironmentsResourceWithRawResponse",
    "ServicesEnvironmentsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesEnvironmentsResource:
    """`client.services.environments`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesEnvironmentsResourceWithRawResponse:
        return ServicesEnvironmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesEnvironmentsResourceWithStreamingResponse:
        return ServicesEnvironmentsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceEnvironmentsResult:
        """ListServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{serviceId}/environment` (operation `listServiceEnvironment`)

        Args:
            service_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceEnvironmentsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            list_service_environment as _service_environment_api__list_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__list_service_environment._get_kwargs(
            service_id=service_id,
        )
        return cast(
            "ListServiceEnvironmentsResult",
            self._client._call(
                kwargs,
                _service_environment_api__list_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        service_id: str,
        *,
        body: CreateServiceEnvironmentRequest | CreateServiceEnvironmentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{serviceId}/environment` (operation `createServiceEnvironment`)

        Args:
            service_id (str):
            body (CreateServiceEnvironmentRequest): Request body of CreateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            create_service_environment as _service_environment_api__create_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__create_service_environment._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_environment_api__create_service_environment._parse_response,
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
    ) -> DescribeServiceEnvironmentResult:
        """DescribeServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{serviceId}/environment/{id}` (operation `describeServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeServiceEnvironmentResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            describe_service_environment as _service_environment_api__describe_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__describe_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "DescribeServiceEnvironmentResult",
            self._client._call(
                kwargs,
                _service_environment_api__describe_service_environment._parse_response,
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
        """DeleteServiceEnvironment service-environment-api

        `DELETE /2022-09-01-00/service/{serviceId}/environment/{id}` (operation `deleteServiceEnvironment`)

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

        from ..api.service_environment_api import (
            delete_service_environment as _service_environment_api__delete_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__delete_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_environment_api__delete_service_environment._parse_response,
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
        body: UpdateServiceEnvironmentRequest | UpdateServiceEnvironmentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateServiceEnvironment service-environment-api

        `PATCH /2022-09-01-00/service/{serviceId}/environment/{id}` (operation `updateServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceEnvironmentRequest): Request body of UpdateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            update_service_environment as _service_environment_api__update_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__update_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_environment_api__update_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def promote_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[EnvironmentPromotionStatus]:
        """PromoteServiceEnvironmentStatus service-environment-api

        `GET /2022-09-01-00/service/{serviceId}/environment/{id}/promote` (operation `promoteServiceEnvironmentStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[EnvironmentPromotionStatus]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            promote_service_environment_status as _service_environment_api__promote_service_environment_status,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__promote_service_environment_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "builtins.list[EnvironmentPromotionStatus]",
            self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def promote(
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
        """PromoteServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{serviceId}/environment/{id}/promote` (operation `promoteServiceEnvironment`)

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

        from ..api.service_environment_api import (
            promote_service_environment as _service_environment_api__promote_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__promote_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesEnvironmentsResourceWithRawResponse:
    """`client.with_raw_response.services.environments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.promote_status = raw(resource.promote_status)
        self.promote = raw(resource.promote)


class ServicesEnvironmentsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.environments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.promote_status = streamed(resource.promote_status)
        self.promote = streamed(resource.promote)


class AsyncServicesEnvironmentsResource:
    """`client.services.environments`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesEnvironmentsResourceWithRawResponse:
        return AsyncServicesEnvironmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesEnvironmentsResourceWithStreamingResponse:
        return AsyncServicesEnvironmentsResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceEnvironmentsResult:
        """ListServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{serviceId}/environment` (operation `listServiceEnvironment`)

        Args:
            service_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceEnvironmentsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            list_service_environment as _service_environment_api__list_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__list_service_environment._get_kwargs(
            service_id=service_id,
        )
        return cast(
            "ListServiceEnvironmentsResult",
            await self._client._call(
                kwargs,
                _service_environment_api__list_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        service_id: str,
        *,
        body: CreateServiceEnvironmentRequest | CreateServiceEnvironmentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{serviceId}/environment` (operation `createServiceEnvironment`)

        Args:
            service_id (str):
            body (CreateServiceEnvironmentRequest): Request body of CreateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            create_service_environment as _service_environment_api__create_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__create_service_environment._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_environment_api__create_service_environment._parse_response,
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
    ) -> DescribeServiceEnvironmentResult:
        """DescribeServiceEnvironment service-environment-api

        `GET /2022-09-01-00/service/{serviceId}/environment/{id}` (operation `describeServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DescribeServiceEnvironmentResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            describe_service_environment as _service_environment_api__describe_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__describe_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "DescribeServiceEnvironmentResult",
            await self._client._call(
                kwargs,
                _service_environment_api__describe_service_environment._parse_response,
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
        """DeleteServiceEnvironment service-environment-api

        `DELETE /2022-09-01-00/service/{serviceId}/environment/{id}` (operation `deleteServiceEnvironment`)

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

        from ..api.service_environment_api import (
            delete_service_environment as _service_environment_api__delete_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__delete_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_environment_api__delete_service_environment._parse_response,
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
        body: UpdateServiceEnvironmentRequest | UpdateServiceEnvironmentRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateServiceEnvironment service-environment-api

        `PATCH /2022-09-01-00/service/{serviceId}/environment/{id}` (operation `updateServiceEnvironment`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceEnvironmentRequest): Request body of UpdateServiceEnvironment
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            update_service_environment as _service_environment_api__update_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__update_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_environment_api__update_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def promote_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[EnvironmentPromotionStatus]:
        """PromoteServiceEnvironmentStatus service-environment-api

        `GET /2022-09-01-00/service/{serviceId}/environment/{id}/promote` (operation `promoteServiceEnvironmentStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[EnvironmentPromotionStatus]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_environment_api import (
            promote_service_environment_status as _service_environment_api__promote_service_environment_status,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__promote_service_environment_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "builtins.list[EnvironmentPromotionStatus]",
            await self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def promote(
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
        """PromoteServiceEnvironment service-environment-api

        `POST /2022-09-01-00/service/{serviceId}/environment/{id}/promote` (operation `promoteServiceEnvironment`)

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

        from ..api.service_environment_api import (
            promote_service_environment as _service_environment_api__promote_service_environment,  # noqa: PLC0415
        )

        kwargs = _service_environment_api__promote_service_environment._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_environment_api__promote_service_environment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesEnvironmentsResourceWithRawResponse:
    """`client.with_raw_response.services.environments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.promote_status = async_raw(resource.promote_status)
        self.promote = async_raw(resource.promote)


class AsyncServicesEnvironmentsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.environments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesEnvironmentsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.promote_status = async_streamed(resource.promote_status)
        self.promote = async_streamed(resource.promote)
