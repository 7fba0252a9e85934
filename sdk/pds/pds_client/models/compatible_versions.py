from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_reference import VersionReference

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, VersionReference
    from ..models.version_reference import VersionReference  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CompatibleVersions")


@_attrs_define
class CompatibleVersions:
    """
    Attributes:
        compatible (list[VersionReference] | Unset): Compatible contains all compatible versions.
        data_service_id (str | Unset):
        data_service_name (str | Unset):
        latest_compatible (list[VersionReference] | Unset): LatestCompatible contains the latest patch versions of
            compatible major/minor versions.
        latest_compatible_patch (VersionReference | Unset):
        version_id (str | Unset):
        version_name (str | Unset):
    """

    compatible: list[VersionReference] | Unset = UNSET
    data_service_id: str | Unset = UNSET
    data_service_name: str | Unset = UNSET
    latest_compatible: list[VersionReference] | Unset = UNSET
    latest_compatible_patch: VersionReference | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        compatible: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compatible, Unset):
            compatible = []
            for compatible_item_data in self.compatible:
                compatible_item = compatible_item_data.to_dict()
                compatible.append(compatible_item)

        data_service_id = self.data_service_id

        data_service_name = self.data_service_name

        latest_compatible: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.latest_compatible, Unset):
            latest_compatible = []
            for latest_compatible_item_data in self.latest_compatible:
                latest_compatible_item = latest_compatible_item_data.to_dict()
                latest_compatible.append(latest_compatible_item)

        latest_compatible_patch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_compatible_patch, Unset):
            latest_compatible_patch = self.latest_compatible_patch.to_dict()

        version_id = self.version_id

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compatible is not UNSET:
            field_dict["compatible"] = compatible
        if data_service_id is not UNSET:
            field_dict["data_service_id"] = data_service_id
        if data_service_name is not UNSET:
            field_dict["data_service_name"] = data_service_name
        if latest_compatible is not UNSET:
            field_dict["latest_compatible"] = latest_compatible
        if latest_compatible_patch is not UNSET:
            field_dict["latest_compatible_patch"] = latest_compatible_patch
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _compatible = d.pop("compatible", UNSET)
        compatible: list[VersionReference] | Unset = UNSET
        if _compatible is not UNSET:
            compatible = []
            for compatible_item_data in _compatible:
                compatible_item = VersionReference.from_dict(compatible_item_data)

                compatible.append(compatible_item)

        data_service_id = d.pop("data_service_id", UNSET)

        data_service_name = d.pop("data_service_name", UNSET)

        _latest_compatible = d.pop("latest_compatible", UNSET)
        latest_compatible: list[VersionReference] | Unset = UNSET
        if _latest_compatible is not UNSET:
            latest_compatible = []
            for latest_compatible_item_data in _latest_compatible:
                latest_compatible_item = VersionReference.from_dict(latest_compatible_item_data)

                latest_compatible.append(latest_compatible_item)

        _latest_compatible_patch = d.pop("latest_compatible_patch", UNSET)
        latest_compatible_patch: VersionReference | Unset
        if isinstance(_latest_compatible_patch, Unset):
            latest_compatible_patch = UNSET
        else:
            latest_compatible_patch = VersionReference.from_dict(_latest_compatible_patch)

        version_id = d.pop("version_id", UNSET)

        version_name = d.pop("version_name", UNSET)

        compatible_versions = cls(
            compatible=compatible,
            data_service_id=data_service_id,
            data_service_name=data_service_name,
            latest_compatible=latest_compatible,
            latest_compatible_patch=latest_compatible_patch,
            version_id=version_id,
            version_name=version_name,
        )

        compatible_versions.additional_properties = d
        return compatible_versions

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
