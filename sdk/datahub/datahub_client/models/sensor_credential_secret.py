from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SensorCredentialSecret")


@_attrs_define
class SensorCredentialSecret:
    """Credentials used to push sensor data to the API.

    Attributes:
        username (str): User name for pushing sensor data.
        password (str): Password for pushing sensor data.
    """

    username: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        sensor_credential_secret = cls(
            username=username,
            password=password,
        )

        return sensor_credential_secret
