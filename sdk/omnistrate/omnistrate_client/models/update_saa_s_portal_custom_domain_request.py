from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSaaSPortalCustomDomainRequest")


@_attrs_define
class UpdateSaaSPortalCustomDomainRequest:
    """Request body of UpdateSaaSPortalCustomDomain

    Attributes:
        custom_domain (str | Unset): The custom domain
        description (str | Unset): The custom domain description
        name (str | Unset): The custom domain name
    """

    custom_domain: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_domain = self.custom_domain

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_domain is not UNSET:
            field_dict["customDomain"] = custom_domain
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_domain = d.pop("customDomain", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        update_saa_s_portal_custom_domain_request = cls(
            custom_domain=custom_domain,
            description=description,
            name=name,
        )

        update_saa_s_portal_custom_domain_request.additional_properties = d
        return update_saa_s_portal_custom_domain_request

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
