"""`client.sample_templates` (generated from the spec; see api.md)."""

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

    from ..models.application_configuration_sample_list import ApplicationConfigurationSampleList
    from ..models.backup_policy_sample_list import BackupPolicySampleList
    from ..models.resource_settings_sample_list import ResourceSettingsSampleList
    from ..models.storage_options_sample_list import StorageOptionsSampleList
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncSampleTemplatesResource",
    "AsyncSampleTemplatesResourceWithRawResponse",
    "AsyncSampleTemplatesResourceWithStreamingResponse",
    "SampleTemplatesResource",
    "SampleTemplatesResourceWithRawResponse",
    "SampleTemplatesResourceWithStreamingResponse",
]

# Keep the names every signature may use importable from here.
_ = (Any, Callable, File, Literal, UNSET, Unset, builtins)


class SampleTemplatesResource:
    """`client.sample_templates`."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SampleTemplatesResourceWithRawResponse:
        return SampleTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SampleTemplatesResourceWithStreamingResponse:
        return SampleTemplatesResourceWithStreamingResponse(self)

    def list_application_configuration_samples(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationSampleList:
        """List ApplicationConfigurationSamples

        Lists ApplicationConfigurationSamples

        `GET /api/default-templates/application-configuration` (operation `listApplicationConfigurationSamples`)

        Args:
            data_service_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationSampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import (
            list_application_configuration_samples as _sample_templates__list_application_configuration_samples,  # noqa: PLC0415
        )

        kwargs = _sample_templates__list_application_configuration_samples._get_kwargs(
            data_service_id=data_service_id,
        )
        return cast(
            "ApplicationConfigurationSampleList",
            self._client._call(
                kwargs,
                _sample_templates__list_application_configuration_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_backup_policy_samples(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicySampleList:
        """List BackupPolicySamples

        Lists BackupPolicySamples

        `GET /api/default-templates/backup-policies` (operation `listBackupPolicySamples`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicySampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import list_backup_policy_samples as _sample_templates__list_backup_policy_samples  # noqa: PLC0415

        kwargs = _sample_templates__list_backup_policy_samples._get_kwargs()
        return cast(
            "BackupPolicySampleList",
            self._client._call(
                kwargs,
                _sample_templates__list_backup_policy_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_resource_settings_samples(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsSampleList:
        """List ResourceSettingsSamples

        Lists ResourceSettingsSamples

        `GET /api/default-templates/resource-settings` (operation `listResourceSettingsSamples`)

        Args:
            data_service_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsSampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import (
            list_resource_settings_samples as _sample_templates__list_resource_settings_samples,  # noqa: PLC0415
        )

        kwargs = _sample_templates__list_resource_settings_samples._get_kwargs(
            data_service_id=data_service_id,
        )
        return cast(
            "ResourceSettingsSampleList",
            self._client._call(
                kwargs,
                _sample_templates__list_resource_settings_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    def list_storage_options_samples(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsSampleList:
        """List StorageOptionsSamples

        Lists StorageOptionsSamples

        `GET /api/default-templates/storage-options` (operation `listStorageOptionsSamples`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsSampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import (
            list_storage_options_samples as _sample_templates__list_storage_options_samples,  # noqa: PLC0415
        )

        kwargs = _sample_templates__list_storage_options_samples._get_kwargs()
        return cast(
            "StorageOptionsSampleList",
            self._client._call(
                kwargs,
                _sample_templates__list_storage_options_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class SampleTemplatesResourceWithRawResponse:
    """`client.with_raw_response.sample_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: SampleTemplatesResource) -> None:
        self._resource = resource
        self.list_application_configuration_samples = raw(resource.list_application_configuration_samples)
        self.list_backup_policy_samples = raw(resource.list_backup_policy_samples)
        self.list_resource_settings_samples = raw(resource.list_resource_settings_samples)
        self.list_storage_options_samples = raw(resource.list_storage_options_samples)


class SampleTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.sample_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: SampleTemplatesResource) -> None:
        self._resource = resource
        self.list_application_configuration_samples = streamed(resource.list_application_configuration_samples)
        self.list_backup_policy_samples = streamed(resource.list_backup_policy_samples)
        self.list_resource_settings_samples = streamed(resource.list_resource_settings_samples)
        self.list_storage_options_samples = streamed(resource.list_storage_options_samples)


class AsyncSampleTemplatesResource:
    """`client.sample_templates`, asynchronously."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSampleTemplatesResourceWithRawResponse:
        return AsyncSampleTemplatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSampleTemplatesResourceWithStreamingResponse:
        return AsyncSampleTemplatesResourceWithStreamingResponse(self)

    async def list_application_configuration_samples(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ApplicationConfigurationSampleList:
        """List ApplicationConfigurationSamples

        Lists ApplicationConfigurationSamples

        `GET /api/default-templates/application-configuration` (operation `listApplicationConfigurationSamples`)

        Args:
            data_service_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ApplicationConfigurationSampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import (
            list_application_configuration_samples as _sample_templates__list_application_configuration_samples,  # noqa: PLC0415
        )

        kwargs = _sample_templates__list_application_configuration_samples._get_kwargs(
            data_service_id=data_service_id,
        )
        return cast(
            "ApplicationConfigurationSampleList",
            await self._client._call(
                kwargs,
                _sample_templates__list_application_configuration_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_backup_policy_samples(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> BackupPolicySampleList:
        """List BackupPolicySamples

        Lists BackupPolicySamples

        `GET /api/default-templates/backup-policies` (operation `listBackupPolicySamples`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            BackupPolicySampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import list_backup_policy_samples as _sample_templates__list_backup_policy_samples  # noqa: PLC0415

        kwargs = _sample_templates__list_backup_policy_samples._get_kwargs()
        return cast(
            "BackupPolicySampleList",
            await self._client._call(
                kwargs,
                _sample_templates__list_backup_policy_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_resource_settings_samples(
        self,
        *,
        data_service_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> ResourceSettingsSampleList:
        """List ResourceSettingsSamples

        Lists ResourceSettingsSamples

        `GET /api/default-templates/resource-settings` (operation `listResourceSettingsSamples`)

        Args:
            data_service_id (str | Unset):
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            ResourceSettingsSampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import (
            list_resource_settings_samples as _sample_templates__list_resource_settings_samples,  # noqa: PLC0415
        )

        kwargs = _sample_templates__list_resource_settings_samples._get_kwargs(
            data_service_id=data_service_id,
        )
        return cast(
            "ResourceSettingsSampleList",
            await self._client._call(
                kwargs,
                _sample_templates__list_resource_settings_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )

    async def list_storage_options_samples(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: Retries = DEFAULT,
    ) -> StorageOptionsSampleList:
        """List StorageOptionsSamples

        Lists StorageOptionsSamples

        `GET /api/default-templates/storage-options` (operation `listStorageOptionsSamples`)

        Args:
            extra_headers, extra_query, extra_body: Added to the request's headers, query and JSON body.
            timeout: For this call (seconds or an `httpx.Timeout`; None: no timeout); default: the client's.
            retries: For this call (a count, a `Retry`, or None); default: the client's.

        Returns:
            StorageOptionsSampleList

        Raises:
            ApiStatusError: For any answer outside 2xx, as its subclass for the status (`NotFoundError`, ...).
            ApiConnectionError: If no answer arrives after the retries (`ApiTimeoutError` on timeouts).
        """

        from ..api.sample_templates import (
            list_storage_options_samples as _sample_templates__list_storage_options_samples,  # noqa: PLC0415
        )

        kwargs = _sample_templates__list_storage_options_samples._get_kwargs()
        return cast(
            "StorageOptionsSampleList",
            await self._client._call(
                kwargs,
                _sample_templates__list_storage_options_samples._parse_response,
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                retries,
            ),
        )


class AsyncSampleTemplatesResourceWithRawResponse:
    """`client.with_raw_response.sample_templates`: the same methods, answering with the HTTP response."""

    def __init__(self, resource: AsyncSampleTemplatesResource) -> None:
        self._resource = resource
        self.list_application_configuration_samples = async_raw(resource.list_application_configuration_samples)
        self.list_backup_policy_samples = async_raw(resource.list_backup_policy_samples)
        self.list_resource_settings_samples = async_raw(resource.list_resource_settings_samples)
        self.list_storage_options_samples = async_raw(resource.list_storage_options_samples)


class AsyncSampleTemplatesResourceWithStreamingResponse:
    """`client.with_streaming_response.sample_templates`: the same methods, answering with a context manager around a response read as it arrives."""

    def __init__(self, resource: AsyncSampleTemplatesResource) -> None:
        self._resource = resource
        self.list_application_configuration_samples = async_streamed(resource.list_application_configuration_samples)
        self.list_backup_policy_samples = async_streamed(resource.list_backup_policy_samples)
        self.list_resource_settings_samples = async_streamed(resource.list_resource_settings_samples)
        self.list_storage_options_samples = async_streamed(resource.list_storage_options_samples)
