from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_parent import ProjectParent

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ProjectParent
    from ..models.project_parent import ProjectParent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectSpec")


@_attrs_define
class ProjectSpec:
    """ProjectSpec defines the desired state of Project.

    Attributes:
        parent (ProjectParent): A reference to the project's parent in the resource hierarchy.
    """

    parent: ProjectParent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        parent = self.parent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent": parent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        parent = ProjectParent.from_dict(d.pop("parent"))

        project_spec = cls(
            parent=parent,
        )

        project_spec.additional_properties = d
        return project_spec

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
