from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveAccountConfigFromServiceModelRequest")


@_attrs_define
class RemoveAccountConfigFromServiceModelRequest:
    """Request body of RemoveAccountConfigFromServiceModel

    Attributes:
        account_config_id (str): The infrastructure account configuration ID
    """

    account_config_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_config_id = self.account_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountConfigId": account_config_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_config_id = d.pop("accountConfigId")

        remove_account_config_from_service_model_request = cls(
            account_config_id=account_config_id,
        )

        remove_account_config_from_service_model_request.additional_properties = d
        return remove_account_config_from_service_model_request

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
