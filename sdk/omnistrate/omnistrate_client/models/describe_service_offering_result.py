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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "createdAt",
        "isDeprecated",
        "offerings",
        "serviceDescription",
        "serviceId",
        "serviceName",
        "serviceOrgId",
        "serviceProviderId",
        "serviceProviderName",
        "serviceURLKey",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.created_at = src_dict["createdAt"]

        _obj.is_deprecated = src_dict["isDeprecated"]

        _offerings_item = ServiceOffering.from_dict
        offerings = [_offerings_item(item) for item in src_dict["offerings"]]

        _obj.offerings = offerings

        _obj.service_description = src_dict["serviceDescription"]

        _obj.service_id = src_dict["serviceId"]

        _obj.service_name = src_dict["serviceName"]

        _obj.service_org_id = src_dict["serviceOrgId"]

        _obj.service_provider_id = src_dict["serviceProviderId"]

        _obj.service_provider_name = src_dict["serviceProviderName"]

        _obj.service_url_key = src_dict["serviceURLKey"]

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
        _obj.created_at = _pop("createdAt")

        _obj.is_deprecated = _pop("isDeprecated")

        _offerings = _pop("offerings")
        _offerings[:] = map(ServiceOffering._from_json, _offerings)
        _obj.offerings = _offerings

        _obj.service_description = _pop("serviceDescription")

        _obj.service_id = _pop("serviceId")

        _obj.service_name = _pop("serviceName")

        _obj.service_org_id = _pop("serviceOrgId")

        _obj.service_provider_id = _pop("serviceProviderId")

        _obj.service_provider_name = _pop("serviceProviderName")

        _obj.service_url_key = _pop("serviceURLKey")

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
