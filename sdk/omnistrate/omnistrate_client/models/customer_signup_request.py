from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSignupRequest")


@_attrs_define
class CustomerSignupRequest:
    """Request body of CustomerSignup

    Attributes:
        email (str): Email address of the end-user
        name (str): Name of the end-user
        password (str):
        company_description (str | Unset):
        company_url (str | Unset):
        legal_company_name (str | Unset):  Default: ''.
    """

    email: str
    name: str
    password: str
    company_description: str | Unset = UNSET
    company_url: str | Unset = UNSET
    legal_company_name: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        password = self.password

        company_description = self.company_description

        company_url = self.company_url

        legal_company_name = self.legal_company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "password": password,
            }
        )
        if company_description is not UNSET:
            field_dict["companyDescription"] = company_description
        if company_url is not UNSET:
            field_dict["companyUrl"] = company_url
        if legal_company_name is not UNSET:
            field_dict["legalCompanyName"] = legal_company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        password = d.pop("password")

        company_description = d.pop("companyDescription", UNSET)

        company_url = d.pop("companyUrl", UNSET)

        legal_company_name = d.pop("legalCompanyName", UNSET)

        customer_signup_request = cls(
            email=email,
            name=name,
            password=password,
            company_description=company_description,
            company_url=company_url,
            legal_company_name=legal_company_name,
        )

        customer_signup_request.additional_properties = d
        return customer_signup_request

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
