from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.efs_file_system_configuration import EFSFileSystemConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, EFSFileSystemConfiguration
    from ..models.efs_file_system_configuration import EFSFileSystemConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FileSystemConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "EFSFileSystemConfiguration",
    }
)


@_attrs_define
class FileSystemConfiguration:
    """
    Attributes:
        efs_file_system_configuration (EFSFileSystemConfiguration | Unset):
    """

    efs_file_system_configuration: EFSFileSystemConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        efs_file_system_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.efs_file_system_configuration, Unset):
            efs_file_system_configuration = self.efs_file_system_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if efs_file_system_configuration is not UNSET:
            field_dict["EFSFileSystemConfiguration"] = efs_file_system_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _efs_file_system_configuration = src_dict.get("EFSFileSystemConfiguration", UNSET)
        efs_file_system_configuration: EFSFileSystemConfiguration | Unset
        if isinstance(_efs_file_system_configuration, Unset):
            efs_file_system_configuration = UNSET
        else:
            efs_file_system_configuration = EFSFileSystemConfiguration.from_dict(_efs_file_system_configuration)

        _obj.efs_file_system_configuration = efs_file_system_configuration

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _efs_file_system_configuration = _pop("EFSFileSystemConfiguration", UNSET)
        _obj.efs_file_system_configuration = (
            UNSET
            if _efs_file_system_configuration is UNSET
            else EFSFileSystemConfiguration._from_json(_efs_file_system_configuration)
        )

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
