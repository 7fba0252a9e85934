from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Error")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "name",
        "id",
        "message",
        "temporary",
        "timeout",
        "fault",
    }
)


@_attrs_define
class Error:
    """Goa's error model, answered with content type `application/vnd.goa.error`.

    Attributes:
        name (str): Name is the name of this class of errors (for example `bad_request`).
        id (str): ID is a unique identifier for this particular occurrence of the problem.
        message (str): Message is a human-readable explanation specific to this occurrence of the problem.
        temporary (bool): Is the error temporary?
        timeout (bool): Is the error a timeout?
        fault (bool): Is the error a server-side fault?
    """

    name: str
    id: str
    message: str
    temporary: bool
    timeout: bool
    fault: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        message = self.message

        temporary = self.temporary

        timeout = self.timeout

        fault = self.fault

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "message": message,
                "temporary": temporary,
                "timeout": timeout,
                "fault": fault,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.name = src_dict["name"]

        _obj.id = src_dict["id"]

        _obj.message = src_dict["message"]

        _obj.temporary = src_dict["temporary"]

        _obj.timeout = src_dict["timeout"]

        _obj.fault = src_dict["fault"]

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
        _obj.name = _pop("name")

        _obj.id = _pop("id")

        _obj.message = _pop("message")

        _obj.temporary = _pop("temporary")

        _obj.timeout = _pop("timeout")

        _obj.fault = _pop("fault")

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
