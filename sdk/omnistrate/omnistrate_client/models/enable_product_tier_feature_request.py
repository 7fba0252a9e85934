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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "feature",
        "configuration",
        "scope",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.feature = src_dict["feature"]

        _configuration = src_dict.get("configuration", UNSET)
        configuration: EnableProductTierFeatureRequestConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = EnableProductTierFeatureRequestConfiguration.from_dict(_configuration)

        _obj.configuration = configuration

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
        _obj.feature = _pop("feature")

        _configuration = _pop("configuration", UNSET)
        _obj.configuration = (
            UNSET
            if _configuration is UNSET
            else EnableProductTierFeatureRequestConfiguration._from_json(_configuration)
        )

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
