from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputParameterEntity")


@_attrs_define
class InputParameterEntity:
    """
    Attributes:
        custom (bool): Whether the parameter is custom
        description (str): The parameter description
        display_name (str): The parameter display name
        is_list (bool): Whether the parameter is a list
        key (str): The parameter key
        modifiable (bool): Whether the parameter is modifiable
        required (bool): Whether the parameter is required
        type_ (str): The parameter type
        default_value (str | Unset): The parameter default value
        dependent_resource_id (str | Unset): The parameter dependent resource ID
        options (list[str] | Unset): The parameter options
    """

    custom: bool
    description: str
    display_name: str
    is_list: bool
    key: str
    modifiable: bool
    required: bool
    type_: str
    default_value: str | Unset = UNSET
    dependent_resource_id: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom

        description = self.description

        display_name = self.display_name

        is_list = self.is_list

        key = self.key

        modifiable = self.modifiable

        required = self.required

        type_ = self.type_

        default_value = self.default_value

        dependent_resource_id = self.dependent_resource_id

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom": custom,
                "description": description,
                "displayName": display_name,
                "isList": is_list,
                "key": key,
                "modifiable": modifiable,
                "required": required,
                "type": type_,
            }
        )
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if dependent_resource_id is not UNSET:
            field_dict["dependentResourceID"] = dependent_resource_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom = d.pop("custom")

        description = d.pop("description")

        display_name = d.pop("displayName")

        is_list = d.pop("isList")

        key = d.pop("key")

        modifiable = d.pop("modifiable")

        required = d.pop("required")

        type_ = d.pop("type")

        default_value = d.pop("defaultValue", UNSET)

        dependent_resource_id = d.pop("dependentResourceID", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        input_parameter_entity = cls(
            custom=custom,
            description=description,
            display_name=display_name,
            is_list=is_list,
            key=key,
            modifiable=modifiable,
            required=required,
            type_=type_,
            default_value=default_value,
            dependent_resource_id=dependent_resource_id,
            options=options,
        )

        input_parameter_entity.additional_properties = d
        return input_parameter_entity

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
