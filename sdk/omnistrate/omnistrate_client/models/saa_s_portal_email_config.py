from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaaSPortalEmailConfig")


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
        d = dict(src_dict)
        smtp_from_email = d.pop("smtpFromEmail")

        smtp_host = d.pop("smtpHost")

        smtp_password = d.pop("smtpPassword")

        smtp_username = d.pop("smtpUsername")

        smtp_port = d.pop("smtpPort", UNSET)

        saa_s_portal_email_config = cls(
            smtp_from_email=smtp_from_email,
            smtp_host=smtp_host,
            smtp_password=smtp_password,
            smtp_username=smtp_username,
            smtp_port=smtp_port,
        )

        saa_s_portal_email_config.additional_properties = d
        return saa_s_portal_email_config

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
