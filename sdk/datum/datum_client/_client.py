"""The Datum clients: `Datum` and `AsyncDatum`, with every operation of the API as
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
    from .resources.authentication import (
        AsyncAuthenticationResource,
        AsyncAuthenticationResourceWithRawResponse,
        AsyncAuthenticationResourceWithStreamingResponse,
        AuthenticationResource,
        AuthenticationResourceWithRawResponse,
        AuthenticationResourceWithStreamingResponse,
    )
    from .resources.discovery import (
        AsyncDiscoveryResource,
        AsyncDiscoveryResourceWithRawResponse,
        AsyncDiscoveryResourceWithStreamingResponse,
        DiscoveryResource,
        DiscoveryResourceWithRawResponse,
        DiscoveryResourceWithStreamingResponse,
    )
    from .resources.projects import (
        AsyncProjectsResource,
        AsyncProjectsResourceWithRawResponse,
        AsyncProjectsResourceWithStreamingResponse,
        ProjectsResource,
        ProjectsResourceWithRawResponse,
        ProjectsResourceWithStreamingResponse,
    )

__all__ = ["AsyncDatum", "Datum"]

_SETTINGS = ClientSettings(
    name="Datum",
    distribution="datum-client",
    version="0.1.0a0",
    env_prefix="DATUM",
    default_base_url=None,
    base_url_hint="organization_control_plane_url(organization_id) or project_control_plane_url(project_id)",
)
# Operation modules' `_parse_response` reads one flag of the functional client; this one says "no".
_PARSE_CLIENT = _FunctionalClient(base_url="")


class Datum(SyncApiClient):
    """The Datum API.

    Args:
        base_url: Where the API is; default: `DATUM_BASE_URL`.
        token: The bearer token; default: `DATUM_TOKEN`.
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
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def discovery(self) -> DiscoveryResource:
        from .resources.discovery import DiscoveryResource

        return DiscoveryResource(self)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        from .resources.authentication import AuthenticationResource

        return AuthenticationResource(self)

    @cached_property
    def with_raw_response(self) -> DatumWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return DatumWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DatumWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return DatumWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> Datum:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: Datum = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class DatumWithRawResponse:
    def __init__(self, client: Datum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> ProjectsResourceWithRawResponse:
        from .resources.projects import ProjectsResourceWithRawResponse

        return ProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def discovery(self) -> DiscoveryResourceWithRawResponse:
        from .resources.discovery import DiscoveryResourceWithRawResponse

        return DiscoveryResourceWithRawResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        from .resources.authentication import AuthenticationResourceWithRawResponse

        return AuthenticationResourceWithRawResponse(self._client.authentication)


class DatumWithStreamingResponse:
    def __init__(self, client: Datum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> ProjectsResourceWithStreamingResponse:
        from .resources.projects import ProjectsResourceWithStreamingResponse

        return ProjectsResourceWithStreamingResponse(self._client.projects)

    @cached_property
    def discovery(self) -> DiscoveryResourceWithStreamingResponse:
        from .resources.discovery import DiscoveryResourceWithStreamingResponse

        return DiscoveryResourceWithStreamingResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithStreamingResponse:
        from .resources.authentication import AuthenticationResourceWithStreamingResponse

        return AuthenticationResourceWithStreamingResponse(self._client.authentication)


class AsyncDatum(AsyncApiClient):
    """The Datum API, asynchronously.

    Args:
        base_url: Where the API is; default: `DATUM_BASE_URL`.
        token: The bearer token; default: `DATUM_TOKEN`.
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
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def discovery(self) -> AsyncDiscoveryResource:
        from .resources.discovery import AsyncDiscoveryResource

        return AsyncDiscoveryResource(self)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        from .resources.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncDatumWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return AsyncDatumWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDatumWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return AsyncDatumWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncDatum:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: AsyncDatum = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class AsyncDatumWithRawResponse:
    def __init__(self, client: AsyncDatum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        from .resources.projects import AsyncProjectsResourceWithRawResponse

        return AsyncProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def discovery(self) -> AsyncDiscoveryResourceWithRawResponse:
        from .resources.discovery import AsyncDiscoveryResourceWithRawResponse

        return AsyncDiscoveryResourceWithRawResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        from .resources.authentication import AsyncAuthenticationResourceWithRawResponse

        return AsyncAuthenticationResourceWithRawResponse(self._client.authentication)


class AsyncDatumWithStreamingResponse:
    def __init__(self, client: AsyncDatum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithStreamingResponse:
        from .resources.projects import AsyncProjectsResourceWithStreamingResponse

        return AsyncProjectsResourceWithStreamingResponse(self._client.projects)

    @cached_property
    def discovery(self) -> AsyncDiscoveryResourceWithStreamingResponse:
        from .resources.discovery import AsyncDiscoveryResourceWithStreamingResponse

        return AsyncDiscoveryResourceWithStreamingResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithStreamingResponse:
        from .resources.authentication import AsyncAuthenticationResourceWithStreamingResponse

        return AsyncAuthenticationResourceWithStreamingResponse(self._client.authentication)
