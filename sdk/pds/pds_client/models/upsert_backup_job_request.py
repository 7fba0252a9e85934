from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upsert_backup_job_request_backup_spec import UpsertBackupJobRequestBackupSpec
    from ..models.upsert_backup_job_request_data_service_spec import UpsertBackupJobRequestDataServiceSpec

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, UpsertBackupJobRequestBackupSpec, UpsertBackupJobRequestDataServiceSpec
    from ..models.upsert_backup_job_request_backup_spec import UpsertBackupJobRequestBackupSpec  # noqa: PLC0415
    from ..models.upsert_backup_job_request_data_service_spec import UpsertBackupJobRequestDataServiceSpec  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpsertBackupJobRequest")


@_attrs_define
class UpsertBackupJobRequest:
    """
    Attributes:
        project_id (str):
        backup_capability (str | Unset):
        backup_id (str | Unset):
        backup_spec (UpsertBackupJobRequestBackupSpec | Unset):
        cloud_credential_name (str | Unset):
        cloud_snap_id (str | Unset):
        completion_status (str | Unset): CompletionStatus of the snapshot.
        completion_time (str | Unset):
        data_service_spec (UpsertBackupJobRequestDataServiceSpec | Unset):
        deleted (bool | Unset):
        deployment_id (str | Unset):
        deployment_target_id (str | Unset):
        error_code (str | Unset): ErrorCode if CompletionStatus is "Failed"
        error_message (str | Unset):
        file_size (int | Unset):
        image_name (str | Unset):
        name (str | Unset):
        namespace_name (str | Unset):
        start_time (str | Unset):
        timestamp (str | Unset):
    """

    project_id: str
    backup_capability: str | Unset = UNSET
    backup_id: str | Unset = UNSET
    backup_spec: UpsertBackupJobRequestBackupSpec | Unset = UNSET
    cloud_credential_name: str | Unset = UNSET
    cloud_snap_id: str | Unset = UNSET
    completion_status: str | Unset = UNSET
    completion_time: str | Unset = UNSET
    data_service_spec: UpsertBackupJobRequestDataServiceSpec | Unset = UNSET
    deleted: bool | Unset = UNSET
    deployment_id: str | Unset = UNSET
    deployment_target_id: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    file_size: int | Unset = UNSET
    image_name: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace_name: str | Unset = UNSET
    start_time: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        project_id = self.project_id

        backup_capability = self.backup_capability

        backup_id = self.backup_id

        backup_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_spec, Unset):
            backup_spec = self.backup_spec.to_dict()

        cloud_credential_name = self.cloud_credential_name

        cloud_snap_id = self.cloud_snap_id

        completion_status = self.completion_status

        completion_time = self.completion_time

        data_service_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_service_spec, Unset):
            data_service_spec = self.data_service_spec.to_dict()

        deleted = self.deleted

        deployment_id = self.deployment_id

        deployment_target_id = self.deployment_target_id

        error_code = self.error_code

        error_message = self.error_message

        file_size = self.file_size

        image_name = self.image_name

        name = self.name

        namespace_name = self.namespace_name

        start_time = self.start_time

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
            }
        )
        if backup_capability is not UNSET:
            field_dict["backup_capability"] = backup_capability
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id
        if backup_spec is not UNSET:
            field_dict["backup_spec"] = backup_spec
        if cloud_credential_name is not UNSET:
            field_dict["cloud_credential_name"] = cloud_credential_name
        if cloud_snap_id is not UNSET:
            field_dict["cloud_snap_id"] = cloud_snap_id
        if completion_status is not UNSET:
            field_dict["completion_status"] = completion_status
        if completion_time is not UNSET:
            field_dict["completion_time"] = completion_time
        if data_service_spec is not UNSET:
            field_dict["data_service_spec"] = data_service_spec
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if deployment_target_id is not UNSET:
            field_dict["deployment_target_id"] = deployment_target_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if image_name is not UNSET:
            field_dict["image_name"] = image_name
        if name is not UNSET:
            field_dict["name"] = name
        if namespace_name is not UNSET:
            field_dict["namespace_name"] = namespace_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        project_id = d.pop("project_id")

        backup_capability = d.pop("backup_capability", UNSET)

        backup_id = d.pop("backup_id", UNSET)

        _backup_spec = d.pop("backup_spec", UNSET)
        backup_spec: UpsertBackupJobRequestBackupSpec | Unset
        if isinstance(_backup_spec, Unset):
            backup_spec = UNSET
        else:
            backup_spec = UpsertBackupJobRequestBackupSpec.from_dict(_backup_spec)

        cloud_credential_name = d.pop("cloud_credential_name", UNSET)

        cloud_snap_id = d.pop("cloud_snap_id", UNSET)

        completion_status = d.pop("completion_status", UNSET)

        completion_time = d.pop("completion_time", UNSET)

        _data_service_spec = d.pop("data_service_spec", UNSET)
        data_service_spec: UpsertBackupJobRequestDataServiceSpec | Unset
        if isinstance(_data_service_spec, Unset):
            data_service_spec = UNSET
        else:
            data_service_spec = UpsertBackupJobRequestDataServiceSpec.from_dict(_data_service_spec)

        deleted = d.pop("deleted", UNSET)

        deployment_id = d.pop("deployment_id", UNSET)

        deployment_target_id = d.pop("deployment_target_id", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        file_size = d.pop("file_size", UNSET)

        image_name = d.pop("image_name", UNSET)

        name = d.pop("name", UNSET)

        namespace_name = d.pop("namespace_name", UNSET)

        start_time = d.pop("start_time", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        upsert_backup_job_request = cls(
            project_id=project_id,
            backup_capability=backup_capability,
            backup_id=backup_id,
            backup_spec=backup_spec,
            cloud_credential_name=cloud_credential_name,
            cloud_snap_id=cloud_snap_id,
            completion_status=completion_status,
            completion_time=completion_time,
            data_service_spec=data_service_spec,
            deleted=deleted,
            deployment_id=deployment_id,
            deployment_target_id=deployment_target_id,
            error_code=error_code,
            error_message=error_message,
            file_size=file_size,
            image_name=image_name,
            name=name,
            namespace_name=namespace_name,
            start_time=start_time,
            timestamp=timestamp,
        )

        upsert_backup_job_request.additional_properties = d
        return upsert_backup_job_request

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
