from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warm_pool_configuration import WarmPoolConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, WarmPoolConfiguration
    from ..models.warm_pool_configuration import WarmPoolConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ComputeInstanceTypeConfigOverride")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "instanceLifeCycleType",
        "rootVolumeSizeGi",
        "warmPoolConfiguration",
    }
)


@_attrs_define
class ComputeInstanceTypeConfigOverride:
    """
    Attributes:
        instance_life_cycle_type (str | Unset): The instance life cycle type for this compute instance type config
        root_volume_size_gi (int | Unset): Size of the root volume in Gi
        warm_pool_configuration (WarmPoolConfiguration | Unset): Warm pool configuration for compute nodes
    """

    instance_life_cycle_type: str | Unset = UNSET
    root_volume_size_gi: int | Unset = UNSET
    warm_pool_configuration: WarmPoolConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        instance_life_cycle_type = self.instance_life_cycle_type

        root_volume_size_gi = self.root_volume_size_gi

        warm_pool_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warm_pool_configuration, Unset):
            warm_pool_configuration = self.warm_pool_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_life_cycle_type is not UNSET:
            field_dict["instanceLifeCycleType"] = instance_life_cycle_type
        if root_volume_size_gi is not UNSET:
            field_dict["rootVolumeSizeGi"] = root_volume_size_gi
        if warm_pool_configuration is not UNSET:
            field_dict["warmPoolConfiguration"] = warm_pool_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.instance_life_cycle_type = src_dict.get("instanceLifeCycleType", UNSET)

        _obj.root_volume_size_gi = src_dict.get("rootVolumeSizeGi", UNSET)

        _warm_pool_configuration = src_dict.get("warmPoolConfiguration", UNSET)
        warm_pool_configuration: WarmPoolConfiguration | Unset
        if isinstance(_warm_pool_configuration, Unset):
            warm_pool_configuration = UNSET
        else:
            warm_pool_configuration = WarmPoolConfiguration.from_dict(_warm_pool_configuration)

        _obj.warm_pool_configuration = warm_pool_configuration

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
        _obj.instance_life_cycle_type = _pop("instanceLifeCycleType", UNSET)

        _obj.root_volume_size_gi = _pop("rootVolumeSizeGi", UNSET)

        _warm_pool_configuration = _pop("warmPoolConfiguration", UNSET)
        _obj.warm_pool_configuration = (
            UNSET if _warm_pool_configuration is UNSET else WarmPoolConfiguration._from_json(_warm_pool_configuration)
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
