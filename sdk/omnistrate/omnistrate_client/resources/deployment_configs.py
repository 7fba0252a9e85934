"""`client.deployment_configs` (generated from the spec; see api.md)."""

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

    from ..models.create_deployment_config_request import (
        CreateDeploymentConfigRequest,
        CreateDeploymentConfigRequestDict,
    )
    from ..models.deployment_config import DeploymentConfig
    from ..models.list_deployment_configs_result import ListDeploymentConfigsResult
    from ..models.update_deployment_config_request import (
        UpdateDeploymentConfigRequest,
        UpdateDeploymentConfigRequestDict,
    )

    pass

__all__ = [
    "AsyncDeploymentConfigsResource",
    "AsyncDeploymentConfigsResourceWithRawResponse",
    "AsyncDeploymentConfigsResourceWithStreamingResponse",
    "DeploymentConfigsResource",
    "DeploymentConfigsResourceWithRawResponse",
    "DeploymentConfigsResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class DeploymentConfigsResource:
    """`client.deployment_configs`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DeploymentConfigsResourceWithRawResponse:
        return DeploymentConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DeploymentConfigsResourceWithStreamingResponse:
        return DeploymentConfigsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListDeploymentConfigsResult:
        """ListDeploymentConfigs deployment-config-api

        `GET /2022-09-01-00/deployment-config` (operation `listDeploymentConfigs`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListDeploymentConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            list_deployment_configs as _deployment_config_api__list_deployment_configs,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__list_deployment_configs._get_kwargs()
        return cast(
            "ListDeploymentConfigsResult",
            self._client._call(
                kwargs,
                _deployment_config_api__list_deployment_configs._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def create(
        self,
        *,
        body: CreateDeploymentConfigRequest | CreateDeploymentConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateDeploymentConfig deployment-config-api

        `POST /2022-09-01-00/deployment-config` (operation `createDeploymentConfig`)

        Args:
            body (CreateDeploymentConfigRequest): Request body of CreateDeploymentConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            create_deployment_config as _deployment_config_api__create_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__create_deployment_config._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            self._client._call(
                kwargs,
                _deployment_config_api__create_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentConfig:
        """DescribeDeploymentConfig deployment-config-api

        `GET /2022-09-01-00/deployment-config/{id}` (operation `describeDeploymentConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            describe_deployment_config as _deployment_config_api__describe_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__describe_deployment_config._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentConfig",
            self._client._call(
                kwargs,
                _deployment_config_api__describe_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteDeploymentConfig deployment-config-api

        `DELETE /2022-09-01-00/deployment-config/{id}` (operation `deleteDeploymentConfig`)

        Args:
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

        from ..api.deployment_config_api import (
            delete_deployment_config as _deployment_config_api__delete_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__delete_deployment_config._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_config_api__delete_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def update(
        self,
        id: str,
        *,
        body: UpdateDeploymentConfigRequest | UpdateDeploymentConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateDeploymentConfig deployment-config-api

        `PATCH /2022-09-01-00/deployment-config/{id}` (operation `updateDeploymentConfig`)

        Args:
            id (str):
            body (UpdateDeploymentConfigRequest): Request body of UpdateDeploymentConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            update_deployment_config as _deployment_config_api__update_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__update_deployment_config._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            self._client._call(
                kwargs,
                _deployment_config_api__update_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class DeploymentConfigsResourceWithRawResponse:
    """`client.with_raw_response.deployment_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: DeploymentConfigsResource) -> None:
        self._resource = resource
        self.list = raw(resource.list)
        self.create = raw(resource.create)
        self.describe = raw(resource.describe)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class DeploymentConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployment_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: DeploymentConfigsResource) -> None:
        self._resource = resource
        self.list = streamed(resource.list)
        self.create = streamed(resource.create)
        self.describe = streamed(resource.describe)
        self.delete = streamed(resource.delete)
        self.update = streamed(resource.update)


class AsyncDeploymentConfigsResource:
    """`client.deployment_configs`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDeploymentConfigsResourceWithRawResponse:
        return AsyncDeploymentConfigsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDeploymentConfigsResourceWithStreamingResponse:
        return AsyncDeploymentConfigsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ListDeploymentConfigsResult:
        """ListDeploymentConfigs deployment-config-api

        `GET /2022-09-01-00/deployment-config` (operation `listDeploymentConfigs`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ListDeploymentConfigsResult

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            list_deployment_configs as _deployment_config_api__list_deployment_configs,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__list_deployment_configs._get_kwargs()
        return cast(
            "ListDeploymentConfigsResult",
            await self._client._call(
                kwargs,
                _deployment_config_api__list_deployment_configs._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def create(
        self,
        *,
        body: CreateDeploymentConfigRequest | CreateDeploymentConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> str:
        """CreateDeploymentConfig deployment-config-api

        `POST /2022-09-01-00/deployment-config` (operation `createDeploymentConfig`)

        Args:
            body (CreateDeploymentConfigRequest): Request body of CreateDeploymentConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            str

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            create_deployment_config as _deployment_config_api__create_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__create_deployment_config._get_kwargs(
            body=body,
        )
        return cast(
            "str",
            await self._client._call(
                kwargs,
                _deployment_config_api__create_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def describe(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> DeploymentConfig:
        """DescribeDeploymentConfig deployment-config-api

        `GET /2022-09-01-00/deployment-config/{id}` (operation `describeDeploymentConfig`)

        Args:
            id (str):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            DeploymentConfig

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            describe_deployment_config as _deployment_config_api__describe_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__describe_deployment_config._get_kwargs(
            id=id,
        )
        return cast(
            "DeploymentConfig",
            await self._client._call(
                kwargs,
                _deployment_config_api__describe_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """DeleteDeploymentConfig deployment-config-api

        `DELETE /2022-09-01-00/deployment-config/{id}` (operation `deleteDeploymentConfig`)

        Args:
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

        from ..api.deployment_config_api import (
            delete_deployment_config as _deployment_config_api__delete_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__delete_deployment_config._get_kwargs(
            id=id,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_config_api__delete_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdateDeploymentConfigRequest | UpdateDeploymentConfigRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> None:
        """UpdateDeploymentConfig deployment-config-api

        `PATCH /2022-09-01-00/deployment-config/{id}` (operation `updateDeploymentConfig`)

        Args:
            id (str):
            body (UpdateDeploymentConfigRequest): Request body of UpdateDeploymentConfig
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            None

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.deployment_config_api import (
            update_deployment_config as _deployment_config_api__update_deployment_config,  # noqa: PLC0415
        )

        kwargs = _deployment_config_api__update_deployment_config._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "None",
            await self._client._call(
                kwargs,
                _deployment_config_api__update_deployment_config._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncDeploymentConfigsResourceWithRawResponse:
    """`client.with_raw_response.deployment_configs`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncDeploymentConfigsResource) -> None:
        self._resource = resource
        self.list = async_raw(resource.list)
        self.create = async_raw(resource.create)
        self.describe = async_raw(resource.describe)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class AsyncDeploymentConfigsResourceWithStreamingResponse:
    """`client.with_streaming_response.deployment_configs`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncDeploymentConfigsResource) -> None:
        self._resource = resource
        self.list = async_streamed(resource.list)
        self.create = async_streamed(resource.create)
        self.describe = async_streamed(resource.describe)
        self.delete = async_streamed(resource.delete)
        self.update = async_streamed(resource.update)
