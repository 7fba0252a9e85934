from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Error")


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
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        message = d.pop("message")

        temporary = d.pop("temporary")

        timeout = d.pop("timeout")

        fault = d.pop("fault")

        error = cls(
            name=name,
            id=id,
            message=message,
            temporary=temporary,
            timeout=timeout,
            fault=fault,
        )

        error.additional_properties = d
        return error

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
