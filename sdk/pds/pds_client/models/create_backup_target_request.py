from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBackupTargetRequest")


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
        d = dict(src_dict)
        backup_credentials_id = d.pop("backup_credentials_id", UNSET)

        bucket = d.pop("bucket", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        type_ = d.pop("type", UNSET)

        create_backup_target_request = cls(
            backup_credentials_id=backup_credentials_id,
            bucket=bucket,
            name=name,
            region=region,
            type_=type_,
        )

        create_backup_target_request.additional_properties = d
        return create_backup_target_request

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
