from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_status_health import DeploymentStatusHealth
from ..models.deployment_status_initialized import DeploymentStatusInitialized
from ..models.deployment_status_status import DeploymentStatusStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_conditions import ResourceConditions

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ResourceConditions
    from ..models.resource_conditions import ResourceConditions  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DeploymentStatus")


@_attrs_define
class DeploymentStatus:
    """
    Attributes:
        health (DeploymentStatusHealth | Unset):
        initialized (DeploymentStatusInitialized | Unset):
        ready_replicas (int | Unset):
        replicas (int | Unset):
        resources (list[ResourceConditions] | Unset):
        restoring (bool | Unset):
        status (DeploymentStatusStatus | Unset):
    """

    health: DeploymentStatusHealth | Unset = UNSET
    initialized: DeploymentStatusInitialized | Unset = UNSET
    ready_replicas: int | Unset = UNSET
    replicas: int | Unset = UNSET
    resources: list[ResourceConditions] | Unset = UNSET
    restoring: bool | Unset = UNSET
    status: DeploymentStatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        health: str | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.value

        initialized: str | Unset = UNSET
        if not isinstance(self.initialized, Unset):
            initialized = self.initialized.value

        ready_replicas = self.ready_replicas

        replicas = self.replicas

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        restoring = self.restoring

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if health is not UNSET:
            field_dict["health"] = health
        if initialized is not UNSET:
            field_dict["initialized"] = initialized
        if ready_replicas is not UNSET:
            field_dict["readyReplicas"] = ready_replicas
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if resources is not UNSET:
            field_dict["resources"] = resources
        if restoring is not UNSET:
            field_dict["restoring"] = restoring
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _health = d.pop("health", UNSET)
        health: DeploymentStatusHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = DeploymentStatusHealth(_health)

        _initialized = d.pop("initialized", UNSET)
        initialized: DeploymentStatusInitialized | Unset
        if isinstance(_initialized, Unset):
            initialized = UNSET
        else:
            initialized = DeploymentStatusInitialized(_initialized)

        ready_replicas = d.pop("readyReplicas", UNSET)

        replicas = d.pop("replicas", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[ResourceConditions] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ResourceConditions.from_dict(resources_item_data)

                resources.append(resources_item)

        restoring = d.pop("restoring", UNSET)

        _status = d.pop("status", UNSET)
        status: DeploymentStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeploymentStatusStatus(_status)

        deployment_status = cls(
            health=health,
            initialized=initialized,
            ready_replicas=ready_replicas,
            replicas=replicas,
            resources=resources,
            restoring=restoring,
            status=status,
        )

        deployment_status.additional_properties = d
        return deployment_status

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
