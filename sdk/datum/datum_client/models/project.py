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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "metadata",
        "spec",
        "apiVersion",
        "kind",
        "status",
    }
)


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
        _obj = cls.__new__(cls)
        metadata = ObjectMeta.from_dict(src_dict["metadata"])

        _obj.metadata = metadata

        spec = ProjectSpec.from_dict(src_dict["spec"])

        _obj.spec = spec

        _api_version = src_dict.get("apiVersion", UNSET)
        api_version: ProjectApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ProjectApiVersion(_api_version)

        _obj.api_version = api_version

        _kind = src_dict.get("kind", UNSET)
        kind: ProjectKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ProjectKind(_kind)

        _obj.kind = kind

        _status = src_dict.get("status", UNSET)
        status: ProjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatus.from_dict(_status)

        _obj.status = status

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
        _obj.metadata = ObjectMeta._from_json(_pop("metadata"))

        _obj.spec = ProjectSpec._from_json(_pop("spec"))

        _api_version = _pop("apiVersion", UNSET)
        api_version: ProjectApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ProjectApiVersion(_api_version)

        _obj.api_version = api_version

        _kind = _pop("kind", UNSET)
        kind: ProjectKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ProjectKind(_kind)

        _obj.kind = kind

        _status = _pop("status", UNSET)
        _obj.status = UNSET if _status is UNSET else ProjectStatus._from_json(_status)

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
