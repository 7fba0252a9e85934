from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileMetadata")


@_attrs_define
class FileMetadata:
    """
    Attributes:
        description (str): The description of the file
        file_id (str): ID of a File
        mount_path (str): The mount path of the file
        name (str): The name of the file
        size (int): The size of the file
        type_ (str): The type of the file
        upload_time (str): The time the file was uploaded
        uploaded_by (str): The user who uploaded the file
    """

    description: str
    file_id: str
    mount_path: str
    name: str
    size: int
    type_: str
    upload_time: str
    uploaded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        file_id = self.file_id

        mount_path = self.mount_path

        name = self.name

        size = self.size

        type_ = self.type_

        upload_time = self.upload_time

        uploaded_by = self.uploaded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "fileId": file_id,
                "mountPath": mount_path,
                "name": name,
                "size": size,
                "type": type_,
                "uploadTime": upload_time,
                "uploadedBy": uploaded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        file_id = d.pop("fileId")

        mount_path = d.pop("mountPath")

        name = d.pop("name")

        size = d.pop("size")

        type_ = d.pop("type")

        upload_time = d.pop("uploadTime")

        uploaded_by = d.pop("uploadedBy")

        file_metadata = cls(
            description=description,
            file_id=file_id,
            mount_path=mount_path,
            name=name,
            size=size,
            type_=type_,
            upload_time=upload_time,
            uploaded_by=uploaded_by,
        )

        file_metadata.additional_properties = d
        return file_metadata

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
