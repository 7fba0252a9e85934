"""`client.helm_packages` (generated from the spec; see api.md)."""

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

    from ..models.helm_package import HelmPackage
    from ..models.list_helm_packages_result import ListHelmPackagesResult
    from ..models.save_helm_package_request import SaveHelmPackageRequest, SaveHelmPackageRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncHelmPackagesResource",
    "AsyncHelmPackagesResourceWithRawResponse",
    "AsyncHelmPackagesResourceWithStreamingResponse",
    "HelmPackagesResource",
    "HelmPackagesResourceWithRawResponse",
    "HelmPackagesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class HelmPackagesResource:
    """`client.helm_packages`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HelmPackagesResourceWithRawResponse:
        return HelmPackagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> HelmPackagesResourceWithStreamingResponse:
        return HelmPackagesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        chart_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListHelmPackagesResult:
        """ListHelmPackages helm-package-api

        `GET /2022-09-01-00/helm-package` (operation `listHelmPackages`)

        Args:
            chart_name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListHelmPackagesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import list_helm_packages as _helm_package_api__list_helm_packages  # noqa: PLC0415

        kwargs = _helm_package_api__list_helm_packages._get_kwargs(
            chart_name=chart_name,
        )
        return cast(
            "ListHelmPackagesResult",
            self._client._call(
                kwargs,
                _helm_package_api__list_helm_packages._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def save(
        self,
        *,
        body: SaveHelmPackageRequest | SaveHelmPackageRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """SaveHelmPackage helm-package-api

        `PUT /2022-09-01-00/helm-package` (operation `saveHelmPackage`)

        Args:
            body (SaveHelmPackageRequest): Request body of SaveHelmPackage
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import save_helm_package as _helm_package_api__save_helm_package  # noqa: PLC0415

        kwargs = _helm_package_api__save_helm_package._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _helm_package_api__save_helm_package._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        chart_name: str,
        chart_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> HelmPackage:
        """DescribeHelmPackage helm-package-api

        `GET /2022-09-01-00/helm-package/{chartName}/{chartVersion}` (operation `describeHelmPackage`)

        Args:
            chart_name (str):
            chart_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            HelmPackage

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import describe_helm_package as _helm_package_api__describe_helm_package  # noqa: PLC0415

        kwargs = _helm_package_api__describe_helm_package._get_kwargs(
            chart_name=chart_name,
            chart_version=chart_version,
        )
        return cast(
            "HelmPackage",
            self._client._call(
                kwargs,
                _helm_package_api__describe_helm_package._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        chart_name: str,
        chart_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteHelmPackage helm-package-api

        `DELETE /2022-09-01-00/helm-package/{chartName}/{chartVersion}` (operation `deleteHelmPackage`)

        Args:
            chart_name (str):
            chart_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import delete_helm_package as _helm_package_api__delete_helm_package  # noqa: PLC0415

        kwargs = _helm_package_api__delete_helm_package._get_kwargs(
            chart_name=chart_name,
            chart_version=chart_version,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _helm_package_api__delete_helm_package._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class HelmPackagesResourceWithRawResponse:
    """`client.with_raw_response.helm_packages`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: HelmPackagesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.save = raw(resource.save)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)


class HelmPackagesResourceWithStreamingResponse:
    """`client.with_streaming_response.helm_packages`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: HelmPackagesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.save = streamed(resource.save)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)


class AsyncHelmPackagesResource:
    """`client.helm_packages`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHelmPackagesResourceWithRawResponse:
        return AsyncHelmPackagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncHelmPackagesResourceWithStreamingResponse:
        return AsyncHelmPackagesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        chart_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListHelmPackagesResult:
        """ListHelmPackages helm-package-api

        `GET /2022-09-01-00/helm-package` (operation `listHelmPackages`)

        Args:
            chart_name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListHelmPackagesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import list_helm_packages as _helm_package_api__list_helm_packages  # noqa: PLC0415

        kwargs = _helm_package_api__list_helm_packages._get_kwargs(
            chart_name=chart_name,
        )
        return cast(
            "ListHelmPackagesResult",
            await self._client._call(
                kwargs,
                _helm_package_api__list_helm_packages._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def save(
        self,
        *,
        body: SaveHelmPackageRequest | SaveHelmPackageRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """SaveHelmPackage helm-package-api

        `PUT /2022-09-01-00/helm-package` (operation `saveHelmPackage`)

        Args:
            body (SaveHelmPackageRequest): Request body of SaveHelmPackage
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import save_helm_package as _helm_package_api__save_helm_package  # noqa: PLC0415

        kwargs = _helm_package_api__save_helm_package._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _helm_package_api__save_helm_package._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        chart_name: str,
        chart_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> HelmPackage:
        """DescribeHelmPackage helm-package-api

        `GET /2022-09-01-00/helm-package/{chartName}/{chartVersion}` (operation `describeHelmPackage`)

        Args:
            chart_name (str):
            chart_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            HelmPackage

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import describe_helm_package as _helm_package_api__describe_helm_package  # noqa: PLC0415

        kwargs = _helm_package_api__describe_helm_package._get_kwargs(
            chart_name=chart_name,
            chart_version=chart_version,
        )
        return cast(
            "HelmPackage",
            await self._client._call(
                kwargs,
                _helm_package_api__describe_helm_package._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        chart_name: str,
        chart_version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteHelmPackage helm-package-api

        `DELETE /2022-09-01-00/helm-package/{chartName}/{chartVersion}` (operation `deleteHelmPackage`)

        Args:
            chart_name (str):
            chart_version (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.helm_package_api import delete_helm_package as _helm_package_api__delete_helm_package  # noqa: PLC0415

        kwargs = _helm_package_api__delete_helm_package._get_kwargs(
            chart_name=chart_name,
            chart_version=chart_version,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _helm_package_api__delete_helm_package._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncHelmPackagesResourceWithRawResponse:
    """`client.with_raw_response.helm_packages`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncHelmPackagesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.save = async_raw(resource.save)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)


class AsyncHelmPackagesResourceWithStreamingResponse:
    """`client.with_streaming_response.helm_packages`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncHelmPackagesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.save = async_streamed(resource.save)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
