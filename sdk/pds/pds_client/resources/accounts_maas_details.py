"""`client.accounts.maas_details` (generated from the spec; see api.md)."""

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

    from ..models.maas_details import MAASDetails

    pass

__all__ = [
    "AsyncAccountsMaasDetailsResource",
    "AsyncAccountsMaasDetailsResourceWithRawResponse",
    "AsyncAccountsMaasDetailsResourceWithStreamingResponse",
    "AccountsMaasDetailsResource",
    "AccountsMaasDetailsResourceWithRawResponse",
    "AccountsMaasDetailsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class AccountsMaasDetailsResource:
    """`client.accounts.maas_details`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountsMaasDetailsResourceWithRawResponse:
        return AccountsMaasDetailsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsMaasDetailsResourceWithStreamingResponse:
        return AccountsMaasDetailsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> MAASDetails:
        """Get MAAS details

        Returns MAAS details for desired account

        `GET /api/accounts/{id}/maas-details` (operation `getMaasDetails`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            MAASDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts_maas_details import get_maas_details as _accounts_maas_details__get_maas_details  # noqa: PLC0415

        kwargs = _accounts_maas_details__get_maas_details._get_kwargs(
            id=id,
        )
        return cast(
            "MAASDetails",
            self._client._call(
                kwargs,
                _accounts_maas_details__get_maas_details._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update MAAS details

        Updates MAAS details for desired account

        `PUT /api/accounts/{id}/maas-details` (operation `updateMaasDetails`)

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

        from ..api.accounts_maas_details import update_maas_details as _accounts_maas_details__update_maas_details  # noqa: PLC0415

        kwargs = _accounts_maas_details__update_maas_details._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _accounts_maas_details__update_maas_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AccountsMaasDetailsResourceWithRawResponse:
    """`client.with_raw_response.accounts.maas_details`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AccountsMaasDetailsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)


class AccountsMaasDetailsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts.maas_details`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AccountsMaasDetailsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)


class AsyncAccountsMaasDetailsResource:
    """`client.accounts.maas_details`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountsMaasDetailsResourceWithRawResponse:
        return AsyncAccountsMaasDetailsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsMaasDetailsResourceWithStreamingResponse:
        return AsyncAccountsMaasDetailsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> MAASDetails:
        """Get MAAS details

        Returns MAAS details for desired account

        `GET /api/accounts/{id}/maas-details` (operation `getMaasDetails`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            MAASDetails

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.accounts_maas_details import get_maas_details as _accounts_maas_details__get_maas_details  # noqa: PLC0415

        kwargs = _accounts_maas_details__get_maas_details._get_kwargs(
            id=id,
        )
        return cast(
            "MAASDetails",
            await self._client._call(
                kwargs,
                _accounts_maas_details__get_maas_details._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update MAAS details

        Updates MAAS details for desired account

        `PUT /api/accounts/{id}/maas-details` (operation `updateMaasDetails`)

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

        from ..api.accounts_maas_details import update_maas_details as _accounts_maas_details__update_maas_details  # noqa: PLC0415

        kwargs = _accounts_maas_details__update_maas_details._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _accounts_maas_details__update_maas_details._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncAccountsMaasDetailsResourceWithRawResponse:
    """`client.with_raw_response.accounts.maas_details`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncAccountsMaasDetailsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)


class AsyncAccountsMaasDetailsResourceWithStreamingResponse:
    """`client.with_streaming_response.accounts.maas_details`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncAccountsMaasDetailsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
