from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_active_subscription_pricing import SubscriptionActiveSubscriptionPricing

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, SubscriptionActiveSubscriptionPricing
    from ..models.subscription_active_subscription_pricing import SubscriptionActiveSubscriptionPricing  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Subscription")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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


@_attrs_define
class Subscription:
    """
    Attributes:
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
        active_subscription_pricing (SubscriptionActiveSubscriptionPricing | Unset): The active pricing for the
            subscription at the time of the request.
        inherit_service_plan_price (bool | Unset): Whether to inherit the service plan price
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
    active_subscription_pricing: SubscriptionActiveSubscriptionPricing | Unset = UNSET
    inherit_service_plan_price: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        account_config_identity_id = self.account_config_identity_id

        cloud_provider_names = self.cloud_provider_names

        created_at = self.created_at

        default_subscription = self.default_subscription

        id = self.id

        product_tier_id = self.product_tier_id

        product_tier_name = self.product_tier_name

        role_type = self.role_type

        root_user_id = self.root_user_id

        service_id = self.service_id

        service_logo_url = self.service_logo_url

        service_name = self.service_name

        service_org_id = self.service_org_id

        service_org_name = self.service_org_name

        status = self.status

        subscription_owner_name = self.subscription_owner_name

        active_subscription_pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_subscription_pricing, Unset):
            active_subscription_pricing = self.active_subscription_pricing.to_dict()

        inherit_service_plan_price = self.inherit_service_plan_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountConfigIdentityId": account_config_identity_id,
                "cloudProviderNames": cloud_provider_names,
                "createdAt": created_at,
                "defaultSubscription": default_subscription,
                "id": id,
                "productTierId": product_tier_id,
                "productTierName": product_tier_name,
                "roleType": role_type,
                "rootUserId": root_user_id,
                "serviceId": service_id,
                "serviceLogoURL": service_logo_url,
                "serviceName": service_name,
                "serviceOrgId": service_org_id,
                "serviceOrgName": service_org_name,
                "status": status,
                "subscriptionOwnerName": subscription_owner_name,
            }
        )
        if active_subscription_pricing is not UNSET:
            field_dict["activeSubscriptionPricing"] = active_subscription_pricing
        if inherit_service_plan_price is not UNSET:
            field_dict["inheritServicePlanPrice"] = inherit_service_plan_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.account_config_identity_id = src_dict["accountConfigIdentityId"]

        cloud_provider_names = cast(list[str], src_dict["cloudProviderNames"])

        _obj.cloud_provider_names = cloud_provider_names

        _obj.created_at = src_dict["createdAt"]

        _obj.default_subscription = src_dict["defaultSubscription"]

        _obj.id = src_dict["id"]

        _obj.product_tier_id = src_dict["productTierId"]

        _obj.product_tier_name = src_dict["productTierName"]

        _obj.role_type = src_dict["roleType"]

        _obj.root_user_id = src_dict["rootUserId"]

        _obj.service_id = src_dict["serviceId"]

        _obj.service_logo_url = src_dict["serviceLogoURL"]

        _obj.service_name = src_dict["serviceName"]

        _obj.service_org_id = src_dict["serviceOrgId"]

        _obj.service_org_name = src_dict["serviceOrgName"]

        _obj.status = src_dict["status"]

        _obj.subscription_owner_name = src_dict["subscriptionOwnerName"]

        _active_subscription_pricing = src_dict.get("activeSubscriptionPricing", UNSET)
        active_subscription_pricing: SubscriptionActiveSubscriptionPricing | Unset
        if isinstance(_active_subscription_pricing, Unset):
            active_subscription_pricing = UNSET
        else:
            active_subscription_pricing = SubscriptionActiveSubscriptionPricing.from_dict(_active_subscription_pricing)

        _obj.active_subscription_pricing = active_subscription_pricing

        _obj.inherit_service_plan_price = src_dict.get("inheritServicePlanPrice", UNSET)

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
        _obj.account_config_identity_id = _pop("accountConfigIdentityId")

        cloud_provider_names = cast(list[str], _pop("cloudProviderNames"))

        _obj.cloud_provider_names = cloud_provider_names

        _obj.created_at = _pop("createdAt")

        _obj.default_subscription = _pop("defaultSubscription")

        _obj.id = _pop("id")

        _obj.product_tier_id = _pop("productTierId")

        _obj.product_tier_name = _pop("productTierName")

        _obj.role_type = _pop("roleType")

        _obj.root_user_id = _pop("rootUserId")

        _obj.service_id = _pop("serviceId")

        _obj.service_logo_url = _pop("serviceLogoURL")

        _obj.service_name = _pop("serviceName")

        _obj.service_org_id = _pop("serviceOrgId")

        _obj.service_org_name = _pop("serviceOrgName")

        _obj.status = _pop("status")

        _obj.subscription_owner_name = _pop("subscriptionOwnerName")

        _active_subscription_pricing = _pop("activeSubscriptionPricing", UNSET)
        _obj.active_subscription_pricing = (
            UNSET
            if _active_subscription_pricing is UNSET
            else SubscriptionActiveSubscriptionPricing._from_json(_active_subscription_pricing)
        )

        _obj.inherit_service_plan_price = _pop("inheritServicePlanPrice", UNSET)

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
