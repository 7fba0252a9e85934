from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupPrincipal")


@_attrs_define
class GroupPrincipal:
    """The members of a group. Groups of another tenant are accepted.

    Attributes:
        type_ (Literal['group']):
        tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner dashes; starts and
            ends with a letter or digit.
        group (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner dashes; starts and ends
            with a letter or digit.
    """

    type_: Literal["group"]
    tenant: str
    group: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tenant = self.tenant

        group = self.group

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "tenant": tenant,
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        type_ = cast(Literal["group"], src_dict["type"])
        if type_ != "group":
            raise ValueError(f"type must match const 'group', got '{type_}'")
        _obj.type_ = type_

        _obj.tenant = src_dict["tenant"]

        _obj.group = src_dict["group"]

        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        type_ = cast(Literal["group"], _pop("type"))
        if type_ != "group":
            raise ValueError(f"type must match const 'group', got '{type_}'")
        _obj.type_ = type_

        _obj.tenant = _pop("tenant")

        _obj.group = _pop("group")

        return _obj
