from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition
    from ..models.typed_local_object_reference import TypedLocalObjectReference

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Condition, TypedLocalObjectReference
    from ..models.condition import Condition  # noqa: PLC0415
    from ..models.typed_local_object_reference import TypedLocalObjectReference  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResourceConditions")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "conditions",
        "resource",
    }
)


@_attrs_define
class ResourceConditions:
    """
    Attributes:
        conditions (list[Condition] | Unset):
        resource (TypedLocalObjectReference | Unset):
    """

    conditions: list[Condition] | Unset = UNSET
    resource: TypedLocalObjectReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _conditions = src_dict.get("conditions", UNSET)
        conditions: list[Condition] | Unset = UNSET
        if _conditions is not UNSET:
            _conditions_item = Condition.from_dict
            conditions = [_conditions_item(item) for item in _conditions]

        _obj.conditions = conditions

        _resource = src_dict.get("resource", UNSET)
        resource: TypedLocalObjectReference | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = TypedLocalObjectReference.from_dict(_resource)

        _obj.resource = resource

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
        _conditions = _pop("conditions", UNSET)
        if _conditions is not UNSET:
            _conditions[:] = map(Condition._from_json, _conditions)
        _obj.conditions = _conditions

        _resource = _pop("resource", UNSET)
        _obj.resource = UNSET if _resource is UNSET else TypedLocalObjectReference._from_json(_resource)

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
