from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail
    from ..models.resource_summary import ResourceSummary
    from ..models.tier_version_set_features import TierVersionSetFeatures

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ProductTierFeatureDetail, ResourceSummary, TierVersionSetFeatures
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail  # noqa: PLC0415
    from ..models.resource_summary import ResourceSummary  # noqa: PLC0415
    from ..models.tier_version_set_features import TierVersionSetFeatures  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="TierVersionSet")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "baseVersion",
        "createdAt",
        "enabledFeatures",
        "features",
        "productTierId",
        "releasedAt",
        "serviceId",
        "serviceModelId",
        "status",
        "type",
        "updatedAt",
        "version",
        "autoApproveSubscription",
        "createdBy",
        "description",
        "instanceCount",
        "latestUpgradePathId",
        "name",
        "parentVersion",
        "releasedBy",
        "resources",
    }
)


@_attrs_define
class TierVersionSet:
    """
    Attributes:
        base_version (str): The base version of the version set.
        created_at (str): The timestamp when the version set was created.
        enabled_features (list[ProductTierFeatureDetail]): The features that are enabled for this product tier,
            including scope details and configuration
        features (TierVersionSetFeatures): The features that are enabled / disabled for this product tier
        product_tier_id (str): ID of a Product Tier
        released_at (str): The timestamp when the version set was released.
        service_id (str): ID of a Service
        service_model_id (str): ID of a Service Model
        status (str): The tier version set status.
        type_ (str): The version-set type of the product-tier.
        updated_at (str): The timestamp when the version set was updated.
        version (str): The version number for the specific version set.
        auto_approve_subscription (bool | Unset): Auto approve subscription or not
        created_by (str | Unset): The name of the user who created the version set.
        description (str | Unset): A brief description of the product-tier version set.
        instance_count (int | Unset): The number of instances that are currently running this version set.
        latest_upgrade_path_id (str | Unset): ID of an Upgrade Path
        name (str | Unset): The name of the product-tier version set.
        parent_version (str | Unset): The parent version of this release.
        released_by (str | Unset): The name of the user who released the version set.
        resources (list[ResourceSummary] | Unset): List of resources that are part of this version set.
    """

    base_version: str
    created_at: str
    enabled_features: list[ProductTierFeatureDetail]
    features: TierVersionSetFeatures
    product_tier_id: str
    released_at: str
    service_id: str
    service_model_id: str
    status: str
    type_: str
    updated_at: str
    version: str
    auto_approve_subscription: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    instance_count: int | Unset = UNSET
    latest_upgrade_path_id: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_version: str | Unset = UNSET
    released_by: str | Unset = UNSET
    resources: list[ResourceSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        base_version = self.base_version

        created_at = self.created_at

        enabled_features = []
        for enabled_features_item_data in self.enabled_features:
            enabled_features_item = enabled_features_item_data.to_dict()
            enabled_features.append(enabled_features_item)

        features = self.features.to_dict()

        product_tier_id = self.product_tier_id

        released_at = self.released_at

        service_id = self.service_id

        service_model_id = self.service_model_id

        status = self.status

        type_ = self.type_

        updated_at = self.updated_at

        version = self.version

        auto_approve_subscription = self.auto_approve_subscription

        created_by = self.created_by

        description = self.description

        instance_count = self.instance_count

        latest_upgrade_path_id = self.latest_upgrade_path_id

        name = self.name

        parent_version = self.parent_version

        released_by = self.released_by

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseVersion": base_version,
                "createdAt": created_at,
                "enabledFeatures": enabled_features,
                "features": features,
                "productTierId": product_tier_id,
                "releasedAt": released_at,
                "serviceId": service_id,
                "serviceModelId": service_model_id,
                "status": status,
                "type": type_,
                "updatedAt": updated_at,
                "version": version,
            }
        )
        if auto_approve_subscription is not UNSET:
            field_dict["autoApproveSubscription"] = auto_approve_subscription
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if latest_upgrade_path_id is not UNSET:
            field_dict["latestUpgradePathId"] = latest_upgrade_path_id
        if name is not UNSET:
            field_dict["name"] = name
        if parent_version is not UNSET:
            field_dict["parentVersion"] = parent_version
        if released_by is not UNSET:
            field_dict["releasedBy"] = released_by
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.base_version = src_dict["baseVersion"]

        _obj.created_at = src_dict["createdAt"]

        _enabled_features_item = ProductTierFeatureDetail.from_dict
        enabled_features = [_enabled_features_item(item) for item in src_dict["enabledFeatures"]]

        _obj.enabled_features = enabled_features

        features = TierVersionSetFeatures.from_dict(src_dict["features"])

        _obj.features = features

        _obj.product_tier_id = src_dict["productTierId"]

        _obj.released_at = src_dict["releasedAt"]

        _obj.service_id = src_dict["serviceId"]

        _obj.service_model_id = src_dict["serviceModelId"]

        _obj.status = src_dict["status"]

        _obj.type_ = src_dict["type"]

        _obj.updated_at = src_dict["updatedAt"]

        _obj.version = src_dict["version"]

        _obj.auto_approve_subscription = src_dict.get("autoApproveSubscription", UNSET)

        _obj.created_by = src_dict.get("createdBy", UNSET)

        _obj.description = src_dict.get("description", UNSET)

        _obj.instance_count = src_dict.get("instanceCount", UNSET)

        _obj.latest_upgrade_path_id = src_dict.get("latestUpgradePathId", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.parent_version = src_dict.get("parentVersion", UNSET)

        _obj.released_by = src_dict.get("releasedBy", UNSET)

        _resources = src_dict.get("resources", UNSET)
        resources: list[ResourceSummary] | Unset = UNSET
        if _resources is not UNSET:
            _resources_item = ResourceSummary.from_dict
            resources = [_resources_item(item) for item in _resources]

        _obj.resources = resources

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
        _obj.base_version = _pop("baseVersion")

        _obj.created_at = _pop("createdAt")

        _enabled_features = _pop("enabledFeatures")
        _enabled_features[:] = map(ProductTierFeatureDetail._from_json, _enabled_features)
        _obj.enabled_features = _enabled_features

        _obj.features = TierVersionSetFeatures._from_json(_pop("features"))

        _obj.product_tier_id = _pop("productTierId")

        _obj.released_at = _pop("releasedAt")

        _obj.service_id = _pop("serviceId")

        _obj.service_model_id = _pop("serviceModelId")

        _obj.status = _pop("status")

        _obj.type_ = _pop("type")

        _obj.updated_at = _pop("updatedAt")

        _obj.version = _pop("version")

        _obj.auto_approve_subscription = _pop("autoApproveSubscription", UNSET)

        _obj.created_by = _pop("createdBy", UNSET)

        _obj.description = _pop("description", UNSET)

        _obj.instance_count = _pop("instanceCount", UNSET)

        _obj.latest_upgrade_path_id = _pop("latestUpgradePathId", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.parent_version = _pop("parentVersion", UNSET)

        _obj.released_by = _pop("releasedBy", UNSET)

        _resources = _pop("resources", UNSET)
        if _resources is not UNSET:
            _resources[:] = map(ResourceSummary._from_json, _resources)
        _obj.resources = _resources

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
