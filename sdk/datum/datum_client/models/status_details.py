from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_cause import StatusCause

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, StatusCause
    from ..models.status_cause import StatusCause  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="StatusDetails")


@_attrs_define
class StatusDetails:
    """StatusDetails is a set of additional properties that MAY be set by the server to provide additional information
    about a response.

        Attributes:
            causes (list[StatusCause] | Unset): The Causes array includes more details associated with the StatusReason
                failure.
            group (str | Unset): The group attribute of the resource associated with the status StatusReason.
            kind (str | Unset): The kind attribute of the resource associated with the status StatusReason.
            name (str | Unset): The name attribute of the resource associated with the status StatusReason.
            retry_after_seconds (int | Unset): If specified, the time in seconds before the operation should be retried.
            uid (str | Unset): UID of the resource (when there is a single resource which can be described).
    """

    causes: list[StatusCause] | Unset = UNSET
    group: str | Unset = UNSET
    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    retry_after_seconds: int | Unset = UNSET
    uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        causes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.causes, Unset):
            causes = []
            for causes_item_data in self.causes:
                causes_item = causes_item_data.to_dict()
                causes.append(causes_item)

        group = self.group

        kind = self.kind

        name = self.name

        retry_after_seconds = self.retry_after_seconds

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if causes is not UNSET:
            field_dict["causes"] = causes
        if group is not UNSET:
            field_dict["group"] = group
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if retry_after_seconds is not UNSET:
            field_dict["retryAfterSeconds"] = retry_after_seconds
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _causes = d.pop("causes", UNSET)
        causes: list[StatusCause] | Unset = UNSET
        if _causes is not UNSET:
            causes = []
            for causes_item_data in _causes:
                causes_item = StatusCause.from_dict(causes_item_data)

                causes.append(causes_item)

        group = d.pop("group", UNSET)

        kind = d.pop("kind", UNSET)

        name = d.pop("name", UNSET)

        retry_after_seconds = d.pop("retryAfterSeconds", UNSET)

        uid = d.pop("uid", UNSET)

        status_details = cls(
            causes=causes,
            group=group,
            kind=kind,
            name=name,
            retry_after_seconds=retry_after_seconds,
            uid=uid,
        )

        status_details.additional_properties = d
        return status_details

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
