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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "causes",
        "group",
        "kind",
        "name",
        "retryAfterSeconds",
        "uid",
    }
)


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
        _obj = cls.__new__(cls)
        _causes = src_dict.get("causes", UNSET)
        causes: list[StatusCause] | Unset = UNSET
        if _causes is not UNSET:
            _causes_item = StatusCause.from_dict
            causes = [_causes_item(item) for item in _causes]

        _obj.causes = causes

        _obj.group = src_dict.get("group", UNSET)

        _obj.kind = src_dict.get("kind", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.retry_after_seconds = src_dict.get("retryAfterSeconds", UNSET)

        _obj.uid = src_dict.get("uid", UNSET)

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
        _causes = _pop("causes", UNSET)
        if _causes is not UNSET:
            _causes[:] = map(StatusCause._from_json, _causes)
        _obj.causes = _causes

        _obj.group = _pop("group", UNSET)

        _obj.kind = _pop("kind", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.retry_after_seconds = _pop("retryAfterSeconds", UNSET)

        _obj.uid = _pop("uid", UNSET)

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
