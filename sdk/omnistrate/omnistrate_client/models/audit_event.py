from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_failure import WorkflowFailure

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, WorkflowFailure
    from ..models.workflow_failure import WorkflowFailure  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AuditEvent")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "id",
        "message",
        "resourceInstanceId",
        "resourceName",
        "subscriptionId",
        "time",
        "eventSource",
        "orgId",
        "orgName",
        "userId",
        "userName",
        "workflowFailures",
    }
)


@_attrs_define
class AuditEvent:
    """
    Attributes:
        id (str): ID of a Event
        message (str): Resource Instance of message
        resource_instance_id (str): Instance Id of the resource instance
        resource_name (str): Name of the resource
        subscription_id (str): The subscription ID
        time (str): The event time
        event_source (str | Unset): The event source
        org_id (str | Unset): ID of an Org
        org_name (str | Unset): The organization name of the user that caused the event
        user_id (str | Unset): ID of a User
        user_name (str | Unset): The user name of the user that caused the event
        workflow_failures (list[WorkflowFailure] | Unset): The list of workflow events that indicate failures
    """

    id: str
    message: str
    resource_instance_id: str
    resource_name: str
    subscription_id: str
    time: str
    event_source: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    workflow_failures: list[WorkflowFailure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        id = self.id

        message = self.message

        resource_instance_id = self.resource_instance_id

        resource_name = self.resource_name

        subscription_id = self.subscription_id

        time = self.time

        event_source = self.event_source

        org_id = self.org_id

        org_name = self.org_name

        user_id = self.user_id

        user_name = self.user_name

        workflow_failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_failures, Unset):
            workflow_failures = []
            for workflow_failures_item_data in self.workflow_failures:
                workflow_failures_item = workflow_failures_item_data.to_dict()
                workflow_failures.append(workflow_failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "resourceInstanceId": resource_instance_id,
                "resourceName": resource_name,
                "subscriptionId": subscription_id,
                "time": time,
            }
        )
        if event_source is not UNSET:
            field_dict["eventSource"] = event_source
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if workflow_failures is not UNSET:
            field_dict["workflowFailures"] = workflow_failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.id = src_dict["id"]

        _obj.message = src_dict["message"]

        _obj.resource_instance_id = src_dict["resourceInstanceId"]

        _obj.resource_name = src_dict["resourceName"]

        _obj.subscription_id = src_dict["subscriptionId"]

        _obj.time = src_dict["time"]

        _obj.event_source = src_dict.get("eventSource", UNSET)

        _obj.org_id = src_dict.get("orgId", UNSET)

        _obj.org_name = src_dict.get("orgName", UNSET)

        _obj.user_id = src_dict.get("userId", UNSET)

        _obj.user_name = src_dict.get("userName", UNSET)

        _workflow_failures = src_dict.get("workflowFailures", UNSET)
        workflow_failures: list[WorkflowFailure] | Unset = UNSET
        if _workflow_failures is not UNSET:
            _workflow_failures_item = WorkflowFailure.from_dict
            workflow_failures = [_workflow_failures_item(item) for item in _workflow_failures]

        _obj.workflow_failures = workflow_failures

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.id = _pop("id")

        _obj.message = _pop("message")

        _obj.resource_instance_id = _pop("resourceInstanceId")

        _obj.resource_name = _pop("resourceName")

        _obj.subscription_id = _pop("subscriptionId")

        _obj.time = _pop("time")

        _obj.event_source = _pop("eventSource", UNSET)

        _obj.org_id = _pop("orgId", UNSET)

        _obj.org_name = _pop("orgName", UNSET)

        _obj.user_id = _pop("userId", UNSET)

        _obj.user_name = _pop("userName", UNSET)

        _workflow_failures = _pop("workflowFailures", UNSET)
        if _workflow_failures is not UNSET:
            _workflow_failures[:] = map(WorkflowFailure._from_json, _workflow_failures)
        _obj.workflow_failures = _workflow_failures

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
