"""`client.deployment_targets` (generated from the spec; see api.md)."""

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

    from ..models.create_deployment_target_request import (
        CreateDeploymentTargetRequest,
        CreateDeploymentTargetRequestDict,
    )
    from ..models.deployment_target import DeploymentTarget
    from ..models.deployment_target_capabilities import DeploymentTargetCapabilities, DeploymentTargetCapabilitiesDict
    from ..models.deployment_target_config import DeploymentTargetConfig
    from ..models.deployment_target_credentials import DeploymentTargetCredentials
    from ..models.heartbeat_request import HeartbeatRequest, HeartbeatRequestDict
    from ..models.heartbeat_response import HeartbeatResponse
    from ..models.patch_deployment_target_agent_metadata_request import (
        PatchDeploymentTargetAgentMetadataRequest,
        PatchDeploymentTargetAgentMetadataRequestDict,
    )
    from ..models.patch_deployment_target_request import PatchDeploymentTargetRequest, PatchDeploymentTargetRequestDict
    from ..models.update_deployment_target_metadata_request import (
        UpdateDeploymentTargetMetadataRequest,
        UpdateDeploymentTargetMetadataRequestDict,
    )
    from ..models.update_deployment_target_operator_metadata_request import (
        UpdateDeploymentTargetOperatorMetadataRequest,
        UpdateDeploymentTargetOperatorMetadataRequestDict,
    )
    from ..models.update_deployment_target_request import (
        UpdateDeploymentTargetRequest,
        UpdateDeploymentTargetRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncDeploymentTargetsResource",
    "AsyncDeploymentTargetsResourceWithRawResponse",
    "AsyncDeploymentTargetsResourceWithStreamingResponse",
    "DeploymentTargetsResource",
    "DeploymentTargetsResourceWithRawResponse",
    "DeploymentTargetsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DeploymentTargetsResource:
    """`client.deployment_targets`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DeploymentTargetsResourceWithRawResponse:
        return DeploymentTargetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DeploymentTargetsResourceWithStreamingResponse:
        return DeploymentTargetsResourceWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Get DeploymentTarget

        Fetches a single DeploymentTarget

        `GET /api/deployment-targets/{id}` (operation `getDeploymentTarget`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import get_deployment_target as _deployment_targets__get_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__get_deployment_target._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTarget",
            self._client._call(
                kwargs,
                _deployment_targets__get_deployment_target._parse_response,
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
        body: UpdateDeploymentTargetRequest | UpdateDeploymentTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Update DeploymentTarget

        Deprecated, use PATCH /api/deployment-targets/{id} instead

        `PUT /api/deployment-targets/{id}` (operation `updateDeploymentTarget`)

        Args:
            id (str):
            body (UpdateDeploymentTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import update_deployment_target as _deployment_targets__update_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__update_deployment_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DeploymentTarget",
            self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete DeploymentTarget

        Deletes a single DeploymentTarget.

        `DELETE /api/deployment-targets/{id}` (operation `deleteDeploymentTarget`)

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

        from ..api.deployment_targets import delete_deployment_target as _deployment_targets__delete_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__delete_deployment_target._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_targets__delete_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch(
        self,
        id: str,
        *,
        body: PatchDeploymentTargetRequest | PatchDeploymentTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Patch DeploymentTarget

        Patches existing DeploymentTarget

        `PATCH /api/deployment-targets/{id}` (operation `patchDeploymentTarget`)

        Args:
            id (str):
            body (PatchDeploymentTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import patch_deployment_target as _deployment_targets__patch_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__patch_deployment_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DeploymentTarget",
            self._client._call(
                kwargs,
                _deployment_targets__patch_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch_agent_metadata(
        self,
        id: str,
        *,
        body: PatchDeploymentTargetAgentMetadataRequest | PatchDeploymentTargetAgentMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Patch DeploymentTarget agent-metadata

        Patches the DeploymentTarget agent-metadata

        `PATCH /api/deployment-targets/{id}/agent-metadata` (operation `patchDeploymentTargetAgentMetadata`)

        Args:
            id (str):
            body (PatchDeploymentTargetAgentMetadataRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            patch_deployment_target_agent_metadata as _deployment_targets__patch_deployment_target_agent_metadata,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__patch_deployment_target_agent_metadata._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_targets__patch_deployment_target_agent_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_config(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTargetConfig:
        """Get configuration values for a DeploymentTarget

        Fetches the config values for a DeploymentTarget

        `GET /api/deployment-targets/{id}/config` (operation `getDeploymentTargetConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTargetConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            get_deployment_target_config as _deployment_targets__get_deployment_target_config,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__get_deployment_target_config._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTargetConfig",
            self._client._call(
                kwargs,
                _deployment_targets__get_deployment_target_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_credentials(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTargetCredentials:
        """Get join credentials of a DeploymentTarget

        Deprecated, use GET /api/deployment-targets/{id}/config instead

        `GET /api/deployment-targets/{id}/credentials` (operation `getDeploymentTargetCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTargetCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            get_deployment_target_credentials as _deployment_targets__get_deployment_target_credentials,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__get_deployment_target_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTargetCredentials",
            self._client._call(
                kwargs,
                _deployment_targets__get_deployment_target_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def send_heartbeat(
        self,
        id: str,
        *,
        body: HeartbeatRequest | HeartbeatRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> HeartbeatResponse:
        """Make DeploymentTarget heart beat request

        Makes control plane aware that DeploymentTarget is still alive

        `POST /api/deployment-targets/{id}/heartbeat` (operation `sendDeploymentTargetHeartbeat`)

        Args:
            id (str):
            body (HeartbeatRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            HeartbeatResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            send_deployment_target_heartbeat as _deployment_targets__send_deployment_target_heartbeat,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__send_deployment_target_heartbeat._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "HeartbeatResponse",
            self._client._call(
                kwargs,
                _deployment_targets__send_deployment_target_heartbeat._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_metadata(
        self,
        id: str,
        *,
        body: UpdateDeploymentTargetMetadataRequest | UpdateDeploymentTargetMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update DeploymentTarget metadata

        Handles DeploymentTarget metadata created by PDS/Platform agent Deprecated, Use PATCH
        api/deployment-targets/{id}/agent-metadata instead

        `POST /api/deployment-targets/{id}/metadata` (operation `updateDeploymentTargetMetadata`)

        Args:
            id (str):
            body (UpdateDeploymentTargetMetadataRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            update_deployment_target_metadata as _deployment_targets__update_deployment_target_metadata,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__update_deployment_target_metadata._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def send_operator_heartbeat(
        self,
        id: str,
        *,
        body: HeartbeatRequest | HeartbeatRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> HeartbeatResponse:
        """Make DeploymentTarget operator heart beat request

        Makes control plane aware that DeploymentTarget's operator is still alive

        `POST /api/deployment-targets/{id}/operator-heartbeat` (operation `sendDeploymentTargetOperatorHeartbeat`)

        Args:
            id (str):
            body (HeartbeatRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            HeartbeatResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            send_deployment_target_operator_heartbeat as _deployment_targets__send_deployment_target_operator_heartbeat,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__send_deployment_target_operator_heartbeat._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "HeartbeatResponse",
            self._client._call(
                kwargs,
                _deployment_targets__send_deployment_target_operator_heartbeat._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_operator_metadata(
        self,
        id: str,
        *,
        body: UpdateDeploymentTargetOperatorMetadataRequest | UpdateDeploymentTargetOperatorMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update target operator metadata

        Handles DeploymentTarget metadata created by target operator

        `PATCH /api/deployment-targets/{id}/operator-metadata` (operation `updateDeploymentTargetOperatorMetadata`)

        Args:
            id (str):
            body (UpdateDeploymentTargetOperatorMetadataRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            update_deployment_target_operator_metadata as _deployment_targets__update_deployment_target_operator_metadata,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__update_deployment_target_operator_metadata._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target_operator_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_capabilities(
        self,
        id: str,
        *,
        body: DeploymentTargetCapabilities | DeploymentTargetCapabilitiesDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update target capabilities

        Updates the set of capabilities supported by the deployment target

        `POST /api/deployment-targets/{id}/update-capabilities` (operation `updateDeploymentTargetCapabilities`)

        Args:
            id (str):
            body (DeploymentTargetCapabilities):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            update_deployment_target_capabilities as _deployment_targets__update_deployment_target_capabilities,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__update_deployment_target_capabilities._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target_capabilities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_project(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[DeploymentTarget]:
        """List Project's DeploymentTargets

        Lists DeploymentTargets belonging to the Project

        `GET /api/projects/{id}/deployment-targets` (operation `listProjectDeploymentTargets`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_id (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[DeploymentTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            list_project_deployment_targets as _deployment_targets__list_project_deployment_targets,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _deployment_targets__list_project_deployment_targets._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_id=cluster_id,
                name=name,
            )
            return self._client._call(
                kwargs,
                _deployment_targets__list_project_deployment_targets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    def list_tenant(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[DeploymentTarget]:
        """List Tenant's DeploymentTargets

        Lists Tenant's DeploymentTargets

        `GET /api/tenants/{id}/deployment-targets` (operation `listTenantDeploymentTargets`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_id (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[DeploymentTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            list_tenant_deployment_targets as _deployment_targets__list_tenant_deployment_targets,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _deployment_targets__list_tenant_deployment_targets._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_id=cluster_id,
                name=name,
            )
            return self._client._call(
                kwargs,
                _deployment_targets__list_tenant_deployment_targets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    def create(
        self,
        id: str,
        *,
        body: CreateDeploymentTargetRequest | CreateDeploymentTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Create DeploymentTarget

        Creates a new DeploymentTarget

        `POST /api/tenants/{id}/deployment-targets` (operation `createDeploymentTarget`)

        Args:
            id (str):
            body (CreateDeploymentTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import create_deployment_target as _deployment_targets__create_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__create_deployment_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DeploymentTarget",
            self._client._call(
                kwargs,
                _deployment_targets__create_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class DeploymentTargetsResourceWithRawResponse:
    """`client.with_raw_response.deployment_targets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DeploymentTargetsResource) -> None:
        self._resource = resource
        self.get = raw(resource.get)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.patch = raw(resource.patch)
        self.patch_agent_metadata = raw(resource.patch_agent_metadata)
        self.get_config = raw(resource.get_config)
        self.get_credentials = raw(resource.get_credentials)
        self.send_heartbeat = raw(resource.send_heartbeat)
        self.update_metadata = raw(resource.update_metadata)
        self.send_operator_heartbeat = raw(resource.send_operator_heartbeat)
        self.update_operator_metadata = raw(resource.update_operator_metadata)
        self.update_capabilities = raw(resource.update_capabilities)
        self.list_project = raw(resource.list_project)
        self.list_tenant = raw(resource.list_tenant)
        self.create = raw(resource.create)


class DeploymentTargetsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployment_targets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DeploymentTargetsResource) -> None:
        self._resource = resource
        self.get = streamed(resource.get)
        self.update = streamed(resource.update)
        self.delete = streamed(resource.delete)
        self.patch = streamed(resource.patch)
        self.patch_agent_metadata = streamed(resource.patch_agent_metadata)
        self.get_config = streamed(resource.get_config)
        self.get_credentials = streamed(resource.get_credentials)
        self.send_heartbeat = streamed(resource.send_heartbeat)
        self.update_metadata = streamed(resource.update_metadata)
        self.send_operator_heartbeat = streamed(resource.send_operator_heartbeat)
        self.update_operator_metadata = streamed(resource.update_operator_metadata)
        self.update_capabilities = streamed(resource.update_capabilities)
        self.list_project = streamed(resource.list_project)
        self.list_tenant = streamed(resource.list_tenant)
        self.create = streamed(resource.create)


class AsyncDeploymentTargetsResource:
    """`client.deployment_targets`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDeploymentTargetsResourceWithRawResponse:
        return AsyncDeploymentTargetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDeploymentTargetsResourceWithStreamingResponse:
        return AsyncDeploymentTargetsResourceWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Get DeploymentTarget

        Fetches a single DeploymentTarget

        `GET /api/deployment-targets/{id}` (operation `getDeploymentTarget`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import get_deployment_target as _deployment_targets__get_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__get_deployment_target._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTarget",
            await self._client._call(
                kwargs,
                _deployment_targets__get_deployment_target._parse_response,
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
        body: UpdateDeploymentTargetRequest | UpdateDeploymentTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Update DeploymentTarget

        Deprecated, use PATCH /api/deployment-targets/{id} instead

        `PUT /api/deployment-targets/{id}` (operation `updateDeploymentTarget`)

        Args:
            id (str):
            body (UpdateDeploymentTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import update_deployment_target as _deployment_targets__update_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__update_deployment_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DeploymentTarget",
            await self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Delete DeploymentTarget

        Deletes a single DeploymentTarget.

        `DELETE /api/deployment-targets/{id}` (operation `deleteDeploymentTarget`)

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

        from ..api.deployment_targets import delete_deployment_target as _deployment_targets__delete_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__delete_deployment_target._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_targets__delete_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch(
        self,
        id: str,
        *,
        body: PatchDeploymentTargetRequest | PatchDeploymentTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Patch DeploymentTarget

        Patches existing DeploymentTarget

        `PATCH /api/deployment-targets/{id}` (operation `patchDeploymentTarget`)

        Args:
            id (str):
            body (PatchDeploymentTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import patch_deployment_target as _deployment_targets__patch_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__patch_deployment_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DeploymentTarget",
            await self._client._call(
                kwargs,
                _deployment_targets__patch_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch_agent_metadata(
        self,
        id: str,
        *,
        body: PatchDeploymentTargetAgentMetadataRequest | PatchDeploymentTargetAgentMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Patch DeploymentTarget agent-metadata

        Patches the DeploymentTarget agent-metadata

        `PATCH /api/deployment-targets/{id}/agent-metadata` (operation `patchDeploymentTargetAgentMetadata`)

        Args:
            id (str):
            body (PatchDeploymentTargetAgentMetadataRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            patch_deployment_target_agent_metadata as _deployment_targets__patch_deployment_target_agent_metadata,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__patch_deployment_target_agent_metadata._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_targets__patch_deployment_target_agent_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_config(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTargetConfig:
        """Get configuration values for a DeploymentTarget

        Fetches the config values for a DeploymentTarget

        `GET /api/deployment-targets/{id}/config` (operation `getDeploymentTargetConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTargetConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            get_deployment_target_config as _deployment_targets__get_deployment_target_config,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__get_deployment_target_config._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTargetConfig",
            await self._client._call(
                kwargs,
                _deployment_targets__get_deployment_target_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_credentials(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTargetCredentials:
        """Get join credentials of a DeploymentTarget

        Deprecated, use GET /api/deployment-targets/{id}/config instead

        `GET /api/deployment-targets/{id}/credentials` (operation `getDeploymentTargetCredentials`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTargetCredentials

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            get_deployment_target_credentials as _deployment_targets__get_deployment_target_credentials,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__get_deployment_target_credentials._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentTargetCredentials",
            await self._client._call(
                kwargs,
                _deployment_targets__get_deployment_target_credentials._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def send_heartbeat(
        self,
        id: str,
        *,
        body: HeartbeatRequest | HeartbeatRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> HeartbeatResponse:
        """Make DeploymentTarget heart beat request

        Makes control plane aware that DeploymentTarget is still alive

        `POST /api/deployment-targets/{id}/heartbeat` (operation `sendDeploymentTargetHeartbeat`)

        Args:
            id (str):
            body (HeartbeatRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            HeartbeatResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            send_deployment_target_heartbeat as _deployment_targets__send_deployment_target_heartbeat,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__send_deployment_target_heartbeat._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "HeartbeatResponse",
            await self._client._call(
                kwargs,
                _deployment_targets__send_deployment_target_heartbeat._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_metadata(
        self,
        id: str,
        *,
        body: UpdateDeploymentTargetMetadataRequest | UpdateDeploymentTargetMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update DeploymentTarget metadata

        Handles DeploymentTarget metadata created by PDS/Platform agent Deprecated, Use PATCH
        api/deployment-targets/{id}/agent-metadata instead

        `POST /api/deployment-targets/{id}/metadata` (operation `updateDeploymentTargetMetadata`)

        Args:
            id (str):
            body (UpdateDeploymentTargetMetadataRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            update_deployment_target_metadata as _deployment_targets__update_deployment_target_metadata,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__update_deployment_target_metadata._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def send_operator_heartbeat(
        self,
        id: str,
        *,
        body: HeartbeatRequest | HeartbeatRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> HeartbeatResponse:
        """Make DeploymentTarget operator heart beat request

        Makes control plane aware that DeploymentTarget's operator is still alive

        `POST /api/deployment-targets/{id}/operator-heartbeat` (operation `sendDeploymentTargetOperatorHeartbeat`)

        Args:
            id (str):
            body (HeartbeatRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            HeartbeatResponse

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            send_deployment_target_operator_heartbeat as _deployment_targets__send_deployment_target_operator_heartbeat,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__send_deployment_target_operator_heartbeat._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "HeartbeatResponse",
            await self._client._call(
                kwargs,
                _deployment_targets__send_deployment_target_operator_heartbeat._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_operator_metadata(
        self,
        id: str,
        *,
        body: UpdateDeploymentTargetOperatorMetadataRequest | UpdateDeploymentTargetOperatorMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update target operator metadata

        Handles DeploymentTarget metadata created by target operator

        `PATCH /api/deployment-targets/{id}/operator-metadata` (operation `updateDeploymentTargetOperatorMetadata`)

        Args:
            id (str):
            body (UpdateDeploymentTargetOperatorMetadataRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            update_deployment_target_operator_metadata as _deployment_targets__update_deployment_target_operator_metadata,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__update_deployment_target_operator_metadata._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target_operator_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_capabilities(
        self,
        id: str,
        *,
        body: DeploymentTargetCapabilities | DeploymentTargetCapabilitiesDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """Update target capabilities

        Updates the set of capabilities supported by the deployment target

        `POST /api/deployment-targets/{id}/update-capabilities` (operation `updateDeploymentTargetCapabilities`)

        Args:
            id (str):
            body (DeploymentTargetCapabilities):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            update_deployment_target_capabilities as _deployment_targets__update_deployment_target_capabilities,  # noqa: PLC0415
        )

        kwargs = _deployment_targets__update_deployment_target_capabilities._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_targets__update_deployment_target_capabilities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_project(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[DeploymentTarget]:
        """List Project's DeploymentTargets

        Lists DeploymentTargets belonging to the Project

        `GET /api/projects/{id}/deployment-targets` (operation `listProjectDeploymentTargets`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_id (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[DeploymentTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            list_project_deployment_targets as _deployment_targets__list_project_deployment_targets,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _deployment_targets__list_project_deployment_targets._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_id=cluster_id,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _deployment_targets__list_project_deployment_targets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    def list_tenant(
        self,
        id_path: str,
        *,
        sort_by: str | Unset = UNSET,
        limit: str | Unset = UNSET,
        continuation: str | Unset = UNSET,
        id_query: str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[DeploymentTarget]:
        """List Tenant's DeploymentTargets

        Lists Tenant's DeploymentTargets

        `GET /api/tenants/{id}/deployment-targets` (operation `listTenantDeploymentTargets`)

        Args:
            id_path (str):
            sort_by (str | Unset):
            limit (str | Unset):
            continuation (str | Unset):
            id_query (str | Unset):
            cluster_id (str | Unset):
            name (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[DeploymentTarget]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import (
            list_tenant_deployment_targets as _deployment_targets__list_tenant_deployment_targets,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _deployment_targets__list_tenant_deployment_targets._get_kwargs(
                id_path=id_path,
                sort_by=sort_by,
                limit=limit,
                continuation=continuation if page_token is None else page_token,
                id_query=id_query,
                cluster_id=cluster_id,
                name=name,
            )
            return await self._client._call(
                kwargs,
                _deployment_targets__list_tenant_deployment_targets._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "data"),
            lambda page: _pages.token_at(
                page,
                (
                    "pagination",
                    "continuation",
                ),
            ),
        )

    async def create(
        self,
        id: str,
        *,
        body: CreateDeploymentTargetRequest | CreateDeploymentTargetRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentTarget:
        """Create DeploymentTarget

        Creates a new DeploymentTarget

        `POST /api/tenants/{id}/deployment-targets` (operation `createDeploymentTarget`)

        Args:
            id (str):
            body (CreateDeploymentTargetRequest):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentTarget

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_targets import create_deployment_target as _deployment_targets__create_deployment_target  # noqa: PLC0415

        kwargs = _deployment_targets__create_deployment_target._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DeploymentTarget",
            await self._client._call(
                kwargs,
                _deployment_targets__create_deployment_target._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncDeploymentTargetsResourceWithRawResponse:
    """`client.with_raw_response.deployment_targets`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDeploymentTargetsResource) -> None:
        self._resource = resource
        self.get = async_raw(resource.get)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.patch = async_raw(resource.patch)
        self.patch_agent_metadata = async_raw(resource.patch_agent_metadata)
        self.get_config = async_raw(resource.get_config)
        self.get_credentials = async_raw(resource.get_credentials)
        self.send_heartbeat = async_raw(resource.send_heartbeat)
        self.update_metadata = async_raw(resource.update_metadata)
        self.send_operator_heartbeat = async_raw(resource.send_operator_heartbeat)
        self.update_operator_metadata = async_raw(resource.update_operator_metadata)
        self.update_capabilities = async_raw(resource.update_capabilities)
        self.list_project = async_raw(resource.list_project)
        self.list_tenant = async_raw(resource.list_tenant)
        self.create = async_raw(resource.create)


class AsyncDeploymentTargetsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployment_targets`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDeploymentTargetsResource) -> None:
        self._resource = resource
        self.get = async_streamed(resource.get)
        self.update = async_streamed(resource.update)
        self.delete = async_streamed(resource.delete)
        self.patch = async_streamed(resource.patch)
        self.patch_agent_metadata = async_streamed(resource.patch_agent_metadata)
        self.get_config = async_streamed(resource.get_config)
        self.get_credentials = async_streamed(resource.get_credentials)
        self.send_heartbeat = async_streamed(resource.send_heartbeat)
        self.update_metadata = async_streamed(resource.update_metadata)
        self.send_operator_heartbeat = async_streamed(resource.send_operator_heartbeat)
        self.update_operator_metadata = async_streamed(resource.update_operator_metadata)
        self.update_capabilities = async_streamed(resource.update_capabilities)
        self.list_project = async_streamed(resource.list_project)
        self.list_tenant = async_streamed(resource.list_tenant)
        self.create = async_streamed(resource.create)
