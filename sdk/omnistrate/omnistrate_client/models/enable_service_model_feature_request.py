from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enable_service_model_feature_request_configuration import (
        EnableServiceModelFeatureRequestConfiguration,
    )

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, EnableServiceModelFeatureRequestConfiguration
    from ..models.enable_service_model_feature_request_configuration import (
        EnableServiceModelFeatureRequestConfiguration,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="EnableServiceModelFeatureRequest")


@_attrs_define
class EnableServiceModelFeatureRequest:
    """Request body of EnableServiceModelFeature

    Attributes:
        configuration (EnableServiceModelFeatureRequestConfiguration):
        feature (str):
    """

    configuration: EnableServiceModelFeatureRequestConfiguration
    feature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        configuration = self.configuration.to_dict()

        feature = self.feature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
                "feature": feature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        configuration = EnableServiceModelFeatureRequestConfiguration.from_dict(d.pop("configuration"))

        feature = d.pop("feature")

        enable_service_model_feature_request = cls(
            configuration=configuration,
            feature=feature,
        )

        enable_service_model_feature_request.additional_properties = d
        return enable_service_model_feature_request

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
