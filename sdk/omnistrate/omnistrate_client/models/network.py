from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Network")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cidr",
        "id",
        "networkConfigId",
        "serviceId",
        "type",
        "vunitId",
    }
)


@_attrs_define
class Network:
    """
    Attributes:
        cidr (str | Unset): CIDR block for the network
        id (str | Unset): ID of a Network
        network_config_id (str | Unset): ID of a Network Config
        service_id (str | Unset): ID of a Service
        type_ (str | Unset): The type of network
        vunit_id (str | Unset): ID of a VUnit
    """

    cidr: str | Unset = UNSET
    id: str | Unset = UNSET
    network_config_id: str | Unset = UNSET
    service_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    vunit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cidr = self.cidr

        id = self.id

        network_config_id = self.network_config_id

        service_id = self.service_id

        type_ = self.type_

        vunit_id = self.vunit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cidr is not UNSET:
            field_dict["cidr"] = cidr
        if id is not UNSET:
            field_dict["id"] = id
        if network_config_id is not UNSET:
            field_dict["networkConfigId"] = network_config_id
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vunit_id is not UNSET:
            field_dict["vunitId"] = vunit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cidr = src_dict.get("cidr", UNSET)

        _obj.id = src_dict.get("id", UNSET)

        _obj.network_config_id = src_dict.get("networkConfigId", UNSET)

        _obj.service_id = src_dict.get("serviceId", UNSET)

        _obj.type_ = src_dict.get("type", UNSET)

        _obj.vunit_id = src_dict.get("vunitId", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.cidr = _pop("cidr", UNSET)

        _obj.id = _pop("id", UNSET)

        _obj.network_config_id = _pop("networkConfigId", UNSET)

        _obj.service_id = _pop("serviceId", UNSET)

        _obj.type_ = _pop("type", UNSET)

        _obj.vunit_id = _pop("vunitId", UNSET)

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
