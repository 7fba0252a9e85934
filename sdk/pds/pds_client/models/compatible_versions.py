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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "compatible",
        "data_service_id",
        "data_service_name",
        "latest_compatible",
        "latest_compatible_patch",
        "version_id",
        "version_name",
    }
)


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
        _obj = cls.__new__(cls)
        _compatible = src_dict.get("compatible", UNSET)
        compatible: list[VersionReference] | Unset = UNSET
        if _compatible is not UNSET:
            _compatible_item = VersionReference.from_dict
            compatible = [_compatible_item(item) for item in _compatible]

        _obj.compatible = compatible

        _obj.data_service_id = src_dict.get("data_service_id", UNSET)

        _obj.data_service_name = src_dict.get("data_service_name", UNSET)

        _latest_compatible = src_dict.get("latest_compatible", UNSET)
        latest_compatible: list[VersionReference] | Unset = UNSET
        if _latest_compatible is not UNSET:
            _latest_compatible_item = VersionReference.from_dict
            latest_compatible = [_latest_compatible_item(item) for item in _latest_compatible]

        _obj.latest_compatible = latest_compatible

        _latest_compatible_patch = src_dict.get("latest_compatible_patch", UNSET)
        latest_compatible_patch: VersionReference | Unset
        if isinstance(_latest_compatible_patch, Unset):
            latest_compatible_patch = UNSET
        else:
            latest_compatible_patch = VersionReference.from_dict(_latest_compatible_patch)

        _obj.latest_compatible_patch = latest_compatible_patch

        _obj.version_id = src_dict.get("version_id", UNSET)

        _obj.version_name = src_dict.get("version_name", UNSET)

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
        _compatible = _pop("compatible", UNSET)
        if _compatible is not UNSET:
            _compatible[:] = map(VersionReference._from_json, _compatible)
        _obj.compatible = _compatible

        _obj.data_service_id = _pop("data_service_id", UNSET)

        _obj.data_service_name = _pop("data_service_name", UNSET)

        _latest_compatible = _pop("latest_compatible", UNSET)
        if _latest_compatible is not UNSET:
            _latest_compatible[:] = map(VersionReference._from_json, _latest_compatible)
        _obj.latest_compatible = _latest_compatible

        _latest_compatible_patch = _pop("latest_compatible_patch", UNSET)
        _obj.latest_compatible_patch = (
            UNSET if _latest_compatible_patch is UNSET else VersionReference._from_json(_latest_compatible_patch)
        )

        _obj.version_id = _pop("version_id", UNSET)

        _obj.version_name = _pop("version_name", UNSET)

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
