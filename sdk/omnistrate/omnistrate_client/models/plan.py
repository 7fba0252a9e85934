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
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "plan_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "modified_at",
    "payment_configured",
    "payment_info_portal_url",
    "plan_core_hour_cost",
    "plan_description",
    "plan_frequency",
    "plan_monthly_cost",
    "start_date",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `Plan` as a plain mapping of its JSON shape, accepted wherever a `Plan` is.
class PlanDict(TypedDict, total=False):
    planName: Required[str]
    modifiedAt: str
    paymentConfigured: bool
    paymentInfoPortalURL: str
    planCoreHourCost: float
    planDescription: str
    planFrequency: str
    planMonthlyCost: float
    startDate: str


@_attrs_define(init=False, repr=False)
class Plan:
    """Attributes:
    plan_name (str): This parameter is used to select the appropriate Product Plan
    modified_at (str | None): The time the plan was last modified
    payment_configured (bool | None): Whether the customer has configured their payment information.
    payment_info_portal_url (str | None): The URL from Stripe to configure payment information
    plan_core_hour_cost (float | None): The cost per core hour of this plan
    plan_description (str | None): The description of the plan
    plan_frequency (str | None): This parameter tells you if the plan is charged monthly or yearly
    plan_monthly_cost (float | None): The minimum monthly cost of this plan
    start_date (str | None): The date that the plan starts
    """

    plan_name: str
    modified_at: str | None = None
    payment_configured: bool | None = None
    payment_info_portal_url: str | None = None
    plan_core_hour_cost: float | None = None
    plan_description: str | None = None
    plan_frequency: str | None = None
    plan_monthly_cost: float | None = None
    start_date: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        plan_name: str,
        modified_at: str | None | Unset = UNSET,
        payment_configured: bool | None | Unset = UNSET,
        payment_info_portal_url: str | None | Unset = UNSET,
        plan_core_hour_cost: float | None | Unset = UNSET,
        plan_description: str | None | Unset = UNSET,
        plan_frequency: str | None | Unset = UNSET,
        plan_monthly_cost: float | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.plan_name = plan_name
        self.modified_at = None if modified_at is None or isinstance(modified_at, Unset) else modified_at
        if modified_at is None:
            _nulls_given.append("modified_at")
        self.payment_configured = (
            None if payment_configured is None or isinstance(payment_configured, Unset) else payment_configured
        )
        if payment_configured is None:
            _nulls_given.append("payment_configured")
        self.payment_info_portal_url = (
            None
            if payment_info_portal_url is None or isinstance(payment_info_portal_url, Unset)
            else payment_info_portal_url
        )
        if payment_info_portal_url is None:
            _nulls_given.append("payment_info_portal_url")
        self.plan_core_hour_cost = (
            None if plan_core_hour_cost is None or isinstance(plan_core_hour_cost, Unset) else plan_core_hour_cost
        )
        if plan_core_hour_cost is None:
            _nulls_given.append("plan_core_hour_cost")
        self.plan_description = (
            None if plan_description is None or isinstance(plan_description, Unset) else plan_description
        )
        if plan_description is None:
            _nulls_given.append("plan_description")
        self.plan_frequency = None if plan_frequency is None or isinstance(plan_frequency, Unset) else plan_frequency
        if plan_frequency is None:
            _nulls_given.append("plan_frequency")
        self.plan_monthly_cost = (
            None if plan_monthly_cost is None or isinstance(plan_monthly_cost, Unset) else plan_monthly_cost
        )
        if plan_monthly_cost is None:
            _nulls_given.append("plan_monthly_cost")
        self.start_date = None if start_date is None or isinstance(start_date, Unset) else start_date
        if start_date is None:
            _nulls_given.append("start_date")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["planName"] = self.plan_name
        if self.modified_at is not None:
            field_dict["modifiedAt"] = self.modified_at
        elif "modified_at" in self._nulls:
            field_dict["modifiedAt"] = None
        if self.payment_configured is not None:
            field_dict["paymentConfigured"] = self.payment_configured
        elif "payment_configured" in self._nulls:
            field_dict["paymentConfigured"] = None
        if self.payment_info_portal_url is not None:
            field_dict["paymentInfoPortalURL"] = self.payment_info_portal_url
        elif "payment_info_portal_url" in self._nulls:
            field_dict["paymentInfoPortalURL"] = None
        if self.plan_core_hour_cost is not None:
            field_dict["planCoreHourCost"] = self.plan_core_hour_cost
        elif "plan_core_hour_cost" in self._nulls:
            field_dict["planCoreHourCost"] = None
        if self.plan_description is not None:
            field_dict["planDescription"] = self.plan_description
        elif "plan_description" in self._nulls:
            field_dict["planDescription"] = None
        if self.plan_frequency is not None:
            field_dict["planFrequency"] = self.plan_frequency
        elif "plan_frequency" in self._nulls:
            field_dict["planFrequency"] = None
        if self.plan_monthly_cost is not None:
            field_dict["planMonthlyCost"] = self.plan_monthly_cost
        elif "plan_monthly_cost" in self._nulls:
            field_dict["planMonthlyCost"] = None
        if self.start_date is not None:
            field_dict["startDate"] = self.start_date
        elif "start_date" in self._nulls:
            field_dict["startDate"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Plan")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Plan")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "planName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.plan_name = _v

            _f = "modifiedAt"
            _v = _get(_f, None)
            if _v is None:
                _obj.modified_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.modified_at = _v

            _f = "paymentConfigured"
            _v = _get(_f, None)
            if _v is None:
                _obj.payment_configured = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.payment_configured = _v

            _f = "paymentInfoPortalURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.payment_info_portal_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.payment_info_portal_url = _v

            _f = "planCoreHourCost"
            _v = _get(_f, None)
            if _v is None:
                _obj.plan_core_hour_cost = None
            else:
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.plan_core_hour_cost = _v

            _f = "planDescription"
            _v = _get(_f, None)
            if _v is None:
                _obj.plan_description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.plan_description = _v

            _f = "planFrequency"
            _v = _get(_f, None)
            if _v is None:
                _obj.plan_frequency = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.plan_frequency = _v

            _f = "planMonthlyCost"
            _v = _get(_f, None)
            if _v is None:
                _obj.plan_monthly_cost = None
            else:
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.plan_monthly_cost = _v

            _f = "startDate"
            _v = _get(_f, None)
            if _v is None:
                _obj.start_date = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_date = _v

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
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 1
        _f = ""
        try:
            _f = "planName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.plan_name = _v

            _f = "modifiedAt"
            _v = src.get(_f)
            if _v is None:
                _obj.modified_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.modified_at = _v

            _f = "paymentConfigured"
            _v = src.get(_f)
            if _v is None:
                _obj.payment_configured = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.payment_configured = _v

            _f = "paymentInfoPortalURL"
            _v = src.get(_f)
            if _v is None:
                _obj.payment_info_portal_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.payment_info_portal_url = _v

            _f = "planCoreHourCost"
            _v = src.get(_f)
            if _v is None:
                _obj.plan_core_hour_cost = None
            else:
                _n += 1
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.plan_core_hour_cost = _v

            _f = "planDescription"
            _v = src.get(_f)
            if _v is None:
                _obj.plan_description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.plan_description = _v

            _f = "planFrequency"
            _v = src.get(_f)
            if _v is None:
                _obj.plan_frequency = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.plan_frequency = _v

            _f = "planMonthlyCost"
            _v = src.get(_f)
            if _v is None:
                _obj.plan_monthly_cost = None
            else:
                _n += 1
                if type(_v) is not float and type(_v) is not int:
                    raise _m.bad("a number", _v)
                _obj.plan_monthly_cost = _v

            _f = "startDate"
            _v = src.get(_f)
            if _v is None:
                _obj.start_date = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_date = _v

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
