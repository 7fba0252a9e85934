"""`client.services_orchestrations` (generated from the spec; see api.md)."""

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

    from ..models.create_services_orchestration_request import (
        CreateServicesOrchestrationRequest,
        CreateServicesOrchestrationRequestDict,
    )
    from ..models.create_services_orchestration_result import CreateServicesOrchestrationResult
    from ..models.modify_services_orchestration_request import (
        ModifyServicesOrchestrationRequest,
        ModifyServicesOrchestrationRequestDict,
    )
    from ..models.services_orchestration import ServicesOrchestration

    pass

__all__ = [
    "AsyncServicesOrchestrationsResource",
    "AsyncServicesOrchestrationsResourceWithRawResponse",
    "AsyncServicesOrchestrationsResourceWithStreamingResponse",
    "ServicesOrchestrationsResource",
    "ServicesOrchestrationsResourceWithRawResponse",
    "ServicesOrchestrationsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesOrchestrationsResource:
    """`client.services_orchestrations`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesOrchestrationsResourceWithRawResponse:
        return ServicesOrchestrationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesOrchestrationsResourceWithStreamingResponse:
        return ServicesOrchestrationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[ServicesOrchestration]:
        """ListServicesOrchestrations services-orchestration-api

        `GET /2022-09-01-00/resource-instance/services-orchestration` (operation `listServicesOrchestrations`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[ServicesOrchestration]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            list_services_orchestrations as _services_orchestration_api__list_services_orchestrations,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__list_services_orchestrations._get_kwargs()
        return cast(
            "builtins.list[ServicesOrchestration]",
            self._client._call(
                kwargs,
                _services_orchestration_api__list_services_orchestrations._parse_response,
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
        body: CreateServicesOrchestrationRequest | CreateServicesOrchestrationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """CreateServicesOrchestration services-orchestration-api

        `POST /2022-09-01-00/resource-instance/services-orchestration` (operation `createServicesOrchestration`)

        Args:
            body (CreateServicesOrchestrationRequest): Request body of CreateServicesOrchestration
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            create_services_orchestration as _services_orchestration_api__create_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__create_services_orchestration._get_kwargs(
            body=body,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            self._client._call(
                kwargs,
                _services_orchestration_api__create_services_orchestration._parse_response,
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
    ) -> ServicesOrchestration:
        """DescribeServicesOrchestration services-orchestration-api

        `GET /2022-09-01-00/resource-instance/services-orchestration/{id}` (operation `describeServicesOrchestration`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServicesOrchestration

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            describe_services_orchestration as _services_orchestration_api__describe_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__describe_services_orchestration._get_kwargs(
            id=id,
        )
        return cast(
            "ServicesOrchestration",
            self._client._call(
                kwargs,
                _services_orchestration_api__describe_services_orchestration._parse_response,
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
        """DeleteServicesOrchestration services-orchestration-api

        `DELETE /2022-09-01-00/resource-instance/services-orchestration/{id}` (operation `deleteServicesOrchestration`)

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

        from ..api.services_orchestration_api import (
            delete_services_orchestration as _services_orchestration_api__delete_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__delete_services_orchestration._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _services_orchestration_api__delete_services_orchestration._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def modify(
        self,
        id: str,
        *,
        body: ModifyServicesOrchestrationRequest | ModifyServicesOrchestrationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ModifyServicesOrchestration services-orchestration-api

        `PATCH /2022-09-01-00/resource-instance/services-orchestration/{id}` (operation `modifyServicesOrchestration`)

        Args:
            id (str):
            body (ModifyServicesOrchestrationRequest): Request body of ModifyServicesOrchestration
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            modify_services_orchestration as _services_orchestration_api__modify_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__modify_services_orchestration._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _services_orchestration_api__modify_services_orchestration._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesOrchestrationsResourceWithRawResponse:
    """`client.with_raw_response.services_orchestrations`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesOrchestrationsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.modify = raw(resource.modify)


class ServicesOrchestrationsResourceWithStreamingResponse:
    """`client.with_streaming_response.services_orchestrations`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesOrchestrationsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.modify = streamed(resource.modify)


class AsyncServicesOrchestrationsResource:
    """`client.services_orchestrations`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesOrchestrationsResourceWithRawResponse:
        return AsyncServicesOrchestrationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesOrchestrationsResourceWithStreamingResponse:
        return AsyncServicesOrchestrationsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> builtins.list[ServicesOrchestration]:
        """ListServicesOrchestrations services-orchestration-api

        `GET /2022-09-01-00/resource-instance/services-orchestration` (operation `listServicesOrchestrations`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            builtins.list[ServicesOrchestration]

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            list_services_orchestrations as _services_orchestration_api__list_services_orchestrations,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__list_services_orchestrations._get_kwargs()
        return cast(
            "builtins.list[ServicesOrchestration]",
            await self._client._call(
                kwargs,
                _services_orchestration_api__list_services_orchestrations._parse_response,
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
        body: CreateServicesOrchestrationRequest | CreateServicesOrchestrationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """CreateServicesOrchestration services-orchestration-api

        `POST /2022-09-01-00/resource-instance/services-orchestration` (operation `createServicesOrchestration`)

        Args:
            body (CreateServicesOrchestrationRequest): Request body of CreateServicesOrchestration
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            create_services_orchestration as _services_orchestration_api__create_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__create_services_orchestration._get_kwargs(
            body=body,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            await self._client._call(
                kwargs,
                _services_orchestration_api__create_services_orchestration._parse_response,
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
    ) -> ServicesOrchestration:
        """DescribeServicesOrchestration services-orchestration-api

        `GET /2022-09-01-00/resource-instance/services-orchestration/{id}` (operation `describeServicesOrchestration`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServicesOrchestration

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            describe_services_orchestration as _services_orchestration_api__describe_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__describe_services_orchestration._get_kwargs(
            id=id,
        )
        return cast(
            "ServicesOrchestration",
            await self._client._call(
                kwargs,
                _services_orchestration_api__describe_services_orchestration._parse_response,
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
        """DeleteServicesOrchestration services-orchestration-api

        `DELETE /2022-09-01-00/resource-instance/services-orchestration/{id}` (operation `deleteServicesOrchestration`)

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

        from ..api.services_orchestration_api import (
            delete_services_orchestration as _services_orchestration_api__delete_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__delete_services_orchestration._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _services_orchestration_api__delete_services_orchestration._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def modify(
        self,
        id: str,
        *,
        body: ModifyServicesOrchestrationRequest | ModifyServicesOrchestrationRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ModifyServicesOrchestration services-orchestration-api

        `PATCH /2022-09-01-00/resource-instance/services-orchestration/{id}` (operation `modifyServicesOrchestration`)

        Args:
            id (str):
            body (ModifyServicesOrchestrationRequest): Request body of ModifyServicesOrchestration
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.services_orchestration_api import (
            modify_services_orchestration as _services_orchestration_api__modify_services_orchestration,  # noqa: PLC0415
        )

        kwargs = _services_orchestration_api__modify_services_orchestration._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _services_orchestration_api__modify_services_orchestration._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesOrchestrationsResourceWithRawResponse:
    """`client.with_raw_response.services_orchestrations`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesOrchestrationsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.modify = async_raw(resource.modify)


class AsyncServicesOrchestrationsResourceWithStreamingResponse:
    """`client.with_streaming_response.services_orchestrations`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesOrchestrationsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.modify = async_streamed(resource.modify)
