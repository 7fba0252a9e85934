from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_snapshot import InstanceSnapshot

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, InstanceSnapshot
    from ..models.instance_snapshot import InstanceSnapshot  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListResourceInstanceSnapshotsResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "snapshots",
    }
)


@_attrs_define
class ListResourceInstanceSnapshotsResult:
    """
    Attributes:
        snapshots (list[InstanceSnapshot] | Unset): The instance snapshots
    """

    snapshots: list[InstanceSnapshot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = []
            for snapshots_item_data in self.snapshots:
                snapshots_item = snapshots_item_data.to_dict()
                snapshots.append(snapshots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _snapshots = src_dict.get("snapshots", UNSET)
        snapshots: list[InstanceSnapshot] | Unset = UNSET
        if _snapshots is not UNSET:
            _snapshots_item = InstanceSnapshot.from_dict
            snapshots = [_snapshots_item(item) for item in _snapshots]

        _obj.snapshots = snapshots

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
        _snapshots = _pop("snapshots", UNSET)
        if _snapshots is not UNSET:
            _snapshots[:] = map(InstanceSnapshot._from_json, _snapshots)
        _obj.snapshots = _snapshots

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
