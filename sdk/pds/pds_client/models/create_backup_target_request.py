from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBackupTargetRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "backup_credentials_id",
        "bucket",
        "name",
        "region",
        "type",
    }
)


@_attrs_define
class CreateBackupTargetRequest:
    """
    Attributes:
        backup_credentials_id (str | Unset):
        bucket (str | Unset): Bucket name for S3 or S3 compatible. Container name for Azure.
        name (str | Unset): Name of the backup target. Must be unique for the given tenant.
        region (str | Unset): Region of the bucket. Required for S3. Otherwise must be empty.
        type_ (str | Unset): Type of the backup target. Must match the used backup credentials.
    """

    backup_credentials_id: str | Unset = UNSET
    bucket: str | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_credentials_id = self.backup_credentials_id

        bucket = self.bucket

        name = self.name

        region = self.region

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_credentials_id is not UNSET:
            field_dict["backup_credentials_id"] = backup_credentials_id
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.backup_credentials_id = src_dict.get("backup_credentials_id", UNSET)

        _obj.bucket = src_dict.get("bucket", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.region = src_dict.get("region", UNSET)

        _obj.type_ = src_dict.get("type", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.backup_credentials_id = _pop("backup_credentials_id", UNSET)

        _obj.bucket = _pop("bucket", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.region = _pop("region", UNSET)

        _obj.type_ = _pop("type", UNSET)

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
