from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeploymentTargetRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cluster_id",
        "name",
        "teleport_agent_version",
        "tls_issuer",
        "tls_required",
    }
)


@_attrs_define
class CreateDeploymentTargetRequest:
    """
    Attributes:
        cluster_id (str | Unset):
        name (str | Unset):
        teleport_agent_version (str | Unset):
        tls_issuer (str | Unset):
        tls_required (bool | Unset):
    """

    cluster_id: str | Unset = UNSET
    name: str | Unset = UNSET
    teleport_agent_version: str | Unset = UNSET
    tls_issuer: str | Unset = UNSET
    tls_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        name = self.name

        teleport_agent_version = self.teleport_agent_version

        tls_issuer = self.tls_issuer

        tls_required = self.tls_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if name is not UNSET:
            field_dict["name"] = name
        if teleport_agent_version is not UNSET:
            field_dict["teleport_agent_version"] = teleport_agent_version
        if tls_issuer is not UNSET:
            field_dict["tls_issuer"] = tls_issuer
        if tls_required is not UNSET:
            field_dict["tls_required"] = tls_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cluster_id = src_dict.get("cluster_id", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.teleport_agent_version = src_dict.get("teleport_agent_version", UNSET)

        _obj.tls_issuer = src_dict.get("tls_issuer", UNSET)

        _obj.tls_required = src_dict.get("tls_required", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.cluster_id = _pop("cluster_id", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.teleport_agent_version = _pop("teleport_agent_version", UNSET)

        _obj.tls_issuer = _pop("tls_issuer", UNSET)

        _obj.tls_required = _pop("tls_required", UNSET)

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
