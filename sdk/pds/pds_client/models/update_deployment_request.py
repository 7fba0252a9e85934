from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_deployment_request_application_configuration_overrides import (
        UpdateDeploymentRequestApplicationConfigurationOverrides,
    )
    from ..models.update_deployment_scheduled_backup import UpdateDeploymentScheduledBackup

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, UpdateDeploymentRequestApplicationConfigurationOverrides, UpdateDeploymentScheduledBackup
    from ..models.update_deployment_request_application_configuration_overrides import (
        UpdateDeploymentRequestApplicationConfigurationOverrides,  # noqa: PLC0415
    )
    from ..models.update_deployment_scheduled_backup import UpdateDeploymentScheduledBackup  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateDeploymentRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "application_configuration_overrides",
        "application_configuration_template_id",
        "image_id",
        "node_count",
        "resource_settings_template_id",
        "scheduled_backup",
        "tls_enabled",
    }
)


@_attrs_define
class UpdateDeploymentRequest:
    """
    Attributes:
        application_configuration_overrides (UpdateDeploymentRequestApplicationConfigurationOverrides | Unset):
        application_configuration_template_id (str | Unset):
        image_id (str | Unset):
        node_count (int | Unset):
        resource_settings_template_id (str | Unset):
        scheduled_backup (UpdateDeploymentScheduledBackup | Unset):
        tls_enabled (bool | Unset):
    """

    application_configuration_overrides: UpdateDeploymentRequestApplicationConfigurationOverrides | Unset = UNSET
    application_configuration_template_id: str | Unset = UNSET
    image_id: str | Unset = UNSET
    node_count: int | Unset = UNSET
    resource_settings_template_id: str | Unset = UNSET
    scheduled_backup: UpdateDeploymentScheduledBackup | Unset = UNSET
    tls_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        application_configuration_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_configuration_overrides, Unset):
            application_configuration_overrides = self.application_configuration_overrides.to_dict()

        application_configuration_template_id = self.application_configuration_template_id

        image_id = self.image_id

        node_count = self.node_count

        resource_settings_template_id = self.resource_settings_template_id

        scheduled_backup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_backup, Unset):
            scheduled_backup = self.scheduled_backup.to_dict()

        tls_enabled = self.tls_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_configuration_overrides is not UNSET:
            field_dict["application_configuration_overrides"] = application_configuration_overrides
        if application_configuration_template_id is not UNSET:
            field_dict["application_configuration_template_id"] = application_configuration_template_id
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if resource_settings_template_id is not UNSET:
            field_dict["resource_settings_template_id"] = resource_settings_template_id
        if scheduled_backup is not UNSET:
            field_dict["scheduled_backup"] = scheduled_backup
        if tls_enabled is not UNSET:
            field_dict["tls_enabled"] = tls_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _application_configuration_overrides = src_dict.get("application_configuration_overrides", UNSET)
        application_configuration_overrides: UpdateDeploymentRequestApplicationConfigurationOverrides | Unset
        if isinstance(_application_configuration_overrides, Unset):
            application_configuration_overrides = UNSET
        else:
            application_configuration_overrides = UpdateDeploymentRequestApplicationConfigurationOverrides.from_dict(
                _application_configuration_overrides
            )

        _obj.application_configuration_overrides = application_configuration_overrides

        _obj.application_configuration_template_id = src_dict.get("application_configuration_template_id", UNSET)

        _obj.image_id = src_dict.get("image_id", UNSET)

        _obj.node_count = src_dict.get("node_count", UNSET)

        _obj.resource_settings_template_id = src_dict.get("resource_settings_template_id", UNSET)

        _scheduled_backup = src_dict.get("scheduled_backup", UNSET)
        scheduled_backup: UpdateDeploymentScheduledBackup | Unset
        if isinstance(_scheduled_backup, Unset):
            scheduled_backup = UNSET
        else:
            scheduled_backup = UpdateDeploymentScheduledBackup.from_dict(_scheduled_backup)

        _obj.scheduled_backup = scheduled_backup

        _obj.tls_enabled = src_dict.get("tls_enabled", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _application_configuration_overrides = _pop("application_configuration_overrides", UNSET)
        _obj.application_configuration_overrides = (
            UNSET
            if _application_configuration_overrides is UNSET
            else UpdateDeploymentRequestApplicationConfigurationOverrides._from_json(
                _application_configuration_overrides
            )
        )

        _obj.application_configuration_template_id = _pop("application_configuration_template_id", UNSET)

        _obj.image_id = _pop("image_id", UNSET)

        _obj.node_count = _pop("node_count", UNSET)

        _obj.resource_settings_template_id = _pop("resource_settings_template_id", UNSET)

        _scheduled_backup = _pop("scheduled_backup", UNSET)
        _obj.scheduled_backup = (
            UNSET if _scheduled_backup is UNSET else UpdateDeploymentScheduledBackup._from_json(_scheduled_backup)
        )

        _obj.tls_enabled = _pop("tls_enabled", UNSET)

        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src_dict if src_dict else {}
        return _obj

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
