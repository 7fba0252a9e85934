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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "limits",
        "requests",
    }
)


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
        _obj = cls.__new__(cls)
        _limits = src_dict.get("limits", UNSET)
        limits: ResourceLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = ResourceLimits.from_dict(_limits)

        _obj.limits = limits

        _requests = src_dict.get("requests", UNSET)
        requests: ResourceRequests | Unset
        if isinstance(_requests, Unset):
            requests = UNSET
        else:
            requests = ResourceRequests.from_dict(_requests)

        _obj.requests = requests

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
        _limits = _pop("limits", UNSET)
        _obj.limits = UNSET if _limits is UNSET else ResourceLimits._from_json(_limits)

        _requests = _pop("requests", UNSET)
        _obj.requests = UNSET if _requests is UNSET else ResourceRequests._from_json(_requests)

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
