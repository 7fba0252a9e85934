from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_hook import ActionHook

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ActionHook
    from ..models.action_hook import ActionHook  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListActionHooksResult")


@_attrs_define
class ListActionHooksResult:
    """
    Attributes:
        hooks (list[ActionHook]): The list of action hooks
    """

    hooks: list[ActionHook]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        hooks = []
        for hooks_item_data in self.hooks:
            hooks_item = hooks_item_data.to_dict()
            hooks.append(hooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hooks": hooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        hooks = []
        _hooks = d.pop("hooks")
        for hooks_item_data in _hooks:
            hooks_item = ActionHook.from_dict(hooks_item_data)

            hooks.append(hooks_item)

        list_action_hooks_result = cls(
            hooks=hooks,
        )

        list_action_hooks_result.additional_properties = d
        return list_action_hooks_result

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
