from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "referenceName",
        "repositoryUrl",
        "accessToken",
        "commitSHA",
        "userName",
    }
)


@_attrs_define
class GitConfiguration:
    """
    Attributes:
        reference_name (str): The reference name of the repository
        repository_url (str): The URL of the repository
        access_token (str | Unset): The access token
        commit_sha (str | Unset): The commit SHA to checkout
        user_name (str | Unset): The name of github user
    """

    reference_name: str
    repository_url: str
    access_token: str | Unset = UNSET
    commit_sha: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_name = self.reference_name

        repository_url = self.repository_url

        access_token = self.access_token

        commit_sha = self.commit_sha

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceName": reference_name,
                "repositoryUrl": repository_url,
            }
        )
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if commit_sha is not UNSET:
            field_dict["commitSHA"] = commit_sha
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.reference_name = src_dict["referenceName"]

        _obj.repository_url = src_dict["repositoryUrl"]

        _obj.access_token = src_dict.get("accessToken", UNSET)

        _obj.commit_sha = src_dict.get("commitSHA", UNSET)

        _obj.user_name = src_dict.get("userName", UNSET)

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
        _obj.reference_name = _pop("referenceName")

        _obj.repository_url = _pop("repositoryUrl")

        _obj.access_token = _pop("accessToken", UNSET)

        _obj.commit_sha = _pop("commitSHA", UNSET)

        _obj.user_name = _pop("userName", UNSET)

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
