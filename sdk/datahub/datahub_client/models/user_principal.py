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
        _obj = cls.__new__(cls)
        type_ = cast(Literal["user"], src_dict["type"])
        if type_ != "user":
            raise ValueError(f"type must match const 'user', got '{type_}'")
        _obj.type_ = type_

        _obj.user_id = src_dict["userId"]

        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        type_ = cast(Literal["user"], _pop("type"))
        if type_ != "user":
            raise ValueError(f"type must match const 'user', got '{type_}'")
        _obj.type_ = type_

        _obj.user_id = _pop("userId")

        return _obj
