from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_request import SubscriptionRequest

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, SubscriptionRequest
    from ..models.subscription_request import SubscriptionRequest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListSubscriptionRequestsResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "ids",
        "nextPageToken",
        "subscriptionRequests",
    }
)


@_attrs_define
class ListSubscriptionRequestsResult:
    """
    Attributes:
        ids (list[str]): List of subscription request IDs
        next_page_token (str | Unset): The next token to use when listing subscription requests
        subscription_requests (list[SubscriptionRequest] | Unset): List of subscription requests
    """

    ids: list[str]
    next_page_token: str | Unset = UNSET
    subscription_requests: list[SubscriptionRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ids = self.ids

        next_page_token = self.next_page_token

        subscription_requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscription_requests, Unset):
            subscription_requests = []
            for subscription_requests_item_data in self.subscription_requests:
                subscription_requests_item = subscription_requests_item_data.to_dict()
                subscription_requests.append(subscription_requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if subscription_requests is not UNSET:
            field_dict["subscriptionRequests"] = subscription_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        ids = cast(list[str], src_dict["ids"])

        _obj.ids = ids

        _obj.next_page_token = src_dict.get("nextPageToken", UNSET)

        _subscription_requests = src_dict.get("subscriptionRequests", UNSET)
        subscription_requests: list[SubscriptionRequest] | Unset = UNSET
        if _subscription_requests is not UNSET:
            _subscription_requests_item = SubscriptionRequest.from_dict
            subscription_requests = [_subscription_requests_item(item) for item in _subscription_requests]

        _obj.subscription_requests = subscription_requests

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

        _subscription_requests = _pop("subscriptionRequests", UNSET)
        if _subscription_requests is not UNSET:
            _subscription_requests[:] = map(SubscriptionRequest._from_json, _subscription_requests)
        _obj.subscription_requests = _subscription_requests

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
