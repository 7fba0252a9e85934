"""`client.services.product_tiers` (generated from the spec; see api.md)."""

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

    from ..models.copy_product_tier_request import CopyProductTierRequest, CopyProductTierRequestDict
    from ..models.create_product_tier_request import CreateProductTierRequest, CreateProductTierRequestDict
    from ..models.disable_product_tier_feature_request import (
        DisableProductTierFeatureRequest,
        DisableProductTierFeatureRequestDict,
    )
    from ..models.enable_product_tier_feature_request import (
        EnableProductTierFeatureRequest,
        EnableProductTierFeatureRequestDict,
    )
    from ..models.list_product_tiers_result import ListProductTiersResult
    from ..models.product_tier import ProductTier
    from ..models.update_product_tier_request import UpdateProductTierRequest, UpdateProductTierRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesProductTiersResource",
    "AsyncServicesProductTiersResourceWithRawResponse",
    "AsyncServicesProductTiersResourceWithStreamingResponse",
    "ServicesProductTiersResource",
    "ServicesProductTiersResourceWithRawResponse",
    "ServicesProductTiersResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesProductTiersResource:
    """`client.services.product_tiers`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesProductTiersResourceWithRawResponse:
        return ServicesProductTiersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesProductTiersResourceWithStreamingResponse:
        return ServicesProductTiersResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListProductTiersResult:
        """ListProductTier product-tier-api

        `GET /2022-09-01-00/service/{serviceId}/model/{serviceModelId}/product-tier` (operation `listProductTier`)

        Args:
            service_id (str):
            service_model_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListProductTiersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import list_product_tier as _product_tier_api__list_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__list_product_tier._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
        )
        return cast(
            "ListProductTiersResult",
            self._client._call(
                kwargs,
                _product_tier_api__list_product_tier._parse_response,
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
        body: CreateProductTierRequest | CreateProductTierRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateProductTier product-tier-api

        `POST /2022-09-01-00/service/{serviceId}/product-tier` (operation `createProductTier`)

        Args:
            service_id (str):
            body (CreateProductTierRequest): Request body of CreateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import create_product_tier as _product_tier_api__create_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__create_product_tier._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _product_tier_api__create_product_tier._parse_response,
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
        version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProductTier:
        """DescribeProductTier product-tier-api

        `GET /2022-09-01-00/service/{serviceId}/product-tier/{id}` (operation `describeProductTier`)

        Args:
            service_id (str):
            id (str):
            version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProductTier

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import describe_product_tier as _product_tier_api__describe_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__describe_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            version=version,
        )
        return cast(
            "ProductTier",
            self._client._call(
                kwargs,
                _product_tier_api__describe_product_tier._parse_response,
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
        """DeleteProductTier product-tier-api

        `DELETE /2022-09-01-00/service/{serviceId}/product-tier/{id}` (operation `deleteProductTier`)

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

        from ..api.product_tier_api import delete_product_tier as _product_tier_api__delete_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__delete_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _product_tier_api__delete_product_tier._parse_response,
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
        body: UpdateProductTierRequest | UpdateProductTierRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateProductTier product-tier-api

        `PATCH /2022-09-01-00/service/{serviceId}/product-tier/{id}` (operation `updateProductTier`)

        Args:
            service_id (str):
            id (str):
            body (UpdateProductTierRequest): Request body of UpdateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import update_product_tier as _product_tier_api__update_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__update_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _product_tier_api__update_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableProductTierFeatureRequest | EnableProductTierFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """EnableProductTierFeature product-tier-api

        `PUT /2022-09-01-00/service/{serviceId}/product-tier/{id}/feature` (operation `enableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableProductTierFeatureRequest): Request body of EnableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import enable_product_tier_feature as _product_tier_api__enable_product_tier_feature  # noqa: PLC0415

        kwargs = _product_tier_api__enable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _product_tier_api__enable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableProductTierFeatureRequest | DisableProductTierFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DisableProductTierFeature product-tier-api

        `DELETE /2022-09-01-00/service/{serviceId}/product-tier/{id}/feature` (operation `disableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableProductTierFeatureRequest): Request body of DisableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import (
            disable_product_tier_feature as _product_tier_api__disable_product_tier_feature,  # noqa: PLC0415
        )

        kwargs = _product_tier_api__disable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _product_tier_api__disable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyProductTierRequest | CopyProductTierRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyProductTier product-tier-api

        `POST /2022-09-01-00/service/{serviceId}/product-tier/copy/{sourceId}` (operation `copyProductTier`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyProductTierRequest): Request body of CopyProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import copy_product_tier as _product_tier_api__copy_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__copy_product_tier._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _product_tier_api__copy_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesProductTiersResourceWithRawResponse:
    """`client.with_raw_response.services.product_tiers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.enable_feature = raw(resource.enable_feature)
        self.disable_feature = raw(resource.disable_feature)
        self.copy = raw(resource.copy)


class ServicesProductTiersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.product_tiers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.enable_feature = streamed(resource.enable_feature)
        self.disable_feature = streamed(resource.disable_feature)
        self.copy = streamed(resource.copy)


class AsyncServicesProductTiersResource:
    """`client.services.product_tiers`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesProductTiersResourceWithRawResponse:
        return AsyncServicesProductTiersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesProductTiersResourceWithStreamingResponse:
        return AsyncServicesProductTiersResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        service_model_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListProductTiersResult:
        """ListProductTier product-tier-api

        `GET /2022-09-01-00/service/{serviceId}/model/{serviceModelId}/product-tier` (operation `listProductTier`)

        Args:
            service_id (str):
            service_model_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListProductTiersResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import list_product_tier as _product_tier_api__list_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__list_product_tier._get_kwargs(
            service_id=service_id,
            service_model_id=service_model_id,
        )
        return cast(
            "ListProductTiersResult",
            await self._client._call(
                kwargs,
                _product_tier_api__list_product_tier._parse_response,
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
        body: CreateProductTierRequest | CreateProductTierRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateProductTier product-tier-api

        `POST /2022-09-01-00/service/{serviceId}/product-tier` (operation `createProductTier`)

        Args:
            service_id (str):
            body (CreateProductTierRequest): Request body of CreateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import create_product_tier as _product_tier_api__create_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__create_product_tier._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _product_tier_api__create_product_tier._parse_response,
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
        version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ProductTier:
        """DescribeProductTier product-tier-api

        `GET /2022-09-01-00/service/{serviceId}/product-tier/{id}` (operation `describeProductTier`)

        Args:
            service_id (str):
            id (str):
            version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ProductTier

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import describe_product_tier as _product_tier_api__describe_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__describe_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            version=version,
        )
        return cast(
            "ProductTier",
            await self._client._call(
                kwargs,
                _product_tier_api__describe_product_tier._parse_response,
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
        """DeleteProductTier product-tier-api

        `DELETE /2022-09-01-00/service/{serviceId}/product-tier/{id}` (operation `deleteProductTier`)

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

        from ..api.product_tier_api import delete_product_tier as _product_tier_api__delete_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__delete_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _product_tier_api__delete_product_tier._parse_response,
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
        body: UpdateProductTierRequest | UpdateProductTierRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateProductTier product-tier-api

        `PATCH /2022-09-01-00/service/{serviceId}/product-tier/{id}` (operation `updateProductTier`)

        Args:
            service_id (str):
            id (str):
            body (UpdateProductTierRequest): Request body of UpdateProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import update_product_tier as _product_tier_api__update_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__update_product_tier._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _product_tier_api__update_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableProductTierFeatureRequest | EnableProductTierFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """EnableProductTierFeature product-tier-api

        `PUT /2022-09-01-00/service/{serviceId}/product-tier/{id}/feature` (operation `enableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableProductTierFeatureRequest): Request body of EnableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import enable_product_tier_feature as _product_tier_api__enable_product_tier_feature  # noqa: PLC0415

        kwargs = _product_tier_api__enable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _product_tier_api__enable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableProductTierFeatureRequest | DisableProductTierFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DisableProductTierFeature product-tier-api

        `DELETE /2022-09-01-00/service/{serviceId}/product-tier/{id}/feature` (operation `disableProductTierFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableProductTierFeatureRequest): Request body of DisableProductTierFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import (
            disable_product_tier_feature as _product_tier_api__disable_product_tier_feature,  # noqa: PLC0415
        )

        kwargs = _product_tier_api__disable_product_tier_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _product_tier_api__disable_product_tier_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyProductTierRequest | CopyProductTierRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyProductTier product-tier-api

        `POST /2022-09-01-00/service/{serviceId}/product-tier/copy/{sourceId}` (operation `copyProductTier`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyProductTierRequest): Request body of CopyProductTier
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.product_tier_api import copy_product_tier as _product_tier_api__copy_product_tier  # noqa: PLC0415

        kwargs = _product_tier_api__copy_product_tier._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _product_tier_api__copy_product_tier._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesProductTiersResourceWithRawResponse:
    """`client.with_raw_response.services.product_tiers`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.enable_feature = async_raw(resource.enable_feature)
        self.disable_feature = async_raw(resource.disable_feature)
        self.copy = async_raw(resource.copy)


class AsyncServicesProductTiersResourceWithStreamingResponse:
    """`client.with_streaming_response.services.product_tiers`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesProductTiersResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.enable_feature = async_streamed(resource.enable_feature)
        self.disable_feature = async_streamed(resource.disable_feature)
        self.copy = async_streamed(resource.copy)
