from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_policy import AccessPolicy

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AccessPolicy
    from ..models.access_policy import AccessPolicy  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="IAMRequest")


@_attrs_define
class IAMRequest:
    """
    Attributes:
        actor_id (str):
        data (AccessPolicy):
    """

    actor_id: str
    data: AccessPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        actor_id = self.actor_id

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_id": actor_id,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        actor_id = d.pop("actor_id")

        data = AccessPolicy.from_dict(d.pop("data"))

        iam_request = cls(
            actor_id=actor_id,
            data=data,
        )

        iam_request.additional_properties = d
        return iam_request

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
