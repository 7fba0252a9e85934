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
        d = dict(src_dict)
        nodes = cast(list[str], d.pop("nodes", UNSET))

        _ports = d.pop("ports", UNSET)
        ports: ConnectionDetailsPorts | Unset
        if isinstance(_ports, Unset):
            ports = UNSET
        else:
            ports = ConnectionDetailsPorts.from_dict(_ports)

        connection_details = cls(
            nodes=nodes,
            ports=ports,
        )

        connection_details.additional_properties = d
        return connection_details

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
