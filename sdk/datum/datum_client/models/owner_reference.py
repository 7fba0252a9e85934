from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnerReference")


@_attrs_define
class OwnerReference:
    """OwnerReference contains enough information to let you identify an owning object.

    Attributes:
        api_version (str): API version of the referent.
        kind (str): Kind of the referent.
        name (str): Name of the referent.
        uid (str): UID of the referent.
        block_owner_deletion (bool | Unset): If true, AND if the owner has the "foregroundDeletion" finalizer, then the
            owner cannot be deleted from the key-value store until this reference is removed.
        controller (bool | Unset): If true, this reference points to the managing controller.
    """

    api_version: str
    kind: str
    name: str
    uid: str
    block_owner_deletion: bool | Unset = UNSET
    controller: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        kind = self.kind

        name = self.name

        uid = self.uid

        block_owner_deletion = self.block_owner_deletion

        controller = self.controller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "name": name,
                "uid": uid,
            }
        )
        if block_owner_deletion is not UNSET:
            field_dict["blockOwnerDeletion"] = block_owner_deletion
        if controller is not UNSET:
            field_dict["controller"] = controller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = d.pop("apiVersion")

        kind = d.pop("kind")

        name = d.pop("name")

        uid = d.pop("uid")

        block_owner_deletion = d.pop("blockOwnerDeletion", UNSET)

        controller = d.pop("controller", UNSET)

        owner_reference = cls(
            api_version=api_version,
            kind=kind,
            name=name,
            uid=uid,
            block_owner_deletion=block_owner_deletion,
            controller=controller,
        )

        owner_reference.additional_properties = d
        return owner_reference

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
