from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_dependency_parameter_map import ResourceDependencyParameterMap

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ResourceDependencyParameterMap
    from ..models.resource_dependency_parameter_map import ResourceDependencyParameterMap  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResourceDependency")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "resourceId",
        "parameterMap",
    }
)


@_attrs_define
class ResourceDependency:
    """Resource dependency relation specification

    Attributes:
        resource_id (str): ID of a resource
        parameter_map (ResourceDependencyParameterMap | Unset): A map of the source parameter to the resource dependency
            parameter
    """

    resource_id: str
    parameter_map: ResourceDependencyParameterMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        resource_id = self.resource_id

        parameter_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_map, Unset):
            parameter_map = self.parameter_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
            }
        )
        if parameter_map is not UNSET:
            field_dict["parameterMap"] = parameter_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.resource_id = src_dict["resourceId"]

        _parameter_map = src_dict.get("parameterMap", UNSET)
        parameter_map: ResourceDependencyParameterMap | Unset
        if isinstance(_parameter_map, Unset):
            parameter_map = UNSET
        else:
            parameter_map = ResourceDependencyParameterMap.from_dict(_parameter_map)

        _obj.parameter_map = parameter_map

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
        _obj.resource_id = _pop("resourceId")

        _parameter_map = _pop("parameterMap", UNSET)
        _obj.parameter_map = (
            UNSET if _parameter_map is UNSET else ResourceDependencyParameterMap._from_json(_parameter_map)
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
