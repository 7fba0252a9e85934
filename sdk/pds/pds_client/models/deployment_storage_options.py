from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentStorageOptions")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "fg",
        "fs",
        "provisioner",
        "repl",
        "secure",
    }
)


@_attrs_define
class DeploymentStorageOptions:
    """
    Attributes:
        fg (bool | Unset):
        fs (str | Unset):
        provisioner (str | Unset):
        repl (int | Unset):
        secure (bool | Unset):
    """

    fg: bool | Unset = UNSET
    fs: str | Unset = UNSET
    provisioner: str | Unset = UNSET
    repl: int | Unset = UNSET
    secure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fg = self.fg

        fs = self.fs

        provisioner = self.provisioner

        repl = self.repl

        secure = self.secure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fg is not UNSET:
            field_dict["fg"] = fg
        if fs is not UNSET:
            field_dict["fs"] = fs
        if provisioner is not UNSET:
            field_dict["provisioner"] = provisioner
        if repl is not UNSET:
            field_dict["repl"] = repl
        if secure is not UNSET:
            field_dict["secure"] = secure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.fg = src_dict.get("fg", UNSET)

        _obj.fs = src_dict.get("fs", UNSET)

        _obj.provisioner = src_dict.get("provisioner", UNSET)

        _obj.repl = src_dict.get("repl", UNSET)

        _obj.secure = src_dict.get("secure", UNSET)

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
        _obj.fg = _pop("fg", UNSET)

        _obj.fs = _pop("fs", UNSET)

        _obj.provisioner = _pop("provisioner", UNSET)

        _obj.repl = _pop("repl", UNSET)

        _obj.secure = _pop("secure", UNSET)

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
