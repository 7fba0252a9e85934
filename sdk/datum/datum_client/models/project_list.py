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
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Project.from_dict(items_item_data)

            items.append(items_item)

        api_version = d.pop("apiVersion", UNSET)

        kind = d.pop("kind", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMeta | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMeta.from_dict(_metadata)

        project_list = cls(
            items=items,
            api_version=api_version,
            kind=kind,
            metadata=metadata,
        )

        project_list.additional_properties = d
        return project_list

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
