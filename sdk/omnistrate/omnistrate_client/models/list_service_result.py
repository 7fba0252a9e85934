from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service import Service

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Service
    from ..models.service import Service  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListServiceResult")


@_attrs_define
class ListServiceResult:
    """
    Attributes:
        ids (list[str]): List of service IDs
        next_page_token (str | Unset): Token to retrieve the next page of results
        services (list[Service] | Unset): List of services
    """

    ids: list[str]
    next_page_token: str | Unset = UNSET
    services: list[Service] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ids = self.ids

        next_page_token = self.next_page_token

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        next_page_token = d.pop("nextPageToken", UNSET)

        _services = d.pop("services", UNSET)
        services: list[Service] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = Service.from_dict(services_item_data)

                services.append(services_item)

        list_service_result = cls(
            ids=ids,
            next_page_token=next_page_token,
            services=services,
        )

        list_service_result.additional_properties = d
        return list_service_result

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
