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
        d = dict(src_dict)
        account_config_identity_id = d.pop("accountConfigIdentityId")

        cloud_provider_names = cast(list[str], d.pop("cloudProviderNames"))

        created_at = d.pop("createdAt")

        default_subscription = d.pop("defaultSubscription")

        id = d.pop("id")

        product_tier_id = d.pop("productTierId")

        product_tier_name = d.pop("productTierName")

        role_type = d.pop("roleType")

        root_user_id = d.pop("rootUserId")

        service_id = d.pop("serviceId")

        service_logo_url = d.pop("serviceLogoURL")

        service_name = d.pop("serviceName")

        service_org_id = d.pop("serviceOrgId")

        service_org_name = d.pop("serviceOrgName")

        status = d.pop("status")

        subscription_owner_name = d.pop("subscriptionOwnerName")

        _active_subscription_pricing = d.pop("activeSubscriptionPricing", UNSET)
        active_subscription_pricing: SubscriptionActiveSubscriptionPricing | Unset
        if isinstance(_active_subscription_pricing, Unset):
            active_subscription_pricing = UNSET
        else:
            active_subscription_pricing = SubscriptionActiveSubscriptionPricing.from_dict(_active_subscription_pricing)

        inherit_service_plan_price = d.pop("inheritServicePlanPrice", UNSET)

        subscription = cls(
            account_config_identity_id=account_config_identity_id,
            cloud_provider_names=cloud_provider_names,
            created_at=created_at,
            default_subscription=default_subscription,
            id=id,
            product_tier_id=product_tier_id,
            product_tier_name=product_tier_name,
            role_type=role_type,
            root_user_id=root_user_id,
            service_id=service_id,
            service_logo_url=service_logo_url,
            service_name=service_name,
            service_org_id=service_org_id,
            service_org_name=service_org_name,
            status=status,
            subscription_owner_name=subscription_owner_name,
            active_subscription_pricing=active_subscription_pricing,
            inherit_service_plan_price=inherit_service_plan_price,
        )

        subscription.additional_properties = d
        return subscription

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
