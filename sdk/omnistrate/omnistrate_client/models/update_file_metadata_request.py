from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFileMetadataRequest")


@_attrs_define
class UpdateFileMetadataRequest:
    """Request body of UpdateFileMetadata

    Attributes:
        description (str | Unset): The description of the file
        mount_path (str | Unset): The mount path of the file
        name (str | Unset): The name of the file
    """

    description: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        mount_path = self.mount_path

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if mount_path is not UNSET:
            field_dict["mountPath"] = mount_path
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        mount_path = d.pop("mountPath", UNSET)

        name = d.pop("name", UNSET)

        update_file_metadata_request = cls(
            description=description,
            mount_path=mount_path,
            name=name,
        )

        update_file_metadata_request.additional_properties = d
        return update_file_metadata_request

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
