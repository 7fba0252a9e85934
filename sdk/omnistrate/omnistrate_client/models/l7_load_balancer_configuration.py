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
        d = dict(src_dict)
        _paths = d.pop("paths", UNSET)
        paths: list[LoadBalancerPathConfiguration] | Unset = UNSET
        if _paths is not UNSET:
            paths = []
            for paths_item_data in _paths:
                paths_item = LoadBalancerPathConfiguration.from_dict(paths_item_data)

                paths.append(paths_item)

        l7_load_balancer_configuration = cls(
            paths=paths,
        )

        l7_load_balancer_configuration.additional_properties = d
        return l7_load_balancer_configuration

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
