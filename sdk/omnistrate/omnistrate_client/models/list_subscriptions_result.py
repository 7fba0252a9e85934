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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "ids",
        "nextPageToken",
        "subscriptions",
    }
)


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
        _obj = cls.__new__(cls)
        ids = cast(list[str], src_dict["ids"])

        _obj.ids = ids

        _obj.next_page_token = src_dict.get("nextPageToken", UNSET)

        _subscriptions = src_dict.get("subscriptions", UNSET)
        subscriptions: list[Subscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            _subscriptions_item = Subscription.from_dict
            subscriptions = [_subscriptions_item(item) for item in _subscriptions]

        _obj.subscriptions = subscriptions

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
        ids = cast(list[str], _pop("ids"))

        _obj.ids = ids

        _obj.next_page_token = _pop("nextPageToken", UNSET)

        _subscriptions = _pop("subscriptions", UNSET)
        if _subscriptions is not UNSET:
            _subscriptions[:] = map(Subscription._from_json, _subscriptions)
        _obj.subscriptions = _subscriptions

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
