from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_storage_options_template_request_fs import UpdateStorageOptionsTemplateRequestFs
from ..models.update_storage_options_template_request_provisioner import UpdateStorageOptionsTemplateRequestProvisioner
from ..models.update_storage_options_template_request_repl import UpdateStorageOptionsTemplateRequestRepl
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStorageOptionsTemplateRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "fg",
        "fs",
        "name",
        "provisioner",
        "repl",
        "secure",
    }
)


@_attrs_define
class UpdateStorageOptionsTemplateRequest:
    """
    Attributes:
        fg (bool | Unset):
        fs (UpdateStorageOptionsTemplateRequestFs | Unset): Filesystem to be laid out.
        name (str | Unset): See models.StorageOptionsTemplate for more information.
        provisioner (UpdateStorageOptionsTemplateRequestProvisioner | Unset): Portworx volume provisioner. Valid values
            are: "pxd.portworx.com" for PX CSI, "kubernetes.io/portworx-volume" for PX in-tree or "auto" for auto-detect
        repl (UpdateStorageOptionsTemplateRequestRepl | Unset): Replication factor for the volume.
        secure (bool | Unset):
    """

    fg: bool | Unset = UNSET
    fs: UpdateStorageOptionsTemplateRequestFs | Unset = UNSET
    name: str | Unset = UNSET
    provisioner: UpdateStorageOptionsTemplateRequestProvisioner | Unset = UNSET
    repl: UpdateStorageOptionsTemplateRequestRepl | Unset = UNSET
    secure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fg = self.fg

        fs: str | Unset = UNSET
        if not isinstance(self.fs, Unset):
            fs = self.fs.value

        name = self.name

        provisioner: str | Unset = UNSET
        if not isinstance(self.provisioner, Unset):
            provisioner = self.provisioner.value

        repl: int | Unset = UNSET
        if not isinstance(self.repl, Unset):
            repl = self.repl.value

        secure = self.secure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fg is not UNSET:
            field_dict["fg"] = fg
        if fs is not UNSET:
            field_dict["fs"] = fs
        if name is not UNSET:
            field_dict["name"] = name
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

        _fs = src_dict.get("fs", UNSET)
        fs: UpdateStorageOptionsTemplateRequestFs | Unset
        if isinstance(_fs, Unset):
            fs = UNSET
        else:
            fs = UpdateStorageOptionsTemplateRequestFs(_fs)

        _obj.fs = fs

        _obj.name = src_dict.get("name", UNSET)

        _provisioner = src_dict.get("provisioner", UNSET)
        provisioner: UpdateStorageOptionsTemplateRequestProvisioner | Unset
        if isinstance(_provisioner, Unset):
            provisioner = UNSET
        else:
            provisioner = UpdateStorageOptionsTemplateRequestProvisioner(_provisioner)

        _obj.provisioner = provisioner

        _repl = src_dict.get("repl", UNSET)
        repl: UpdateStorageOptionsTemplateRequestRepl | Unset
        if isinstance(_repl, Unset):
            repl = UNSET
        else:
            repl = UpdateStorageOptionsTemplateRequestRepl(_repl)

        _obj.repl = repl

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

        _fs = _pop("fs", UNSET)
        fs: UpdateStorageOptionsTemplateRequestFs | Unset
        if isinstance(_fs, Unset):
            fs = UNSET
        else:
            fs = UpdateStorageOptionsTemplateRequestFs(_fs)

        _obj.fs = fs

        _obj.name = _pop("name", UNSET)

        _provisioner = _pop("provisioner", UNSET)
        provisioner: UpdateStorageOptionsTemplateRequestProvisioner | Unset
        if isinstance(_provisioner, Unset):
            provisioner = UNSET
        else:
            provisioner = UpdateStorageOptionsTemplateRequestProvisioner(_provisioner)

        _obj.provisioner = provisioner

        _repl = _pop("repl", UNSET)
        repl: UpdateStorageOptionsTemplateRequestRepl | Unset
        if isinstance(_repl, Unset):
            repl = UNSET
        else:
            repl = UpdateStorageOptionsTemplateRequestRepl(_repl)

        _obj.repl = repl

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
