from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable import EnvironmentVariable

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, EnvironmentVariable
    from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UnsetEnvironmentVariablesRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "environmentVariables",
    }
)


@_attrs_define
class UnsetEnvironmentVariablesRequest:
    """Request body of UnsetEnvironmentVariables

    Attributes:
        environment_variables (list[EnvironmentVariable] | Unset): The environment variables that this resource is no
            longer dependent on
    """

    environment_variables: list[EnvironmentVariable] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _environment_variables = src_dict.get("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariable] | Unset = UNSET
        if _environment_variables is not UNSET:
            _environment_variables_item = EnvironmentVariable.from_dict
            environment_variables = [_environment_variables_item(item) for item in _environment_variables]

        _obj.environment_variables = environment_variables

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
        _environment_variables = _pop("environmentVariables", UNSET)
        if _environment_variables is not UNSET:
            _environment_variables[:] = map(EnvironmentVariable._from_json, _environment_variables)
        _obj.environment_variables = _environment_variables

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
