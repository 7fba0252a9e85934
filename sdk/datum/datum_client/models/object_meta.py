# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.managed_fields_entry import ManagedFieldsEntry, ManagedFieldsEntryDict
    from ..models.object_meta_annotations import ObjectMetaAnnotations, ObjectMetaAnnotationsDict
    from ..models.object_meta_labels import ObjectMetaLabels, ObjectMetaLabelsDict
    from ..models.owner_reference import OwnerReference, OwnerReferenceDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ManagedFieldsEntry, ObjectMetaAnnotations, ObjectMetaLabels, OwnerReference
    from ..models.managed_fields_entry import ManagedFieldsEntry  # noqa: PLC0415
    from ..models.object_meta_annotations import ObjectMetaAnnotations  # noqa: PLC0415
    from ..models.object_meta_labels import ObjectMetaLabels  # noqa: PLC0415
    from ..models.owner_reference import OwnerReference  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "annotations",
    "creation_timestamp",
    "deletion_grace_period_seconds",
    "deletion_timestamp",
    "finalizers",
    "generate_name",
    "generation",
    "labels",
    "managed_fields",
    "name",
    "namespace",
    "owner_references",
    "resource_version",
    "self_link",
    "uid",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "annotations",
        "creationTimestamp",
        "deletionGracePeriodSeconds",
        "deletionTimestamp",
        "finalizers",
        "generateName",
        "generation",
        "labels",
        "managedFields",
        "name",
        "namespace",
        "ownerReferences",
        "resourceVersion",
        "selfLink",
        "uid",
    }
)


# `ObjectMeta` as a plain mapping of its JSON shape, accepted wherever a `ObjectMeta` is.
class ObjectMetaDict(TypedDict, total=False):
    annotations: ObjectMetaAnnotationsDict
    creationTimestamp: str
    deletionGracePeriodSeconds: int
    deletionTimestamp: str
    finalizers: list[str]
    generateName: str
    generation: int
    labels: ObjectMetaLabelsDict
    managedFields: list[ManagedFieldsEntryDict]
    name: str
    namespace: str
    ownerReferences: list[OwnerReferenceDict]
    resourceVersion: str
    selfLink: str
    uid: str


@_attrs_define(init=False, repr=False)
class ObjectMeta:
    """ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create. A
        new object needs `name` or `generateName`.

    Attributes:
            annotations (ObjectMetaAnnotations | None): Annotations is an unstructured key value map stored with a resource that may be set by external
                tools to store and retrieve arbitrary metadata. A project's description is in
                `kubernetes.io/description`.
            creation_timestamp (datetime.datetime | None): CreationTimestamp is a timestamp representing the server time when this object was created.
                Populated by the system. Read-only.
            deletion_grace_period_seconds (int | None): Number of seconds allowed for this object to gracefully terminate before it will be removed from the
                system. Read-only.
            deletion_timestamp (datetime.datetime | None): DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. Populated by the
                system when a graceful deletion is requested. Read-only.
            finalizers (list[str] | None): Must be empty before the object is deleted from the registry.
            generate_name (str | None): GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name
                field has not been provided. The name returned to the client is this prefix followed by a unique
                five-character suffix.
            generation (int | None): A sequence number representing a specific generation of the desired state (the spec). Populated by
                the system. Read-only.
            labels (ObjectMetaLabels | None): Map of string keys and values that can be used to organize and categorize (scope and select)
                objects. Projects carry `resourcemanager.datumapis.com/organization-id`.
            managed_fields (list[ManagedFieldsEntry] | None): ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow.
            name (str | None): Name must be unique within a namespace. Is required when creating resources, although some resources
                may allow a client to request the generation of an appropriate name automatically. Cannot be
                updated.
            namespace (str | None): Namespace defines the space within which each name must be unique. Projects are cluster-scoped, so
                it is empty.
            owner_references (list[OwnerReference] | None): List of objects depended by this object.
            resource_version (str | None): An opaque value that represents the internal version of this object, changed on every write. Sent on
                an update, the write succeeds only if the object is still at this version.
            self_link (str | None): Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
            uid (str | None): UID is the unique in time and space value for this object. Populated by the system. Read-only.
    """

    annotations: ObjectMetaAnnotations | None = None
    creation_timestamp: datetime.datetime | None = None
    deletion_grace_period_seconds: int | None = None
    deletion_timestamp: datetime.datetime | None = None
    finalizers: list[str] | None = None
    generate_name: str | None = None
    generation: int | None = None
    labels: ObjectMetaLabels | None = None
    managed_fields: list[ManagedFieldsEntry] | None = None
    name: str | None = None
    namespace: str | None = None
    owner_references: list[OwnerReference] | None = None
    resource_version: str | None = None
    self_link: str | None = None
    uid: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        annotations: ObjectMetaAnnotations | ObjectMetaAnnotationsDict | None | Unset = UNSET,
        creation_timestamp: datetime.datetime | None | Unset = UNSET,
        deletion_grace_period_seconds: int | None | Unset = UNSET,
        deletion_timestamp: datetime.datetime | None | Unset = UNSET,
        finalizers: list[str] | None | Unset = UNSET,
        generate_name: str | None | Unset = UNSET,
        generation: int | None | Unset = UNSET,
        labels: ObjectMetaLabels | ObjectMetaLabelsDict | None | Unset = UNSET,
        managed_fields: Sequence[ManagedFieldsEntry | ManagedFieldsEntryDict] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        owner_references: Sequence[OwnerReference | OwnerReferenceDict] | None | Unset = UNSET,
        resource_version: str | None | Unset = UNSET,
        self_link: str | None | Unset = UNSET,
        uid: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.annotations = (
            None
            if annotations is None or isinstance(annotations, Unset)
            else annotations
            if isinstance(annotations, ObjectMetaAnnotations)
            else ObjectMetaAnnotations.from_dict(annotations)
        )
        if annotations is None:
            _nulls_given.append("annotations")
        self.creation_timestamp = (
            None if creation_timestamp is None or isinstance(creation_timestamp, Unset) else creation_timestamp
        )
        if creation_timestamp is None:
            _nulls_given.append("creation_timestamp")
        self.deletion_grace_period_seconds = (
            None
            if deletion_grace_period_seconds is None or isinstance(deletion_grace_period_seconds, Unset)
            else deletion_grace_period_seconds
        )
        if deletion_grace_period_seconds is None:
            _nulls_given.append("deletion_grace_period_seconds")
        self.deletion_timestamp = (
            None if deletion_timestamp is None or isinstance(deletion_timestamp, Unset) else deletion_timestamp
        )
        if deletion_timestamp is None:
            _nulls_given.append("deletion_timestamp")
        self.finalizers = None if finalizers is None or isinstance(finalizers, Unset) else finalizers
        if finalizers is None:
            _nulls_given.append("finalizers")
        self.generate_name = None if generate_name is None or isinstance(generate_name, Unset) else generate_name
        if generate_name is None:
            _nulls_given.append("generate_name")
        self.generation = None if generation is None or isinstance(generation, Unset) else generation
        if generation is None:
            _nulls_given.append("generation")
        self.labels = (
            None
            if labels is None or isinstance(labels, Unset)
            else labels
            if isinstance(labels, ObjectMetaLabels)
            else ObjectMetaLabels.from_dict(labels)
        )
        if labels is None:
            _nulls_given.append("labels")
        self.managed_fields = (
            None
            if managed_fields is None or isinstance(managed_fields, Unset)
            else [
                _item if isinstance(_item, ManagedFieldsEntry) else ManagedFieldsEntry.from_dict(_item)
                for _item in managed_fields
            ]
        )
        if managed_fields is None:
            _nulls_given.append("managed_fields")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.namespace = None if namespace is None or isinstance(namespace, Unset) else namespace
        if namespace is None:
            _nulls_given.append("namespace")
        self.owner_references = (
            None
            if owner_references is None or isinstance(owner_references, Unset)
            else [
                _item if isinstance(_item, OwnerReference) else OwnerReference.from_dict(_item)
                for _item in owner_references
            ]
        )
        if owner_references is None:
            _nulls_given.append("owner_references")
        self.resource_version = (
            None if resource_version is None or isinstance(resource_version, Unset) else resource_version
        )
        if resource_version is None:
            _nulls_given.append("resource_version")
        self.self_link = None if self_link is None or isinstance(self_link, Unset) else self_link
        if self_link is None:
            _nulls_given.append("self_link")
        self.uid = None if uid is None or isinstance(uid, Unset) else uid
        if uid is None:
            _nulls_given.append("uid")
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
        if self.creation_timestamp is not None:
            field_dict["creationTimestamp"] = self.creation_timestamp.isoformat()
        elif "creation_timestamp" in self._nulls:
            field_dict["creationTimestamp"] = None
        if self.deletion_grace_period_seconds is not None:
            field_dict["deletionGracePeriodSeconds"] = self.deletion_grace_period_seconds
        elif "deletion_grace_period_seconds" in self._nulls:
            field_dict["deletionGracePeriodSeconds"] = None
        if self.deletion_timestamp is not None:
            field_dict["deletionTimestamp"] = self.deletion_timestamp.isoformat()
        elif "deletion_timestamp" in self._nulls:
            field_dict["deletionTimestamp"] = None
        if self.finalizers is not None:
            field_dict["finalizers"] = list(self.finalizers)
        elif "finalizers" in self._nulls:
            field_dict["finalizers"] = None
        if self.generate_name is not None:
            field_dict["generateName"] = self.generate_name
        elif "generate_name" in self._nulls:
            field_dict["generateName"] = None
        if self.generation is not None:
            field_dict["generation"] = self.generation
        elif "generation" in self._nulls:
            field_dict["generation"] = None
        if self.labels is not None:
            field_dict["labels"] = self.labels.to_dict()
        elif "labels" in self._nulls:
            field_dict["labels"] = None
        if self.managed_fields is not None:
            field_dict["managedFields"] = [_item.to_dict() for _item in self.managed_fields]
        elif "managed_fields" in self._nulls:
            field_dict["managedFields"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.namespace is not None:
            field_dict["namespace"] = self.namespace
        elif "namespace" in self._nulls:
            field_dict["namespace"] = None
        if self.owner_references is not None:
            field_dict["ownerReferences"] = [_item.to_dict() for _item in self.owner_references]
        elif "owner_references" in self._nulls:
            field_dict["ownerReferences"] = None
        if self.resource_version is not None:
            field_dict["resourceVersion"] = self.resource_version
        elif "resource_version" in self._nulls:
            field_dict["resourceVersion"] = None
        if self.self_link is not None:
            field_dict["selfLink"] = self.self_link
        elif "self_link" in self._nulls:
            field_dict["selfLink"] = None
        if self.uid is not None:
            field_dict["uid"] = self.uid
        elif "uid" in self._nulls:
            field_dict["uid"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ObjectMeta")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ObjectMeta")

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
                _obj.annotations = ObjectMetaAnnotations._parse(_v)

            _f = "creationTimestamp"
            _v = _get(_f, None)
            if _v is None:
                _obj.creation_timestamp = None
            else:
                _obj.creation_timestamp = _m.parse_datetime(_v)

            _f = "deletionGracePeriodSeconds"
            _v = _get(_f, None)
            if _v is None:
                _obj.deletion_grace_period_seconds = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.deletion_grace_period_seconds = _v

            _f = "deletionTimestamp"
            _v = _get(_f, None)
            if _v is None:
                _obj.deletion_timestamp = None
            else:
                _obj.deletion_timestamp = _m.parse_datetime(_v)

            _f = "finalizers"
            _v = _get(_f, None)
            if _v is None:
                _obj.finalizers = None
            else:
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i5, _x5 in enumerate(_l5):
                    if type(_x5) is not str and not isinstance(_x5, str):
                        raise _m.bad("a string", _x5).at_index(_i5)
                _obj.finalizers = _l5[:]

            _f = "generateName"
            _v = _get(_f, None)
            if _v is None:
                _obj.generate_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.generate_name = _v

            _f = "generation"
            _v = _get(_f, None)
            if _v is None:
                _obj.generation = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.generation = _v

            _f = "labels"
            _v = _get(_f, None)
            if _v is None:
                _obj.labels = None
            else:
                _obj.labels = ObjectMetaLabels._parse(_v)

            _f = "managedFields"
            _v = _get(_f, None)
            if _v is None:
                _obj.managed_fields = None
            else:
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it9 = iter(_l9)
                try:
                    _l9 = list(map(ManagedFieldsEntry._parse, _it9))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l9, _it9)) from None
                _obj.managed_fields = _l9

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

            _f = "ownerReferences"
            _v = _get(_f, None)
            if _v is None:
                _obj.owner_references = None
            else:
                _l12: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it12 = iter(_l12)
                try:
                    _l12 = list(map(OwnerReference._parse, _it12))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l12, _it12)) from None
                _obj.owner_references = _l12

            _f = "resourceVersion"
            _v = _get(_f, None)
            if _v is None:
                _obj.resource_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_version = _v

            _f = "selfLink"
            _v = _get(_f, None)
            if _v is None:
                _obj.self_link = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.self_link = _v

            _f = "uid"
            _v = _get(_f, None)
            if _v is None:
                _obj.uid = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.uid = _v

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
                _obj.annotations = ObjectMetaAnnotations._from_json(_v)

            _f = "creationTimestamp"
            _v = src.get(_f)
            if _v is None:
                _obj.creation_timestamp = None
            else:
                _n += 1
                _obj.creation_timestamp = _m.parse_datetime(_v)

            _f = "deletionGracePeriodSeconds"
            _v = src.get(_f)
            if _v is None:
                _obj.deletion_grace_period_seconds = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.deletion_grace_period_seconds = _v

            _f = "deletionTimestamp"
            _v = src.get(_f)
            if _v is None:
                _obj.deletion_timestamp = None
            else:
                _n += 1
                _obj.deletion_timestamp = _m.parse_datetime(_v)

            _f = "finalizers"
            _v = src.get(_f)
            if _v is None:
                _obj.finalizers = None
            else:
                _n += 1
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i5, _x5 in enumerate(_l5):
                    if type(_x5) is not str and not isinstance(_x5, str):
                        raise _m.bad("a string", _x5).at_index(_i5)
                _obj.finalizers = _l5

            _f = "generateName"
            _v = src.get(_f)
            if _v is None:
                _obj.generate_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.generate_name = _v

            _f = "generation"
            _v = src.get(_f)
            if _v is None:
                _obj.generation = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.generation = _v

            _f = "labels"
            _v = src.get(_f)
            if _v is None:
                _obj.labels = None
            else:
                _n += 1
                _obj.labels = ObjectMetaLabels._from_json(_v)

            _f = "managedFields"
            _v = src.get(_f)
            if _v is None:
                _obj.managed_fields = None
            else:
                _n += 1
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it9 = iter(_l9)
                try:
                    _l9[:] = map(ManagedFieldsEntry._from_json, _it9)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l9, _it9)) from None
                _obj.managed_fields = _l9

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

            _f = "ownerReferences"
            _v = src.get(_f)
            if _v is None:
                _obj.owner_references = None
            else:
                _n += 1
                _l12: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it12 = iter(_l12)
                try:
                    _l12[:] = map(OwnerReference._from_json, _it12)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l12, _it12)) from None
                _obj.owner_references = _l12

            _f = "resourceVersion"
            _v = src.get(_f)
            if _v is None:
                _obj.resource_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_version = _v

            _f = "selfLink"
            _v = src.get(_f)
            if _v is None:
                _obj.self_link = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.self_link = _v

            _f = "uid"
            _v = src.get(_f)
            if _v is None:
                _obj.uid = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.uid = _v

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
