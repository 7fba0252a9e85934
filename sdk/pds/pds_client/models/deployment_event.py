from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.k8s_event import K8SEvent

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, K8SEvent
    from ..models.k8s_event import K8SEvent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DeploymentEvent")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "deployment_id",
        "events",
        "namespace",
    }
)


@_attrs_define
class DeploymentEvent:
    """
    Attributes:
        deployment_id (str): DeploymentID of the event.
        events (list[K8SEvent]): List of k8s events for the deployment
        namespace (str): Namespace in which the deployment events were generated.
    """

    deployment_id: str
    events: list[K8SEvent]
    namespace: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        deployment_id = self.deployment_id

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_id": deployment_id,
                "events": events,
                "namespace": namespace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.deployment_id = src_dict["deployment_id"]

        _events_item = K8SEvent.from_dict
        events = [_events_item(item) for item in src_dict["events"]]

        _obj.events = events

        _obj.namespace = src_dict["namespace"]

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
        _obj.deployment_id = _pop("deployment_id")

        _events = _pop("events")
        _events[:] = map(K8SEvent._from_json, _events)
        _obj.events = _events

        _obj.namespace = _pop("namespace")

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
