from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.load_balancer_path_configuration import LoadBalancerPathConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, LoadBalancerPathConfiguration
    from ..models.load_balancer_path_configuration import LoadBalancerPathConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="L7LoadBalancerConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "paths",
    }
)


@_attrs_define
class L7LoadBalancerConfiguration:
    """
    Attributes:
        paths (list[LoadBalancerPathConfiguration] | Unset): The paths to configure on the load balancer
    """

    paths: list[LoadBalancerPathConfiguration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        paths: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = []
            for paths_item_data in self.paths:
                paths_item = paths_item_data.to_dict()
                paths.append(paths_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paths is not UNSET:
            field_dict["paths"] = paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _paths = src_dict.get("paths", UNSET)
        paths: list[LoadBalancerPathConfiguration] | Unset = UNSET
        if _paths is not UNSET:
            _paths_item = LoadBalancerPathConfiguration.from_dict
            paths = [_paths_item(item) for item in _paths]

        _obj.paths = paths

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
        _paths = _pop("paths", UNSET)
        if _paths is not UNSET:
            _paths[:] = map(LoadBalancerPathConfiguration._from_json, _paths)
        _obj.paths = _paths

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
