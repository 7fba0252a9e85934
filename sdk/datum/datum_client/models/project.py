from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_api_version import ProjectApiVersion
from ..models.project_kind import ProjectKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_meta import ObjectMeta
    from ..models.project_spec import ProjectSpec
    from ..models.project_status import ProjectStatus

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ObjectMeta, ProjectSpec, ProjectStatus
    from ..models.object_meta import ObjectMeta  # noqa: PLC0415
    from ..models.project_spec import ProjectSpec  # noqa: PLC0415
    from ..models.project_status import ProjectStatus  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """Project is the Schema for the projects API.

    Attributes:
        metadata (ObjectMeta): ObjectMeta is metadata that all persisted resources must have, which includes all objects
            users must create. A new object needs `name` or `generateName`.
        spec (ProjectSpec): ProjectSpec defines the desired state of Project.
        api_version (ProjectApiVersion | Unset): APIVersion defines the versioned schema of this representation of an
            object. Sent bodies may leave it out.
        kind (ProjectKind | Unset): Kind is a string value representing the REST resource this object represents. Sent
            bodies may leave it out.
        status (ProjectStatus | Unset): ProjectStatus defines the observed state of Project.
    """

    metadata: ObjectMeta
    spec: ProjectSpec
    api_version: ProjectApiVersion | Unset = UNSET
    kind: ProjectKind | Unset = UNSET
    status: ProjectStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
            }
        )
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        metadata = ObjectMeta.from_dict(d.pop("metadata"))

        spec = ProjectSpec.from_dict(d.pop("spec"))

        _api_version = d.pop("apiVersion", UNSET)
        api_version: ProjectApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ProjectApiVersion(_api_version)

        _kind = d.pop("kind", UNSET)
        kind: ProjectKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ProjectKind(_kind)

        _status = d.pop("status", UNSET)
        status: ProjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatus.from_dict(_status)

        project = cls(
            metadata=metadata,
            spec=spec,
            api_version=api_version,
            kind=kind,
            status=status,
        )

        project.additional_properties = d
        return project

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
