from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_options_sample_fs import StorageOptionsSampleFs
from ..models.storage_options_sample_provisioner import StorageOptionsSampleProvisioner
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageOptionsSample")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "created",
        "fg",
        "fs",
        "name",
        "provisioner",
        "repl",
        "secure",
        "updated",
        "version",
    }
)


@_attrs_define
class StorageOptionsSample:
    """
    Attributes:
        created (str | Unset):
        fg (bool | Unset): This option enforces volume group policy. If a volume belonging to a group cannot find nodes
            for its replication sets which don’t have other volumes of same group, the volume creation will fail.
        fs (StorageOptionsSampleFs | Unset): Filesystem to be laid out.
        name (str | Unset): Name of the template. Must be unique within the tenant scope.
        provisioner (StorageOptionsSampleProvisioner | Unset): Portworx volume provisioner. Valid values are:
            "pxd.portworx.com" for PX CSI, "kubernetes.io/portworx-volume" for PX in-tree or "auto" for auto-detect
        repl (int | Unset): Replication factor for the volume.
        secure (bool | Unset): Flag to create an encrypted volume. Currently, not supported (should be set to `false`).
        updated (str | Unset):
        version (int | Unset):
    """

    created: str | Unset = UNSET
    fg: bool | Unset = UNSET
    fs: StorageOptionsSampleFs | Unset = UNSET
    name: str | Unset = UNSET
    provisioner: StorageOptionsSampleProvisioner | Unset = UNSET
    repl: int | Unset = UNSET
    secure: bool | Unset = UNSET
    updated: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        fg = self.fg

        fs: str | Unset = UNSET
        if not isinstance(self.fs, Unset):
            fs = self.fs.value

        name = self.name

        provisioner: str | Unset = UNSET
        if not isinstance(self.provisioner, Unset):
            provisioner = self.provisioner.value

        repl = self.repl

        secure = self.secure

        updated = self.updated

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
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
        if updated is not UNSET:
            field_dict["updated"] = updated
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.created = src_dict.get("created", UNSET)

        _obj.fg = src_dict.get("fg", UNSET)

        _fs = src_dict.get("fs", UNSET)
        fs: StorageOptionsSampleFs | Unset
        if isinstance(_fs, Unset):
            fs = UNSET
        else:
            fs = StorageOptionsSampleFs(_fs)

        _obj.fs = fs

        _obj.name = src_dict.get("name", UNSET)

        _provisioner = src_dict.get("provisioner", UNSET)
        provisioner: StorageOptionsSampleProvisioner | Unset
        if isinstance(_provisioner, Unset):
            provisioner = UNSET
        else:
            provisioner = StorageOptionsSampleProvisioner(_provisioner)

        _obj.provisioner = provisioner

        _obj.repl = src_dict.get("repl", UNSET)

        _obj.secure = src_dict.get("secure", UNSET)

        _obj.updated = src_dict.get("updated", UNSET)

        _obj.version = src_dict.get("version", UNSET)

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
        _obj.created = _pop("created", UNSET)

        _obj.fg = _pop("fg", UNSET)

        _fs = _pop("fs", UNSET)
        fs: StorageOptionsSampleFs | Unset
        if isinstance(_fs, Unset):
            fs = UNSET
        else:
            fs = StorageOptionsSampleFs(_fs)

        _obj.fs = fs

        _obj.name = _pop("name", UNSET)

        _provisioner = _pop("provisioner", UNSET)
        provisioner: StorageOptionsSampleProvisioner | Unset
        if isinstance(_provisioner, Unset):
            provisioner = UNSET
        else:
            provisioner = StorageOptionsSampleProvisioner(_provisioner)

        _obj.provisioner = provisioner

        _obj.repl = _pop("repl", UNSET)

        _obj.secure = _pop("secure", UNSET)

        _obj.updated = _pop("updated", UNSET)

        _obj.version = _pop("version", UNSET)

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
