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
        d = dict(src_dict)
        type_ = cast(Literal["tenant"], d.pop("type"))
        if type_ != "tenant":
            raise ValueError(f"type must match const 'tenant', got '{type_}'")

        tenant = d.pop("tenant")

        tenant_principal = cls(
            type_=type_,
            tenant=tenant,
        )

        return tenant_principal
