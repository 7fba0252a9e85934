"""`client.services.input_parameters` (generated from the spec; see api.md)."""

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

    from ..models.create_input_parameter_request import CreateInputParameterRequest, CreateInputParameterRequestDict
    from ..models.input_parameter import InputParameter
    from ..models.list_input_parameters_result import ListInputParametersResult
    from ..models.update_input_parameter_request import UpdateInputParameterRequest, UpdateInputParameterRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesInputParametersResource",
    "AsyncServicesInputParametersResourceWithRawResponse",
    "AsyncServicesInputParametersResourceWithStreamingResponse",
    "ServicesInputParametersResource",
    "ServicesInputParametersResourceWithRawResponse",
    "ServicesInputParametersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesInputParametersResource:
    """`client.services.input_parameters`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesInputParametersResourceWithRawResponse:
        return ServicesInputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesInputParametersResourceWithStreamingResponse:
        return ServicesInputParametersResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateInputParameterRequest | CreateInputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInputParameter input-parameter-api

        `POST /2022-09-01-00/service/{serviceId}/input-parameter` (operation `createInputParameter`)

        Args:
            service_id (str):
            body (CreateInputParameterRequest): Request body of CreateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import create_input_parameter as _input_parameter_api__create_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__create_input_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _input_parameter_api__create_input_parameter._parse_response,
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
    ) -> InputParameter:
        """DescribeInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/input-parameter/{id}` (operation `describeInputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            InputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import describe_input_parameter as _input_parameter_api__describe_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__describe_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "InputParameter",
            self._client._call(
                kwargs,
                _input_parameter_api__describe_input_parameter._parse_response,
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
        """DeleteInputParameter input-parameter-api

        `DELETE /2022-09-01-00/service/{serviceId}/input-parameter/{id}` (operation `deleteInputParameter`)

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

        from ..api.input_parameter_api import delete_input_parameter as _input_parameter_api__delete_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__delete_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _input_parameter_api__delete_input_parameter._parse_response,
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
        body: UpdateInputParameterRequest | UpdateInputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateInputParameter input-parameter-api

        `PATCH /2022-09-01-00/service/{serviceId}/input-parameter/{id}` (operation `updateInputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInputParameterRequest): Request body of UpdateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import update_input_parameter as _input_parameter_api__update_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__update_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _input_parameter_api__update_input_parameter._parse_response,
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
    ) -> ListInputParametersResult:
        """ListInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{resourceId}/input-parameter` (operation `listInputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import list_input_parameter as _input_parameter_api__list_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__list_input_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListInputParametersResult",
            self._client._call(
                kwargs,
                _input_parameter_api__list_input_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesInputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.input_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list = raw(resource.list)


class ServicesInputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.input_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list = streamed(resource.list)


class AsyncServicesInputParametersResource:
    """`client.services.input_parameters`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesInputParametersResourceWithRawResponse:
        return AsyncServicesInputParametersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesInputParametersResourceWithStreamingResponse:
        return AsyncServicesInputParametersResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateInputParameterRequest | CreateInputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateInputParameter input-parameter-api

        `POST /2022-09-01-00/service/{serviceId}/input-parameter` (operation `createInputParameter`)

        Args:
            service_id (str):
            body (CreateInputParameterRequest): Request body of CreateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import create_input_parameter as _input_parameter_api__create_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__create_input_parameter._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _input_parameter_api__create_input_parameter._parse_response,
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
    ) -> InputParameter:
        """DescribeInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/input-parameter/{id}` (operation `describeInputParameter`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            InputParameter

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import describe_input_parameter as _input_parameter_api__describe_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__describe_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "InputParameter",
            await self._client._call(
                kwargs,
                _input_parameter_api__describe_input_parameter._parse_response,
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
        """DeleteInputParameter input-parameter-api

        `DELETE /2022-09-01-00/service/{serviceId}/input-parameter/{id}` (operation `deleteInputParameter`)

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

        from ..api.input_parameter_api import delete_input_parameter as _input_parameter_api__delete_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__delete_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _input_parameter_api__delete_input_parameter._parse_response,
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
        body: UpdateInputParameterRequest | UpdateInputParameterRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateInputParameter input-parameter-api

        `PATCH /2022-09-01-00/service/{serviceId}/input-parameter/{id}` (operation `updateInputParameter`)

        Args:
            service_id (str):
            id (str):
            body (UpdateInputParameterRequest): Request body of UpdateInputParameter
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import update_input_parameter as _input_parameter_api__update_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__update_input_parameter._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _input_parameter_api__update_input_parameter._parse_response,
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
    ) -> ListInputParametersResult:
        """ListInputParameter input-parameter-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{resourceId}/input-parameter` (operation `listInputParameter`)

        Args:
            service_id (str):
            resource_id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListInputParametersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.input_parameter_api import list_input_parameter as _input_parameter_api__list_input_parameter  # noqa: PLC0415

        kwargs = _input_parameter_api__list_input_parameter._get_kwargs(
            service_id=service_id,
            resource_id=resource_id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListInputParametersResult",
            await self._client._call(
                kwargs,
                _input_parameter_api__list_input_parameter._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesInputParametersResourceWithRawResponse:
    """`client.with_raw_response.services.input_parameters`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list = async_raw(resource.list)


class AsyncServicesInputParametersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.input_parameters`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesInputParametersResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list = async_streamed(resource.list)
