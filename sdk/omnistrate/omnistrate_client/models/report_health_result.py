from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_health_result_report import ReportHealthResultReport

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ReportHealthResultReport
    from ..models.report_health_result_report import ReportHealthResultReport  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ReportHealthResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "health",
        "id",
        "report",
    }
)


@_attrs_define
class ReportHealthResult:
    """
    Attributes:
        health (str | Unset): Service Health Status
        id (str | Unset): ID of a Service
        report (ReportHealthResultReport | Unset): The health of each environment under this service
    """

    health: str | Unset = UNSET
    id: str | Unset = UNSET
    report: ReportHealthResultReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        health = self.health

        id = self.id

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if health is not UNSET:
            field_dict["health"] = health
        if id is not UNSET:
            field_dict["id"] = id
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.health = src_dict.get("health", UNSET)

        _obj.id = src_dict.get("id", UNSET)

        _report = src_dict.get("report", UNSET)
        report: ReportHealthResultReport | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = ReportHealthResultReport.from_dict(_report)

        _obj.report = report

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
        _obj.health = _pop("health", UNSET)

        _obj.id = _pop("id", UNSET)

        _report = _pop("report", UNSET)
        _obj.report = UNSET if _report is UNSET else ReportHealthResultReport._from_json(_report)

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
