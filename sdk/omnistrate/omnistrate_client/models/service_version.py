from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceVersion")


@_attrs_define
class ServiceVersion:
    """
    Attributes:
        api_version (str): Version of the Entity to operate on
        build_commit_sha (str): The commit hash of the build
        build_timestamp (str): The timestamp of the build
    """

    api_version: str
    build_commit_sha: str
    build_timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        build_commit_sha = self.build_commit_sha

        build_timestamp = self.build_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "buildCommitSHA": build_commit_sha,
                "buildTimestamp": build_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = d.pop("apiVersion")

        build_commit_sha = d.pop("buildCommitSHA")

        build_timestamp = d.pop("buildTimestamp")

        service_version = cls(
            api_version=api_version,
            build_commit_sha=build_commit_sha,
            build_timestamp=build_timestamp,
        )

        service_version.additional_properties = d
        return service_version

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
