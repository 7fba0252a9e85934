from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_meta import ListMeta
    from ..models.project import Project

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ListMeta, Project
    from ..models.list_meta import ListMeta  # noqa: PLC0415
    from ..models.project import Project  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectList")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "items",
        "apiVersion",
        "kind",
        "metadata",
    }
)


@_attrs_define
class ProjectList:
    """ProjectList is a list of Project.

    Attributes:
        items (list[Project]): List of projects.
        api_version (str | Unset): APIVersion defines the versioned schema of this representation of an object.
        kind (str | Unset): Kind is a string value representing the REST resource this object represents.
        metadata (ListMeta | Unset): ListMeta describes metadata that synthetic resources must have, including lists and
            various status objects.
    """

    items: list[Project]
    api_version: str | Unset = UNSET
    kind: str | Unset = UNSET
    metadata: ListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        api_version = self.api_version

        kind = self.kind

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _items_item = Project.from_dict
        items = [_items_item(item) for item in src_dict["items"]]

        _obj.items = items

        _obj.api_version = src_dict.get("apiVersion", UNSET)

        _obj.kind = src_dict.get("kind", UNSET)

        _metadata = src_dict.get("metadata", UNSET)
        metadata: ListMeta | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMeta.from_dict(_metadata)

        _obj.metadata = metadata

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
        _items = _pop("items")
        _items[:] = map(Project._from_json, _items)
        _obj.items = _items

        _obj.api_version = _pop("apiVersion", UNSET)

        _obj.kind = _pop("kind", UNSET)

        _metadata = _pop("metadata", UNSET)
        _obj.metadata = UNSET if _metadata is UNSET else ListMeta._from_json(_metadata)

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
