"""`client.services.tier_version_sets` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime import pagination as _pages
from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.create_tier_version_set_request import CreateTierVersionSetRequest, CreateTierVersionSetRequestDict
    from ..models.create_tier_version_set_result import CreateTierVersionSetResult
    from ..models.diff_tier_version_sets_result import DiffTierVersionSetsResult
    from ..models.release_tier_version_set_request import ReleaseTierVersionSetRequest, ReleaseTierVersionSetRequestDict
    from ..models.tier_version_set import TierVersionSet
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesTierVersionSetsResource",
    "AsyncServicesTierVersionSetsResourceWithRawResponse",
    "AsyncServicesTierVersionSetsResourceWithStreamingResponse",
    "ServicesTierVersionSetsResource",
    "ServicesTierVersionSetsResourceWithRawResponse",
    "ServicesTierVersionSetsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesTierVersionSetsResource:
    """`client.services.tier_version_sets`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesTierVersionSetsResourceWithRawResponse:
        return ServicesTierVersionSetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesTierVersionSetsResourceWithStreamingResponse:
        return ServicesTierVersionSetsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        latest_major_version_only: bool | Unset = UNSET,
        latest_incremental_version_for_major_version: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[TierVersionSet]:
        """ListTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set` (operation `listTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            latest_major_version_only (bool | Unset):
            latest_incremental_version_for_major_version (str | Unset):
            next_page_token (str | Unset):
            page_size (int | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[TierVersionSet]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import list_tier_version_sets as _tier_version_set_api__list_tier_version_sets  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _tier_version_set_api__list_tier_version_sets._get_kwargs(
                service_id=service_id,
                product_tier_id=product_tier_id,
                latest_major_version_only=latest_major_version_only,
                latest_incremental_version_for_major_version=latest_incremental_version_for_major_version,
                next_page_token=next_page_token if page_token is None else page_token,
                page_size=page_size,
            )
            return self._client._call(
                kwargs,
                _tier_version_set_api__list_tier_version_sets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "tier_version_sets"),
            lambda page: _pages.token_at(page, ("next_page_token",)),
        )

    def create(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        body: CreateTierVersionSetRequest | CreateTierVersionSetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateTierVersionSetResult:
        """CreateTierVersionSet tier-version-set-api

        `POST /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set` (operation `createTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            body (CreateTierVersionSetRequest): Request body of CreateTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateTierVersionSetResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import create_tier_version_set as _tier_version_set_api__create_tier_version_set  # noqa: PLC0415

        kwargs = _tier_version_set_api__create_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            body=body,
        )
        return cast(
            "CreateTierVersionSetResult",
            self._client._call(
                kwargs,
                _tier_version_set_api__create_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DescribeTierVersionSet tier-version-set-api

        `GET /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}` (operation `describeTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            describe_tier_version_set as _tier_version_set_api__describe_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__describe_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__describe_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DeprecateTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/deprecate` (operation `deprecateTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            deprecate_tier_version_set as _tier_version_set_api__deprecate_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__deprecate_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__deprecate_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def diff(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        another_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DiffTierVersionSetsResult:
        """DiffTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/diff/{anotherVersion}` (operation `diffTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            another_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DiffTierVersionSetsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import diff_tier_version_sets as _tier_version_set_api__diff_tier_version_sets  # noqa: PLC0415

        kwargs = _tier_version_set_api__diff_tier_version_sets._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            another_version=another_version,
        )
        return cast(
            "DiffTierVersionSetsResult",
            self._client._call(
                kwargs,
                _tier_version_set_api__diff_tier_version_sets._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """PromoteTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/promote` (operation `promoteTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            promote_tier_version_set as _tier_version_set_api__promote_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__promote_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__promote_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        body: ReleaseTierVersionSetRequest | ReleaseTierVersionSetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """ReleaseTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/release` (operation `releaseTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            body (ReleaseTierVersionSetRequest): Request body of ReleaseTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            release_tier_version_set as _tier_version_set_api__release_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__release_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            body=body,
        )
        return cast(
            "TierVersionSet",
            self._client._call(
                kwargs,
                _tier_version_set_api__release_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesTierVersionSetsResourceWithRawResponse:
    """`client.with_raw_response.services.tier_version_sets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.deprecate = raw(resource.deprecate)
        self.diff = raw(resource.diff)
        self.promote = raw(resource.promote)
        self.release = raw(resource.release)


class ServicesTierVersionSetsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.tier_version_sets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.deprecate = streamed(resource.deprecate)
        self.diff = streamed(resource.diff)
        self.promote = streamed(resource.promote)
        self.release = streamed(resource.release)


class AsyncServicesTierVersionSetsResource:
    """`client.services.tier_version_sets`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesTierVersionSetsResourceWithRawResponse:
        return AsyncServicesTierVersionSetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesTierVersionSetsResourceWithStreamingResponse:
        return AsyncServicesTierVersionSetsResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        latest_major_version_only: bool | Unset = UNSET,
        latest_incremental_version_for_major_version: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[TierVersionSet]:
        """ListTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set` (operation `listTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            latest_major_version_only (bool | Unset):
            latest_incremental_version_for_major_version (str | Unset):
            next_page_token (str | Unset):
            page_size (int | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[TierVersionSet]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import list_tier_version_sets as _tier_version_set_api__list_tier_version_sets  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _tier_version_set_api__list_tier_version_sets._get_kwargs(
                service_id=service_id,
                product_tier_id=product_tier_id,
                latest_major_version_only=latest_major_version_only,
                latest_incremental_version_for_major_version=latest_incremental_version_for_major_version,
                next_page_token=next_page_token if page_token is None else page_token,
                page_size=page_size,
            )
            return await self._client._call(
                kwargs,
                _tier_version_set_api__list_tier_version_sets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "tier_version_sets"),
            lambda page: _pages.token_at(page, ("next_page_token",)),
        )

    async def create(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        body: CreateTierVersionSetRequest | CreateTierVersionSetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateTierVersionSetResult:
        """CreateTierVersionSet tier-version-set-api

        `POST /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set` (operation `createTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            body (CreateTierVersionSetRequest): Request body of CreateTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateTierVersionSetResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import create_tier_version_set as _tier_version_set_api__create_tier_version_set  # noqa: PLC0415

        kwargs = _tier_version_set_api__create_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            body=body,
        )
        return cast(
            "CreateTierVersionSetResult",
            await self._client._call(
                kwargs,
                _tier_version_set_api__create_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DescribeTierVersionSet tier-version-set-api

        `GET /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}` (operation `describeTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            describe_tier_version_set as _tier_version_set_api__describe_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__describe_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__describe_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """DeprecateTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/deprecate` (operation `deprecateTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            deprecate_tier_version_set as _tier_version_set_api__deprecate_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__deprecate_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__deprecate_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def diff(
        self,
        service_id: str,
        product_tier_id: str,
        version: str,
        another_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DiffTierVersionSetsResult:
        """DiffTierVersionSets tier-version-set-api

        `GET /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/diff/{anotherVersion}` (operation `diffTierVersionSets`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            another_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DiffTierVersionSetsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import diff_tier_version_sets as _tier_version_set_api__diff_tier_version_sets  # noqa: PLC0415

        kwargs = _tier_version_set_api__diff_tier_version_sets._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            another_version=another_version,
        )
        return cast(
            "DiffTierVersionSetsResult",
            await self._client._call(
                kwargs,
                _tier_version_set_api__diff_tier_version_sets._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """PromoteTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/promote` (operation `promoteTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            promote_tier_version_set as _tier_version_set_api__promote_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__promote_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__promote_tier_version_set._parse_response,
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
        product_tier_id: str,
        version: str,
        *,
        body: ReleaseTierVersionSetRequest | ReleaseTierVersionSetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> TierVersionSet:
        """ReleaseTierVersionSet tier-version-set-api

        `PATCH /2022-09-01-00/service/{serviceId}/productTier/{productTierId}/version-set/{version}/release` (operation `releaseTierVersionSet`)

        Args:
            service_id (str):
            product_tier_id (str):
            version (str):
            body (ReleaseTierVersionSetRequest): Request body of ReleaseTierVersionSet
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            TierVersionSet

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.tier_version_set_api import (
            release_tier_version_set as _tier_version_set_api__release_tier_version_set,  # noqa: PLC0415
        )

        kwargs = _tier_version_set_api__release_tier_version_set._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            version=version,
            body=body,
        )
        return cast(
            "TierVersionSet",
            await self._client._call(
                kwargs,
                _tier_version_set_api__release_tier_version_set._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesTierVersionSetsResourceWithRawResponse:
    """`client.with_raw_response.services.tier_version_sets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.deprecate = async_raw(resource.deprecate)
        self.diff = async_raw(resource.diff)
        self.promote = async_raw(resource.promote)
        self.release = async_raw(resource.release)


class AsyncServicesTierVersionSetsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.tier_version_sets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesTierVersionSetsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.deprecate = async_streamed(resource.deprecate)
        self.diff = async_streamed(resource.diff)
        self.promote = async_streamed(resource.promote)
        self.release = async_streamed(resource.release)
