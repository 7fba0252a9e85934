from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "activeDeadlineSeconds",
        "backoffLimit",
    }
)


@_attrs_define
class JobConfig:
    """
    Attributes:
        active_deadline_seconds (int | Unset): The duration in seconds relative to the startTime that the job may be
            active before the system tries to terminate it Default: 3600.
        backoff_limit (int | Unset): The number of retries before marking the job as failed Default: 5.
    """

    active_deadline_seconds: int | Unset = 3600
    backoff_limit: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_deadline_seconds = self.active_deadline_seconds

        backoff_limit = self.backoff_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_deadline_seconds is not UNSET:
            field_dict["activeDeadlineSeconds"] = active_deadline_seconds
        if backoff_limit is not UNSET:
            field_dict["backoffLimit"] = backoff_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.active_deadline_seconds = src_dict.get("activeDeadlineSeconds", UNSET)

        _obj.backoff_limit = src_dict.get("backoffLimit", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.active_deadline_seconds = _pop("activeDeadlineSeconds", UNSET)

        _obj.backoff_limit = _pop("backoffLimit", UNSET)

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
