from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeAccountConfigByGCPProjectIDResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "cloudProviderId",
        "description",
        "gcpProjectID",
        "gcpProjectNumber",
        "gcpServiceAccountEmail",
        "id",
        "name",
        "status",
        "statusMessage",
        "byoaInstanceIDs",
    }
)


@_attrs_define
class DescribeAccountConfigByGCPProjectIDResult:
    """Account configuration including the role required to access

    Attributes:
        cloud_provider_id (str): ID of an CloudProvider
        description (str): The description for the account
        gcp_project_id (str): The GCP project ID
        gcp_project_number (str): The GCP project number
        gcp_service_account_email (str): The GCP service account email
        id (str): ID of an Account Config
        name (str): The name of the account
        status (str): The status of the account configuration
        status_message (str): The status message of the account
        byoa_instance_i_ds (list[str] | Unset): The BYOA instance IDs that this account config is tied to
    """

    cloud_provider_id: str
    description: str
    gcp_project_id: str
    gcp_project_number: str
    gcp_service_account_email: str
    id: str
    name: str
    status: str
    status_message: str
    byoa_instance_i_ds: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider_id = self.cloud_provider_id

        description = self.description

        gcp_project_id = self.gcp_project_id

        gcp_project_number = self.gcp_project_number

        gcp_service_account_email = self.gcp_service_account_email

        id = self.id

        name = self.name

        status = self.status

        status_message = self.status_message

        byoa_instance_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.byoa_instance_i_ds, Unset):
            byoa_instance_i_ds = self.byoa_instance_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProviderId": cloud_provider_id,
                "description": description,
                "gcpProjectID": gcp_project_id,
                "gcpProjectNumber": gcp_project_number,
                "gcpServiceAccountEmail": gcp_service_account_email,
                "id": id,
                "name": name,
                "status": status,
                "statusMessage": status_message,
            }
        )
        if byoa_instance_i_ds is not UNSET:
            field_dict["byoaInstanceIDs"] = byoa_instance_i_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.cloud_provider_id = src_dict["cloudProviderId"]

        _obj.description = src_dict["description"]

        _obj.gcp_project_id = src_dict["gcpProjectID"]

        _obj.gcp_project_number = src_dict["gcpProjectNumber"]

        _obj.gcp_service_account_email = src_dict["gcpServiceAccountEmail"]

        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _obj.status = src_dict["status"]

        _obj.status_message = src_dict["statusMessage"]

        byoa_instance_i_ds = cast(list[str], src_dict.get("byoaInstanceIDs", UNSET))

        _obj.byoa_instance_i_ds = byoa_instance_i_ds

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
        _obj.cloud_provider_id = _pop("cloudProviderId")

        _obj.description = _pop("description")

        _obj.gcp_project_id = _pop("gcpProjectID")

        _obj.gcp_project_number = _pop("gcpProjectNumber")

        _obj.gcp_service_account_email = _pop("gcpServiceAccountEmail")

        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _obj.status = _pop("status")

        _obj.status_message = _pop("statusMessage")

        byoa_instance_i_ds = cast(list[str], _pop("byoaInstanceIDs", UNSET))

        _obj.byoa_instance_i_ds = byoa_instance_i_ds

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
