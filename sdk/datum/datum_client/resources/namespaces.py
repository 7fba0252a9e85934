"""`client.namespaces` (generated from the spec; see api.md)."""

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

    from ..models.create_namespace_dry_run import CreateNamespaceDryRun
    from ..models.create_namespace_field_validation import CreateNamespaceFieldValidation
    from ..models.delete_namespace_collection_dry_run import DeleteNamespaceCollectionDryRun
    from ..models.delete_namespace_collection_propagation_policy import DeleteNamespaceCollectionPropagationPolicy
    from ..models.delete_namespace_collection_resource_version_match import (
        DeleteNamespaceCollectionResourceVersionMatch,
    )
    from ..models.delete_namespace_dry_run import DeleteNamespaceDryRun
    from ..models.delete_namespace_propagation_policy import DeleteNamespacePropagationPolicy
    from ..models.delete_options import DeleteOptions, DeleteOptionsDict
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.list_namespaces_resource_version_match import ListNamespacesResourceVersionMatch
    from ..models.merge_patch import MergePatch
    from ..models.namespace import Namespace, NamespaceDict
    from ..models.patch_namespace_dry_run import PatchNamespaceDryRun
    from ..models.patch_namespace_field_validation import PatchNamespaceFieldValidation
    from ..models.patch_namespace_status_dry_run import PatchNamespaceStatusDryRun
    from ..models.patch_namespace_status_field_validation import PatchNamespaceStatusFieldValidation
    from ..models.replace_namespace_dry_run import ReplaceNamespaceDryRun
    from ..models.replace_namespace_field_validation import ReplaceNamespaceFieldValidation
    from ..models.replace_namespace_status_dry_run import ReplaceNamespaceStatusDryRun
    from ..models.replace_namespace_status_field_validation import ReplaceNamespaceStatusFieldValidation
    from ..models.status import Status
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncNamespacesResource",
    "AsyncNamespacesResourceWithRawResponse",
    "AsyncNamespacesResourceWithStreamingResponse",
    "NamespacesResource",
    "NamespacesResourceWithRawResponse",
    "NamespacesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class NamespacesResource:
    """`client.namespaces`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NamespacesResourceWithRawResponse:
        return NamespacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NamespacesResourceWithStreamingResponse:
        return NamespacesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListNamespacesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        watch: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.SyncPage[Namespace]:
        """List or watch namespaces

        List the namespaces, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /api/v1/namespaces` (operation `listNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Namespace]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import list_namespaces as _namespaces__list_namespaces  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _namespaces__list_namespaces._get_kwargs(
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
                _namespaces__list_namespaces._parse_response,
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
        body: Namespace | NamespaceDict,
        dry_run: CreateNamespaceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Create a namespace

        Create a Namespace named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field.

        `POST /api/v1/namespaces` (operation `createNamespace`)

        Args:
            dry_run (CreateNamespaceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateNamespaceFieldValidation | Unset):
            pretty (str | Unset):
            body (Namespace): A scope for names; every project control plane has `default`.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import create_namespace as _namespaces__create_namespace  # noqa: PLC0415

        kwargs = _namespaces__create_namespace._get_kwargs(
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__create_namespace._parse_response,
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
        dry_run: DeleteNamespaceCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteNamespaceCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteNamespaceCollectionResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Status:
        """Delete a collection of namespaces

        Delete every namespace the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /api/v1/namespaces` (operation `deleteNamespaceCollection`)

        Args:
            continue_ (str | Unset):
            dry_run (DeleteNamespaceCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteNamespaceCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteNamespaceCollectionResourceVersionMatch | Unset):
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

        from ..api.namespaces import delete_namespace_collection as _namespaces__delete_namespace_collection  # noqa: PLC0415

        kwargs = _namespaces__delete_namespace_collection._get_kwargs(
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
                _namespaces__delete_namespace_collection._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Read a namespace

        `GET /api/v1/namespaces/{name}` (operation `readNamespace`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import read_namespace as _namespaces__read_namespace  # noqa: PLC0415

        kwargs = _namespaces__read_namespace._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__read_namespace._parse_response,
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
        body: Namespace | NamespaceDict,
        dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Replace a namespace

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /api/v1/namespaces/{name}` (operation `replaceNamespace`)

        Args:
            name (str):
            dry_run (ReplaceNamespaceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceNamespaceFieldValidation | Unset):
            pretty (str | Unset):
            body (Namespace): A scope for names; every project control plane has `default`.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import replace_namespace as _namespaces__replace_namespace  # noqa: PLC0415

        kwargs = _namespaces__replace_namespace._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__replace_namespace._parse_response,
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
        dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteNamespacePropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace | Status:
        """Delete a namespace

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /api/v1/namespaces/{name}` (operation `deleteNamespace`)

        Args:
            name (str):
            dry_run (DeleteNamespaceDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteNamespacePropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import delete_namespace as _namespaces__delete_namespace  # noqa: PLC0415

        kwargs = _namespaces__delete_namespace._get_kwargs(
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
            "Namespace | Status",
            self._client._call(
                kwargs,
                _namespaces__delete_namespace._parse_response,
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
        dry_run: PatchNamespaceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Patch a namespace

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /api/v1/namespaces/{name}` (operation `patchNamespace`)

        Args:
            name (str):
            dry_run (PatchNamespaceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchNamespaceFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Namespace manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import patch_namespace as _namespaces__patch_namespace  # noqa: PLC0415

        kwargs = _namespaces__patch_namespace._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__patch_namespace._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Read a namespace's status

        `GET /api/v1/namespaces/{name}/status` (operation `readNamespaceStatus`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import read_namespace_status as _namespaces__read_namespace_status  # noqa: PLC0415

        kwargs = _namespaces__read_namespace_status._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__read_namespace_status._parse_response,
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
        body: Namespace | NamespaceDict,
        dry_run: ReplaceNamespaceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceNamespaceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Replace a namespace's status

        Replace the status; metadata and spec are left as they are.

        `PUT /api/v1/namespaces/{name}/status` (operation `replaceNamespaceStatus`)

        Args:
            name (str):
            dry_run (ReplaceNamespaceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceNamespaceStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Namespace): A scope for names; every project control plane has `default`.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import replace_namespace_status as _namespaces__replace_namespace_status  # noqa: PLC0415

        kwargs = _namespaces__replace_namespace_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__replace_namespace_status._parse_response,
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
        dry_run: PatchNamespaceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchNamespaceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Patch a namespace's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /api/v1/namespaces/{name}/status` (operation `patchNamespaceStatus`)

        Args:
            name (str):
            dry_run (PatchNamespaceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchNamespaceStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Namespace manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import patch_namespace_status as _namespaces__patch_namespace_status  # noqa: PLC0415

        kwargs = _namespaces__patch_namespace_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            self._client._call(
                kwargs,
                _namespaces__patch_namespace_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def watch(
        self,
        *,
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        allow_watch_bookmarks: bool = False,
        send_initial_events: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
    ) -> _watch.Watch[Namespace]:
        """Changes to the namespaces the selectors match, as they happen: `Event`s whose `object`
        is a `Namespace`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /api/v1/namespaces?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.namespaces import list_namespaces as _namespaces__list_namespaces  # noqa: PLC0415
        from ..models.namespace import Namespace

        kwargs = _namespaces__list_namespaces._get_kwargs()
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
            _namespaces__list_namespaces._parse_response,
            Namespace.from_dict,
            params,
            extra_headers,
            timeout,
        )


class NamespacesResourceWithRawResponse:
    """`client.with_raw_response.namespaces`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: NamespacesResource) -> None:
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


class NamespacesResourceWithStreamingResponse:
    """`client.with_streaming_response.namespaces`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: NamespacesResource) -> None:
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


class AsyncNamespacesResource:
    """`client.namespaces`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNamespacesResourceWithRawResponse:
        return AsyncNamespacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNamespacesResourceWithStreamingResponse:
        return AsyncNamespacesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListNamespacesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        watch: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> _pages.AsyncPager[Namespace]:
        """List or watch namespaces

        List the namespaces, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /api/v1/namespaces` (operation `listNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Namespace]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import list_namespaces as _namespaces__list_namespaces  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _namespaces__list_namespaces._get_kwargs(
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
                _namespaces__list_namespaces._parse_response,
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
        body: Namespace | NamespaceDict,
        dry_run: CreateNamespaceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Create a namespace

        Create a Namespace named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field.

        `POST /api/v1/namespaces` (operation `createNamespace`)

        Args:
            dry_run (CreateNamespaceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateNamespaceFieldValidation | Unset):
            pretty (str | Unset):
            body (Namespace): A scope for names; every project control plane has `default`.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import create_namespace as _namespaces__create_namespace  # noqa: PLC0415

        kwargs = _namespaces__create_namespace._get_kwargs(
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__create_namespace._parse_response,
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
        dry_run: DeleteNamespaceCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteNamespaceCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteNamespaceCollectionResourceVersionMatch
        | Literal["Exact", "NotOlderThan"]
        | Unset = UNSET,
        send_initial_events: bool | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Status:
        """Delete a collection of namespaces

        Delete every namespace the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /api/v1/namespaces` (operation `deleteNamespaceCollection`)

        Args:
            continue_ (str | Unset):
            dry_run (DeleteNamespaceCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteNamespaceCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteNamespaceCollectionResourceVersionMatch | Unset):
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

        from ..api.namespaces import delete_namespace_collection as _namespaces__delete_namespace_collection  # noqa: PLC0415

        kwargs = _namespaces__delete_namespace_collection._get_kwargs(
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
                _namespaces__delete_namespace_collection._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Read a namespace

        `GET /api/v1/namespaces/{name}` (operation `readNamespace`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import read_namespace as _namespaces__read_namespace  # noqa: PLC0415

        kwargs = _namespaces__read_namespace._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__read_namespace._parse_response,
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
        body: Namespace | NamespaceDict,
        dry_run: ReplaceNamespaceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Replace a namespace

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /api/v1/namespaces/{name}` (operation `replaceNamespace`)

        Args:
            name (str):
            dry_run (ReplaceNamespaceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceNamespaceFieldValidation | Unset):
            pretty (str | Unset):
            body (Namespace): A scope for names; every project control plane has `default`.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import replace_namespace as _namespaces__replace_namespace  # noqa: PLC0415

        kwargs = _namespaces__replace_namespace._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__replace_namespace._parse_response,
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
        dry_run: DeleteNamespaceDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteNamespacePropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace | Status:
        """Delete a namespace

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /api/v1/namespaces/{name}` (operation `deleteNamespace`)

        Args:
            name (str):
            dry_run (DeleteNamespaceDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteNamespacePropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import delete_namespace as _namespaces__delete_namespace  # noqa: PLC0415

        kwargs = _namespaces__delete_namespace._get_kwargs(
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
            "Namespace | Status",
            await self._client._call(
                kwargs,
                _namespaces__delete_namespace._parse_response,
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
        dry_run: PatchNamespaceDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchNamespaceFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Patch a namespace

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /api/v1/namespaces/{name}` (operation `patchNamespace`)

        Args:
            name (str):
            dry_run (PatchNamespaceDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchNamespaceFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Namespace manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import patch_namespace as _namespaces__patch_namespace  # noqa: PLC0415

        kwargs = _namespaces__patch_namespace._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__patch_namespace._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Read a namespace's status

        `GET /api/v1/namespaces/{name}/status` (operation `readNamespaceStatus`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import read_namespace_status as _namespaces__read_namespace_status  # noqa: PLC0415

        kwargs = _namespaces__read_namespace_status._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__read_namespace_status._parse_response,
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
        body: Namespace | NamespaceDict,
        dry_run: ReplaceNamespaceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceNamespaceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Replace a namespace's status

        Replace the status; metadata and spec are left as they are.

        `PUT /api/v1/namespaces/{name}/status` (operation `replaceNamespaceStatus`)

        Args:
            name (str):
            dry_run (ReplaceNamespaceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceNamespaceStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Namespace): A scope for names; every project control plane has `default`.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import replace_namespace_status as _namespaces__replace_namespace_status  # noqa: PLC0415

        kwargs = _namespaces__replace_namespace_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__replace_namespace_status._parse_response,
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
        dry_run: PatchNamespaceStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchNamespaceStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Namespace:
        """Patch a namespace's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /api/v1/namespaces/{name}/status` (operation `patchNamespaceStatus`)

        Args:
            name (str):
            dry_run (PatchNamespaceStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchNamespaceStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Namespace manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Namespace

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.namespaces import patch_namespace_status as _namespaces__patch_namespace_status  # noqa: PLC0415

        kwargs = _namespaces__patch_namespace_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "Namespace",
            await self._client._call(
                kwargs,
                _namespaces__patch_namespace_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def watch(
        self,
        *,
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        allow_watch_bookmarks: bool = False,
        send_initial_events: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
    ) -> _watch.AsyncWatch[Namespace]:
        """Changes to the namespaces the selectors match, as they happen: `Event`s whose `object`
        is a `Namespace`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /api/v1/namespaces?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.namespaces import list_namespaces as _namespaces__list_namespaces  # noqa: PLC0415
        from ..models.namespace import Namespace

        kwargs = _namespaces__list_namespaces._get_kwargs()
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
            _namespaces__list_namespaces._parse_response,
            Namespace.from_dict,
            params,
            extra_headers,
            timeout,
        )


class AsyncNamespacesResourceWithRawResponse:
    """`client.with_raw_response.namespaces`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncNamespacesResource) -> None:
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


class AsyncNamespacesResourceWithStreamingResponse:
    """`client.with_streaming_response.namespaces`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncNamespacesResource) -> None:
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
