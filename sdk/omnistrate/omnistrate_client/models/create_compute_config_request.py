from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoscaling_policy import AutoscalingPolicy
    from ..models.resource_spec import ResourceSpec
    from ..models.warm_pool_configuration import WarmPoolConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AutoscalingPolicy, ResourceSpec, WarmPoolConfiguration
    from ..models.autoscaling_policy import AutoscalingPolicy  # noqa: PLC0415
    from ..models.resource_spec import ResourceSpec  # noqa: PLC0415
    from ..models.warm_pool_configuration import WarmPoolConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateComputeConfigRequest")


@_attrs_define
class CreateComputeConfigRequest:
    """Request body of CreateComputeConfig

    Attributes:
        description (str): Description of the compute config
        name (str): Name of the compute config
        autoscaling_policy (AutoscalingPolicy | Unset): Autoscaling policy for compute nodes
        cpu_architecture (str | Unset): Processor architecture
        replica_count (str | Unset): Number of replicas to provision for this logical pool of nodes per instance of the
            resource
        resources (ResourceSpec | Unset): Resource requirements
        root_volume_size_gi (int | Unset): Size of the root volume in Gi
        warm_pool_configuration (WarmPoolConfiguration | Unset): Warm pool configuration for compute nodes
    """

    description: str
    name: str
    autoscaling_policy: AutoscalingPolicy | Unset = UNSET
    cpu_architecture: str | Unset = UNSET
    replica_count: str | Unset = UNSET
    resources: ResourceSpec | Unset = UNSET
    root_volume_size_gi: int | Unset = UNSET
    warm_pool_configuration: WarmPoolConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        name = self.name

        autoscaling_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscaling_policy, Unset):
            autoscaling_policy = self.autoscaling_policy.to_dict()

        cpu_architecture = self.cpu_architecture

        replica_count = self.replica_count

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
                "name": name,
            }
        )
        if autoscaling_policy is not UNSET:
            field_dict["autoscalingPolicy"] = autoscaling_policy
        if cpu_architecture is not UNSET:
            field_dict["cpuArchitecture"] = cpu_architecture
        if replica_count is not UNSET:
            field_dict["replicaCount"] = replica_count
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

        name = d.pop("name")

        _autoscaling_policy = d.pop("autoscalingPolicy", UNSET)
        autoscaling_policy: AutoscalingPolicy | Unset
        if isinstance(_autoscaling_policy, Unset):
            autoscaling_policy = UNSET
        else:
            autoscaling_policy = AutoscalingPolicy.from_dict(_autoscaling_policy)

        cpu_architecture = d.pop("cpuArchitecture", UNSET)

        replica_count = d.pop("replicaCount", UNSET)

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

        create_compute_config_request = cls(
            description=description,
            name=name,
            autoscaling_policy=autoscaling_policy,
            cpu_architecture=cpu_architecture,
            replica_count=replica_count,
            resources=resources,
            root_volume_size_gi=root_volume_size_gi,
            warm_pool_configuration=warm_pool_configuration,
        )

        create_compute_config_request.additional_properties = d
        return create_compute_config_request

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
