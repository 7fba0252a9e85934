"""`client.locations` (generated from the spec; see api.md)."""

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

    from ..models.create_location_dry_run import CreateLocationDryRun
    from ..models.create_location_field_validation import CreateLocationFieldValidation
    from ..models.delete_location_collection_dry_run import DeleteLocationCollectionDryRun
    from ..models.delete_location_collection_propagation_policy import DeleteLocationCollectionPropagationPolicy
    from ..models.delete_location_collection_resource_version_match import DeleteLocationCollectionResourceVersionMatch
    from ..models.delete_location_dry_run import DeleteLocationDryRun
    from ..models.delete_location_propagation_policy import DeleteLocationPropagationPolicy
    from ..models.delete_options import DeleteOptions, DeleteOptionsDict
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.list_locations_for_all_namespaces_resource_version_match import (
        ListLocationsForAllNamespacesResourceVersionMatch,
    )
    from ..models.list_locations_resource_version_match import ListLocationsResourceVersionMatch
    from ..models.location import Location, LocationDict
    from ..models.merge_patch import MergePatch
    from ..models.patch_location_dry_run import PatchLocationDryRun
    from ..models.patch_location_field_validation import PatchLocationFieldValidation
    from ..models.patch_location_status_dry_run import PatchLocationStatusDryRun
    from ..models.patch_location_status_field_validation import PatchLocationStatusFieldValidation
    from ..models.replace_location_dry_run import ReplaceLocationDryRun
    from ..models.replace_location_field_validation import ReplaceLocationFieldValidation
    from ..models.replace_location_status_dry_run import ReplaceLocationStatusDryRun
    from ..models.replace_location_status_field_validation import ReplaceLocationStatusFieldValidation
    from ..models.status import Status
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncLocationsResource",
    "AsyncLocationsResourceWithRawResponse",
    "AsyncLocationsResourceWithStreamingResponse",
    "LocationsResource",
    "LocationsResourceWithRawResponse",
    "LocationsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class LocationsResource:
    """`client.locations`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LocationsResourceWithRawResponse:
        return LocationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LocationsResourceWithStreamingResponse:
        return LocationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListLocationsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
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
    ) -> _pages.SyncPage[Location]:
        """List or watch locations

        List the locations, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations` (operation `listLocations`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListLocationsResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Location]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import list_locations as _locations__list_locations  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _locations__list_locations._get_kwargs(
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
                _locations__list_locations._parse_response,
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
        body: Location | LocationDict,
        dry_run: CreateLocationDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateLocationFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Create a location

        Create a Location named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field; a namespace that does not exist answers 404 `NotFound`.

        `POST /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations` (operation `createLocation`)

        Args:
            namespace (str):
            dry_run (CreateLocationDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateLocationFieldValidation | Unset):
            pretty (str | Unset):
            body (Location): A place workloads can run, with its provider (a GCP project, region and
                zone) and its topology (`topology.datum.net/city-code`), which Workload placements match
                by city code.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import create_location as _locations__create_location  # noqa: PLC0415

        kwargs = _locations__create_location._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Location",
            self._client._call(
                kwargs,
                _locations__create_location._parse_response,
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
        dry_run: DeleteLocationCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteLocationCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteLocationCollectionResourceVersionMatch
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
        """Delete a collection of locations

        Delete every location the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations` (operation `deleteLocationCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteLocationCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteLocationCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteLocationCollectionResourceVersionMatch | Unset):
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

        from ..api.locations import delete_location_collection as _locations__delete_location_collection  # noqa: PLC0415

        kwargs = _locations__delete_location_collection._get_kwargs(
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
                _locations__delete_location_collection._parse_response,
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
    ) -> Location:
        """Read a location

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `readLocation`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import read_location as _locations__read_location  # noqa: PLC0415

        kwargs = _locations__read_location._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Location",
            self._client._call(
                kwargs,
                _locations__read_location._parse_response,
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
        body: Location | LocationDict,
        dry_run: ReplaceLocationDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceLocationFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Replace a location

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `replaceLocation`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceLocationDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceLocationFieldValidation | Unset):
            pretty (str | Unset):
            body (Location): A place workloads can run, with its provider (a GCP project, region and
                zone) and its topology (`topology.datum.net/city-code`), which Workload placements match
                by city code.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import replace_location as _locations__replace_location  # noqa: PLC0415

        kwargs = _locations__replace_location._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Location",
            self._client._call(
                kwargs,
                _locations__replace_location._parse_response,
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
        dry_run: DeleteLocationDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteLocationPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location | Status:
        """Delete a location

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `deleteLocation`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteLocationDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteLocationPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import delete_location as _locations__delete_location  # noqa: PLC0415

        kwargs = _locations__delete_location._get_kwargs(
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
            "Location | Status",
            self._client._call(
                kwargs,
                _locations__delete_location._parse_response,
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
        dry_run: PatchLocationDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchLocationFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Patch a location

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `patchLocation`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchLocationDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchLocationFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Location manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import patch_location as _locations__patch_location  # noqa: PLC0415

        kwargs = _locations__patch_location._get_kwargs(
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
            "Location",
            self._client._call(
                kwargs,
                _locations__patch_location._parse_response,
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
    ) -> Location:
        """Read a location's status

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}/status` (operation `readLocationStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import read_location_status as _locations__read_location_status  # noqa: PLC0415

        kwargs = _locations__read_location_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Location",
            self._client._call(
                kwargs,
                _locations__read_location_status._parse_response,
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
        body: Location | LocationDict,
        dry_run: ReplaceLocationStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceLocationStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Replace a location's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}/status` (operation `replaceLocationStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceLocationStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceLocationStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Location): A place workloads can run, with its provider (a GCP project, region and
                zone) and its topology (`topology.datum.net/city-code`), which Workload placements match
                by city code.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import replace_location_status as _locations__replace_location_status  # noqa: PLC0415

        kwargs = _locations__replace_location_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Location",
            self._client._call(
                kwargs,
                _locations__replace_location_status._parse_response,
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
        dry_run: PatchLocationStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchLocationStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Patch a location's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}/status` (operation `patchLocationStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchLocationStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchLocationStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Location manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import patch_location_status as _locations__patch_location_status  # noqa: PLC0415

        kwargs = _locations__patch_location_status._get_kwargs(
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
            "Location",
            self._client._call(
                kwargs,
                _locations__patch_location_status._parse_response,
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
        resource_version_match: ListLocationsForAllNamespacesResourceVersionMatch
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
    ) -> _pages.SyncPage[Location]:
        """List or watch locations in every namespace

        List the locations in every namespace, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/networking.datumapis.com/v1alpha/locations` (operation `listLocationsForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListLocationsForAllNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            SyncPage[Location]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import list_locations_for_all_namespaces as _locations__list_locations_for_all_namespaces  # noqa: PLC0415

        def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _locations__list_locations_for_all_namespaces._get_kwargs(
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
                _locations__list_locations_for_all_namespaces._parse_response,
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
    ) -> _watch.Watch[Location]:
        """Changes to the locations the selectors match, as they happen: `Event`s whose `object`
        is a `Location`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.locations import list_locations as _locations__list_locations  # noqa: PLC0415
        from ..models.location import Location

        kwargs = _locations__list_locations._get_kwargs(
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
            _locations__list_locations._parse_response,
            Location.from_dict,
            params,
            extra_headers,
            timeout,
        )


class LocationsResourceWithRawResponse:
    """`client.with_raw_response.locations`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: LocationsResource) -> None:
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


class LocationsResourceWithStreamingResponse:
    """`client.with_streaming_response.locations`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: LocationsResource) -> None:
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


class AsyncLocationsResource:
    """`client.locations`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLocationsResourceWithRawResponse:
        return AsyncLocationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLocationsResourceWithStreamingResponse:
        return AsyncLocationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        allow_watch_bookmarks: bool | Unset = UNSET,
        continue_: str | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: ListLocationsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
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
    ) -> _pages.AsyncPager[Location]:
        """List or watch locations

        List the locations, sorted by name, one page of `limit` at a time (follow `metadata.continue`; an
        expired token answers 410). With `watch=true` the answer is a stream of newline-delimited
        `WatchEvent` objects, one per change.

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations` (operation `listLocations`)

        Args:
            namespace (str):
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListLocationsResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Location]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import list_locations as _locations__list_locations  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _locations__list_locations._get_kwargs(
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
                _locations__list_locations._parse_response,
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
        body: Location | LocationDict,
        dry_run: CreateLocationDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: CreateLocationFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Create a location

        Create a Location named `metadata.name`, or `metadata.generateName` followed by a random five-
        character suffix. A name already taken answers 409 `AlreadyExists`; an invalid object answers 422
        `Invalid` with one cause per invalid field; a namespace that does not exist answers 404 `NotFound`.

        `POST /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations` (operation `createLocation`)

        Args:
            namespace (str):
            dry_run (CreateLocationDryRun | Unset):
            field_manager (str | Unset):
            field_validation (CreateLocationFieldValidation | Unset):
            pretty (str | Unset):
            body (Location): A place workloads can run, with its provider (a GCP project, region and
                zone) and its topology (`topology.datum.net/city-code`), which Workload placements match
                by city code.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import create_location as _locations__create_location  # noqa: PLC0415

        kwargs = _locations__create_location._get_kwargs(
            namespace=namespace,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Location",
            await self._client._call(
                kwargs,
                _locations__create_location._parse_response,
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
        dry_run: DeleteLocationCollectionDryRun | Literal["All"] | Unset = UNSET,
        field_selector: str | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        label_selector: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteLocationCollectionPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        resource_version: str | Unset = UNSET,
        resource_version_match: DeleteLocationCollectionResourceVersionMatch
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
        """Delete a collection of locations

        Delete every location the selectors match. Answers a `Status` with `status: Success`.

        `DELETE /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations` (operation `deleteLocationCollection`)

        Args:
            namespace (str):
            continue_ (str | Unset):
            dry_run (DeleteLocationCollectionDryRun | Unset):
            field_selector (str | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteLocationCollectionPropagationPolicy | Unset):
            resource_version (str | Unset):
            resource_version_match (DeleteLocationCollectionResourceVersionMatch | Unset):
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

        from ..api.locations import delete_location_collection as _locations__delete_location_collection  # noqa: PLC0415

        kwargs = _locations__delete_location_collection._get_kwargs(
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
                _locations__delete_location_collection._parse_response,
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
    ) -> Location:
        """Read a location

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `readLocation`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import read_location as _locations__read_location  # noqa: PLC0415

        kwargs = _locations__read_location._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Location",
            await self._client._call(
                kwargs,
                _locations__read_location._parse_response,
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
        body: Location | LocationDict,
        dry_run: ReplaceLocationDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceLocationFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Replace a location

        Replace the metadata and spec (the status is left as it is). With `metadata.resourceVersion` set,
        the write succeeds only if the object has not changed since (409 `Conflict` otherwise).

        `PUT /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `replaceLocation`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceLocationDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceLocationFieldValidation | Unset):
            pretty (str | Unset):
            body (Location): A place workloads can run, with its provider (a GCP project, region and
                zone) and its topology (`topology.datum.net/city-code`), which Workload placements match
                by city code.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import replace_location as _locations__replace_location  # noqa: PLC0415

        kwargs = _locations__replace_location._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Location",
            await self._client._call(
                kwargs,
                _locations__replace_location._parse_response,
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
        dry_run: DeleteLocationDryRun | Literal["All"] | Unset = UNSET,
        grace_period_seconds: int | Unset = UNSET,
        ignore_store_read_error_with_cluster_breaking_potential: bool | Unset = UNSET,
        orphan_dependents: bool | Unset = UNSET,
        propagation_policy: DeleteLocationPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location | Status:
        """Delete a location

        Delete the object. Objects it owns (their `metadata.ownerReferences` name it) are garbage collected
        unless `propagationPolicy` is `Orphan`. While finalizers hold it, the object is only marked deleting
        and the answer is the object; 202 instead of 200 when `orphanDependents` is false.

        `DELETE /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `deleteLocation`)

        Args:
            namespace (str):
            name (str):
            dry_run (DeleteLocationDryRun | Unset):
            grace_period_seconds (int | Unset):
            ignore_store_read_error_with_cluster_breaking_potential (bool | Unset):
            orphan_dependents (bool | Unset):
            propagation_policy (DeleteLocationPropagationPolicy | Unset):
            pretty (str | Unset):
            body (DeleteOptions | Unset): DeleteOptions may be provided when deleting an API object.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location | Status

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import delete_location as _locations__delete_location  # noqa: PLC0415

        kwargs = _locations__delete_location._get_kwargs(
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
            "Location | Status",
            await self._client._call(
                kwargs,
                _locations__delete_location._parse_response,
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
        dry_run: PatchLocationDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchLocationFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Patch a location

        Partially update the metadata and spec with a JSON patch (RFC 6902), a JSON merge patch (RFC 7386)
        or an apply patch. Changes to `status` are ignored here; use the status subresource.

        `PATCH /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}` (operation `patchLocation`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchLocationDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchLocationFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Location manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import patch_location as _locations__patch_location  # noqa: PLC0415

        kwargs = _locations__patch_location._get_kwargs(
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
            "Location",
            await self._client._call(
                kwargs,
                _locations__patch_location._parse_response,
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
    ) -> Location:
        """Read a location's status

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}/status` (operation `readLocationStatus`)

        Args:
            namespace (str):
            name (str):
            resource_version (str | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import read_location_status as _locations__read_location_status  # noqa: PLC0415

        kwargs = _locations__read_location_status._get_kwargs(
            namespace=namespace,
            name=name,
            resource_version=resource_version,
            pretty=pretty,
        )
        return cast(
            "Location",
            await self._client._call(
                kwargs,
                _locations__read_location_status._parse_response,
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
        body: Location | LocationDict,
        dry_run: ReplaceLocationStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: ReplaceLocationStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Replace a location's status

        Replace the status; metadata and spec are left as they are.

        `PUT /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}/status` (operation `replaceLocationStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (ReplaceLocationStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (ReplaceLocationStatusFieldValidation | Unset):
            pretty (str | Unset):
            body (Location): A place workloads can run, with its provider (a GCP project, region and
                zone) and its topology (`topology.datum.net/city-code`), which Workload placements match
                by city code.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import replace_location_status as _locations__replace_location_status  # noqa: PLC0415

        kwargs = _locations__replace_location_status._get_kwargs(
            namespace=namespace,
            name=name,
            body=body,
            dry_run=dry_run,
            field_manager=field_manager,
            field_validation=field_validation,
            pretty=pretty,
        )
        return cast(
            "Location",
            await self._client._call(
                kwargs,
                _locations__replace_location_status._parse_response,
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
        dry_run: PatchLocationStatusDryRun | Literal["All"] | Unset = UNSET,
        field_manager: str | Unset = UNSET,
        field_validation: PatchLocationStatusFieldValidation | Literal["Ignore", "Warn", "Strict"] | Unset = UNSET,
        force: bool | Unset = UNSET,
        pretty: str | Unset = UNSET,
        namespace: str = "default",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Location:
        """Patch a location's status

        Partially update the status; changes to anything else are ignored.

        `PATCH /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations/{name}/status` (operation `patchLocationStatus`)

        Args:
            namespace (str):
            name (str):
            dry_run (PatchLocationStatusDryRun | Unset):
            field_manager (str | Unset):
            field_validation (PatchLocationStatusFieldValidation | Unset):
            force (bool | Unset):
            pretty (str | Unset):
            body (list[JsonPatchOperation]): A JSON patch (RFC 6902), applied in order; the whole
                patch fails if one operation fails.
            body (MergePatch): A JSON merge patch (RFC 7386); `null` removes a field.
            body (str): A Location manifest in YAML holding the fields the caller manages.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Location

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import patch_location_status as _locations__patch_location_status  # noqa: PLC0415

        kwargs = _locations__patch_location_status._get_kwargs(
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
            "Location",
            await self._client._call(
                kwargs,
                _locations__patch_location_status._parse_response,
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
        resource_version_match: ListLocationsForAllNamespacesResourceVersionMatch
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
    ) -> _pages.AsyncPager[Location]:
        """List or watch locations in every namespace

        List the locations in every namespace, sorted by name, one page of `limit` at a time (follow
        `metadata.continue`; an expired token answers 410). With `watch=true` the answer is a stream of
        newline-delimited `WatchEvent` objects, one per change.

        `GET /apis/networking.datumapis.com/v1alpha/locations` (operation `listLocationsForAllNamespaces`)

        Args:
            allow_watch_bookmarks (bool | Unset):
            continue_ (str | Unset):
            field_selector (str | Unset):
            label_selector (str | Unset):
            limit (int | Unset):
            resource_version (str | Unset):
            resource_version_match (ListLocationsForAllNamespacesResourceVersionMatch | Unset):
            send_initial_events (bool | Unset):
            timeout_seconds (int | Unset):
            watch (bool | Unset):
            pretty (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            AsyncPager[Location]: iterate it for every item across pages (fetched as needed), or use `.items`, `.has_next_page()`, `.next_page()`

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.locations import list_locations_for_all_namespaces as _locations__list_locations_for_all_namespaces  # noqa: PLC0415

        async def call(page_token: str | None, shape: Callable[[Any], Any]) -> Any:
            kwargs = _locations__list_locations_for_all_namespaces._get_kwargs(
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
                _locations__list_locations_for_all_namespaces._parse_response,
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
    ) -> _watch.AsyncWatch[Location]:
        """Changes to the locations the selectors match, as they happen: `Event`s whose `object`
        is a `Location`, until the server ends the watch (after `timeout_seconds`) or the loop stops.
        Start from `resource_version` to replay what happened since; `send_initial_events` first
        sends an `ADDED` event for each existing object.

        `GET /apis/networking.datumapis.com/v1alpha/namespaces/{namespace}/locations?watch=true`; errors raise as the other methods' do, before the first event.
        """
        from ..api.locations import list_locations as _locations__list_locations  # noqa: PLC0415
        from ..models.location import Location

        kwargs = _locations__list_locations._get_kwargs(
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
            _locations__list_locations._parse_response,
            Location.from_dict,
            params,
            extra_headers,
            timeout,
        )


class AsyncLocationsResourceWithRawResponse:
    """`client.with_raw_response.locations`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncLocationsResource) -> None:
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


class AsyncLocationsResourceWithStreamingResponse:
    """`client.with_streaming_response.locations`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncLocationsResource) -> None:
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
