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


T = TypeVar("T", bound="CreateServiceModelRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "modelType",
        "name",
        "serviceApiId",
        "accountConfigIds",
        "features",
    }
)


@_attrs_define
class CreateServiceModelRequest:
    """Request body of CreateServiceModel

    Attributes:
        description (str): A brief description of the service model
        model_type (str): The model type encapsulating this service
        name (str): Name of the Service Model
        service_api_id (str): The service API this model is for
        account_config_ids (list[str] | Unset): The infrastructure account configuration ID list
        features (list[ServiceModelFeatureDetail] | Unset): Enabled service model features
    """

    description: str
    model_type: str
    name: str
    service_api_id: str
    account_config_ids: list[str] | Unset = UNSET
    features: list[ServiceModelFeatureDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        model_type = self.model_type

        name = self.name

        service_api_id = self.service_api_id

        account_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_config_ids, Unset):
            account_config_ids = self.account_config_ids

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "modelType": model_type,
                "name": name,
                "serviceApiId": service_api_id,
            }
        )
        if account_config_ids is not UNSET:
            field_dict["accountConfigIds"] = account_config_ids
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.model_type = src_dict["modelType"]

        _obj.name = src_dict["name"]

        _obj.service_api_id = src_dict["serviceApiId"]

        account_config_ids = cast(list[str], src_dict.get("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _features = src_dict.get("features", UNSET)
        features: list[ServiceModelFeatureDetail] | Unset = UNSET
        if _features is not UNSET:
            _features_item = ServiceModelFeatureDetail.from_dict
            features = [_features_item(item) for item in _features]

        _obj.features = features

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

        _obj.model_type = _pop("modelType")

        _obj.name = _pop("name")

        _obj.service_api_id = _pop("serviceApiId")

        account_config_ids = cast(list[str], _pop("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _features = _pop("features", UNSET)
        if _features is not UNSET:
            _features[:] = map(ServiceModelFeatureDetail._from_json, _features)
        _obj.features = _features

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
