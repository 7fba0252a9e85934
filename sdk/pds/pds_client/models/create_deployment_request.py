from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_deployment_request_application_configuration_overrides import (
        CreateDeploymentRequestApplicationConfigurationOverrides,
    )
    from ..models.deployment_scheduled_backup import DeploymentScheduledBackup

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CreateDeploymentRequestApplicationConfigurationOverrides, DeploymentScheduledBackup
    from ..models.create_deployment_request_application_configuration_overrides import (
        CreateDeploymentRequestApplicationConfigurationOverrides,  # noqa: PLC0415
    )
    from ..models.deployment_scheduled_backup import DeploymentScheduledBackup  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateDeploymentRequest")


@_attrs_define
class CreateDeploymentRequest:
    """
    Attributes:
        application_configuration_overrides (CreateDeploymentRequestApplicationConfigurationOverrides | Unset):
        application_configuration_template_id (str | Unset):
        deployment_target_id (str | Unset):
        dns_zone (str | Unset):
        image_id (str | Unset):
        load_balancer_source_ranges (list[str] | Unset):
        name (str | Unset):
        namespace_id (str | Unset):
        node_count (int | Unset):
        resource_settings_template_id (str | Unset):
        scheduled_backup (DeploymentScheduledBackup | Unset):
        service_type (str | Unset):
        storage_options_template_id (str | Unset):
        tls_enabled (bool | Unset):
    """

    application_configuration_overrides: CreateDeploymentRequestApplicationConfigurationOverrides | Unset = UNSET
    application_configuration_template_id: str | Unset = UNSET
    deployment_target_id: str | Unset = UNSET
    dns_zone: str | Unset = UNSET
    image_id: str | Unset = UNSET
    load_balancer_source_ranges: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    namespace_id: str | Unset = UNSET
    node_count: int | Unset = UNSET
    resource_settings_template_id: str | Unset = UNSET
    scheduled_backup: DeploymentScheduledBackup | Unset = UNSET
    service_type: str | Unset = UNSET
    storage_options_template_id: str | Unset = UNSET
    tls_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        application_configuration_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_configuration_overrides, Unset):
            application_configuration_overrides = self.application_configuration_overrides.to_dict()

        application_configuration_template_id = self.application_configuration_template_id

        deployment_target_id = self.deployment_target_id

        dns_zone = self.dns_zone

        image_id = self.image_id

        load_balancer_source_ranges: list[str] | Unset = UNSET
        if not isinstance(self.load_balancer_source_ranges, Unset):
            load_balancer_source_ranges = self.load_balancer_source_ranges

        name = self.name

        namespace_id = self.namespace_id

        node_count = self.node_count

        resource_settings_template_id = self.resource_settings_template_id

        scheduled_backup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_backup, Unset):
            scheduled_backup = self.scheduled_backup.to_dict()

        service_type = self.service_type

        storage_options_template_id = self.storage_options_template_id

        tls_enabled = self.tls_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_configuration_overrides is not UNSET:
            field_dict["application_configuration_overrides"] = application_configuration_overrides
        if application_configuration_template_id is not UNSET:
            field_dict["application_configuration_template_id"] = application_configuration_template_id
        if deployment_target_id is not UNSET:
            field_dict["deployment_target_id"] = deployment_target_id
        if dns_zone is not UNSET:
            field_dict["dns_zone"] = dns_zone
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if load_balancer_source_ranges is not UNSET:
            field_dict["load_balancer_source_ranges"] = load_balancer_source_ranges
        if name is not UNSET:
            field_dict["name"] = name
        if namespace_id is not UNSET:
            field_dict["namespace_id"] = namespace_id
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if resource_settings_template_id is not UNSET:
            field_dict["resource_settings_template_id"] = resource_settings_template_id
        if scheduled_backup is not UNSET:
            field_dict["scheduled_backup"] = scheduled_backup
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if storage_options_template_id is not UNSET:
            field_dict["storage_options_template_id"] = storage_options_template_id
        if tls_enabled is not UNSET:
            field_dict["tls_enabled"] = tls_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _application_configuration_overrides = d.pop("application_configuration_overrides", UNSET)
        application_configuration_overrides: CreateDeploymentRequestApplicationConfigurationOverrides | Unset
        if isinstance(_application_configuration_overrides, Unset):
            application_configuration_overrides = UNSET
        else:
            application_configuration_overrides = CreateDeploymentRequestApplicationConfigurationOverrides.from_dict(
                _application_configuration_overrides
            )

        application_configuration_template_id = d.pop("application_configuration_template_id", UNSET)

        deployment_target_id = d.pop("deployment_target_id", UNSET)

        dns_zone = d.pop("dns_zone", UNSET)

        image_id = d.pop("image_id", UNSET)

        load_balancer_source_ranges = cast(list[str], d.pop("load_balancer_source_ranges", UNSET))

        name = d.pop("name", UNSET)

        namespace_id = d.pop("namespace_id", UNSET)

        node_count = d.pop("node_count", UNSET)

        resource_settings_template_id = d.pop("resource_settings_template_id", UNSET)

        _scheduled_backup = d.pop("scheduled_backup", UNSET)
        scheduled_backup: DeploymentScheduledBackup | Unset
        if isinstance(_scheduled_backup, Unset):
            scheduled_backup = UNSET
        else:
            scheduled_backup = DeploymentScheduledBackup.from_dict(_scheduled_backup)

        service_type = d.pop("service_type", UNSET)

        storage_options_template_id = d.pop("storage_options_template_id", UNSET)

        tls_enabled = d.pop("tls_enabled", UNSET)

        create_deployment_request = cls(
            application_configuration_overrides=application_configuration_overrides,
            application_configuration_template_id=application_configuration_template_id,
            deployment_target_id=deployment_target_id,
            dns_zone=dns_zone,
            image_id=image_id,
            load_balancer_source_ranges=load_balancer_source_ranges,
            name=name,
            namespace_id=namespace_id,
            node_count=node_count,
            resource_settings_template_id=resource_settings_template_id,
            scheduled_backup=scheduled_backup,
            service_type=service_type,
            storage_options_template_id=storage_options_template_id,
            tls_enabled=tls_enabled,
        )

        create_deployment_request.additional_properties = d
        return create_deployment_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
