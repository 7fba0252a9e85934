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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "health",
        "initialized",
        "readyReplicas",
        "replicas",
        "resources",
        "restoring",
        "status",
    }
)


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
        _obj = cls.__new__(cls)
        _health = src_dict.get("health", UNSET)
        health: DeploymentStatusHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = DeploymentStatusHealth(_health)

        _obj.health = health

        _initialized = src_dict.get("initialized", UNSET)
        initialized: DeploymentStatusInitialized | Unset
        if isinstance(_initialized, Unset):
            initialized = UNSET
        else:
            initialized = DeploymentStatusInitialized(_initialized)

        _obj.initialized = initialized

        _obj.ready_replicas = src_dict.get("readyReplicas", UNSET)

        _obj.replicas = src_dict.get("replicas", UNSET)

        _resources = src_dict.get("resources", UNSET)
        resources: list[ResourceConditions] | Unset = UNSET
        if _resources is not UNSET:
            _resources_item = ResourceConditions.from_dict
            resources = [_resources_item(item) for item in _resources]

        _obj.resources = resources

        _obj.restoring = src_dict.get("restoring", UNSET)

        _status = src_dict.get("status", UNSET)
        status: DeploymentStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeploymentStatusStatus(_status)

        _obj.status = status

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
        _health = _pop("health", UNSET)
        health: DeploymentStatusHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = DeploymentStatusHealth(_health)

        _obj.health = health

        _initialized = _pop("initialized", UNSET)
        initialized: DeploymentStatusInitialized | Unset
        if isinstance(_initialized, Unset):
            initialized = UNSET
        else:
            initialized = DeploymentStatusInitialized(_initialized)

        _obj.initialized = initialized

        _obj.ready_replicas = _pop("readyReplicas", UNSET)

        _obj.replicas = _pop("replicas", UNSET)

        _resources = _pop("resources", UNSET)
        if _resources is not UNSET:
            _resources[:] = map(ResourceConditions._from_json, _resources)
        _obj.resources = _resources

        _obj.restoring = _pop("restoring", UNSET)

        _status = _pop("status", UNSET)
        status: DeploymentStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeploymentStatusStatus(_status)

        _obj.status = status

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
