"""`client.services.resources` (generated from the spec; see api.md)."""

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

    from ..models.add_resource_dependency_request import AddResourceDependencyRequest, AddResourceDependencyRequestDict
    from ..models.create_resource_request import CreateResourceRequest, CreateResourceRequestDict
    from ..models.deregister_action_hook_request import DeregisterActionHookRequest, DeregisterActionHookRequestDict
    from ..models.disable_resource_capability_request import (
        DisableResourceCapabilityRequest,
        DisableResourceCapabilityRequestDict,
    )
    from ..models.enable_resource_capability_request import (
        EnableResourceCapabilityRequest,
        EnableResourceCapabilityRequestDict,
    )
    from ..models.file_upload import FileUpload
    from ..models.list_action_hooks_result import ListActionHooksResult
    from ..models.list_dependent_resources_result import ListDependentResourcesResult
    from ..models.list_files_result import ListFilesResult
    from ..models.list_resource_capabilities_result import ListResourceCapabilitiesResult
    from ..models.list_resources_result import ListResourcesResult
    from ..models.register_action_hook_request import RegisterActionHookRequest, RegisterActionHookRequestDict
    from ..models.register_resource_metrics_config_request import (
        RegisterResourceMetricsConfigRequest,
        RegisterResourceMetricsConfigRequestDict,
    )
    from ..models.resource import Resource
    from ..models.resource_metrics_config import ResourceMetricsConfig
    from ..models.set_environment_variables_request import (
        SetEnvironmentVariablesRequest,
        SetEnvironmentVariablesRequestDict,
    )
    from ..models.unset_environment_variables_request import (
        UnsetEnvironmentVariablesRequest,
        UnsetEnvironmentVariablesRequestDict,
    )
    from ..models.update_file_metadata_request import UpdateFileMetadataRequest, UpdateFileMetadataRequestDict
    from ..models.update_resource_request import UpdateResourceRequest, UpdateResourceRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesResourcesResource",
    "AsyncServicesResourcesResourceWithRawResponse",
    "AsyncServicesResourcesResourceWithStreamingResponse",
    "ServicesResourcesResource",
    "ServicesResourcesResourceWithRawResponse",
    "ServicesResourcesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesResourcesResource:
    """`client.services.resources`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesResourcesResourceWithRawResponse:
        return ServicesResourcesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesResourcesResourceWithStreamingResponse:
        return ServicesResourcesResourceWithStreamingResponse(self)

    def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        managed: bool | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourcesResult:
        """ListResources resource-api

        `GET /2022-09-01-00/service/{serviceId}/producttier/{productTierId}/resource` (operation `listResources`)

        Args:
            service_id (str):
            product_tier_id (str):
            managed (bool | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_resources as _resource_api__list_resources  # noqa: PLC0415

        kwargs = _resource_api__list_resources._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            managed=managed,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListResourcesResult",
            self._client._call(
                kwargs,
                _resource_api__list_resources._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        service_id: str,
        *,
        body: CreateResourceRequest | CreateResourceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateResource resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource` (operation `createResource`)

        Args:
            service_id (str):
            body (CreateResourceRequest): Request body of CreateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import create_resource as _resource_api__create_resource  # noqa: PLC0415

        kwargs = _resource_api__create_resource._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _resource_api__create_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Resource:
        """DescribeResource resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}` (operation `describeResource`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Resource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import describe_resource as _resource_api__describe_resource  # noqa: PLC0415

        kwargs = _resource_api__describe_resource._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "Resource",
            self._client._call(
                kwargs,
                _resource_api__describe_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteResource resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}` (operation `deleteResource`)

        Args:
            service_id (str):
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

        from ..api.resource_api import delete_resource as _resource_api__delete_resource  # noqa: PLC0415

        kwargs = _resource_api__delete_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__delete_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateResourceRequest | UpdateResourceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateResource resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}` (operation `updateResource`)

        Args:
            service_id (str):
            id (str):
            body (UpdateResourceRequest): Request body of UpdateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import update_resource as _resource_api__update_resource  # noqa: PLC0415

        kwargs = _resource_api__update_resource._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__update_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_action_hooks(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListActionHooksResult:
        """ListActionHooks resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/action-hook` (operation `listActionHooks`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListActionHooksResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_action_hooks as _resource_api__list_action_hooks  # noqa: PLC0415

        kwargs = _resource_api__list_action_hooks._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListActionHooksResult",
            self._client._call(
                kwargs,
                _resource_api__list_action_hooks._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def register_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterActionHookRequest | RegisterActionHookRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RegisterActionHook resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/action-hook` (operation `registerActionHook`)

        Args:
            service_id (str):
            id (str):
            body (RegisterActionHookRequest): Request body of RegisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import register_action_hook as _resource_api__register_action_hook  # noqa: PLC0415

        kwargs = _resource_api__register_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__register_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deregister_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: DeregisterActionHookRequest | DeregisterActionHookRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeregisterActionHook resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/action-hook` (operation `deregisterActionHook`)

        Args:
            service_id (str):
            id (str):
            body (DeregisterActionHookRequest): Request body of DeregisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import deregister_action_hook as _resource_api__deregister_action_hook  # noqa: PLC0415

        kwargs = _resource_api__deregister_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__deregister_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_capabilities(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourceCapabilitiesResult:
        """ListResourceCapabilities resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/capability` (operation `listResourceCapabilities`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceCapabilitiesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_resource_capabilities as _resource_api__list_resource_capabilities  # noqa: PLC0415

        kwargs = _resource_api__list_resource_capabilities._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListResourceCapabilitiesResult",
            self._client._call(
                kwargs,
                _resource_api__list_resource_capabilities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def enable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableResourceCapabilityRequest | EnableResourceCapabilityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """EnableResourceCapability resource-api

        `PUT /2022-09-01-00/service/{serviceId}/resource/{id}/capability` (operation `enableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (EnableResourceCapabilityRequest): Request body of EnableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import enable_resource_capability as _resource_api__enable_resource_capability  # noqa: PLC0415

        kwargs = _resource_api__enable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__enable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def disable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableResourceCapabilityRequest | DisableResourceCapabilityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DisableResourceCapability resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/capability` (operation `disableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (DisableResourceCapabilityRequest): Request body of DisableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import disable_resource_capability as _resource_api__disable_resource_capability  # noqa: PLC0415

        kwargs = _resource_api__disable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__disable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_dependent(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListDependentResourcesResult:
        """ListDependentResource resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/dependent-resource` (operation `listDependentResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListDependentResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_dependent_resource as _resource_api__list_dependent_resource  # noqa: PLC0415

        kwargs = _resource_api__list_dependent_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListDependentResourcesResult",
            self._client._call(
                kwargs,
                _resource_api__list_dependent_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeprecateResource resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}/deprecate` (operation `deprecateResource`)

        Args:
            service_id (str):
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

        from ..api.resource_api import deprecate_resource as _resource_api__deprecate_resource  # noqa: PLC0415

        kwargs = _resource_api__deprecate_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__deprecate_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def unset_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: UnsetEnvironmentVariablesRequest | UnsetEnvironmentVariablesRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UnsetEnvironmentVariables resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/environment-variables` (operation `unsetEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (UnsetEnvironmentVariablesRequest): Request body of UnsetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import unset_environment_variables as _resource_api__unset_environment_variables  # noqa: PLC0415

        kwargs = _resource_api__unset_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__unset_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def set_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: SetEnvironmentVariablesRequest | SetEnvironmentVariablesRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """SetEnvironmentVariables resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}/environment-variables` (operation `setEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (SetEnvironmentVariablesRequest): Request body of SetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import set_environment_variables as _resource_api__set_environment_variables  # noqa: PLC0415

        kwargs = _resource_api__set_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__set_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_files(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListFilesResult:
        """ListFiles resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/file` (operation `listFiles`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListFilesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_files as _resource_api__list_files  # noqa: PLC0415

        kwargs = _resource_api__list_files._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListFilesResult",
            self._client._call(
                kwargs,
                _resource_api__list_files._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_file(
        self,
        service_id: str,
        id: str,
        *,
        body: FileUpload,
        name: str,
        description: str,
        file_type: str,
        mount_path: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """AddFile resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/file` (operation `addFile`)

        Args:
            service_id (str):
            id (str):
            name (str):
            description (str):
            file_type (str):
            mount_path (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import add_file as _resource_api__add_file  # noqa: PLC0415

        kwargs = _resource_api__add_file._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
            name=name,
            description=description,
            file_type=file_type,
            mount_path=mount_path,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _resource_api__add_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def get_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetFile resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}` (operation `getFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import get_file as _resource_api__get_file  # noqa: PLC0415

        kwargs = _resource_api__get_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _resource_api__get_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveFile resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}` (operation `removeFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import remove_file as _resource_api__remove_file  # noqa: PLC0415

        kwargs = _resource_api__remove_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__remove_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_file_content(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: FileUpload,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateFileContent resource-api

        `PUT /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}/content` (operation `updateFileContent`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import update_file_content as _resource_api__update_file_content  # noqa: PLC0415

        kwargs = _resource_api__update_file_content._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__update_file_content._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update_file_metadata(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: UpdateFileMetadataRequest | UpdateFileMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateFileMetadata resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}/metadata` (operation `updateFileMetadata`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (UpdateFileMetadataRequest): Request body of UpdateFileMetadata
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import update_file_metadata as _resource_api__update_file_metadata  # noqa: PLC0415

        kwargs = _resource_api__update_file_metadata._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__update_file_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceMetricsConfig:
        """DescribeResourceMetricsConfig resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/metrics` (operation `describeResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceMetricsConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import (
            describe_resource_metrics_config as _resource_api__describe_resource_metrics_config,  # noqa: PLC0415
        )

        kwargs = _resource_api__describe_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ResourceMetricsConfig",
            self._client._call(
                kwargs,
                _resource_api__describe_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def register_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterResourceMetricsConfigRequest | RegisterResourceMetricsConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RegisterResourceMetricsConfig resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/metrics` (operation `registerResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            body (RegisterResourceMetricsConfigRequest): Request body of RegisterResourceMetricsConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import (
            register_resource_metrics_config as _resource_api__register_resource_metrics_config,  # noqa: PLC0415
        )

        kwargs = _resource_api__register_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__register_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def deregister_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeregisterResourceMetricsConfig resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/metrics` (operation `deregisterResourceMetricsConfig`)

        Args:
            service_id (str):
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

        from ..api.resource_api import (
            deregister_resource_metrics_config as _resource_api__deregister_resource_metrics_config,  # noqa: PLC0415
        )

        kwargs = _resource_api__deregister_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__deregister_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        body: AddResourceDependencyRequest | AddResourceDependencyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddResourceDependency resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/resource-dependency/{resourceDependencyId}` (operation `addResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            body (AddResourceDependencyRequest): Request body of AddResourceDependency
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import add_resource_dependency as _resource_api__add_resource_dependency  # noqa: PLC0415

        kwargs = _resource_api__add_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__add_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveResourceDependency resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/resource-dependency/{resourceDependencyId}` (operation `removeResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import remove_resource_dependency as _resource_api__remove_resource_dependency  # noqa: PLC0415

        kwargs = _resource_api__remove_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _resource_api__remove_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesResourcesResourceWithRawResponse:
    """`client.with_raw_response.services.resources`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesResourcesResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.list_action_hooks = raw(resource.list_action_hooks)
        self.register_action_hook = raw(resource.register_action_hook)
        self.deregister_action_hook = raw(resource.deregister_action_hook)
        self.list_capabilities = raw(resource.list_capabilities)
        self.enable_capability = raw(resource.enable_capability)
        self.disable_capability = raw(resource.disable_capability)
        self.list_dependent = raw(resource.list_dependent)
        self.deprecate = raw(resource.deprecate)
        self.unset_environment_variables = raw(resource.unset_environment_variables)
        self.set_environment_variables = raw(resource.set_environment_variables)
        self.list_files = raw(resource.list_files)
        self.add_file = raw(resource.add_file)
        self.get_file = raw(resource.get_file)
        self.remove_file = raw(resource.remove_file)
        self.update_file_content = raw(resource.update_file_content)
        self.update_file_metadata = raw(resource.update_file_metadata)
        self.describe_metrics_config = raw(resource.describe_metrics_config)
        self.register_metrics_config = raw(resource.register_metrics_config)
        self.deregister_metrics_config = raw(resource.deregister_metrics_config)
        self.add_dependency = raw(resource.add_dependency)
        self.remove_dependency = raw(resource.remove_dependency)


class ServicesResourcesResourceWithStreamingResponse:
    """`client.with_streaming_response.services.resources`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesResourcesResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.list_action_hooks = streamed(resource.list_action_hooks)
        self.register_action_hook = streamed(resource.register_action_hook)
        self.deregister_action_hook = streamed(resource.deregister_action_hook)
        self.list_capabilities = streamed(resource.list_capabilities)
        self.enable_capability = streamed(resource.enable_capability)
        self.disable_capability = streamed(resource.disable_capability)
        self.list_dependent = streamed(resource.list_dependent)
        self.deprecate = streamed(resource.deprecate)
        self.unset_environment_variables = streamed(resource.unset_environment_variables)
        self.set_environment_variables = streamed(resource.set_environment_variables)
        self.list_files = streamed(resource.list_files)
        self.add_file = streamed(resource.add_file)
        self.get_file = streamed(resource.get_file)
        self.remove_file = streamed(resource.remove_file)
        self.update_file_content = streamed(resource.update_file_content)
        self.update_file_metadata = streamed(resource.update_file_metadata)
        self.describe_metrics_config = streamed(resource.describe_metrics_config)
        self.register_metrics_config = streamed(resource.register_metrics_config)
        self.deregister_metrics_config = streamed(resource.deregister_metrics_config)
        self.add_dependency = streamed(resource.add_dependency)
        self.remove_dependency = streamed(resource.remove_dependency)


class AsyncServicesResourcesResource:
    """`client.services.resources`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesResourcesResourceWithRawResponse:
        return AsyncServicesResourcesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesResourcesResourceWithStreamingResponse:
        return AsyncServicesResourcesResourceWithStreamingResponse(self)

    async def list(
        self,
        service_id: str,
        product_tier_id: str,
        *,
        managed: bool | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourcesResult:
        """ListResources resource-api

        `GET /2022-09-01-00/service/{serviceId}/producttier/{productTierId}/resource` (operation `listResources`)

        Args:
            service_id (str):
            product_tier_id (str):
            managed (bool | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_resources as _resource_api__list_resources  # noqa: PLC0415

        kwargs = _resource_api__list_resources._get_kwargs(
            service_id=service_id,
            product_tier_id=product_tier_id,
            managed=managed,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListResourcesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_resources._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        service_id: str,
        *,
        body: CreateResourceRequest | CreateResourceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateResource resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource` (operation `createResource`)

        Args:
            service_id (str):
            body (CreateResourceRequest): Request body of CreateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import create_resource as _resource_api__create_resource  # noqa: PLC0415

        kwargs = _resource_api__create_resource._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _resource_api__create_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> Resource:
        """DescribeResource resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}` (operation `describeResource`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            Resource

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import describe_resource as _resource_api__describe_resource  # noqa: PLC0415

        kwargs = _resource_api__describe_resource._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "Resource",
            await self._client._call(
                kwargs,
                _resource_api__describe_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteResource resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}` (operation `deleteResource`)

        Args:
            service_id (str):
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

        from ..api.resource_api import delete_resource as _resource_api__delete_resource  # noqa: PLC0415

        kwargs = _resource_api__delete_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__delete_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        service_id: str,
        id: str,
        *,
        body: UpdateResourceRequest | UpdateResourceRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateResource resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}` (operation `updateResource`)

        Args:
            service_id (str):
            id (str):
            body (UpdateResourceRequest): Request body of UpdateResource
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import update_resource as _resource_api__update_resource  # noqa: PLC0415

        kwargs = _resource_api__update_resource._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__update_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_action_hooks(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListActionHooksResult:
        """ListActionHooks resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/action-hook` (operation `listActionHooks`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListActionHooksResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_action_hooks as _resource_api__list_action_hooks  # noqa: PLC0415

        kwargs = _resource_api__list_action_hooks._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListActionHooksResult",
            await self._client._call(
                kwargs,
                _resource_api__list_action_hooks._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def register_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterActionHookRequest | RegisterActionHookRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RegisterActionHook resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/action-hook` (operation `registerActionHook`)

        Args:
            service_id (str):
            id (str):
            body (RegisterActionHookRequest): Request body of RegisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import register_action_hook as _resource_api__register_action_hook  # noqa: PLC0415

        kwargs = _resource_api__register_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__register_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deregister_action_hook(
        self,
        service_id: str,
        id: str,
        *,
        body: DeregisterActionHookRequest | DeregisterActionHookRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeregisterActionHook resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/action-hook` (operation `deregisterActionHook`)

        Args:
            service_id (str):
            id (str):
            body (DeregisterActionHookRequest): Request body of DeregisterActionHook
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import deregister_action_hook as _resource_api__deregister_action_hook  # noqa: PLC0415

        kwargs = _resource_api__deregister_action_hook._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__deregister_action_hook._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_capabilities(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListResourceCapabilitiesResult:
        """ListResourceCapabilities resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/capability` (operation `listResourceCapabilities`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListResourceCapabilitiesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_resource_capabilities as _resource_api__list_resource_capabilities  # noqa: PLC0415

        kwargs = _resource_api__list_resource_capabilities._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ListResourceCapabilitiesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_resource_capabilities._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def enable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableResourceCapabilityRequest | EnableResourceCapabilityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """EnableResourceCapability resource-api

        `PUT /2022-09-01-00/service/{serviceId}/resource/{id}/capability` (operation `enableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (EnableResourceCapabilityRequest): Request body of EnableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import enable_resource_capability as _resource_api__enable_resource_capability  # noqa: PLC0415

        kwargs = _resource_api__enable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__enable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def disable_capability(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableResourceCapabilityRequest | DisableResourceCapabilityRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DisableResourceCapability resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/capability` (operation `disableResourceCapability`)

        Args:
            service_id (str):
            id (str):
            body (DisableResourceCapabilityRequest): Request body of DisableResourceCapability
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import disable_resource_capability as _resource_api__disable_resource_capability  # noqa: PLC0415

        kwargs = _resource_api__disable_resource_capability._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__disable_resource_capability._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_dependent(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListDependentResourcesResult:
        """ListDependentResource resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/dependent-resource` (operation `listDependentResource`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListDependentResourcesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_dependent_resource as _resource_api__list_dependent_resource  # noqa: PLC0415

        kwargs = _resource_api__list_dependent_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ListDependentResourcesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_dependent_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deprecate(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeprecateResource resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}/deprecate` (operation `deprecateResource`)

        Args:
            service_id (str):
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

        from ..api.resource_api import deprecate_resource as _resource_api__deprecate_resource  # noqa: PLC0415

        kwargs = _resource_api__deprecate_resource._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__deprecate_resource._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def unset_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: UnsetEnvironmentVariablesRequest | UnsetEnvironmentVariablesRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UnsetEnvironmentVariables resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/environment-variables` (operation `unsetEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (UnsetEnvironmentVariablesRequest): Request body of UnsetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import unset_environment_variables as _resource_api__unset_environment_variables  # noqa: PLC0415

        kwargs = _resource_api__unset_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__unset_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def set_environment_variables(
        self,
        service_id: str,
        id: str,
        *,
        body: SetEnvironmentVariablesRequest | SetEnvironmentVariablesRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """SetEnvironmentVariables resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}/environment-variables` (operation `setEnvironmentVariables`)

        Args:
            service_id (str):
            id (str):
            body (SetEnvironmentVariablesRequest): Request body of SetEnvironmentVariables
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import set_environment_variables as _resource_api__set_environment_variables  # noqa: PLC0415

        kwargs = _resource_api__set_environment_variables._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__set_environment_variables._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_files(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListFilesResult:
        """ListFiles resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/file` (operation `listFiles`)

        Args:
            service_id (str):
            id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListFilesResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import list_files as _resource_api__list_files  # noqa: PLC0415

        kwargs = _resource_api__list_files._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "ListFilesResult",
            await self._client._call(
                kwargs,
                _resource_api__list_files._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_file(
        self,
        service_id: str,
        id: str,
        *,
        body: FileUpload,
        name: str,
        description: str,
        file_type: str,
        mount_path: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """AddFile resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/file` (operation `addFile`)

        Args:
            service_id (str):
            id (str):
            name (str):
            description (str):
            file_type (str):
            mount_path (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import add_file as _resource_api__add_file  # noqa: PLC0415

        kwargs = _resource_api__add_file._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
            name=name,
            description=description,
            file_type=file_type,
            mount_path=mount_path,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _resource_api__add_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def get_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        product_tier_id: str | Unset = UNSET,
        product_tier_version: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """GetFile resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}` (operation `getFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            product_tier_id (str | Unset):
            product_tier_version (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import get_file as _resource_api__get_file  # noqa: PLC0415

        kwargs = _resource_api__get_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            product_tier_id=product_tier_id,
            product_tier_version=product_tier_version,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _resource_api__get_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_file(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveFile resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}` (operation `removeFile`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import remove_file as _resource_api__remove_file  # noqa: PLC0415

        kwargs = _resource_api__remove_file._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__remove_file._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_file_content(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: FileUpload,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateFileContent resource-api

        `PUT /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}/content` (operation `updateFileContent`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (FileUpload): A multipart form carrying the content of a resource file.
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import update_file_content as _resource_api__update_file_content  # noqa: PLC0415

        kwargs = _resource_api__update_file_content._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__update_file_content._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update_file_metadata(
        self,
        service_id: str,
        id: str,
        file_id: str,
        *,
        body: UpdateFileMetadataRequest | UpdateFileMetadataRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateFileMetadata resource-api

        `PATCH /2022-09-01-00/service/{serviceId}/resource/{id}/file/{fileId}/metadata` (operation `updateFileMetadata`)

        Args:
            service_id (str):
            id (str):
            file_id (str):
            body (UpdateFileMetadataRequest): Request body of UpdateFileMetadata
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import update_file_metadata as _resource_api__update_file_metadata  # noqa: PLC0415

        kwargs = _resource_api__update_file_metadata._get_kwargs(
            service_id=service_id,
            id=id,
            file_id=file_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__update_file_metadata._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        product_tier_version: str | Unset = UNSET,
        product_tier_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceMetricsConfig:
        """DescribeResourceMetricsConfig resource-api

        `GET /2022-09-01-00/service/{serviceId}/resource/{id}/metrics` (operation `describeResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceMetricsConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import (
            describe_resource_metrics_config as _resource_api__describe_resource_metrics_config,  # noqa: PLC0415
        )

        kwargs = _resource_api__describe_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ResourceMetricsConfig",
            await self._client._call(
                kwargs,
                _resource_api__describe_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def register_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        body: RegisterResourceMetricsConfigRequest | RegisterResourceMetricsConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RegisterResourceMetricsConfig resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/metrics` (operation `registerResourceMetricsConfig`)

        Args:
            service_id (str):
            id (str):
            body (RegisterResourceMetricsConfigRequest): Request body of RegisterResourceMetricsConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import (
            register_resource_metrics_config as _resource_api__register_resource_metrics_config,  # noqa: PLC0415
        )

        kwargs = _resource_api__register_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__register_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def deregister_metrics_config(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeregisterResourceMetricsConfig resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/metrics` (operation `deregisterResourceMetricsConfig`)

        Args:
            service_id (str):
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

        from ..api.resource_api import (
            deregister_resource_metrics_config as _resource_api__deregister_resource_metrics_config,  # noqa: PLC0415
        )

        kwargs = _resource_api__deregister_resource_metrics_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__deregister_resource_metrics_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        body: AddResourceDependencyRequest | AddResourceDependencyRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddResourceDependency resource-api

        `POST /2022-09-01-00/service/{serviceId}/resource/{id}/resource-dependency/{resourceDependencyId}` (operation `addResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            body (AddResourceDependencyRequest): Request body of AddResourceDependency
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import add_resource_dependency as _resource_api__add_resource_dependency  # noqa: PLC0415

        kwargs = _resource_api__add_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__add_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_dependency(
        self,
        service_id: str,
        id: str,
        resource_dependency_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveResourceDependency resource-api

        `DELETE /2022-09-01-00/service/{serviceId}/resource/{id}/resource-dependency/{resourceDependencyId}` (operation `removeResourceDependency`)

        Args:
            service_id (str):
            id (str):
            resource_dependency_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.resource_api import remove_resource_dependency as _resource_api__remove_resource_dependency  # noqa: PLC0415

        kwargs = _resource_api__remove_resource_dependency._get_kwargs(
            service_id=service_id,
            id=id,
            resource_dependency_id=resource_dependency_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _resource_api__remove_resource_dependency._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesResourcesResourceWithRawResponse:
    """`client.with_raw_response.services.resources`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesResourcesResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.list_action_hooks = async_raw(resource.list_action_hooks)
        self.register_action_hook = async_raw(resource.register_action_hook)
        self.deregister_action_hook = async_raw(resource.deregister_action_hook)
        self.list_capabilities = async_raw(resource.list_capabilities)
        self.enable_capability = async_raw(resource.enable_capability)
        self.disable_capability = async_raw(resource.disable_capability)
        self.list_dependent = async_raw(resource.list_dependent)
        self.deprecate = async_raw(resource.deprecate)
        self.unset_environment_variables = async_raw(resource.unset_environment_variables)
        self.set_environment_variables = async_raw(resource.set_environment_variables)
        self.list_files = async_raw(resource.list_files)
        self.add_file = async_raw(resource.add_file)
        self.get_file = async_raw(resource.get_file)
        self.remove_file = async_raw(resource.remove_file)
        self.update_file_content = async_raw(resource.update_file_content)
        self.update_file_metadata = async_raw(resource.update_file_metadata)
        self.describe_metrics_config = async_raw(resource.describe_metrics_config)
        self.register_metrics_config = async_raw(resource.register_metrics_config)
        self.deregister_metrics_config = async_raw(resource.deregister_metrics_config)
        self.add_dependency = async_raw(resource.add_dependency)
        self.remove_dependency = async_raw(resource.remove_dependency)


class AsyncServicesResourcesResourceWithStreamingResponse:
    """`client.with_streaming_response.services.resources`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesResourcesResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.list_action_hooks = async_streamed(resource.list_action_hooks)
        self.register_action_hook = async_streamed(resource.register_action_hook)
        self.deregister_action_hook = async_streamed(resource.deregister_action_hook)
        self.list_capabilities = async_streamed(resource.list_capabilities)
        self.enable_capability = async_streamed(resource.enable_capability)
        self.disable_capability = async_streamed(resource.disable_capability)
        self.list_dependent = async_streamed(resource.list_dependent)
        self.deprecate = async_streamed(resource.deprecate)
        self.unset_environment_variables = async_streamed(resource.unset_environment_variables)
        self.set_environment_variables = async_streamed(resource.set_environment_variables)
        self.list_files = async_streamed(resource.list_files)
        self.add_file = async_streamed(resource.add_file)
        self.get_file = async_streamed(resource.get_file)
        self.remove_file = async_streamed(resource.remove_file)
        self.update_file_content = async_streamed(resource.update_file_content)
        self.update_file_metadata = async_streamed(resource.update_file_metadata)
        self.describe_metrics_config = async_streamed(resource.describe_metrics_config)
        self.register_metrics_config = async_streamed(resource.register_metrics_config)
        self.deregister_metrics_config = async_streamed(resource.deregister_metrics_config)
        self.add_dependency = async_streamed(resource.add_dependency)
        self.remove_dependency = async_streamed(resource.remove_dependency)
