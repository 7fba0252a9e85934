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
    from ..models.subscription_active_subscription_pricing import (
        SubscriptionActiveSubscriptionPricing,
        SubscriptionActiveSubscriptionPricingDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, SubscriptionActiveSubscriptionPricing
    from ..models.subscription_active_subscription_pricing import SubscriptionActiveSubscriptionPricing  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "account_config_identity_id",
    "cloud_provider_names",
    "created_at",
    "default_subscription",
    "id",
    "product_tier_id",
    "product_tier_name",
    "role_type",
    "root_user_id",
    "service_id",
    "service_logo_url",
    "service_name",
    "service_org_id",
    "service_org_name",
    "status",
    "subscription_owner_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "active_subscription_pricing",
    "inherit_service_plan_price",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "accountConfigIdentityId",
        "cloudProviderNames",
        "createdAt",
        "defaultSubscription",
        "id",
        "productTierId",
        "productTierName",
        "roleType",
        "rootUserId",
        "serviceId",
        "serviceLogoURL",
        "serviceName",
        "serviceOrgId",
        "serviceOrgName",
        "status",
        "subscriptionOwnerName",
        "activeSubscriptionPricing",
        "inheritServicePlanPrice",
    }
)


# `Subscription` as a plain mapping of its JSON shape, accepted wherever a `Subscription` is.
class SubscriptionDict(TypedDict, total=False):
    accountConfigIdentityId: Required[str]
    cloudProviderNames: Required[list[str]]
    createdAt: Required[str]
    defaultSubscription: Required[bool]
    id: Required[str]
    productTierId: Required[str]
    productTierName: Required[str]
    roleType: Required[str]
    rootUserId: Required[str]
    serviceId: Required[str]
    serviceLogoURL: Required[str]
    serviceName: Required[str]
    serviceOrgId: Required[str]
    serviceOrgName: Required[str]
    status: Required[str]
    subscriptionOwnerName: Required[str]
    activeSubscriptionPricing: SubscriptionActiveSubscriptionPricingDict
    inheritServicePlanPrice: bool


@_attrs_define(init=False, repr=False)
class Subscription:
    """Attributes:
    account_config_identity_id (str): ID of an Org
    cloud_provider_names (list[str]): List of cloud provider names
    created_at (str): The time that this subscription was created
    default_subscription (bool): Whether this is the default subscription for the user
    id (str): ID of a Subscription
    product_tier_id (str): ID of a Product Tier
    product_tier_name (str): The name of the product tier
    role_type (str): Type of the role
    root_user_id (str): ID of a User
    service_id (str): ID of a Service
    service_logo_url (str): The logo for the service
    service_name (str): The name of the service
    service_org_id (str): ID of an Org
    service_org_name (str): The name of the org that owns the service
    status (str): Subscription Status
    subscription_owner_name (str): The name of the subscription owner user
    active_subscription_pricing (SubscriptionActiveSubscriptionPricing | None): The active pricing for the subscription at the time of the request.
    inherit_service_plan_price (bool | None): Whether to inherit the service plan price
    """

    account_config_identity_id: str
    cloud_provider_names: list[str]
    created_at: str
    default_subscription: bool
    id: str
    product_tier_id: str
    product_tier_name: str
    role_type: str
    root_user_id: str
    service_id: str
    service_logo_url: str
    service_name: str
    service_org_id: str
    service_org_name: str
    status: str
    subscription_owner_name: str
    active_subscription_pricing: SubscriptionActiveSubscriptionPricing | None = None
    inherit_service_plan_price: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        account_config_identity_id: str,
        cloud_provider_names: list[str],
        created_at: str,
        default_subscription: bool,
        id: str,
        product_tier_id: str,
        product_tier_name: str,
        role_type: str,
        root_user_id: str,
        service_id: str,
        service_logo_url: str,
        service_name: str,
        service_org_id: str,
        service_org_name: str,
        status: str,
        subscription_owner_name: str,
        active_subscription_pricing: SubscriptionActiveSubscriptionPricing
        | SubscriptionActiveSubscriptionPricingDict
        | None
        | Unset = UNSET,
        inherit_service_plan_price: bool | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.account_config_identity_id = account_config_identity_id
        self.cloud_provider_names = cloud_provider_names
        self.created_at = created_at
        self.default_subscription = default_subscription
        self.id = id
        self.product_tier_id = product_tier_id
        self.product_tier_name = product_tier_name
        self.role_type = role_type
        self.root_user_id = root_user_id
        self.service_id = service_id
        self.service_logo_url = service_logo_url
        self.service_name = service_name
        self.service_org_id = service_org_id
        self.service_org_name = service_org_name
        self.status = status
        self.subscription_owner_name = subscription_owner_name
        self.active_subscription_pricing = (
            None
            if active_subscription_pricing is None or isinstance(active_subscription_pricing, Unset)
            else active_subscription_pricing
            if isinstance(active_subscription_pricing, SubscriptionActiveSubscriptionPricing)
            else SubscriptionActiveSubscriptionPricing.from_dict(active_subscription_pricing)
        )
        if active_subscription_pricing is None:
            _nulls_given.append("active_subscription_pricing")
        self.inherit_service_plan_price = (
            None
            if inherit_service_plan_price is None or isinstance(inherit_service_plan_price, Unset)
            else inherit_service_plan_price
        )
        if inherit_service_plan_price is None:
            _nulls_given.append("inherit_service_plan_price")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["accountConfigIdentityId"] = self.account_config_identity_id
        field_dict["cloudProviderNames"] = list(self.cloud_provider_names)
        field_dict["createdAt"] = self.created_at
        field_dict["defaultSubscription"] = self.default_subscription
        field_dict["id"] = self.id
        field_dict["productTierId"] = self.product_tier_id
        field_dict["productTierName"] = self.product_tier_name
        field_dict["roleType"] = self.role_type
        field_dict["rootUserId"] = self.root_user_id
        field_dict["serviceId"] = self.service_id
        field_dict["serviceLogoURL"] = self.service_logo_url
        field_dict["serviceName"] = self.service_name
        field_dict["serviceOrgId"] = self.service_org_id
        field_dict["serviceOrgName"] = self.service_org_name
        field_dict["status"] = self.status
        field_dict["subscriptionOwnerName"] = self.subscription_owner_name
        if self.active_subscription_pricing is not None:
            field_dict["activeSubscriptionPricing"] = self.active_subscription_pricing.to_dict()
        elif "active_subscription_pricing" in self._nulls:
            field_dict["activeSubscriptionPricing"] = None
        if self.inherit_service_plan_price is not None:
            field_dict["inheritServicePlanPrice"] = self.inherit_service_plan_price
        elif "inherit_service_plan_price" in self._nulls:
            field_dict["inheritServicePlanPrice"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Subscription")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Subscription")

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
            _f = "accountConfigIdentityId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.account_config_identity_id = _v

            _f = "cloudProviderNames"
            _v = _get(_f, _MISSING)
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            for _i2, _x2 in enumerate(_l2):
                if type(_x2) is not str and not isinstance(_x2, str):
                    raise _m.bad("a string", _x2).at_index(_i2)
            _obj.cloud_provider_names = _l2[:]

            _f = "createdAt"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "defaultSubscription"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.default_subscription = _v

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "productTierId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "roleType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.role_type = _v

            _f = "rootUserId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_id = _v

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceLogoURL"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_logo_url = _v

            _f = "serviceName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_name = _v

            _f = "serviceOrgId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_org_id = _v

            _f = "serviceOrgName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_org_name = _v

            _f = "status"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "subscriptionOwnerName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subscription_owner_name = _v

            _f = "activeSubscriptionPricing"
            _v = _get(_f, None)
            if _v is None:
                _obj.active_subscription_pricing = None
            else:
                _obj.active_subscription_pricing = SubscriptionActiveSubscriptionPricing._parse(_v)

            _f = "inheritServicePlanPrice"
            _v = _get(_f, None)
            if _v is None:
                _obj.inherit_service_plan_price = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.inherit_service_plan_price = _v

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
        _n = 16
        _f = ""
        try:
            _f = "accountConfigIdentityId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.account_config_identity_id = _v

            _f = "cloudProviderNames"
            _v = src[_f]
            _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            for _i2, _x2 in enumerate(_l2):
                if type(_x2) is not str and not isinstance(_x2, str):
                    raise _m.bad("a string", _x2).at_index(_i2)
            _obj.cloud_provider_names = _l2

            _f = "createdAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "defaultSubscription"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.default_subscription = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "productTierId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "roleType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.role_type = _v

            _f = "rootUserId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_id = _v

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceLogoURL"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_logo_url = _v

            _f = "serviceName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_name = _v

            _f = "serviceOrgId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_org_id = _v

            _f = "serviceOrgName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_org_name = _v

            _f = "status"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "subscriptionOwnerName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subscription_owner_name = _v

            _f = "activeSubscriptionPricing"
            _v = src.get(_f)
            if _v is None:
                _obj.active_subscription_pricing = None
            else:
                _n += 1
                _obj.active_subscription_pricing = SubscriptionActiveSubscriptionPricing._from_json(_v)

            _f = "inheritServicePlanPrice"
            _v = src.get(_f)
            if _v is None:
                _obj.inherit_service_plan_price = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.inherit_service_plan_price = _v

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
