"""`client.resource_instances` (generated from the spec; see api.md)."""

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

    from ..models.add_capacity_to_resource_instance_request import (
        AddCapacityToResourceInstanceRequest,
        AddCapacityToResourceInstanceRequestDict,
    )
    from ..models.add_custom_dns_to_resource_instance_request import (
        AddCustomDNSToResourceInstanceRequest,
        AddCustomDNSToResourceInstanceRequestDict,
    )
    from ..models.create_resource_instance_request import (
        CreateResourceInstanceRequest,
        CreateResourceInstanceRequestDict,
    )
    from ..models.create_services_orchestration_result import CreateServicesOrchestrationResult
    from ..models.failover_resource_instance_request import (
        FailoverResourceInstanceRequest,
        FailoverResourceInstanceRequestDict,
    )
    from ..models.generate_token_for_deployment_cell_dashboard_result import (
        GenerateTokenForDeploymentCellDashboardResult,
    )
    from ..models.list_all_resource_instances_result import ListAllResourceInstancesResult
    from ..models.list_resource_instance_snapshots_result import ListResourceInstanceSnapshotsResult
    from ..models.list_resource_instances_result import ListResourceInstancesResult
    from ..models.remove_capacity_from_resource_instance_request import (
        RemoveCapacityFromResourceInstanceRequest,
        RemoveCapacityFromResourceInstanceRequestDict,
    )
    from ..models.resource_instance import ResourceInstance
    from ..models.restore_resource_instance_from_snapshot_request import (
        RestoreResourceInstanceFromSnapshotRequest,
        RestoreResourceInstanceFromSnapshotRequestDict,
    )
    from ..models.restore_resource_instance_request import (
        RestoreResourceInstanceRequest,
        RestoreResourceInstanceRequestDict,
    )
    from ..models.update_account_config_resource_instance_request import (
        UpdateAccountConfigResourceInstanceRequest,
        UpdateAccountConfigResourceInstanceRequestDict,
    )
    from ..models.update_resource_instance_request import (
        UpdateResourceInstanceRequest,
        UpdateResourceInstanceRequestDict,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncResourceInstancesResource",
    "AsyncResourceInstancesResourceWithRawResponse",
    "AsyncResourceInstancesResourceWithStreamingResponse",
    "ResourceInstancesResource",
    "ResourceInstancesResourceWithRawResponse",
    "ResourceInstancesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ResourceInstancesResource:
    """`client.resource_instances`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ResourceInstancesResourceWithRawResponse:
        return ResourceInstancesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResourceInstancesResourceWithStreamingResponse:
        return ResourceInstancesResourceWithStreamingResponse(self)

    def list_all(
        self,
        *,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAllResourceInstancesResult:
        """ListAllResourceInstances resource-instance-api

        `GET /2022-09-01-00/resource-instance` (operation `listAllResourceInstances`)

        Args:
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAllResourceInstancesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            list_all_resource_instances as _resource_instance_api__list_all_resource_instances,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__list_all_resource_instances._get_kwargs(
            environment_type=environment_type,
        )
        return cast(
            "ListAllResourceInstancesResult",
            self._client._call(
                kwargs,
                _resource_instance_api__list_all_resource_instances._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def generate_token_for_deployment_cell_dashboard(
        self,
        id: str,
        *,
        subscription_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GenerateTokenForDeploymentCellDashboardResult:
        """GenerateTokenForDeploymentCellDashboard resource-instance-api

        `POST /2022-09-01-00/resource-instance/{id}/deployment-cell-dashboard/token` (operation `generateTokenForDeploymentCellDashboard`)

        Args:
            id (str):
            subscription_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GenerateTokenForDeploymentCellDashboardResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            generate_token_for_deployment_cell_dashboard as _resource_instance_api__generate_token_for_deployment_cell_dashboard,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__generate_token_for_deployment_cell_dashboard._get_kwargs(
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "GenerateTokenForDeploymentCellDashboardResult",
            self._client._call(
                kwargs,
                _resource_instance_api__generate_token_for_deployment_cell_dashboard._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourceInstancesResult:
        """ListResourceInstances resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}` (operation `listResourceInstances`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceInstancesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            list_resource_instances as _resource_instance_api__list_resource_instances,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__list_resource_instances._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            subscription_id=subscription_id,
        )
        return cast(
            "ListResourceInstancesResult",
            self._client._call(
                kwargs,
                _resource_instance_api__list_resource_instances._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        *,
        body: CreateResourceInstanceRequest | CreateResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """CreateResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}` (operation `createResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            subscription_id (str | Unset):
            body (CreateResourceInstanceRequest): Request body of CreateResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            create_resource_instance as _resource_instance_api__create_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__create_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            self._client._call(
                kwargs,
                _resource_instance_api__create_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceInstance:
        """DescribeResourceInstance resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}` (operation `describeResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceInstance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            describe_resource_instance as _resource_instance_api__describe_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__describe_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "ResourceInstance",
            self._client._call(
                kwargs,
                _resource_instance_api__describe_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteResourceInstance resource-instance-api

        `DELETE /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}` (operation `deleteResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            delete_resource_instance as _resource_instance_api__delete_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__delete_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__delete_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateResourceInstance resource-instance-api

        `PATCH /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}` (operation `updateResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (UpdateResourceInstanceRequest): Request body of UpdateResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            update_resource_instance as _resource_instance_api__update_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__update_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__update_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_capacity_to(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: AddCapacityToResourceInstanceRequest | AddCapacityToResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddCapacityToResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/add-capacity` (operation `addCapacityToResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (AddCapacityToResourceInstanceRequest): Request body of AddCapacityToResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            add_capacity_to_resource_instance as _resource_instance_api__add_capacity_to_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__add_capacity_to_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__add_capacity_to_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_custom_dns_to(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: AddCustomDNSToResourceInstanceRequest | AddCustomDNSToResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddCustomDNSToResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/custom-dns` (operation `addCustomDNSToResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (AddCustomDNSToResourceInstanceRequest): Request body of
                AddCustomDNSToResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            add_custom_dns_to_resource_instance as _resource_instance_api__add_custom_dns_to_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__add_custom_dns_to_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__add_custom_dns_to_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_custom_dns_from(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveCustomDNSFromResourceInstance resource-instance-api

        `DELETE /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/custom-dns` (operation `removeCustomDNSFromResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            remove_custom_dns_from_resource_instance as _resource_instance_api__remove_custom_dns_from_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__remove_custom_dns_from_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__remove_custom_dns_from_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def failover(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: FailoverResourceInstanceRequest | FailoverResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """FailoverResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/failover` (operation `failoverResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (FailoverResourceInstanceRequest): Request body of FailoverResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            failover_resource_instance as _resource_instance_api__failover_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__failover_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__failover_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_capacity_from(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: RemoveCapacityFromResourceInstanceRequest | RemoveCapacityFromResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveCapacityFromResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/remove-capacity` (operation `removeCapacityFromResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (RemoveCapacityFromResourceInstanceRequest): Request body of
                RemoveCapacityFromResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            remove_capacity_from_resource_instance as _resource_instance_api__remove_capacity_from_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__remove_capacity_from_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__remove_capacity_from_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def restart(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RestartResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/restart` (operation `restartResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            restart_resource_instance as _resource_instance_api__restart_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__restart_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__restart_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def restore(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: RestoreResourceInstanceRequest | RestoreResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """RestoreResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/restore` (operation `restoreResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (RestoreResourceInstanceRequest): Request body of RestoreResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            restore_resource_instance as _resource_instance_api__restore_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__restore_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            self._client._call(
                kwargs,
                _resource_instance_api__restore_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_snapshots(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourceInstanceSnapshotsResult:
        """ListResourceInstanceSnapshots resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/snapshot` (operation `listResourceInstanceSnapshots`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceInstanceSnapshotsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            list_resource_instance_snapshots as _resource_instance_api__list_resource_instance_snapshots,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__list_resource_instance_snapshots._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "ListResourceInstanceSnapshotsResult",
            self._client._call(
                kwargs,
                _resource_instance_api__list_resource_instance_snapshots._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def start(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """StartResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/start` (operation `startResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            start_resource_instance as _resource_instance_api__start_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__start_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__start_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def stop(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """StopResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/stop` (operation `stopResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import stop_resource_instance as _resource_instance_api__stop_resource_instance  # noqa: PLC0415

        kwargs = _resource_instance_api__stop_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__stop_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def restore_from_snapshot(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        snapshot_id: str,
        *,
        body: RestoreResourceInstanceFromSnapshotRequest | RestoreResourceInstanceFromSnapshotRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """RestoreResourceInstanceFromSnapshot resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/snapshot/{snapshotId}/restore` (operation `restoreResourceInstanceFromSnapshot`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            snapshot_id (str):
            subscription_id (str | Unset):
            body (RestoreResourceInstanceFromSnapshotRequest): Request body of
                RestoreResourceInstanceFromSnapshot
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            restore_resource_instance_from_snapshot as _resource_instance_api__restore_resource_instance_from_snapshot,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__restore_resource_instance_from_snapshot._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            snapshot_id=snapshot_id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            self._client._call(
                kwargs,
                _resource_instance_api__restore_resource_instance_from_snapshot._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def resource_instance_provisioner_setup_kit(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ResourceInstanceProvisionerSetupKit resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/setup-kit` (operation `resourceInstanceProvisionerSetupKit`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            resource_instance_provisioner_setup_kit as _resource_instance_api__resource_instance_provisioner_setup_kit,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__resource_instance_provisioner_setup_kit._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__resource_instance_provisioner_setup_kit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_account_config(
        self,
        id: str,
        *,
        body: UpdateAccountConfigResourceInstanceRequest | UpdateAccountConfigResourceInstanceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateAccountConfigResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/account-config/{id}` (operation `updateAccountConfigResourceInstance`)

        Args:
            id (str):
            body (UpdateAccountConfigResourceInstanceRequest): Request body of
                UpdateAccountConfigResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            update_account_config_resource_instance as _resource_instance_api__update_account_config_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__update_account_config_resource_instance._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_instance_api__update_account_config_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ResourceInstancesResourceWithRawResponse:
    """`client.with_raw_response.resource_instances`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ResourceInstancesResource) -> None:
        self._resource = resource
        self.list_all = raw(resource.list_all)
        self.generate_token_for_deployment_cell_dashboard = raw(resource.generate_token_for_deployment_cell_dashboard)
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.add_capacity_to = raw(resource.add_capacity_to)
        self.add_custom_dns_to = raw(resource.add_custom_dns_to)
        self.remove_custom_dns_from = raw(resource.remove_custom_dns_from)
        self.failover = raw(resource.failover)
        self.remove_capacity_from = raw(resource.remove_capacity_from)
        self.restart = raw(resource.restart)
        self.restore = raw(resource.restore)
        self.list_snapshots = raw(resource.list_snapshots)
        self.start = raw(resource.start)
        self.stop = raw(resource.stop)
        self.restore_from_snapshot = raw(resource.restore_from_snapshot)
        self.resource_instance_provisioner_setup_kit = raw(resource.resource_instance_provisioner_setup_kit)
        self.update_account_config = raw(resource.update_account_config)


class ResourceInstancesResourceWithStreamingResponse:
    """`client.with_streaming_response.resource_instances`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ResourceInstancesResource) -> None:
        self._resource = resource
        self.list_all = streamed(resource.list_all)
        self.generate_token_for_deployment_cell_dashboard = streamed(
            resource.generate_token_for_deployment_cell_dashboard
        )
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.add_capacity_to = streamed(resource.add_capacity_to)
        self.add_custom_dns_to = streamed(resource.add_custom_dns_to)
        self.remove_custom_dns_from = streamed(resource.remove_custom_dns_from)
        self.failover = streamed(resource.failover)
        self.remove_capacity_from = streamed(resource.remove_capacity_from)
        self.restart = streamed(resource.restart)
        self.restore = streamed(resource.restore)
        self.list_snapshots = streamed(resource.list_snapshots)
        self.start = streamed(resource.start)
        self.stop = streamed(resource.stop)
        self.restore_from_snapshot = streamed(resource.restore_from_snapshot)
        self.resource_instance_provisioner_setup_kit = streamed(resource.resource_instance_provisioner_setup_kit)
        self.update_account_config = streamed(resource.update_account_config)


class AsyncResourceInstancesResource:
    """`client.resource_instances`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncResourceInstancesResourceWithRawResponse:
        return AsyncResourceInstancesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResourceInstancesResourceWithStreamingResponse:
        return AsyncResourceInstancesResourceWithStreamingResponse(self)

    async def list_all(
        self,
        *,
        environment_type: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListAllResourceInstancesResult:
        """ListAllResourceInstances resource-instance-api

        `GET /2022-09-01-00/resource-instance` (operation `listAllResourceInstances`)

        Args:
            environment_type (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListAllResourceInstancesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            list_all_resource_instances as _resource_instance_api__list_all_resource_instances,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__list_all_resource_instances._get_kwargs(
            environment_type=environment_type,
        )
        return cast(
            "ListAllResourceInstancesResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__list_all_resource_instances._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def generate_token_for_deployment_cell_dashboard(
        self,
        id: str,
        *,
        subscription_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> GenerateTokenForDeploymentCellDashboardResult:
        """GenerateTokenForDeploymentCellDashboard resource-instance-api

        `POST /2022-09-01-00/resource-instance/{id}/deployment-cell-dashboard/token` (operation `generateTokenForDeploymentCellDashboard`)

        Args:
            id (str):
            subscription_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            GenerateTokenForDeploymentCellDashboardResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            generate_token_for_deployment_cell_dashboard as _resource_instance_api__generate_token_for_deployment_cell_dashboard,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__generate_token_for_deployment_cell_dashboard._get_kwargs(
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "GenerateTokenForDeploymentCellDashboardResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__generate_token_for_deployment_cell_dashboard._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourceInstancesResult:
        """ListResourceInstances resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}` (operation `listResourceInstances`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceInstancesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            list_resource_instances as _resource_instance_api__list_resource_instances,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__list_resource_instances._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            subscription_id=subscription_id,
        )
        return cast(
            "ListResourceInstancesResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__list_resource_instances._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        *,
        body: CreateResourceInstanceRequest | CreateResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """CreateResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}` (operation `createResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            subscription_id (str | Unset):
            body (CreateResourceInstanceRequest): Request body of CreateResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            create_resource_instance as _resource_instance_api__create_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__create_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__create_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceInstance:
        """DescribeResourceInstance resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}` (operation `describeResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceInstance

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            describe_resource_instance as _resource_instance_api__describe_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__describe_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "ResourceInstance",
            await self._client._call(
                kwargs,
                _resource_instance_api__describe_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteResourceInstance resource-instance-api

        `DELETE /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}` (operation `deleteResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            delete_resource_instance as _resource_instance_api__delete_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__delete_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__delete_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: UpdateResourceInstanceRequest | UpdateResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateResourceInstance resource-instance-api

        `PATCH /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}` (operation `updateResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (UpdateResourceInstanceRequest): Request body of UpdateResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            update_resource_instance as _resource_instance_api__update_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__update_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__update_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_capacity_to(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: AddCapacityToResourceInstanceRequest | AddCapacityToResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddCapacityToResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/add-capacity` (operation `addCapacityToResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (AddCapacityToResourceInstanceRequest): Request body of AddCapacityToResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            add_capacity_to_resource_instance as _resource_instance_api__add_capacity_to_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__add_capacity_to_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__add_capacity_to_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_custom_dns_to(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: AddCustomDNSToResourceInstanceRequest | AddCustomDNSToResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddCustomDNSToResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/custom-dns` (operation `addCustomDNSToResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (AddCustomDNSToResourceInstanceRequest): Request body of
                AddCustomDNSToResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            add_custom_dns_to_resource_instance as _resource_instance_api__add_custom_dns_to_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__add_custom_dns_to_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__add_custom_dns_to_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_custom_dns_from(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveCustomDNSFromResourceInstance resource-instance-api

        `DELETE /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/custom-dns` (operation `removeCustomDNSFromResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            remove_custom_dns_from_resource_instance as _resource_instance_api__remove_custom_dns_from_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__remove_custom_dns_from_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__remove_custom_dns_from_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def failover(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: FailoverResourceInstanceRequest | FailoverResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """FailoverResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/failover` (operation `failoverResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (FailoverResourceInstanceRequest): Request body of FailoverResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            failover_resource_instance as _resource_instance_api__failover_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__failover_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__failover_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_capacity_from(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: RemoveCapacityFromResourceInstanceRequest | RemoveCapacityFromResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveCapacityFromResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/remove-capacity` (operation `removeCapacityFromResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (RemoveCapacityFromResourceInstanceRequest): Request body of
                RemoveCapacityFromResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            remove_capacity_from_resource_instance as _resource_instance_api__remove_capacity_from_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__remove_capacity_from_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__remove_capacity_from_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def restart(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RestartResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/restart` (operation `restartResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            restart_resource_instance as _resource_instance_api__restart_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__restart_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__restart_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def restore(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        body: RestoreResourceInstanceRequest | RestoreResourceInstanceRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """RestoreResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/restore` (operation `restoreResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            body (RestoreResourceInstanceRequest): Request body of RestoreResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            restore_resource_instance as _resource_instance_api__restore_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__restore_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__restore_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_snapshots(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourceInstanceSnapshotsResult:
        """ListResourceInstanceSnapshots resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/snapshot` (operation `listResourceInstanceSnapshots`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceInstanceSnapshotsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            list_resource_instance_snapshots as _resource_instance_api__list_resource_instance_snapshots,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__list_resource_instance_snapshots._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "ListResourceInstanceSnapshotsResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__list_resource_instance_snapshots._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def start(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """StartResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/start` (operation `startResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            start_resource_instance as _resource_instance_api__start_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__start_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__start_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def stop(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        id: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """StopResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/{id}/stop` (operation `stopResourceInstance`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            id (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import stop_resource_instance as _resource_instance_api__stop_resource_instance  # noqa: PLC0415

        kwargs = _resource_instance_api__stop_resource_instance._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            id=id,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__stop_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def restore_from_snapshot(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        product_tier_key: str,
        resource_key: str,
        snapshot_id: str,
        *,
        body: RestoreResourceInstanceFromSnapshotRequest | RestoreResourceInstanceFromSnapshotRequestDict,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> CreateServicesOrchestrationResult:
        """RestoreResourceInstanceFromSnapshot resource-instance-api

        `POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}/snapshot/{snapshotId}/restore` (operation `restoreResourceInstanceFromSnapshot`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            product_tier_key (str):
            resource_key (str):
            snapshot_id (str):
            subscription_id (str | Unset):
            body (RestoreResourceInstanceFromSnapshotRequest): Request body of
                RestoreResourceInstanceFromSnapshot
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            CreateServicesOrchestrationResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            restore_resource_instance_from_snapshot as _resource_instance_api__restore_resource_instance_from_snapshot,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__restore_resource_instance_from_snapshot._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            product_tier_key=product_tier_key,
            resource_key=resource_key,
            snapshot_id=snapshot_id,
            body=body,
            subscription_id=subscription_id,
        )
        return cast(
            "CreateServicesOrchestrationResult",
            await self._client._call(
                kwargs,
                _resource_instance_api__restore_resource_instance_from_snapshot._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def resource_instance_provisioner_setup_kit(
        self,
        service_provider_id: str,
        service_key: str,
        service_api_version: str,
        service_environment_key: str,
        service_model_key: str,
        *,
        subscription_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ResourceInstanceProvisionerSetupKit resource-instance-api

        `GET /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/{serviceEnvironmentKey}/{serviceModelKey}/setup-kit` (operation `resourceInstanceProvisionerSetupKit`)

        Args:
            service_provider_id (str):
            service_key (str):
            service_api_version (str):
            service_environment_key (str):
            service_model_key (str):
            subscription_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            resource_instance_provisioner_setup_kit as _resource_instance_api__resource_instance_provisioner_setup_kit,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__resource_instance_provisioner_setup_kit._get_kwargs(
            service_provider_id=service_provider_id,
            service_key=service_key,
            service_api_version=service_api_version,
            service_environment_key=service_environment_key,
            service_model_key=service_model_key,
            subscription_id=subscription_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__resource_instance_provisioner_setup_kit._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_account_config(
        self,
        id: str,
        *,
        body: UpdateAccountConfigResourceInstanceRequest | UpdateAccountConfigResourceInstanceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateAccountConfigResourceInstance resource-instance-api

        `POST /2022-09-01-00/resource-instance/account-config/{id}` (operation `updateAccountConfigResourceInstance`)

        Args:
            id (str):
            body (UpdateAccountConfigResourceInstanceRequest): Request body of
                UpdateAccountConfigResourceInstance
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_instance_api import (
            update_account_config_resource_instance as _resource_instance_api__update_account_config_resource_instance,  # noqa: PLC0415
        )

        kwargs = _resource_instance_api__update_account_config_resource_instance._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_instance_api__update_account_config_resource_instance._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncResourceInstancesResourceWithRawResponse:
    """`client.with_raw_response.resource_instances`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncResourceInstancesResource) -> None:
        self._resource = resource
        self.list_all = async_raw(resource.list_all)
        self.generate_token_for_deployment_cell_dashboard = async_raw(
            resource.generate_token_for_deployment_cell_dashboard
        )
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.add_capacity_to = async_raw(resource.add_capacity_to)
        self.add_custom_dns_to = async_raw(resource.add_custom_dns_to)
        self.remove_custom_dns_from = async_raw(resource.remove_custom_dns_from)
        self.failover = async_raw(resource.failover)
        self.remove_capacity_from = async_raw(resource.remove_capacity_from)
        self.restart = async_raw(resource.restart)
        self.restore = async_raw(resource.restore)
        self.list_snapshots = async_raw(resource.list_snapshots)
        self.start = async_raw(resource.start)
        self.stop = async_raw(resource.stop)
        self.restore_from_snapshot = async_raw(resource.restore_from_snapshot)
        self.resource_instance_provisioner_setup_kit = async_raw(resource.resource_instance_provisioner_setup_kit)
        self.update_account_config = async_raw(resource.update_account_config)


class AsyncResourceInstancesResourceWithStreamingResponse:
    """`client.with_streaming_response.resource_instances`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncResourceInstancesResource) -> None:
        self._resource = resource
        self.list_all = async_streamed(resource.list_all)
        self.generate_token_for_deployment_cell_dashboard = async_streamed(
            resource.generate_token_for_deployment_cell_dashboard
        )
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.add_capacity_to = async_streamed(resource.add_capacity_to)
        self.add_custom_dns_to = async_streamed(resource.add_custom_dns_to)
        self.remove_custom_dns_from = async_streamed(resource.remove_custom_dns_from)
        self.failover = async_streamed(resource.failover)
        self.remove_capacity_from = async_streamed(resource.remove_capacity_from)
        self.restart = async_streamed(resource.restart)
        self.restore = async_streamed(resource.restore)
        self.list_snapshots = async_streamed(resource.list_snapshots)
        self.start = async_streamed(resource.start)
        self.stop = async_streamed(resource.stop)
        self.restore_from_snapshot = async_streamed(resource.restore_from_snapshot)
        self.resource_instance_provisioner_setup_kit = async_streamed(resource.resource_instance_provisioner_setup_kit)
        self.update_account_config = async_streamed(resource.update_account_config)
