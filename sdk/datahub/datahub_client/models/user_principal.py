from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="UserPrincipal")


@_attrs_define
class UserPrincipal:
    """One user, by user id.

    Attributes:
        type_ (Literal['user']):
        user_id (str): The user's id (the `sub` of its tokens).
    """

    type_: Literal["user"]
    user_id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["user"], d.pop("type"))
        if type_ != "user":
            raise ValueError(f"type must match const 'user', got '{type_}'")

        user_id = d.pop("userId")

        user_principal = cls(
            type_=type_,
            user_id=user_id,
        )

        return user_principal
