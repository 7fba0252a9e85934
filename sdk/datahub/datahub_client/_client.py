"""The DataHub clients: `DataHub` and `AsyncDataHub`, with every operation of the API as
`client.<resource>.<method>(...)` (listed in api.md).

Resources load when first used, so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime.calls import DEFAULT, UseClientDefault
from ._runtime.client import AsyncApiClient, ClientSettings, SyncApiClient, Timeout
from ._runtime.retry import Retry
from .client import Client as _FunctionalClient

if TYPE_CHECKING:
    from .resources.tenants import (
        AsyncTenantsResource,
        AsyncTenantsResourceWithRawResponse,
        AsyncTenantsResourceWithStreamingResponse,
        TenantsResource,
        TenantsResourceWithRawResponse,
        TenantsResourceWithStreamingResponse,
    )

__all__ = ["AsyncDataHub", "DataHub"]

_SETTINGS = ClientSettings(
    name="DataHub",
    distribution="datahub-client",
    version="2.0.21",
    env_prefix="DATAHUB",
    default_base_url=None,
    base_url_hint="realm_url(keycloak_url, realm), e.g. https://keycloak.example.com/realms/udh/data-hub",
)
# Operation modules' `_parse_response` reads one flag of the functional client; this one says "no".
_PARSE_CLIENT = _FunctionalClient(base_url="")


class DataHub(SyncApiClient):
    """The DataHub API.

    Args:
        base_url: Where the API is; default: `DATAHUB_BASE_URL`.
        token: The bearer token; default: `DATAHUB_TOKEN`.
        timeout: Seconds (or an `httpx.Timeout`) for each request; default 60 s, 5 s to connect;
            None waits forever.
        retries: Retries of connection errors, 408, 429 and 5xx: a count, a `Retry`, or None; default 2.
        headers: Headers sent with every request.
        http_client: Your own `httpx.Client`, used as it is.

    Use it in a `with` block, or call `client.close()` when done.
    """

    settings = _SETTINGS
    parse_client = _PARSE_CLIENT

    @cached_property
    def tenants(self) -> TenantsResource:
        from .resources.tenants import TenantsResource

        return TenantsResource(self)

    @cached_property
    def with_raw_response(self) -> DataHubWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return DataHubWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DataHubWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return DataHubWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> DataHub:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: DataHub = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class DataHubWithRawResponse:
    def __init__(self, client: DataHub) -> None:
        self._client = client

    @cached_property
    def tenants(self) -> TenantsResourceWithRawResponse:
        from .resources.tenants import TenantsResourceWithRawResponse

        return TenantsResourceWithRawResponse(self._client.tenants)


class DataHubWithStreamingResponse:
    def __init__(self, client: DataHub) -> None:
        self._client = client

    @cached_property
    def tenants(self) -> TenantsResourceWithStreamingResponse:
        from .resources.tenants import TenantsResourceWithStreamingResponse

        return TenantsResourceWithStreamingResponse(self._client.tenants)


class AsyncDataHub(AsyncApiClient):
    """The DataHub API, asynchronously.

    Args:
        base_url: Where the API is; default: `DATAHUB_BASE_URL`.
        token: The bearer token; default: `DATAHUB_TOKEN`.
        timeout: Seconds (or an `httpx.Timeout`) for each request; default 60 s, 5 s to connect;
            None waits forever.
        retries: Retries of connection errors, 408, 429 and 5xx: a count, a `Retry`, or None; default 2.
        headers: Headers sent with every request.
        http_client: Your own `httpx.AsyncClient`, used as it is.

    Use it in an `async with` block, or call `await client.aclose()` when done.
    """

    settings = _SETTINGS
    parse_client = _PARSE_CLIENT

    @cached_property
    def tenants(self) -> AsyncTenantsResource:
        from .resources.tenants import AsyncTenantsResource

        return AsyncTenantsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncDataHubWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return AsyncDataHubWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDataHubWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return AsyncDataHubWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncDataHub:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: AsyncDataHub = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class AsyncDataHubWithRawResponse:
    def __init__(self, client: AsyncDataHub) -> None:
        self._client = client

    @cached_property
    def tenants(self) -> AsyncTenantsResourceWithRawResponse:
        from .resources.tenants import AsyncTenantsResourceWithRawResponse

        return AsyncTenantsResourceWithRawResponse(self._client.tenants)


class AsyncDataHubWithStreamingResponse:
    def __init__(self, client: AsyncDataHub) -> None:
        self._client = client

    @cached_property
    def tenants(self) -> AsyncTenantsResourceWithStreamingResponse:
        from .resources.tenants import AsyncTenantsResourceWithStreamingResponse

        return AsyncTenantsResourceWithStreamingResponse(self._client.tenants)
