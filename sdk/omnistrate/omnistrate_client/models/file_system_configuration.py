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
        d = dict(src_dict)
        _efs_file_system_configuration = d.pop("EFSFileSystemConfiguration", UNSET)
        efs_file_system_configuration: EFSFileSystemConfiguration | Unset
        if isinstance(_efs_file_system_configuration, Unset):
            efs_file_system_configuration = UNSET
        else:
            efs_file_system_configuration = EFSFileSystemConfiguration.from_dict(_efs_file_system_configuration)

        file_system_configuration = cls(
            efs_file_system_configuration=efs_file_system_configuration,
        )

        file_system_configuration.additional_properties = d
        return file_system_configuration

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
