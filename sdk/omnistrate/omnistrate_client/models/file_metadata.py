from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileMetadata")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "fileId",
        "mountPath",
        "name",
        "size",
        "type",
        "uploadTime",
        "uploadedBy",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.file_id = src_dict["fileId"]

        _obj.mount_path = src_dict["mountPath"]

        _obj.name = src_dict["name"]

        _obj.size = src_dict["size"]

        _obj.type_ = src_dict["type"]

        _obj.upload_time = src_dict["uploadTime"]

        _obj.uploaded_by = src_dict["uploadedBy"]

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

        _obj.file_id = _pop("fileId")

        _obj.mount_path = _pop("mountPath")

        _obj.name = _pop("name")

        _obj.size = _pop("size")

        _obj.type_ = _pop("type")

        _obj.upload_time = _pop("uploadTime")

        _obj.uploaded_by = _pop("uploadedBy")

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
