from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.who_am_i_service_account import WhoAmIServiceAccount
    from ..models.who_am_i_service_identity import WhoAmIServiceIdentity
    from ..models.who_am_i_user import WhoAmIUser

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, WhoAmIServiceAccount, WhoAmIServiceIdentity, WhoAmIUser
    from ..models.who_am_i_service_account import WhoAmIServiceAccount  # noqa: PLC0415
    from ..models.who_am_i_service_identity import WhoAmIServiceIdentity  # noqa: PLC0415
    from ..models.who_am_i_user import WhoAmIUser  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WhoAmI")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "service_account",
        "service_identity",
        "user",
    }
)


@_attrs_define
class WhoAmI:
    """
    Attributes:
        service_account (WhoAmIServiceAccount | Unset):
        service_identity (WhoAmIServiceIdentity | Unset):
        user (WhoAmIUser | Unset):
    """

    service_account: WhoAmIServiceAccount | Unset = UNSET
    service_identity: WhoAmIServiceIdentity | Unset = UNSET
    user: WhoAmIUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        service_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account, Unset):
            service_account = self.service_account.to_dict()

        service_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_identity, Unset):
            service_identity = self.service_identity.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_account is not UNSET:
            field_dict["service_account"] = service_account
        if service_identity is not UNSET:
            field_dict["service_identity"] = service_identity
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _service_account = src_dict.get("service_account", UNSET)
        service_account: WhoAmIServiceAccount | Unset
        if isinstance(_service_account, Unset):
            service_account = UNSET
        else:
            service_account = WhoAmIServiceAccount.from_dict(_service_account)

        _obj.service_account = service_account

        _service_identity = src_dict.get("service_identity", UNSET)
        service_identity: WhoAmIServiceIdentity | Unset
        if isinstance(_service_identity, Unset):
            service_identity = UNSET
        else:
            service_identity = WhoAmIServiceIdentity.from_dict(_service_identity)

        _obj.service_identity = service_identity

        _user = src_dict.get("user", UNSET)
        user: WhoAmIUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = WhoAmIUser.from_dict(_user)

        _obj.user = user

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
        _service_account = _pop("service_account", UNSET)
        _obj.service_account = UNSET if _service_account is UNSET else WhoAmIServiceAccount._from_json(_service_account)

        _service_identity = _pop("service_identity", UNSET)
        _obj.service_identity = (
            UNSET if _service_identity is UNSET else WhoAmIServiceIdentity._from_json(_service_identity)
        )

        _user = _pop("user", UNSET)
        _obj.user = UNSET if _user is UNSET else WhoAmIUser._from_json(_user)

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
