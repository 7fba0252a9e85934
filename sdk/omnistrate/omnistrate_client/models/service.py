from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_environment import ServiceEnvironment

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServiceEnvironment
    from ..models.service_environment import ServiceEnvironment  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """
    Attributes:
        created_at (str): The time the service was created
        description (str): A brief description of the service
        id (str): ID of a Service
        key (str): Unique key of the service
        name (str): Name of the Service
        service_environments (list[ServiceEnvironment]): List of service environments
        service_provider_id (str): ID of a Service Provider
        service_provider_name (str): The name of the service provider
        role_type (str | Unset): Type of the role
        service_logo_url (str | Unset): The logo for the service
    """

    created_at: str
    description: str
    id: str
    key: str
    name: str
    service_environments: list[ServiceEnvironment]
    service_provider_id: str
    service_provider_name: str
    role_type: str | Unset = UNSET
    service_logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        created_at = self.created_at

        description = self.description

        id = self.id

        key = self.key

        name = self.name

        service_environments = []
        for service_environments_item_data in self.service_environments:
            service_environments_item = service_environments_item_data.to_dict()
            service_environments.append(service_environments_item)

        service_provider_id = self.service_provider_id

        service_provider_name = self.service_provider_name

        role_type = self.role_type

        service_logo_url = self.service_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "id": id,
                "key": key,
                "name": name,
                "serviceEnvironments": service_environments,
                "serviceProviderID": service_provider_id,
                "serviceProviderName": service_provider_name,
            }
        )
        if role_type is not UNSET:
            field_dict["roleType"] = role_type
        if service_logo_url is not UNSET:
            field_dict["serviceLogoURL"] = service_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        description = d.pop("description")

        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        service_environments = []
        _service_environments = d.pop("serviceEnvironments")
        for service_environments_item_data in _service_environments:
            service_environments_item = ServiceEnvironment.from_dict(service_environments_item_data)

            service_environments.append(service_environments_item)

        service_provider_id = d.pop("serviceProviderID")

        service_provider_name = d.pop("serviceProviderName")

        role_type = d.pop("roleType", UNSET)

        service_logo_url = d.pop("serviceLogoURL", UNSET)

        service = cls(
            created_at=created_at,
            description=description,
            id=id,
            key=key,
            name=name,
            service_environments=service_environments,
            service_provider_id=service_provider_id,
            service_provider_name=service_provider_name,
            role_type=role_type,
            service_logo_url=service_logo_url,
        )

        service.additional_properties = d
        return service

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
