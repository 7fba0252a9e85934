from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServiceModelFeatureDetail
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CopyServiceModelRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "name",
        "targetServiceModelType",
        "accountConfigIds",
        "features",
        "targetTierType",
    }
)


@_attrs_define
class CopyServiceModelRequest:
    """Request body of CopyServiceModel

    Attributes:
        description (str): A brief description of the service model
        name (str): Name of the Service Model
        target_service_model_type (str): The model type encapsulating this service
        account_config_ids (list[str] | Unset): The infrastructure account configuration ID list
        features (list[ServiceModelFeatureDetail] | Unset): Enabled service model features
        target_tier_type (str | Unset): Target product tier type
    """

    description: str
    name: str
    target_service_model_type: str
    account_config_ids: list[str] | Unset = UNSET
    features: list[ServiceModelFeatureDetail] | Unset = UNSET
    target_tier_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        name = self.name

        target_service_model_type = self.target_service_model_type

        account_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_config_ids, Unset):
            account_config_ids = self.account_config_ids

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        target_tier_type = self.target_tier_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "targetServiceModelType": target_service_model_type,
            }
        )
        if account_config_ids is not UNSET:
            field_dict["accountConfigIds"] = account_config_ids
        if features is not UNSET:
            field_dict["features"] = features
        if target_tier_type is not UNSET:
            field_dict["targetTierType"] = target_tier_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.name = src_dict["name"]

        _obj.target_service_model_type = src_dict["targetServiceModelType"]

        account_config_ids = cast(list[str], src_dict.get("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _features = src_dict.get("features", UNSET)
        features: list[ServiceModelFeatureDetail] | Unset = UNSET
        if _features is not UNSET:
            _features_item = ServiceModelFeatureDetail.from_dict
            features = [_features_item(item) for item in _features]

        _obj.features = features

        _obj.target_tier_type = src_dict.get("targetTierType", UNSET)

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
        _obj.description = _pop("description")

        _obj.name = _pop("name")

        _obj.target_service_model_type = _pop("targetServiceModelType")

        account_config_ids = cast(list[str], _pop("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _features = _pop("features", UNSET)
        if _features is not UNSET:
            _features[:] = map(ServiceModelFeatureDetail._from_json, _features)
        _obj.features = _features

        _obj.target_tier_type = _pop("targetTierType", UNSET)

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
