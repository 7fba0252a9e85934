from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnerReference")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apiVersion",
        "kind",
        "name",
        "uid",
        "blockOwnerDeletion",
        "controller",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.api_version = src_dict["apiVersion"]

        _obj.kind = src_dict["kind"]

        _obj.name = src_dict["name"]

        _obj.uid = src_dict["uid"]

        _obj.block_owner_deletion = src_dict.get("blockOwnerDeletion", UNSET)

        _obj.controller = src_dict.get("controller", UNSET)

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
        _obj.api_version = _pop("apiVersion")

        _obj.kind = _pop("kind")

        _obj.name = _pop("name")

        _obj.uid = _pop("uid")

        _obj.block_owner_deletion = _pop("blockOwnerDeletion", UNSET)

        _obj.controller = _pop("controller", UNSET)

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
