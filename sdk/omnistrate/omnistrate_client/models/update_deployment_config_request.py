from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.infra_roll_configuration import InfraRollConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, InfraRollConfiguration
    from ..models.infra_roll_configuration import InfraRollConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateDeploymentConfigRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "infraRollConfiguration",
        "name",
        "rolloutPriorityList",
    }
)


@_attrs_define
class UpdateDeploymentConfigRequest:
    """Request body of UpdateDeploymentConfig

    Attributes:
        description (str | Unset): A brief description of the deployment config
        infra_roll_configuration (InfraRollConfiguration | Unset): The rollout configuration to use for making changes
            to the resources backed by this infra
        name (str | Unset): Name of the deployment config
        rollout_priority_list (list[str] | Unset):
    """

    description: str | Unset = UNSET
    infra_roll_configuration: InfraRollConfiguration | Unset = UNSET
    name: str | Unset = UNSET
    rollout_priority_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        infra_roll_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.infra_roll_configuration, Unset):
            infra_roll_configuration = self.infra_roll_configuration.to_dict()

        name = self.name

        rollout_priority_list: list[str] | Unset = UNSET
        if not isinstance(self.rollout_priority_list, Unset):
            rollout_priority_list = self.rollout_priority_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if infra_roll_configuration is not UNSET:
            field_dict["infraRollConfiguration"] = infra_roll_configuration
        if name is not UNSET:
            field_dict["name"] = name
        if rollout_priority_list is not UNSET:
            field_dict["rolloutPriorityList"] = rollout_priority_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict.get("description", UNSET)

        _infra_roll_configuration = src_dict.get("infraRollConfiguration", UNSET)
        infra_roll_configuration: InfraRollConfiguration | Unset
        if isinstance(_infra_roll_configuration, Unset):
            infra_roll_configuration = UNSET
        else:
            infra_roll_configuration = InfraRollConfiguration.from_dict(_infra_roll_configuration)

        _obj.infra_roll_configuration = infra_roll_configuration

        _obj.name = src_dict.get("name", UNSET)

        rollout_priority_list = cast(list[str], src_dict.get("rolloutPriorityList", UNSET))

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
        _obj.description = _pop("description", UNSET)

        _infra_roll_configuration = _pop("infraRollConfiguration", UNSET)
        _obj.infra_roll_configuration = (
            UNSET
            if _infra_roll_configuration is UNSET
            else InfraRollConfiguration._from_json(_infra_roll_configuration)
        )

        _obj.name = _pop("name", UNSET)

        rollout_priority_list = cast(list[str], _pop("rolloutPriorityList", UNSET))

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
