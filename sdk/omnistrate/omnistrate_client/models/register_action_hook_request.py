from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterActionHookRequest")


@_attrs_define
class RegisterActionHookRequest:
    """Request body of RegisterActionHook

    Attributes:
        command_template (str): The Base64 encoded command template to execute
        scope (str): The scope of the hook
        type_ (str): The type of hook to execute
        custom_command (list[str] | Unset): The custom command to execute the hook with
        custom_image (str | Unset): The custom image to execute the hook
    """

    command_template: str
    scope: str
    type_: str
    custom_command: list[str] | Unset = UNSET
    custom_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_template = self.command_template

        scope = self.scope

        type_ = self.type_

        custom_command: list[str] | Unset = UNSET
        if not isinstance(self.custom_command, Unset):
            custom_command = self.custom_command

        custom_image = self.custom_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandTemplate": command_template,
                "scope": scope,
                "type": type_,
            }
        )
        if custom_command is not UNSET:
            field_dict["customCommand"] = custom_command
        if custom_image is not UNSET:
            field_dict["customImage"] = custom_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_template = d.pop("commandTemplate")

        scope = d.pop("scope")

        type_ = d.pop("type")

        custom_command = cast(list[str], d.pop("customCommand", UNSET))

        custom_image = d.pop("customImage", UNSET)

        register_action_hook_request = cls(
            command_template=command_template,
            scope=scope,
            type_=type_,
            custom_command=custom_command,
            custom_image=custom_image,
        )

        register_action_hook_request.additional_properties = d
        return register_action_hook_request

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
