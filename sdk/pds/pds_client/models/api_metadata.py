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
        d = dict(src_dict)
        _features = d.pop("features", UNSET)
        features: ApiMetadataFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = ApiMetadataFeatures.from_dict(_features)

        helm_chart_version = d.pop("helm_chart_version", UNSET)

        pds_build_number = d.pop("pds_build_number", UNSET)

        api_metadata = cls(
            features=features,
            helm_chart_version=helm_chart_version,
            pds_build_number=pds_build_number,
        )

        api_metadata.additional_properties = d
        return api_metadata

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
