"""`client.deployments.manifests` (generated from the spec; see api.md)."""

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

    from ..models.upsert_deployment_manifest_request import (
        UpsertDeploymentManifestRequest,
        UpsertDeploymentManifestRequestDict,
    )

    pass

__all__ = [
    "AsyncDeploymentsManifestsResource",
    "AsyncDeploymentsManifestsResourceWithRawResponse",
    "AsyncDeploymentsManifestsResourceWithStreamingResponse",
    "DeploymentsManifestsResource",
    "DeploymentsManifestsResourceWithRawResponse",
    "DeploymentsManifestsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DeploymentsManifestsResource:
    """`client.deployments.manifests`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DeploymentsManifestsResourceWithRawResponse:
        return DeploymentsManifestsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DeploymentsManifestsResourceWithStreamingResponse:
        return DeploymentsManifestsResourceWithStreamingResponse(self)

    def upsert(
        self,
        id: str,
        *,
        body: UpsertDeploymentManifestRequest | UpsertDeploymentManifestRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Post DeploymentManifest

        Upsert On Deployment Manifest Always returns the record with higher timestamp with given
        DeploymentID

        `POST /api/deployments/{id}/update-manifest` (operation `upsertDeploymentManifest`)

        Args:
            id (str):
            body (UpsertDeploymentManifestRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_manifests import (
            upsert_deployment_manifest as _deployment_manifests__upsert_deployment_manifest,  # noqa: PLC0415
        )

        kwargs = _deployment_manifests__upsert_deployment_manifest._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_manifests__upsert_deployment_manifest._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class DeploymentsManifestsResourceWithRawResponse:
    """`client.with_raw_response.deployments.manifests`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DeploymentsManifestsResource) -> None:
        self._resource = resource
        self.upsert = raw(resource.upsert)


class DeploymentsManifestsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployments.manifests`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DeploymentsManifestsResource) -> None:
        self._resource = resource
        self.upsert = streamed(resource.upsert)


class AsyncDeploymentsManifestsResource:
    """`client.deployments.manifests`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDeploymentsManifestsResourceWithRawResponse:
        return AsyncDeploymentsManifestsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDeploymentsManifestsResourceWithStreamingResponse:
        return AsyncDeploymentsManifestsResourceWithStreamingResponse(self)

    async def upsert(
        self,
        id: str,
        *,
        body: UpsertDeploymentManifestRequest | UpsertDeploymentManifestRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Post DeploymentManifest

        Upsert On Deployment Manifest Always returns the record with higher timestamp with given
        DeploymentID

        `POST /api/deployments/{id}/update-manifest` (operation `upsertDeploymentManifest`)

        Args:
            id (str):
            body (UpsertDeploymentManifestRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_manifests import (
            upsert_deployment_manifest as _deployment_manifests__upsert_deployment_manifest,  # noqa: PLC0415
        )

        kwargs = _deployment_manifests__upsert_deployment_manifest._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_manifests__upsert_deployment_manifest._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncDeploymentsManifestsResourceWithRawResponse:
    """`client.with_raw_response.deployments.manifests`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDeploymentsManifestsResource) -> None:
        self._resource = resource
        self.upsert = async_raw(resource.upsert)


class AsyncDeploymentsManifestsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployments.manifests`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDeploymentsManifestsResource) -> None:
        self._resource = resource
        self.upsert = async_streamed(resource.upsert)
