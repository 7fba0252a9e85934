from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfraRollConfiguration")


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
        d = dict(src_dict)
        infra_rollout_strategy = d.pop("infraRolloutStrategy", UNSET)

        maximum_number_of_resource_instances_per_batch = d.pop("maximumNumberOfResourceInstancesPerBatch", UNSET)

        maximum_unavailable_replicas = d.pop("maximumUnavailableReplicas", UNSET)

        infra_roll_configuration = cls(
            infra_rollout_strategy=infra_rollout_strategy,
            maximum_number_of_resource_instances_per_batch=maximum_number_of_resource_instances_per_batch,
            maximum_unavailable_replicas=maximum_unavailable_replicas,
        )

        infra_roll_configuration.additional_properties = d
        return infra_roll_configuration

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
