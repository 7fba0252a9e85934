from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_entity import ResourceEntity
    from ..models.service_assets import ServiceAssets
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ResourceEntity, ServiceAssets, ServiceModelFeatureDetail
    from ..models.resource_entity import ResourceEntity  # noqa: PLC0415
    from ..models.service_assets import ServiceAssets  # noqa: PLC0415
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServiceOffering")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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


@_attrs_define
class ServiceOffering:
    """
    Attributes:
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
        service_environment_visibility (str): This parameter is used to configure the visibility of the service control-
            plane APIs
        service_logo_url (str): The logo for the service
        service_model_id (str): ID of a Service Model
        service_model_name (str): The service model name
        service_model_status (str): The service model status
        service_model_type (str): The model type encapsulating this service
        service_model_url_key (str): The service model URL key
        allow_creates_when_payment_not_configured (bool | Unset): Allow creates when payment not configured
        assets (ServiceAssets | Unset):
        aws_regions (list[str] | Unset): The AWS regions that this service offering is available on
        azure_regions (list[str] | Unset): The Azure regions that this service offering is available on
        cloud_providers (list[str] | Unset): List of supported cloud providers for this product tier.
        gcp_regions (list[str] | Unset): The GCP regions that this service offering is available on
        max_number_of_instances (int | Unset): Maximum number of instances
        product_tier_description (str | Unset): A brief description of the product tier
        product_tier_plan_description (str | Unset): A brief description for the end user of the product tier
        service_model_features (list[ServiceModelFeatureDetail] | Unset): Enabled service model features
        supports_public_network (bool | Unset): Indicates whether any of the resources in the product tier support
            public network
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
    allow_creates_when_payment_not_configured: bool | Unset = UNSET
    assets: ServiceAssets | Unset = UNSET
    aws_regions: list[str] | Unset = UNSET
    azure_regions: list[str] | Unset = UNSET
    cloud_providers: list[str] | Unset = UNSET
    gcp_regions: list[str] | Unset = UNSET
    max_number_of_instances: int | Unset = UNSET
    product_tier_description: str | Unset = UNSET
    product_tier_plan_description: str | Unset = UNSET
    service_model_features: list[ServiceModelFeatureDetail] | Unset = UNSET
    supports_public_network: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        auto_approve_subscription = self.auto_approve_subscription

        product_tier_documentation = self.product_tier_documentation

        product_tier_id = self.product_tier_id

        product_tier_name = self.product_tier_name

        product_tier_pricing = self.product_tier_pricing

        product_tier_support = self.product_tier_support

        product_tier_type = self.product_tier_type

        product_tier_url_key = self.product_tier_url_key

        product_tier_version = self.product_tier_version

        resource_parameters = []
        for resource_parameters_item_data in self.resource_parameters:
            resource_parameters_item = resource_parameters_item_data.to_dict()
            resource_parameters.append(resource_parameters_item)

        service_apiid = self.service_apiid

        service_api_version = self.service_api_version

        service_environment_id = self.service_environment_id

        service_environment_name = self.service_environment_name

        service_environment_type = self.service_environment_type

        service_environment_url_key = self.service_environment_url_key

        service_environment_visibility = self.service_environment_visibility

        service_logo_url = self.service_logo_url

        service_model_id = self.service_model_id

        service_model_name = self.service_model_name

        service_model_status = self.service_model_status

        service_model_type = self.service_model_type

        service_model_url_key = self.service_model_url_key

        allow_creates_when_payment_not_configured = self.allow_creates_when_payment_not_configured

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        aws_regions: list[str] | Unset = UNSET
        if not isinstance(self.aws_regions, Unset):
            aws_regions = self.aws_regions

        azure_regions: list[str] | Unset = UNSET
        if not isinstance(self.azure_regions, Unset):
            azure_regions = self.azure_regions

        cloud_providers: list[str] | Unset = UNSET
        if not isinstance(self.cloud_providers, Unset):
            cloud_providers = self.cloud_providers

        gcp_regions: list[str] | Unset = UNSET
        if not isinstance(self.gcp_regions, Unset):
            gcp_regions = self.gcp_regions

        max_number_of_instances = self.max_number_of_instances

        product_tier_description = self.product_tier_description

        product_tier_plan_description = self.product_tier_plan_description

        service_model_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_model_features, Unset):
            service_model_features = []
            for service_model_features_item_data in self.service_model_features:
                service_model_features_item = service_model_features_item_data.to_dict()
                service_model_features.append(service_model_features_item)

        supports_public_network = self.supports_public_network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AutoApproveSubscription": auto_approve_subscription,
                "productTierDocumentation": product_tier_documentation,
                "productTierID": product_tier_id,
                "productTierName": product_tier_name,
                "productTierPricing": product_tier_pricing,
                "productTierSupport": product_tier_support,
                "productTierType": product_tier_type,
                "productTierURLKey": product_tier_url_key,
                "productTierVersion": product_tier_version,
                "resourceParameters": resource_parameters,
                "serviceAPIID": service_apiid,
                "serviceAPIVersion": service_api_version,
                "serviceEnvironmentID": service_environment_id,
                "serviceEnvironmentName": service_environment_name,
                "serviceEnvironmentType": service_environment_type,
                "serviceEnvironmentURLKey": service_environment_url_key,
                "serviceEnvironmentVisibility": service_environment_visibility,
                "serviceLogoURL": service_logo_url,
                "serviceModelID": service_model_id,
                "serviceModelName": service_model_name,
                "serviceModelStatus": service_model_status,
                "serviceModelType": service_model_type,
                "serviceModelURLKey": service_model_url_key,
            }
        )
        if allow_creates_when_payment_not_configured is not UNSET:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = allow_creates_when_payment_not_configured
        if assets is not UNSET:
            field_dict["assets"] = assets
        if aws_regions is not UNSET:
            field_dict["awsRegions"] = aws_regions
        if azure_regions is not UNSET:
            field_dict["azureRegions"] = azure_regions
        if cloud_providers is not UNSET:
            field_dict["cloudProviders"] = cloud_providers
        if gcp_regions is not UNSET:
            field_dict["gcpRegions"] = gcp_regions
        if max_number_of_instances is not UNSET:
            field_dict["maxNumberOfInstances"] = max_number_of_instances
        if product_tier_description is not UNSET:
            field_dict["productTierDescription"] = product_tier_description
        if product_tier_plan_description is not UNSET:
            field_dict["productTierPlanDescription"] = product_tier_plan_description
        if service_model_features is not UNSET:
            field_dict["serviceModelFeatures"] = service_model_features
        if supports_public_network is not UNSET:
            field_dict["supportsPublicNetwork"] = supports_public_network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.auto_approve_subscription = src_dict["AutoApproveSubscription"]

        _obj.product_tier_documentation = src_dict["productTierDocumentation"]

        _obj.product_tier_id = src_dict["productTierID"]

        _obj.product_tier_name = src_dict["productTierName"]

        _obj.product_tier_pricing = src_dict["productTierPricing"]

        _obj.product_tier_support = src_dict["productTierSupport"]

        _obj.product_tier_type = src_dict["productTierType"]

        _obj.product_tier_url_key = src_dict["productTierURLKey"]

        _obj.product_tier_version = src_dict["productTierVersion"]

        _resource_parameters_item = ResourceEntity.from_dict
        resource_parameters = [_resource_parameters_item(item) for item in src_dict["resourceParameters"]]

        _obj.resource_parameters = resource_parameters

        _obj.service_apiid = src_dict["serviceAPIID"]

        _obj.service_api_version = src_dict["serviceAPIVersion"]

        _obj.service_environment_id = src_dict["serviceEnvironmentID"]

        _obj.service_environment_name = src_dict["serviceEnvironmentName"]

        _obj.service_environment_type = src_dict["serviceEnvironmentType"]

        _obj.service_environment_url_key = src_dict["serviceEnvironmentURLKey"]

        _obj.service_environment_visibility = src_dict["serviceEnvironmentVisibility"]

        _obj.service_logo_url = src_dict["serviceLogoURL"]

        _obj.service_model_id = src_dict["serviceModelID"]

        _obj.service_model_name = src_dict["serviceModelName"]

        _obj.service_model_status = src_dict["serviceModelStatus"]

        _obj.service_model_type = src_dict["serviceModelType"]

        _obj.service_model_url_key = src_dict["serviceModelURLKey"]

        _obj.allow_creates_when_payment_not_configured = src_dict.get("allowCreatesWhenPaymentNotConfigured", UNSET)

        _assets = src_dict.get("assets", UNSET)
        assets: ServiceAssets | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = ServiceAssets.from_dict(_assets)

        _obj.assets = assets

        aws_regions = cast(list[str], src_dict.get("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], src_dict.get("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        cloud_providers = cast(list[str], src_dict.get("cloudProviders", UNSET))

        _obj.cloud_providers = cloud_providers

        gcp_regions = cast(list[str], src_dict.get("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _obj.max_number_of_instances = src_dict.get("maxNumberOfInstances", UNSET)

        _obj.product_tier_description = src_dict.get("productTierDescription", UNSET)

        _obj.product_tier_plan_description = src_dict.get("productTierPlanDescription", UNSET)

        _service_model_features = src_dict.get("serviceModelFeatures", UNSET)
        service_model_features: list[ServiceModelFeatureDetail] | Unset = UNSET
        if _service_model_features is not UNSET:
            _service_model_features_item = ServiceModelFeatureDetail.from_dict
            service_model_features = [_service_model_features_item(item) for item in _service_model_features]

        _obj.service_model_features = service_model_features

        _obj.supports_public_network = src_dict.get("supportsPublicNetwork", UNSET)

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
        _obj.auto_approve_subscription = _pop("AutoApproveSubscription")

        _obj.product_tier_documentation = _pop("productTierDocumentation")

        _obj.product_tier_id = _pop("productTierID")

        _obj.product_tier_name = _pop("productTierName")

        _obj.product_tier_pricing = _pop("productTierPricing")

        _obj.product_tier_support = _pop("productTierSupport")

        _obj.product_tier_type = _pop("productTierType")

        _obj.product_tier_url_key = _pop("productTierURLKey")

        _obj.product_tier_version = _pop("productTierVersion")

        _resource_parameters = _pop("resourceParameters")
        _resource_parameters[:] = map(ResourceEntity._from_json, _resource_parameters)
        _obj.resource_parameters = _resource_parameters

        _obj.service_apiid = _pop("serviceAPIID")

        _obj.service_api_version = _pop("serviceAPIVersion")

        _obj.service_environment_id = _pop("serviceEnvironmentID")

        _obj.service_environment_name = _pop("serviceEnvironmentName")

        _obj.service_environment_type = _pop("serviceEnvironmentType")

        _obj.service_environment_url_key = _pop("serviceEnvironmentURLKey")

        _obj.service_environment_visibility = _pop("serviceEnvironmentVisibility")

        _obj.service_logo_url = _pop("serviceLogoURL")

        _obj.service_model_id = _pop("serviceModelID")

        _obj.service_model_name = _pop("serviceModelName")

        _obj.service_model_status = _pop("serviceModelStatus")

        _obj.service_model_type = _pop("serviceModelType")

        _obj.service_model_url_key = _pop("serviceModelURLKey")

        _obj.allow_creates_when_payment_not_configured = _pop("allowCreatesWhenPaymentNotConfigured", UNSET)

        _assets = _pop("assets", UNSET)
        _obj.assets = UNSET if _assets is UNSET else ServiceAssets._from_json(_assets)

        aws_regions = cast(list[str], _pop("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], _pop("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        cloud_providers = cast(list[str], _pop("cloudProviders", UNSET))

        _obj.cloud_providers = cloud_providers

        gcp_regions = cast(list[str], _pop("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _obj.max_number_of_instances = _pop("maxNumberOfInstances", UNSET)

        _obj.product_tier_description = _pop("productTierDescription", UNSET)

        _obj.product_tier_plan_description = _pop("productTierPlanDescription", UNSET)

        _service_model_features = _pop("serviceModelFeatures", UNSET)
        if _service_model_features is not UNSET:
            _service_model_features[:] = map(ServiceModelFeatureDetail._from_json, _service_model_features)
        _obj.service_model_features = _service_model_features

        _obj.supports_public_network = _pop("supportsPublicNetwork", UNSET)

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
