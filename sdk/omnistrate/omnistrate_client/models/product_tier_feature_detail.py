from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_tier_feature_detail_configuration import ProductTierFeatureDetailConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ProductTierFeatureDetailConfiguration
    from ..models.product_tier_feature_detail_configuration import ProductTierFeatureDetailConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProductTierFeatureDetail")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "configuration",
        "feature",
        "scope",
    }
)


@_attrs_define
class ProductTierFeatureDetail:
    """
    Attributes:
        configuration (ProductTierFeatureDetailConfiguration | Unset): The configuration parameters of the product tier
            feature
        feature (str | Unset): ProductTierFeatureType is to enable / disable features per product tier
        scope (str | Unset): ProductTierFeatureScope defines scope of the feature within product tier
    """

    configuration: ProductTierFeatureDetailConfiguration | Unset = UNSET
    feature: str | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        feature = self.feature

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if feature is not UNSET:
            field_dict["feature"] = feature
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _configuration = src_dict.get("configuration", UNSET)
        configuration: ProductTierFeatureDetailConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ProductTierFeatureDetailConfiguration.from_dict(_configuration)

        _obj.configuration = configuration

        _obj.feature = src_dict.get("feature", UNSET)

        _obj.scope = src_dict.get("scope", UNSET)

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
        _configuration = _pop("configuration", UNSET)
        _obj.configuration = (
            UNSET if _configuration is UNSET else ProductTierFeatureDetailConfiguration._from_json(_configuration)
        )

        _obj.feature = _pop("feature", UNSET)

        _obj.scope = _pop("scope", UNSET)

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
