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
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        id = d.pop("id")

        status = d.pop("status")

        updated_at = d.pop("updatedAt")

        _services_topology = d.pop("ServicesTopology", UNSET)
        services_topology: list[ServiceDeploymentDetails] | Unset = UNSET
        if _services_topology is not UNSET:
            services_topology = []
            for services_topology_item_data in _services_topology:
                services_topology_item = ServiceDeploymentDetails.from_dict(services_topology_item_data)

                services_topology.append(services_topology_item)

        orchestration_failed_reason = d.pop("orchestrationFailedReason", UNSET)

        result_params = d.pop("resultParams", UNSET)

        services_orchestration = cls(
            created_at=created_at,
            id=id,
            status=status,
            updated_at=updated_at,
            services_topology=services_topology,
            orchestration_failed_reason=orchestration_failed_reason,
            result_params=result_params,
        )

        services_orchestration.additional_properties = d
        return services_orchestration

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
