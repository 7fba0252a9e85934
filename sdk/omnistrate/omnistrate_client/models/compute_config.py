from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoscaling_policy import AutoscalingPolicy
    from ..models.compute_config_compute_instance_type_config_overrides import (
        ComputeConfigComputeInstanceTypeConfigOverrides,
    )
    from ..models.compute_config_instance_types import ComputeConfigInstanceTypes
    from ..models.resource_spec import ResourceSpec
    from ..models.warm_pool_configuration import WarmPoolConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        AutoscalingPolicy, \
        ComputeConfigComputeInstanceTypeConfigOverrides, \
        ComputeConfigInstanceTypes, \
        ResourceSpec, \
        WarmPoolConfiguration
    from ..models.autoscaling_policy import AutoscalingPolicy  # noqa: PLC0415
    from ..models.compute_config_compute_instance_type_config_overrides import (
        ComputeConfigComputeInstanceTypeConfigOverrides,  # noqa: PLC0415
    )
    from ..models.compute_config_instance_types import ComputeConfigInstanceTypes  # noqa: PLC0415
    from ..models.resource_spec import ResourceSpec  # noqa: PLC0415
    from ..models.warm_pool_configuration import WarmPoolConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ComputeConfig")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "name",
        "replicaCount",
        "serviceId",
        "autoscalingPolicy",
        "computeInstanceTypeConfigOverrides",
        "cpuArchitecture",
        "infraConfigIDs",
        "instanceTypes",
        "resources",
        "rootVolumeSizeGi",
        "warmPoolConfiguration",
    }
)


@_attrs_define
class ComputeConfig:
    """
    Attributes:
        description (str): Description of the compute config
        id (str): ID of a Compute Config
        name (str): Name of the compute config
        replica_count (str): Number of replicas to provision for this logical pool of nodes per instance of the resource
        service_id (str): ID of a Service
        autoscaling_policy (AutoscalingPolicy | Unset): Autoscaling policy for compute nodes
        compute_instance_type_config_overrides (ComputeConfigComputeInstanceTypeConfigOverrides | Unset): The compute
            instance type config overrides for this compute config
        cpu_architecture (str | Unset): Processor architecture
        infra_config_i_ds (list[str] | Unset): The list of infra config IDs associated with the compute config.
        instance_types (ComputeConfigInstanceTypes | Unset): The instance types for this compute config
        resources (ResourceSpec | Unset): Resource requirements
        root_volume_size_gi (int | Unset): Size of the root volume in Gi
        warm_pool_configuration (WarmPoolConfiguration | Unset): Warm pool configuration for compute nodes
    """

    description: str
    id: str
    name: str
    replica_count: str
    service_id: str
    autoscaling_policy: AutoscalingPolicy | Unset = UNSET
    compute_instance_type_config_overrides: ComputeConfigComputeInstanceTypeConfigOverrides | Unset = UNSET
    cpu_architecture: str | Unset = UNSET
    infra_config_i_ds: list[str] | Unset = UNSET
    instance_types: ComputeConfigInstanceTypes | Unset = UNSET
    resources: ResourceSpec | Unset = UNSET
    root_volume_size_gi: int | Unset = UNSET
    warm_pool_configuration: WarmPoolConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        name = self.name

        replica_count = self.replica_count

        service_id = self.service_id

        autoscaling_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscaling_policy, Unset):
            autoscaling_policy = self.autoscaling_policy.to_dict()

        compute_instance_type_config_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute_instance_type_config_overrides, Unset):
            compute_instance_type_config_overrides = self.compute_instance_type_config_overrides.to_dict()

        cpu_architecture = self.cpu_architecture

        infra_config_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.infra_config_i_ds, Unset):
            infra_config_i_ds = self.infra_config_i_ds

        instance_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types, Unset):
            instance_types = self.instance_types.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        root_volume_size_gi = self.root_volume_size_gi

        warm_pool_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warm_pool_configuration, Unset):
            warm_pool_configuration = self.warm_pool_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "replicaCount": replica_count,
                "serviceId": service_id,
            }
        )
        if autoscaling_policy is not UNSET:
            field_dict["autoscalingPolicy"] = autoscaling_policy
        if compute_instance_type_config_overrides is not UNSET:
            field_dict["computeInstanceTypeConfigOverrides"] = compute_instance_type_config_overrides
        if cpu_architecture is not UNSET:
            field_dict["cpuArchitecture"] = cpu_architecture
        if infra_config_i_ds is not UNSET:
            field_dict["infraConfigIDs"] = infra_config_i_ds
        if instance_types is not UNSET:
            field_dict["instanceTypes"] = instance_types
        if resources is not UNSET:
            field_dict["resources"] = resources
        if root_volume_size_gi is not UNSET:
            field_dict["rootVolumeSizeGi"] = root_volume_size_gi
        if warm_pool_configuration is not UNSET:
            field_dict["warmPoolConfiguration"] = warm_pool_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _obj.replica_count = src_dict["replicaCount"]

        _obj.service_id = src_dict["serviceId"]

        _autoscaling_policy = src_dict.get("autoscalingPolicy", UNSET)
        autoscaling_policy: AutoscalingPolicy | Unset
        if isinstance(_autoscaling_policy, Unset):
            autoscaling_policy = UNSET
        else:
            autoscaling_policy = AutoscalingPolicy.from_dict(_autoscaling_policy)

        _obj.autoscaling_policy = autoscaling_policy

        _compute_instance_type_config_overrides = src_dict.get("computeInstanceTypeConfigOverrides", UNSET)
        compute_instance_type_config_overrides: ComputeConfigComputeInstanceTypeConfigOverrides | Unset
        if isinstance(_compute_instance_type_config_overrides, Unset):
            compute_instance_type_config_overrides = UNSET
        else:
            compute_instance_type_config_overrides = ComputeConfigComputeInstanceTypeConfigOverrides.from_dict(
                _compute_instance_type_config_overrides
            )

        _obj.compute_instance_type_config_overrides = compute_instance_type_config_overrides

        _obj.cpu_architecture = src_dict.get("cpuArchitecture", UNSET)

        infra_config_i_ds = cast(list[str], src_dict.get("infraConfigIDs", UNSET))

        _obj.infra_config_i_ds = infra_config_i_ds

        _instance_types = src_dict.get("instanceTypes", UNSET)
        instance_types: ComputeConfigInstanceTypes | Unset
        if isinstance(_instance_types, Unset):
            instance_types = UNSET
        else:
            instance_types = ComputeConfigInstanceTypes.from_dict(_instance_types)

        _obj.instance_types = instance_types

        _resources = src_dict.get("resources", UNSET)
        resources: ResourceSpec | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ResourceSpec.from_dict(_resources)

        _obj.resources = resources

        _obj.root_volume_size_gi = src_dict.get("rootVolumeSizeGi", UNSET)

        _warm_pool_configuration = src_dict.get("warmPoolConfiguration", UNSET)
        warm_pool_configuration: WarmPoolConfiguration | Unset
        if isinstance(_warm_pool_configuration, Unset):
            warm_pool_configuration = UNSET
        else:
            warm_pool_configuration = WarmPoolConfiguration.from_dict(_warm_pool_configuration)

        _obj.warm_pool_configuration = warm_pool_configuration

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
        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _obj.replica_count = _pop("replicaCount")

        _obj.service_id = _pop("serviceId")

        _autoscaling_policy = _pop("autoscalingPolicy", UNSET)
        _obj.autoscaling_policy = (
            UNSET if _autoscaling_policy is UNSET else AutoscalingPolicy._from_json(_autoscaling_policy)
        )

        _compute_instance_type_config_overrides = _pop("computeInstanceTypeConfigOverrides", UNSET)
        _obj.compute_instance_type_config_overrides = (
            UNSET
            if _compute_instance_type_config_overrides is UNSET
            else ComputeConfigComputeInstanceTypeConfigOverrides._from_json(_compute_instance_type_config_overrides)
        )

        _obj.cpu_architecture = _pop("cpuArchitecture", UNSET)

        infra_config_i_ds = cast(list[str], _pop("infraConfigIDs", UNSET))

        _obj.infra_config_i_ds = infra_config_i_ds

        _instance_types = _pop("instanceTypes", UNSET)
        _obj.instance_types = (
            UNSET if _instance_types is UNSET else ComputeConfigInstanceTypes._from_json(_instance_types)
        )

        _resources = _pop("resources", UNSET)
        _obj.resources = UNSET if _resources is UNSET else ResourceSpec._from_json(_resources)

        _obj.root_volume_size_gi = _pop("rootVolumeSizeGi", UNSET)

        _warm_pool_configuration = _pop("warmPoolConfiguration", UNSET)
        _obj.warm_pool_configuration = (
            UNSET if _warm_pool_configuration is UNSET else WarmPoolConfiguration._from_json(_warm_pool_configuration)
        )

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
