from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyIdentityProviderResult")


@_attrs_define
class VerifyIdentityProviderResult:
    """
    Attributes:
        client_id (str): The Client ID of the Identity Provider
        id (str): ID of an Identity Provider
        identity_provider_name (str): The name of the identity provider
        status (str): The status of an operation
        client_secret (str | Unset): The Client Secret of the Identity Provider
        name (str | Unset): The name of the Identity Provider
    """

    client_id: str
    id: str
    identity_provider_name: str
    status: str
    client_secret: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        id = self.id

        identity_provider_name = self.identity_provider_name

        status = self.status

        client_secret = self.client_secret

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "id": id,
                "identityProviderName": identity_provider_name,
                "status": status,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        id = d.pop("id")

        identity_provider_name = d.pop("identityProviderName")

        status = d.pop("status")

        client_secret = d.pop("clientSecret", UNSET)

        name = d.pop("name", UNSET)

        verify_identity_provider_result = cls(
            client_id=client_id,
            id=id,
            identity_provider_name=identity_provider_name,
            status=status,
            client_secret=client_secret,
            name=name,
        )

        verify_identity_provider_result.additional_properties = d
        return verify_identity_provider_result

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
