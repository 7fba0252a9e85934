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
    from ..models.create_product_tier_request_export_usage_metering_config import (
        CreateProductTierRequestExportUsageMeteringConfig,
        CreateProductTierRequestExportUsageMeteringConfigDict,
    )
    from ..models.create_product_tier_request_price_per_unit import (
        CreateProductTierRequestPricePerUnit,
        CreateProductTierRequestPricePerUnitDict,
    )
    from ..models.payment_channel import PaymentChannel, PaymentChannelDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        CreateProductTierRequestExportUsageMeteringConfig, \
        CreateProductTierRequestPricePerUnit, \
        PaymentChannel
    from ..models.create_product_tier_request_export_usage_metering_config import (
        CreateProductTierRequestExportUsageMeteringConfig,  # noqa: PLC0415
    )
    from ..models.create_product_tier_request_price_per_unit import CreateProductTierRequestPricePerUnit  # noqa: PLC0415
    from ..models.payment_channel import PaymentChannel  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "name",
    "plan_description",
    "service_model_id",
    "tier_type",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "allow_creates_when_payment_not_configured",
    "auto_approve_subscription",
    "aws_regions",
    "azure_regions",
    "billing_product_id",
    "documentation",
    "export_usage_metering",
    "export_usage_metering_config",
    "gcp_regions",
    "is_disabled",
    "max_number_of_instances",
    "payment_channels",
    "price_per_unit",
    "pricing",
    "support",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "name",
        "planDescription",
        "serviceModelId",
        "tierType",
        "allowCreatesWhenPaymentNotConfigured",
        "autoApproveSubscription",
        "awsRegions",
        "azureRegions",
        "billingProductID",
        "documentation",
        "exportUsageMetering",
        "exportUsageMeteringConfig",
        "gcpRegions",
        "isDisabled",
        "maxNumberOfInstances",
        "paymentChannels",
        "pricePerUnit",
        "pricing",
        "support",
    }
)


# `CreateProductTierRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateProductTierRequest` is.
class CreateProductTierRequestDict(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    planDescription: Required[str]
    serviceModelId: Required[str]
    tierType: Required[str]
    allowCreatesWhenPaymentNotConfigured: bool
    autoApproveSubscription: bool
    awsRegions: list[str]
    azureRegions: list[str]
    billingProductID: str
    documentation: str
    exportUsageMetering: bool
    exportUsageMeteringConfig: CreateProductTierRequestExportUsageMeteringConfigDict
    gcpRegions: list[str]
    isDisabled: bool
    maxNumberOfInstances: int
    paymentChannels: list[PaymentChannelDict]
    pricePerUnit: CreateProductTierRequestPricePerUnitDict
    pricing: Any
    support: str


@_attrs_define(init=False, repr=False)
class CreateProductTierRequest:
    """Request body of CreateProductTier

    Attributes:
            description (str): A brief description of the product tier
            name (str): Name of the product tier
            plan_description (str): A brief description for the end user of the product tier
            service_model_id (str): Service model ID
            tier_type (str): Tier type
            allow_creates_when_payment_not_configured (bool | None): Allow creates when payment not configured
            auto_approve_subscription (bool | None): Auto approve subscription or not
            aws_regions (list[str] | None): The AWS regions that this product tier is available on
            azure_regions (list[str] | None): The Azure regions that this product tier is available on
            billing_product_id (str | None): Optional billing product ID for tax purposes
            documentation (str | None): Documentation
            export_usage_metering (bool | None): Export usage metering data
            export_usage_metering_config (CreateProductTierRequestExportUsageMeteringConfig | None): Export usage metering data configuration
            gcp_regions (list[str] | None): The GCP regions that this product tier is available on
            is_disabled (bool | None): Create the product tier in a disabled state. Enabling the product tier will let end-customers
                subscribe and use the service plan.
            max_number_of_instances (int | None): Maximum number of instances
            payment_channels (list[PaymentChannel] | None): Payment channels
            price_per_unit (CreateProductTierRequestPricePerUnit | None): Price per unit.
            pricing (Any | None): Pricing
            support (str | None): Support
    """

    description: str
    name: str
    plan_description: str
    service_model_id: str
    tier_type: str
    allow_creates_when_payment_not_configured: bool | None = None
    auto_approve_subscription: bool | None = None
    aws_regions: list[str] | None = None
    azure_regions: list[str] | None = None
    billing_product_id: str | None = None
    documentation: str | None = None
    export_usage_metering: bool | None = None
    export_usage_metering_config: CreateProductTierRequestExportUsageMeteringConfig | None = None
    gcp_regions: list[str] | None = None
    is_disabled: bool | None = None
    max_number_of_instances: int | None = None
    payment_channels: list[PaymentChannel] | None = None
    price_per_unit: CreateProductTierRequestPricePerUnit | None = None
    pricing: Any | None = None
    support: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        name: str,
        plan_description: str,
        service_model_id: str,
        tier_type: str,
        allow_creates_when_payment_not_configured: bool | None | Unset = UNSET,
        auto_approve_subscription: bool | None | Unset = UNSET,
        aws_regions: list[str] | None | Unset = UNSET,
        azure_regions: list[str] | None | Unset = UNSET,
        billing_product_id: str | None | Unset = UNSET,
        documentation: str | None | Unset = UNSET,
        export_usage_metering: bool | None | Unset = UNSET,
        export_usage_metering_config: CreateProductTierRequestExportUsageMeteringConfig
        | CreateProductTierRequestExportUsageMeteringConfigDict
        | None
        | Unset = UNSET,
        gcp_regions: list[str] | None | Unset = UNSET,
        is_disabled: bool | None | Unset = UNSET,
        max_number_of_instances: int | None | Unset = UNSET,
        payment_channels: Sequence[PaymentChannel | PaymentChannelDict] | None | Unset = UNSET,
        price_per_unit: CreateProductTierRequestPricePerUnit
        | CreateProductTierRequestPricePerUnitDict
        | None
        | Unset = UNSET,
        pricing: Any | None | Unset = UNSET,
        support: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.name = name
        self.plan_description = plan_description
        self.service_model_id = service_model_id
        self.tier_type = tier_type
        self.allow_creates_when_payment_not_configured = (
            None
            if allow_creates_when_payment_not_configured is None
            or isinstance(allow_creates_when_payment_not_configured, Unset)
            else allow_creates_when_payment_not_configured
        )
        if allow_creates_when_payment_not_configured is None:
            _nulls_given.append("allow_creates_when_payment_not_configured")
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
        self.documentation = None if documentation is None or isinstance(documentation, Unset) else documentation
        if documentation is None:
            _nulls_given.append("documentation")
        self.export_usage_metering = (
            None if export_usage_metering is None or isinstance(export_usage_metering, Unset) else export_usage_metering
        )
        if export_usage_metering is None:
            _nulls_given.append("export_usage_metering")
        self.export_usage_metering_config = (
            None
            if export_usage_metering_config is None or isinstance(export_usage_metering_config, Unset)
            else export_usage_metering_config
            if isinstance(export_usage_metering_config, CreateProductTierRequestExportUsageMeteringConfig)
            else CreateProductTierRequestExportUsageMeteringConfig.from_dict(export_usage_metering_config)
        )
        if export_usage_metering_config is None:
            _nulls_given.append("export_usage_metering_config")
        self.gcp_regions = None if gcp_regions is None or isinstance(gcp_regions, Unset) else gcp_regions
        if gcp_regions is None:
            _nulls_given.append("gcp_regions")
        self.is_disabled = None if is_disabled is None or isinstance(is_disabled, Unset) else is_disabled
        if is_disabled is None:
            _nulls_given.append("is_disabled")
        self.max_number_of_instances = (
            None
            if max_number_of_instances is None or isinstance(max_number_of_instances, Unset)
            else max_number_of_instances
        )
        if max_number_of_instances is None:
            _nulls_given.append("max_number_of_instances")
        self.payment_channels = (
            None
            if payment_channels is None or isinstance(payment_channels, Unset)
            else [
                _item if isinstance(_item, PaymentChannel) else PaymentChannel.from_dict(_item)
                for _item in payment_channels
            ]
        )
        if payment_channels is None:
            _nulls_given.append("payment_channels")
        self.price_per_unit = (
            None
            if price_per_unit is None or isinstance(price_per_unit, Unset)
            else price_per_unit
            if isinstance(price_per_unit, CreateProductTierRequestPricePerUnit)
            else CreateProductTierRequestPricePerUnit.from_dict(price_per_unit)
        )
        if price_per_unit is None:
            _nulls_given.append("price_per_unit")
        self.pricing = None if pricing is None or isinstance(pricing, Unset) else pricing
        if pricing is None:
            _nulls_given.append("pricing")
        self.support = None if support is None or isinstance(support, Unset) else support
        if support is None:
            _nulls_given.append("support")
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
        field_dict["name"] = self.name
        field_dict["planDescription"] = self.plan_description
        field_dict["serviceModelId"] = self.service_model_id
        field_dict["tierType"] = self.tier_type
        if self.allow_creates_when_payment_not_configured is not None:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = self.allow_creates_when_payment_not_configured
        elif "allow_creates_when_payment_not_configured" in self._nulls:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = None
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
        if self.documentation is not None:
            field_dict["documentation"] = self.documentation
        elif "documentation" in self._nulls:
            field_dict["documentation"] = None
        if self.export_usage_metering is not None:
            field_dict["exportUsageMetering"] = self.export_usage_metering
        elif "export_usage_metering" in self._nulls:
            field_dict["exportUsageMetering"] = None
        if self.export_usage_metering_config is not None:
            field_dict["exportUsageMeteringConfig"] = self.export_usage_metering_config.to_dict()
        elif "export_usage_metering_config" in self._nulls:
            field_dict["exportUsageMeteringConfig"] = None
        if self.gcp_regions is not None:
            field_dict["gcpRegions"] = list(self.gcp_regions)
        elif "gcp_regions" in self._nulls:
            field_dict["gcpRegions"] = None
        if self.is_disabled is not None:
            field_dict["isDisabled"] = self.is_disabled
        elif "is_disabled" in self._nulls:
            field_dict["isDisabled"] = None
        if self.max_number_of_instances is not None:
            field_dict["maxNumberOfInstances"] = self.max_number_of_instances
        elif "max_number_of_instances" in self._nulls:
            field_dict["maxNumberOfInstances"] = None
        if self.payment_channels is not None:
            field_dict["paymentChannels"] = [_item.to_dict() for _item in self.payment_channels]
        elif "payment_channels" in self._nulls:
            field_dict["paymentChannels"] = None
        if self.price_per_unit is not None:
            field_dict["pricePerUnit"] = self.price_per_unit.to_dict()
        elif "price_per_unit" in self._nulls:
            field_dict["pricePerUnit"] = None
        if self.pricing is not None:
            field_dict["pricing"] = _m.dump(self.pricing)
        elif "pricing" in self._nulls:
            field_dict["pricing"] = None
        if self.support is not None:
            field_dict["support"] = self.support
        elif "support" in self._nulls:
            field_dict["support"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateProductTierRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateProductTierRequest")

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

            _f = "serviceModelId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

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
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i8, _x8 in enumerate(_l8):
                    if type(_x8) is not str and not isinstance(_x8, str):
                        raise _m.bad("a string", _x8).at_index(_i8)
                _obj.aws_regions = _l8[:]

            _f = "azureRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_regions = None
            else:
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i9, _x9 in enumerate(_l9):
                    if type(_x9) is not str and not isinstance(_x9, str):
                        raise _m.bad("a string", _x9).at_index(_i9)
                _obj.azure_regions = _l9[:]

            _f = "billingProductID"
            _v = _get(_f, None)
            if _v is None:
                _obj.billing_product_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.billing_product_id = _v

            _f = "documentation"
            _v = _get(_f, None)
            if _v is None:
                _obj.documentation = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.documentation = _v

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
                _obj.export_usage_metering_config = CreateProductTierRequestExportUsageMeteringConfig._parse(_v)

            _f = "gcpRegions"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _l14: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i14, _x14 in enumerate(_l14):
                    if type(_x14) is not str and not isinstance(_x14, str):
                        raise _m.bad("a string", _x14).at_index(_i14)
                _obj.gcp_regions = _l14[:]

            _f = "isDisabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.is_disabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.is_disabled = _v

            _f = "maxNumberOfInstances"
            _v = _get(_f, None)
            if _v is None:
                _obj.max_number_of_instances = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.max_number_of_instances = _v

            _f = "paymentChannels"
            _v = _get(_f, None)
            if _v is None:
                _obj.payment_channels = None
            else:
                _l17: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it17 = iter(_l17)
                try:
                    _l17 = list(map(PaymentChannel._parse, _it17))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l17, _it17)) from None
                _obj.payment_channels = _l17

            _f = "pricePerUnit"
            _v = _get(_f, None)
            if _v is None:
                _obj.price_per_unit = None
            else:
                _obj.price_per_unit = CreateProductTierRequestPricePerUnit._parse(_v)

            _f = "pricing"
            _v = _get(_f, None)
            if _v is None:
                _obj.pricing = None
            else:
                _obj.pricing = _v

            _f = "support"
            _v = _get(_f, None)
            if _v is None:
                _obj.support = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.support = _v

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
        _n = 5
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

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

            _f = "serviceModelId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_model_id = _v

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
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i8, _x8 in enumerate(_l8):
                    if type(_x8) is not str and not isinstance(_x8, str):
                        raise _m.bad("a string", _x8).at_index(_i8)
                _obj.aws_regions = _l8

            _f = "azureRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_regions = None
            else:
                _n += 1
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i9, _x9 in enumerate(_l9):
                    if type(_x9) is not str and not isinstance(_x9, str):
                        raise _m.bad("a string", _x9).at_index(_i9)
                _obj.azure_regions = _l9

            _f = "billingProductID"
            _v = src.get(_f)
            if _v is None:
                _obj.billing_product_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.billing_product_id = _v

            _f = "documentation"
            _v = src.get(_f)
            if _v is None:
                _obj.documentation = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.documentation = _v

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
                _obj.export_usage_metering_config = CreateProductTierRequestExportUsageMeteringConfig._from_json(_v)

            _f = "gcpRegions"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_regions = None
            else:
                _n += 1
                _l14: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i14, _x14 in enumerate(_l14):
                    if type(_x14) is not str and not isinstance(_x14, str):
                        raise _m.bad("a string", _x14).at_index(_i14)
                _obj.gcp_regions = _l14

            _f = "isDisabled"
            _v = src.get(_f)
            if _v is None:
                _obj.is_disabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.is_disabled = _v

            _f = "maxNumberOfInstances"
            _v = src.get(_f)
            if _v is None:
                _obj.max_number_of_instances = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.max_number_of_instances = _v

            _f = "paymentChannels"
            _v = src.get(_f)
            if _v is None:
                _obj.payment_channels = None
            else:
                _n += 1
                _l17: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it17 = iter(_l17)
                try:
                    _l17[:] = map(PaymentChannel._from_json, _it17)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l17, _it17)) from None
                _obj.payment_channels = _l17

            _f = "pricePerUnit"
            _v = src.get(_f)
            if _v is None:
                _obj.price_per_unit = None
            else:
                _n += 1
                _obj.price_per_unit = CreateProductTierRequestPricePerUnit._from_json(_v)

            _f = "pricing"
            _v = src.get(_f)
            if _v is None:
                _obj.pricing = None
            else:
                _n += 1
                _obj.pricing = _v

            _f = "support"
            _v = src.get(_f)
            if _v is None:
                _obj.support = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.support = _v

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
