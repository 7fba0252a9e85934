"""`client.services.output_parameters` (generated from the spec; see api.md)."""

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

    from ..models.create_output_parameter_request import CreateOutputParameterRequest, CreateOutputParameterRequestDict
    from ..models.list_output_parameters_result import ListOutputParametersResult
    from ..models.output_parameter import OutputParameter
    from ..models.update_output_parameter_request import UpdateOutputParameterRequest, UpdateOutputParameterRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesOutputParametersResource",
    "AsyncServicesOutputParametersResourceWithRawResponse",
    "AsyncServicesOutputParametersResourceWithStreamingResponse",
    "ServicesOutputParametersResource",
    "ServicesOutputParametersResourceWithRawResponse",
    "ServicesOutputParametersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesOutputParametersResource:
    """`client.services.output_parameters`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesOutputParametersResourceWithRawResponse:
        return ServicesOutputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesOutputParametersResourceWithStreamingResponse:
        return ServicesOutputParametersResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateOutputParameterRequest | CreateOutputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateOutputParameter output-parameter-api

        `POST /2022-09-01-00/service/{serviceId}/output-parameter` (operation `createOutputParameter`)

        Args:
            service_id (str):
            body (CreateOutputParameterRequest): Request body of CreateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import create_output_parameter as _output_parameter_api__create_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__create_output_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _output_parameter_api__create_output_parameter._parse_response,
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
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OutputParameter:
        """DescribeOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/output-parameter/{id}` (operation `describeOutputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OutputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import (
            describe_output_parameter as _output_parameter_api__describe_output_parameter,  # noqa: PLC0415
        )

        kwargs = _output_parameter_api__describe_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "OutputParameter",
            self._client._call(
                kwargs,
                _output_parameter_api__describe_output_parameter._parse_response,
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
        """DeleteOutputParameter output-parameter-api

        `DELETE /2022-09-01-00/service/{serviceId}/output-parameter/{id}` (operation `deleteOutputParameter`)

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

        from ..api.output_parameter_api import delete_output_parameter as _output_parameter_api__delete_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__delete_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _output_parameter_api__delete_output_parameter._parse_response,
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
        body: UpdateOutputParameterRequest | UpdateOutputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateOutputParameter output-parameter-api

        `PATCH /2022-09-01-00/service/{serviceId}/output-parameter/{id}` (operation `updateOutputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateOutputParameterRequest): Request body of UpdateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import update_output_parameter as _output_parameter_api__update_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__update_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _output_parameter_api__update_output_parameter._parse_response,
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
        resource_id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListOutputParametersResult:
        """ListOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{resourceId}/output-parameter` (operation `listOutputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListOutputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import list_output_parameter as _output_parameter_api__list_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__list_output_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListOutputParametersResult",
            self._client._call(
                kwargs,
                _output_parameter_api__list_output_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesOutputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.output_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list = raw(resource.list)


class ServicesOutputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.output_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list = streamed(resource.list)


class AsyncServicesOutputParametersResource:
    """`client.services.output_parameters`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesOutputParametersResourceWithRawResponse:
        return AsyncServicesOutputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesOutputParametersResourceWithStreamingResponse:
        return AsyncServicesOutputParametersResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateOutputParameterRequest | CreateOutputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateOutputParameter output-parameter-api

        `POST /2022-09-01-00/service/{serviceId}/output-parameter` (operation `createOutputParameter`)

        Args:
            service_id (str):
            body (CreateOutputParameterRequest): Request body of CreateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import create_output_parameter as _output_parameter_api__create_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__create_output_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _output_parameter_api__create_output_parameter._parse_response,
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
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OutputParameter:
        """DescribeOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/output-parameter/{id}` (operation `describeOutputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OutputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import (
            describe_output_parameter as _output_parameter_api__describe_output_parameter,  # noqa: PLC0415
        )

        kwargs = _output_parameter_api__describe_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "OutputParameter",
            await self._client._call(
                kwargs,
                _output_parameter_api__describe_output_parameter._parse_response,
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
        """DeleteOutputParameter output-parameter-api

        `DELETE /2022-09-01-00/service/{serviceId}/output-parameter/{id}` (operation `deleteOutputParameter`)

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

        from ..api.output_parameter_api import delete_output_parameter as _output_parameter_api__delete_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__delete_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _output_parameter_api__delete_output_parameter._parse_response,
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
        body: UpdateOutputParameterRequest | UpdateOutputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateOutputParameter output-parameter-api

        `PATCH /2022-09-01-00/service/{serviceId}/output-parameter/{id}` (operation `updateOutputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateOutputParameterRequest): Request body of UpdateOutputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import update_output_parameter as _output_parameter_api__update_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__update_output_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _output_parameter_api__update_output_parameter._parse_response,
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
        resource_id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListOutputParametersResult:
        """ListOutputParameter output-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{resourceId}/output-parameter` (operation `listOutputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListOutputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.output_parameter_api import list_output_parameter as _output_parameter_api__list_output_parameter  # noqa: PLC0415

        kwargs = _output_parameter_api__list_output_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListOutputParametersResult",
            await self._client._call(
                kwargs,
                _output_parameter_api__list_output_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesOutputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.output_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list = async_raw(resource.list)


class AsyncServicesOutputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.output_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesOutputParametersResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list = async_streamed(resource.list)
