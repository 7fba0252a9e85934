from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_fields_entry import ManagedFieldsEntry
    from ..models.object_meta_annotations import ObjectMetaAnnotations
    from ..models.object_meta_labels import ObjectMetaLabels
    from ..models.owner_reference import OwnerReference

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ManagedFieldsEntry, ObjectMetaAnnotations, ObjectMetaLabels, OwnerReference
    from ..models.managed_fields_entry import ManagedFieldsEntry  # noqa: PLC0415
    from ..models.object_meta_annotations import ObjectMetaAnnotations  # noqa: PLC0415
    from ..models.object_meta_labels import ObjectMetaLabels  # noqa: PLC0415
    from ..models.owner_reference import OwnerReference  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ObjectMeta")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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


@_attrs_define
class ObjectMeta:
    """ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create. A new
    object needs `name` or `generateName`.

        Attributes:
            annotations (ObjectMetaAnnotations | Unset): Annotations is an unstructured key value map stored with a resource
                that may be set by external tools to store and retrieve arbitrary metadata. A project's description is in
                `kubernetes.io/description`.
            creation_timestamp (datetime.datetime | Unset): CreationTimestamp is a timestamp representing the server time
                when this object was created. Populated by the system. Read-only.
            deletion_grace_period_seconds (int | Unset): Number of seconds allowed for this object to gracefully terminate
                before it will be removed from the system. Read-only.
            deletion_timestamp (datetime.datetime | Unset): DeletionTimestamp is RFC 3339 date and time at which this
                resource will be deleted. Populated by the system when a graceful deletion is requested. Read-only.
            finalizers (list[str] | Unset): Must be empty before the object is deleted from the registry.
            generate_name (str | Unset): GenerateName is an optional prefix, used by the server, to generate a unique name
                ONLY IF the Name field has not been provided. The name returned to the client is this prefix followed by a
                unique five-character suffix.
            generation (int | Unset): A sequence number representing a specific generation of the desired state (the spec).
                Populated by the system. Read-only.
            labels (ObjectMetaLabels | Unset): Map of string keys and values that can be used to organize and categorize
                (scope and select) objects. Projects carry `resourcemanager.datumapis.com/organization-id`.
            managed_fields (list[ManagedFieldsEntry] | Unset): ManagedFields maps workflow-id and version to the set of
                fields that are managed by that workflow.
            name (str | Unset): Name must be unique within a namespace. Is required when creating resources, although some
                resources may allow a client to request the generation of an appropriate name automatically. Cannot be updated.
            namespace (str | Unset): Namespace defines the space within which each name must be unique. Projects are
                cluster-scoped, so it is empty.
            owner_references (list[OwnerReference] | Unset): List of objects depended by this object.
            resource_version (str | Unset): An opaque value that represents the internal version of this object, changed on
                every write. Sent on an update, the write succeeds only if the object is still at this version.
            self_link (str | Unset): Deprecated: selfLink is a legacy read-only field that is no longer populated by the
                system.
            uid (str | Unset): UID is the unique in time and space value for this object. Populated by the system. Read-
                only.
    """

    annotations: ObjectMetaAnnotations | Unset = UNSET
    creation_timestamp: datetime.datetime | Unset = UNSET
    deletion_grace_period_seconds: int | Unset = UNSET
    deletion_timestamp: datetime.datetime | Unset = UNSET
    finalizers: list[str] | Unset = UNSET
    generate_name: str | Unset = UNSET
    generation: int | Unset = UNSET
    labels: ObjectMetaLabels | Unset = UNSET
    managed_fields: list[ManagedFieldsEntry] | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    owner_references: list[OwnerReference] | Unset = UNSET
    resource_version: str | Unset = UNSET
    self_link: str | Unset = UNSET
    uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        creation_timestamp: str | Unset = UNSET
        if not isinstance(self.creation_timestamp, Unset):
            creation_timestamp = self.creation_timestamp.isoformat()

        deletion_grace_period_seconds = self.deletion_grace_period_seconds

        deletion_timestamp: str | Unset = UNSET
        if not isinstance(self.deletion_timestamp, Unset):
            deletion_timestamp = self.deletion_timestamp.isoformat()

        finalizers: list[str] | Unset = UNSET
        if not isinstance(self.finalizers, Unset):
            finalizers = self.finalizers

        generate_name = self.generate_name

        generation = self.generation

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        managed_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.managed_fields, Unset):
            managed_fields = []
            for managed_fields_item_data in self.managed_fields:
                managed_fields_item = managed_fields_item_data.to_dict()
                managed_fields.append(managed_fields_item)

        name = self.name

        namespace = self.namespace

        owner_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owner_references, Unset):
            owner_references = []
            for owner_references_item_data in self.owner_references:
                owner_references_item = owner_references_item_data.to_dict()
                owner_references.append(owner_references_item)

        resource_version = self.resource_version

        self_link = self.self_link

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if creation_timestamp is not UNSET:
            field_dict["creationTimestamp"] = creation_timestamp
        if deletion_grace_period_seconds is not UNSET:
            field_dict["deletionGracePeriodSeconds"] = deletion_grace_period_seconds
        if deletion_timestamp is not UNSET:
            field_dict["deletionTimestamp"] = deletion_timestamp
        if finalizers is not UNSET:
            field_dict["finalizers"] = finalizers
        if generate_name is not UNSET:
            field_dict["generateName"] = generate_name
        if generation is not UNSET:
            field_dict["generation"] = generation
        if labels is not UNSET:
            field_dict["labels"] = labels
        if managed_fields is not UNSET:
            field_dict["managedFields"] = managed_fields
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if owner_references is not UNSET:
            field_dict["ownerReferences"] = owner_references
        if resource_version is not UNSET:
            field_dict["resourceVersion"] = resource_version
        if self_link is not UNSET:
            field_dict["selfLink"] = self_link
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _annotations = src_dict.get("annotations", UNSET)
        annotations: ObjectMetaAnnotations | Unset
        if isinstance(_annotations, Unset):
            annotations = UNSET
        else:
            annotations = ObjectMetaAnnotations.from_dict(_annotations)

        _obj.annotations = annotations

        _creation_timestamp = src_dict.get("creationTimestamp", UNSET)
        creation_timestamp: datetime.datetime | Unset
        if isinstance(_creation_timestamp, Unset):
            creation_timestamp = UNSET
        else:
            creation_timestamp = datetime.datetime.fromisoformat(_creation_timestamp)

        _obj.creation_timestamp = creation_timestamp

        _obj.deletion_grace_period_seconds = src_dict.get("deletionGracePeriodSeconds", UNSET)

        _deletion_timestamp = src_dict.get("deletionTimestamp", UNSET)
        deletion_timestamp: datetime.datetime | Unset
        if isinstance(_deletion_timestamp, Unset):
            deletion_timestamp = UNSET
        else:
            deletion_timestamp = datetime.datetime.fromisoformat(_deletion_timestamp)

        _obj.deletion_timestamp = deletion_timestamp

        finalizers = cast(list[str], src_dict.get("finalizers", UNSET))

        _obj.finalizers = finalizers

        _obj.generate_name = src_dict.get("generateName", UNSET)

        _obj.generation = src_dict.get("generation", UNSET)

        _labels = src_dict.get("labels", UNSET)
        labels: ObjectMetaLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ObjectMetaLabels.from_dict(_labels)

        _obj.labels = labels

        _managed_fields = src_dict.get("managedFields", UNSET)
        managed_fields: list[ManagedFieldsEntry] | Unset = UNSET
        if _managed_fields is not UNSET:
            _managed_fields_item = ManagedFieldsEntry.from_dict
            managed_fields = [_managed_fields_item(item) for item in _managed_fields]

        _obj.managed_fields = managed_fields

        _obj.name = src_dict.get("name", UNSET)

        _obj.namespace = src_dict.get("namespace", UNSET)

        _owner_references = src_dict.get("ownerReferences", UNSET)
        owner_references: list[OwnerReference] | Unset = UNSET
        if _owner_references is not UNSET:
            _owner_references_item = OwnerReference.from_dict
            owner_references = [_owner_references_item(item) for item in _owner_references]

        _obj.owner_references = owner_references

        _obj.resource_version = src_dict.get("resourceVersion", UNSET)

        _obj.self_link = src_dict.get("selfLink", UNSET)

        _obj.uid = src_dict.get("uid", UNSET)

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
        _annotations = _pop("annotations", UNSET)
        _obj.annotations = UNSET if _annotations is UNSET else ObjectMetaAnnotations._from_json(_annotations)

        _creation_timestamp = _pop("creationTimestamp", UNSET)
        creation_timestamp: datetime.datetime | Unset
        if isinstance(_creation_timestamp, Unset):
            creation_timestamp = UNSET
        else:
            creation_timestamp = datetime.datetime.fromisoformat(_creation_timestamp)

        _obj.creation_timestamp = creation_timestamp

        _obj.deletion_grace_period_seconds = _pop("deletionGracePeriodSeconds", UNSET)

        _deletion_timestamp = _pop("deletionTimestamp", UNSET)
        deletion_timestamp: datetime.datetime | Unset
        if isinstance(_deletion_timestamp, Unset):
            deletion_timestamp = UNSET
        else:
            deletion_timestamp = datetime.datetime.fromisoformat(_deletion_timestamp)

        _obj.deletion_timestamp = deletion_timestamp

        finalizers = cast(list[str], _pop("finalizers", UNSET))

        _obj.finalizers = finalizers

        _obj.generate_name = _pop("generateName", UNSET)

        _obj.generation = _pop("generation", UNSET)

        _labels = _pop("labels", UNSET)
        _obj.labels = UNSET if _labels is UNSET else ObjectMetaLabels._from_json(_labels)

        _managed_fields = _pop("managedFields", UNSET)
        if _managed_fields is not UNSET:
            _managed_fields[:] = map(ManagedFieldsEntry._from_json, _managed_fields)
        _obj.managed_fields = _managed_fields

        _obj.name = _pop("name", UNSET)

        _obj.namespace = _pop("namespace", UNSET)

        _owner_references = _pop("ownerReferences", UNSET)
        if _owner_references is not UNSET:
            _owner_references[:] = map(OwnerReference._from_json, _owner_references)
        _obj.owner_references = _owner_references

        _obj.resource_version = _pop("resourceVersion", UNSET)

        _obj.self_link = _pop("selfLink", UNSET)

        _obj.uid = _pop("uid", UNSET)

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
