from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_per_dimension import UsagePerDimension

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, UsagePerDimension
    from ..models.usage_per_dimension import UsagePerDimension  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="GetUsageResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "endTime",
        "planName",
        "startTime",
        "usage",
    }
)


@_attrs_define
class GetUsageResult:
    """
    Attributes:
        end_time (str | Unset): End timestamp of usage
        plan_name (str | Unset): This parameter is used to select the appropriate Product Plan
        start_time (str | Unset): Start timestamp of usage
        usage (list[UsagePerDimension] | Unset): Usage for the current plan
    """

    end_time: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    start_time: str | Unset = UNSET
    usage: list[UsagePerDimension] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        end_time = self.end_time

        plan_name = self.plan_name

        start_time = self.start_time

        usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = []
            for usage_item_data in self.usage:
                usage_item = usage_item_data.to_dict()
                usage.append(usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if plan_name is not UNSET:
            field_dict["planName"] = plan_name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.end_time = src_dict.get("endTime", UNSET)

        _obj.plan_name = src_dict.get("planName", UNSET)

        _obj.start_time = src_dict.get("startTime", UNSET)

        _usage = src_dict.get("usage", UNSET)
        usage: list[UsagePerDimension] | Unset = UNSET
        if _usage is not UNSET:
            _usage_item = UsagePerDimension.from_dict
            usage = [_usage_item(item) for item in _usage]

        _obj.usage = usage

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
        _obj.end_time = _pop("endTime", UNSET)

        _obj.plan_name = _pop("planName", UNSET)

        _obj.start_time = _pop("startTime", UNSET)

        _usage = _pop("usage", UNSET)
        if _usage is not UNSET:
            _usage[:] = map(UsagePerDimension._from_json, _usage)
        _obj.usage = _usage

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
