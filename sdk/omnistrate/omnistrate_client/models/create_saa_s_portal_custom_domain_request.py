from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSaaSPortalCustomDomainRequest")


@_attrs_define
class CreateSaaSPortalCustomDomainRequest:
    """Request body of CreateSaaSPortalCustomDomain

    Attributes:
        custom_domain (str): The custom domain
        description (str): The custom domain description
        environment_type (str): The environment type for the custom domain
        name (str): The custom domain name
    """

    custom_domain: str
    description: str
    environment_type: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_domain = self.custom_domain

        description = self.description

        environment_type = self.environment_type

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customDomain": custom_domain,
                "description": description,
                "environmentType": environment_type,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_domain = d.pop("customDomain")

        description = d.pop("description")

        environment_type = d.pop("environmentType")

        name = d.pop("name")

        create_saa_s_portal_custom_domain_request = cls(
            custom_domain=custom_domain,
            description=description,
            environment_type=environment_type,
            name=name,
        )

        create_saa_s_portal_custom_domain_request.additional_properties = d
        return create_saa_s_portal_custom_domain_request

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
