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
    from ..models.get_service_plan_result_active_account_config_ids import (
        GetServicePlanResultActiveAccountConfigIds,
        GetServicePlanResultActiveAccountConfigIdsDict,
    )
    from ..models.get_service_plan_result_product_tier_features import (
        GetServicePlanResultProductTierFeatures,
        GetServicePlanResultProductTierFeaturesDict,
    )
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail, ServiceModelFeatureDetailDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        GetServicePlanResultActiveAccountConfigIds, \
        GetServicePlanResultProductTierFeatures, \
        ServiceModelFeatureDetail
    from ..models.get_service_plan_result_active_account_config_ids import GetServicePlanResultActiveAccountConfigIds  # noqa: PLC0415
    from ..models.get_service_plan_result_product_tier_features import GetServicePlanResultProductTierFeatures  # noqa: PLC0415
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "auto_approve_subscription",
    "api_version",
    "deployment_config_id",
    "has_pending_changes",
    "is_product_tier_disabled",
    "latest_major_version",
    "model_type",
    "product_tier_description",
    "product_tier_documentation",
    "product_tier_id",
    "product_tier_key",
    "product_tier_name",
    "product_tier_plan_description",
    "product_tier_pricing",
    "product_tier_support",
    "service_api_description",
    "service_api_id",
    "service_environment_id",
    "service_model_description",
    "service_model_id",
    "service_model_name",
    "tier_type",
    "version_set_status",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "account_config_ids",
    "active_account_config_ids",
    "aws_regions",
    "azure_regions",
    "gcp_regions",
    "product_tier_features",
    "service_model_features",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `GetServicePlanResult` as a plain mapping of its JSON shape, accepted wherever a `GetServicePlanResult` is.
class GetServicePlanResultDict(TypedDict, total=False):
    AutoApproveSubscription: Required[bool]
    apiVersion: Required[str]
    deploymentConfigId: Required[str]
    hasPendingChanges: Required[bool]
    isProductTierDisabled: Required[bool]
    latestMajorVersion: Required[str]
    modelType: Required[str]
    productTierDescription: Required[str]
    productTierDocumentation: Required[str]
    productTierId: Required[str]
    productTierKey: Required[str]
    productTierName: Required[str]
    productTierPlanDescription: Required[str]
    productTierPricing: Required[Any]
    productTierSupport: Required[str]
    serviceApiDescription: Required[str]
    serviceApiId: Required[str]
    serviceEnvironmentId: Required[str]
    serviceModelDescription: Required[str]
    serviceModelId: Required[str]
    serviceModelName: Required[str]
    tierType: Required[str]
    versionSetStatus: Required[str]
    accountConfigIds: list[str]
    activeAccountConfigIds: GetServicePlanResultActiveAccountConfigIdsDict
    awsRegions: list[str]
    azureRegions: list[str]
    gcpRegions: list[str]
    productTierFeatures: GetServicePlanResultProductTierFeaturesDict
    serviceModelFeatures: list[ServiceModelFeatureDetailDict]


@_attrs_define(init=False, repr=False)
class GetServicePlanResult:
    """Attributes:
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
    account_config_ids (list[str] | None): The infrastructure account configuration ID list
    active_account_config_ids (GetServicePlanResultActiveAccountConfigIds | None): The active infrastructure account configuration IDs per cloud provider
    aws_regions (list[str] | None): The AWS regions that this service plan is available on
    azure_regions (list[str] | None): The Azure regions that this service plan is available on
    gcp_regions (list[str] | None): The GCP regions that this service plan is available on
    product_tier_features (GetServicePlanResultProductTierFeatures | None): The features that are enabled / disabled for this product tier
    service_model_features (list[ServiceModelFeatureDetail] | None): Enabled service model features
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
    account_config_ids: list[str] | None = None
    active_account_config_ids: GetServicePlanResultActiveAccountConfigIds | None = None
    aws_regions: list[str] | None = None
    azure_regions: list[str] | None = None
    gcp_regions: list[str] | None = None
    product_tier_features: GetServicePlanResultProductTierFeatures | None = None
    service_model_features: list[ServiceModelFeatureDetail] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        auto_approve_subscription: bool,
        api_version: str,
        deployment_config_id: str,
        has_pending_changes: bool,
        is_product_tier_disabled: bool,
        latest_major_version: str,
        model_type: str,
        product_tier_description: str,
        product_tier_documentation: str,
        product_tier_id: str,
        product_tier_key: str,
        product_tier_name: str,
        product_tier_plan_description: str,
        product_tier_pricing: Any,
        product_tier_support: str,
        service_api_description: str,
        service_api_id: str,
        service_environment_id: str,
        service_model_description: str,
        service_model_id: str,
        service_model_name: str,
        tier_type: str,
        version_set_status: str,
        account_config_ids: list[str] | None | Unset = UNSET,
        active_account_config_ids: GetServicePlanResultActiveAccountConfigIds
        | GetServicePlanResultActiveAccountConfigIdsDict
        | None
        | Unset = UNSET,
        aws_regions: list[str] | None | Unset = UNSET,
        azure_regions: list[str] | None | Unset = UNSET,
        gcp_regions: list[str] | None | Unset = UNSET,
        product_tier_features: GetServicePlanResultProductTierFeatures
        | GetServicePlanResultProductTierFeaturesDict
        | None
        | Unset = UNSET,
        service_model_features: Sequence[ServiceModelFeatureDetail | ServiceModelFeatureDetailDict]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.auto_approve_subscription = auto_approve_subscription
        self.api_version = api_version
        self.deployment_config_id = deployment_config_id
        self.has_pending_changes = has_pending_changes
        self.is_product_tier_disabled = is_product_tier_disabled
        self.latest_major_version = latest_major_version
        self.model_type = model_type
        self.product_tier_description = product_tier_description
        self.product_tier_documentation = product_tier_documentation
        self.product_tier_id = product_tier_id
        self.product_tier_key = product_tier_key
        self.product_tier_name = product_tier_name
        self.product_tier_plan_description = product_tier_plan_description
        self.product_tier_pricing = product_tier_pricing
        self.product_tier_support = product_tier_support
        self.service_api_description = service_api_description
        self.service_api_id = service_api_id
        self.service_environment_id = service_environment_id
        self.service_model_description = service_model_description
        self.service_model_id = service_model_id
        self.service_model_name = service_model_name
        self.tier_type = tier_type
        self.version_set_status = version_set_status
        self.account_config_ids = (
            None if account_config_ids is None or isinstance(account_config_ids, Unset) else account_config_ids
        )
        if account_config_ids is None:
            _nulls_given.append("account_config_ids")
        self.active_account_config_ids = (
            None
            if active_account_config_ids is None or isinstance(active_account_config_ids, Unset)
            else active_account_config_ids
            if isinstance(active_account_config_ids, GetServicePlanResultActiveAccountConfigIds)
            else GetServicePlanResultActiveAccountConfigIds.from_dict(active_account_config_ids)
        )
        if active_account_config_ids is None:
            _nulls_given.append("active_account_config_ids")
        self.aws_regions = None if aws_regions is None or isinstance(aws_regions, Unset) else aws_regions
        if aws_regions is None:
            _nulls_given.append("aws_regions")
        self.azure_regions = None if azure_regions is None or isinstance(azure_regions, Unset) else azure_regions
        if azure_regions is None:
            _nulls_given.append("azure_regions")
        self.gcp_regions = None if gcp_regions is None or isinstance(gcp_regions, Unset) else gcp_regions
        if gcp_regions is None:
            _nulls_given.append("gcp_regions")
        self.product_tier_features = (
            None
            if product_tier_features is None or isinstance(product_tier_features, Unset)
            else product_tier_features
            if isinstance(product_tier_features, GetServicePlanResultProductTierFeatures)
            else GetServicePlanResultProductTierFeatures.from_dict(product_tier_features)
        )
        if product_tier_features is None:
            _nulls_given.append("product_tier_features")
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
        field_dict["apiVersion"] = self.api_version
        field_dict["deploymentConfigId"] = self.deployment_config_id
        field_dict["hasPendingChanges"] = self.has_pending_changes
        field_dict["isProductTierDisabled"] = self.is_product_tier_disabled
        field_dict["latestMajorVersion"] = self.latest_major_version
        field_dict["modelType"] = self.model_type
        field_dict["productTierDescription"] = self.product_tier_description
        field_dict["productTierDocumentation"] = self.product_tier_documentation
        field_dict["productTierId"] = self.product_tier_id
        field_dict["productTierKey"] = self.product_tier_key
        field_dict["productTierName"] = self.product_tier_name
        field_dict["productTierPlanDescription"] = self.product_tier_plan_description
        field_dict["productTierPricing"] = _m.dump(self.product_tier_pricing)
        field_dict["productTierSupport"] = self.product_tier_support
        field_dict["serviceApiDescription"] = self.service_api_description
        field_dict["serviceApiId"] = self.service_api_id
        field_dict["serviceEnvironmentId"] = self.service_environment_id
        field_dict["serviceModelDescription"] = self.service_model_description
        field_dict["serviceModelId"] = self.service_model_id
        field_dict["serviceModelName"] = self.service_model_name
        field_dict["tierType"] = self.tier_type
        field_dict["versionSetStatus"] = self.version_set_status
        if self.account_config_ids is not None:
            field_dict["accountConfigIds"] = list(self.account_config_ids)
        elif "account_config_ids" in self._nulls:
            field_dict["accountConfigIds"] = None
        if self.active_account_config_ids is not None:
            field_dict["activeAccountConfigIds"] = self.active_account_config_ids.to_dict()
        elif "active_account_config_ids" in self._nulls:
            field_dict["activeAccountConfigIds"] = None
        if self.aws_regions is not None:
            field_dict["awsRegions"] = list(self.aws_regions)
        elif "aws_regions" in self._nulls:
            field_dict["awsRegions"] = None
        if self.azure_regions is not None:
            field_dict["azureRegions"] = list(self.azure_regions)
        elif "azure_regions" in self._nulls:
            field_dict["azureRegions"] = None
        if self.gcp_regions is not None:
            field_dict["gcpRegions"] = list(self.gcp_regions)
        elif "gcp_regions" in self._nulls:
            field_dict["gcpRegions"] = None
        if self.product_tier_features is not None:
            field_dict["productTierFeatures"] = self.product_tier_features.to_dict()
        elif "product_tier_features" in self._nulls:
            field_dict["productTierFeatures"] = None
        if self.service_model_features is not None:
            field_dict["serviceModelFeatures"] = [_item.to_dict() for _item in self.service_model_features]
        elif "service_model_features" in self._nulls:
            field_dict["serviceModelFeatures"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GetServicePlanResult")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GetServicePlanResult")

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

            _f = "apiVersion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.api_version = _v

            _f = "deploymentConfigId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.deployment_config_id = _v

            _f = "hasPendingChanges"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.has_pending_changes = _v

            _f = "isProductTierDisabled"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_product_tier_disabled = _v

            _f = "latestMajorVersion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.latest_major_version = _v

            _f = "modelType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.model_type = _v

            _f = "productTierDescription"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_description = _v

            _f = "productTierDocumentation"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_documentation = _v

            _f = "productTierId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierKey"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_key = _v

            _f = "productTierName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "productTierPlanDescription"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_plan_description = _v

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

            _f = "serviceApiDescription"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_description = _v

            _f = "serviceApiId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_id = _v

            _f = "serviceEnvironmentId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_id = _v

            _f = "serviceModelDescription"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_description = _v

            _f = "serviceModelId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "serviceModelName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_name = _v

            _f = "tierType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.tier_type = _v

            _f = "versionSetStatus"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.version_set_status = _v

            _f = "accountConfigIds"
            _v = _get(_f, None)
            if _v is None:
                _obj.account_config_ids = None
            else:
                _l24: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i24, _x24 in enumerate(_l24):
                    if type(_x24) is not str and not isinstance(_x24, str):
                        raise _m.bad("a string", _x24).at_index(_i24)
                _obj.account_config_ids = _l24[:]

            _f = "activeAccountConfigIds"
            _v = _get(_f, None)
            if _v is None:
                _obj.active_account_config_ids = None
            else:
                _obj.active_account_config_ids = GetServicePlanResultActiveAccountConfigIds._parse(_v)

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

            _f = "gcpRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _l28: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i28, _x28 in enumerate(_l28):
                    if type(_x28) is not str and not isinstance(_x28, str):
                        raise _m.bad("a string", _x28).at_index(_i28)
                _obj.gcp_regions = _l28[:]

            _f = "productTierFeatures"
            _v = _get(_f, None)
            if _v is None:
                _obj.product_tier_features = None
            else:
                _obj.product_tier_features = GetServicePlanResultProductTierFeatures._parse(_v)

            _f = "serviceModelFeatures"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_model_features = None
            else:
                _l30: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it30 = iter(_l30)
                try:
                    _l30 = list(map(ServiceModelFeatureDetail._parse, _it30))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l30, _it30)) from None
                _obj.service_model_features = _l30

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

            _f = "apiVersion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.api_version = _v

            _f = "deploymentConfigId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.deployment_config_id = _v

            _f = "hasPendingChanges"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.has_pending_changes = _v

            _f = "isProductTierDisabled"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_product_tier_disabled = _v

            _f = "latestMajorVersion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.latest_major_version = _v

            _f = "modelType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.model_type = _v

            _f = "productTierDescription"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_description = _v

            _f = "productTierDocumentation"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_documentation = _v

            _f = "productTierId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierKey"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_key = _v

            _f = "productTierName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "productTierPlanDescription"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_plan_description = _v

            _f = "productTierPricing"
            _v = src[_f]
            _obj.product_tier_pricing = _v

            _f = "productTierSupport"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_support = _v

            _f = "serviceApiDescription"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_description = _v

            _f = "serviceApiId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_id = _v

            _f = "serviceEnvironmentId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_id = _v

            _f = "serviceModelDescription"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_description = _v

            _f = "serviceModelId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

            _f = "serviceModelName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_name = _v

            _f = "tierType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.tier_type = _v

            _f = "versionSetStatus"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.version_set_status = _v

            _f = "accountConfigIds"
            _v = src.get(_f)
            if _v is None:
                _obj.account_config_ids = None
            else:
                _n += 1
                _l24: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i24, _x24 in enumerate(_l24):
                    if type(_x24) is not str and not isinstance(_x24, str):
                        raise _m.bad("a string", _x24).at_index(_i24)
                _obj.account_config_ids = _l24

            _f = "activeAccountConfigIds"
            _v = src.get(_f)
            if _v is None:
                _obj.active_account_config_ids = None
            else:
                _n += 1
                _obj.active_account_config_ids = GetServicePlanResultActiveAccountConfigIds._from_json(_v)

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

            _f = "gcpRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _n += 1
                _l28: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i28, _x28 in enumerate(_l28):
                    if type(_x28) is not str and not isinstance(_x28, str):
                        raise _m.bad("a string", _x28).at_index(_i28)
                _obj.gcp_regions = _l28

            _f = "productTierFeatures"
            _v = src.get(_f)
            if _v is None:
                _obj.product_tier_features = None
            else:
                _n += 1
                _obj.product_tier_features = GetServicePlanResultProductTierFeatures._from_json(_v)

            _f = "serviceModelFeatures"
            _v = src.get(_f)
            if _v is None:
                _obj.service_model_features = None
            else:
                _n += 1
                _l30: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it30 = iter(_l30)
                try:
                    _l30[:] = map(ServiceModelFeatureDetail._from_json, _it30)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l30, _it30)) from None
                _obj.service_model_features = _l30

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
