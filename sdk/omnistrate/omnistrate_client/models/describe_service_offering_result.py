from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_offering import ServiceOffering

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServiceOffering
    from ..models.service_offering import ServiceOffering  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DescribeServiceOfferingResult")


@_attrs_define
class DescribeServiceOfferingResult:
    """
    Attributes:
        created_at (str): The time the service was created
        is_deprecated (bool): Whether the service offering is deprecated Default: False.
        offerings (list[ServiceOffering]): The service offerings
        service_description (str): The service description
        service_id (str): ID of a Service
        service_name (str): The service name
        service_org_id (str): ID of an Org
        service_provider_id (str): The id of the service provider
        service_provider_name (str): The name of the service provider
        service_url_key (str): The service URL key
    """

    created_at: str
    offerings: list[ServiceOffering]
    service_description: str
    service_id: str
    service_name: str
    service_org_id: str
    service_provider_id: str
    service_provider_name: str
    service_url_key: str
    is_deprecated: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        created_at = self.created_at

        is_deprecated = self.is_deprecated

        offerings = []
        for offerings_item_data in self.offerings:
            offerings_item = offerings_item_data.to_dict()
            offerings.append(offerings_item)

        service_description = self.service_description

        service_id = self.service_id

        service_name = self.service_name

        service_org_id = self.service_org_id

        service_provider_id = self.service_provider_id

        service_provider_name = self.service_provider_name

        service_url_key = self.service_url_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "isDeprecated": is_deprecated,
                "offerings": offerings,
                "serviceDescription": service_description,
                "serviceId": service_id,
                "serviceName": service_name,
                "serviceOrgId": service_org_id,
                "serviceProviderId": service_provider_id,
                "serviceProviderName": service_provider_name,
                "serviceURLKey": service_url_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        is_deprecated = d.pop("isDeprecated")

        offerings = []
        _offerings = d.pop("offerings")
        for offerings_item_data in _offerings:
            offerings_item = ServiceOffering.from_dict(offerings_item_data)

            offerings.append(offerings_item)

        service_description = d.pop("serviceDescription")

        service_id = d.pop("serviceId")

        service_name = d.pop("serviceName")

        service_org_id = d.pop("serviceOrgId")

        service_provider_id = d.pop("serviceProviderId")

        service_provider_name = d.pop("serviceProviderName")

        service_url_key = d.pop("serviceURLKey")

        describe_service_offering_result = cls(
            created_at=created_at,
            is_deprecated=is_deprecated,
            offerings=offerings,
            service_description=service_description,
            service_id=service_id,
            service_name=service_name,
            service_org_id=service_org_id,
            service_provider_id=service_provider_id,
            service_provider_name=service_provider_name,
            service_url_key=service_url_key,
        )

        describe_service_offering_result.additional_properties = d
        return describe_service_offering_result

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
