"""`client.services.vunits` (generated from the spec; see api.md)."""

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

    from ..models.list_v_units_request import ListVUnitsRequest, ListVUnitsRequestDict
    from ..models.list_v_units_result import ListVUnitsResult
    from ..models.network import Network
    from ..models.v_unit import VUnit

    pass

__all__ = [
    "AsyncServicesVunitsResource",
    "AsyncServicesVunitsResourceWithRawResponse",
    "AsyncServicesVunitsResourceWithStreamingResponse",
    "ServicesVunitsResource",
    "ServicesVunitsResourceWithRawResponse",
    "ServicesVunitsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesVunitsResource:
    """`client.services.vunits`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesVunitsResourceWithRawResponse:
        return ServicesVunitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesVunitsResourceWithStreamingResponse:
        return ServicesVunitsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        body: ListVUnitsRequest | ListVUnitsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListVUnitsResult:
        """ListVUnits vunit-api

        `GET /2022-09-01-00/service/{serviceId}/model/{serviceModelId}/vunit` (operation `listVUnits`)

        Args:
            service_id (str):
            service_model_id (str):
            body (ListVUnitsRequest): Request body of ListVUnits
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListVUnitsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.vunit_api import list_v_units as _vunit_api__list_v_units  # noqa: PLC0415

        kwargs = _vunit_api__list_v_units._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
            body=body,
        )
        return cast(
            "ListVUnitsResult",
            self._client._call(
                kwargs,
                _vunit_api__list_v_units._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_network(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Network:
        """DescribeNetwork vunit-api

        `GET /2022-09-01-00/service/{serviceId}/network/{id}` (operation `describeNetwork`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Network

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.vunit_api import describe_network as _vunit_api__describe_network  # noqa: PLC0415

        kwargs = _vunit_api__describe_network._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Network",
            self._client._call(
                kwargs,
                _vunit_api__describe_network._parse_response,
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
    ) -> VUnit:
        """DescribeVUnit vunit-api

        `GET /2022-09-01-00/service/{serviceId}/vunit/{id}` (operation `describeVUnit`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            VUnit

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.vunit_api import describe_v_unit as _vunit_api__describe_v_unit  # noqa: PLC0415

        kwargs = _vunit_api__describe_v_unit._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "VUnit",
            self._client._call(
                kwargs,
                _vunit_api__describe_v_unit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesVunitsResourceWithRawResponse:
    """`client.with_raw_response.services.vunits`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesVunitsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.describe_network = raw(resource.describe_network)
        self.describe = raw(resource.describe)


class ServicesVunitsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.vunits`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesVunitsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.describe_network = streamed(resource.describe_network)
        self.describe = streamed(resource.describe)


class AsyncServicesVunitsResource:
    """`client.services.vunits`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesVunitsResourceWithRawResponse:
        return AsyncServicesVunitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesVunitsResourceWithStreamingResponse:
        return AsyncServicesVunitsResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        body: ListVUnitsRequest | ListVUnitsRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListVUnitsResult:
        """ListVUnits vunit-api

        `GET /2022-09-01-00/service/{serviceId}/model/{serviceModelId}/vunit` (operation `listVUnits`)

        Args:
            service_id (str):
            service_model_id (str):
            body (ListVUnitsRequest): Request body of ListVUnits
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListVUnitsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.vunit_api import list_v_units as _vunit_api__list_v_units  # noqa: PLC0415

        kwargs = _vunit_api__list_v_units._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
            body=body,
        )
        return cast(
            "ListVUnitsResult",
            await self._client._call(
                kwargs,
                _vunit_api__list_v_units._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_network(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Network:
        """DescribeNetwork vunit-api

        `GET /2022-09-01-00/service/{serviceId}/network/{id}` (operation `describeNetwork`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Network

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.vunit_api import describe_network as _vunit_api__describe_network  # noqa: PLC0415

        kwargs = _vunit_api__describe_network._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "Network",
            await self._client._call(
                kwargs,
                _vunit_api__describe_network._parse_response,
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
    ) -> VUnit:
        """DescribeVUnit vunit-api

        `GET /2022-09-01-00/service/{serviceId}/vunit/{id}` (operation `describeVUnit`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            VUnit

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.vunit_api import describe_v_unit as _vunit_api__describe_v_unit  # noqa: PLC0415

        kwargs = _vunit_api__describe_v_unit._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "VUnit",
            await self._client._call(
                kwargs,
                _vunit_api__describe_v_unit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesVunitsResourceWithRawResponse:
    """`client.with_raw_response.services.vunits`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesVunitsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.describe_network = async_raw(resource.describe_network)
        self.describe = async_raw(resource.describe)


class AsyncServicesVunitsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.vunits`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesVunitsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.describe_network = async_streamed(resource.describe_network)
        self.describe = async_streamed(resource.describe)
