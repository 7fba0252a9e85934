from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputParameter")


@_attrs_define
class OutputParameter:
    """
    Attributes:
        description (str): Description of the output variable being exported
        id (str): ID of an Output Parameter
        key (str): Key of the output variable being exported
        name (str): External name of the output variable being exported
        resource_id (str): ID of a resource
        service_id (str): ID of a Service
        value (str | Unset): Value of the output variable being exported
        value_ref (str | Unset): Reference to an input variable that will be used to set the value of the output
            variable being exported
        value_type (str | Unset): Type of the variable encoding the value
    """

    description: str
    id: str
    key: str
    name: str
    resource_id: str
    service_id: str
    value: str | Unset = UNSET
    value_ref: str | Unset = UNSET
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        key = self.key

        name = self.name

        resource_id = self.resource_id

        service_id = self.service_id

        value = self.value

        value_ref = self.value_ref

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "key": key,
                "name": name,
                "resourceId": resource_id,
                "serviceId": service_id,
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
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        resource_id = d.pop("resourceId")

        service_id = d.pop("serviceId")

        value = d.pop("value", UNSET)

        value_ref = d.pop("valueRef", UNSET)

        value_type = d.pop("valueType", UNSET)

        output_parameter = cls(
            description=description,
            id=id,
            key=key,
            name=name,
            resource_id=resource_id,
            service_id=service_id,
            value=value,
            value_ref=value_ref,
            value_type=value_type,
        )

        output_parameter.additional_properties = d
        return output_parameter

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
