from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutputParameterEntity")


@_attrs_define
class OutputParameterEntity:
    """
    Attributes:
        custom (bool): Whether the parameter is custom
        description (str): The parameter description
        display_name (str): The parameter display name
        is_list (bool): Whether the parameter is a list
        key (str): The parameter key
        type_ (str): The parameter type
    """

    custom: bool
    description: str
    display_name: str
    is_list: bool
    key: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom

        description = self.description

        display_name = self.display_name

        is_list = self.is_list

        key = self.key

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom": custom,
                "description": description,
                "displayName": display_name,
                "isList": is_list,
                "key": key,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom = d.pop("custom")

        description = d.pop("description")

        display_name = d.pop("displayName")

        is_list = d.pop("isList")

        key = d.pop("key")

        type_ = d.pop("type")

        output_parameter_entity = cls(
            custom=custom,
            description=description,
            display_name=display_name,
            is_list=is_list,
            key=key,
            type_=type_,
        )

        output_parameter_entity.additional_properties = d
        return output_parameter_entity

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
