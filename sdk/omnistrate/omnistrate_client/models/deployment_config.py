from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.infra_roll_configuration import InfraRollConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, InfraRollConfiguration
    from ..models.infra_roll_configuration import InfraRollConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DeploymentConfig")


@_attrs_define
class DeploymentConfig:
    """
    Attributes:
        description (str): A brief description of the deployment config
        id (str): ID of a Deployment Config
        infra_roll_configuration (InfraRollConfiguration): The rollout configuration to use for making changes to the
            resources backed by this infra
        name (str): Name of the deployment config
        rollout_priority_list (list[str]):
    """

    description: str
    id: str
    infra_roll_configuration: InfraRollConfiguration
    name: str
    rollout_priority_list: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        infra_roll_configuration = self.infra_roll_configuration.to_dict()

        name = self.name

        rollout_priority_list = self.rollout_priority_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "infraRollConfiguration": infra_roll_configuration,
                "name": name,
                "rolloutPriorityList": rollout_priority_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        infra_roll_configuration = InfraRollConfiguration.from_dict(d.pop("infraRollConfiguration"))

        name = d.pop("name")

        rollout_priority_list = cast(list[str], d.pop("rolloutPriorityList"))

        deployment_config = cls(
            description=description,
            id=id,
            infra_roll_configuration=infra_roll_configuration,
            name=name,
            rollout_priority_list=rollout_priority_list,
        )

        deployment_config.additional_properties = d
        return deployment_config

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
