"""`client.services.image_configs` (generated from the spec; see api.md)."""

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

    from ..models.create_image_config_request import CreateImageConfigRequest, CreateImageConfigRequestDict
    from ..models.image_config import ImageConfig
    from ..models.list_image_configs_result import ListImageConfigsResult
    from ..models.release_image_config_request import ReleaseImageConfigRequest, ReleaseImageConfigRequestDict
    from ..models.rollout_fleet_image_status_result import RolloutFleetImageStatusResult
    from ..models.update_image_config_request import UpdateImageConfigRequest, UpdateImageConfigRequestDict
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncServicesImageConfigsResource",
    "AsyncServicesImageConfigsResourceWithRawResponse",
    "AsyncServicesImageConfigsResourceWithStreamingResponse",
    "ServicesImageConfigsResource",
    "ServicesImageConfigsResourceWithRawResponse",
    "ServicesImageConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class ServicesImageConfigsResource:
    """`client.services.image_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesImageConfigsResourceWithRawResponse:
        return ServicesImageConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesImageConfigsResourceWithStreamingResponse:
        return ServicesImageConfigsResourceWithStreamingResponse(self)

    def create(
        self,
        service_id: str,
        *,
        body: CreateImageConfigRequest | CreateImageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateImageConfig image-config-api

        `POST /2022-09-01-00/service/{serviceId}/image-config` (operation `createImageConfig`)

        Args:
            service_id (str):
            body (CreateImageConfigRequest): Request body of CreateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import create_image_config as _image_config_api__create_image_config  # noqa: PLC0415

        kwargs = _image_config_api__create_image_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _image_config_api__create_image_config._parse_response,
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
    ) -> ImageConfig:
        """DescribeImageConfig image-config-api

        `GET /2022-09-01-00/service/{serviceId}/image-config/{id}` (operation `describeImageConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ImageConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import describe_image_config as _image_config_api__describe_image_config  # noqa: PLC0415

        kwargs = _image_config_api__describe_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ImageConfig",
            self._client._call(
                kwargs,
                _image_config_api__describe_image_config._parse_response,
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
        """DeleteImageConfig image-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/image-config/{id}` (operation `deleteImageConfig`)

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

        from ..api.image_config_api import delete_image_config as _image_config_api__delete_image_config  # noqa: PLC0415

        kwargs = _image_config_api__delete_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _image_config_api__delete_image_config._parse_response,
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
        body: UpdateImageConfigRequest | UpdateImageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateImageConfig image-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/image-config/{id}` (operation `updateImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateImageConfigRequest): Request body of UpdateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import update_image_config as _image_config_api__update_image_config  # noqa: PLC0415

        kwargs = _image_config_api__update_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _image_config_api__update_image_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def release(
        self,
        service_id: str,
        id: str,
        *,
        body: ReleaseImageConfigRequest | ReleaseImageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ReleaseImageConfig image-config-api

        `POST /2022-09-01-00/service/{serviceId}/image-config/{id}/release` (operation `releaseImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseImageConfigRequest): Request body of ReleaseImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import release_image_config as _image_config_api__release_image_config  # noqa: PLC0415

        kwargs = _image_config_api__release_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _image_config_api__release_image_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rollout_fleet_image_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RolloutFleetImageStatusResult:
        """RolloutFleetImageStatus image-config-api

        `GET /2022-09-01-00/service/{serviceId}/image-config/{id}/rollout` (operation `rolloutFleetImageStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RolloutFleetImageStatusResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import rollout_fleet_image_status as _image_config_api__rollout_fleet_image_status  # noqa: PLC0415

        kwargs = _image_config_api__rollout_fleet_image_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "RolloutFleetImageStatusResult",
            self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def rollout_fleet(
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
        """RolloutFleetImageConfig image-config-api

        `POST /2022-09-01-00/service/{serviceId}/image-config/{id}/rollout` (operation `rolloutFleetImageConfig`)

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

        from ..api.image_config_api import rollout_fleet_image_config as _image_config_api__rollout_fleet_image_config  # noqa: PLC0415

        kwargs = _image_config_api__rollout_fleet_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_config._parse_response,
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
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListImageConfigsResult:
        """ListImageConfigs image-config-api

        `GET /2022-09-01-00/service/{serviceId}/serviceenvironment/{serviceEnvironmentId}/image-config` (operation `listImageConfigs`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListImageConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import list_image_configs as _image_config_api__list_image_configs  # noqa: PLC0415

        kwargs = _image_config_api__list_image_configs._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListImageConfigsResult",
            self._client._call(
                kwargs,
                _image_config_api__list_image_configs._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class ServicesImageConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.image_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: ServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)
        self.release = raw(resource.release)
        self.rollout_fleet_image_status = raw(resource.rollout_fleet_image_status)
        self.rollout_fleet = raw(resource.rollout_fleet)
        self.list = raw(resource.list)


class ServicesImageConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.image_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: ServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)
        self.release = streamed(resource.release)
        self.rollout_fleet_image_status = streamed(resource.rollout_fleet_image_status)
        self.rollout_fleet = streamed(resource.rollout_fleet)
        self.list = streamed(resource.list)


class AsyncServicesImageConfigsResource:
    """`client.services.image_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesImageConfigsResourceWithRawResponse:
        return AsyncServicesImageConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesImageConfigsResourceWithStreamingResponse:
        return AsyncServicesImageConfigsResourceWithStreamingResponse(self)

    async def create(
        self,
        service_id: str,
        *,
        body: CreateImageConfigRequest | CreateImageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateImageConfig image-config-api

        `POST /2022-09-01-00/service/{serviceId}/image-config` (operation `createImageConfig`)

        Args:
            service_id (str):
            body (CreateImageConfigRequest): Request body of CreateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import create_image_config as _image_config_api__create_image_config  # noqa: PLC0415

        kwargs = _image_config_api__create_image_config._get_kwargs(
            service_id=service_id,
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _image_config_api__create_image_config._parse_response,
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
    ) -> ImageConfig:
        """DescribeImageConfig image-config-api

        `GET /2022-09-01-00/service/{serviceId}/image-config/{id}` (operation `describeImageConfig`)

        Args:
            service_id (str):
            id (str):
            product_tier_version (str | Unset):
            product_tier_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ImageConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import describe_image_config as _image_config_api__describe_image_config  # noqa: PLC0415

        kwargs = _image_config_api__describe_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            product_tier_version=product_tier_version,
            product_tier_id=product_tier_id,
        )
        return cast(
            "ImageConfig",
            await self._client._call(
                kwargs,
                _image_config_api__describe_image_config._parse_response,
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
        """DeleteImageConfig image-config-api

        `DELETE /2022-09-01-00/service/{serviceId}/image-config/{id}` (operation `deleteImageConfig`)

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

        from ..api.image_config_api import delete_image_config as _image_config_api__delete_image_config  # noqa: PLC0415

        kwargs = _image_config_api__delete_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _image_config_api__delete_image_config._parse_response,
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
        body: UpdateImageConfigRequest | UpdateImageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateImageConfig image-config-api

        `PATCH /2022-09-01-00/service/{serviceId}/image-config/{id}` (operation `updateImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (UpdateImageConfigRequest): Request body of UpdateImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import update_image_config as _image_config_api__update_image_config  # noqa: PLC0415

        kwargs = _image_config_api__update_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _image_config_api__update_image_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def release(
        self,
        service_id: str,
        id: str,
        *,
        body: ReleaseImageConfigRequest | ReleaseImageConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """ReleaseImageConfig image-config-api

        `POST /2022-09-01-00/service/{serviceId}/image-config/{id}/release` (operation `releaseImageConfig`)

        Args:
            service_id (str):
            id (str):
            body (ReleaseImageConfigRequest): Request body of ReleaseImageConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import release_image_config as _image_config_api__release_image_config  # noqa: PLC0415

        kwargs = _image_config_api__release_image_config._get_kwargs(
            service_id=service_id,
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _image_config_api__release_image_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rollout_fleet_image_status(
        self,
        service_id: str,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> RolloutFleetImageStatusResult:
        """RolloutFleetImageStatus image-config-api

        `GET /2022-09-01-00/service/{serviceId}/image-config/{id}/rollout` (operation `rolloutFleetImageStatus`)

        Args:
            service_id (str):
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            RolloutFleetImageStatusResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import rollout_fleet_image_status as _image_config_api__rollout_fleet_image_status  # noqa: PLC0415

        kwargs = _image_config_api__rollout_fleet_image_status._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "RolloutFleetImageStatusResult",
            await self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_status._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def rollout_fleet(
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
        """RolloutFleetImageConfig image-config-api

        `POST /2022-09-01-00/service/{serviceId}/image-config/{id}/rollout` (operation `rolloutFleetImageConfig`)

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

        from ..api.image_config_api import rollout_fleet_image_config as _image_config_api__rollout_fleet_image_config  # noqa: PLC0415

        kwargs = _image_config_api__rollout_fleet_image_config._get_kwargs(
            service_id=service_id,
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _image_config_api__rollout_fleet_image_config._parse_response,
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
        service_environment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListImageConfigsResult:
        """ListImageConfigs image-config-api

        `GET /2022-09-01-00/service/{serviceId}/serviceenvironment/{serviceEnvironmentId}/image-config` (operation `listImageConfigs`)

        Args:
            service_id (str):
            service_environment_id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListImageConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.image_config_api import list_image_configs as _image_config_api__list_image_configs  # noqa: PLC0415

        kwargs = _image_config_api__list_image_configs._get_kwargs(
            service_id=service_id,
            service_environment_id=service_environment_id,
        )
        return cast(
            "ListImageConfigsResult",
            await self._client._call(
                kwargs,
                _image_config_api__list_image_configs._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncServicesImageConfigsResourceWithRawResponse:
    """`client.with_raw_response.services.image_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)
        self.release = async_raw(resource.release)
        self.rollout_fleet_image_status = async_raw(resource.rollout_fleet_image_status)
        self.rollout_fleet = async_raw(resource.rollout_fleet)
        self.list = async_raw(resource.list)


class AsyncServicesImageConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.services.image_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncServicesImageConfigsResource) -> None:
        self._resource = resource
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
        self.release = async_streamed(resource.release)
        self.rollout_fleet_image_status = async_streamed(resource.rollout_fleet_image_status)
        self.rollout_fleet = async_streamed(resource.rollout_fleet)
        self.list = async_streamed(resource.list)
