"""`client.services.models` (generated from the spec; see api.md)."""

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

    from ..models.add_account_config_to_service_model_request import (
        AddAccountConfigToServiceModelRequest,
        AddAccountConfigToServiceModelRequestDict,
    )
    from ..models.copy_service_model_request import CopyServiceModelRequest, CopyServiceModelRequestDict
    from ..models.create_service_model_request import CreateServiceModelRequest, CreateServiceModelRequestDict
    from ..models.disable_service_model_feature_request import (
        DisableServiceModelFeatureRequest,
        DisableServiceModelFeatureRequestDict,
    )
    from ..models.enable_service_model_feature_request import (
        EnableServiceModelFeatureRequest,
        EnableServiceModelFeatureRequestDict,
    )
    from ..models.list_service_models_result import ListServiceModelsResult
    from ..models.release_service_model_result import ReleaseServiceModelResult
    from ..models.remove_account_config_from_service_model_request import (
        RemoveAccountConfigFromServiceModelRequest,
        RemoveAccountConfigFromServiceModelRequestDict,
    )
    from ..models.service_model import ServiceModel
    from ..models.update_service_model_request import UpdateServiceModelRequest, UpdateServiceModelRequestDict

    pass

__all__ = [
    "AsyncServicesModelsResource",
    "AsyncServicesModelsResourceWithRawResponse",
    "AsyncServicesModelsResourceWithStreamingResponse",
    "ServicesModelsResource",
    "ServicesModelsResourceWithRawResponse",
    "ServicesModelsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesModelsResource:
    """`client.services.models`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesModelsResourceWithRawResponse:
        return ServicesModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesModelsResourceWithStreamingResponse:
        return ServicesModelsResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateServiceModelRequest | CreateServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceModel service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model` (operation `createServiceModel`)

        Args:
            service_id (str):
            body (CreateServiceModelRequest): Request body of CreateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import create_service_model as _service_model_api__create_service_model  # noqa: PLC0415

        kwargs = _service_model_api__create_service_model._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_model_api__create_service_model._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceModel:
        """DescribeServiceModel service-model-api

        `GET /2022-09-01-00/service/{serviceId}/model/{id}` (operation `describeServiceModel`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceModel

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import describe_service_model as _service_model_api__describe_service_model  # noqa: PLC0415

        kwargs = _service_model_api__describe_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceModel",
            self._client._call(
                kwargs,
                _service_model_api__describe_service_model._parse_response,
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
        """DeleteServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{serviceId}/model/{id}` (operation `deleteServiceModel`)

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

        from ..api.service_model_api import delete_service_model as _service_model_api__delete_service_model  # noqa: PLC0415

        kwargs = _service_model_api__delete_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__delete_service_model._parse_response,
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
        body: UpdateServiceModelRequest | UpdateServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateServiceModel service-model-api

        `PATCH /2022-09-01-00/service/{serviceId}/model/{id}` (operation `updateServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceModelRequest): Request body of UpdateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import update_service_model as _service_model_api__update_service_model  # noqa: PLC0415

        kwargs = _service_model_api__update_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__update_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def add_account_config_to(
        self,
        service_id: str,
        id: str,
        *,
        body: AddAccountConfigToServiceModelRequest | AddAccountConfigToServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddAccountConfigToServiceModel service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model/{id}/account-config` (operation `addAccountConfigToServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (AddAccountConfigToServiceModelRequest): Request body of
                AddAccountConfigToServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            add_account_config_to_service_model as _service_model_api__add_account_config_to_service_model,  # noqa: PLC0415
        )

        kwargs = _service_model_api__add_account_config_to_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__add_account_config_to_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def remove_account_config_from(
        self,
        service_id: str,
        id: str,
        *,
        body: RemoveAccountConfigFromServiceModelRequest | RemoveAccountConfigFromServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveAccountConfigFromServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{serviceId}/model/{id}/account-config` (operation `removeAccountConfigFromServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (RemoveAccountConfigFromServiceModelRequest): Request body of
                RemoveAccountConfigFromServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            remove_account_config_from_service_model as _service_model_api__remove_account_config_from_service_model,  # noqa: PLC0415
        )

        kwargs = _service_model_api__remove_account_config_from_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__remove_account_config_from_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def set_active_account_config(
        self,
        service_id: str,
        id: str,
        account_config_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """SetActiveAccountConfig service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model/{id}/account-config/{accountConfigId}/active` (operation `setActiveAccountConfig`)

        Args:
            service_id (str):
            id (str):
            account_config_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import set_active_account_config as _service_model_api__set_active_account_config  # noqa: PLC0415

        kwargs = _service_model_api__set_active_account_config._get_kwargs(
            service_id=service_id,
            id=id,
            account_config_id=account_config_id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__set_active_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableServiceModelFeatureRequest | EnableServiceModelFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """EnableServiceModelFeature service-model-api

        `PUT /2022-09-01-00/service/{serviceId}/model/{id}/feature` (operation `enableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableServiceModelFeatureRequest): Request body of EnableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            enable_service_model_feature as _service_model_api__enable_service_model_feature,  # noqa: PLC0415
        )

        kwargs = _service_model_api__enable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__enable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableServiceModelFeatureRequest | DisableServiceModelFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DisableServiceModelFeature service-model-api

        `DELETE /2022-09-01-00/service/{serviceId}/model/{id}/feature` (operation `disableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableServiceModelFeatureRequest): Request body of DisableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            disable_service_model_feature as _service_model_api__disable_service_model_feature,  # noqa: PLC0415
        )

        kwargs = _service_model_api__disable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _service_model_api__disable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def release_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ReleaseServiceModelResult:
        """ReleaseServiceModelStatus service-model-api

        `GET /2022-09-01-00/service/{serviceId}/model/{id}/release` (operation `releaseServiceModelStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ReleaseServiceModelResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            release_service_model_status as _service_model_api__release_service_model_status,  # noqa: PLC0415
        )

        kwargs = _service_model_api__release_service_model_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ReleaseServiceModelResult",
            self._client._call(
                kwargs,
                _service_model_api__release_service_model_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyServiceModelRequest | CopyServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyServiceModel service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model/copy/{sourceId}` (operation `copyServiceModel`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyServiceModelRequest): Request body of CopyServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import copy_service_model as _service_model_api__copy_service_model  # noqa: PLC0415

        kwargs = _service_model_api__copy_service_model._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _service_model_api__copy_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list(
        self,
        service_id: str,
        service_api_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceModelsResult:
        """ListServiceModel service-model-api

        `GET /2022-09-01-00/service/{serviceId}/serviceapi/{serviceApiId}/model` (operation `listServiceModel`)

        Args:
            service_id (str):
            service_api_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceModelsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import list_service_model as _service_model_api__list_service_model  # noqa: PLC0415

        kwargs = _service_model_api__list_service_model._get_kwargs(
            service_id=service_id,
            service_api_id=service_api_id,
        )
        return cast(
            "ListServiceModelsResult",
            self._client._call(
                kwargs,
                _service_model_api__list_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesModelsResourceWithRawResponse:
    """`client.with_raw_response.services.models`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesModelsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.add_account_config_to = raw(resource.add_account_config_to)
        self.remove_account_config_from = raw(resource.remove_account_config_from)
        self.set_active_account_config = raw(resource.set_active_account_config)
        self.enable_feature = raw(resource.enable_feature)
        self.disable_feature = raw(resource.disable_feature)
        self.release_status = raw(resource.release_status)
        self.copy = raw(resource.copy)
        self.list = raw(resource.list)


class ServicesModelsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.models`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesModelsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.add_account_config_to = streamed(resource.add_account_config_to)
        self.remove_account_config_from = streamed(resource.remove_account_config_from)
        self.set_active_account_config = streamed(resource.set_active_account_config)
        self.enable_feature = streamed(resource.enable_feature)
        self.disable_feature = streamed(resource.disable_feature)
        self.release_status = streamed(resource.release_status)
        self.copy = streamed(resource.copy)
        self.list = streamed(resource.list)


class AsyncServicesModelsResource:
    """`client.services.models`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesModelsResourceWithRawResponse:
        return AsyncServicesModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesModelsResourceWithStreamingResponse:
        return AsyncServicesModelsResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateServiceModelRequest | CreateServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateServiceModel service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model` (operation `createServiceModel`)

        Args:
            service_id (str):
            body (CreateServiceModelRequest): Request body of CreateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import create_service_model as _service_model_api__create_service_model  # noqa: PLC0415

        kwargs = _service_model_api__create_service_model._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_model_api__create_service_model._parse_response,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ServiceModel:
        """DescribeServiceModel service-model-api

        `GET /2022-09-01-00/service/{serviceId}/model/{id}` (operation `describeServiceModel`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ServiceModel

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import describe_service_model as _service_model_api__describe_service_model  # noqa: PLC0415

        kwargs = _service_model_api__describe_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ServiceModel",
            await self._client._call(
                kwargs,
                _service_model_api__describe_service_model._parse_response,
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
        """DeleteServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{serviceId}/model/{id}` (operation `deleteServiceModel`)

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

        from ..api.service_model_api import delete_service_model as _service_model_api__delete_service_model  # noqa: PLC0415

        kwargs = _service_model_api__delete_service_model._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__delete_service_model._parse_response,
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
        body: UpdateServiceModelRequest | UpdateServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateServiceModel service-model-api

        `PATCH /2022-09-01-00/service/{serviceId}/model/{id}` (operation `updateServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (UpdateServiceModelRequest): Request body of UpdateServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import update_service_model as _service_model_api__update_service_model  # noqa: PLC0415

        kwargs = _service_model_api__update_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__update_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def add_account_config_to(
        self,
        service_id: str,
        id: str,
        *,
        body: AddAccountConfigToServiceModelRequest | AddAccountConfigToServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """AddAccountConfigToServiceModel service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model/{id}/account-config` (operation `addAccountConfigToServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (AddAccountConfigToServiceModelRequest): Request body of
                AddAccountConfigToServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            add_account_config_to_service_model as _service_model_api__add_account_config_to_service_model,  # noqa: PLC0415
        )

        kwargs = _service_model_api__add_account_config_to_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__add_account_config_to_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def remove_account_config_from(
        self,
        service_id: str,
        id: str,
        *,
        body: RemoveAccountConfigFromServiceModelRequest | RemoveAccountConfigFromServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """RemoveAccountConfigFromServiceModel service-model-api

        `DELETE /2022-09-01-00/service/{serviceId}/model/{id}/account-config` (operation `removeAccountConfigFromServiceModel`)

        Args:
            service_id (str):
            id (str):
            body (RemoveAccountConfigFromServiceModelRequest): Request body of
                RemoveAccountConfigFromServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            remove_account_config_from_service_model as _service_model_api__remove_account_config_from_service_model,  # noqa: PLC0415
        )

        kwargs = _service_model_api__remove_account_config_from_service_model._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__remove_account_config_from_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def set_active_account_config(
        self,
        service_id: str,
        id: str,
        account_config_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """SetActiveAccountConfig service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model/{id}/account-config/{accountConfigId}/active` (operation `setActiveAccountConfig`)

        Args:
            service_id (str):
            id (str):
            account_config_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import set_active_account_config as _service_model_api__set_active_account_config  # noqa: PLC0415

        kwargs = _service_model_api__set_active_account_config._get_kwargs(
            service_id=service_id,
            id=id,
            account_config_id=account_config_id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__set_active_account_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def enable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: EnableServiceModelFeatureRequest | EnableServiceModelFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """EnableServiceModelFeature service-model-api

        `PUT /2022-09-01-00/service/{serviceId}/model/{id}/feature` (operation `enableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (EnableServiceModelFeatureRequest): Request body of EnableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            enable_service_model_feature as _service_model_api__enable_service_model_feature,  # noqa: PLC0415
        )

        kwargs = _service_model_api__enable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__enable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def disable_feature(
        self,
        service_id: str,
        id: str,
        *,
        body: DisableServiceModelFeatureRequest | DisableServiceModelFeatureRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DisableServiceModelFeature service-model-api

        `DELETE /2022-09-01-00/service/{serviceId}/model/{id}/feature` (operation `disableServiceModelFeature`)

        Args:
            service_id (str):
            id (str):
            body (DisableServiceModelFeatureRequest): Request body of DisableServiceModelFeature
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            disable_service_model_feature as _service_model_api__disable_service_model_feature,  # noqa: PLC0415
        )

        kwargs = _service_model_api__disable_service_model_feature._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _service_model_api__disable_service_model_feature._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def release_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ReleaseServiceModelResult:
        """ReleaseServiceModelStatus service-model-api

        `GET /2022-09-01-00/service/{serviceId}/model/{id}/release` (operation `releaseServiceModelStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ReleaseServiceModelResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import (
            release_service_model_status as _service_model_api__release_service_model_status,  # noqa: PLC0415
        )

        kwargs = _service_model_api__release_service_model_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "ReleaseServiceModelResult",
            await self._client._call(
                kwargs,
                _service_model_api__release_service_model_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def copy(
        self,
        service_id: str,
        source_id: str,
        *,
        body: CopyServiceModelRequest | CopyServiceModelRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CopyServiceModel service-model-api

        `POST /2022-09-01-00/service/{serviceId}/model/copy/{sourceId}` (operation `copyServiceModel`)

        Args:
            service_id (str):
            source_id (str):
            body (CopyServiceModelRequest): Request body of CopyServiceModel
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import copy_service_model as _service_model_api__copy_service_model  # noqa: PLC0415

        kwargs = _service_model_api__copy_service_model._get_kwargs(
            service_id=service_id,
            source_id=source_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _service_model_api__copy_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list(
        self,
        service_id: str,
        service_api_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListServiceModelsResult:
        """ListServiceModel service-model-api

        `GET /2022-09-01-00/service/{serviceId}/serviceapi/{serviceApiId}/model` (operation `listServiceModel`)

        Args:
            service_id (str):
            service_api_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListServiceModelsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.service_model_api import list_service_model as _service_model_api__list_service_model  # noqa: PLC0415

        kwargs = _service_model_api__list_service_model._get_kwargs(
            service_id=service_id,
            service_api_id=service_api_id,
        )
        return cast(
            "ListServiceModelsResult",
            await self._client._call(
                kwargs,
                _service_model_api__list_service_model._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesModelsResourceWithRawResponse:
    """`client.with_raw_response.services.models`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesModelsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.add_account_config_to = async_raw(resource.add_account_config_to)
        self.remove_account_config_from = async_raw(resource.remove_account_config_from)
        self.set_active_account_config = async_raw(resource.set_active_account_config)
        self.enable_feature = async_raw(resource.enable_feature)
        self.disable_feature = async_raw(resource.disable_feature)
        self.release_status = async_raw(resource.release_status)
        self.copy = async_raw(resource.copy)
        self.list = async_raw(resource.list)


class AsyncServicesModelsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.models`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesModelsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.add_account_config_to = async_streamed(resource.add_account_config_to)
        self.remove_account_config_from = async_streamed(resource.remove_account_config_from)
        self.set_active_account_config = async_streamed(resource.set_active_account_config)
        self.enable_feature = async_streamed(resource.enable_feature)
        self.disable_feature = async_streamed(resource.disable_feature)
        self.release_status = async_streamed(resource.release_status)
        self.copy = async_streamed(resource.copy)
        self.list = async_streamed(resource.list)
