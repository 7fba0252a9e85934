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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "AutoApproveSubscription",
        "apiVersion",
        "deploymentConfigId",
        "hasPendingChanges",
        "isProductTierDisabled",
        "latestMajorVersion",
        "modelType",
        "productTierDescription",
        "productTierDocumentation",
        "productTierId",
        "productTierKey",
        "productTierName",
        "productTierPlanDescription",
        "productTierPricing",
        "productTierSupport",
        "serviceApiDescription",
        "serviceApiId",
        "serviceEnvironmentId",
        "serviceModelDescription",
        "serviceModelId",
        "serviceModelName",
        "tierType",
        "versionSetStatus",
        "accountConfigIds",
        "activeAccountConfigIds",
        "awsRegions",
        "azureRegions",
        "gcpRegions",
        "productTierFeatures",
        "serviceModelFeatures",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.auto_approve_subscription = src_dict["AutoApproveSubscription"]

        _obj.api_version = src_dict["apiVersion"]

        _obj.deployment_config_id = src_dict["deploymentConfigId"]

        _obj.has_pending_changes = src_dict["hasPendingChanges"]

        _obj.is_product_tier_disabled = src_dict["isProductTierDisabled"]

        _obj.latest_major_version = src_dict["latestMajorVersion"]

        _obj.model_type = src_dict["modelType"]

        _obj.product_tier_description = src_dict["productTierDescription"]

        _obj.product_tier_documentation = src_dict["productTierDocumentation"]

        _obj.product_tier_id = src_dict["productTierId"]

        _obj.product_tier_key = src_dict["productTierKey"]

        _obj.product_tier_name = src_dict["productTierName"]

        _obj.product_tier_plan_description = src_dict["productTierPlanDescription"]

        _obj.product_tier_pricing = src_dict["productTierPricing"]

        _obj.product_tier_support = src_dict["productTierSupport"]

        _obj.service_api_description = src_dict["serviceApiDescription"]

        _obj.service_api_id = src_dict["serviceApiId"]

        _obj.service_environment_id = src_dict["serviceEnvironmentId"]

        _obj.service_model_description = src_dict["serviceModelDescription"]

        _obj.service_model_id = src_dict["serviceModelId"]

        _obj.service_model_name = src_dict["serviceModelName"]

        _obj.tier_type = src_dict["tierType"]

        _obj.version_set_status = src_dict["versionSetStatus"]

        account_config_ids = cast(list[str], src_dict.get("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _active_account_config_ids = src_dict.get("activeAccountConfigIds", UNSET)
        active_account_config_ids: GetServicePlanResultActiveAccountConfigIds | Unset
        if isinstance(_active_account_config_ids, Unset):
            active_account_config_ids = UNSET
        else:
            active_account_config_ids = GetServicePlanResultActiveAccountConfigIds.from_dict(_active_account_config_ids)

        _obj.active_account_config_ids = active_account_config_ids

        aws_regions = cast(list[str], src_dict.get("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], src_dict.get("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        gcp_regions = cast(list[str], src_dict.get("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _product_tier_features = src_dict.get("productTierFeatures", UNSET)
        product_tier_features: GetServicePlanResultProductTierFeatures | Unset
        if isinstance(_product_tier_features, Unset):
            product_tier_features = UNSET
        else:
            product_tier_features = GetServicePlanResultProductTierFeatures.from_dict(_product_tier_features)

        _obj.product_tier_features = product_tier_features

        _service_model_features = src_dict.get("serviceModelFeatures", UNSET)
        service_model_features: list[ServiceModelFeatureDetail] | Unset = UNSET
        if _service_model_features is not UNSET:
            _service_model_features_item = ServiceModelFeatureDetail.from_dict
            service_model_features = [_service_model_features_item(item) for item in _service_model_features]

        _obj.service_model_features = service_model_features

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

        _obj.api_version = _pop("apiVersion")

        _obj.deployment_config_id = _pop("deploymentConfigId")

        _obj.has_pending_changes = _pop("hasPendingChanges")

        _obj.is_product_tier_disabled = _pop("isProductTierDisabled")

        _obj.latest_major_version = _pop("latestMajorVersion")

        _obj.model_type = _pop("modelType")

        _obj.product_tier_description = _pop("productTierDescription")

        _obj.product_tier_documentation = _pop("productTierDocumentation")

        _obj.product_tier_id = _pop("productTierId")

        _obj.product_tier_key = _pop("productTierKey")

        _obj.product_tier_name = _pop("productTierName")

        _obj.product_tier_plan_description = _pop("productTierPlanDescription")

        _obj.product_tier_pricing = _pop("productTierPricing")

        _obj.product_tier_support = _pop("productTierSupport")

        _obj.service_api_description = _pop("serviceApiDescription")

        _obj.service_api_id = _pop("serviceApiId")

        _obj.service_environment_id = _pop("serviceEnvironmentId")

        _obj.service_model_description = _pop("serviceModelDescription")

        _obj.service_model_id = _pop("serviceModelId")

        _obj.service_model_name = _pop("serviceModelName")

        _obj.tier_type = _pop("tierType")

        _obj.version_set_status = _pop("versionSetStatus")

        account_config_ids = cast(list[str], _pop("accountConfigIds", UNSET))

        _obj.account_config_ids = account_config_ids

        _active_account_config_ids = _pop("activeAccountConfigIds", UNSET)
        _obj.active_account_config_ids = (
            UNSET
            if _active_account_config_ids is UNSET
            else GetServicePlanResultActiveAccountConfigIds._from_json(_active_account_config_ids)
        )

        aws_regions = cast(list[str], _pop("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], _pop("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        gcp_regions = cast(list[str], _pop("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _product_tier_features = _pop("productTierFeatures", UNSET)
        _obj.product_tier_features = (
            UNSET
            if _product_tier_features is UNSET
            else GetServicePlanResultProductTierFeatures._from_json(_product_tier_features)
        )

        _service_model_features = _pop("serviceModelFeatures", UNSET)
        if _service_model_features is not UNSET:
            _service_model_features[:] = map(ServiceModelFeatureDetail._from_json, _service_model_features)
        _obj.service_model_features = _service_model_features

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
