from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceFromComposeSpecRequest")


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
        d = dict(src_dict)
        description = d.pop("description")

        file_content = d.pop("fileContent")

        file_format = d.pop("fileFormat")

        file_name = d.pop("fileName")

        name = d.pop("name")

        service_logo_url = d.pop("serviceLogoURL", UNSET)

        create_service_from_compose_spec_request = cls(
            description=description,
            file_content=file_content,
            file_format=file_format,
            file_name=file_name,
            name=name,
            service_logo_url=service_logo_url,
        )

        create_service_from_compose_spec_request.additional_properties = d
        return create_service_from_compose_spec_request

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
