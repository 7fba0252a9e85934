from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_config import AccountConfig

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AccountConfig
    from ..models.account_config import AccountConfig  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListBYOAConfigResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "accountConfigs",
        "ids",
        "nextPageToken",
    }
)


@_attrs_define
class ListBYOAConfigResult:
    """List of BYOA Config IDs

    Attributes:
        account_configs (list[AccountConfig] | Unset): The list of account configs
        ids (list[str] | Unset):
        next_page_token (str | Unset): Token to use for the next page
    """

    account_configs: list[AccountConfig] | Unset = UNSET
    ids: list[str] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        account_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_configs, Unset):
            account_configs = []
            for account_configs_item_data in self.account_configs:
                account_configs_item = account_configs_item_data.to_dict()
                account_configs.append(account_configs_item)

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_configs is not UNSET:
            field_dict["accountConfigs"] = account_configs
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _account_configs = src_dict.get("accountConfigs", UNSET)
        account_configs: list[AccountConfig] | Unset = UNSET
        if _account_configs is not UNSET:
            _account_configs_item = AccountConfig.from_dict
            account_configs = [_account_configs_item(item) for item in _account_configs]

        _obj.account_configs = account_configs

        ids = cast(list[str], src_dict.get("ids", UNSET))

        _obj.ids = ids

        _obj.next_page_token = src_dict.get("nextPageToken", UNSET)

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
        _account_configs = _pop("accountConfigs", UNSET)
        if _account_configs is not UNSET:
            _account_configs[:] = map(AccountConfig._from_json, _account_configs)
        _obj.account_configs = _account_configs

        ids = cast(list[str], _pop("ids", UNSET))

        _obj.ids = ids

        _obj.next_page_token = _pop("nextPageToken", UNSET)

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
