from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="S3CompatibleCredentials")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "access_key",
        "endpoint",
        "secret_key",
    }
)


@_attrs_define
class S3CompatibleCredentials:
    """
    Attributes:
        access_key (str | Unset): Access key for S3-compatible user.
        endpoint (str | Unset): Endpoint of S3-compatible storage service.
        secret_key (str | Unset): Secret key for S3-compatible user.
    """

    access_key: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        endpoint = self.endpoint

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.access_key = src_dict.get("access_key", UNSET)

        _obj.endpoint = src_dict.get("endpoint", UNSET)

        _obj.secret_key = src_dict.get("secret_key", UNSET)

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
        _obj.access_key = _pop("access_key", UNSET)

        _obj.endpoint = _pop("endpoint", UNSET)

        _obj.secret_key = _pop("secret_key", UNSET)

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
