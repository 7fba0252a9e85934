from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enable_resource_capability_request_configuration import EnableResourceCapabilityRequestConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, EnableResourceCapabilityRequestConfiguration
    from ..models.enable_resource_capability_request_configuration import EnableResourceCapabilityRequestConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="EnableResourceCapabilityRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "capability",
        "configuration",
    }
)


@_attrs_define
class EnableResourceCapabilityRequest:
    """Request body of EnableResourceCapability

    Attributes:
        capability (str): The type of capability of a resource
        configuration (EnableResourceCapabilityRequestConfiguration | Unset): The configuration parameters of a
            capability of a resource
    """

    capability: str
    configuration: EnableResourceCapabilityRequestConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        capability = self.capability

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capability": capability,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.capability = src_dict["capability"]

        _configuration = src_dict.get("configuration", UNSET)
        configuration: EnableResourceCapabilityRequestConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = EnableResourceCapabilityRequestConfiguration.from_dict(_configuration)

        _obj.configuration = configuration

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
        _obj.capability = _pop("capability")

        _configuration = _pop("configuration", UNSET)
        _obj.configuration = (
            UNSET
            if _configuration is UNSET
            else EnableResourceCapabilityRequestConfiguration._from_json(_configuration)
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
