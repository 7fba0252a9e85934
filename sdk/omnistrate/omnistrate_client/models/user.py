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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "id",
        "address",
        "createdAt",
        "email",
        "enabled",
        "lastModifiedAt",
        "name",
        "orgCookiePolicy",
        "orgDescription",
        "orgFavIconURL",
        "orgId",
        "orgLogoURL",
        "orgName",
        "orgPrivacyPolicy",
        "orgSupportEmail",
        "orgTermsOfUse",
        "orgURL",
        "planName",
        "roleType",
        "status",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.id = src_dict["id"]

        _address = src_dict.get("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _obj.address = address

        _obj.created_at = src_dict.get("createdAt", UNSET)

        _obj.email = src_dict.get("email", UNSET)

        _obj.enabled = src_dict.get("enabled", UNSET)

        _obj.last_modified_at = src_dict.get("lastModifiedAt", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        _obj.org_cookie_policy = src_dict.get("orgCookiePolicy", UNSET)

        _obj.org_description = src_dict.get("orgDescription", UNSET)

        _obj.org_fav_icon_url = src_dict.get("orgFavIconURL", UNSET)

        _obj.org_id = src_dict.get("orgId", UNSET)

        _obj.org_logo_url = src_dict.get("orgLogoURL", UNSET)

        _obj.org_name = src_dict.get("orgName", UNSET)

        _obj.org_privacy_policy = src_dict.get("orgPrivacyPolicy", UNSET)

        _obj.org_support_email = src_dict.get("orgSupportEmail", UNSET)

        _obj.org_terms_of_use = src_dict.get("orgTermsOfUse", UNSET)

        _obj.org_url = src_dict.get("orgURL", UNSET)

        _obj.plan_name = src_dict.get("planName", UNSET)

        _obj.role_type = src_dict.get("roleType", UNSET)

        _obj.status = src_dict.get("status", UNSET)

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
        _obj.id = _pop("id")

        _address = _pop("address", UNSET)
        _obj.address = UNSET if _address is UNSET else Address._from_json(_address)

        _obj.created_at = _pop("createdAt", UNSET)

        _obj.email = _pop("email", UNSET)

        _obj.enabled = _pop("enabled", UNSET)

        _obj.last_modified_at = _pop("lastModifiedAt", UNSET)

        _obj.name = _pop("name", UNSET)

        _obj.org_cookie_policy = _pop("orgCookiePolicy", UNSET)

        _obj.org_description = _pop("orgDescription", UNSET)

        _obj.org_fav_icon_url = _pop("orgFavIconURL", UNSET)

        _obj.org_id = _pop("orgId", UNSET)

        _obj.org_logo_url = _pop("orgLogoURL", UNSET)

        _obj.org_name = _pop("orgName", UNSET)

        _obj.org_privacy_policy = _pop("orgPrivacyPolicy", UNSET)

        _obj.org_support_email = _pop("orgSupportEmail", UNSET)

        _obj.org_terms_of_use = _pop("orgTermsOfUse", UNSET)

        _obj.org_url = _pop("orgURL", UNSET)

        _obj.plan_name = _pop("planName", UNSET)

        _obj.role_type = _pop("roleType", UNSET)

        _obj.status = _pop("status", UNSET)

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
