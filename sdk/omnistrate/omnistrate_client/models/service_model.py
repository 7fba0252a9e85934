from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_model_active_account_config_ids import ServiceModelActiveAccountConfigIds
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServiceModelActiveAccountConfigIds, ServiceModelFeatureDetail
    from ..models.service_model_active_account_config_ids import ServiceModelActiveAccountConfigIds  # noqa: PLC0415
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServiceModel")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "key",
        "modelType",
        "name",
        "serviceApiId",
        "serviceId",
        "accountConfigIds",
        "activeAccountConfigIds",
        "features",
        "productTiers",
    }
)


@_attrs_define
class ServiceModel:
    """
    Attributes:
        description (str): A brief description of the service model
        id (str): ID of a Service Model
        key (str): The unique key for this service model
        model_type (str): The model type encapsulating this service
        name (str): Name of the Service Model
        service_api_id (str): ID of a Service API
        service_id (str): ID of a Service
        account_config_ids (list[str] | Unset): The infrastructure account configuration ID list
        active_account_config_ids (ServiceModelActiveAccountConfigIds | Unset): The active infrastructure account
            configuration IDs per cloud provider
        features (list[ServiceModelFeatureDetail] | Unset): Enabled service model features
        product_tiers (list[str] | Unset): The product tiers associated with this service model
    """

    description: str
    id: str
    key: str
    model_type: str
    name: str
    service_api_id: str
    service_id: str
    account_config_ids: list[str] | Unset = UNSET
    active_account_config_ids: ServiceModelActiveAccountConfigIds | Unset = UNSET
    features: list[ServiceModelFeatureDetail] | Unset = UNSET
    product_tiers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        key = self.key

        model_type = self.model_type

        name = self.name

        service_api_id = self.service_api_id

        service_id = self.service_id

        account_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_config_ids, Unset):
            account_config_ids = self.account_config_ids

        active_account_config_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_account_config_ids, Unset):
            active_account_config_ids = self.active_account_config_ids.to_dict()

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        product_tiers: list[str] | Unset = UNSET
        if not isinstance(self.product_tiers, Unset):
            product_tiers = self.product_tiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "key": key,
                "modelType": model_type,
                "name": name,
                "serviceApiId": service_api_id,
                "serviceId": service_id,
            }
        )
        if account_config_ids is not UNSET:
            field_dict["accountConfigIds"] = account_config_ids
        if active_account_config_ids is not UNSET:
            field_dict["activeAccountConfigIds"] = active_account_config_ids
        if features is not UNSET:
            field_dict["features"] = features
        if product_tiers is not UNSET:
            field_dict["productTiers"] = product_tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.key = src_dict["key"]

        _obj.model_type = src_dict["modelType"]

        _obj.name = src_dict["name"]

        _obj.service_api_id = src_dict["serviceApiId"]

        _obj.service_id = src_dict["serviceId"]

        account_config_ids = cast(list[str], src_dict.get("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _active_account_config_ids = src_dict.get("activeAccountConfigIds", UNSET)
        active_account_config_ids: ServiceModelActiveAccountConfigIds | Unset
        if isinstance(_active_account_config_ids, Unset):
            active_account_config_ids = UNSET
        else:
            active_account_config_ids = ServiceModelActiveAccountConfigIds.from_dict(_active_account_config_ids)

        _obj.active_account_config_ids = active_account_config_ids

        _features = src_dict.get("features", UNSET)
        features: list[ServiceModelFeatureDetail] | Unset = UNSET
        if _features is not UNSET:
            _features_item = ServiceModelFeatureDetail.from_dict
            features = [_features_item(item) for item in _features]

        _obj.features = features

        product_tiers = cast(list[str], src_dict.get("productTiers", UNSET))

        _obj.product_tiers = product_tiers

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

        _obj.id = _pop("id")

        _obj.key = _pop("key")

        _obj.model_type = _pop("modelType")

        _obj.name = _pop("name")

        _obj.service_api_id = _pop("serviceApiId")

        _obj.service_id = _pop("serviceId")

        account_config_ids = cast(list[str], _pop("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _active_account_config_ids = _pop("activeAccountConfigIds", UNSET)
        _obj.active_account_config_ids = (
            UNSET
            if _active_account_config_ids is UNSET
            else ServiceModelActiveAccountConfigIds._from_json(_active_account_config_ids)
        )

        _features = _pop("features", UNSET)
        if _features is not UNSET:
            _features[:] = map(ServiceModelFeatureDetail._from_json, _features)
        _obj.features = _features

        product_tiers = cast(list[str], _pop("productTiers", UNSET))

        _obj.product_tiers = product_tiers

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
