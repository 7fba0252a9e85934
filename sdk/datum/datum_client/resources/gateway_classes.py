"""`client.gateway_classes` (generated from the spec; see api.md)."""

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

    from ..models.create_gateway_class_dry_run import CreateGatewayClassDryRun
    from ..models.create_gateway_class_field_validation import CreateGatewayClassFieldValidation
    from ..models.delete_gateway_class_collection_dry_run import DeleteGatewayClassCollectionDryRun
    from ..models.delete_gateway_class_collection_propagation_policy import (
        DeleteGatewayClassCollectionPropagationPolicy,
    )
    from ..models.delete_gateway_class_collection_resource_version_match import (
        DeleteGatewayClassCollectionResourceVersionMatch,
    )
    from ..models.delete_gateway_class_dry_run import DeleteGatewayClassDryRun
    from ..models.delete_gateway_class_propagation_policy import DeleteGatewayClassPropagationPolicy
    from ..models.delete_options import DeleteOptions, DeleteOptionsDict
    from ..models.gateway_class import GatewayClass, GatewayClassDict
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.list_gateway_classes_resource_version_match import ListGatewayClassesResourceVersionMatch
    from ..models.merge_patch import MergePatch
    from ..models.patch_gateway_class_dry_run import PatchGatewayClassDryRun
    from ..models.patch_gateway_class_field_validation import PatchGatewayClassFieldValidation
    from ..models.patch_gateway_class_status_dry_run import PatchGatewayClassStatusDryRun
    from ..models.patch_gateway_class_status_field_validation import PatchGatewayClassStatusFieldValidation
    from ..models.replace_gateway_class_dry_run import ReplaceGatewayClassDryRun
    from ..models.replace_gateway_class_field_validation import ReplaceGatewayClassFieldValidation
    from ..models.replace_gateway_class_status_dry_run import ReplaceGatewayClassStatusDryRun
    from ..models.replace_gateway_class_status_field_validation import ReplaceGatewayClassStatusFieldValidation
    from ..models.status import Status
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncGatewayClassesResource",
    "AsyncGatewayClassesResourceWithRawResponse",
    "AsyncGatewayClassesResourceWithStreamingResponse",
    "GatewayClassesResource",
    "GatewayClassesResourceWithRawResponse",
    "GatewayClassesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class GatewayClassesResource:
    """`client.gateway_classes`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GatewayClassesResourceWithRawResponse:
        return GatewayClassesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GatewayClassesResourceWithStreamingResponse:
        return GatewayClassesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListGatewayClassesResourceVersionMatch
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
    ) -> _pages.SyncPage[GatewayClass]:
        """List or watch gatewayclasses

        List the gatewayclasses, sorted by name, one page of `limit` at a time (follow `metadata.continue`;
        an expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses` (operation `listGatewayClasses`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListGatewayClassesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[GatewayClass]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import list_gateway_classes as _gatewayclasses__list_gateway_classes  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _gatewayclasses__list_gateway_classes._get_kwargs(
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
                _gatewayclasses__list_gateway_classes._parse_response,
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
        body: GatewayClass | GatewayClassDict,
        dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Create a gatewayclass

        Create a GatewayClass named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field.

        `POST /apis/gateway.networking.k8s.io/v1/gatewayclasses` (operation `createGatewayClass`)

        Args:
            dry_run (CreateGatewayClassDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateGatewayClassFieldValidation | Unset):
            pretty (str | Unset):
            body (GatewayClass): A class of gateways and the controller that implements it; `datum-
                external-global-proxy` is pre-installed.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import create_gateway_class as _gatewayclasses__create_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__create_gateway_class._get_kwargs(
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__create_gateway_class._parse_response,
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
        dry_run: DeleteGatewayClassCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayClassCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteGatewayClassCollectionResourceVersionMatch
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
        """Delete a collection of gatewayclasses

        Delete every gatewayclass the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/gateway.networking.k8s.io/v1/gatewayclasses` (operation `deleteGatewayClassCollection`)

        Args:
            continue_ (str | Unset):
            dry_run (DeleteGatewayClassCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayClassCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteGatewayClassCollectionResourceVersionMatch | Unset):
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

        from ..api.gatewayclasses import (
            delete_gateway_class_collection as _gatewayclasses__delete_gateway_class_collection,  # noqa: PLC0415
        )

        kwargs = _gatewayclasses__delete_gateway_class_collection._get_kwargs(
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
                _gatewayclasses__delete_gateway_class_collection._parse_response,
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
    ) -> GatewayClass:
        """Read a gatewayclass

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `readGatewayClass`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import read_gateway_class as _gatewayclasses__read_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__read_gateway_class._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__read_gateway_class._parse_response,
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
        body: GatewayClass | GatewayClassDict,
        dry_run: ReplaceGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Replace a gatewayclass

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `replaceGatewayClass`)

        Args:
            name (str):
            dry_run (ReplaceGatewayClassDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayClassFieldValidation | Unset):
            pretty (str | Unset):
            body (GatewayClass): A class of gateways and the controller that implements it; `datum-
                external-global-proxy` is pre-installed.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import replace_gateway_class as _gatewayclasses__replace_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__replace_gateway_class._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__replace_gateway_class._parse_response,
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
        dry_run: DeleteGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayClassPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass | Status:
        """Delete a gatewayclass

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `deleteGatewayClass`)

        Args:
            name (str):
            dry_run (DeleteGatewayClassDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayClassPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import delete_gateway_class as _gatewayclasses__delete_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__delete_gateway_class._get_kwargs(
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
            "GatewayClass | Status",
            self._client._call(
                kwargs,
                _gatewayclasses__delete_gateway_class._parse_response,
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
        dry_run: PatchGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Patch a gatewayclass

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `patchGatewayClass`)

        Args:
            name (str):
            dry_run (PatchGatewayClassDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayClassFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A GatewayClass manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import patch_gateway_class as _gatewayclasses__patch_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__patch_gateway_class._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__patch_gateway_class._parse_response,
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
    ) -> GatewayClass:
        """Read a gatewayclass's status

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}/status` (operation `readGatewayClassStatus`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import read_gateway_class_status as _gatewayclasses__read_gateway_class_status  # noqa: PLC0415

        kwargs = _gatewayclasses__read_gateway_class_status._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__read_gateway_class_status._parse_response,
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
        body: GatewayClass | GatewayClassDict,
        dry_run: ReplaceGatewayClassStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayClassStatusFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Replace a gatewayclass's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}/status` (operation `replaceGatewayClassStatus`)

        Args:
            name (str):
            dry_run (ReplaceGatewayClassStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayClassStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (GatewayClass): A class of gateways and the controller that implements it; `datum-
                external-global-proxy` is pre-installed.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import replace_gateway_class_status as _gatewayclasses__replace_gateway_class_status  # noqa: PLC0415

        kwargs = _gatewayclasses__replace_gateway_class_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__replace_gateway_class_status._parse_response,
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
        dry_run: PatchGatewayClassStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayClassStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Patch a gatewayclass's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}/status` (operation `patchGatewayClassStatus`)

        Args:
            name (str):
            dry_run (PatchGatewayClassStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayClassStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A GatewayClass manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import patch_gateway_class_status as _gatewayclasses__patch_gateway_class_status  # noqa: PLC0415

        kwargs = _gatewayclasses__patch_gateway_class_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            self._client._call(
                kwargs,
                _gatewayclasses__patch_gateway_class_status._parse_response,
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
    ) -> _watch.Watch[GatewayClass]:
        """Changes to the gateway classes the selectors match, as they happen: `Event`s whose `object`
        is a `GatewayClass`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.gatewayclasses import list_gateway_classes as _gatewayclasses__list_gateway_classes  # noqa: PLC0415
        from ..models.gateway_class import GatewayClass

        kwargs = _gatewayclasses__list_gateway_classes._get_kwargs()
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
            _gatewayclasses__list_gateway_classes._parse_response,
            GatewayClass.from_dict,
            params,
            extra_headers,
            timeout,
        )


class GatewayClassesResourceWithRawResponse:
    """`client.with_raw_response.gateway_classes`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: GatewayClassesResource) -> None:
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


class GatewayClassesResourceWithStreamingResponse:
    """`client.with_streaming_response.gateway_classes`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: GatewayClassesResource) -> None:
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


class AsyncGatewayClassesResource:
    """`client.gateway_classes`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGatewayClassesResourceWithRawResponse:
        return AsyncGatewayClassesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGatewayClassesResourceWithStreamingResponse:
        return AsyncGatewayClassesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListGatewayClassesResourceVersionMatch
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
    ) -> _pages.AsyncPager[GatewayClass]:
        """List or watch gatewayclasses

        List the gatewayclasses, sorted by name, one page of `limit` at a time (follow `metadata.continue`;
        an expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses` (operation `listGatewayClasses`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListGatewayClassesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[GatewayClass]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import list_gateway_classes as _gatewayclasses__list_gateway_classes  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _gatewayclasses__list_gateway_classes._get_kwargs(
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
                _gatewayclasses__list_gateway_classes._parse_response,
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
        body: GatewayClass | GatewayClassDict,
        dry_run: CreateGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Create a gatewayclass

        Create a GatewayClass named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field.

        `POST /apis/gateway.networking.k8s.io/v1/gatewayclasses` (operation `createGatewayClass`)

        Args:
            dry_run (CreateGatewayClassDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateGatewayClassFieldValidation | Unset):
            pretty (str | Unset):
            body (GatewayClass): A class of gateways and the controller that implements it; `datum-
                external-global-proxy` is pre-installed.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import create_gateway_class as _gatewayclasses__create_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__create_gateway_class._get_kwargs(
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__create_gateway_class._parse_response,
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
        dry_run: DeleteGatewayClassCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayClassCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteGatewayClassCollectionResourceVersionMatch
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
        """Delete a collection of gatewayclasses

        Delete every gatewayclass the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/gateway.networking.k8s.io/v1/gatewayclasses` (operation `deleteGatewayClassCollection`)

        Args:
            continue_ (str | Unset):
            dry_run (DeleteGatewayClassCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayClassCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteGatewayClassCollectionResourceVersionMatch | Unset):
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

        from ..api.gatewayclasses import (
            delete_gateway_class_collection as _gatewayclasses__delete_gateway_class_collection,  # noqa: PLC0415
        )

        kwargs = _gatewayclasses__delete_gateway_class_collection._get_kwargs(
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
                _gatewayclasses__delete_gateway_class_collection._parse_response,
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
    ) -> GatewayClass:
        """Read a gatewayclass

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `readGatewayClass`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import read_gateway_class as _gatewayclasses__read_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__read_gateway_class._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__read_gateway_class._parse_response,
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
        body: GatewayClass | GatewayClassDict,
        dry_run: ReplaceGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Replace a gatewayclass

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `replaceGatewayClass`)

        Args:
            name (str):
            dry_run (ReplaceGatewayClassDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayClassFieldValidation | Unset):
            pretty (str | Unset):
            body (GatewayClass): A class of gateways and the controller that implements it; `datum-
                external-global-proxy` is pre-installed.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import replace_gateway_class as _gatewayclasses__replace_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__replace_gateway_class._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__replace_gateway_class._parse_response,
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
        dry_run: DeleteGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayClassPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass | Status:
        """Delete a gatewayclass

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `deleteGatewayClass`)

        Args:
            name (str):
            dry_run (DeleteGatewayClassDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayClassPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import delete_gateway_class as _gatewayclasses__delete_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__delete_gateway_class._get_kwargs(
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
            "GatewayClass | Status",
            await self._client._call(
                kwargs,
                _gatewayclasses__delete_gateway_class._parse_response,
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
        dry_run: PatchGatewayClassDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayClassFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Patch a gatewayclass

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}` (operation `patchGatewayClass`)

        Args:
            name (str):
            dry_run (PatchGatewayClassDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayClassFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A GatewayClass manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import patch_gateway_class as _gatewayclasses__patch_gateway_class  # noqa: PLC0415

        kwargs = _gatewayclasses__patch_gateway_class._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__patch_gateway_class._parse_response,
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
    ) -> GatewayClass:
        """Read a gatewayclass's status

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}/status` (operation `readGatewayClassStatus`)

        Args:
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import read_gateway_class_status as _gatewayclasses__read_gateway_class_status  # noqa: PLC0415

        kwargs = _gatewayclasses__read_gateway_class_status._get_kwargs(
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__read_gateway_class_status._parse_response,
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
        body: GatewayClass | GatewayClassDict,
        dry_run: ReplaceGatewayClassStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayClassStatusFieldValidation
        | Literal["Ignore", "Warn", "Strict"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Replace a gatewayclass's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}/status` (operation `replaceGatewayClassStatus`)

        Args:
            name (str):
            dry_run (ReplaceGatewayClassStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayClassStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (GatewayClass): A class of gateways and the controller that implements it; `datum-
                external-global-proxy` is pre-installed.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import replace_gateway_class_status as _gatewayclasses__replace_gateway_class_status  # noqa: PLC0415

        kwargs = _gatewayclasses__replace_gateway_class_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__replace_gateway_class_status._parse_response,
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
        dry_run: PatchGatewayClassStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayClassStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GatewayClass:
        """Patch a gatewayclass's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/gateway.networking.k8s.io/v1/gatewayclasses/{name}/status` (operation `patchGatewayClassStatus`)

        Args:
            name (str):
            dry_run (PatchGatewayClassStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayClassStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A GatewayClass manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GatewayClass

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gatewayclasses import patch_gateway_class_status as _gatewayclasses__patch_gateway_class_status  # noqa: PLC0415

        kwargs = _gatewayclasses__patch_gateway_class_status._get_kwargs(
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            force=force,
            pretty=pretty,
        )
        return cast(
            "GatewayClass",
            await self._client._call(
                kwargs,
                _gatewayclasses__patch_gateway_class_status._parse_response,
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
    ) -> _watch.AsyncWatch[GatewayClass]:
        """Changes to the gateway classes the selectors match, as they happen: `Event`s whose `object`
        is a `GatewayClass`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/gateway.networking.k8s.io/v1/gatewayclasses?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.gatewayclasses import list_gateway_classes as _gatewayclasses__list_gateway_classes  # noqa: PLC0415
        from ..models.gateway_class import GatewayClass

        kwargs = _gatewayclasses__list_gateway_classes._get_kwargs()
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
            _gatewayclasses__list_gateway_classes._parse_response,
            GatewayClass.from_dict,
            params,
            extra_headers,
            timeout,
        )


class AsyncGatewayClassesResourceWithRawResponse:
    """`client.with_raw_response.gateway_classes`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncGatewayClassesResource) -> None:
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


class AsyncGatewayClassesResourceWithStreamingResponse:
    """`client.with_streaming_response.gateway_classes`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncGatewayClassesResource) -> None:
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
