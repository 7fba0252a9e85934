from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchDeploymentTargetRequest")


@_attrs_define
class PatchDeploymentTargetRequest:
    """
    Attributes:
        name (str | Unset):
        tls_issuer (str | Unset):
        tls_required (bool | Unset):
    """

    name: str | Unset = UNSET
    tls_issuer: str | Unset = UNSET
    tls_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tls_issuer = self.tls_issuer

        tls_required = self.tls_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tls_issuer is not UNSET:
            field_dict["tls_issuer"] = tls_issuer
        if tls_required is not UNSET:
            field_dict["tls_required"] = tls_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        tls_issuer = d.pop("tls_issuer", UNSET)

        tls_required = d.pop("tls_required", UNSET)

        patch_deployment_target_request = cls(
            name=name,
            tls_issuer=tls_issuer,
            tls_required=tls_required,
        )

        patch_deployment_target_request.additional_properties = d
        return patch_deployment_target_request

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
