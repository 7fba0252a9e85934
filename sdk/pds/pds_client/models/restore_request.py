from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreRequest")


@_attrs_define
class RestoreRequest:
    """
    Attributes:
        deployment_target_id (str | Unset):
        name (str | Unset):
        namespace_id (str | Unset):
    """

    deployment_target_id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_target_id = self.deployment_target_id

        name = self.name

        namespace_id = self.namespace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_target_id is not UNSET:
            field_dict["deployment_target_id"] = deployment_target_id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace_id is not UNSET:
            field_dict["namespace_id"] = namespace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_target_id = d.pop("deployment_target_id", UNSET)

        name = d.pop("name", UNSET)

        namespace_id = d.pop("namespace_id", UNSET)

        restore_request = cls(
            deployment_target_id=deployment_target_id,
            name=name,
            namespace_id=namespace_id,
        )

        restore_request.additional_properties = d
        return restore_request

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
