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
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_annotations import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations,
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotationsDict,
    )
    from ..models.workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_labels import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels,
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabelsDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations, \
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels
    from ..models.workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_annotations import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations,  # noqa: PLC0415
    )
    from ..models.workload_deployment_spec_template_spec_volumes_item_disk_template_metadata_labels import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "annotations",
    "finalizers",
    "labels",
    "name",
    "namespace",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "annotations",
        "finalizers",
        "labels",
        "name",
        "namespace",
    }
)


# `WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata` as a plain mapping of its JSON shape, accepted wherever a `WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata` is.
class WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataDict(TypedDict, total=False):
    annotations: WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotationsDict
    finalizers: list[str]
    labels: WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabelsDict
    name: str
    namespace: str


@_attrs_define(init=False, repr=False)
class WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata:
    """Metadata of the disks created from this template

    Attributes:
            annotations (WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations | None):
            finalizers (list[str] | None):
            labels (WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels | None):
            name (str | None):
            namespace (str | None):
    """

    annotations: WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations | None = None
    finalizers: list[str] | None = None
    labels: WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels | None = None
    name: str | None = None
    namespace: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        annotations: WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations
        | WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotationsDict
        | None
        | Unset = UNSET,
        finalizers: list[str] | None | Unset = UNSET,
        labels: WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels
        | WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabelsDict
        | None
        | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.annotations = (
            None
            if annotations is None or isinstance(annotations, Unset)
            else annotations
            if isinstance(annotations, WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations)
            else WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations.from_dict(annotations)
        )
        if annotations is None:
            _nulls_given.append("annotations")
        self.finalizers = None if finalizers is None or isinstance(finalizers, Unset) else finalizers
        if finalizers is None:
            _nulls_given.append("finalizers")
        self.labels = (
            None
            if labels is None or isinstance(labels, Unset)
            else labels
            if isinstance(labels, WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels)
            else WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels.from_dict(labels)
        )
        if labels is None:
            _nulls_given.append("labels")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.namespace = None if namespace is None or isinstance(namespace, Unset) else namespace
        if namespace is None:
            _nulls_given.append("namespace")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.annotations is not None:
            field_dict["annotations"] = self.annotations.to_dict()
        elif "annotations" in self._nulls:
            field_dict["annotations"] = None
        if self.finalizers is not None:
            field_dict["finalizers"] = list(self.finalizers)
        elif "finalizers" in self._nulls:
            field_dict["finalizers"] = None
        if self.labels is not None:
            field_dict["labels"] = self.labels.to_dict()
        elif "labels" in self._nulls:
            field_dict["labels"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.namespace is not None:
            field_dict["namespace"] = self.namespace
        elif "namespace" in self._nulls:
            field_dict["namespace"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadata")

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
            _f = "annotations"
            _v = _get(_f, None)
            if _v is None:
                _obj.annotations = None
            else:
                _obj.annotations = WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations._parse(
                    _v
                )

            _f = "finalizers"
            _v = _get(_f, None)
            if _v is None:
                _obj.finalizers = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i2, _x2 in enumerate(_l2):
                    if type(_x2) is not str and not isinstance(_x2, str):
                        raise _m.bad("a string", _x2).at_index(_i2)
                _obj.finalizers = _l2[:]

            _f = "labels"
            _v = _get(_f, None)
            if _v is None:
                _obj.labels = None
            else:
                _obj.labels = WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels._parse(_v)

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespace = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace = _v

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
        _n = 0
        _f = ""
        try:
            _f = "annotations"
            _v = src.get(_f)
            if _v is None:
                _obj.annotations = None
            else:
                _n += 1
                _obj.annotations = (
                    WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataAnnotations._from_json(_v)
                )

            _f = "finalizers"
            _v = src.get(_f)
            if _v is None:
                _obj.finalizers = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i2, _x2 in enumerate(_l2):
                    if type(_x2) is not str and not isinstance(_x2, str):
                        raise _m.bad("a string", _x2).at_index(_i2)
                _obj.finalizers = _l2

            _f = "labels"
            _v = src.get(_f)
            if _v is None:
                _obj.labels = None
            else:
                _n += 1
                _obj.labels = WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateMetadataLabels._from_json(_v)

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace"
            _v = src.get(_f)
            if _v is None:
                _obj.namespace = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace = _v

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
