# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.product_tier_api_groups import ProductTierApiGroups, ProductTierApiGroupsDict
    from ..models.product_tier_cloud_providers_config_readiness import (
        ProductTierCloudProvidersConfigReadiness,
        ProductTierCloudProvidersConfigReadinessDict,
    )
    from ..models.product_tier_export_usage_metering_config import (
        ProductTierExportUsageMeteringConfig,
        ProductTierExportUsageMeteringConfigDict,
    )
    from ..models.product_tier_feature_detail import ProductTierFeatureDetail, ProductTierFeatureDetailDict
    from ..models.product_tier_features import ProductTierFeatures, ProductTierFeaturesDict
    from ..models.product_tier_price_per_unit import ProductTierPricePerUnit, ProductTierPricePerUnitDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
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


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "documentation",
    "id",
    "is_disabled",
    "key",
    "name",
    "plan_description",
    "pricing",
    "service_id",
    "service_model_id",
    "support",
    "tier_type",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "allow_creates_when_payment_not_configured",
    "api_groups",
    "auto_approve_subscription",
    "aws_regions",
    "azure_regions",
    "billing_product_id",
    "cloud_providers_config_readiness",
    "enabled_features",
    "export_usage_metering",
    "export_usage_metering_config",
    "features",
    "gcp_regions",
    "max_number_of_instances",
    "price_per_unit",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `ProductTier` as a plain mapping of its JSON shape, accepted wherever a `ProductTier` is.
class ProductTierDict(TypedDict, total=False):
    description: Required[str]
    documentation: Required[str]
    id: Required[str]
    isDisabled: Required[bool]
    key: Required[str]
    name: Required[str]
    planDescription: Required[str]
    pricing: Required[Any]
    serviceId: Required[str]
    serviceModelId: Required[str]
    support: Required[str]
    tierType: Required[str]
    allowCreatesWhenPaymentNotConfigured: bool
    apiGroups: ProductTierApiGroupsDict
    autoApproveSubscription: bool
    awsRegions: list[str]
    azureRegions: list[str]
    billingProductID: str
    cloudProvidersConfigReadiness: ProductTierCloudProvidersConfigReadinessDict
    enabledFeatures: list[ProductTierFeatureDetailDict]
    exportUsageMetering: bool
    exportUsageMeteringConfig: ProductTierExportUsageMeteringConfigDict
    features: ProductTierFeaturesDict
    gcpRegions: list[str]
    maxNumberOfInstances: int
    pricePerUnit: ProductTierPricePerUnitDict


@_attrs_define(init=False, repr=False)
class ProductTier:
    """Attributes:
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
    allow_creates_when_payment_not_configured (bool | None): Allow creates when payment not configured
    api_groups (ProductTierApiGroups | None): The resources that belong to this service API bundle and their active versions
    auto_approve_subscription (bool | None): Auto approve subscription or not
    aws_regions (list[str] | None): The AWS regions that this product tier is available on
    azure_regions (list[str] | None): The Azure regions that this product tier is available on
    billing_product_id (str | None): Optional billing product ID for tax purposes
    cloud_providers_config_readiness (ProductTierCloudProvidersConfigReadiness | None): The readiness of the cloud providers configurations
    enabled_features (list[ProductTierFeatureDetail] | None): The features that are enabled for this product tier, including scope details and configuration
    export_usage_metering (bool | None): Export usage metering data
    export_usage_metering_config (ProductTierExportUsageMeteringConfig | None): Export usage metering data configuration
    features (ProductTierFeatures | None): The features that are enabled / disabled for this product tier
    gcp_regions (list[str] | None): The GCP regions that this product tier is available on
    max_number_of_instances (int | None): Maximum number of instances
    price_per_unit (ProductTierPricePerUnit | None): Price per unit.
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
    allow_creates_when_payment_not_configured: bool | None = None
    api_groups: ProductTierApiGroups | None = None
    auto_approve_subscription: bool | None = None
    aws_regions: list[str] | None = None
    azure_regions: list[str] | None = None
    billing_product_id: str | None = None
    cloud_providers_config_readiness: ProductTierCloudProvidersConfigReadiness | None = None
    enabled_features: list[ProductTierFeatureDetail] | None = None
    export_usage_metering: bool | None = None
    export_usage_metering_config: ProductTierExportUsageMeteringConfig | None = None
    features: ProductTierFeatures | None = None
    gcp_regions: list[str] | None = None
    max_number_of_instances: int | None = None
    price_per_unit: ProductTierPricePerUnit | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        documentation: str,
        id: str,
        is_disabled: bool,
        key: str,
        name: str,
        plan_description: str,
        pricing: Any,
        service_id: str,
        service_model_id: str,
        support: str,
        tier_type: str,
        allow_creates_when_payment_not_configured: bool | None | Unset = UNSET,
        api_groups: ProductTierApiGroups | ProductTierApiGroupsDict | None | Unset = UNSET,
        auto_approve_subscription: bool | None | Unset = UNSET,
        aws_regions: list[str] | None | Unset = UNSET,
        azure_regions: list[str] | None | Unset = UNSET,
        billing_product_id: str | None | Unset = UNSET,
        cloud_providers_config_readiness: ProductTierCloudProvidersConfigReadiness
        | ProductTierCloudProvidersConfigReadinessDict
        | None
        | Unset = UNSET,
        enabled_features: Sequence[ProductTierFeatureDetail | ProductTierFeatureDetailDict] | None | Unset = UNSET,
        export_usage_metering: bool | None | Unset = UNSET,
        export_usage_metering_config: ProductTierExportUsageMeteringConfig
        | ProductTierExportUsageMeteringConfigDict
        | None
        | Unset = UNSET,
        features: ProductTierFeatures | ProductTierFeaturesDict | None | Unset = UNSET,
        gcp_regions: list[str] | None | Unset = UNSET,
        max_number_of_instances: int | None | Unset = UNSET,
        price_per_unit: ProductTierPricePerUnit | ProductTierPricePerUnitDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.documentation = documentation
        self.id = id
        self.is_disabled = is_disabled
        self.key = key
        self.name = name
        self.plan_description = plan_description
        self.pricing = pricing
        self.service_id = service_id
        self.service_model_id = service_model_id
        self.support = support
        self.tier_type = tier_type
        self.allow_creates_when_payment_not_configured = (
            None
            if allow_creates_when_payment_not_configured is None
            or isinstance(allow_creates_when_payment_not_configured, Unset)
            else allow_creates_when_payment_not_configured
        )
        if allow_creates_when_payment_not_configured is None:
            _nulls_given.append("allow_creates_when_payment_not_configured")
        self.api_groups = (
            None
            if api_groups is None or isinstance(api_groups, Unset)
            else api_groups
            if isinstance(api_groups, ProductTierApiGroups)
            else ProductTierApiGroups.from_dict(api_groups)
        )
        if api_groups is None:
            _nulls_given.append("api_groups")
        self.auto_approve_subscription = (
            None
            if auto_approve_subscription is None or isinstance(auto_approve_subscription, Unset)
            else auto_approve_subscription
        )
        if auto_approve_subscription is None:
            _nulls_given.append("auto_approve_subscription")
        self.aws_regions = None if aws_regions is None or isinstance(aws_regions, Unset) else aws_regions
        if aws_regions is None:
            _nulls_given.append("aws_regions")
        self.azure_regions = None if azure_regions is None or isinstance(azure_regions, Unset) else azure_regions
        if azure_regions is None:
            _nulls_given.append("azure_regions")
        self.billing_product_id = (
            None if billing_product_id is None or isinstance(billing_product_id, Unset) else billing_product_id
        )
        if billing_product_id is None:
            _nulls_given.append("billing_product_id")
        self.cloud_providers_config_readiness = (
            None
            if cloud_providers_config_readiness is None or isinstance(cloud_providers_config_readiness, Unset)
            else cloud_providers_config_readiness
            if isinstance(cloud_providers_config_readiness, ProductTierCloudProvidersConfigReadiness)
            else ProductTierCloudProvidersConfigReadiness.from_dict(cloud_providers_config_readiness)
        )
        if cloud_providers_config_readiness is None:
            _nulls_given.append("cloud_providers_config_readiness")
        self.enabled_features = (
            None
            if enabled_features is None or isinstance(enabled_features, Unset)
            else [
                _item if isinstance(_item, ProductTierFeatureDetail) else ProductTierFeatureDetail.from_dict(_item)
                for _item in enabled_features
            ]
        )
        if enabled_features is None:
            _nulls_given.append("enabled_features")
        self.export_usage_metering = (
            None if export_usage_metering is None or isinstance(export_usage_metering, Unset) else export_usage_metering
        )
        if export_usage_metering is None:
            _nulls_given.append("export_usage_metering")
        self.export_usage_metering_config = (
            None
            if export_usage_metering_config is None or isinstance(export_usage_metering_config, Unset)
            else export_usage_metering_config
            if isinstance(export_usage_metering_config, ProductTierExportUsageMeteringConfig)
            else ProductTierExportUsageMeteringConfig.from_dict(export_usage_metering_config)
        )
        if export_usage_metering_config is None:
            _nulls_given.append("export_usage_metering_config")
        self.features = (
            None
            if features is None or isinstance(features, Unset)
            else features
            if isinstance(features, ProductTierFeatures)
            else ProductTierFeatures.from_dict(features)
        )
        if features is None:
            _nulls_given.append("features")
        self.gcp_regions = None if gcp_regions is None or isinstance(gcp_regions, Unset) else gcp_regions
        if gcp_regions is None:
            _nulls_given.append("gcp_regions")
        self.max_number_of_instances = (
            None
            if max_number_of_instances is None or isinstance(max_number_of_instances, Unset)
            else max_number_of_instances
        )
        if max_number_of_instances is None:
            _nulls_given.append("max_number_of_instances")
        self.price_per_unit = (
            None
            if price_per_unit is None or isinstance(price_per_unit, Unset)
            else price_per_unit
            if isinstance(price_per_unit, ProductTierPricePerUnit)
            else ProductTierPricePerUnit.from_dict(price_per_unit)
        )
        if price_per_unit is None:
            _nulls_given.append("price_per_unit")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["documentation"] = self.documentation
        field_dict["id"] = self.id
        field_dict["isDisabled"] = self.is_disabled
        field_dict["key"] = self.key
        field_dict["name"] = self.name
        field_dict["planDescription"] = self.plan_description
        field_dict["pricing"] = _m.dump(self.pricing)
        field_dict["serviceId"] = self.service_id
        field_dict["serviceModelId"] = self.service_model_id
        field_dict["support"] = self.support
        field_dict["tierType"] = self.tier_type
        if self.allow_creates_when_payment_not_configured is not None:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = self.allow_creates_when_payment_not_configured
        elif "allow_creates_when_payment_not_configured" in self._nulls:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = None
        if self.api_groups is not None:
            field_dict["apiGroups"] = self.api_groups.to_dict()
        elif "api_groups" in self._nulls:
            field_dict["apiGroups"] = None
        if self.auto_approve_subscription is not None:
            field_dict["autoApproveSubscription"] = self.auto_approve_subscription
        elif "auto_approve_subscription" in self._nulls:
            field_dict["autoApproveSubscription"] = None
        if self.aws_regions is not None:
            field_dict["awsRegions"] = list(self.aws_regions)
        elif "aws_regions" in self._nulls:
            field_dict["awsRegions"] = None
        if self.azure_regions is not None:
            field_dict["azureRegions"] = list(self.azure_regions)
        elif "azure_regions" in self._nulls:
            field_dict["azureRegions"] = None
        if self.billing_product_id is not None:
            field_dict["billingProductID"] = self.billing_product_id
        elif "billing_product_id" in self._nulls:
            field_dict["billingProductID"] = None
        if self.cloud_providers_config_readiness is not None:
            field_dict["cloudProvidersConfigReadiness"] = self.cloud_providers_config_readiness.to_dict()
        elif "cloud_providers_config_readiness" in self._nulls:
            field_dict["cloudProvidersConfigReadiness"] = None
        if self.enabled_features is not None:
            field_dict["enabledFeatures"] = [_item.to_dict() for _item in self.enabled_features]
        elif "enabled_features" in self._nulls:
            field_dict["enabledFeatures"] = None
        if self.export_usage_metering is not None:
            field_dict["exportUsageMetering"] = self.export_usage_metering
        elif "export_usage_metering" in self._nulls:
            field_dict["exportUsageMetering"] = None
        if self.export_usage_metering_config is not None:
            field_dict["exportUsageMeteringConfig"] = self.export_usage_metering_config.to_dict()
        elif "export_usage_metering_config" in self._nulls:
            field_dict["exportUsageMeteringConfig"] = None
        if self.features is not None:
            field_dict["features"] = self.features.to_dict()
        elif "features" in self._nulls:
            field_dict["features"] = None
        if self.gcp_regions is not None:
            field_dict["gcpRegions"] = list(self.gcp_regions)
        elif "gcp_regions" in self._nulls:
            field_dict["gcpRegions"] = None
        if self.max_number_of_instances is not None:
            field_dict["maxNumberOfInstances"] = self.max_number_of_instances
        elif "max_number_of_instances" in self._nulls:
            field_dict["maxNumberOfInstances"] = None
        if self.price_per_unit is not None:
            field_dict["pricePerUnit"] = self.price_per_unit.to_dict()
        elif "price_per_unit" in self._nulls:
            field_dict["pricePerUnit"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ProductTier")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ProductTier")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "documentation"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.documentation = _v

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "isDisabled"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_disabled = _v

            _f = "key"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.key = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "planDescription"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.plan_description = _v

            _f = "pricing"
            _v = _get(_f, _MISSING)
            if _v is _MISSING:
                raise _m.missing()
            _obj.pricing = _v

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceModelId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "support"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.support = _v

            _f = "tierType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.tier_type = _v

            _f = "allowCreatesWhenPaymentNotConfigured"
            _v = _get(_f, None)
            if _v is None:
                _obj.allow_creates_when_payment_not_configured = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.allow_creates_when_payment_not_configured = _v

            _f = "apiGroups"
            _v = _get(_f, None)
            if _v is None:
                _obj.api_groups = None
            else:
                _obj.api_groups = ProductTierApiGroups._parse(_v)

            _f = "autoApproveSubscription"
            _v = _get(_f, None)
            if _v is None:
                _obj.auto_approve_subscription = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.auto_approve_subscription = _v

            _f = "awsRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_regions = None
            else:
                _l16: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i16, _x16 in enumerate(_l16):
                    if type(_x16) is not str and not isinstance(_x16, str):
                        raise _m.bad("a string", _x16).at_index(_i16)
                _obj.aws_regions = _l16[:]

            _f = "azureRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_regions = None
            else:
                _l17: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i17, _x17 in enumerate(_l17):
                    if type(_x17) is not str and not isinstance(_x17, str):
                        raise _m.bad("a string", _x17).at_index(_i17)
                _obj.azure_regions = _l17[:]

            _f = "billingProductID"
            _v = _get(_f, None)
            if _v is None:
                _obj.billing_product_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.billing_product_id = _v

            _f = "cloudProvidersConfigReadiness"
            _v = _get(_f, None)
            if _v is None:
                _obj.cloud_providers_config_readiness = None
            else:
                _obj.cloud_providers_config_readiness = ProductTierCloudProvidersConfigReadiness._parse(_v)

            _f = "enabledFeatures"
            _v = _get(_f, None)
            if _v is None:
                _obj.enabled_features = None
            else:
                _l20: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it20 = iter(_l20)
                try:
                    _l20 = list(map(ProductTierFeatureDetail._parse, _it20))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l20, _it20)) from None
                _obj.enabled_features = _l20

            _f = "exportUsageMetering"
            _v = _get(_f, None)
            if _v is None:
                _obj.export_usage_metering = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.export_usage_metering = _v

            _f = "exportUsageMeteringConfig"
            _v = _get(_f, None)
            if _v is None:
                _obj.export_usage_metering_config = None
            else:
                _obj.export_usage_metering_config = ProductTierExportUsageMeteringConfig._parse(_v)

            _f = "features"
            _v = _get(_f, None)
            if _v is None:
                _obj.features = None
            else:
                _obj.features = ProductTierFeatures._parse(_v)

            _f = "gcpRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _l24: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i24, _x24 in enumerate(_l24):
                    if type(_x24) is not str and not isinstance(_x24, str):
                        raise _m.bad("a string", _x24).at_index(_i24)
                _obj.gcp_regions = _l24[:]

            _f = "maxNumberOfInstances"
            _v = _get(_f, None)
            if _v is None:
                _obj.max_number_of_instances = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.max_number_of_instances = _v

            _f = "pricePerUnit"
            _v = _get(_f, None)
            if _v is None:
                _obj.price_per_unit = None
            else:
                _obj.price_per_unit = ProductTierPricePerUnit._parse(_v)

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 12
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "documentation"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.documentation = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "isDisabled"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_disabled = _v

            _f = "key"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.key = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "planDescription"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.plan_description = _v

            _f = "pricing"
            _v = src[_f]
            _obj.pricing = _v

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceModelId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "support"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.support = _v

            _f = "tierType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.tier_type = _v

            _f = "allowCreatesWhenPaymentNotConfigured"
            _v = src.get(_f)
            if _v is None:
                _obj.allow_creates_when_payment_not_configured = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.allow_creates_when_payment_not_configured = _v

            _f = "apiGroups"
            _v = src.get(_f)
            if _v is None:
                _obj.api_groups = None
            else:
                _n += 1
                _obj.api_groups = ProductTierApiGroups._from_json(_v)

            _f = "autoApproveSubscription"
            _v = src.get(_f)
            if _v is None:
                _obj.auto_approve_subscription = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.auto_approve_subscription = _v

            _f = "awsRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_regions = None
            else:
                _n += 1
                _l16: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i16, _x16 in enumerate(_l16):
                    if type(_x16) is not str and not isinstance(_x16, str):
                        raise _m.bad("a string", _x16).at_index(_i16)
                _obj.aws_regions = _l16

            _f = "azureRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_regions = None
            else:
                _n += 1
                _l17: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i17, _x17 in enumerate(_l17):
                    if type(_x17) is not str and not isinstance(_x17, str):
                        raise _m.bad("a string", _x17).at_index(_i17)
                _obj.azure_regions = _l17

            _f = "billingProductID"
            _v = src.get(_f)
            if _v is None:
                _obj.billing_product_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.billing_product_id = _v

            _f = "cloudProvidersConfigReadiness"
            _v = src.get(_f)
            if _v is None:
                _obj.cloud_providers_config_readiness = None
            else:
                _n += 1
                _obj.cloud_providers_config_readiness = ProductTierCloudProvidersConfigReadiness._from_json(_v)

            _f = "enabledFeatures"
            _v = src.get(_f)
            if _v is None:
                _obj.enabled_features = None
            else:
                _n += 1
                _l20: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it20 = iter(_l20)
                try:
                    _l20[:] = map(ProductTierFeatureDetail._from_json, _it20)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l20, _it20)) from None
                _obj.enabled_features = _l20

            _f = "exportUsageMetering"
            _v = src.get(_f)
            if _v is None:
                _obj.export_usage_metering = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.export_usage_metering = _v

            _f = "exportUsageMeteringConfig"
            _v = src.get(_f)
            if _v is None:
                _obj.export_usage_metering_config = None
            else:
                _n += 1
                _obj.export_usage_metering_config = ProductTierExportUsageMeteringConfig._from_json(_v)

            _f = "features"
            _v = src.get(_f)
            if _v is None:
                _obj.features = None
            else:
                _n += 1
                _obj.features = ProductTierFeatures._from_json(_v)

            _f = "gcpRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _n += 1
                _l24: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i24, _x24 in enumerate(_l24):
                    if type(_x24) is not str and not isinstance(_x24, str):
                        raise _m.bad("a string", _x24).at_index(_i24)
                _obj.gcp_regions = _l24

            _f = "maxNumberOfInstances"
            _v = src.get(_f)
            if _v is None:
                _obj.max_number_of_instances = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.max_number_of_instances = _v

            _f = "pricePerUnit"
            _v = src.get(_f)
            if _v is None:
                _obj.price_per_unit = None
            else:
                _n += 1
                _obj.price_per_unit = ProductTierPricePerUnit._from_json(_v)

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
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
