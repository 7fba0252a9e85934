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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProviderName",
        "instanceType",
        "configOverride",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.cloud_provider_name = src_dict["cloudProviderName"]

        _obj.instance_type = src_dict["instanceType"]

        _config_override = src_dict.get("configOverride", UNSET)
        config_override: ComputeInstanceTypeConfigOverride | Unset
        if isinstance(_config_override, Unset):
            config_override = UNSET
        else:
            config_override = ComputeInstanceTypeConfigOverride.from_dict(_config_override)

        _obj.config_override = config_override

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
        _obj.cloud_provider_name = _pop("cloudProviderName")

        _obj.instance_type = _pop("instanceType")

        _config_override = _pop("configOverride", UNSET)
        _obj.config_override = (
            UNSET if _config_override is UNSET else ComputeInstanceTypeConfigOverride._from_json(_config_override)
        )

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
