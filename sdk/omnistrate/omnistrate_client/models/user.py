from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Address
    from ..models.address import Address  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        id (str): The User ID
        address (Address | Unset):
        created_at (str | Unset): The user creation time
        email (str | Unset): The email of the user
        enabled (bool | Unset): Is the user enabled.
        last_modified_at (str | Unset): The user update time
        name (str | Unset): The name of the user
        org_cookie_policy (str | Unset): The cookie policy for the org that this user owns
        org_description (str | Unset): The description of the org that this user owns
        org_fav_icon_url (str | Unset): The favicon of the org that this user owns
        org_id (str | Unset): The ID of the org that this user owns
        org_logo_url (str | Unset): The logo of the org that this user owns
        org_name (str | Unset): The org name that this user owns
        org_privacy_policy (str | Unset): The privacy policy for the org that this user owns
        org_support_email (str | Unset): The support email of the org that this user owns
        org_terms_of_use (str | Unset): The terms of use for the org that this user owns
        org_url (str | Unset): The url of the org that this user owns
        plan_name (str | Unset): This parameter is used to select the appropriate Product Plan
        role_type (str | Unset): Type of the role
        status (str | Unset): The status of the user.
    """

    id: str
    address: Address | Unset = UNSET
    created_at: str | Unset = UNSET
    email: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    last_modified_at: str | Unset = UNSET
    name: str | Unset = UNSET
    org_cookie_policy: str | Unset = UNSET
    org_description: str | Unset = UNSET
    org_fav_icon_url: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_logo_url: str | Unset = UNSET
    org_name: str | Unset = UNSET
    org_privacy_policy: str | Unset = UNSET
    org_support_email: str | Unset = UNSET
    org_terms_of_use: str | Unset = UNSET
    org_url: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    role_type: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        id = self.id

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        created_at = self.created_at

        email = self.email

        enabled = self.enabled

        last_modified_at = self.last_modified_at

        name = self.name

        org_cookie_policy = self.org_cookie_policy

        org_description = self.org_description

        org_fav_icon_url = self.org_fav_icon_url

        org_id = self.org_id

        org_logo_url = self.org_logo_url

        org_name = self.org_name

        org_privacy_policy = self.org_privacy_policy

        org_support_email = self.org_support_email

        org_terms_of_use = self.org_terms_of_use

        org_url = self.org_url

        plan_name = self.plan_name

        role_type = self.role_type

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if email is not UNSET:
            field_dict["email"] = email
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if last_modified_at is not UNSET:
            field_dict["lastModifiedAt"] = last_modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if org_cookie_policy is not UNSET:
            field_dict["orgCookiePolicy"] = org_cookie_policy
        if org_description is not UNSET:
            field_dict["orgDescription"] = org_description
        if org_fav_icon_url is not UNSET:
            field_dict["orgFavIconURL"] = org_fav_icon_url
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if org_logo_url is not UNSET:
            field_dict["orgLogoURL"] = org_logo_url
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if org_privacy_policy is not UNSET:
            field_dict["orgPrivacyPolicy"] = org_privacy_policy
        if org_support_email is not UNSET:
            field_dict["orgSupportEmail"] = org_support_email
        if org_terms_of_use is not UNSET:
            field_dict["orgTermsOfUse"] = org_terms_of_use
        if org_url is not UNSET:
            field_dict["orgURL"] = org_url
        if plan_name is not UNSET:
            field_dict["planName"] = plan_name
        if role_type is not UNSET:
            field_dict["roleType"] = role_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        created_at = d.pop("createdAt", UNSET)

        email = d.pop("email", UNSET)

        enabled = d.pop("enabled", UNSET)

        last_modified_at = d.pop("lastModifiedAt", UNSET)

        name = d.pop("name", UNSET)

        org_cookie_policy = d.pop("orgCookiePolicy", UNSET)

        org_description = d.pop("orgDescription", UNSET)

        org_fav_icon_url = d.pop("orgFavIconURL", UNSET)

        org_id = d.pop("orgId", UNSET)

        org_logo_url = d.pop("orgLogoURL", UNSET)

        org_name = d.pop("orgName", UNSET)

        org_privacy_policy = d.pop("orgPrivacyPolicy", UNSET)

        org_support_email = d.pop("orgSupportEmail", UNSET)

        org_terms_of_use = d.pop("orgTermsOfUse", UNSET)

        org_url = d.pop("orgURL", UNSET)

        plan_name = d.pop("planName", UNSET)

        role_type = d.pop("roleType", UNSET)

        status = d.pop("status", UNSET)

        user = cls(
            id=id,
            address=address,
            created_at=created_at,
            email=email,
            enabled=enabled,
            last_modified_at=last_modified_at,
            name=name,
            org_cookie_policy=org_cookie_policy,
            org_description=org_description,
            org_fav_icon_url=org_fav_icon_url,
            org_id=org_id,
            org_logo_url=org_logo_url,
            org_name=org_name,
            org_privacy_policy=org_privacy_policy,
            org_support_email=org_support_email,
            org_terms_of_use=org_terms_of_use,
            org_url=org_url,
            plan_name=plan_name,
            role_type=role_type,
            status=status,
        )

        user.additional_properties = d
        return user

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
