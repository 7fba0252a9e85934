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
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        replica_count = d.pop("replicaCount")

        service_id = d.pop("serviceId")

        _autoscaling_policy = d.pop("autoscalingPolicy", UNSET)
        autoscaling_policy: AutoscalingPolicy | Unset
        if isinstance(_autoscaling_policy, Unset):
            autoscaling_policy = UNSET
        else:
            autoscaling_policy = AutoscalingPolicy.from_dict(_autoscaling_policy)

        _compute_instance_type_config_overrides = d.pop("computeInstanceTypeConfigOverrides", UNSET)
        compute_instance_type_config_overrides: ComputeConfigComputeInstanceTypeConfigOverrides | Unset
        if isinstance(_compute_instance_type_config_overrides, Unset):
            compute_instance_type_config_overrides = UNSET
        else:
            compute_instance_type_config_overrides = ComputeConfigComputeInstanceTypeConfigOverrides.from_dict(
                _compute_instance_type_config_overrides
            )

        cpu_architecture = d.pop("cpuArchitecture", UNSET)

        infra_config_i_ds = cast(list[str], d.pop("infraConfigIDs", UNSET))

        _instance_types = d.pop("instanceTypes", UNSET)
        instance_types: ComputeConfigInstanceTypes | Unset
        if isinstance(_instance_types, Unset):
            instance_types = UNSET
        else:
            instance_types = ComputeConfigInstanceTypes.from_dict(_instance_types)

        _resources = d.pop("resources", UNSET)
        resources: ResourceSpec | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ResourceSpec.from_dict(_resources)

        root_volume_size_gi = d.pop("rootVolumeSizeGi", UNSET)

        _warm_pool_configuration = d.pop("warmPoolConfiguration", UNSET)
        warm_pool_configuration: WarmPoolConfiguration | Unset
        if isinstance(_warm_pool_configuration, Unset):
            warm_pool_configuration = UNSET
        else:
            warm_pool_configuration = WarmPoolConfiguration.from_dict(_warm_pool_configuration)

        compute_config = cls(
            description=description,
            id=id,
            name=name,
            replica_count=replica_count,
            service_id=service_id,
            autoscaling_policy=autoscaling_policy,
            compute_instance_type_config_overrides=compute_instance_type_config_overrides,
            cpu_architecture=cpu_architecture,
            infra_config_i_ds=infra_config_i_ds,
            instance_types=instance_types,
            resources=resources,
            root_volume_size_gi=root_volume_size_gi,
            warm_pool_configuration=warm_pool_configuration,
        )

        compute_config.additional_properties = d
        return compute_config

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
