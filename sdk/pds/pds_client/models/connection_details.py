from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_details_ports import ConnectionDetailsPorts

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ConnectionDetailsPorts
    from ..models.connection_details_ports import ConnectionDetailsPorts  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ConnectionDetails")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "nodes",
        "ports",
    }
)


@_attrs_define
class ConnectionDetails:
    """
    Attributes:
        nodes (list[str] | Unset): Nodes of the data service.
        ports (ConnectionDetailsPorts | Unset): Ports provided by the data service (name and number).
    """

    nodes: list[str] | Unset = UNSET
    ports: ConnectionDetailsPorts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        ports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if ports is not UNSET:
            field_dict["ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        nodes = cast(list[str], src_dict.get("nodes", UNSET))

        _obj.nodes = nodes

        _ports = src_dict.get("ports", UNSET)
        ports: ConnectionDetailsPorts | Unset
        if isinstance(_ports, Unset):
            ports = UNSET
        else:
            ports = ConnectionDetailsPorts.from_dict(_ports)

        _obj.ports = ports

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
        nodes = cast(list[str], _pop("nodes", UNSET))

        _obj.nodes = nodes

        _ports = _pop("ports", UNSET)
        _obj.ports = UNSET if _ports is UNSET else ConnectionDetailsPorts._from_json(_ports)

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
