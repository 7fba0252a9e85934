from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobConfig")


@_attrs_define
class JobConfig:
    """
    Attributes:
        active_deadline_seconds (int | Unset): The duration in seconds relative to the startTime that the job may be
            active before the system tries to terminate it Default: 3600.
        backoff_limit (int | Unset): The number of retries before marking the job as failed Default: 5.
    """

    active_deadline_seconds: int | Unset = 3600
    backoff_limit: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_deadline_seconds = self.active_deadline_seconds

        backoff_limit = self.backoff_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_deadline_seconds is not UNSET:
            field_dict["activeDeadlineSeconds"] = active_deadline_seconds
        if backoff_limit is not UNSET:
            field_dict["backoffLimit"] = backoff_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_deadline_seconds = d.pop("activeDeadlineSeconds", UNSET)

        backoff_limit = d.pop("backoffLimit", UNSET)

        job_config = cls(
            active_deadline_seconds=active_deadline_seconds,
            backoff_limit=backoff_limit,
        )

        job_config.additional_properties = d
        return job_config

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
