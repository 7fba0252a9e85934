from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "email",
        "name",
        "password",
        "companyDescription",
        "companyUrl",
        "legalCompanyName",
    }
)


@_attrs_define
class SignupRequest:
    """Request body of Signup

    Attributes:
        email (str):
        name (str):
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
        _obj = cls.__new__(cls)
        _obj.email = src_dict["email"]

        _obj.name = src_dict["name"]

        _obj.password = src_dict["password"]

        _obj.company_description = src_dict.get("companyDescription", UNSET)

        _obj.company_url = src_dict.get("companyUrl", UNSET)

        _obj.legal_company_name = src_dict.get("legalCompanyName", UNSET)

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
        _obj.email = _pop("email")

        _obj.name = _pop("name")

        _obj.password = _pop("password")

        _obj.company_description = _pop("companyDescription", UNSET)

        _obj.company_url = _pop("companyUrl", UNSET)

        _obj.legal_company_name = _pop("legalCompanyName", UNSET)

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
