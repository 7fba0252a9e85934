from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_capability import ResourceCapability

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ResourceCapability
    from ..models.resource_capability import ResourceCapability  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListResourceCapabilitiesResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "capabilities",
    }
)


@_attrs_define
class ListResourceCapabilitiesResult:
    """
    Attributes:
        capabilities (list[ResourceCapability] | Unset): The configurationParameters to enable capabilities for the
            resource
    """

    capabilities: list[ResourceCapability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _capabilities = src_dict.get("capabilities", UNSET)
        capabilities: list[ResourceCapability] | Unset = UNSET
        if _capabilities is not UNSET:
            _capabilities_item = ResourceCapability.from_dict
            capabilities = [_capabilities_item(item) for item in _capabilities]

        _obj.capabilities = capabilities

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
        _capabilities = _pop("capabilities", UNSET)
        if _capabilities is not UNSET:
            _capabilities[:] = map(ResourceCapability._from_json, _capabilities)
        _obj.capabilities = _capabilities

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
