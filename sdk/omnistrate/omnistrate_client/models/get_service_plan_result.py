from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_service_plan_result_active_account_config_ids import GetServicePlanResultActiveAccountConfigIds
    from ..models.get_service_plan_result_product_tier_features import GetServicePlanResultProductTierFeatures
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        GetServicePlanResultActiveAccountConfigIds, \
        GetServicePlanResultProductTierFeatures, \
        ServiceModelFeatureDetail
    from ..models.get_service_plan_result_active_account_config_ids import GetServicePlanResultActiveAccountConfigIds  # noqa: PLC0415
    from ..models.get_service_plan_result_product_tier_features import GetServicePlanResultProductTierFeatures  # noqa: PLC0415
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="GetServicePlanResult")


@_attrs_define
class GetServicePlanResult:
    """
    Attributes:
        auto_approve_subscription (bool): Auto approve subscription or not
        api_version (str): The external version of the API
        deployment_config_id (str): ID of a Deployment Config
        has_pending_changes (bool): Whether there are any pending changes for the product tier configuration
        is_product_tier_disabled (bool): Whether the product tier is disabled
        latest_major_version (str): The version number for the latest major version set.
        model_type (str): The model type encapsulating this service
        product_tier_description (str): A brief description of the product tier
        product_tier_documentation (str): Documentation
        product_tier_id (str): ID of a Product Tier
        product_tier_key (str): Unique Key of the product tier
        product_tier_name (str): Name of the product tier
        product_tier_plan_description (str): A brief description for the end user of the product tier
        product_tier_pricing (Any): Pricing
        product_tier_support (str): Support
        service_api_description (str): A brief description of the service API bundle
        service_api_id (str): ID of a Service API
        service_environment_id (str): ID of a Service Environment
        service_model_description (str): A brief description of the service model
        service_model_id (str): ID of a Service Model
        service_model_name (str): Name of the Service Model
        tier_type (str): ProductTierType is the type of tier for a product
        version_set_status (str): The tier version set status.
        account_config_ids (list[str] | Unset): The infrastructure account configuration ID list
        active_account_config_ids (GetServicePlanResultActiveAccountConfigIds | Unset): The active infrastructure
            account configuration IDs per cloud provider
        aws_regions (list[str] | Unset): The AWS regions that this service plan is available on
        azure_regions (list[str] | Unset): The Azure regions that this service plan is available on
        gcp_regions (list[str] | Unset): The GCP regions that this service plan is available on
        product_tier_features (GetServicePlanResultProductTierFeatures | Unset): The features that are enabled /
            disabled for this product tier
        service_model_features (list[ServiceModelFeatureDetail] | Unset): Enabled service model features
    """

    auto_approve_subscription: bool
    api_version: str
    deployment_config_id: str
    has_pending_changes: bool
    is_product_tier_disabled: bool
    latest_major_version: str
    model_type: str
    product_tier_description: str
    product_tier_documentation: str
    product_tier_id: str
    product_tier_key: str
    product_tier_name: str
    product_tier_plan_description: str
    product_tier_pricing: Any
    product_tier_support: str
    service_api_description: str
    service_api_id: str
    service_environment_id: str
    service_model_description: str
    service_model_id: str
    service_model_name: str
    tier_type: str
    version_set_status: str
    account_config_ids: list[str] | Unset = UNSET
    active_account_config_ids: GetServicePlanResultActiveAccountConfigIds | Unset = UNSET
    aws_regions: list[str] | Unset = UNSET
    azure_regions: list[str] | Unset = UNSET
    gcp_regions: list[str] | Unset = UNSET
    product_tier_features: GetServicePlanResultProductTierFeatures | Unset = UNSET
    service_model_features: list[ServiceModelFeatureDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        auto_approve_subscription = self.auto_approve_subscription

        api_version = self.api_version

        deployment_config_id = self.deployment_config_id

        has_pending_changes = self.has_pending_changes

        is_product_tier_disabled = self.is_product_tier_disabled

        latest_major_version = self.latest_major_version

        model_type = self.model_type

        product_tier_description = self.product_tier_description

        product_tier_documentation = self.product_tier_documentation

        product_tier_id = self.product_tier_id

        product_tier_key = self.product_tier_key

        product_tier_name = self.product_tier_name

        product_tier_plan_description = self.product_tier_plan_description

        product_tier_pricing = self.product_tier_pricing

        product_tier_support = self.product_tier_support

        service_api_description = self.service_api_description

        service_api_id = self.service_api_id

        service_environment_id = self.service_environment_id

        service_model_description = self.service_model_description

        service_model_id = self.service_model_id

        service_model_name = self.service_model_name

        tier_type = self.tier_type

        version_set_status = self.version_set_status

        account_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_config_ids, Unset):
            account_config_ids = self.account_config_ids

        active_account_config_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_account_config_ids, Unset):
            active_account_config_ids = self.active_account_config_ids.to_dict()

        aws_regions: list[str] | Unset = UNSET
        if not isinstance(self.aws_regions, Unset):
            aws_regions = self.aws_regions

        azure_regions: list[str] | Unset = UNSET
        if not isinstance(self.azure_regions, Unset):
            azure_regions = self.azure_regions

        gcp_regions: list[str] | Unset = UNSET
        if not isinstance(self.gcp_regions, Unset):
            gcp_regions = self.gcp_regions

        product_tier_features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_tier_features, Unset):
            product_tier_features = self.product_tier_features.to_dict()

        service_model_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_model_features, Unset):
            service_model_features = []
            for service_model_features_item_data in self.service_model_features:
                service_model_features_item = service_model_features_item_data.to_dict()
                service_model_features.append(service_model_features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AutoApproveSubscription": auto_approve_subscription,
                "apiVersion": api_version,
                "deploymentConfigId": deployment_config_id,
                "hasPendingChanges": has_pending_changes,
                "isProductTierDisabled": is_product_tier_disabled,
                "latestMajorVersion": latest_major_version,
                "modelType": model_type,
                "productTierDescription": product_tier_description,
                "productTierDocumentation": product_tier_documentation,
                "productTierId": product_tier_id,
                "productTierKey": product_tier_key,
                "productTierName": product_tier_name,
                "productTierPlanDescription": product_tier_plan_description,
                "productTierPricing": product_tier_pricing,
                "productTierSupport": product_tier_support,
                "serviceApiDescription": service_api_description,
                "serviceApiId": service_api_id,
                "serviceEnvironmentId": service_environment_id,
                "serviceModelDescription": service_model_description,
                "serviceModelId": service_model_id,
                "serviceModelName": service_model_name,
                "tierType": tier_type,
                "versionSetStatus": version_set_status,
            }
        )
        if account_config_ids is not UNSET:
            field_dict["accountConfigIds"] = account_config_ids
        if active_account_config_ids is not UNSET:
            field_dict["activeAccountConfigIds"] = active_account_config_ids
        if aws_regions is not UNSET:
            field_dict["awsRegions"] = aws_regions
        if azure_regions is not UNSET:
            field_dict["azureRegions"] = azure_regions
        if gcp_regions is not UNSET:
            field_dict["gcpRegions"] = gcp_regions
        if product_tier_features is not UNSET:
            field_dict["productTierFeatures"] = product_tier_features
        if service_model_features is not UNSET:
            field_dict["serviceModelFeatures"] = service_model_features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        auto_approve_subscription = d.pop("AutoApproveSubscription")

        api_version = d.pop("apiVersion")

        deployment_config_id = d.pop("deploymentConfigId")

        has_pending_changes = d.pop("hasPendingChanges")

        is_product_tier_disabled = d.pop("isProductTierDisabled")

        latest_major_version = d.pop("latestMajorVersion")

        model_type = d.pop("modelType")

        product_tier_description = d.pop("productTierDescription")

        product_tier_documentation = d.pop("productTierDocumentation")

        product_tier_id = d.pop("productTierId")

        product_tier_key = d.pop("productTierKey")

        product_tier_name = d.pop("productTierName")

        product_tier_plan_description = d.pop("productTierPlanDescription")

        product_tier_pricing = d.pop("productTierPricing")

        product_tier_support = d.pop("productTierSupport")

        service_api_description = d.pop("serviceApiDescription")

        service_api_id = d.pop("serviceApiId")

        service_environment_id = d.pop("serviceEnvironmentId")

        service_model_description = d.pop("serviceModelDescription")

        service_model_id = d.pop("serviceModelId")

        service_model_name = d.pop("serviceModelName")

        tier_type = d.pop("tierType")

        version_set_status = d.pop("versionSetStatus")

        account_config_ids = cast(list[str], d.pop("accountConfigIds", UNSET))

        _active_account_config_ids = d.pop("activeAccountConfigIds", UNSET)
        active_account_config_ids: GetServicePlanResultActiveAccountConfigIds | Unset
        if isinstance(_active_account_config_ids, Unset):
            active_account_config_ids = UNSET
        else:
            active_account_config_ids = GetServicePlanResultActiveAccountConfigIds.from_dict(_active_account_config_ids)

        aws_regions = cast(list[str], d.pop("awsRegions", UNSET))

        azure_regions = cast(list[str], d.pop("azureRegions", UNSET))

        gcp_regions = cast(list[str], d.pop("gcpRegions", UNSET))

        _product_tier_features = d.pop("productTierFeatures", UNSET)
        product_tier_features: GetServicePlanResultProductTierFeatures | Unset
        if isinstance(_product_tier_features, Unset):
            product_tier_features = UNSET
        else:
            product_tier_features = GetServicePlanResultProductTierFeatures.from_dict(_product_tier_features)

        _service_model_features = d.pop("serviceModelFeatures", UNSET)
        service_model_features: list[ServiceModelFeatureDetail] | Unset = UNSET
        if _service_model_features is not UNSET:
            service_model_features = []
            for service_model_features_item_data in _service_model_features:
                service_model_features_item = ServiceModelFeatureDetail.from_dict(service_model_features_item_data)

                service_model_features.append(service_model_features_item)

        get_service_plan_result = cls(
            auto_approve_subscription=auto_approve_subscription,
            api_version=api_version,
            deployment_config_id=deployment_config_id,
            has_pending_changes=has_pending_changes,
            is_product_tier_disabled=is_product_tier_disabled,
            latest_major_version=latest_major_version,
            model_type=model_type,
            product_tier_description=product_tier_description,
            product_tier_documentation=product_tier_documentation,
            product_tier_id=product_tier_id,
            product_tier_key=product_tier_key,
            product_tier_name=product_tier_name,
            product_tier_plan_description=product_tier_plan_description,
            product_tier_pricing=product_tier_pricing,
            product_tier_support=product_tier_support,
            service_api_description=service_api_description,
            service_api_id=service_api_id,
            service_environment_id=service_environment_id,
            service_model_description=service_model_description,
            service_model_id=service_model_id,
            service_model_name=service_model_name,
            tier_type=tier_type,
            version_set_status=version_set_status,
            account_config_ids=account_config_ids,
            active_account_config_ids=active_account_config_ids,
            aws_regions=aws_regions,
            azure_regions=azure_regions,
            gcp_regions=gcp_regions,
            product_tier_features=product_tier_features,
            service_model_features=service_model_features,
        )

        get_service_plan_result.additional_properties = d
        return get_service_plan_result

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
