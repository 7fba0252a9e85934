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


T = TypeVar("T", bound="ListAccountConfigResult")


@_attrs_define
class ListAccountConfigResult:
    """List of Account Config IDs

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
        d = dict(src_dict)
        _account_configs = d.pop("accountConfigs", UNSET)
        account_configs: list[AccountConfig] | Unset = UNSET
        if _account_configs is not UNSET:
            account_configs = []
            for account_configs_item_data in _account_configs:
                account_configs_item = AccountConfig.from_dict(account_configs_item_data)

                account_configs.append(account_configs_item)

        ids = cast(list[str], d.pop("ids", UNSET))

        next_page_token = d.pop("nextPageToken", UNSET)

        list_account_config_result = cls(
            account_configs=account_configs,
            ids=ids,
            next_page_token=next_page_token,
        )

        list_account_config_result.additional_properties = d
        return list_account_config_result

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
