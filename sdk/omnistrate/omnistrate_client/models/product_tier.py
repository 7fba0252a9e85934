from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_tier_api_groups import ProductTierApiGroups
    from ..models.product_tier_cloud_providers_config_readiness import ProductTierCloudProvidersConfigReadiness
    from ..models.product_tier_export_usage_metering_config import ProductTierExportUsageMeteringConfig
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail
    from ..models.product_tier_features import ProductTierFeatures
    from ..models.product_tier_price_per_unit import ProductTierPricePerUnit

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        ProductTierApiGroups, \
        ProductTierCloudProvidersConfigReadiness, \
        ProductTierExportUsageMeteringConfig, \
        ProductTierFeatureDetail, \
        ProductTierFeatures, \
        ProductTierPricePerUnit
    from ..models.product_tier_api_groups import ProductTierApiGroups  # noqa: PLC0415
    from ..models.product_tier_cloud_providers_config_readiness import ProductTierCloudProvidersConfigReadiness  # noqa: PLC0415
    from ..models.product_tier_export_usage_metering_config import ProductTierExportUsageMeteringConfig  # noqa: PLC0415
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail  # noqa: PLC0415
    from ..models.product_tier_features import ProductTierFeatures  # noqa: PLC0415
    from ..models.product_tier_price_per_unit import ProductTierPricePerUnit  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProductTier")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "documentation",
        "id",
        "isDisabled",
        "key",
        "name",
        "planDescription",
        "pricing",
        "serviceId",
        "serviceModelId",
        "support",
        "tierType",
        "allowCreatesWhenPaymentNotConfigured",
        "apiGroups",
        "autoApproveSubscription",
        "awsRegions",
        "azureRegions",
        "billingProductID",
        "cloudProvidersConfigReadiness",
        "enabledFeatures",
        "exportUsageMetering",
        "exportUsageMeteringConfig",
        "features",
        "gcpRegions",
        "maxNumberOfInstances",
        "pricePerUnit",
    }
)


@_attrs_define
class ProductTier:
    """
    Attributes:
        description (str): A brief description of the product tier
        documentation (str): Documentation
        id (str): ID of a Product Tier
        is_disabled (bool): Flag to indicate if the product tier is disabled.
        key (str): Unique Key of the product tier
        name (str): Name of the product tier
        plan_description (str): A brief description for the end user of the product tier
        pricing (Any): Pricing
        service_id (str): ID of a Service
        service_model_id (str): ID of a Service Model
        support (str): Support
        tier_type (str): ProductTierType is the type of tier for a product
        allow_creates_when_payment_not_configured (bool | Unset): Allow creates when payment not configured
        api_groups (ProductTierApiGroups | Unset): The resources that belong to this service API bundle and their active
            versions
        auto_approve_subscription (bool | Unset): Auto approve subscription or not
        aws_regions (list[str] | Unset): The AWS regions that this product tier is available on
        azure_regions (list[str] | Unset): The Azure regions that this product tier is available on
        billing_product_id (str | Unset): Optional billing product ID for tax purposes
        cloud_providers_config_readiness (ProductTierCloudProvidersConfigReadiness | Unset): The readiness of the cloud
            providers configurations
        enabled_features (list[ProductTierFeatureDetail] | Unset): The features that are enabled for this product tier,
            including scope details and configuration
        export_usage_metering (bool | Unset): Export usage metering data
        export_usage_metering_config (ProductTierExportUsageMeteringConfig | Unset): Export usage metering data
            configuration
        features (ProductTierFeatures | Unset): The features that are enabled / disabled for this product tier
        gcp_regions (list[str] | Unset): The GCP regions that this product tier is available on
        max_number_of_instances (int | Unset): Maximum number of instances
        price_per_unit (ProductTierPricePerUnit | Unset): Price per unit.
    """

    description: str
    documentation: str
    id: str
    is_disabled: bool
    key: str
    name: str
    plan_description: str
    pricing: Any
    service_id: str
    service_model_id: str
    support: str
    tier_type: str
    allow_creates_when_payment_not_configured: bool | Unset = UNSET
    api_groups: ProductTierApiGroups | Unset = UNSET
    auto_approve_subscription: bool | Unset = UNSET
    aws_regions: list[str] | Unset = UNSET
    azure_regions: list[str] | Unset = UNSET
    billing_product_id: str | Unset = UNSET
    cloud_providers_config_readiness: ProductTierCloudProvidersConfigReadiness | Unset = UNSET
    enabled_features: list[ProductTierFeatureDetail] | Unset = UNSET
    export_usage_metering: bool | Unset = UNSET
    export_usage_metering_config: ProductTierExportUsageMeteringConfig | Unset = UNSET
    features: ProductTierFeatures | Unset = UNSET
    gcp_regions: list[str] | Unset = UNSET
    max_number_of_instances: int | Unset = UNSET
    price_per_unit: ProductTierPricePerUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        documentation = self.documentation

        id = self.id

        is_disabled = self.is_disabled

        key = self.key

        name = self.name

        plan_description = self.plan_description

        pricing = self.pricing

        service_id = self.service_id

        service_model_id = self.service_model_id

        support = self.support

        tier_type = self.tier_type

        allow_creates_when_payment_not_configured = self.allow_creates_when_payment_not_configured

        api_groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_groups, Unset):
            api_groups = self.api_groups.to_dict()

        auto_approve_subscription = self.auto_approve_subscription

        aws_regions: list[str] | Unset = UNSET
        if not isinstance(self.aws_regions, Unset):
            aws_regions = self.aws_regions

        azure_regions: list[str] | Unset = UNSET
        if not isinstance(self.azure_regions, Unset):
            azure_regions = self.azure_regions

        billing_product_id = self.billing_product_id

        cloud_providers_config_readiness: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_providers_config_readiness, Unset):
            cloud_providers_config_readiness = self.cloud_providers_config_readiness.to_dict()

        enabled_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enabled_features, Unset):
            enabled_features = []
            for enabled_features_item_data in self.enabled_features:
                enabled_features_item = enabled_features_item_data.to_dict()
                enabled_features.append(enabled_features_item)

        export_usage_metering = self.export_usage_metering

        export_usage_metering_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_usage_metering_config, Unset):
            export_usage_metering_config = self.export_usage_metering_config.to_dict()

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        gcp_regions: list[str] | Unset = UNSET
        if not isinstance(self.gcp_regions, Unset):
            gcp_regions = self.gcp_regions

        max_number_of_instances = self.max_number_of_instances

        price_per_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_per_unit, Unset):
            price_per_unit = self.price_per_unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "documentation": documentation,
                "id": id,
                "isDisabled": is_disabled,
                "key": key,
                "name": name,
                "planDescription": plan_description,
                "pricing": pricing,
                "serviceId": service_id,
                "serviceModelId": service_model_id,
                "support": support,
                "tierType": tier_type,
            }
        )
        if allow_creates_when_payment_not_configured is not UNSET:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = allow_creates_when_payment_not_configured
        if api_groups is not UNSET:
            field_dict["apiGroups"] = api_groups
        if auto_approve_subscription is not UNSET:
            field_dict["autoApproveSubscription"] = auto_approve_subscription
        if aws_regions is not UNSET:
            field_dict["awsRegions"] = aws_regions
        if azure_regions is not UNSET:
            field_dict["azureRegions"] = azure_regions
        if billing_product_id is not UNSET:
            field_dict["billingProductID"] = billing_product_id
        if cloud_providers_config_readiness is not UNSET:
            field_dict["cloudProvidersConfigReadiness"] = cloud_providers_config_readiness
        if enabled_features is not UNSET:
            field_dict["enabledFeatures"] = enabled_features
        if export_usage_metering is not UNSET:
            field_dict["exportUsageMetering"] = export_usage_metering
        if export_usage_metering_config is not UNSET:
            field_dict["exportUsageMeteringConfig"] = export_usage_metering_config
        if features is not UNSET:
            field_dict["features"] = features
        if gcp_regions is not UNSET:
            field_dict["gcpRegions"] = gcp_regions
        if max_number_of_instances is not UNSET:
            field_dict["maxNumberOfInstances"] = max_number_of_instances
        if price_per_unit is not UNSET:
            field_dict["pricePerUnit"] = price_per_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.documentation = src_dict["documentation"]

        _obj.id = src_dict["id"]

        _obj.is_disabled = src_dict["isDisabled"]

        _obj.key = src_dict["key"]

        _obj.name = src_dict["name"]

        _obj.plan_description = src_dict["planDescription"]

        _obj.pricing = src_dict["pricing"]

        _obj.service_id = src_dict["serviceId"]

        _obj.service_model_id = src_dict["serviceModelId"]

        _obj.support = src_dict["support"]

        _obj.tier_type = src_dict["tierType"]

        _obj.allow_creates_when_payment_not_configured = src_dict.get("allowCreatesWhenPaymentNotConfigured", UNSET)

        _api_groups = src_dict.get("apiGroups", UNSET)
        api_groups: ProductTierApiGroups | Unset
        if isinstance(_api_groups, Unset):
            api_groups = UNSET
        else:
            api_groups = ProductTierApiGroups.from_dict(_api_groups)

        _obj.api_groups = api_groups

        _obj.auto_approve_subscription = src_dict.get("autoApproveSubscription", UNSET)

        aws_regions = cast(list[str], src_dict.get("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], src_dict.get("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        _obj.billing_product_id = src_dict.get("billingProductID", UNSET)

        _cloud_providers_config_readiness = src_dict.get("cloudProvidersConfigReadiness", UNSET)
        cloud_providers_config_readiness: ProductTierCloudProvidersConfigReadiness | Unset
        if isinstance(_cloud_providers_config_readiness, Unset):
            cloud_providers_config_readiness = UNSET
        else:
            cloud_providers_config_readiness = ProductTierCloudProvidersConfigReadiness.from_dict(
                _cloud_providers_config_readiness
            )

        _obj.cloud_providers_config_readiness = cloud_providers_config_readiness

        _enabled_features = src_dict.get("enabledFeatures", UNSET)
        enabled_features: list[ProductTierFeatureDetail] | Unset = UNSET
        if _enabled_features is not UNSET:
            _enabled_features_item = ProductTierFeatureDetail.from_dict
            enabled_features = [_enabled_features_item(item) for item in _enabled_features]

        _obj.enabled_features = enabled_features

        _obj.export_usage_metering = src_dict.get("exportUsageMetering", UNSET)

        _export_usage_metering_config = src_dict.get("exportUsageMeteringConfig", UNSET)
        export_usage_metering_config: ProductTierExportUsageMeteringConfig | Unset
        if isinstance(_export_usage_metering_config, Unset):
            export_usage_metering_config = UNSET
        else:
            export_usage_metering_config = ProductTierExportUsageMeteringConfig.from_dict(_export_usage_metering_config)

        _obj.export_usage_metering_config = export_usage_metering_config

        _features = src_dict.get("features", UNSET)
        features: ProductTierFeatures | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = ProductTierFeatures.from_dict(_features)

        _obj.features = features

        gcp_regions = cast(list[str], src_dict.get("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _obj.max_number_of_instances = src_dict.get("maxNumberOfInstances", UNSET)

        _price_per_unit = src_dict.get("pricePerUnit", UNSET)
        price_per_unit: ProductTierPricePerUnit | Unset
        if isinstance(_price_per_unit, Unset):
            price_per_unit = UNSET
        else:
            price_per_unit = ProductTierPricePerUnit.from_dict(_price_per_unit)

        _obj.price_per_unit = price_per_unit

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

        _obj.documentation = _pop("documentation")

        _obj.id = _pop("id")

        _obj.is_disabled = _pop("isDisabled")

        _obj.key = _pop("key")

        _obj.name = _pop("name")

        _obj.plan_description = _pop("planDescription")

        _obj.pricing = _pop("pricing")

        _obj.service_id = _pop("serviceId")

        _obj.service_model_id = _pop("serviceModelId")

        _obj.support = _pop("support")

        _obj.tier_type = _pop("tierType")

        _obj.allow_creates_when_payment_not_configured = _pop("allowCreatesWhenPaymentNotConfigured", UNSET)

        _api_groups = _pop("apiGroups", UNSET)
        _obj.api_groups = UNSET if _api_groups is UNSET else ProductTierApiGroups._from_json(_api_groups)

        _obj.auto_approve_subscription = _pop("autoApproveSubscription", UNSET)

        aws_regions = cast(list[str], _pop("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], _pop("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        _obj.billing_product_id = _pop("billingProductID", UNSET)

        _cloud_providers_config_readiness = _pop("cloudProvidersConfigReadiness", UNSET)
        _obj.cloud_providers_config_readiness = (
            UNSET
            if _cloud_providers_config_readiness is UNSET
            else ProductTierCloudProvidersConfigReadiness._from_json(_cloud_providers_config_readiness)
        )

        _enabled_features = _pop("enabledFeatures", UNSET)
        if _enabled_features is not UNSET:
            _enabled_features[:] = map(ProductTierFeatureDetail._from_json, _enabled_features)
        _obj.enabled_features = _enabled_features

        _obj.export_usage_metering = _pop("exportUsageMetering", UNSET)

        _export_usage_metering_config = _pop("exportUsageMeteringConfig", UNSET)
        _obj.export_usage_metering_config = (
            UNSET
            if _export_usage_metering_config is UNSET
            else ProductTierExportUsageMeteringConfig._from_json(_export_usage_metering_config)
        )

        _features = _pop("features", UNSET)
        _obj.features = UNSET if _features is UNSET else ProductTierFeatures._from_json(_features)

        gcp_regions = cast(list[str], _pop("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _obj.max_number_of_instances = _pop("maxNumberOfInstances", UNSET)

        _price_per_unit = _pop("pricePerUnit", UNSET)
        _obj.price_per_unit = UNSET if _price_per_unit is UNSET else ProductTierPricePerUnit._from_json(_price_per_unit)

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
