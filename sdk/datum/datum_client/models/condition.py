from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_status import ConditionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Condition")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "lastTransitionTime",
        "message",
        "reason",
        "status",
        "type",
        "observedGeneration",
    }
)


@_attrs_define
class Condition:
    """Condition contains details for one aspect of the current state of this API Resource.

    Attributes:
        last_transition_time (datetime.datetime): lastTransitionTime is the last time the condition transitioned from
            one status to another.
        message (str): message is a human readable message indicating details about the transition. This may be an empty
            string.
        reason (str): reason contains a programmatic identifier indicating the reason for the condition's last
            transition, in CamelCase. This field may not be empty.
        status (ConditionStatus): status of the condition, one of True, False, Unknown.
        type_ (str): type of condition in CamelCase or in foo.example.com/CamelCase.
        observed_generation (int | Unset): observedGeneration represents the .metadata.generation that the condition was
            set based upon.
    """

    last_transition_time: datetime.datetime
    message: str
    reason: str
    status: ConditionStatus
    type_: str
    observed_generation: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_transition_time = self.last_transition_time.isoformat()

        message = self.message

        reason = self.reason

        status = self.status.value

        type_ = self.type_

        observed_generation = self.observed_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastTransitionTime": last_transition_time,
                "message": message,
                "reason": reason,
                "status": status,
                "type": type_,
            }
        )
        if observed_generation is not UNSET:
            field_dict["observedGeneration"] = observed_generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        last_transition_time = datetime.datetime.fromisoformat(src_dict["lastTransitionTime"])

        _obj.last_transition_time = last_transition_time

        _obj.message = src_dict["message"]

        _obj.reason = src_dict["reason"]

        status = ConditionStatus(src_dict["status"])

        _obj.status = status

        _obj.type_ = src_dict["type"]

        _obj.observed_generation = src_dict.get("observedGeneration", UNSET)

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
        last_transition_time = datetime.datetime.fromisoformat(_pop("lastTransitionTime"))

        _obj.last_transition_time = last_transition_time

        _obj.message = _pop("message")

        _obj.reason = _pop("reason")

        status = ConditionStatus(_pop("status"))

        _obj.status = status

        _obj.type_ = _pop("type")

        _obj.observed_generation = _pop("observedGeneration", UNSET)

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
