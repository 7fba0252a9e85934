from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TenantPrincipal")


@_attrs_define
class TenantPrincipal:
    """Every member of a tenant (a member of any of its groups).

    Attributes:
        type_ (Literal['tenant']):
        tenant (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner dashes; starts and
            ends with a letter or digit.
    """

    type_: Literal["tenant"]
    tenant: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tenant = self.tenant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "tenant": tenant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        type_ = cast(Literal["tenant"], src_dict["type"])
        if type_ != "tenant":
            raise ValueError(f"type must match const 'tenant', got '{type_}'")
        _obj.type_ = type_

        _obj.tenant = src_dict["tenant"]

        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        type_ = cast(Literal["tenant"], _pop("type"))
        if type_ != "tenant":
            raise ValueError(f"type must match const 'tenant', got '{type_}'")
        _obj.type_ = type_

        _obj.tenant = _pop("tenant")

        return _obj
