from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compute_instance_type_config_override import ComputeInstanceTypeConfigOverride

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ComputeInstanceTypeConfigOverride
    from ..models.compute_instance_type_config_override import ComputeInstanceTypeConfigOverride  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AddComputeInstanceTypeRequest")


@_attrs_define
class AddComputeInstanceTypeRequest:
    """Request body of AddComputeInstanceType

    Attributes:
        cloud_provider_name (str): The cloud provider for this compute instance type config
        instance_type (str): The instance type for this compute instance type config
        config_override (ComputeInstanceTypeConfigOverride | Unset):
    """

    cloud_provider_name: str
    instance_type: str
    config_override: ComputeInstanceTypeConfigOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        cloud_provider_name = self.cloud_provider_name

        instance_type = self.instance_type

        config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            config_override = self.config_override.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderName": cloud_provider_name,
                "instanceType": instance_type,
            }
        )
        if config_override is not UNSET:
            field_dict["configOverride"] = config_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        cloud_provider_name = d.pop("cloudProviderName")

        instance_type = d.pop("instanceType")

        _config_override = d.pop("configOverride", UNSET)
        config_override: ComputeInstanceTypeConfigOverride | Unset
        if isinstance(_config_override, Unset):
            config_override = UNSET
        else:
            config_override = ComputeInstanceTypeConfigOverride.from_dict(_config_override)

        add_compute_instance_type_request = cls(
            cloud_provider_name=cloud_provider_name,
            instance_type=instance_type,
            config_override=config_override,
        )

        add_compute_instance_type_request.additional_properties = d
        return add_compute_instance_type_request

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
