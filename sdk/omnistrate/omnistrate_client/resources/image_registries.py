"""`client.image_registries` (generated from the spec; see api.md)."""

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

    from ..models.create_image_registry_request import CreateImageRegistryRequest, CreateImageRegistryRequestDict
    from ..models.image_registry import ImageRegistry
    from ..models.list_image_registry_result import ListImageRegistryResult
    from ..models.update_image_registry_request import UpdateImageRegistryRequest, UpdateImageRegistryRequestDict

    pass

__all__ = [
    "AsyncImageRegistriesResource",
    "AsyncImageRegistriesResourceWithRawResponse",
    "AsyncImageRegistriesResourceWithStreamingResponse",
    "ImageRegistriesResource",
    "ImageRegistriesResourceWithRawResponse",
    "ImageRegistriesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ImageRegistriesResource:
    """`client.image_registries`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImageRegistriesResourceWithRawResponse:
        return ImageRegistriesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImageRegistriesResourceWithStreamingResponse:
        return ImageRegistriesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListImageRegistryResult:
        """ListImageRegistry image-registry-api

        `GET /2022-09-01-00/image-registry` (operation `listImageRegistry`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListImageRegistryResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import list_image_registry as _image_registry_api__list_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__list_image_registry._get_kwargs()
        return cast(
            "ListImageRegistryResult",
            self._client._call(
                kwargs,
                _image_registry_api__list_image_registry._parse_response,
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
        body: CreateImageRegistryRequest | CreateImageRegistryRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateImageRegistry image-registry-api

        `POST /2022-09-01-00/image-registry` (operation `createImageRegistry`)

        Args:
            body (CreateImageRegistryRequest): Request body of CreateImageRegistry
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import create_image_registry as _image_registry_api__create_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__create_image_registry._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _image_registry_api__create_image_registry._parse_response,
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
    ) -> ImageRegistry:
        """DescribeImageRegistry image-registry-api

        `GET /2022-09-01-00/image-registry/{id}` (operation `describeImageRegistry`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ImageRegistry

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import describe_image_registry as _image_registry_api__describe_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__describe_image_registry._get_kwargs(
            id=id,
        )
        return cast(
            "ImageRegistry",
            self._client._call(
                kwargs,
                _image_registry_api__describe_image_registry._parse_response,
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
        """DeleteImageRegistry image-registry-api

        `DELETE /2022-09-01-00/image-registry/{id}` (operation `deleteImageRegistry`)

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

        from ..api.image_registry_api import delete_image_registry as _image_registry_api__delete_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__delete_image_registry._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _image_registry_api__delete_image_registry._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateImageRegistryRequest | UpdateImageRegistryRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateImageRegistry image-registry-api

        `PATCH /2022-09-01-00/image-registry/{id}` (operation `updateImageRegistry`)

        Args:
            id (str):
            body (UpdateImageRegistryRequest): Request body of UpdateImageRegistry
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import update_image_registry as _image_registry_api__update_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__update_image_registry._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _image_registry_api__update_image_registry._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ImageRegistriesResourceWithRawResponse:
    """`client.with_raw_response.image_registries`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ImageRegistriesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class ImageRegistriesResourceWithStreamingResponse:
    """`client.with_streaming_response.image_registries`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ImageRegistriesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncImageRegistriesResource:
    """`client.image_registries`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImageRegistriesResourceWithRawResponse:
        return AsyncImageRegistriesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImageRegistriesResourceWithStreamingResponse:
        return AsyncImageRegistriesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListImageRegistryResult:
        """ListImageRegistry image-registry-api

        `GET /2022-09-01-00/image-registry` (operation `listImageRegistry`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListImageRegistryResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import list_image_registry as _image_registry_api__list_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__list_image_registry._get_kwargs()
        return cast(
            "ListImageRegistryResult",
            await self._client._call(
                kwargs,
                _image_registry_api__list_image_registry._parse_response,
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
        body: CreateImageRegistryRequest | CreateImageRegistryRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateImageRegistry image-registry-api

        `POST /2022-09-01-00/image-registry` (operation `createImageRegistry`)

        Args:
            body (CreateImageRegistryRequest): Request body of CreateImageRegistry
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import create_image_registry as _image_registry_api__create_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__create_image_registry._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _image_registry_api__create_image_registry._parse_response,
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
    ) -> ImageRegistry:
        """DescribeImageRegistry image-registry-api

        `GET /2022-09-01-00/image-registry/{id}` (operation `describeImageRegistry`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ImageRegistry

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import describe_image_registry as _image_registry_api__describe_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__describe_image_registry._get_kwargs(
            id=id,
        )
        return cast(
            "ImageRegistry",
            await self._client._call(
                kwargs,
                _image_registry_api__describe_image_registry._parse_response,
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
        """DeleteImageRegistry image-registry-api

        `DELETE /2022-09-01-00/image-registry/{id}` (operation `deleteImageRegistry`)

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

        from ..api.image_registry_api import delete_image_registry as _image_registry_api__delete_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__delete_image_registry._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _image_registry_api__delete_image_registry._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateImageRegistryRequest | UpdateImageRegistryRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateImageRegistry image-registry-api

        `PATCH /2022-09-01-00/image-registry/{id}` (operation `updateImageRegistry`)

        Args:
            id (str):
            body (UpdateImageRegistryRequest): Request body of UpdateImageRegistry
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_registry_api import update_image_registry as _image_registry_api__update_image_registry  # noqa: PLC0415

        kwargs = _image_registry_api__update_image_registry._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _image_registry_api__update_image_registry._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncImageRegistriesResourceWithRawResponse:
    """`client.with_raw_response.image_registries`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncImageRegistriesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncImageRegistriesResourceWithStreamingResponse:
    """`client.with_streaming_response.image_registries`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncImageRegistriesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
