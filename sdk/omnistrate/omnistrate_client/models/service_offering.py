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
    from ..models.resource_entity import ResourceEntity, ResourceEntityDict
    from ..models.service_assets import ServiceAssets, ServiceAssetsDict
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail, ServiceModelFeatureDetailDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ResourceEntity, ServiceAssets, ServiceModelFeatureDetail
    from ..models.resource_entity import ResourceEntity  # noqa: PLC0415
    from ..models.service_assets import ServiceAssets  # noqa: PLC0415
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "auto_approve_subscription",
    "product_tier_documentation",
    "product_tier_id",
    "product_tier_name",
    "product_tier_pricing",
    "product_tier_support",
    "product_tier_type",
    "product_tier_url_key",
    "product_tier_version",
    "resource_parameters",
    "service_apiid",
    "service_api_version",
    "service_environment_id",
    "service_environment_name",
    "service_environment_type",
    "service_environment_url_key",
    "service_environment_visibility",
    "service_logo_url",
    "service_model_id",
    "service_model_name",
    "service_model_status",
    "service_model_type",
    "service_model_url_key",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "allow_creates_when_payment_not_configured",
    "assets",
    "aws_regions",
    "azure_regions",
    "cloud_providers",
    "gcp_regions",
    "max_number_of_instances",
    "product_tier_description",
    "product_tier_plan_description",
    "service_model_features",
    "supports_public_network",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "AutoApproveSubscription",
        "productTierDocumentation",
        "productTierID",
        "productTierName",
        "productTierPricing",
        "productTierSupport",
        "productTierType",
        "productTierURLKey",
        "productTierVersion",
        "resourceParameters",
        "serviceAPIID",
        "serviceAPIVersion",
        "serviceEnvironmentID",
        "serviceEnvironmentName",
        "serviceEnvironmentType",
        "serviceEnvironmentURLKey",
        "serviceEnvironmentVisibility",
        "serviceLogoURL",
        "serviceModelID",
        "serviceModelName",
        "serviceModelStatus",
        "serviceModelType",
        "serviceModelURLKey",
        "allowCreatesWhenPaymentNotConfigured",
        "assets",
        "awsRegions",
        "azureRegions",
        "cloudProviders",
        "gcpRegions",
        "maxNumberOfInstances",
        "productTierDescription",
        "productTierPlanDescription",
        "serviceModelFeatures",
        "supportsPublicNetwork",
    }
)


# `ServiceOffering` as a plain mapping of its JSON shape, accepted wherever a `ServiceOffering` is.
class ServiceOfferingDict(TypedDict, total=False):
    AutoApproveSubscription: Required[bool]
    productTierDocumentation: Required[str]
    productTierID: Required[str]
    productTierName: Required[str]
    productTierPricing: Required[Any]
    productTierSupport: Required[str]
    productTierType: Required[str]
    productTierURLKey: Required[str]
    productTierVersion: Required[str]
    resourceParameters: Required[list[ResourceEntityDict]]
    serviceAPIID: Required[str]
    serviceAPIVersion: Required[str]
    serviceEnvironmentID: Required[str]
    serviceEnvironmentName: Required[str]
    serviceEnvironmentType: Required[str]
    serviceEnvironmentURLKey: Required[str]
    serviceEnvironmentVisibility: Required[str]
    serviceLogoURL: Required[str]
    serviceModelID: Required[str]
    serviceModelName: Required[str]
    serviceModelStatus: Required[str]
    serviceModelType: Required[str]
    serviceModelURLKey: Required[str]
    allowCreatesWhenPaymentNotConfigured: bool
    assets: ServiceAssetsDict
    awsRegions: list[str]
    azureRegions: list[str]
    cloudProviders: list[str]
    gcpRegions: list[str]
    maxNumberOfInstances: int
    productTierDescription: str
    productTierPlanDescription: str
    serviceModelFeatures: list[ServiceModelFeatureDetailDict]
    supportsPublicNetwork: bool


@_attrs_define(init=False, repr=False)
class ServiceOffering:
    """Attributes:
    auto_approve_subscription (bool): Auto approve subscription or not
    product_tier_documentation (str): Documentation
    product_tier_id (str): ID of a Product Tier
    product_tier_name (str): The product tier name
    product_tier_pricing (Any): Pricing
    product_tier_support (str): Support
    product_tier_type (str): ProductTierType is the type of tier for a product
    product_tier_url_key (str): The product tier URL key
    product_tier_version (str): The product tier version
    resource_parameters (list[ResourceEntity]): The resource parameters
    service_apiid (str): ID of a Service API
    service_api_version (str): The service API version
    service_environment_id (str): ID of a Service Environment
    service_environment_name (str): The service environment name
    service_environment_type (str): The type of service environment
    service_environment_url_key (str): The service environment URL key
    service_environment_visibility (str): This parameter is used to configure the visibility of the service control-plane APIs
    service_logo_url (str): The logo for the service
    service_model_id (str): ID of a Service Model
    service_model_name (str): The service model name
    service_model_status (str): The service model status
    service_model_type (str): The model type encapsulating this service
    service_model_url_key (str): The service model URL key
    allow_creates_when_payment_not_configured (bool | None): Allow creates when payment not configured
    assets (ServiceAssets | None):
    aws_regions (list[str] | None): The AWS regions that this service offering is available on
    azure_regions (list[str] | None): The Azure regions that this service offering is available on
    cloud_providers (list[str] | None): List of supported cloud providers for this product tier.
    gcp_regions (list[str] | None): The GCP regions that this service offering is available on
    max_number_of_instances (int | None): Maximum number of instances
    product_tier_description (str | None): A brief description of the product tier
    product_tier_plan_description (str | None): A brief description for the end user of the product tier
    service_model_features (list[ServiceModelFeatureDetail] | None): Enabled service model features
    supports_public_network (bool | None): Indicates whether any of the resources in the product tier support public network
    """

    auto_approve_subscription: bool
    product_tier_documentation: str
    product_tier_id: str
    product_tier_name: str
    product_tier_pricing: Any
    product_tier_support: str
    product_tier_type: str
    product_tier_url_key: str
    product_tier_version: str
    resource_parameters: list[ResourceEntity]
    service_apiid: str
    service_api_version: str
    service_environment_id: str
    service_environment_name: str
    service_environment_type: str
    service_environment_url_key: str
    service_environment_visibility: str
    service_logo_url: str
    service_model_id: str
    service_model_name: str
    service_model_status: str
    service_model_type: str
    service_model_url_key: str
    allow_creates_when_payment_not_configured: bool | None = None
    assets: ServiceAssets | None = None
    aws_regions: list[str] | None = None
    azure_regions: list[str] | None = None
    cloud_providers: list[str] | None = None
    gcp_regions: list[str] | None = None
    max_number_of_instances: int | None = None
    product_tier_description: str | None = None
    product_tier_plan_description: str | None = None
    service_model_features: list[ServiceModelFeatureDetail] | None = None
    supports_public_network: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        auto_approve_subscription: bool,
        product_tier_documentation: str,
        product_tier_id: str,
        product_tier_name: str,
        product_tier_pricing: Any,
        product_tier_support: str,
        product_tier_type: str,
        product_tier_url_key: str,
        product_tier_version: str,
        resource_parameters: Sequence[ResourceEntity | ResourceEntityDict],
        service_apiid: str,
        service_api_version: str,
        service_environment_id: str,
        service_environment_name: str,
        service_environment_type: str,
        service_environment_url_key: str,
        service_environment_visibility: str,
        service_logo_url: str,
        service_model_id: str,
        service_model_name: str,
        service_model_status: str,
        service_model_type: str,
        service_model_url_key: str,
        allow_creates_when_payment_not_configured: bool | None | Unset = UNSET,
        assets: ServiceAssets | ServiceAssetsDict | None | Unset = UNSET,
        aws_regions: list[str] | None | Unset = UNSET,
        azure_regions: list[str] | None | Unset = UNSET,
        cloud_providers: list[str] | None | Unset = UNSET,
        gcp_regions: list[str] | None | Unset = UNSET,
        max_number_of_instances: int | None | Unset = UNSET,
        product_tier_description: str | None | Unset = UNSET,
        product_tier_plan_description: str | None | Unset = UNSET,
        service_model_features: Sequence[ServiceModelFeatureDetail | ServiceModelFeatureDetailDict]
        | None
        | Unset = UNSET,
        supports_public_network: bool | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.auto_approve_subscription = auto_approve_subscription
        self.product_tier_documentation = product_tier_documentation
        self.product_tier_id = product_tier_id
        self.product_tier_name = product_tier_name
        self.product_tier_pricing = product_tier_pricing
        self.product_tier_support = product_tier_support
        self.product_tier_type = product_tier_type
        self.product_tier_url_key = product_tier_url_key
        self.product_tier_version = product_tier_version
        self.resource_parameters = [
            _item if isinstance(_item, ResourceEntity) else ResourceEntity.from_dict(_item)
            for _item in resource_parameters
        ]
        self.service_apiid = service_apiid
        self.service_api_version = service_api_version
        self.service_environment_id = service_environment_id
        self.service_environment_name = service_environment_name
        self.service_environment_type = service_environment_type
        self.service_environment_url_key = service_environment_url_key
        self.service_environment_visibility = service_environment_visibility
        self.service_logo_url = service_logo_url
        self.service_model_id = service_model_id
        self.service_model_name = service_model_name
        self.service_model_status = service_model_status
        self.service_model_type = service_model_type
        self.service_model_url_key = service_model_url_key
        self.allow_creates_when_payment_not_configured = (
            None
            if allow_creates_when_payment_not_configured is None
            or isinstance(allow_creates_when_payment_not_configured, Unset)
            else allow_creates_when_payment_not_configured
        )
        if allow_creates_when_payment_not_configured is None:
            _nulls_given.append("allow_creates_when_payment_not_configured")
        self.assets = (
            None
            if assets is None or isinstance(assets, Unset)
            else assets
            if isinstance(assets, ServiceAssets)
            else ServiceAssets.from_dict(assets)
        )
        if assets is None:
            _nulls_given.append("assets")
        self.aws_regions = None if aws_regions is None or isinstance(aws_regions, Unset) else aws_regions
        if aws_regions is None:
            _nulls_given.append("aws_regions")
        self.azure_regions = None if azure_regions is None or isinstance(azure_regions, Unset) else azure_regions
        if azure_regions is None:
            _nulls_given.append("azure_regions")
        self.cloud_providers = (
            None if cloud_providers is None or isinstance(cloud_providers, Unset) else cloud_providers
        )
        if cloud_providers is None:
            _nulls_given.append("cloud_providers")
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
        self.product_tier_description = (
            None
            if product_tier_description is None or isinstance(product_tier_description, Unset)
            else product_tier_description
        )
        if product_tier_description is None:
            _nulls_given.append("product_tier_description")
        self.product_tier_plan_description = (
            None
            if product_tier_plan_description is None or isinstance(product_tier_plan_description, Unset)
            else product_tier_plan_description
        )
        if product_tier_plan_description is None:
            _nulls_given.append("product_tier_plan_description")
        self.service_model_features = (
            None
            if service_model_features is None or isinstance(service_model_features, Unset)
            else [
                _item if isinstance(_item, ServiceModelFeatureDetail) else ServiceModelFeatureDetail.from_dict(_item)
                for _item in service_model_features
            ]
        )
        if service_model_features is None:
            _nulls_given.append("service_model_features")
        self.supports_public_network = (
            None
            if supports_public_network is None or isinstance(supports_public_network, Unset)
            else supports_public_network
        )
        if supports_public_network is None:
            _nulls_given.append("supports_public_network")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["AutoApproveSubscription"] = self.auto_approve_subscription
        field_dict["productTierDocumentation"] = self.product_tier_documentation
        field_dict["productTierID"] = self.product_tier_id
        field_dict["productTierName"] = self.product_tier_name
        field_dict["productTierPricing"] = _m.dump(self.product_tier_pricing)
        field_dict["productTierSupport"] = self.product_tier_support
        field_dict["productTierType"] = self.product_tier_type
        field_dict["productTierURLKey"] = self.product_tier_url_key
        field_dict["productTierVersion"] = self.product_tier_version
        field_dict["resourceParameters"] = [_item.to_dict() for _item in self.resource_parameters]
        field_dict["serviceAPIID"] = self.service_apiid
        field_dict["serviceAPIVersion"] = self.service_api_version
        field_dict["serviceEnvironmentID"] = self.service_environment_id
        field_dict["serviceEnvironmentName"] = self.service_environment_name
        field_dict["serviceEnvironmentType"] = self.service_environment_type
        field_dict["serviceEnvironmentURLKey"] = self.service_environment_url_key
        field_dict["serviceEnvironmentVisibility"] = self.service_environment_visibility
        field_dict["serviceLogoURL"] = self.service_logo_url
        field_dict["serviceModelID"] = self.service_model_id
        field_dict["serviceModelName"] = self.service_model_name
        field_dict["serviceModelStatus"] = self.service_model_status
        field_dict["serviceModelType"] = self.service_model_type
        field_dict["serviceModelURLKey"] = self.service_model_url_key
        if self.allow_creates_when_payment_not_configured is not None:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = self.allow_creates_when_payment_not_configured
        elif "allow_creates_when_payment_not_configured" in self._nulls:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = None
        if self.assets is not None:
            field_dict["assets"] = self.assets.to_dict()
        elif "assets" in self._nulls:
            field_dict["assets"] = None
        if self.aws_regions is not None:
            field_dict["awsRegions"] = list(self.aws_regions)
        elif "aws_regions" in self._nulls:
            field_dict["awsRegions"] = None
        if self.azure_regions is not None:
            field_dict["azureRegions"] = list(self.azure_regions)
        elif "azure_regions" in self._nulls:
            field_dict["azureRegions"] = None
        if self.cloud_providers is not None:
            field_dict["cloudProviders"] = list(self.cloud_providers)
        elif "cloud_providers" in self._nulls:
            field_dict["cloudProviders"] = None
        if self.gcp_regions is not None:
            field_dict["gcpRegions"] = list(self.gcp_regions)
        elif "gcp_regions" in self._nulls:
            field_dict["gcpRegions"] = None
        if self.max_number_of_instances is not None:
            field_dict["maxNumberOfInstances"] = self.max_number_of_instances
        elif "max_number_of_instances" in self._nulls:
            field_dict["maxNumberOfInstances"] = None
        if self.product_tier_description is not None:
            field_dict["productTierDescription"] = self.product_tier_description
        elif "product_tier_description" in self._nulls:
            field_dict["productTierDescription"] = None
        if self.product_tier_plan_description is not None:
            field_dict["productTierPlanDescription"] = self.product_tier_plan_description
        elif "product_tier_plan_description" in self._nulls:
            field_dict["productTierPlanDescription"] = None
        if self.service_model_features is not None:
            field_dict["serviceModelFeatures"] = [_item.to_dict() for _item in self.service_model_features]
        elif "service_model_features" in self._nulls:
            field_dict["serviceModelFeatures"] = None
        if self.supports_public_network is not None:
            field_dict["supportsPublicNetwork"] = self.supports_public_network
        elif "supports_public_network" in self._nulls:
            field_dict["supportsPublicNetwork"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ServiceOffering")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ServiceOffering")

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
            _f = "AutoApproveSubscription"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.auto_approve_subscription = _v

            _f = "productTierDocumentation"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_documentation = _v

            _f = "productTierID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "productTierPricing"
            _v = _get(_f, _MISSING)
            if _v is _MISSING:
                raise _m.missing()
            _obj.product_tier_pricing = _v

            _f = "productTierSupport"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_support = _v

            _f = "productTierType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_type = _v

            _f = "productTierURLKey"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_url_key = _v

            _f = "productTierVersion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_version = _v

            _f = "resourceParameters"
            _v = _get(_f, _MISSING)
            _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it10 = iter(_l10)
            try:
                _l10 = list(map(ResourceEntity._parse, _it10))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l10, _it10)) from None
            _obj.resource_parameters = _l10

            _f = "serviceAPIID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_apiid = _v

            _f = "serviceAPIVersion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_version = _v

            _f = "serviceEnvironmentID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_id = _v

            _f = "serviceEnvironmentName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_name = _v

            _f = "serviceEnvironmentType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_type = _v

            _f = "serviceEnvironmentURLKey"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_url_key = _v

            _f = "serviceEnvironmentVisibility"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_visibility = _v

            _f = "serviceLogoURL"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_logo_url = _v

            _f = "serviceModelID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "serviceModelName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_name = _v

            _f = "serviceModelStatus"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_status = _v

            _f = "serviceModelType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_type = _v

            _f = "serviceModelURLKey"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_url_key = _v

            _f = "allowCreatesWhenPaymentNotConfigured"
            _v = _get(_f, None)
            if _v is None:
                _obj.allow_creates_when_payment_not_configured = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.allow_creates_when_payment_not_configured = _v

            _f = "assets"
            _v = _get(_f, None)
            if _v is None:
                _obj.assets = None
            else:
                _obj.assets = ServiceAssets._parse(_v)

            _f = "awsRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_regions = None
            else:
                _l26: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i26, _x26 in enumerate(_l26):
                    if type(_x26) is not str and not isinstance(_x26, str):
                        raise _m.bad("a string", _x26).at_index(_i26)
                _obj.aws_regions = _l26[:]

            _f = "azureRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_regions = None
            else:
                _l27: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i27, _x27 in enumerate(_l27):
                    if type(_x27) is not str and not isinstance(_x27, str):
                        raise _m.bad("a string", _x27).at_index(_i27)
                _obj.azure_regions = _l27[:]

            _f = "cloudProviders"
            _v = _get(_f, None)
            if _v is None:
                _obj.cloud_providers = None
            else:
                _l28: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i28, _x28 in enumerate(_l28):
                    if type(_x28) is not str and not isinstance(_x28, str):
                        raise _m.bad("a string", _x28).at_index(_i28)
                _obj.cloud_providers = _l28[:]

            _f = "gcpRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _l29: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i29, _x29 in enumerate(_l29):
                    if type(_x29) is not str and not isinstance(_x29, str):
                        raise _m.bad("a string", _x29).at_index(_i29)
                _obj.gcp_regions = _l29[:]

            _f = "maxNumberOfInstances"
            _v = _get(_f, None)
            if _v is None:
                _obj.max_number_of_instances = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.max_number_of_instances = _v

            _f = "productTierDescription"
            _v = _get(_f, None)
            if _v is None:
                _obj.product_tier_description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.product_tier_description = _v

            _f = "productTierPlanDescription"
            _v = _get(_f, None)
            if _v is None:
                _obj.product_tier_plan_description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.product_tier_plan_description = _v

            _f = "serviceModelFeatures"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_model_features = None
            else:
                _l33: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it33 = iter(_l33)
                try:
                    _l33 = list(map(ServiceModelFeatureDetail._parse, _it33))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l33, _it33)) from None
                _obj.service_model_features = _l33

            _f = "supportsPublicNetwork"
            _v = _get(_f, None)
            if _v is None:
                _obj.supports_public_network = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.supports_public_network = _v

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
        _n = 23
        _f = ""
        try:
            _f = "AutoApproveSubscription"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.auto_approve_subscription = _v

            _f = "productTierDocumentation"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_documentation = _v

            _f = "productTierID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "productTierPricing"
            _v = src[_f]
            _obj.product_tier_pricing = _v

            _f = "productTierSupport"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_support = _v

            _f = "productTierType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_type = _v

            _f = "productTierURLKey"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_url_key = _v

            _f = "productTierVersion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_version = _v

            _f = "resourceParameters"
            _v = src[_f]
            _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it10 = iter(_l10)
            try:
                _l10[:] = map(ResourceEntity._from_json, _it10)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l10, _it10)) from None
            _obj.resource_parameters = _l10

            _f = "serviceAPIID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_apiid = _v

            _f = "serviceAPIVersion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_version = _v

            _f = "serviceEnvironmentID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_id = _v

            _f = "serviceEnvironmentName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_name = _v

            _f = "serviceEnvironmentType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_type = _v

            _f = "serviceEnvironmentURLKey"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_url_key = _v

            _f = "serviceEnvironmentVisibility"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_visibility = _v

            _f = "serviceLogoURL"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_logo_url = _v

            _f = "serviceModelID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "serviceModelName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_name = _v

            _f = "serviceModelStatus"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_status = _v

            _f = "serviceModelType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_type = _v

            _f = "serviceModelURLKey"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_url_key = _v

            _f = "allowCreatesWhenPaymentNotConfigured"
            _v = src.get(_f)
            if _v is None:
                _obj.allow_creates_when_payment_not_configured = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.allow_creates_when_payment_not_configured = _v

            _f = "assets"
            _v = src.get(_f)
            if _v is None:
                _obj.assets = None
            else:
                _n += 1
                _obj.assets = ServiceAssets._from_json(_v)

            _f = "awsRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_regions = None
            else:
                _n += 1
                _l26: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i26, _x26 in enumerate(_l26):
                    if type(_x26) is not str and not isinstance(_x26, str):
                        raise _m.bad("a string", _x26).at_index(_i26)
                _obj.aws_regions = _l26

            _f = "azureRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_regions = None
            else:
                _n += 1
                _l27: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i27, _x27 in enumerate(_l27):
                    if type(_x27) is not str and not isinstance(_x27, str):
                        raise _m.bad("a string", _x27).at_index(_i27)
                _obj.azure_regions = _l27

            _f = "cloudProviders"
            _v = src.get(_f)
            if _v is None:
                _obj.cloud_providers = None
            else:
                _n += 1
                _l28: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i28, _x28 in enumerate(_l28):
                    if type(_x28) is not str and not isinstance(_x28, str):
                        raise _m.bad("a string", _x28).at_index(_i28)
                _obj.cloud_providers = _l28

            _f = "gcpRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _n += 1
                _l29: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i29, _x29 in enumerate(_l29):
                    if type(_x29) is not str and not isinstance(_x29, str):
                        raise _m.bad("a string", _x29).at_index(_i29)
                _obj.gcp_regions = _l29

            _f = "maxNumberOfInstances"
            _v = src.get(_f)
            if _v is None:
                _obj.max_number_of_instances = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.max_number_of_instances = _v

            _f = "productTierDescription"
            _v = src.get(_f)
            if _v is None:
                _obj.product_tier_description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.product_tier_description = _v

            _f = "productTierPlanDescription"
            _v = src.get(_f)
            if _v is None:
                _obj.product_tier_plan_description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.product_tier_plan_description = _v

            _f = "serviceModelFeatures"
            _v = src.get(_f)
            if _v is None:
                _obj.service_model_features = None
            else:
                _n += 1
                _l33: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it33 = iter(_l33)
                try:
                    _l33[:] = map(ServiceModelFeatureDetail._from_json, _it33)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l33, _it33)) from None
                _obj.service_model_features = _l33

            _f = "supportsPublicNetwork"
            _v = src.get(_f)
            if _v is None:
                _obj.supports_public_network = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.supports_public_network = _v

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
