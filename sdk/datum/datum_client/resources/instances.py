"""`client.instances` (generated from the spec; see api.md)."""

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

    from ..models.create_instance_dry_run import CreateInstanceDryRun
    from ..models.create_instance_field_validation import CreateInstanceFieldValidation
    from ..models.delete_instance_collection_dry_run import DeleteInstanceCollectionDryRun
    from ..models.delete_instance_collection_propagation_policy import DeleteInstanceCollectionPropagationPolicy
    from ..models.delete_instance_collection_resource_version_match import DeleteInstanceCollectionResourceVersionMatch
    from ..models.delete_instance_dry_run import DeleteInstanceDryRun
    from ..models.delete_instance_propagation_policy import DeleteInstancePropagationPolicy
    from ..models.delete_options import DeleteOptions, DeleteOptionsDict
    from ..models.instance import Instance, InstanceDict
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.list_instances_for_all_namespaces_resource_version_match import (
        ListInstancesForAllNamespacesResourceVersionMatch,
    )
    from ..models.list_instances_resource_version_match import ListInstancesResourceVersionMatch
    from ..models.merge_patch import MergePatch
    from ..models.patch_instance_dry_run import PatchInstanceDryRun
    from ..models.patch_instance_field_validation import PatchInstanceFieldValidation
    from ..models.patch_instance_status_dry_run import PatchInstanceStatusDryRun
    from ..models.patch_instance_status_field_validation import PatchInstanceStatusFieldValidation
    from ..models.replace_instance_dry_run import ReplaceInstanceDryRun
    from ..models.replace_instance_field_validation import ReplaceInstanceFieldValidation
    from ..models.replace_instance_status_dry_run import ReplaceInstanceStatusDryRun
    from ..models.replace_instance_status_field_validation import ReplaceInstanceStatusFieldValidation
    from ..models.status import Status
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncInstancesResource",
    "AsyncInstancesResourceWithRawResponse",
    "AsyncInstancesResourceWithStreamingResponse",
    "InstancesResource",
    "InstancesResourceWithRawResponse",
    "InstancesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class InstancesResource:
    """`client.instances`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InstancesResourceWithRawResponse:
        return InstancesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InstancesResourceWithStreamingResponse:
        return InstancesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListInstancesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
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
    ) -> _pages.SyncPage[Instance]:
        """List or watch instances

        List the instances, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances` (operation `listInstances`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListInstancesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Instance]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import list_instances as _instances__list_instances  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _instances__list_instances._get_kwargs(
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
                _instances__list_instances._parse_response,
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
        body: Instance | InstanceDict,
        dry_run: CreateInstanceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateInstanceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Create a instance

        Create a Instance named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field; a namespace that does not exist answers 404 `NotFound`.

        `POST /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances` (operation `createInstance`)

        Args:
            namespace (str):
            dry_run (CreateInstanceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateInstanceFieldValidation | Unset):
            pretty (str | Unset):
            body (Instance): One running instance of a workload deployment; its status carries the
                network and external IP addresses of its interfaces.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import create_instance as _instances__create_instance  # noqa: PLC0415

        kwargs = _instances__create_instance._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Instance",
            self._client._call(
                kwargs,
                _instances__create_instance._parse_response,
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
        dry_run: DeleteInstanceCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteInstanceCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteInstanceCollectionResourceVersionMatch
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
        """Delete a collection of instances

        Delete every instance the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances` (operation `deleteInstanceCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteInstanceCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteInstanceCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteInstanceCollectionResourceVersionMatch | Unset):
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

        from ..api.instances import delete_instance_collection as _instances__delete_instance_collection  # noqa: PLC0415

        kwargs = _instances__delete_instance_collection._get_kwargs(
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
                _instances__delete_instance_collection._parse_response,
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
    ) -> Instance:
        """Read a instance

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `readInstance`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import read_instance as _instances__read_instance  # noqa: PLC0415

        kwargs = _instances__read_instance._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Instance",
            self._client._call(
                kwargs,
                _instances__read_instance._parse_response,
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
        body: Instance | InstanceDict,
        dry_run: ReplaceInstanceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceInstanceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Replace a instance

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `replaceInstance`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceInstanceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceInstanceFieldValidation | Unset):
            pretty (str | Unset):
            body (Instance): One running instance of a workload deployment; its status carries the
                network and external IP addresses of its interfaces.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import replace_instance as _instances__replace_instance  # noqa: PLC0415

        kwargs = _instances__replace_instance._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Instance",
            self._client._call(
                kwargs,
                _instances__replace_instance._parse_response,
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
        dry_run: DeleteInstanceDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteInstancePropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance | Status:
        """Delete a instance

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `deleteInstance`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteInstanceDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteInstancePropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import delete_instance as _instances__delete_instance  # noqa: PLC0415

        kwargs = _instances__delete_instance._get_kwargs(
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
            "Instance | Status",
            self._client._call(
                kwargs,
                _instances__delete_instance._parse_response,
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
        dry_run: PatchInstanceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchInstanceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Patch a instance

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `patchInstance`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchInstanceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchInstanceFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Instance manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import patch_instance as _instances__patch_instance  # noqa: PLC0415

        kwargs = _instances__patch_instance._get_kwargs(
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
            "Instance",
            self._client._call(
                kwargs,
                _instances__patch_instance._parse_response,
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
    ) -> Instance:
        """Read a instance's status

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status` (operation `readInstanceStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import read_instance_status as _instances__read_instance_status  # noqa: PLC0415

        kwargs = _instances__read_instance_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Instance",
            self._client._call(
                kwargs,
                _instances__read_instance_status._parse_response,
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
        body: Instance | InstanceDict,
        dry_run: ReplaceInstanceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceInstanceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Replace a instance's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status` (operation `replaceInstanceStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceInstanceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceInstanceStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Instance): One running instance of a workload deployment; its status carries the
                network and external IP addresses of its interfaces.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import replace_instance_status as _instances__replace_instance_status  # noqa: PLC0415

        kwargs = _instances__replace_instance_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Instance",
            self._client._call(
                kwargs,
                _instances__replace_instance_status._parse_response,
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
        dry_run: PatchInstanceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchInstanceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Patch a instance's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status` (operation `patchInstanceStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchInstanceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchInstanceStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Instance manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import patch_instance_status as _instances__patch_instance_status  # noqa: PLC0415

        kwargs = _instances__patch_instance_status._get_kwargs(
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
            "Instance",
            self._client._call(
                kwargs,
                _instances__patch_instance_status._parse_response,
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
        resource_version_match: ListInstancesForAllNamespacesResourceVersionMatch
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
    ) -> _pages.SyncPage[Instance]:
        """List or watch instances in every namespace

        List the instances in every namespace, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/instances` (operation `listInstancesForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListInstancesForAllNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Instance]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import list_instances_for_all_namespaces as _instances__list_instances_for_all_namespaces  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _instances__list_instances_for_all_namespaces._get_kwargs(
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
                _instances__list_instances_for_all_namespaces._parse_response,
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
    ) -> _watch.Watch[Instance]:
        """Changes to the instances the selectors match, as they happen: `Event`s whose `object`
        is a `Instance`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.instances import list_instances as _instances__list_instances  # noqa: PLC0415
        from ..models.instance import Instance

        kwargs = _instances__list_instances._get_kwargs(
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
            _instances__list_instances._parse_response,
            Instance.from_dict,
            params,
            extra_headers,
            timeout,
        )


class InstancesResourceWithRawResponse:
    """`client.with_raw_response.instances`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: InstancesResource) -> None:
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


class InstancesResourceWithStreamingResponse:
    """`client.with_streaming_response.instances`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: InstancesResource) -> None:
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


class AsyncInstancesResource:
    """`client.instances`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInstancesResourceWithRawResponse:
        return AsyncInstancesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInstancesResourceWithStreamingResponse:
        return AsyncInstancesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListInstancesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
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
    ) -> _pages.AsyncPager[Instance]:
        """List or watch instances

        List the instances, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances` (operation `listInstances`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListInstancesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Instance]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import list_instances as _instances__list_instances  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _instances__list_instances._get_kwargs(
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
                _instances__list_instances._parse_response,
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
        body: Instance | InstanceDict,
        dry_run: CreateInstanceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateInstanceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Create a instance

        Create a Instance named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field; a namespace that does not exist answers 404 `NotFound`.

        `POST /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances` (operation `createInstance`)

        Args:
            namespace (str):
            dry_run (CreateInstanceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateInstanceFieldValidation | Unset):
            pretty (str | Unset):
            body (Instance): One running instance of a workload deployment; its status carries the
                network and external IP addresses of its interfaces.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import create_instance as _instances__create_instance  # noqa: PLC0415

        kwargs = _instances__create_instance._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Instance",
            await self._client._call(
                kwargs,
                _instances__create_instance._parse_response,
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
        dry_run: DeleteInstanceCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteInstanceCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteInstanceCollectionResourceVersionMatch
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
        """Delete a collection of instances

        Delete every instance the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances` (operation `deleteInstanceCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteInstanceCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteInstanceCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteInstanceCollectionResourceVersionMatch | Unset):
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

        from ..api.instances import delete_instance_collection as _instances__delete_instance_collection  # noqa: PLC0415

        kwargs = _instances__delete_instance_collection._get_kwargs(
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
                _instances__delete_instance_collection._parse_response,
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
    ) -> Instance:
        """Read a instance

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `readInstance`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import read_instance as _instances__read_instance  # noqa: PLC0415

        kwargs = _instances__read_instance._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Instance",
            await self._client._call(
                kwargs,
                _instances__read_instance._parse_response,
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
        body: Instance | InstanceDict,
        dry_run: ReplaceInstanceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceInstanceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Replace a instance

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `replaceInstance`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceInstanceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceInstanceFieldValidation | Unset):
            pretty (str | Unset):
            body (Instance): One running instance of a workload deployment; its status carries the
                network and external IP addresses of its interfaces.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import replace_instance as _instances__replace_instance  # noqa: PLC0415

        kwargs = _instances__replace_instance._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Instance",
            await self._client._call(
                kwargs,
                _instances__replace_instance._parse_response,
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
        dry_run: DeleteInstanceDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteInstancePropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance | Status:
        """Delete a instance

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `deleteInstance`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteInstanceDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteInstancePropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import delete_instance as _instances__delete_instance  # noqa: PLC0415

        kwargs = _instances__delete_instance._get_kwargs(
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
            "Instance | Status",
            await self._client._call(
                kwargs,
                _instances__delete_instance._parse_response,
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
        dry_run: PatchInstanceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchInstanceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Patch a instance

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}` (operation `patchInstance`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchInstanceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchInstanceFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Instance manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import patch_instance as _instances__patch_instance  # noqa: PLC0415

        kwargs = _instances__patch_instance._get_kwargs(
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
            "Instance",
            await self._client._call(
                kwargs,
                _instances__patch_instance._parse_response,
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
    ) -> Instance:
        """Read a instance's status

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status` (operation `readInstanceStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import read_instance_status as _instances__read_instance_status  # noqa: PLC0415

        kwargs = _instances__read_instance_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Instance",
            await self._client._call(
                kwargs,
                _instances__read_instance_status._parse_response,
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
        body: Instance | InstanceDict,
        dry_run: ReplaceInstanceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceInstanceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Replace a instance's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status` (operation `replaceInstanceStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceInstanceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceInstanceStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Instance): One running instance of a workload deployment; its status carries the
                network and external IP addresses of its interfaces.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import replace_instance_status as _instances__replace_instance_status  # noqa: PLC0415

        kwargs = _instances__replace_instance_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Instance",
            await self._client._call(
                kwargs,
                _instances__replace_instance_status._parse_response,
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
        dry_run: PatchInstanceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchInstanceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Instance:
        """Patch a instance's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances/{name}/status` (operation `patchInstanceStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchInstanceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchInstanceStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Instance manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Instance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import patch_instance_status as _instances__patch_instance_status  # noqa: PLC0415

        kwargs = _instances__patch_instance_status._get_kwargs(
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
            "Instance",
            await self._client._call(
                kwargs,
                _instances__patch_instance_status._parse_response,
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
        resource_version_match: ListInstancesForAllNamespacesResourceVersionMatch
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
    ) -> _pages.AsyncPager[Instance]:
        """List or watch instances in every namespace

        List the instances in every namespace, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/compute.datumapis.com/v1alpha/instances` (operation `listInstancesForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListInstancesForAllNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Instance]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.instances import list_instances_for_all_namespaces as _instances__list_instances_for_all_namespaces  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _instances__list_instances_for_all_namespaces._get_kwargs(
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
                _instances__list_instances_for_all_namespaces._parse_response,
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
    ) -> _watch.AsyncWatch[Instance]:
        """Changes to the instances the selectors match, as they happen: `Event`s whose `object`
        is a `Instance`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/compute.datumapis.com/v1alpha/namespaces/{namespace}/instances?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.instances import list_instances as _instances__list_instances  # noqa: PLC0415
        from ..models.instance import Instance

        kwargs = _instances__list_instances._get_kwargs(
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
            _instances__list_instances._parse_response,
            Instance.from_dict,
            params,
            extra_headers,
            timeout,
        )


class AsyncInstancesResourceWithRawResponse:
    """`client.with_raw_response.instances`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncInstancesResource) -> None:
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


class AsyncInstancesResourceWithStreamingResponse:
    """`client.with_streaming_response.instances`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncInstancesResource) -> None:
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
