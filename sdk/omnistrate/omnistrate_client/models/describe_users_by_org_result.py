from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org_users import OrgUsers

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, OrgUsers
    from ..models.org_users import OrgUsers  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DescribeUsersByOrgResult")


@_attrs_define
class DescribeUsersByOrgResult:
    """
    Attributes:
        id (str): The ID of the org
        org_users (list[OrgUsers]): The users associated with the corresponding org
    """

    id: str
    org_users: list[OrgUsers]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        id = self.id

        org_users = []
        for org_users_item_data in self.org_users:
            org_users_item = org_users_item_data.to_dict()
            org_users.append(org_users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "orgUsers": org_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        id = d.pop("Id")

        org_users = []
        _org_users = d.pop("orgUsers")
        for org_users_item_data in _org_users:
            org_users_item = OrgUsers.from_dict(org_users_item_data)

            org_users.append(org_users_item)

        describe_users_by_org_result = cls(
            id=id,
            org_users=org_users,
        )

        describe_users_by_org_result.additional_properties = d
        return describe_users_by_org_result

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
