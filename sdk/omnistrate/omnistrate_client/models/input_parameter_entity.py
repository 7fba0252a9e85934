from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputParameterEntity")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "custom",
        "description",
        "displayName",
        "isList",
        "key",
        "modifiable",
        "required",
        "type",
        "defaultValue",
        "dependentResourceID",
        "options",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.custom = src_dict["custom"]

        _obj.description = src_dict["description"]

        _obj.display_name = src_dict["displayName"]

        _obj.is_list = src_dict["isList"]

        _obj.key = src_dict["key"]

        _obj.modifiable = src_dict["modifiable"]

        _obj.required = src_dict["required"]

        _obj.type_ = src_dict["type"]

        _obj.default_value = src_dict.get("defaultValue", UNSET)

        _obj.dependent_resource_id = src_dict.get("dependentResourceID", UNSET)

        options = cast(list[str], src_dict.get("options", UNSET))

        _obj.options = options

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
        _obj.custom = _pop("custom")

        _obj.description = _pop("description")

        _obj.display_name = _pop("displayName")

        _obj.is_list = _pop("isList")

        _obj.key = _pop("key")

        _obj.modifiable = _pop("modifiable")

        _obj.required = _pop("required")

        _obj.type_ = _pop("type")

        _obj.default_value = _pop("defaultValue", UNSET)

        _obj.dependent_resource_id = _pop("dependentResourceID", UNSET)

        options = cast(list[str], _pop("options", UNSET))

        _obj.options = options

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
