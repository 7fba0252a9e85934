from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_model_feature_detail_configuration import ServiceModelFeatureDetailConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServiceModelFeatureDetailConfiguration
    from ..models.service_model_feature_detail_configuration import ServiceModelFeatureDetailConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServiceModelFeatureDetail")


@_attrs_define
class ServiceModelFeatureDetail:
    """
    Attributes:
        configuration (ServiceModelFeatureDetailConfiguration): The configuration parameters of the service model
            feature
        feature (str): Name of the service model feature
    """

    configuration: ServiceModelFeatureDetailConfiguration
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
        configuration = ServiceModelFeatureDetailConfiguration.from_dict(d.pop("configuration"))

        feature = d.pop("feature")

        service_model_feature_detail = cls(
            configuration=configuration,
            feature=feature,
        )

        service_model_feature_detail.additional_properties = d
        return service_model_feature_detail

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
