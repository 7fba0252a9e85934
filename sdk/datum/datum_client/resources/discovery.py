"""`client.discovery` (generated from the spec; see api.md)."""

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

    from ..models.open_api_discovery import OpenApiDiscovery
    from ..models.open_api_document import OpenApiDocument
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncDiscoveryResource",
    "AsyncDiscoveryResourceWithRawResponse",
    "AsyncDiscoveryResourceWithStreamingResponse",
    "DiscoveryResource",
    "DiscoveryResourceWithRawResponse",
    "DiscoveryResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DiscoveryResource:
    """`client.discovery`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DiscoveryResourceWithRawResponse:
        return DiscoveryResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DiscoveryResourceWithStreamingResponse:
        return DiscoveryResourceWithStreamingResponse(self)

    def list_open_api_documents(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OpenApiDiscovery:
        """List the OpenAPI documents of the control plane

        The API group versions this control plane serves, each with the server-relative URL of its
        OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
        characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
        host root.

        `GET /openapi/v3` (operation `listOpenApiDocuments`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OpenApiDiscovery

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.discovery import list_open_api_documents as _discovery__list_open_api_documents  # noqa: PLC0415

        kwargs = _discovery__list_open_api_documents._get_kwargs()
        return cast(
            "OpenApiDiscovery",
            self._client._call(
                kwargs,
                _discovery__list_open_api_documents._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_resource_manager_open_api_document(
        self,
        *,
        hash_: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OpenApiDocument:
        """Get the OpenAPI document of resourcemanager.datumapis.com/v1alpha

        The OpenAPI v3 document of the `resourcemanager.datumapis.com/v1alpha` group version. With the
        `hash` of the current document the answer may be cached forever (`Cache-Control: public,
        immutable`); with an outdated hash the server redirects (301) to the current URL.

        `GET /openapi/v3/apis/resourcemanager.datumapis.com/v1alpha` (operation `getResourceManagerOpenApiDocument`)

        Args:
            hash_ (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OpenApiDocument

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.discovery import (
            get_resource_manager_open_api_document as _discovery__get_resource_manager_open_api_document,  # noqa: PLC0415
        )

        kwargs = _discovery__get_resource_manager_open_api_document._get_kwargs(
            hash_=hash_,
        )
        return cast(
            "OpenApiDocument",
            self._client._call(
                kwargs,
                _discovery__get_resource_manager_open_api_document._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class DiscoveryResourceWithRawResponse:
    """`client.with_raw_response.discovery`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DiscoveryResource) -> None:
        self._resource = resource
        self.list_open_api_documents = raw(resource.list_open_api_documents)
        self.get_resource_manager_open_api_document = raw(resource.get_resource_manager_open_api_document)


class DiscoveryResourceWithStreamingResponse:
    """`client.with_streaming_response.discovery`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DiscoveryResource) -> None:
        self._resource = resource
        self.list_open_api_documents = streamed(resource.list_open_api_documents)
        self.get_resource_manager_open_api_document = streamed(resource.get_resource_manager_open_api_document)


class AsyncDiscoveryResource:
    """`client.discovery`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDiscoveryResourceWithRawResponse:
        return AsyncDiscoveryResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDiscoveryResourceWithStreamingResponse:
        return AsyncDiscoveryResourceWithStreamingResponse(self)

    async def list_open_api_documents(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OpenApiDiscovery:
        """List the OpenAPI documents of the control plane

        The API group versions this control plane serves, each with the server-relative URL of its
        OpenAPI v3 document. The URL carries the SHA-512 hash of the document (128 uppercase hex
        characters). Behind Datum's prefix, resolve the URL against the control-plane base URL, not the
        host root.

        `GET /openapi/v3` (operation `listOpenApiDocuments`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OpenApiDiscovery

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.discovery import list_open_api_documents as _discovery__list_open_api_documents  # noqa: PLC0415

        kwargs = _discovery__list_open_api_documents._get_kwargs()
        return cast(
            "OpenApiDiscovery",
            await self._client._call(
                kwargs,
                _discovery__list_open_api_documents._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_resource_manager_open_api_document(
        self,
        *,
        hash_: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> OpenApiDocument:
        """Get the OpenAPI document of resourcemanager.datumapis.com/v1alpha

        The OpenAPI v3 document of the `resourcemanager.datumapis.com/v1alpha` group version. With the
        `hash` of the current document the answer may be cached forever (`Cache-Control: public,
        immutable`); with an outdated hash the server redirects (301) to the current URL.

        `GET /openapi/v3/apis/resourcemanager.datumapis.com/v1alpha` (operation `getResourceManagerOpenApiDocument`)

        Args:
            hash_ (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            OpenApiDocument

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.discovery import (
            get_resource_manager_open_api_document as _discovery__get_resource_manager_open_api_document,  # noqa: PLC0415
        )

        kwargs = _discovery__get_resource_manager_open_api_document._get_kwargs(
            hash_=hash_,
        )
        return cast(
            "OpenApiDocument",
            await self._client._call(
                kwargs,
                _discovery__get_resource_manager_open_api_document._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncDiscoveryResourceWithRawResponse:
    """`client.with_raw_response.discovery`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDiscoveryResource) -> None:
        self._resource = resource
        self.list_open_api_documents = async_raw(resource.list_open_api_documents)
        self.get_resource_manager_open_api_document = async_raw(resource.get_resource_manager_open_api_document)


class AsyncDiscoveryResourceWithStreamingResponse:
    """`client.with_streaming_response.discovery`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDiscoveryResource) -> None:
        self._resource = resource
        self.list_open_api_documents = async_streamed(resource.list_open_api_documents)
        self.get_resource_manager_open_api_document = async_streamed(resource.get_resource_manager_open_api_document)
