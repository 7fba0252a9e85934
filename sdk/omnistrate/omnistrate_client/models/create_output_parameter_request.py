from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOutputParameterRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "key",
        "name",
        "resourceId",
        "value",
        "valueRef",
        "valueType",
    }
)


@_attrs_define
class CreateOutputParameterRequest:
    """Request body of CreateOutputParameter

    Attributes:
        description (str): Description of the output variable being exported
        key (str): Key of the output variable being exported
        name (str): External name of the output variable being exported
        resource_id (str): The ID of the resource that this output parameter belongs to
        value (str | Unset): Value of the output variable being exported
        value_ref (str | Unset): Reference to another variable that will be used to set the value of the output variable
            being exported
        value_type (str | Unset):
    """

    description: str
    key: str
    name: str
    resource_id: str
    value: str | Unset = UNSET
    value_ref: str | Unset = UNSET
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        key = self.key

        name = self.name

        resource_id = self.resource_id

        value = self.value

        value_ref = self.value_ref

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "key": key,
                "name": name,
                "resourceId": resource_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if value_ref is not UNSET:
            field_dict["valueRef"] = value_ref
        if value_type is not UNSET:
            field_dict["valueType"] = value_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.key = src_dict["key"]

        _obj.name = src_dict["name"]

        _obj.resource_id = src_dict["resourceId"]

        _obj.value = src_dict.get("value", UNSET)

        _obj.value_ref = src_dict.get("valueRef", UNSET)

        _obj.value_type = src_dict.get("valueType", UNSET)

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
        _obj.description = _pop("description")

        _obj.key = _pop("key")

        _obj.name = _pop("name")

        _obj.resource_id = _pop("resourceId")

        _obj.value = _pop("value", UNSET)

        _obj.value_ref = _pop("valueRef", UNSET)

        _obj.value_type = _pop("valueType", UNSET)

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
