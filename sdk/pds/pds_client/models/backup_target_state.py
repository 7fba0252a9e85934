from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_target_state_error_code import BackupTargetStateErrorCode
from ..models.backup_target_state_state import BackupTargetStateState
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupTargetState")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "backup_target_id",
        "deployment_target_id",
        "error_code",
        "error_details",
        "error_message",
        "px_credentials_id",
        "px_credentials_name",
        "state",
    }
)


@_attrs_define
class BackupTargetState:
    """
    Attributes:
        backup_target_id (str | Unset):
        deployment_target_id (str | Unset):
        error_code (BackupTargetStateErrorCode | Unset): More detailed specification of the error when the 'state' is in
            one of the failed states.
        error_details (str | Unset): More detailed error message possibly containing the root cause of the error, not
            suitable to show in the UI.
        error_message (str | Unset): High level human-readable error message determined by the ErrorCode.
        px_credentials_id (str | Unset): ID of the credentials in PX cluster.
        px_credentials_name (str | Unset): Name of the credentials in PX cluster. This will be used when creating a new
            backup.
        state (BackupTargetStateState | Unset): State of the synchronization of credentials.
    """

    backup_target_id: str | Unset = UNSET
    deployment_target_id: str | Unset = UNSET
    error_code: BackupTargetStateErrorCode | Unset = UNSET
    error_details: str | Unset = UNSET
    error_message: str | Unset = UNSET
    px_credentials_id: str | Unset = UNSET
    px_credentials_name: str | Unset = UNSET
    state: BackupTargetStateState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_target_id = self.backup_target_id

        deployment_target_id = self.deployment_target_id

        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        error_details = self.error_details

        error_message = self.error_message

        px_credentials_id = self.px_credentials_id

        px_credentials_name = self.px_credentials_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_target_id is not UNSET:
            field_dict["backup_target_id"] = backup_target_id
        if deployment_target_id is not UNSET:
            field_dict["deployment_target_id"] = deployment_target_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_details is not UNSET:
            field_dict["error_details"] = error_details
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if px_credentials_id is not UNSET:
            field_dict["px_credentials_id"] = px_credentials_id
        if px_credentials_name is not UNSET:
            field_dict["px_credentials_name"] = px_credentials_name
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.backup_target_id = src_dict.get("backup_target_id", UNSET)

        _obj.deployment_target_id = src_dict.get("deployment_target_id", UNSET)

        _error_code = src_dict.get("error_code", UNSET)
        error_code: BackupTargetStateErrorCode | Unset
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = BackupTargetStateErrorCode(_error_code)

        _obj.error_code = error_code

        _obj.error_details = src_dict.get("error_details", UNSET)

        _obj.error_message = src_dict.get("error_message", UNSET)

        _obj.px_credentials_id = src_dict.get("px_credentials_id", UNSET)

        _obj.px_credentials_name = src_dict.get("px_credentials_name", UNSET)

        _state = src_dict.get("state", UNSET)
        state: BackupTargetStateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = BackupTargetStateState(_state)

        _obj.state = state

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
        _obj.backup_target_id = _pop("backup_target_id", UNSET)

        _obj.deployment_target_id = _pop("deployment_target_id", UNSET)

        _error_code = _pop("error_code", UNSET)
        error_code: BackupTargetStateErrorCode | Unset
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = BackupTargetStateErrorCode(_error_code)

        _obj.error_code = error_code

        _obj.error_details = _pop("error_details", UNSET)

        _obj.error_message = _pop("error_message", UNSET)

        _obj.px_credentials_id = _pop("px_credentials_id", UNSET)

        _obj.px_credentials_name = _pop("px_credentials_name", UNSET)

        _state = _pop("state", UNSET)
        state: BackupTargetStateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = BackupTargetStateState(_state)

        _obj.state = state

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
