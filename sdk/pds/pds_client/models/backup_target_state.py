from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_target_state_error_code import BackupTargetStateErrorCode
from ..models.backup_target_state_state import BackupTargetStateState
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupTargetState")


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
        d = dict(src_dict)
        backup_target_id = d.pop("backup_target_id", UNSET)

        deployment_target_id = d.pop("deployment_target_id", UNSET)

        _error_code = d.pop("error_code", UNSET)
        error_code: BackupTargetStateErrorCode | Unset
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = BackupTargetStateErrorCode(_error_code)

        error_details = d.pop("error_details", UNSET)

        error_message = d.pop("error_message", UNSET)

        px_credentials_id = d.pop("px_credentials_id", UNSET)

        px_credentials_name = d.pop("px_credentials_name", UNSET)

        _state = d.pop("state", UNSET)
        state: BackupTargetStateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = BackupTargetStateState(_state)

        backup_target_state = cls(
            backup_target_id=backup_target_id,
            deployment_target_id=deployment_target_id,
            error_code=error_code,
            error_details=error_details,
            error_message=error_message,
            px_credentials_id=px_credentials_id,
            px_credentials_name=px_credentials_name,
            state=state,
        )

        backup_target_state.additional_properties = d
        return backup_target_state

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
