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
        d = dict(src_dict)
        health = d.pop("health", UNSET)

        id = d.pop("id", UNSET)

        _report = d.pop("report", UNSET)
        report: ReportHealthResultReport | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = ReportHealthResultReport.from_dict(_report)

        report_health_result = cls(
            health=health,
            id=id,
            report=report,
        )

        report_health_result.additional_properties = d
        return report_health_result

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
