from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_limits import ResourceLimits
    from ..models.resource_requests import ResourceRequests

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ResourceLimits, ResourceRequests
    from ..models.resource_limits import ResourceLimits  # noqa: PLC0415
    from ..models.resource_requests import ResourceRequests  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResourceSpec")


@_attrs_define
class ResourceSpec:
    """Resource requirements

    Attributes:
        limits (ResourceLimits | Unset): The maximum amount of CPU and memory that the container can use
        requests (ResourceRequests | Unset): The amount of CPU and memory that Kubernetes will guarantee for the
            container
    """

    limits: ResourceLimits | Unset = UNSET
    requests: ResourceRequests | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limits is not UNSET:
            field_dict["limits"] = limits
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _limits = d.pop("limits", UNSET)
        limits: ResourceLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = ResourceLimits.from_dict(_limits)

        _requests = d.pop("requests", UNSET)
        requests: ResourceRequests | Unset
        if isinstance(_requests, Unset):
            requests = UNSET
        else:
            requests = ResourceRequests.from_dict(_requests)

        resource_spec = cls(
            limits=limits,
            requests=requests,
        )

        resource_spec.additional_properties = d
        return resource_spec

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
