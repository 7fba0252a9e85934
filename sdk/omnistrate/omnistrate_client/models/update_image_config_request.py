from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_image_commands_and_args import CustomImageCommandsAndArgs

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CustomImageCommandsAndArgs
    from ..models.custom_image_commands_and_args import CustomImageCommandsAndArgs  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateImageConfigRequest")


@_attrs_define
class UpdateImageConfigRequest:
    """Request body of UpdateImageConfig

    Attributes:
        custom_image_commands_and_args (CustomImageCommandsAndArgs | Unset): Commands and arguments to run in the
            container
        description (str | Unset): A brief description of the image configuration
        image_name (str | Unset): Name of the container image
        image_registry_id (str | Unset): The image registry ID to use for the infra
        image_signature_public_key_pem (str | Unset): PEM-encoded Public key part of the key used to sign the container
            image
        image_tag (str | Unset): Tag representing the software image version that is currently preferred
    """

    custom_image_commands_and_args: CustomImageCommandsAndArgs | Unset = UNSET
    description: str | Unset = UNSET
    image_name: str | Unset = UNSET
    image_registry_id: str | Unset = UNSET
    image_signature_public_key_pem: str | Unset = UNSET
    image_tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        custom_image_commands_and_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_image_commands_and_args, Unset):
            custom_image_commands_and_args = self.custom_image_commands_and_args.to_dict()

        description = self.description

        image_name = self.image_name

        image_registry_id = self.image_registry_id

        image_signature_public_key_pem = self.image_signature_public_key_pem

        image_tag = self.image_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_image_commands_and_args is not UNSET:
            field_dict["customImageCommandsAndArgs"] = custom_image_commands_and_args
        if description is not UNSET:
            field_dict["description"] = description
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if image_registry_id is not UNSET:
            field_dict["imageRegistryId"] = image_registry_id
        if image_signature_public_key_pem is not UNSET:
            field_dict["imageSignaturePublicKeyPEM"] = image_signature_public_key_pem
        if image_tag is not UNSET:
            field_dict["imageTag"] = image_tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _custom_image_commands_and_args = d.pop("customImageCommandsAndArgs", UNSET)
        custom_image_commands_and_args: CustomImageCommandsAndArgs | Unset
        if isinstance(_custom_image_commands_and_args, Unset):
            custom_image_commands_and_args = UNSET
        else:
            custom_image_commands_and_args = CustomImageCommandsAndArgs.from_dict(_custom_image_commands_and_args)

        description = d.pop("description", UNSET)

        image_name = d.pop("imageName", UNSET)

        image_registry_id = d.pop("imageRegistryId", UNSET)

        image_signature_public_key_pem = d.pop("imageSignaturePublicKeyPEM", UNSET)

        image_tag = d.pop("imageTag", UNSET)

        update_image_config_request = cls(
            custom_image_commands_and_args=custom_image_commands_and_args,
            description=description,
            image_name=image_name,
            image_registry_id=image_registry_id,
            image_signature_public_key_pem=image_signature_public_key_pem,
            image_tag=image_tag,
        )

        update_image_config_request.additional_properties = d
        return update_image_config_request

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
