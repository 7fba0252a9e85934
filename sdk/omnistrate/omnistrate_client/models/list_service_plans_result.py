from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_service_plan_result import GetServicePlanResult

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, GetServicePlanResult
    from ..models.get_service_plan_result import GetServicePlanResult  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListServicePlansResult")


@_attrs_define
class ListServicePlansResult:
    """
    Attributes:
        service_plans (list[GetServicePlanResult]): List of service plans
        next_page_token (str | Unset): Token to use for the next page
    """

    service_plans: list[GetServicePlanResult]
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        service_plans = []
        for service_plans_item_data in self.service_plans:
            service_plans_item = service_plans_item_data.to_dict()
            service_plans.append(service_plans_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "servicePlans": service_plans,
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
        service_plans = []
        _service_plans = d.pop("servicePlans")
        for service_plans_item_data in _service_plans:
            service_plans_item = GetServicePlanResult.from_dict(service_plans_item_data)

            service_plans.append(service_plans_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_service_plans_result = cls(
            service_plans=service_plans,
            next_page_token=next_page_token,
        )

        list_service_plans_result.additional_properties = d
        return list_service_plans_result

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
