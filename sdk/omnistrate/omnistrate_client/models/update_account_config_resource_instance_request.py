from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccountConfigResourceInstanceRequest")


@_attrs_define
class UpdateAccountConfigResourceInstanceRequest:
    """Request body of UpdateAccountConfigResourceInstance

    Attributes:
        service_id (str): The service ID
        subscription_id (str): The subscription ID
        set_connection (bool | Unset): set account config instance connection
    """

    service_id: str
    subscription_id: str
    set_connection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        subscription_id = self.subscription_id

        set_connection = self.set_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceId": service_id,
                "subscriptionId": subscription_id,
            }
        )
        if set_connection is not UNSET:
            field_dict["setConnection"] = set_connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("serviceId")

        subscription_id = d.pop("subscriptionId")

        set_connection = d.pop("setConnection", UNSET)

        update_account_config_resource_instance_request = cls(
            service_id=service_id,
            subscription_id=subscription_id,
            set_connection=set_connection,
        )

        update_account_config_resource_instance_request.additional_properties = d
        return update_account_config_resource_instance_request

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
