from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_metadata_features import ApiMetadataFeatures

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ApiMetadataFeatures
    from ..models.api_metadata_features import ApiMetadataFeatures  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ApiMetadata")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "features",
        "helm_chart_version",
        "pds_build_number",
    }
)


@_attrs_define
class ApiMetadata:
    """
    Attributes:
        features (ApiMetadataFeatures | Unset):
        helm_chart_version (str | Unset):
        pds_build_number (int | Unset):
    """

    features: ApiMetadataFeatures | Unset = UNSET
    helm_chart_version: str | Unset = UNSET
    pds_build_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        helm_chart_version = self.helm_chart_version

        pds_build_number = self.pds_build_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features
        if helm_chart_version is not UNSET:
            field_dict["helm_chart_version"] = helm_chart_version
        if pds_build_number is not UNSET:
            field_dict["pds_build_number"] = pds_build_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _features = src_dict.get("features", UNSET)
        features: ApiMetadataFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = ApiMetadataFeatures.from_dict(_features)

        _obj.features = features

        _obj.helm_chart_version = src_dict.get("helm_chart_version", UNSET)

        _obj.pds_build_number = src_dict.get("pds_build_number", UNSET)

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
        _features = _pop("features", UNSET)
        _obj.features = UNSET if _features is UNSET else ApiMetadataFeatures._from_json(_features)

        _obj.helm_chart_version = _pop("helm_chart_version", UNSET)

        _obj.pds_build_number = _pop("pds_build_number", UNSET)

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
