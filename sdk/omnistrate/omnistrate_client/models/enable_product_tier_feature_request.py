from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enable_product_tier_feature_request_configuration import EnableProductTierFeatureRequestConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, EnableProductTierFeatureRequestConfiguration
    from ..models.enable_product_tier_feature_request_configuration import EnableProductTierFeatureRequestConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="EnableProductTierFeatureRequest")


@_attrs_define
class EnableProductTierFeatureRequest:
    """Request body of EnableProductTierFeature

    Attributes:
        feature (str): Feature to enable
        configuration (EnableProductTierFeatureRequestConfiguration | Unset): The configuration parameters of the
            product tier feature
        scope (str | Unset): Feature scope
    """

    feature: str
    configuration: EnableProductTierFeatureRequestConfiguration | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        feature = self.feature

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature": feature,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        feature = d.pop("feature")

        _configuration = d.pop("configuration", UNSET)
        configuration: EnableProductTierFeatureRequestConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = EnableProductTierFeatureRequestConfiguration.from_dict(_configuration)

        scope = d.pop("scope", UNSET)

        enable_product_tier_feature_request = cls(
            feature=feature,
            configuration=configuration,
            scope=scope,
        )

        enable_product_tier_feature_request.additional_properties = d
        return enable_product_tier_feature_request

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
