from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Subscription
    from ..models.subscription import Subscription  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListSubscriptionsResult")


@_attrs_define
class ListSubscriptionsResult:
    """
    Attributes:
        ids (list[str]): List of subscription IDs
        next_page_token (str | Unset): The next token to use when listing subscriptions
        subscriptions (list[Subscription] | Unset): List of subscriptions
    """

    ids: list[str]
    next_page_token: str | Unset = UNSET
    subscriptions: list[Subscription] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ids = self.ids

        next_page_token = self.next_page_token

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        next_page_token = d.pop("nextPageToken", UNSET)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[Subscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = Subscription.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        list_subscriptions_result = cls(
            ids=ids,
            next_page_token=next_page_token,
            subscriptions=subscriptions,
        )

        list_subscriptions_result.additional_properties = d
        return list_subscriptions_result

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
