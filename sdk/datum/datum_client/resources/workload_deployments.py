"""`client.workload_deployments` (generated from the spec; see api.md)."""

# The resources build on their operation modules' `_get_kwargs`/`_parse_response` and the client's
# `_call`: private to the package, not to these modules.
# pyright: reportPrivateUsage=false

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime import pagination as _pages
from .._runtime import watch as _watch
from .._runtime.calls import DEFAULT, Retries, UseClientDefault
from .._runtime.client import AsyncApiClient, SyncApiClient, Timeout
from .._runtime.responses import async_raw, async_streamed, raw, streamed
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.create_workload_deployment_dry_run import CreateWorkloadDeploymentDryRun
    from ..models.create_workload_deployment_field_validation import CreateWorkloadDeploymentFieldValidation
    from ..models.delete_options import DeleteOptions, DeleteOptionsDict
    from ..models.delete_workload_deployment_collection_dry_run import DeleteWorkloadDeploymentCollectionDryRun
    from ..models.delete_workload_deployment_collection_propagation_policy import (
        DeleteWorkloadDeploymentCollectionPropagationPolicy,
    )
    from ..models.delete_workload_deployment_collection_resource_version_match import (
        DeleteWorkloadDeploymentCollectionResourceVersionMatch,
    )
    from ..models.delete_workload_deployment_dry_run import DeleteWorkloadDeploymentDryRun
    from ..models.delete_workload_deployment_propagation_policy import DeleteWorkloadDeploymentPropagationPolicy
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.list_workload_deployments_for_all_namespaces_resource_version_match import (
        ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch,
    )
    from ..models.list_workload_deployments_resource_version_match import ListWorkloadDeploymentsResourceVersionMatch
    from ..models.merge_patch import MergePatch
    from ..models.patch_workload_deployment_dry_run import PatchWorkloadDeploymentDryRun
    from ..models.patch_workload_deployment_field_validation import PatchWorkloadDeploymentFieldValidation
    from ..models.patch_workload_deployment_status_dry_run import PatchWorkloadDeploymentStatusDryRun
    from ..models.patch_workload_deployment_status_field_validation import PatchWorkloadDeploymentStatusFieldValidation
    from ..models.replace_workload_deployment_dry_run import ReplaceWorkloadDeploymentDryRun
    from ..models.replace_workload_deployment_field_validation import ReplaceWorkloadDeploymentFieldValidation
    from ..models.replace_workload_deployment_status_dry_run import ReplaceWorkloadDeploymentStatusDryRun
    from ..models.replace_workload_deployment_status_field_validation import (
        ReplaceWorkloadDeploymentStatusFieldValidation,
    )
    from ..models.status import Status
    from ..models.workload_deployment import WorkloadDeployment, WorkloadDeploymentDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncWorkloadDeploymentsResource",
    "AsyncWorkloadDeploymentsResourceWithRawResponse",
    "AsyncWorkloadDeploymentsResourceWithStreamingResponse",
    "WorkloadDeploymentsResource",
    "WorkloadDeploymentsResourceWithRawResponse",
    "WorkloadDeploymentsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class WorkloadDeploymentsResource:
    """`client.workload_deployments`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WorkloadDeploymentsResourceWithRawResponse:
        return WorkloadDeploymentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WorkloadDeploymentsResourceWithStreamingResponse:
        return WorkloadDeploymentsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListWorkloadDeploymentsResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        watch: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[WorkloadDeployment]:
        """List or watch workloaddeployments

        List the workloaddeployments, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments` (operation `listWorkloadDeployments`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListWorkloadDeploymentsResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[WorkloadDeployment]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            list_workload_deployments as _workloaddeployments__list_workload_deployments,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _workloaddeployments__list_workload_deployments._get_kwargs(
                namespace=namespace,
                allow_watch_bookmarks=allow_watch_bookmarks,
                continue_=continue_ if page_token is None else page_token,
                field_selector=field_selector,
                label_selector=label_selector,
                limit=limit,
                resource_version=resource_version,
                resource_version_match=resource_version_match,
                send_initial_events=send_initial_events,
                timeout_seconds=timeout_seconds,
                watch=watch,
                pretty=pretty,
            )
            return self._client._call(
                kwargs,
                _workloaddeployments__list_workload_deployments._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "items"),
            lambda page: _pages.token_at(
                page,
                (
                    "metadata",
                    "continue_",
                ),
            ),
        )

    def create(
        self,
        *,
        body: WorkloadDeployment | WorkloadDeploymentDict,
        dry_run: CreateWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateWorkloadDeploymentFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Create a workloaddeployment

        Create a WorkloadDeployment named `metadata.name`, or `metadata.generateName` followed by a random
        five-character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers
        422 `Invalid` with one cause per invalid field; a namespace that does not exist answers 404
        `NotFound`.

        `POST /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments` (operation `createWorkloadDeployment`)

        Args:
            namespace (str):
            dry_run (CreateWorkloadDeploymentDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateWorkloadDeploymentFieldValidation | Unset):
            pretty (str | Unset):
            body (WorkloadDeployment): One placement of a workload in one city, made by the platform
                for each placement and city code of a Workload; its status names the Location it runs in.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            create_workload_deployment as _workloaddeployments__create_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__create_workload_deployment._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__create_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete_collection(
        self,
        *,
        body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
        continue_: str | Unset = UNSET,
        dry_run: DeleteWorkloadDeploymentCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteWorkloadDeploymentCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteWorkloadDeploymentCollectionResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Status:
        """Delete a collection of workloaddeployments

        Delete every workloaddeployment the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments` (operation `deleteWorkloadDeploymentCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteWorkloadDeploymentCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteWorkloadDeploymentCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteWorkloadDeploymentCollectionResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            delete_workload_deployment_collection as _workloaddeployments__delete_workload_deployment_collection,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__delete_workload_deployment_collection._get_kwargs(
            namespace=namespace,
            body=body,
            continue_=continue_,
            dry_run=dry_run,
            field_selector=field_selector,
            grace_period_seconds=grace_period_seconds,
            ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
            label_selector=label_selector,
            limit=limit,
            orphan_dependents=orphan_dependents,
            propagation_policy=propagation_policy,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            pretty=pretty,
        )
        return cast(
            "Status",
            self._client._call(
                kwargs,
                _workloaddeployments__delete_workload_deployment_collection._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get(
        self,
        name: str,
        *,
        resource_version: str | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Read a workloaddeployment

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `readWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import read_workload_deployment as _workloaddeployments__read_workload_deployment  # noqa: PLC0415

        kwargs = _workloaddeployments__read_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__read_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def replace(
        self,
        name: str,
        *,
        body: WorkloadDeployment | WorkloadDeploymentDict,
        dry_run: ReplaceWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceWorkloadDeploymentFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Replace a workloaddeployment

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `replaceWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceWorkloadDeploymentDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceWorkloadDeploymentFieldValidation | Unset):
            pretty (str | Unset):
            body (WorkloadDeployment): One placement of a workload in one city, made by the platform
                for each placement and city code of a Workload; its status names the Location it runs in.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            replace_workload_deployment as _workloaddeployments__replace_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__replace_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__replace_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        name: str,
        *,
        body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
        dry_run: DeleteWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteWorkloadDeploymentPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Status | WorkloadDeployment:
        """Delete a workloaddeployment

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `deleteWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteWorkloadDeploymentDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteWorkloadDeploymentPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Status | WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            delete_workload_deployment as _workloaddeployments__delete_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__delete_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            grace_period_seconds=grace_period_seconds,
            ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
            orphan_dependents=orphan_dependents,
            propagation_policy=propagation_policy,
            pretty=pretty,
        )
        return cast(
            "Status | WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__delete_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch(
        self,
        name: str,
        *,
        body: builtins.list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
        dry_run: PatchWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchWorkloadDeploymentFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Patch a workloaddeployment

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `patchWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchWorkloadDeploymentDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchWorkloadDeploymentFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A WorkloadDeployment manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            patch_workload_deployment as _workloaddeployments__patch_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__patch_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__patch_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_status(
        self,
        name: str,
        *,
        resource_version: str | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Read a workloaddeployment's status

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}/status` (operation `readWorkloadDeploymentStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            read_workload_deployment_status as _workloaddeployments__read_workload_deployment_status,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__read_workload_deployment_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__read_workload_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def replace_status(
        self,
        name: str,
        *,
        body: WorkloadDeployment | WorkloadDeploymentDict,
        dry_run: ReplaceWorkloadDeploymentStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceWorkloadDeploymentStatusFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Replace a workloaddeployment's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}/status` (operation `replaceWorkloadDeploymentStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceWorkloadDeploymentStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceWorkloadDeploymentStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (WorkloadDeployment): One placement of a workload in one city, made by the platform
                for each placement and city code of a Workload; its status names the Location it runs in.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            replace_workload_deployment_status as _workloaddeployments__replace_workload_deployment_status,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__replace_workload_deployment_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__replace_workload_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def patch_status(
        self,
        name: str,
        *,
        body: builtins.list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
        dry_run: PatchWorkloadDeploymentStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchWorkloadDeploymentStatusFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Patch a workloaddeployment's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}/status` (operation `patchWorkloadDeploymentStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchWorkloadDeploymentStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchWorkloadDeploymentStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A WorkloadDeployment manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            patch_workload_deployment_status as _workloaddeployments__patch_workload_deployment_status,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__patch_workload_deployment_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            self._client._call(
                kwargs,
                _workloaddeployments__patch_workload_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_all_namespaces(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        watch: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[WorkloadDeployment]:
        """List or watch workloaddeployments in every namespace

        List the workloaddeployments in every namespace, sorted by name, one page of `limit` at a time
        (follow `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream
        of newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/workloaddeployments` (operation `listWorkloadDeploymentsForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch |
                Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[WorkloadDeployment]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            list_workload_deployments_for_all_namespaces as _workloaddeployments__list_workload_deployments_for_all_namespaces,  # noqa: PLC0415
        )

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _workloaddeployments__list_workload_deployments_for_all_namespaces._get_kwargs(
                allow_watch_bookmarks=allow_watch_bookmarks,
                continue_=continue_ if page_token is None else page_token,
                field_selector=field_selector,
                label_selector=label_selector,
                limit=limit,
                resource_version=resource_version,
                resource_version_match=resource_version_match,
                send_initial_events=send_initial_events,
                timeout_seconds=timeout_seconds,
                watch=watch,
                pretty=pretty,
            )
            return self._client._call(
                kwargs,
                _workloaddeployments__list_workload_deployments_for_all_namespaces._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.sync_pages(
            call,
            lambda page: _pages.items_at(page, "items"),
            lambda page: _pages.token_at(
                page,
                (
                    "metadata",
                    "continue_",
                ),
            ),
        )

    def watch(
        self,
        *,
        namespace: str = "default",
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        allow_watch_bookmarks: bool = False,
        send_initial_events: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
    ) -> _watch.Watch[WorkloadDeployment]:
        """Changes to the workload deployments the selectors match, as they happen: `Event`s whose `object`
        is a `WorkloadDeployment`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.workloaddeployments import (
            list_workload_deployments as _workloaddeployments__list_workload_deployments,  # noqa: PLC0415
        )
        from ..models.workload_deployment import WorkloadDeployment

        kwargs = _workloaddeployments__list_workload_deployments._get_kwargs(
            namespace=namespace,
        )
        params = _watch.watch_params(
            label_selector=label_selector,
            field_selector=field_selector,
            resource_version=resource_version,
            timeout_seconds=timeout_seconds,
            allow_watch_bookmarks=allow_watch_bookmarks,
            send_initial_events=send_initial_events,
        )
        return _watch.sync_watch(
            self._client,
            kwargs,
            _workloaddeployments__list_workload_deployments._parse_response,
            WorkloadDeployment.from_dict,
            params,
            extra_headers,
            timeout,
        )


class WorkloadDeploymentsResourceWithRawResponse:
    """`client.with_raw_response.workload_deployments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: WorkloadDeploymentsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.delete_collection = raw(resource.delete_collection)
        self.get = raw(resource.get)
        self.replace = raw(resource.replace)
        self.delete = raw(resource.delete)
        self.patch = raw(resource.patch)
        self.get_status = raw(resource.get_status)
        self.replace_status = raw(resource.replace_status)
        self.patch_status = raw(resource.patch_status)
        self.list_all_namespaces = raw(resource.list_all_namespaces)


class WorkloadDeploymentsResourceWithStreamingResponse:
    """`client.with_streaming_response.workload_deployments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: WorkloadDeploymentsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.delete_collection = streamed(resource.delete_collection)
        self.get = streamed(resource.get)
        self.replace = streamed(resource.replace)
        self.delete = streamed(resource.delete)
        self.patch = streamed(resource.patch)
        self.get_status = streamed(resource.get_status)
        self.replace_status = streamed(resource.replace_status)
        self.patch_status = streamed(resource.patch_status)
        self.list_all_namespaces = streamed(resource.list_all_namespaces)


class AsyncWorkloadDeploymentsResource:
    """`client.workload_deployments`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkloadDeploymentsResourceWithRawResponse:
        return AsyncWorkloadDeploymentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWorkloadDeploymentsResourceWithStreamingResponse:
        return AsyncWorkloadDeploymentsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListWorkloadDeploymentsResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        watch: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[WorkloadDeployment]:
        """List or watch workloaddeployments

        List the workloaddeployments, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments` (operation `listWorkloadDeployments`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListWorkloadDeploymentsResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[WorkloadDeployment]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            list_workload_deployments as _workloaddeployments__list_workload_deployments,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _workloaddeployments__list_workload_deployments._get_kwargs(
                namespace=namespace,
                allow_watch_bookmarks=allow_watch_bookmarks,
                continue_=continue_ if page_token is None else page_token,
                field_selector=field_selector,
                label_selector=label_selector,
                limit=limit,
                resource_version=resource_version,
                resource_version_match=resource_version_match,
                send_initial_events=send_initial_events,
                timeout_seconds=timeout_seconds,
                watch=watch,
                pretty=pretty,
            )
            return await self._client._call(
                kwargs,
                _workloaddeployments__list_workload_deployments._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "items"),
            lambda page: _pages.token_at(
                page,
                (
                    "metadata",
                    "continue_",
                ),
            ),
        )

    async def create(
        self,
        *,
        body: WorkloadDeployment | WorkloadDeploymentDict,
        dry_run: CreateWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateWorkloadDeploymentFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Create a workloaddeployment

        Create a WorkloadDeployment named `metadata.name`, or `metadata.generateName` followed by a random
        five-character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers
        422 `Invalid` with one cause per invalid field; a namespace that does not exist answers 404
        `NotFound`.

        `POST /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments` (operation `createWorkloadDeployment`)

        Args:
            namespace (str):
            dry_run (CreateWorkloadDeploymentDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateWorkloadDeploymentFieldValidation | Unset):
            pretty (str | Unset):
            body (WorkloadDeployment): One placement of a workload in one city, made by the platform
                for each placement and city code of a Workload; its status names the Location it runs in.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            create_workload_deployment as _workloaddeployments__create_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__create_workload_deployment._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__create_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete_collection(
        self,
        *,
        body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
        continue_: str | Unset = UNSET,
        dry_run: DeleteWorkloadDeploymentCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteWorkloadDeploymentCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteWorkloadDeploymentCollectionResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Status:
        """Delete a collection of workloaddeployments

        Delete every workloaddeployment the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments` (operation `deleteWorkloadDeploymentCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteWorkloadDeploymentCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteWorkloadDeploymentCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteWorkloadDeploymentCollectionResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            delete_workload_deployment_collection as _workloaddeployments__delete_workload_deployment_collection,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__delete_workload_deployment_collection._get_kwargs(
            namespace=namespace,
            body=body,
            continue_=continue_,
            dry_run=dry_run,
            field_selector=field_selector,
            grace_period_seconds=grace_period_seconds,
            ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
            label_selector=label_selector,
            limit=limit,
            orphan_dependents=orphan_dependents,
            propagation_policy=propagation_policy,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            pretty=pretty,
        )
        return cast(
            "Status",
            await self._client._call(
                kwargs,
                _workloaddeployments__delete_workload_deployment_collection._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get(
        self,
        name: str,
        *,
        resource_version: str | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Read a workloaddeployment

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `readWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import read_workload_deployment as _workloaddeployments__read_workload_deployment  # noqa: PLC0415

        kwargs = _workloaddeployments__read_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__read_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def replace(
        self,
        name: str,
        *,
        body: WorkloadDeployment | WorkloadDeploymentDict,
        dry_run: ReplaceWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceWorkloadDeploymentFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Replace a workloaddeployment

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `replaceWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceWorkloadDeploymentDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceWorkloadDeploymentFieldValidation | Unset):
            pretty (str | Unset):
            body (WorkloadDeployment): One placement of a workload in one city, made by the platform
                for each placement and city code of a Workload; its status names the Location it runs in.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            replace_workload_deployment as _workloaddeployments__replace_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__replace_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__replace_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        name: str,
        *,
        body: DeleteOptions | DeleteOptionsDict | Unset = UNSET,
        dry_run: DeleteWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteWorkloadDeploymentPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Status | WorkloadDeployment:
        """Delete a workloaddeployment

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `deleteWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteWorkloadDeploymentDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteWorkloadDeploymentPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Status | WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            delete_workload_deployment as _workloaddeployments__delete_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__delete_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            grace_period_seconds=grace_period_seconds,
            ignore_store_read_error_with_cluster_breaking_potential=ignore_store_read_error_with_cluster_breaking_potential,
            orphan_dependents=orphan_dependents,
            propagation_policy=propagation_policy,
            pretty=pretty,
        )
        return cast(
            "Status | WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__delete_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch(
        self,
        name: str,
        *,
        body: builtins.list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
        dry_run: PatchWorkloadDeploymentDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchWorkloadDeploymentFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Patch a workloaddeployment

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}` (operation `patchWorkloadDeployment`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchWorkloadDeploymentDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchWorkloadDeploymentFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A WorkloadDeployment manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            patch_workload_deployment as _workloaddeployments__patch_workload_deployment,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__patch_workload_deployment._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__patch_workload_deployment._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_status(
        self,
        name: str,
        *,
        resource_version: str | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Read a workloaddeployment's status

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}/status` (operation `readWorkloadDeploymentStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            read_workload_deployment_status as _workloaddeployments__read_workload_deployment_status,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__read_workload_deployment_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__read_workload_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def replace_status(
        self,
        name: str,
        *,
        body: WorkloadDeployment | WorkloadDeploymentDict,
        dry_run: ReplaceWorkloadDeploymentStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceWorkloadDeploymentStatusFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Replace a workloaddeployment's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}/status` (operation `replaceWorkloadDeploymentStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceWorkloadDeploymentStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceWorkloadDeploymentStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (WorkloadDeployment): One placement of a workload in one city, made by the platform
                for each placement and city code of a Workload; its status names the Location it runs in.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            replace_workload_deployment_status as _workloaddeployments__replace_workload_deployment_status,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__replace_workload_deployment_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__replace_workload_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def patch_status(
        self,
        name: str,
        *,
        body: builtins.list[JsonPatchOperation] | MergePatch | str | Unset = UNSET,
        dry_run: PatchWorkloadDeploymentStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchWorkloadDeploymentStatusFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> WorkloadDeployment:
        """Patch a workloaddeployment's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments/{name}/status` (operation `patchWorkloadDeploymentStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchWorkloadDeploymentStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchWorkloadDeploymentStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A WorkloadDeployment manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            WorkloadDeployment

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            patch_workload_deployment_status as _workloaddeployments__patch_workload_deployment_status,  # noqa: PLC0415
        )

        kwargs = _workloaddeployments__patch_workload_deployment_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "WorkloadDeployment",
            await self._client._call(
                kwargs,
                _workloaddeployments__patch_workload_deployment_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_all_namespaces(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        watch: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[WorkloadDeployment]:
        """List or watch workloaddeployments in every namespace

        List the workloaddeployments in every namespace, sorted by name, one page of `limit` at a time
        (follow `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream
        of newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/workloaddeployments` (operation `listWorkloadDeploymentsForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch |
                Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[WorkloadDeployment]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.workloaddeployments import (
            list_workload_deployments_for_all_namespaces as _workloaddeployments__list_workload_deployments_for_all_namespaces,  # noqa: PLC0415
        )

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _workloaddeployments__list_workload_deployments_for_all_namespaces._get_kwargs(
                allow_watch_bookmarks=allow_watch_bookmarks,
                continue_=continue_ if page_token is None else page_token,
                field_selector=field_selector,
                label_selector=label_selector,
                limit=limit,
                resource_version=resource_version,
                resource_version_match=resource_version_match,
                send_initial_events=send_initial_events,
                timeout_seconds=timeout_seconds,
                watch=watch,
                pretty=pretty,
            )
            return await self._client._call(
                kwargs,
                _workloaddeployments__list_workload_deployments_for_all_namespaces._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
                shape,
            )

        return _pages.async_pages(
            call,
            lambda page: _pages.items_at(page, "items"),
            lambda page: _pages.token_at(
                page,
                (
                    "metadata",
                    "continue_",
                ),
            ),
        )

    def watch(
        self,
        *,
        namespace: str = "default",
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        allow_watch_bookmarks: bool = False,
        send_initial_events: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
    ) -> _watch.AsyncWatch[WorkloadDeployment]:
        """Changes to the workload deployments the selectors match, as they happen: `Event`s whose `object`
        is a `WorkloadDeployment`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/workloaddeployments?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.workloaddeployments import (
            list_workload_deployments as _workloaddeployments__list_workload_deployments,  # noqa: PLC0415
        )
        from ..models.workload_deployment import WorkloadDeployment

        kwargs = _workloaddeployments__list_workload_deployments._get_kwargs(
            namespace=namespace,
        )
        params = _watch.watch_params(
            label_selector=label_selector,
            field_selector=field_selector,
            resource_version=resource_version,
            timeout_seconds=timeout_seconds,
            allow_watch_bookmarks=allow_watch_bookmarks,
            send_initial_events=send_initial_events,
        )
        return _watch.async_watch(
            self._client,
            kwargs,
            _workloaddeployments__list_workload_deployments._parse_response,
            WorkloadDeployment.from_dict,
            params,
            extra_headers,
            timeout,
        )


class AsyncWorkloadDeploymentsResourceWithRawResponse:
    """`client.with_raw_response.workload_deployments`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncWorkloadDeploymentsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.delete_collection = async_raw(resource.delete_collection)
        self.get = async_raw(resource.get)
        self.replace = async_raw(resource.replace)
        self.delete = async_raw(resource.delete)
        self.patch = async_raw(resource.patch)
        self.get_status = async_raw(resource.get_status)
        self.replace_status = async_raw(resource.replace_status)
        self.patch_status = async_raw(resource.patch_status)
        self.list_all_namespaces = async_raw(resource.list_all_namespaces)


class AsyncWorkloadDeploymentsResourceWithStreamingResponse:
    """`client.with_streaming_response.workload_deployments`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncWorkloadDeploymentsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.delete_collection = async_streamed(resource.delete_collection)
        self.get = async_streamed(resource.get)
        self.replace = async_streamed(resource.replace)
        self.delete = async_streamed(resource.delete)
        self.patch = async_streamed(resource.patch)
        self.get_status = async_streamed(resource.get_status)
        self.replace_status = async_streamed(resource.replace_status)
        self.patch_status = async_streamed(resource.patch_status)
        self.list_all_namespaces = async_streamed(resource.list_all_namespaces)
