from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceFromComposeSpecRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "fileContent",
        "fileFormat",
        "fileName",
        "name",
        "serviceLogoURL",
    }
)


@_attrs_define
class CreateServiceFromComposeSpecRequest:
    """Request body of CreateServiceFromComposeSpec

    Attributes:
        description (str): A brief description of the service
        file_content (str): Base64 encoded Compose Spec YAML in docker compose format
        file_format (str): MIME type of file format
        file_name (str): Name of compose spec YAML file that is uploaded
        name (str): Name of the Service
        service_logo_url (str | Unset): The logo for the service
    """

    description: str
    file_content: str
    file_format: str
    file_name: str
    name: str
    service_logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        file_content = self.file_content

        file_format = self.file_format

        file_name = self.file_name

        name = self.name

        service_logo_url = self.service_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "fileContent": file_content,
                "fileFormat": file_format,
                "fileName": file_name,
                "name": name,
            }
        )
        if service_logo_url is not UNSET:
            field_dict["serviceLogoURL"] = service_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.file_content = src_dict["fileContent"]

        _obj.file_format = src_dict["fileFormat"]

        _obj.file_name = src_dict["fileName"]

        _obj.name = src_dict["name"]

        _obj.service_logo_url = src_dict.get("serviceLogoURL", UNSET)

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

        _obj.file_content = _pop("fileContent")

        _obj.file_format = _pop("fileFormat")

        _obj.file_name = _pop("fileName")

        _obj.name = _pop("name")

        _obj.service_logo_url = _pop("serviceLogoURL", UNSET)

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
