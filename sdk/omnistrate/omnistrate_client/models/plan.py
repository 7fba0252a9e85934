from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Plan")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "planName",
        "modifiedAt",
        "paymentConfigured",
        "paymentInfoPortalURL",
        "planCoreHourCost",
        "planDescription",
        "planFrequency",
        "planMonthlyCost",
        "startDate",
    }
)


@_attrs_define
class Plan:
    """
    Attributes:
        plan_name (str): This parameter is used to select the appropriate Product Plan
        modified_at (str | Unset): The time the plan was last modified
        payment_configured (bool | Unset): Whether the customer has configured their payment information.
        payment_info_portal_url (str | Unset): The URL from Stripe to configure payment information
        plan_core_hour_cost (float | Unset): The cost per core hour of this plan
        plan_description (str | Unset): The description of the plan
        plan_frequency (str | Unset): This parameter tells you if the plan is charged monthly or yearly
        plan_monthly_cost (float | Unset): The minimum monthly cost of this plan
        start_date (str | Unset): The date that the plan starts
    """

    plan_name: str
    modified_at: str | Unset = UNSET
    payment_configured: bool | Unset = UNSET
    payment_info_portal_url: str | Unset = UNSET
    plan_core_hour_cost: float | Unset = UNSET
    plan_description: str | Unset = UNSET
    plan_frequency: str | Unset = UNSET
    plan_monthly_cost: float | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_name = self.plan_name

        modified_at = self.modified_at

        payment_configured = self.payment_configured

        payment_info_portal_url = self.payment_info_portal_url

        plan_core_hour_cost = self.plan_core_hour_cost

        plan_description = self.plan_description

        plan_frequency = self.plan_frequency

        plan_monthly_cost = self.plan_monthly_cost

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planName": plan_name,
            }
        )
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if payment_configured is not UNSET:
            field_dict["paymentConfigured"] = payment_configured
        if payment_info_portal_url is not UNSET:
            field_dict["paymentInfoPortalURL"] = payment_info_portal_url
        if plan_core_hour_cost is not UNSET:
            field_dict["planCoreHourCost"] = plan_core_hour_cost
        if plan_description is not UNSET:
            field_dict["planDescription"] = plan_description
        if plan_frequency is not UNSET:
            field_dict["planFrequency"] = plan_frequency
        if plan_monthly_cost is not UNSET:
            field_dict["planMonthlyCost"] = plan_monthly_cost
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.plan_name = src_dict["planName"]

        _obj.modified_at = src_dict.get("modifiedAt", UNSET)

        _obj.payment_configured = src_dict.get("paymentConfigured", UNSET)

        _obj.payment_info_portal_url = src_dict.get("paymentInfoPortalURL", UNSET)

        _obj.plan_core_hour_cost = src_dict.get("planCoreHourCost", UNSET)

        _obj.plan_description = src_dict.get("planDescription", UNSET)

        _obj.plan_frequency = src_dict.get("planFrequency", UNSET)

        _obj.plan_monthly_cost = src_dict.get("planMonthlyCost", UNSET)

        _obj.start_date = src_dict.get("startDate", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.plan_name = _pop("planName")

        _obj.modified_at = _pop("modifiedAt", UNSET)

        _obj.payment_configured = _pop("paymentConfigured", UNSET)

        _obj.payment_info_portal_url = _pop("paymentInfoPortalURL", UNSET)

        _obj.plan_core_hour_cost = _pop("planCoreHourCost", UNSET)

        _obj.plan_description = _pop("planDescription", UNSET)

        _obj.plan_frequency = _pop("planFrequency", UNSET)

        _obj.plan_monthly_cost = _pop("planMonthlyCost", UNSET)

        _obj.start_date = _pop("startDate", UNSET)

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
