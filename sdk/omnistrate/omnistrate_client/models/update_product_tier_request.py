from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_channel import PaymentChannel
    from ..models.update_product_tier_request_export_usage_metering_config import (
        UpdateProductTierRequestExportUsageMeteringConfig,
    )
    from ..models.update_product_tier_request_price_per_unit import UpdateProductTierRequestPricePerUnit

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        PaymentChannel, \
        UpdateProductTierRequestExportUsageMeteringConfig, \
        UpdateProductTierRequestPricePerUnit
    from ..models.payment_channel import PaymentChannel  # noqa: PLC0415
    from ..models.update_product_tier_request_export_usage_metering_config import (
        UpdateProductTierRequestExportUsageMeteringConfig,  # noqa: PLC0415
    )
    from ..models.update_product_tier_request_price_per_unit import UpdateProductTierRequestPricePerUnit  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateProductTierRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "allowCreatesWhenPaymentNotConfigured",
        "autoApproveSubscription",
        "awsRegions",
        "azureRegions",
        "billingProductID",
        "description",
        "documentation",
        "exportUsageMetering",
        "exportUsageMeteringConfig",
        "gcpRegions",
        "isDisabled",
        "maxNumberOfInstances",
        "name",
        "paymentChannels",
        "planDescription",
        "pricePerUnit",
        "pricing",
        "support",
        "tierType",
    }
)


@_attrs_define
class UpdateProductTierRequest:
    """Request body of UpdateProductTier

    Attributes:
        allow_creates_when_payment_not_configured (bool | Unset): Allow creates when payment not configured
        auto_approve_subscription (bool | Unset): Auto approve subscription or not
        aws_regions (list[str] | Unset): The AWS regions that this product tier is available on
        azure_regions (list[str] | Unset): The Azure regions that this product tier is available on
        billing_product_id (str | Unset): Optional billing product ID for tax purposes
        description (str | Unset): A brief description of the product tier
        documentation (str | Unset): Documentation
        export_usage_metering (bool | Unset): Export usage metering data
        export_usage_metering_config (UpdateProductTierRequestExportUsageMeteringConfig | Unset): Export usage metering
            data configuration
        gcp_regions (list[str] | Unset): The GCP regions that this product tier is available on
        is_disabled (bool | Unset): Update the product tier's state as enabled/disabled. Enabling the product tier will
            let end-customers subscribe and use the service plan.
        max_number_of_instances (int | Unset): Maximum number of instances. Set to -1 for unlimited.
        name (str | Unset): Name of the product tier
        payment_channels (list[PaymentChannel] | Unset): Payment channels
        plan_description (str | Unset): A brief description for the end user of the product tier
        price_per_unit (UpdateProductTierRequestPricePerUnit | Unset): Price per unit.
        pricing (Any | Unset): Pricing
        support (str | Unset): Support
        tier_type (str | Unset): Tier type
    """

    allow_creates_when_payment_not_configured: bool | Unset = UNSET
    auto_approve_subscription: bool | Unset = UNSET
    aws_regions: list[str] | Unset = UNSET
    azure_regions: list[str] | Unset = UNSET
    billing_product_id: str | Unset = UNSET
    description: str | Unset = UNSET
    documentation: str | Unset = UNSET
    export_usage_metering: bool | Unset = UNSET
    export_usage_metering_config: UpdateProductTierRequestExportUsageMeteringConfig | Unset = UNSET
    gcp_regions: list[str] | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    max_number_of_instances: int | Unset = UNSET
    name: str | Unset = UNSET
    payment_channels: list[PaymentChannel] | Unset = UNSET
    plan_description: str | Unset = UNSET
    price_per_unit: UpdateProductTierRequestPricePerUnit | Unset = UNSET
    pricing: Any | Unset = UNSET
    support: str | Unset = UNSET
    tier_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        allow_creates_when_payment_not_configured = self.allow_creates_when_payment_not_configured

        auto_approve_subscription = self.auto_approve_subscription

        aws_regions: list[str] | Unset = UNSET
        if not isinstance(self.aws_regions, Unset):
            aws_regions = self.aws_regions

        azure_regions: list[str] | Unset = UNSET
        if not isinstance(self.azure_regions, Unset):
            azure_regions = self.azure_regions

        billing_product_id = self.billing_product_id

        description = self.description

        documentation = self.documentation

        export_usage_metering = self.export_usage_metering

        export_usage_metering_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_usage_metering_config, Unset):
            export_usage_metering_config = self.export_usage_metering_config.to_dict()

        gcp_regions: list[str] | Unset = UNSET
        if not isinstance(self.gcp_regions, Unset):
            gcp_regions = self.gcp_regions

        is_disabled = self.is_disabled

        max_number_of_instances = self.max_number_of_instances

        name = self.name

        payment_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_channels, Unset):
            payment_channels = []
            for payment_channels_item_data in self.payment_channels:
                payment_channels_item = payment_channels_item_data.to_dict()
                payment_channels.append(payment_channels_item)

        plan_description = self.plan_description

        price_per_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_per_unit, Unset):
            price_per_unit = self.price_per_unit.to_dict()

        pricing = self.pricing

        support = self.support

        tier_type = self.tier_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_creates_when_payment_not_configured is not UNSET:
            field_dict["allowCreatesWhenPaymentNotConfigured"] = allow_creates_when_payment_not_configured
        if auto_approve_subscription is not UNSET:
            field_dict["autoApproveSubscription"] = auto_approve_subscription
        if aws_regions is not UNSET:
            field_dict["awsRegions"] = aws_regions
        if azure_regions is not UNSET:
            field_dict["azureRegions"] = azure_regions
        if billing_product_id is not UNSET:
            field_dict["billingProductID"] = billing_product_id
        if description is not UNSET:
            field_dict["description"] = description
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if export_usage_metering is not UNSET:
            field_dict["exportUsageMetering"] = export_usage_metering
        if export_usage_metering_config is not UNSET:
            field_dict["exportUsageMeteringConfig"] = export_usage_metering_config
        if gcp_regions is not UNSET:
            field_dict["gcpRegions"] = gcp_regions
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if max_number_of_instances is not UNSET:
            field_dict["maxNumberOfInstances"] = max_number_of_instances
        if name is not UNSET:
            field_dict["name"] = name
        if payment_channels is not UNSET:
            field_dict["paymentChannels"] = payment_channels
        if plan_description is not UNSET:
            field_dict["planDescription"] = plan_description
        if price_per_unit is not UNSET:
            field_dict["pricePerUnit"] = price_per_unit
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if support is not UNSET:
            field_dict["support"] = support
        if tier_type is not UNSET:
            field_dict["tierType"] = tier_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.allow_creates_when_payment_not_configured = src_dict.get("allowCreatesWhenPaymentNotConfigured", UNSET)

        _obj.auto_approve_subscription = src_dict.get("autoApproveSubscription", UNSET)

        aws_regions = cast(list[str], src_dict.get("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], src_dict.get("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        _obj.billing_product_id = src_dict.get("billingProductID", UNSET)

        _obj.description = src_dict.get("description", UNSET)

        _obj.documentation = src_dict.get("documentation", UNSET)

        _obj.export_usage_metering = src_dict.get("exportUsageMetering", UNSET)

        _export_usage_metering_config = src_dict.get("exportUsageMeteringConfig", UNSET)
        export_usage_metering_config: UpdateProductTierRequestExportUsageMeteringConfig | Unset
        if isinstance(_export_usage_metering_config, Unset):
            export_usage_metering_config = UNSET
        else:
            export_usage_metering_config = UpdateProductTierRequestExportUsageMeteringConfig.from_dict(
                _export_usage_metering_config
            )

        _obj.export_usage_metering_config = export_usage_metering_config

        gcp_regions = cast(list[str], src_dict.get("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _obj.is_disabled = src_dict.get("isDisabled", UNSET)

        _obj.max_number_of_instances = src_dict.get("maxNumberOfInstances", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _payment_channels = src_dict.get("paymentChannels", UNSET)
        payment_channels: list[PaymentChannel] | Unset = UNSET
        if _payment_channels is not UNSET:
            _payment_channels_item = PaymentChannel.from_dict
            payment_channels = [_payment_channels_item(item) for item in _payment_channels]

        _obj.payment_channels = payment_channels

        _obj.plan_description = src_dict.get("planDescription", UNSET)

        _price_per_unit = src_dict.get("pricePerUnit", UNSET)
        price_per_unit: UpdateProductTierRequestPricePerUnit | Unset
        if isinstance(_price_per_unit, Unset):
            price_per_unit = UNSET
        else:
            price_per_unit = UpdateProductTierRequestPricePerUnit.from_dict(_price_per_unit)

        _obj.price_per_unit = price_per_unit

        _obj.pricing = src_dict.get("pricing", UNSET)

        _obj.support = src_dict.get("support", UNSET)

        _obj.tier_type = src_dict.get("tierType", UNSET)

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
        _obj.allow_creates_when_payment_not_configured = _pop("allowCreatesWhenPaymentNotConfigured", UNSET)

        _obj.auto_approve_subscription = _pop("autoApproveSubscription", UNSET)

        aws_regions = cast(list[str], _pop("awsRegions", UNSET))

        _obj.aws_regions = aws_regions

        azure_regions = cast(list[str], _pop("azureRegions", UNSET))

        _obj.azure_regions = azure_regions

        _obj.billing_product_id = _pop("billingProductID", UNSET)

        _obj.description = _pop("description", UNSET)

        _obj.documentation = _pop("documentation", UNSET)

        _obj.export_usage_metering = _pop("exportUsageMetering", UNSET)

        _export_usage_metering_config = _pop("exportUsageMeteringConfig", UNSET)
        _obj.export_usage_metering_config = (
            UNSET
            if _export_usage_metering_config is UNSET
            else UpdateProductTierRequestExportUsageMeteringConfig._from_json(_export_usage_metering_config)
        )

        gcp_regions = cast(list[str], _pop("gcpRegions", UNSET))

        _obj.gcp_regions = gcp_regions

        _obj.is_disabled = _pop("isDisabled", UNSET)

        _obj.max_number_of_instances = _pop("maxNumberOfInstances", UNSET)

        _obj.name = _pop("name", UNSET)

        _payment_channels = _pop("paymentChannels", UNSET)
        if _payment_channels is not UNSET:
            _payment_channels[:] = map(PaymentChannel._from_json, _payment_channels)
        _obj.payment_channels = _payment_channels

        _obj.plan_description = _pop("planDescription", UNSET)

        _price_per_unit = _pop("pricePerUnit", UNSET)
        _obj.price_per_unit = (
            UNSET if _price_per_unit is UNSET else UpdateProductTierRequestPricePerUnit._from_json(_price_per_unit)
        )

        _obj.pricing = _pop("pricing", UNSET)

        _obj.support = _pop("support", UNSET)

        _obj.tier_type = _pop("tierType", UNSET)

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
