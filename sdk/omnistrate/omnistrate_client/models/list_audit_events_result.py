from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event import AuditEvent

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AuditEvent
    from ..models.audit_event import AuditEvent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListAuditEventsResult")


@_attrs_define
class ListAuditEventsResult:
    """
    Attributes:
        events (list[AuditEvent]): The list of events
        ids (list[str]): The list of event IDs
        next_page_token (str | Unset): The next token to use for pagination
    """

    events: list[AuditEvent]
    ids: list[str]
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        ids = self.ids

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "ids": ids,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = AuditEvent.from_dict(events_item_data)

            events.append(events_item)

        ids = cast(list[str], d.pop("ids"))

        next_page_token = d.pop("nextPageToken", UNSET)

        list_audit_events_result = cls(
            events=events,
            ids=ids,
            next_page_token=next_page_token,
        )

        list_audit_events_result.additional_properties = d
        return list_audit_events_result

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
