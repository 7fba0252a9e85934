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
        AsyncAuthentication,
        AsyncAuthenticationWithRawResponse,
        AsyncAuthenticationWithStreamingResponse,
        Authentication,
        AuthenticationWithRawResponse,
        AuthenticationWithStreamingResponse,
    )
    from .resources.discovery import (
        AsyncDiscovery,
        AsyncDiscoveryWithRawResponse,
        AsyncDiscoveryWithStreamingResponse,
        Discovery,
        DiscoveryWithRawResponse,
        DiscoveryWithStreamingResponse,
    )
    from .resources.projects import (
        AsyncProjects,
        AsyncProjectsWithRawResponse,
        AsyncProjectsWithStreamingResponse,
        Projects,
        ProjectsWithRawResponse,
        ProjectsWithStreamingResponse,
    )

__all__ = ["AsyncDatum", "Datum"]

_SETTINGS = ClientSettings(
    name="Datum",
    distribution="datum-client",
    version="<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7fa6d0818750>",
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
    def projects(self) -> Projects:
        from .resources.projects import Projects

        return Projects(self)

    @cached_property
    def discovery(self) -> Discovery:
        from .resources.discovery import Discovery

        return Discovery(self)

    @cached_property
    def authentication(self) -> Authentication:
        from .resources.authentication import Authentication

        return Authentication(self)

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
    def projects(self) -> ProjectsWithRawResponse:
        from .resources.projects import ProjectsWithRawResponse

        return ProjectsWithRawResponse(self._client.projects)

    @cached_property
    def discovery(self) -> DiscoveryWithRawResponse:
        from .resources.discovery import DiscoveryWithRawResponse

        return DiscoveryWithRawResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AuthenticationWithRawResponse:
        from .resources.authentication import AuthenticationWithRawResponse

        return AuthenticationWithRawResponse(self._client.authentication)


class DatumWithStreamingResponse:
    def __init__(self, client: Datum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> ProjectsWithStreamingResponse:
        from .resources.projects import ProjectsWithStreamingResponse

        return ProjectsWithStreamingResponse(self._client.projects)

    @cached_property
    def discovery(self) -> DiscoveryWithStreamingResponse:
        from .resources.discovery import DiscoveryWithStreamingResponse

        return DiscoveryWithStreamingResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AuthenticationWithStreamingResponse:
        from .resources.authentication import AuthenticationWithStreamingResponse

        return AuthenticationWithStreamingResponse(self._client.authentication)


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
    def projects(self) -> AsyncProjects:
        from .resources.projects import AsyncProjects

        return AsyncProjects(self)

    @cached_property
    def discovery(self) -> AsyncDiscovery:
        from .resources.discovery import AsyncDiscovery

        return AsyncDiscovery(self)

    @cached_property
    def authentication(self) -> AsyncAuthentication:
        from .resources.authentication import AsyncAuthentication

        return AsyncAuthentication(self)

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
    def projects(self) -> AsyncProjectsWithRawResponse:
        from .resources.projects import AsyncProjectsWithRawResponse

        return AsyncProjectsWithRawResponse(self._client.projects)

    @cached_property
    def discovery(self) -> AsyncDiscoveryWithRawResponse:
        from .resources.discovery import AsyncDiscoveryWithRawResponse

        return AsyncDiscoveryWithRawResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AsyncAuthenticationWithRawResponse:
        from .resources.authentication import AsyncAuthenticationWithRawResponse

        return AsyncAuthenticationWithRawResponse(self._client.authentication)


class AsyncDatumWithStreamingResponse:
    def __init__(self, client: AsyncDatum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> AsyncProjectsWithStreamingResponse:
        from .resources.projects import AsyncProjectsWithStreamingResponse

        return AsyncProjectsWithStreamingResponse(self._client.projects)

    @cached_property
    def discovery(self) -> AsyncDiscoveryWithStreamingResponse:
        from .resources.discovery import AsyncDiscoveryWithStreamingResponse

        return AsyncDiscoveryWithStreamingResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AsyncAuthenticationWithStreamingResponse:
        from .resources.authentication import AsyncAuthenticationWithStreamingResponse

        return AsyncAuthenticationWithStreamingResponse(self._client.authentication)
