from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.endpoint import Endpoint

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Endpoint
    from ..models.endpoint import Endpoint  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OperatorCRDConfigurationEndpointConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset({})


@_attrs_define
class OperatorCRDConfigurationEndpointConfiguration:
    """The endpoints from the Operator CRD Deployment to expose to the customer"""

    additional_properties: dict[str, Endpoint] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            if prop_name in _FIELDS:
                continue
            additional_property = Endpoint.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = Endpoint.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Endpoint:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Endpoint) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
