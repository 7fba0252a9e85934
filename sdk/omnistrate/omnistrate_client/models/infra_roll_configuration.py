from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfraRollConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "infraRolloutStrategy",
        "maximumNumberOfResourceInstancesPerBatch",
        "maximumUnavailableReplicas",
    }
)


@_attrs_define
class InfraRollConfiguration:
    """The rollout configuration to use for making changes to the resources backed by this infra

    Attributes:
        infra_rollout_strategy (str | Unset): Rollout strategy to use for infra config updates
        maximum_number_of_resource_instances_per_batch (int | Unset): Maximum number of resource instances to update in
            a single batch Default: 1.
        maximum_unavailable_replicas (int | Unset): Maximum number of replicas of this resource that can be unavailable
            before halting the rollout Default: 1.
    """

    infra_rollout_strategy: str | Unset = UNSET
    maximum_number_of_resource_instances_per_batch: int | Unset = 1
    maximum_unavailable_replicas: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infra_rollout_strategy = self.infra_rollout_strategy

        maximum_number_of_resource_instances_per_batch = self.maximum_number_of_resource_instances_per_batch

        maximum_unavailable_replicas = self.maximum_unavailable_replicas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infra_rollout_strategy is not UNSET:
            field_dict["infraRolloutStrategy"] = infra_rollout_strategy
        if maximum_number_of_resource_instances_per_batch is not UNSET:
            field_dict["maximumNumberOfResourceInstancesPerBatch"] = maximum_number_of_resource_instances_per_batch
        if maximum_unavailable_replicas is not UNSET:
            field_dict["maximumUnavailableReplicas"] = maximum_unavailable_replicas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.infra_rollout_strategy = src_dict.get("infraRolloutStrategy", UNSET)

        _obj.maximum_number_of_resource_instances_per_batch = src_dict.get(
            "maximumNumberOfResourceInstancesPerBatch", UNSET
        )

        _obj.maximum_unavailable_replicas = src_dict.get("maximumUnavailableReplicas", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.infra_rollout_strategy = _pop("infraRolloutStrategy", UNSET)

        _obj.maximum_number_of_resource_instances_per_batch = _pop("maximumNumberOfResourceInstancesPerBatch", UNSET)

        _obj.maximum_unavailable_replicas = _pop("maximumUnavailableReplicas", UNSET)

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
