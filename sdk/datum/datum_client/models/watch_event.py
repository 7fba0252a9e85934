from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.watch_event_type import WatchEventType

if TYPE_CHECKING:
    from ..models.watch_event_object import WatchEventObject

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, WatchEventObject
    from ..models.watch_event_object import WatchEventObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WatchEvent")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "type",
        "object",
    }
)


@_attrs_define
class WatchEvent:
    """One event of a watch stream; the stream holds one per line.

    Attributes:
        type_ (WatchEventType): What happened to the object.
        object_ (WatchEventObject): The project as of the event; for `BOOKMARK` only its `metadata.resourceVersion`; for
            `ERROR` a `Status`.
    """

    type_: WatchEventType
    object_: WatchEventObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        type_ = self.type_.value

        object_ = self.object_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        type_ = WatchEventType(src_dict["type"])

        _obj.type_ = type_

        object_ = WatchEventObject.from_dict(src_dict["object"])

        _obj.object_ = object_

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
        type_ = WatchEventType(_pop("type"))

        _obj.type_ = type_

        _obj.object_ = WatchEventObject._from_json(_pop("object"))

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
