from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_users import SubscriptionUsers

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, SubscriptionUsers
    from ..models.subscription_users import SubscriptionUsers  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DescribeUsersBySubscriptionResult")


@_attrs_define
class DescribeUsersBySubscriptionResult:
    """
    Attributes:
        id (str): The ID of the subscription
        subscription_users (list[SubscriptionUsers]): The users associated with the corresponding subscription
    """

    id: str
    subscription_users: list[SubscriptionUsers]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        id = self.id

        subscription_users = []
        for subscription_users_item_data in self.subscription_users:
            subscription_users_item = subscription_users_item_data.to_dict()
            subscription_users.append(subscription_users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "subscriptionUsers": subscription_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        id = d.pop("Id")

        subscription_users = []
        _subscription_users = d.pop("subscriptionUsers")
        for subscription_users_item_data in _subscription_users:
            subscription_users_item = SubscriptionUsers.from_dict(subscription_users_item_data)

            subscription_users.append(subscription_users_item)

        describe_users_by_subscription_result = cls(
            id=id,
            subscription_users=subscription_users,
        )

        describe_users_by_subscription_result.additional_properties = d
        return describe_users_by_subscription_result

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
