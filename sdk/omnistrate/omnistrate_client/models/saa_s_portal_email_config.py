from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaaSPortalEmailConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "smtpFromEmail",
        "smtpHost",
        "smtpPassword",
        "smtpUsername",
        "smtpPort",
    }
)


@_attrs_define
class SaaSPortalEmailConfig:
    """
    Attributes:
        smtp_from_email (str): The SMTP from email
        smtp_host (str): The SMTP host
        smtp_password (str): The SMTP password
        smtp_username (str): The SMTP username
        smtp_port (int | Unset): The SMTP port
    """

    smtp_from_email: str
    smtp_host: str
    smtp_password: str
    smtp_username: str
    smtp_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smtp_from_email = self.smtp_from_email

        smtp_host = self.smtp_host

        smtp_password = self.smtp_password

        smtp_username = self.smtp_username

        smtp_port = self.smtp_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smtpFromEmail": smtp_from_email,
                "smtpHost": smtp_host,
                "smtpPassword": smtp_password,
                "smtpUsername": smtp_username,
            }
        )
        if smtp_port is not UNSET:
            field_dict["smtpPort"] = smtp_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.smtp_from_email = src_dict["smtpFromEmail"]

        _obj.smtp_host = src_dict["smtpHost"]

        _obj.smtp_password = src_dict["smtpPassword"]

        _obj.smtp_username = src_dict["smtpUsername"]

        _obj.smtp_port = src_dict.get("smtpPort", UNSET)

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
        _obj.smtp_from_email = _pop("smtpFromEmail")

        _obj.smtp_host = _pop("smtpHost")

        _obj.smtp_password = _pop("smtpPassword")

        _obj.smtp_username = _pop("smtpUsername")

        _obj.smtp_port = _pop("smtpPort", UNSET)

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
