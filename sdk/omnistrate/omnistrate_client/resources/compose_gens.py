"""`client.compose_gens` (generated from the spec; see api.md)."""

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

    from ..models.check_if_container_image_accessible_result import CheckIfContainerImageAccessibleResult
    from ..models.generate_compose_spec_from_container_image_request import (
        GenerateComposeSpecFromContainerImageRequest,
        GenerateComposeSpecFromContainerImageRequestDict,
    )
    from ..models.generate_compose_spec_from_container_image_result import GenerateComposeSpecFromContainerImageResult
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncComposeGensResource",
    "AsyncComposeGensResourceWithRawResponse",
    "AsyncComposeGensResourceWithStreamingResponse",
    "ComposeGensResource",
    "ComposeGensResourceWithRawResponse",
    "ComposeGensResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ComposeGensResource:
    """`client.compose_gens`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComposeGensResourceWithRawResponse:
        return ComposeGensResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ComposeGensResourceWithStreamingResponse:
        return ComposeGensResourceWithStreamingResponse(self)

    def check_if_container_image_accessible(
        self,
        *,
        image_registry: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        image: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CheckIfContainerImageAccessibleResult:
        """CheckIfContainerImageAccessible compose-gen-api

        `GET /2022-09-01-00/compose-gen/image` (operation `checkIfContainerImageAccessible`)

        Args:
            image_registry (str):
            username (str | Unset):
            password (str | Unset):
            image (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CheckIfContainerImageAccessibleResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compose_gen_api import (
            check_if_container_image_accessible as _compose_gen_api__check_if_container_image_accessible,  # noqa: PLC0415
        )

        kwargs = _compose_gen_api__check_if_container_image_accessible._get_kwargs(
            image_registry=image_registry,
            username=username,
            password=password,
            image=image,
        )
        return cast(
            "CheckIfContainerImageAccessibleResult",
            self._client._call(
                kwargs,
                _compose_gen_api__check_if_container_image_accessible._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def generate_compose_spec_from_container_image(
        self,
        *,
        body: GenerateComposeSpecFromContainerImageRequest | GenerateComposeSpecFromContainerImageRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GenerateComposeSpecFromContainerImageResult:
        """GenerateComposeSpecFromContainerImage compose-gen-api

        `POST /2022-09-01-00/compose-gen/image` (operation `generateComposeSpecFromContainerImage`)

        Args:
            body (GenerateComposeSpecFromContainerImageRequest): Request body of
                GenerateComposeSpecFromContainerImage
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GenerateComposeSpecFromContainerImageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compose_gen_api import (
            generate_compose_spec_from_container_image as _compose_gen_api__generate_compose_spec_from_container_image,  # noqa: PLC0415
        )

        kwargs = _compose_gen_api__generate_compose_spec_from_container_image._get_kwargs(
            body=body,
        )
        return cast(
            "GenerateComposeSpecFromContainerImageResult",
            self._client._call(
                kwargs,
                _compose_gen_api__generate_compose_spec_from_container_image._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ComposeGensResourceWithRawResponse:
    """`client.with_raw_response.compose_gens`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ComposeGensResource) -> None:
        self._resource = resource
        self.check_if_container_image_accessible = raw(resource.check_if_container_image_accessible)
        self.generate_compose_spec_from_container_image = raw(resource.generate_compose_spec_from_container_image)


class ComposeGensResourceWithStreamingResponse:
    """`client.with_streaming_response.compose_gens`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ComposeGensResource) -> None:
        self._resource = resource
        self.check_if_container_image_accessible = streamed(resource.check_if_container_image_accessible)
        self.generate_compose_spec_from_container_image = streamed(resource.generate_compose_spec_from_container_image)


class AsyncComposeGensResource:
    """`client.compose_gens`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComposeGensResourceWithRawResponse:
        return AsyncComposeGensResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncComposeGensResourceWithStreamingResponse:
        return AsyncComposeGensResourceWithStreamingResponse(self)

    async def check_if_container_image_accessible(
        self,
        *,
        image_registry: str,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        image: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CheckIfContainerImageAccessibleResult:
        """CheckIfContainerImageAccessible compose-gen-api

        `GET /2022-09-01-00/compose-gen/image` (operation `checkIfContainerImageAccessible`)

        Args:
            image_registry (str):
            username (str | Unset):
            password (str | Unset):
            image (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CheckIfContainerImageAccessibleResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compose_gen_api import (
            check_if_container_image_accessible as _compose_gen_api__check_if_container_image_accessible,  # noqa: PLC0415
        )

        kwargs = _compose_gen_api__check_if_container_image_accessible._get_kwargs(
            image_registry=image_registry,
            username=username,
            password=password,
            image=image,
        )
        return cast(
            "CheckIfContainerImageAccessibleResult",
            await self._client._call(
                kwargs,
                _compose_gen_api__check_if_container_image_accessible._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def generate_compose_spec_from_container_image(
        self,
        *,
        body: GenerateComposeSpecFromContainerImageRequest | GenerateComposeSpecFromContainerImageRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GenerateComposeSpecFromContainerImageResult:
        """GenerateComposeSpecFromContainerImage compose-gen-api

        `POST /2022-09-01-00/compose-gen/image` (operation `generateComposeSpecFromContainerImage`)

        Args:
            body (GenerateComposeSpecFromContainerImageRequest): Request body of
                GenerateComposeSpecFromContainerImage
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GenerateComposeSpecFromContainerImageResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.compose_gen_api import (
            generate_compose_spec_from_container_image as _compose_gen_api__generate_compose_spec_from_container_image,  # noqa: PLC0415
        )

        kwargs = _compose_gen_api__generate_compose_spec_from_container_image._get_kwargs(
            body=body,
        )
        return cast(
            "GenerateComposeSpecFromContainerImageResult",
            await self._client._call(
                kwargs,
                _compose_gen_api__generate_compose_spec_from_container_image._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncComposeGensResourceWithRawResponse:
    """`client.with_raw_response.compose_gens`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncComposeGensResource) -> None:
        self._resource = resource
        self.check_if_container_image_accessible = async_raw(resource.check_if_container_image_accessible)
        self.generate_compose_spec_from_container_image = async_raw(resource.generate_compose_spec_from_container_image)


class AsyncComposeGensResourceWithStreamingResponse:
    """`client.with_streaming_response.compose_gens`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncComposeGensResource) -> None:
        self._resource = resource
        self.check_if_container_image_accessible = async_streamed(resource.check_if_container_image_accessible)
        self.generate_compose_spec_from_container_image = async_streamed(
            resource.generate_compose_spec_from_container_image
        )
