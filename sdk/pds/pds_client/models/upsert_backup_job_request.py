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
    from ..models.upsert_backup_job_request_backup_spec import (
        UpsertBackupJobRequestBackupSpec,
        UpsertBackupJobRequestBackupSpecDict,
    )
    from ..models.upsert_backup_job_request_data_service_spec import (
        UpsertBackupJobRequestDataServiceSpec,
        UpsertBackupJobRequestDataServiceSpecDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, UpsertBackupJobRequestBackupSpec, UpsertBackupJobRequestDataServiceSpec
    from ..models.upsert_backup_job_request_backup_spec import UpsertBackupJobRequestBackupSpec  # noqa: PLC0415
    from ..models.upsert_backup_job_request_data_service_spec import UpsertBackupJobRequestDataServiceSpec  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "project_id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
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
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `UpsertBackupJobRequest` as a plain mapping of its JSON shape, accepted wherever a `UpsertBackupJobRequest` is.
class UpsertBackupJobRequestDict(TypedDict, total=False):
    project_id: Required[str]
    backup_capability: str
    backup_id: str
    backup_spec: UpsertBackupJobRequestBackupSpecDict
    cloud_credential_name: str
    cloud_snap_id: str
    completion_status: str
    completion_time: str
    data_service_spec: UpsertBackupJobRequestDataServiceSpecDict
    deleted: bool
    deployment_id: str
    deployment_target_id: str
    error_code: str
    error_message: str
    file_size: int
    image_name: str
    name: str
    namespace_name: str
    start_time: str
    timestamp: str


@_attrs_define(init=False, repr=False)
class UpsertBackupJobRequest:
    """Attributes:
    project_id (str):
    backup_capability (str | None):
    backup_id (str | None):
    backup_spec (UpsertBackupJobRequestBackupSpec | None):
    cloud_credential_name (str | None):
    cloud_snap_id (str | None):
    completion_status (str | None): CompletionStatus of the snapshot.
    completion_time (str | None):
    data_service_spec (UpsertBackupJobRequestDataServiceSpec | None):
    deleted (bool | None):
    deployment_id (str | None):
    deployment_target_id (str | None):
    error_code (str | None): ErrorCode if CompletionStatus is "Failed"
    error_message (str | None):
    file_size (int | None):
    image_name (str | None):
    name (str | None):
    namespace_name (str | None):
    start_time (str | None):
    timestamp (str | None):
    """

    project_id: str
    backup_capability: str | None = None
    backup_id: str | None = None
    backup_spec: UpsertBackupJobRequestBackupSpec | None = None
    cloud_credential_name: str | None = None
    cloud_snap_id: str | None = None
    completion_status: str | None = None
    completion_time: str | None = None
    data_service_spec: UpsertBackupJobRequestDataServiceSpec | None = None
    deleted: bool | None = None
    deployment_id: str | None = None
    deployment_target_id: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    file_size: int | None = None
    image_name: str | None = None
    name: str | None = None
    namespace_name: str | None = None
    start_time: str | None = None
    timestamp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        project_id: str,
        backup_capability: str | None | Unset = UNSET,
        backup_id: str | None | Unset = UNSET,
        backup_spec: UpsertBackupJobRequestBackupSpec | UpsertBackupJobRequestBackupSpecDict | None | Unset = UNSET,
        cloud_credential_name: str | None | Unset = UNSET,
        cloud_snap_id: str | None | Unset = UNSET,
        completion_status: str | None | Unset = UNSET,
        completion_time: str | None | Unset = UNSET,
        data_service_spec: UpsertBackupJobRequestDataServiceSpec
        | UpsertBackupJobRequestDataServiceSpecDict
        | None
        | Unset = UNSET,
        deleted: bool | None | Unset = UNSET,
        deployment_id: str | None | Unset = UNSET,
        deployment_target_id: str | None | Unset = UNSET,
        error_code: str | None | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
        file_size: int | None | Unset = UNSET,
        image_name: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace_name: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.project_id = project_id
        self.backup_capability = (
            None if backup_capability is None or isinstance(backup_capability, Unset) else backup_capability
        )
        if backup_capability is None:
            _nulls_given.append("backup_capability")
        self.backup_id = None if backup_id is None or isinstance(backup_id, Unset) else backup_id
        if backup_id is None:
            _nulls_given.append("backup_id")
        self.backup_spec = (
            None
            if backup_spec is None or isinstance(backup_spec, Unset)
            else backup_spec
            if isinstance(backup_spec, UpsertBackupJobRequestBackupSpec)
            else UpsertBackupJobRequestBackupSpec.from_dict(backup_spec)
        )
        if backup_spec is None:
            _nulls_given.append("backup_spec")
        self.cloud_credential_name = (
            None if cloud_credential_name is None or isinstance(cloud_credential_name, Unset) else cloud_credential_name
        )
        if cloud_credential_name is None:
            _nulls_given.append("cloud_credential_name")
        self.cloud_snap_id = None if cloud_snap_id is None or isinstance(cloud_snap_id, Unset) else cloud_snap_id
        if cloud_snap_id is None:
            _nulls_given.append("cloud_snap_id")
        self.completion_status = (
            None if completion_status is None or isinstance(completion_status, Unset) else completion_status
        )
        if completion_status is None:
            _nulls_given.append("completion_status")
        self.completion_time = (
            None if completion_time is None or isinstance(completion_time, Unset) else completion_time
        )
        if completion_time is None:
            _nulls_given.append("completion_time")
        self.data_service_spec = (
            None
            if data_service_spec is None or isinstance(data_service_spec, Unset)
            else data_service_spec
            if isinstance(data_service_spec, UpsertBackupJobRequestDataServiceSpec)
            else UpsertBackupJobRequestDataServiceSpec.from_dict(data_service_spec)
        )
        if data_service_spec is None:
            _nulls_given.append("data_service_spec")
        self.deleted = None if deleted is None or isinstance(deleted, Unset) else deleted
        if deleted is None:
            _nulls_given.append("deleted")
        self.deployment_id = None if deployment_id is None or isinstance(deployment_id, Unset) else deployment_id
        if deployment_id is None:
            _nulls_given.append("deployment_id")
        self.deployment_target_id = (
            None if deployment_target_id is None or isinstance(deployment_target_id, Unset) else deployment_target_id
        )
        if deployment_target_id is None:
            _nulls_given.append("deployment_target_id")
        self.error_code = None if error_code is None or isinstance(error_code, Unset) else error_code
        if error_code is None:
            _nulls_given.append("error_code")
        self.error_message = None if error_message is None or isinstance(error_message, Unset) else error_message
        if error_message is None:
            _nulls_given.append("error_message")
        self.file_size = None if file_size is None or isinstance(file_size, Unset) else file_size
        if file_size is None:
            _nulls_given.append("file_size")
        self.image_name = None if image_name is None or isinstance(image_name, Unset) else image_name
        if image_name is None:
            _nulls_given.append("image_name")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.namespace_name = None if namespace_name is None or isinstance(namespace_name, Unset) else namespace_name
        if namespace_name is None:
            _nulls_given.append("namespace_name")
        self.start_time = None if start_time is None or isinstance(start_time, Unset) else start_time
        if start_time is None:
            _nulls_given.append("start_time")
        self.timestamp = None if timestamp is None or isinstance(timestamp, Unset) else timestamp
        if timestamp is None:
            _nulls_given.append("timestamp")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["project_id"] = self.project_id
        if self.backup_capability is not None:
            field_dict["backup_capability"] = self.backup_capability
        elif "backup_capability" in self._nulls:
            field_dict["backup_capability"] = None
        if self.backup_id is not None:
            field_dict["backup_id"] = self.backup_id
        elif "backup_id" in self._nulls:
            field_dict["backup_id"] = None
        if self.backup_spec is not None:
            field_dict["backup_spec"] = self.backup_spec.to_dict()
        elif "backup_spec" in self._nulls:
            field_dict["backup_spec"] = None
        if self.cloud_credential_name is not None:
            field_dict["cloud_credential_name"] = self.cloud_credential_name
        elif "cloud_credential_name" in self._nulls:
            field_dict["cloud_credential_name"] = None
        if self.cloud_snap_id is not None:
            field_dict["cloud_snap_id"] = self.cloud_snap_id
        elif "cloud_snap_id" in self._nulls:
            field_dict["cloud_snap_id"] = None
        if self.completion_status is not None:
            field_dict["completion_status"] = self.completion_status
        elif "completion_status" in self._nulls:
            field_dict["completion_status"] = None
        if self.completion_time is not None:
            field_dict["completion_time"] = self.completion_time
        elif "completion_time" in self._nulls:
            field_dict["completion_time"] = None
        if self.data_service_spec is not None:
            field_dict["data_service_spec"] = self.data_service_spec.to_dict()
        elif "data_service_spec" in self._nulls:
            field_dict["data_service_spec"] = None
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        elif "deleted" in self._nulls:
            field_dict["deleted"] = None
        if self.deployment_id is not None:
            field_dict["deployment_id"] = self.deployment_id
        elif "deployment_id" in self._nulls:
            field_dict["deployment_id"] = None
        if self.deployment_target_id is not None:
            field_dict["deployment_target_id"] = self.deployment_target_id
        elif "deployment_target_id" in self._nulls:
            field_dict["deployment_target_id"] = None
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        elif "error_code" in self._nulls:
            field_dict["error_code"] = None
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
        elif "error_message" in self._nulls:
            field_dict["error_message"] = None
        if self.file_size is not None:
            field_dict["file_size"] = self.file_size
        elif "file_size" in self._nulls:
            field_dict["file_size"] = None
        if self.image_name is not None:
            field_dict["image_name"] = self.image_name
        elif "image_name" in self._nulls:
            field_dict["image_name"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.namespace_name is not None:
            field_dict["namespace_name"] = self.namespace_name
        elif "namespace_name" in self._nulls:
            field_dict["namespace_name"] = None
        if self.start_time is not None:
            field_dict["start_time"] = self.start_time
        elif "start_time" in self._nulls:
            field_dict["start_time"] = None
        if self.timestamp is not None:
            field_dict["timestamp"] = self.timestamp
        elif "timestamp" in self._nulls:
            field_dict["timestamp"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpsertBackupJobRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpsertBackupJobRequest")

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
            _f = "project_id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.project_id = _v

            _f = "backup_capability"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_capability = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_capability = _v

            _f = "backup_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_id = _v

            _f = "backup_spec"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_spec = None
            else:
                _obj.backup_spec = UpsertBackupJobRequestBackupSpec._parse(_v)

            _f = "cloud_credential_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.cloud_credential_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_credential_name = _v

            _f = "cloud_snap_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.cloud_snap_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_snap_id = _v

            _f = "completion_status"
            _v = _get(_f, None)
            if _v is None:
                _obj.completion_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_status = _v

            _f = "completion_time"
            _v = _get(_f, None)
            if _v is None:
                _obj.completion_time = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_time = _v

            _f = "data_service_spec"
            _v = _get(_f, None)
            if _v is None:
                _obj.data_service_spec = None
            else:
                _obj.data_service_spec = UpsertBackupJobRequestDataServiceSpec._parse(_v)

            _f = "deleted"
            _v = _get(_f, None)
            if _v is None:
                _obj.deleted = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.deleted = _v

            _f = "deployment_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.deployment_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_id = _v

            _f = "deployment_target_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.deployment_target_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_target_id = _v

            _f = "error_code"
            _v = _get(_f, None)
            if _v is None:
                _obj.error_code = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_code = _v

            _f = "error_message"
            _v = _get(_f, None)
            if _v is None:
                _obj.error_message = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_message = _v

            _f = "file_size"
            _v = _get(_f, None)
            if _v is None:
                _obj.file_size = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.file_size = _v

            _f = "image_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_name = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespace_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace_name = _v

            _f = "start_time"
            _v = _get(_f, None)
            if _v is None:
                _obj.start_time = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_time = _v

            _f = "timestamp"
            _v = _get(_f, None)
            if _v is None:
                _obj.timestamp = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.timestamp = _v

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
        _n = 1
        _f = ""
        try:
            _f = "project_id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.project_id = _v

            _f = "backup_capability"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_capability = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_capability = _v

            _f = "backup_id"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup_id = _v

            _f = "backup_spec"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_spec = None
            else:
                _n += 1
                _obj.backup_spec = UpsertBackupJobRequestBackupSpec._from_json(_v)

            _f = "cloud_credential_name"
            _v = src.get(_f)
            if _v is None:
                _obj.cloud_credential_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_credential_name = _v

            _f = "cloud_snap_id"
            _v = src.get(_f)
            if _v is None:
                _obj.cloud_snap_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_snap_id = _v

            _f = "completion_status"
            _v = src.get(_f)
            if _v is None:
                _obj.completion_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_status = _v

            _f = "completion_time"
            _v = src.get(_f)
            if _v is None:
                _obj.completion_time = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.completion_time = _v

            _f = "data_service_spec"
            _v = src.get(_f)
            if _v is None:
                _obj.data_service_spec = None
            else:
                _n += 1
                _obj.data_service_spec = UpsertBackupJobRequestDataServiceSpec._from_json(_v)

            _f = "deleted"
            _v = src.get(_f)
            if _v is None:
                _obj.deleted = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.deleted = _v

            _f = "deployment_id"
            _v = src.get(_f)
            if _v is None:
                _obj.deployment_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_id = _v

            _f = "deployment_target_id"
            _v = src.get(_f)
            if _v is None:
                _obj.deployment_target_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_target_id = _v

            _f = "error_code"
            _v = src.get(_f)
            if _v is None:
                _obj.error_code = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_code = _v

            _f = "error_message"
            _v = src.get(_f)
            if _v is None:
                _obj.error_message = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.error_message = _v

            _f = "file_size"
            _v = src.get(_f)
            if _v is None:
                _obj.file_size = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.file_size = _v

            _f = "image_name"
            _v = src.get(_f)
            if _v is None:
                _obj.image_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_name = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace_name"
            _v = src.get(_f)
            if _v is None:
                _obj.namespace_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace_name = _v

            _f = "start_time"
            _v = src.get(_f)
            if _v is None:
                _obj.start_time = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.start_time = _v

            _f = "timestamp"
            _v = src.get(_f)
            if _v is None:
                _obj.timestamp = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.timestamp = _v

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
