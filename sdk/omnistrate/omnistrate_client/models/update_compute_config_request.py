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


T = TypeVar("T", bound="UpdateComputeConfigRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "autoscalingPolicy",
        "cpuArchitecture",
        "description",
        "name",
        "replicaCount",
        "resources",
        "rootVolumeSizeGi",
        "warmPoolConfiguration",
    }
)


@_attrs_define
class UpdateComputeConfigRequest:
    """Request body of UpdateComputeConfig

    Attributes:
        autoscaling_policy (AutoscalingPolicy | Unset): Autoscaling policy for compute nodes
        cpu_architecture (str | Unset): Processor architecture
        description (str | Unset): Description of the compute config
        name (str | Unset): Name of the compute config
        replica_count (str | Unset): Number of replicas to provision for this logical pool of nodes per instance of the
            resource
        resources (ResourceSpec | Unset): Resource requirements
        root_volume_size_gi (int | Unset): Size of the root volume in Gi
        warm_pool_configuration (WarmPoolConfiguration | Unset): Warm pool configuration for compute nodes
    """

    autoscaling_policy: AutoscalingPolicy | Unset = UNSET
    cpu_architecture: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    replica_count: str | Unset = UNSET
    resources: ResourceSpec | Unset = UNSET
    root_volume_size_gi: int | Unset = UNSET
    warm_pool_configuration: WarmPoolConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        autoscaling_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscaling_policy, Unset):
            autoscaling_policy = self.autoscaling_policy.to_dict()

        cpu_architecture = self.cpu_architecture

        description = self.description

        name = self.name

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
        field_dict.update({})
        if autoscaling_policy is not UNSET:
            field_dict["autoscalingPolicy"] = autoscaling_policy
        if cpu_architecture is not UNSET:
            field_dict["cpuArchitecture"] = cpu_architecture
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
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
        _obj = cls.__new__(cls)
        _autoscaling_policy = src_dict.get("autoscalingPolicy", UNSET)
        autoscaling_policy: AutoscalingPolicy | Unset
        if isinstance(_autoscaling_policy, Unset):
            autoscaling_policy = UNSET
        else:
            autoscaling_policy = AutoscalingPolicy.from_dict(_autoscaling_policy)

        _obj.autoscaling_policy = autoscaling_policy

        _obj.cpu_architecture = src_dict.get("cpuArchitecture", UNSET)

        _obj.description = src_dict.get("description", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.replica_count = src_dict.get("replicaCount", UNSET)

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
        _autoscaling_policy = _pop("autoscalingPolicy", UNSET)
        _obj.autoscaling_policy = (
            UNSET if _autoscaling_policy is UNSET else AutoscalingPolicy._from_json(_autoscaling_policy)
        )

        _obj.cpu_architecture = _pop("cpuArchitecture", UNSET)

        _obj.description = _pop("description", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.replica_count = _pop("replicaCount", UNSET)

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
