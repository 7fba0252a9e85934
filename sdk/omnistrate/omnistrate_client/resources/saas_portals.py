"""`client.saas_portals` (generated from the spec; see api.md)."""

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

    from ..models.create_saa_s_portal_custom_domain_request import (
        CreateSaaSPortalCustomDomainRequest,
        CreateSaaSPortalCustomDomainRequestDict,
    )
    from ..models.list_saa_s_portal_custom_domains_result import ListSaaSPortalCustomDomainsResult
    from ..models.list_saa_s_portals_result import ListSaaSPortalsResult
    from ..models.update_saa_s_portal_custom_domain_request import (
        UpdateSaaSPortalCustomDomainRequest,
        UpdateSaaSPortalCustomDomainRequestDict,
    )
    from ..models.update_saa_s_portal_request import UpdateSaaSPortalRequest, UpdateSaaSPortalRequestDict

    pass

__all__ = [
    "AsyncSaasPortalsResource",
    "AsyncSaasPortalsResourceWithRawResponse",
    "AsyncSaasPortalsResourceWithStreamingResponse",
    "SaasPortalsResource",
    "SaasPortalsResourceWithRawResponse",
    "SaasPortalsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class SaasPortalsResource:
    """`client.saas_portals`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SaasPortalsResourceWithRawResponse:
        return SaasPortalsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SaasPortalsResourceWithStreamingResponse:
        return SaasPortalsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSaaSPortalsResult:
        """ListSaaSPortals saas-portal-api

        `GET /2022-09-01-00/saas-portal` (operation `listSaaSPortals`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSaaSPortalsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import list_saa_s_portals as _saas_portal_api__list_saa_s_portals  # noqa: PLC0415

        kwargs = _saas_portal_api__list_saa_s_portals._get_kwargs()
        return cast(
            "ListSaaSPortalsResult",
            self._client._call(
                kwargs,
                _saas_portal_api__list_saa_s_portals._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_custom_domains(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSaaSPortalCustomDomainsResult:
        """ListSaaSPortalCustomDomains saas-portal-api

        `GET /2022-09-01-00/saas-portal-custom-domain` (operation `listSaaSPortalCustomDomains`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSaaSPortalCustomDomainsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            list_saa_s_portal_custom_domains as _saas_portal_api__list_saa_s_portal_custom_domains,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__list_saa_s_portal_custom_domains._get_kwargs()
        return cast(
            "ListSaaSPortalCustomDomainsResult",
            self._client._call(
                kwargs,
                _saas_portal_api__list_saa_s_portal_custom_domains._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create_custom_domain(
        self,
        *,
        body: CreateSaaSPortalCustomDomainRequest | CreateSaaSPortalCustomDomainRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CreateSaaSPortalCustomDomain saas-portal-api

        `POST /2022-09-01-00/saas-portal-custom-domain` (operation `createSaaSPortalCustomDomain`)

        Args:
            body (CreateSaaSPortalCustomDomainRequest): Request body of CreateSaaSPortalCustomDomain
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            create_saa_s_portal_custom_domain as _saas_portal_api__create_saa_s_portal_custom_domain,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__create_saa_s_portal_custom_domain._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _saas_portal_api__create_saa_s_portal_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_custom_domain(
        self,
        environment_type: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteSaaSPortalCustomDomain saas-portal-api

        `DELETE /2022-09-01-00/saas-portal-custom-domain/{environmentType}` (operation `deleteSaaSPortalCustomDomain`)

        Args:
            environment_type (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            delete_saa_s_portal_custom_domain as _saas_portal_api__delete_saa_s_portal_custom_domain,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__delete_saa_s_portal_custom_domain._get_kwargs(
            environment_type=environment_type,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _saas_portal_api__delete_saa_s_portal_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_custom_domain(
        self,
        environment_type: str,
        *,
        body: UpdateSaaSPortalCustomDomainRequest | UpdateSaaSPortalCustomDomainRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateSaaSPortalCustomDomain saas-portal-api

        `PATCH /2022-09-01-00/saas-portal-custom-domain/{environmentType}` (operation `updateSaaSPortalCustomDomain`)

        Args:
            environment_type (str):
            body (UpdateSaaSPortalCustomDomainRequest): Request body of UpdateSaaSPortalCustomDomain
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            update_saa_s_portal_custom_domain as _saas_portal_api__update_saa_s_portal_custom_domain,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__update_saa_s_portal_custom_domain._get_kwargs(
            environment_type=environment_type,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _saas_portal_api__update_saa_s_portal_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        environment_type: str,
        *,
        body: UpdateSaaSPortalRequest | UpdateSaaSPortalRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateSaaSPortal saas-portal-api

        `PATCH /2022-09-01-00/saas-portal/{environmentType}` (operation `updateSaaSPortal`)

        Args:
            environment_type (str):
            body (UpdateSaaSPortalRequest): Request body of UpdateSaaSPortal
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import update_saa_s_portal as _saas_portal_api__update_saa_s_portal  # noqa: PLC0415

        kwargs = _saas_portal_api__update_saa_s_portal._get_kwargs(
            environment_type=environment_type,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _saas_portal_api__update_saa_s_portal._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class SaasPortalsResourceWithRawResponse:
    """`client.with_raw_response.saas_portals`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SaasPortalsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.list_custom_domains = raw(resource.list_custom_domains)
        self.create_custom_domain = raw(resource.create_custom_domain)
        self.delete_custom_domain = raw(resource.delete_custom_domain)
        self.update_custom_domain = raw(resource.update_custom_domain)
        self.update = raw(resource.update)


class SaasPortalsResourceWithStreamingResponse:
    """`client.with_streaming_response.saas_portals`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SaasPortalsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.list_custom_domains = streamed(resource.list_custom_domains)
        self.create_custom_domain = streamed(resource.create_custom_domain)
        self.delete_custom_domain = streamed(resource.delete_custom_domain)
        self.update_custom_domain = streamed(resource.update_custom_domain)
        self.update = streamed(resource.update)


class AsyncSaasPortalsResource:
    """`client.saas_portals`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSaasPortalsResourceWithRawResponse:
        return AsyncSaasPortalsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSaasPortalsResourceWithStreamingResponse:
        return AsyncSaasPortalsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSaaSPortalsResult:
        """ListSaaSPortals saas-portal-api

        `GET /2022-09-01-00/saas-portal` (operation `listSaaSPortals`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSaaSPortalsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import list_saa_s_portals as _saas_portal_api__list_saa_s_portals  # noqa: PLC0415

        kwargs = _saas_portal_api__list_saa_s_portals._get_kwargs()
        return cast(
            "ListSaaSPortalsResult",
            await self._client._call(
                kwargs,
                _saas_portal_api__list_saa_s_portals._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_custom_domains(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListSaaSPortalCustomDomainsResult:
        """ListSaaSPortalCustomDomains saas-portal-api

        `GET /2022-09-01-00/saas-portal-custom-domain` (operation `listSaaSPortalCustomDomains`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListSaaSPortalCustomDomainsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            list_saa_s_portal_custom_domains as _saas_portal_api__list_saa_s_portal_custom_domains,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__list_saa_s_portal_custom_domains._get_kwargs()
        return cast(
            "ListSaaSPortalCustomDomainsResult",
            await self._client._call(
                kwargs,
                _saas_portal_api__list_saa_s_portal_custom_domains._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create_custom_domain(
        self,
        *,
        body: CreateSaaSPortalCustomDomainRequest | CreateSaaSPortalCustomDomainRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """CreateSaaSPortalCustomDomain saas-portal-api

        `POST /2022-09-01-00/saas-portal-custom-domain` (operation `createSaaSPortalCustomDomain`)

        Args:
            body (CreateSaaSPortalCustomDomainRequest): Request body of CreateSaaSPortalCustomDomain
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            create_saa_s_portal_custom_domain as _saas_portal_api__create_saa_s_portal_custom_domain,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__create_saa_s_portal_custom_domain._get_kwargs(
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _saas_portal_api__create_saa_s_portal_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_custom_domain(
        self,
        environment_type: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteSaaSPortalCustomDomain saas-portal-api

        `DELETE /2022-09-01-00/saas-portal-custom-domain/{environmentType}` (operation `deleteSaaSPortalCustomDomain`)

        Args:
            environment_type (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            delete_saa_s_portal_custom_domain as _saas_portal_api__delete_saa_s_portal_custom_domain,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__delete_saa_s_portal_custom_domain._get_kwargs(
            environment_type=environment_type,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _saas_portal_api__delete_saa_s_portal_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_custom_domain(
        self,
        environment_type: str,
        *,
        body: UpdateSaaSPortalCustomDomainRequest | UpdateSaaSPortalCustomDomainRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateSaaSPortalCustomDomain saas-portal-api

        `PATCH /2022-09-01-00/saas-portal-custom-domain/{environmentType}` (operation `updateSaaSPortalCustomDomain`)

        Args:
            environment_type (str):
            body (UpdateSaaSPortalCustomDomainRequest): Request body of UpdateSaaSPortalCustomDomain
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import (
            update_saa_s_portal_custom_domain as _saas_portal_api__update_saa_s_portal_custom_domain,  # noqa: PLC0415
        )

        kwargs = _saas_portal_api__update_saa_s_portal_custom_domain._get_kwargs(
            environment_type=environment_type,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _saas_portal_api__update_saa_s_portal_custom_domain._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        environment_type: str,
        *,
        body: UpdateSaaSPortalRequest | UpdateSaaSPortalRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateSaaSPortal saas-portal-api

        `PATCH /2022-09-01-00/saas-portal/{environmentType}` (operation `updateSaaSPortal`)

        Args:
            environment_type (str):
            body (UpdateSaaSPortalRequest): Request body of UpdateSaaSPortal
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.saas_portal_api import update_saa_s_portal as _saas_portal_api__update_saa_s_portal  # noqa: PLC0415

        kwargs = _saas_portal_api__update_saa_s_portal._get_kwargs(
            environment_type=environment_type,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _saas_portal_api__update_saa_s_portal._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncSaasPortalsResourceWithRawResponse:
    """`client.with_raw_response.saas_portals`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSaasPortalsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.list_custom_domains = async_raw(resource.list_custom_domains)
        self.create_custom_domain = async_raw(resource.create_custom_domain)
        self.delete_custom_domain = async_raw(resource.delete_custom_domain)
        self.update_custom_domain = async_raw(resource.update_custom_domain)
        self.update = async_raw(resource.update)


class AsyncSaasPortalsResourceWithStreamingResponse:
    """`client.with_streaming_response.saas_portals`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSaasPortalsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.list_custom_domains = async_streamed(resource.list_custom_domains)
        self.create_custom_domain = async_streamed(resource.create_custom_domain)
        self.delete_custom_domain = async_streamed(resource.delete_custom_domain)
        self.update_custom_domain = async_streamed(resource.update_custom_domain)
        self.update = async_streamed(resource.update)
