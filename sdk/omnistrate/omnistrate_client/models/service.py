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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "createdAt",
        "description",
        "id",
        "key",
        "name",
        "serviceEnvironments",
        "serviceProviderID",
        "serviceProviderName",
        "roleType",
        "serviceLogoURL",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.created_at = src_dict["createdAt"]

        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.key = src_dict["key"]

        _obj.name = src_dict["name"]

        _service_environments_item = ServiceEnvironment.from_dict
        service_environments = [_service_environments_item(item) for item in src_dict["serviceEnvironments"]]

        _obj.service_environments = service_environments

        _obj.service_provider_id = src_dict["serviceProviderID"]

        _obj.service_provider_name = src_dict["serviceProviderName"]

        _obj.role_type = src_dict.get("roleType", UNSET)

        _obj.service_logo_url = src_dict.get("serviceLogoURL", UNSET)

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

        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.key = _pop("key")

        _obj.name = _pop("name")

        _service_environments = _pop("serviceEnvironments")
        _service_environments[:] = map(ServiceEnvironment._from_json, _service_environments)
        _obj.service_environments = _service_environments

        _obj.service_provider_id = _pop("serviceProviderID")

        _obj.service_provider_name = _pop("serviceProviderName")

        _obj.role_type = _pop("roleType", UNSET)

        _obj.service_logo_url = _pop("serviceLogoURL", UNSET)

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
