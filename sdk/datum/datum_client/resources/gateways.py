"""`client.gateways` (generated from the spec; see api.md)."""

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

    from ..models.create_gateway_dry_run import CreateGatewayDryRun
    from ..models.create_gateway_field_validation import CreateGatewayFieldValidation
    from ..models.delete_gateway_collection_dry_run import DeleteGatewayCollectionDryRun
    from ..models.delete_gateway_collection_propagation_policy import DeleteGatewayCollectionPropagationPolicy
    from ..models.delete_gateway_collection_resource_version_match import DeleteGatewayCollectionResourceVersionMatch
    from ..models.delete_gateway_dry_run import DeleteGatewayDryRun
    from ..models.delete_gateway_propagation_policy import DeleteGatewayPropagationPolicy
    from ..models.delete_options import DeleteOptions, DeleteOptionsDict
    from ..models.gateway import Gateway, GatewayDict
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.list_gateways_for_all_namespaces_resource_version_match import (
        ListGatewaysForAllNamespacesResourceVersionMatch,
    )
    from ..models.list_gateways_resource_version_match import ListGatewaysResourceVersionMatch
    from ..models.merge_patch import MergePatch
    from ..models.patch_gateway_dry_run import PatchGatewayDryRun
    from ..models.patch_gateway_field_validation import PatchGatewayFieldValidation
    from ..models.patch_gateway_status_dry_run import PatchGatewayStatusDryRun
    from ..models.patch_gateway_status_field_validation import PatchGatewayStatusFieldValidation
    from ..models.replace_gateway_dry_run import ReplaceGatewayDryRun
    from ..models.replace_gateway_field_validation import ReplaceGatewayFieldValidation
    from ..models.replace_gateway_status_dry_run import ReplaceGatewayStatusDryRun
    from ..models.replace_gateway_status_field_validation import ReplaceGatewayStatusFieldValidation
    from ..models.status import Status
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncGatewaysResource",
    "AsyncGatewaysResourceWithRawResponse",
    "AsyncGatewaysResourceWithStreamingResponse",
    "GatewaysResource",
    "GatewaysResourceWithRawResponse",
    "GatewaysResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class GatewaysResource:
    """`client.gateways`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GatewaysResourceWithRawResponse:
        return GatewaysResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GatewaysResourceWithStreamingResponse:
        return GatewaysResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListGatewaysResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
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
    ) -> _pages.SyncPage[Gateway]:
        """List or watch gateways

        List the gateways, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways` (operation `listGateways`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListGatewaysResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Gateway]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import list_gateways as _gateways__list_gateways  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _gateways__list_gateways._get_kwargs(
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
                _gateways__list_gateways._parse_response,
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
        body: Gateway | GatewayDict,
        dry_run: CreateGatewayDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateGatewayFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Create a gateway

        Create a Gateway named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field; a namespace that does not exist answers 404 `NotFound`.

        `POST /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways` (operation `createGateway`)

        Args:
            namespace (str):
            dry_run (CreateGatewayDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateGatewayFieldValidation | Unset):
            pretty (str | Unset):
            body (Gateway): A gateway of a class, with the listeners (protocol, port, hostname) it
                accepts traffic on.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import create_gateway as _gateways__create_gateway  # noqa: PLC0415

        kwargs = _gateways__create_gateway._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__create_gateway._parse_response,
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
        dry_run: DeleteGatewayCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteGatewayCollectionResourceVersionMatch
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
        """Delete a collection of gateways

        Delete every gateway the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways` (operation `deleteGatewayCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteGatewayCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteGatewayCollectionResourceVersionMatch | Unset):
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

        from ..api.gateways import delete_gateway_collection as _gateways__delete_gateway_collection  # noqa: PLC0415

        kwargs = _gateways__delete_gateway_collection._get_kwargs(
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
                _gateways__delete_gateway_collection._parse_response,
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
    ) -> Gateway:
        """Read a gateway

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `readGateway`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import read_gateway as _gateways__read_gateway  # noqa: PLC0415

        kwargs = _gateways__read_gateway._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__read_gateway._parse_response,
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
        body: Gateway | GatewayDict,
        dry_run: ReplaceGatewayDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Replace a gateway

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `replaceGateway`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceGatewayDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayFieldValidation | Unset):
            pretty (str | Unset):
            body (Gateway): A gateway of a class, with the listeners (protocol, port, hostname) it
                accepts traffic on.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import replace_gateway as _gateways__replace_gateway  # noqa: PLC0415

        kwargs = _gateways__replace_gateway._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__replace_gateway._parse_response,
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
        dry_run: DeleteGatewayDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway | Status:
        """Delete a gateway

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `deleteGateway`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteGatewayDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import delete_gateway as _gateways__delete_gateway  # noqa: PLC0415

        kwargs = _gateways__delete_gateway._get_kwargs(
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
            "Gateway | Status",
            self._client._call(
                kwargs,
                _gateways__delete_gateway._parse_response,
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
        dry_run: PatchGatewayDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Patch a gateway

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `patchGateway`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchGatewayDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Gateway manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import patch_gateway as _gateways__patch_gateway  # noqa: PLC0415

        kwargs = _gateways__patch_gateway._get_kwargs(
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
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__patch_gateway._parse_response,
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
    ) -> Gateway:
        """Read a gateway's status

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}/status` (operation `readGatewayStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import read_gateway_status as _gateways__read_gateway_status  # noqa: PLC0415

        kwargs = _gateways__read_gateway_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__read_gateway_status._parse_response,
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
        body: Gateway | GatewayDict,
        dry_run: ReplaceGatewayStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Replace a gateway's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}/status` (operation `replaceGatewayStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceGatewayStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Gateway): A gateway of a class, with the listeners (protocol, port, hostname) it
                accepts traffic on.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import replace_gateway_status as _gateways__replace_gateway_status  # noqa: PLC0415

        kwargs = _gateways__replace_gateway_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__replace_gateway_status._parse_response,
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
        dry_run: PatchGatewayStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Patch a gateway's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}/status` (operation `patchGatewayStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchGatewayStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Gateway manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import patch_gateway_status as _gateways__patch_gateway_status  # noqa: PLC0415

        kwargs = _gateways__patch_gateway_status._get_kwargs(
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
            "Gateway",
            self._client._call(
                kwargs,
                _gateways__patch_gateway_status._parse_response,
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
        resource_version_match: ListGatewaysForAllNamespacesResourceVersionMatch
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
    ) -> _pages.SyncPage[Gateway]:
        """List or watch gateways in every namespace

        List the gateways in every namespace, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/gateway.networking.k8s.io/v1/gateways` (operation `listGatewaysForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListGatewaysForAllNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Gateway]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import list_gateways_for_all_namespaces as _gateways__list_gateways_for_all_namespaces  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _gateways__list_gateways_for_all_namespaces._get_kwargs(
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
                _gateways__list_gateways_for_all_namespaces._parse_response,
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
    ) -> _watch.Watch[Gateway]:
        """Changes to the gateways the selectors match, as they happen: `Event`s whose `object`
        is a `Gateway`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.gateways import list_gateways as _gateways__list_gateways  # noqa: PLC0415
        from ..models.gateway import Gateway

        kwargs = _gateways__list_gateways._get_kwargs(
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
            _gateways__list_gateways._parse_response,
            Gateway.from_dict,
            params,
            extra_headers,
            timeout,
        )


class GatewaysResourceWithRawResponse:
    """`client.with_raw_response.gateways`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: GatewaysResource) -> None:
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


class GatewaysResourceWithStreamingResponse:
    """`client.with_streaming_response.gateways`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: GatewaysResource) -> None:
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


class AsyncGatewaysResource:
    """`client.gateways`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGatewaysResourceWithRawResponse:
        return AsyncGatewaysResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGatewaysResourceWithStreamingResponse:
        return AsyncGatewaysResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListGatewaysResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
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
    ) -> _pages.AsyncPager[Gateway]:
        """List or watch gateways

        List the gateways, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways` (operation `listGateways`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListGatewaysResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Gateway]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import list_gateways as _gateways__list_gateways  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _gateways__list_gateways._get_kwargs(
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
                _gateways__list_gateways._parse_response,
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
        body: Gateway | GatewayDict,
        dry_run: CreateGatewayDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateGatewayFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Create a gateway

        Create a Gateway named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field; a namespace that does not exist answers 404 `NotFound`.

        `POST /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways` (operation `createGateway`)

        Args:
            namespace (str):
            dry_run (CreateGatewayDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateGatewayFieldValidation | Unset):
            pretty (str | Unset):
            body (Gateway): A gateway of a class, with the listeners (protocol, port, hostname) it
                accepts traffic on.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import create_gateway as _gateways__create_gateway  # noqa: PLC0415

        kwargs = _gateways__create_gateway._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__create_gateway._parse_response,
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
        dry_run: DeleteGatewayCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteGatewayCollectionResourceVersionMatch
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
        """Delete a collection of gateways

        Delete every gateway the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways` (operation `deleteGatewayCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteGatewayCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteGatewayCollectionResourceVersionMatch | Unset):
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

        from ..api.gateways import delete_gateway_collection as _gateways__delete_gateway_collection  # noqa: PLC0415

        kwargs = _gateways__delete_gateway_collection._get_kwargs(
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
                _gateways__delete_gateway_collection._parse_response,
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
    ) -> Gateway:
        """Read a gateway

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `readGateway`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import read_gateway as _gateways__read_gateway  # noqa: PLC0415

        kwargs = _gateways__read_gateway._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__read_gateway._parse_response,
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
        body: Gateway | GatewayDict,
        dry_run: ReplaceGatewayDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Replace a gateway

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `replaceGateway`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceGatewayDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayFieldValidation | Unset):
            pretty (str | Unset):
            body (Gateway): A gateway of a class, with the listeners (protocol, port, hostname) it
                accepts traffic on.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import replace_gateway as _gateways__replace_gateway  # noqa: PLC0415

        kwargs = _gateways__replace_gateway._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__replace_gateway._parse_response,
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
        dry_run: DeleteGatewayDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteGatewayPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway | Status:
        """Delete a gateway

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `deleteGateway`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteGatewayDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteGatewayPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import delete_gateway as _gateways__delete_gateway  # noqa: PLC0415

        kwargs = _gateways__delete_gateway._get_kwargs(
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
            "Gateway | Status",
            await self._client._call(
                kwargs,
                _gateways__delete_gateway._parse_response,
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
        dry_run: PatchGatewayDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Patch a gateway

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}` (operation `patchGateway`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchGatewayDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Gateway manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import patch_gateway as _gateways__patch_gateway  # noqa: PLC0415

        kwargs = _gateways__patch_gateway._get_kwargs(
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
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__patch_gateway._parse_response,
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
    ) -> Gateway:
        """Read a gateway's status

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}/status` (operation `readGatewayStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import read_gateway_status as _gateways__read_gateway_status  # noqa: PLC0415

        kwargs = _gateways__read_gateway_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__read_gateway_status._parse_response,
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
        body: Gateway | GatewayDict,
        dry_run: ReplaceGatewayStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceGatewayStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Replace a gateway's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}/status` (operation `replaceGatewayStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceGatewayStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceGatewayStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Gateway): A gateway of a class, with the listeners (protocol, port, hostname) it
                accepts traffic on.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import replace_gateway_status as _gateways__replace_gateway_status  # noqa: PLC0415

        kwargs = _gateways__replace_gateway_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__replace_gateway_status._parse_response,
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
        dry_run: PatchGatewayStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchGatewayStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Gateway:
        """Patch a gateway's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways/{name}/status` (operation `patchGatewayStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchGatewayStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchGatewayStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Gateway manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Gateway

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import patch_gateway_status as _gateways__patch_gateway_status  # noqa: PLC0415

        kwargs = _gateways__patch_gateway_status._get_kwargs(
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
            "Gateway",
            await self._client._call(
                kwargs,
                _gateways__patch_gateway_status._parse_response,
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
        resource_version_match: ListGatewaysForAllNamespacesResourceVersionMatch
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
    ) -> _pages.AsyncPager[Gateway]:
        """List or watch gateways in every namespace

        List the gateways in every namespace, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/gateway.networking.k8s.io/v1/gateways` (operation `listGatewaysForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListGatewaysForAllNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Gateway]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.gateways import list_gateways_for_all_namespaces as _gateways__list_gateways_for_all_namespaces  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _gateways__list_gateways_for_all_namespaces._get_kwargs(
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
                _gateways__list_gateways_for_all_namespaces._parse_response,
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
    ) -> _watch.AsyncWatch[Gateway]:
        """Changes to the gateways the selectors match, as they happen: `Event`s whose `object`
        is a `Gateway`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/gateways?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.gateways import list_gateways as _gateways__list_gateways  # noqa: PLC0415
        from ..models.gateway import Gateway

        kwargs = _gateways__list_gateways._get_kwargs(
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
            _gateways__list_gateways._parse_response,
            Gateway.from_dict,
            params,
            extra_headers,
            timeout,
        )


class AsyncGatewaysResourceWithRawResponse:
    """`client.with_raw_response.gateways`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncGatewaysResource) -> None:
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


class AsyncGatewaysResourceWithStreamingResponse:
    """`client.with_streaming_response.gateways`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncGatewaysResource) -> None:
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
