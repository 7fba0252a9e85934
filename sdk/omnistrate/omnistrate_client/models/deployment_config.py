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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "infraRollConfiguration",
        "name",
        "rolloutPriorityList",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        infra_roll_configuration = InfraRollConfiguration.from_dict(src_dict["infraRollConfiguration"])

        _obj.infra_roll_configuration = infra_roll_configuration

        _obj.name = src_dict["name"]

        rollout_priority_list = cast(list[str], src_dict["rolloutPriorityList"])

        _obj.rollout_priority_list = rollout_priority_list

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

        _obj.infra_roll_configuration = InfraRollConfiguration._from_json(_pop("infraRollConfiguration"))

        _obj.name = _pop("name")

        rollout_priority_list = cast(list[str], _pop("rolloutPriorityList"))

        _obj.rollout_priority_list = rollout_priority_list

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
