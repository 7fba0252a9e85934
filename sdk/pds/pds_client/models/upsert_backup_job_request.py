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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "project_id",
        "backup_capability",
        "backup_id",
        "backup_spec",
        "cloud_credential_name",
        "cloud_snap_id",
        "completion_status",
        "completion_time",
        "data_service_spec",
        "deleted",
        "deployment_id",
        "deployment_target_id",
        "error_code",
        "error_message",
        "file_size",
        "image_name",
        "name",
        "namespace_name",
        "start_time",
        "timestamp",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.project_id = src_dict["project_id"]

        _obj.backup_capability = src_dict.get("backup_capability", UNSET)

        _obj.backup_id = src_dict.get("backup_id", UNSET)

        _backup_spec = src_dict.get("backup_spec", UNSET)
        backup_spec: UpsertBackupJobRequestBackupSpec | Unset
        if isinstance(_backup_spec, Unset):
            backup_spec = UNSET
        else:
            backup_spec = UpsertBackupJobRequestBackupSpec.from_dict(_backup_spec)

        _obj.backup_spec = backup_spec

        _obj.cloud_credential_name = src_dict.get("cloud_credential_name", UNSET)

        _obj.cloud_snap_id = src_dict.get("cloud_snap_id", UNSET)

        _obj.completion_status = src_dict.get("completion_status", UNSET)

        _obj.completion_time = src_dict.get("completion_time", UNSET)

        _data_service_spec = src_dict.get("data_service_spec", UNSET)
        data_service_spec: UpsertBackupJobRequestDataServiceSpec | Unset
        if isinstance(_data_service_spec, Unset):
            data_service_spec = UNSET
        else:
            data_service_spec = UpsertBackupJobRequestDataServiceSpec.from_dict(_data_service_spec)

        _obj.data_service_spec = data_service_spec

        _obj.deleted = src_dict.get("deleted", UNSET)

        _obj.deployment_id = src_dict.get("deployment_id", UNSET)

        _obj.deployment_target_id = src_dict.get("deployment_target_id", UNSET)

        _obj.error_code = src_dict.get("error_code", UNSET)

        _obj.error_message = src_dict.get("error_message", UNSET)

        _obj.file_size = src_dict.get("file_size", UNSET)

        _obj.image_name = src_dict.get("image_name", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.namespace_name = src_dict.get("namespace_name", UNSET)

        _obj.start_time = src_dict.get("start_time", UNSET)

        _obj.timestamp = src_dict.get("timestamp", UNSET)

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
        _obj.project_id = _pop("project_id")

        _obj.backup_capability = _pop("backup_capability", UNSET)

        _obj.backup_id = _pop("backup_id", UNSET)

        _backup_spec = _pop("backup_spec", UNSET)
        _obj.backup_spec = UNSET if _backup_spec is UNSET else UpsertBackupJobRequestBackupSpec._from_json(_backup_spec)

        _obj.cloud_credential_name = _pop("cloud_credential_name", UNSET)

        _obj.cloud_snap_id = _pop("cloud_snap_id", UNSET)

        _obj.completion_status = _pop("completion_status", UNSET)

        _obj.completion_time = _pop("completion_time", UNSET)

        _data_service_spec = _pop("data_service_spec", UNSET)
        _obj.data_service_spec = (
            UNSET
            if _data_service_spec is UNSET
            else UpsertBackupJobRequestDataServiceSpec._from_json(_data_service_spec)
        )

        _obj.deleted = _pop("deleted", UNSET)

        _obj.deployment_id = _pop("deployment_id", UNSET)

        _obj.deployment_target_id = _pop("deployment_target_id", UNSET)

        _obj.error_code = _pop("error_code", UNSET)

        _obj.error_message = _pop("error_message", UNSET)

        _obj.file_size = _pop("file_size", UNSET)

        _obj.image_name = _pop("image_name", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.namespace_name = _pop("namespace_name", UNSET)

        _obj.start_time = _pop("start_time", UNSET)

        _obj.timestamp = _pop("timestamp", UNSET)

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
