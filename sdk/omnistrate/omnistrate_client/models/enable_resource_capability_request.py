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
        d = dict(src_dict)
        capability = d.pop("capability")

        _configuration = d.pop("configuration", UNSET)
        configuration: EnableResourceCapabilityRequestConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = EnableResourceCapabilityRequestConfiguration.from_dict(_configuration)

        enable_resource_capability_request = cls(
            capability=capability,
            configuration=configuration,
        )

        enable_resource_capability_request.additional_properties = d
        return enable_resource_capability_request

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
