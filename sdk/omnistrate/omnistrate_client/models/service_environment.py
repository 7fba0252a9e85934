from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_plan import ServicePlan

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServicePlan
    from ..models.service_plan import ServicePlan  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServiceEnvironment")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "servicePlans",
        "visibility",
        "promoteStatus",
        "saasPortalStatus",
        "saasPortalUrl",
        "sourceEnvironmentID",
        "sourceEnvironmentName",
        "type",
    }
)


@_attrs_define
class ServiceEnvironment:
    """
    Attributes:
        id (str): ID of a Service Environment
        name (str): Name of the Service Environment
        service_plans (list[ServicePlan]): List of service plans
        visibility (str): This parameter is used to configure the visibility of the service control-plane APIs
        promote_status (str | Unset): The status of the promotion
        saas_portal_status (str | Unset): The status of an operation
        saas_portal_url (str | Unset): The URL of the SaaS portal for this environment type
        source_environment_id (str | Unset): ID of a Service Environment
        source_environment_name (str | Unset): The source environment name
        type_ (str | Unset): The type of service environment
    """

    id: str
    name: str
    service_plans: list[ServicePlan]
    visibility: str
    promote_status: str | Unset = UNSET
    saas_portal_status: str | Unset = UNSET
    saas_portal_url: str | Unset = UNSET
    source_environment_id: str | Unset = UNSET
    source_environment_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        id = self.id

        name = self.name

        service_plans = []
        for service_plans_item_data in self.service_plans:
            service_plans_item = service_plans_item_data.to_dict()
            service_plans.append(service_plans_item)

        visibility = self.visibility

        promote_status = self.promote_status

        saas_portal_status = self.saas_portal_status

        saas_portal_url = self.saas_portal_url

        source_environment_id = self.source_environment_id

        source_environment_name = self.source_environment_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "servicePlans": service_plans,
                "visibility": visibility,
            }
        )
        if promote_status is not UNSET:
            field_dict["promoteStatus"] = promote_status
        if saas_portal_status is not UNSET:
            field_dict["saasPortalStatus"] = saas_portal_status
        if saas_portal_url is not UNSET:
            field_dict["saasPortalUrl"] = saas_portal_url
        if source_environment_id is not UNSET:
            field_dict["sourceEnvironmentID"] = source_environment_id
        if source_environment_name is not UNSET:
            field_dict["sourceEnvironmentName"] = source_environment_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _service_plans_item = ServicePlan.from_dict
        service_plans = [_service_plans_item(item) for item in src_dict["servicePlans"]]

        _obj.service_plans = service_plans

        _obj.visibility = src_dict["visibility"]

        _obj.promote_status = src_dict.get("promoteStatus", UNSET)

        _obj.saas_portal_status = src_dict.get("saasPortalStatus", UNSET)

        _obj.saas_portal_url = src_dict.get("saasPortalUrl", UNSET)

        _obj.source_environment_id = src_dict.get("sourceEnvironmentID", UNSET)

        _obj.source_environment_name = src_dict.get("sourceEnvironmentName", UNSET)

        _obj.type_ = src_dict.get("type", UNSET)

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
        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _service_plans = _pop("servicePlans")
        _service_plans[:] = map(ServicePlan._from_json, _service_plans)
        _obj.service_plans = _service_plans

        _obj.visibility = _pop("visibility")

        _obj.promote_status = _pop("promoteStatus", UNSET)

        _obj.saas_portal_status = _pop("saasPortalStatus", UNSET)

        _obj.saas_portal_url = _pop("saasPortalUrl", UNSET)

        _obj.source_environment_id = _pop("sourceEnvironmentID", UNSET)

        _obj.source_environment_name = _pop("sourceEnvironmentName", UNSET)

        _obj.type_ = _pop("type", UNSET)

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
