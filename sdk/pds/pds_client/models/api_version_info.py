from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_version_info_features import ApiVersionInfoFeatures

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ApiVersionInfoFeatures
    from ..models.api_version_info_features import ApiVersionInfoFeatures  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ApiVersionInfo")


@_attrs_define
class ApiVersionInfo:
    """
    Attributes:
        api_version (str | Unset):
        features (ApiVersionInfoFeatures | Unset):
        helm_chart_version (str | Unset):
        pds_build_number (int | Unset):
    """

    api_version: str | Unset = UNSET
    features: ApiVersionInfoFeatures | Unset = UNSET
    helm_chart_version: str | Unset = UNSET
    pds_build_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        api_version = self.api_version

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        helm_chart_version = self.helm_chart_version

        pds_build_number = self.pds_build_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
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
        api_version = d.pop("api_version", UNSET)

        _features = d.pop("features", UNSET)
        features: ApiVersionInfoFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = ApiVersionInfoFeatures.from_dict(_features)

        helm_chart_version = d.pop("helm_chart_version", UNSET)

        pds_build_number = d.pop("pds_build_number", UNSET)

        api_version_info = cls(
            api_version=api_version,
            features=features,
            helm_chart_version=helm_chart_version,
            pds_build_number=pds_build_number,
        )

        api_version_info.additional_properties = d
        return api_version_info

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
