# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..models.project_api_version import ProjectApiVersion
from ..models.project_kind import ProjectKind
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.object_meta import ObjectMeta, ObjectMetaDict
    from ..models.project_spec import ProjectSpec, ProjectSpecDict
    from ..models.project_status import ProjectStatus, ProjectStatusDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ObjectMeta, ProjectSpec, ProjectStatus
    from ..models.object_meta import ObjectMeta  # noqa: PLC0415
    from ..models.project_spec import ProjectSpec  # noqa: PLC0415
    from ..models.project_status import ProjectStatus  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "metadata",
    "spec",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "api_version",
    "kind",
    "status",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "metadata",
        "spec",
        "apiVersion",
        "kind",
        "status",
    }
)


# `Project` as a plain mapping of its JSON shape, accepted wherever a `Project` is.
class ProjectDict(TypedDict, total=False):
    metadata: Required[ObjectMetaDict]
    spec: Required[ProjectSpecDict]
    apiVersion: ProjectApiVersion | Literal["resourcemanager.datumapis.com/v1alpha"]
    kind: ProjectKind | Literal["Project"]
    status: ProjectStatusDict


@_attrs_define(init=False, repr=False)
class Project:
    """Project is the Schema for the projects API.

    Attributes:
            metadata (ObjectMeta): ObjectMeta is metadata that all persisted resources must have, which includes all objects users must
                create. A new object needs `name` or `generateName`.
            spec (ProjectSpec): ProjectSpec defines the desired state of Project.
            api_version (ProjectApiVersion | None): APIVersion defines the versioned schema of this representation of an object. Sent bodies may leave
                it out.
            kind (ProjectKind | None): Kind is a string value representing the REST resource this object represents. Sent bodies may leave
                it out.
            status (ProjectStatus | None): ProjectStatus defines the observed state of Project.
    """

    metadata: ObjectMeta
    spec: ProjectSpec
    api_version: ProjectApiVersion | None = None
    kind: ProjectKind | None = None
    status: ProjectStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        metadata: ObjectMeta | ObjectMetaDict,
        spec: ProjectSpec | ProjectSpecDict,
        api_version: ProjectApiVersion | Literal["resourcemanager.datumapis.com/v1alpha"] | None | Unset = UNSET,
        kind: ProjectKind | Literal["Project"] | None | Unset = UNSET,
        status: ProjectStatus | ProjectStatusDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.metadata = metadata if isinstance(metadata, ObjectMeta) else ObjectMeta.from_dict(metadata)
        self.spec = spec if isinstance(spec, ProjectSpec) else ProjectSpec.from_dict(spec)
        self.api_version = (
            None if api_version is None or isinstance(api_version, Unset) else ProjectApiVersion(api_version)
        )
        if api_version is None:
            _nulls_given.append("api_version")
        self.kind = None if kind is None or isinstance(kind, Unset) else ProjectKind(kind)
        if kind is None:
            _nulls_given.append("kind")
        self.status = (
            None
            if status is None or isinstance(status, Unset)
            else status
            if isinstance(status, ProjectStatus)
            else ProjectStatus.from_dict(status)
        )
        if status is None:
            _nulls_given.append("status")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["metadata"] = self.metadata.to_dict()
        field_dict["spec"] = self.spec.to_dict()
        if self.api_version is not None:
            field_dict["apiVersion"] = self.api_version.value
        elif "api_version" in self._nulls:
            field_dict["apiVersion"] = None
        if self.kind is not None:
            field_dict["kind"] = self.kind.value
        elif "kind" in self._nulls:
            field_dict["kind"] = None
        if self.status is not None:
            field_dict["status"] = self.status.to_dict()
        elif "status" in self._nulls:
            field_dict["status"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Project")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Project")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "metadata"
            _v = _get(_f, _MISSING)
            _obj.metadata = ObjectMeta._parse(_v)

            _f = "spec"
            _v = _get(_f, _MISSING)
            _obj.spec = ProjectSpec._parse(_v)

            _f = "apiVersion"
            _v = _get(_f, None)
            if _v is None:
                _obj.api_version = None
            else:
                _obj.api_version = _m.parse_enum(ProjectApiVersion, _v)

            _f = "kind"
            _v = _get(_f, None)
            if _v is None:
                _obj.kind = None
            else:
                _obj.kind = _m.parse_enum(ProjectKind, _v)

            _f = "status"
            _v = _get(_f, None)
            if _v is None:
                _obj.status = None
            else:
                _obj.status = ProjectStatus._parse(_v)

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 2
        _f = ""
        try:
            _f = "metadata"
            _v = src[_f]
            _obj.metadata = ObjectMeta._from_json(_v)

            _f = "spec"
            _v = src[_f]
            _obj.spec = ProjectSpec._from_json(_v)

            _f = "apiVersion"
            _v = src.get(_f)
            if _v is None:
                _obj.api_version = None
            else:
                _n += 1
                _obj.api_version = _m.parse_enum(ProjectApiVersion, _v)

            _f = "kind"
            _v = src.get(_f)
            if _v is None:
                _obj.kind = None
            else:
                _n += 1
                _obj.kind = _m.parse_enum(ProjectKind, _v)

            _f = "status"
            _v = src.get(_f)
            if _v is None:
                _obj.status = None
            else:
                _n += 1
                _obj.status = ProjectStatus._from_json(_v)

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
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
