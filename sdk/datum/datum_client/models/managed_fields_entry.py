from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_fields_entry_fields_v1 import ManagedFieldsEntryFieldsV1

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ManagedFieldsEntryFieldsV1
    from ..models.managed_fields_entry_fields_v1 import ManagedFieldsEntryFieldsV1  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ManagedFieldsEntry")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apiVersion",
        "fieldsType",
        "fieldsV1",
        "manager",
        "operation",
        "subresource",
        "time",
    }
)


@_attrs_define
class ManagedFieldsEntry:
    """ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.

    Attributes:
        api_version (str | Unset): APIVersion defines the version of this resource that this field set applies to.
        fields_type (str | Unset): FieldsType is the discriminator for the different fields format and version.
        fields_v1 (ManagedFieldsEntryFieldsV1 | Unset): FieldsV1 holds the first JSON version format as described in the
            "FieldsV1" type.
        manager (str | Unset): Manager is an identifier of the workflow managing these fields.
        operation (str | Unset): Operation is the type of operation which lead to this ManagedFieldsEntry being created.
            The only valid values for this field are 'Apply' and 'Update'.
        subresource (str | Unset): Subresource is the name of the subresource used to update that object, or empty
            string if the object was updated through the main resource.
        time (datetime.datetime | Unset): Time is the timestamp of when the ManagedFields entry was added.
    """

    api_version: str | Unset = UNSET
    fields_type: str | Unset = UNSET
    fields_v1: ManagedFieldsEntryFieldsV1 | Unset = UNSET
    manager: str | Unset = UNSET
    operation: str | Unset = UNSET
    subresource: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        api_version = self.api_version

        fields_type = self.fields_type

        fields_v1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields_v1, Unset):
            fields_v1 = self.fields_v1.to_dict()

        manager = self.manager

        operation = self.operation

        subresource = self.subresource

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if fields_type is not UNSET:
            field_dict["fieldsType"] = fields_type
        if fields_v1 is not UNSET:
            field_dict["fieldsV1"] = fields_v1
        if manager is not UNSET:
            field_dict["manager"] = manager
        if operation is not UNSET:
            field_dict["operation"] = operation
        if subresource is not UNSET:
            field_dict["subresource"] = subresource
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.api_version = src_dict.get("apiVersion", UNSET)

        _obj.fields_type = src_dict.get("fieldsType", UNSET)

        _fields_v1 = src_dict.get("fieldsV1", UNSET)
        fields_v1: ManagedFieldsEntryFieldsV1 | Unset
        if isinstance(_fields_v1, Unset):
            fields_v1 = UNSET
        else:
            fields_v1 = ManagedFieldsEntryFieldsV1.from_dict(_fields_v1)

        _obj.fields_v1 = fields_v1

        _obj.manager = src_dict.get("manager", UNSET)

        _obj.operation = src_dict.get("operation", UNSET)

        _obj.subresource = src_dict.get("subresource", UNSET)

        _time = src_dict.get("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        _obj.time = time

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
        _obj.api_version = _pop("apiVersion", UNSET)

        _obj.fields_type = _pop("fieldsType", UNSET)

        _fields_v1 = _pop("fieldsV1", UNSET)
        _obj.fields_v1 = UNSET if _fields_v1 is UNSET else ManagedFieldsEntryFieldsV1._from_json(_fields_v1)

        _obj.manager = _pop("manager", UNSET)

        _obj.operation = _pop("operation", UNSET)

        _obj.subresource = _pop("subresource", UNSET)

        _time = _pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        _obj.time = time

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
