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
        d = dict(src_dict)
        base_version = d.pop("baseVersion")

        created_at = d.pop("createdAt")

        enabled_features = []
        _enabled_features = d.pop("enabledFeatures")
        for enabled_features_item_data in _enabled_features:
            enabled_features_item = ProductTierFeatureDetail.from_dict(enabled_features_item_data)

            enabled_features.append(enabled_features_item)

        features = TierVersionSetFeatures.from_dict(d.pop("features"))

        product_tier_id = d.pop("productTierId")

        released_at = d.pop("releasedAt")

        service_id = d.pop("serviceId")

        service_model_id = d.pop("serviceModelId")

        status = d.pop("status")

        type_ = d.pop("type")

        updated_at = d.pop("updatedAt")

        version = d.pop("version")

        auto_approve_subscription = d.pop("autoApproveSubscription", UNSET)

        created_by = d.pop("createdBy", UNSET)

        description = d.pop("description", UNSET)

        instance_count = d.pop("instanceCount", UNSET)

        latest_upgrade_path_id = d.pop("latestUpgradePathId", UNSET)

        name = d.pop("name", UNSET)

        parent_version = d.pop("parentVersion", UNSET)

        released_by = d.pop("releasedBy", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[ResourceSummary] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ResourceSummary.from_dict(resources_item_data)

                resources.append(resources_item)

        tier_version_set = cls(
            base_version=base_version,
            created_at=created_at,
            enabled_features=enabled_features,
            features=features,
            product_tier_id=product_tier_id,
            released_at=released_at,
            service_id=service_id,
            service_model_id=service_model_id,
            status=status,
            type_=type_,
            updated_at=updated_at,
            version=version,
            auto_approve_subscription=auto_approve_subscription,
            created_by=created_by,
            description=description,
            instance_count=instance_count,
            latest_upgrade_path_id=latest_upgrade_path_id,
            name=name,
            parent_version=parent_version,
            released_by=released_by,
            resources=resources,
        )

        tier_version_set.additional_properties = d
        return tier_version_set

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
