from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentStorageOptions")


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
        d = dict(src_dict)
        fg = d.pop("fg", UNSET)

        fs = d.pop("fs", UNSET)

        provisioner = d.pop("provisioner", UNSET)

        repl = d.pop("repl", UNSET)

        secure = d.pop("secure", UNSET)

        deployment_storage_options = cls(
            fg=fg,
            fs=fs,
            provisioner=provisioner,
            repl=repl,
            secure=secure,
        )

        deployment_storage_options.additional_properties = d
        return deployment_storage_options

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
