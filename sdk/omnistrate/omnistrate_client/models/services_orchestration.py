from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_deployment_details import ServiceDeploymentDetails

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ServiceDeploymentDetails
    from ..models.service_deployment_details import ServiceDeploymentDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ServicesOrchestration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "createdAt",
        "id",
        "status",
        "updatedAt",
        "ServicesTopology",
        "orchestrationFailedReason",
        "resultParams",
    }
)


@_attrs_define
class ServicesOrchestration:
    """
    Attributes:
        created_at (str): The time the services orchestration was created
        id (str): ID of a Services Orchestration
        status (str): The status of the services orchestration
        updated_at (str): The time the services orchestration was last updated
        services_topology (list[ServiceDeploymentDetails] | Unset): The services deployment details
        orchestration_failed_reason (str | Unset): The reason why the orchestration failed
        result_params (Any | Unset): Custom result parameters of the services orchestration
    """

    created_at: str
    id: str
    status: str
    updated_at: str
    services_topology: list[ServiceDeploymentDetails] | Unset = UNSET
    orchestration_failed_reason: str | Unset = UNSET
    result_params: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        created_at = self.created_at

        id = self.id

        status = self.status

        updated_at = self.updated_at

        services_topology: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services_topology, Unset):
            services_topology = []
            for services_topology_item_data in self.services_topology:
                services_topology_item = services_topology_item_data.to_dict()
                services_topology.append(services_topology_item)

        orchestration_failed_reason = self.orchestration_failed_reason

        result_params = self.result_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "status": status,
                "updatedAt": updated_at,
            }
        )
        if services_topology is not UNSET:
            field_dict["ServicesTopology"] = services_topology
        if orchestration_failed_reason is not UNSET:
            field_dict["orchestrationFailedReason"] = orchestration_failed_reason
        if result_params is not UNSET:
            field_dict["resultParams"] = result_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.created_at = src_dict["createdAt"]

        _obj.id = src_dict["id"]

        _obj.status = src_dict["status"]

        _obj.updated_at = src_dict["updatedAt"]

        _services_topology = src_dict.get("ServicesTopology", UNSET)
        services_topology: list[ServiceDeploymentDetails] | Unset = UNSET
        if _services_topology is not UNSET:
            _services_topology_item = ServiceDeploymentDetails.from_dict
            services_topology = [_services_topology_item(item) for item in _services_topology]

        _obj.services_topology = services_topology

        _obj.orchestration_failed_reason = src_dict.get("orchestrationFailedReason", UNSET)

        _obj.result_params = src_dict.get("resultParams", UNSET)

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

        _obj.id = _pop("id")

        _obj.status = _pop("status")

        _obj.updated_at = _pop("updatedAt")

        _services_topology = _pop("ServicesTopology", UNSET)
        if _services_topology is not UNSET:
            _services_topology[:] = map(ServiceDeploymentDetails._from_json, _services_topology)
        _obj.services_topology = _services_topology

        _obj.orchestration_failed_reason = _pop("orchestrationFailedReason", UNSET)

        _obj.result_params = _pop("resultParams", UNSET)

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
