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


T = TypeVar("T", bound="ImageConfig")


@_attrs_define
class ImageConfig:
    """
    Attributes:
        description (str): A brief description of the image configuration
        id (str): ID of an Image Config
        image_name (str): Name of the container image
        image_registry_id (str): ID of an Image Registry
        image_tag (str): Tag representing the software image version that is currently preferred Default: 'latest'.
        service_environment_id (str): ID of a Service Environment
        service_id (str): ID of a Service
        custom_image_commands_and_args (CustomImageCommandsAndArgs | Unset): Commands and arguments to run in the
            container
        image_signature_public_key_pem (str | Unset): PEM-encoded Public key part of the key used to sign the container
            image
    """

    description: str
    id: str
    image_name: str
    image_registry_id: str
    service_environment_id: str
    service_id: str
    image_tag: str = "latest"
    custom_image_commands_and_args: CustomImageCommandsAndArgs | Unset = UNSET
    image_signature_public_key_pem: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        image_name = self.image_name

        image_registry_id = self.image_registry_id

        image_tag = self.image_tag

        service_environment_id = self.service_environment_id

        service_id = self.service_id

        custom_image_commands_and_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_image_commands_and_args, Unset):
            custom_image_commands_and_args = self.custom_image_commands_and_args.to_dict()

        image_signature_public_key_pem = self.image_signature_public_key_pem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "imageName": image_name,
                "imageRegistryId": image_registry_id,
                "imageTag": image_tag,
                "serviceEnvironmentId": service_environment_id,
                "serviceId": service_id,
            }
        )
        if custom_image_commands_and_args is not UNSET:
            field_dict["customImageCommandsAndArgs"] = custom_image_commands_and_args
        if image_signature_public_key_pem is not UNSET:
            field_dict["imageSignaturePublicKeyPEM"] = image_signature_public_key_pem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        image_name = d.pop("imageName")

        image_registry_id = d.pop("imageRegistryId")

        image_tag = d.pop("imageTag")

        service_environment_id = d.pop("serviceEnvironmentId")

        service_id = d.pop("serviceId")

        _custom_image_commands_and_args = d.pop("customImageCommandsAndArgs", UNSET)
        custom_image_commands_and_args: CustomImageCommandsAndArgs | Unset
        if isinstance(_custom_image_commands_and_args, Unset):
            custom_image_commands_and_args = UNSET
        else:
            custom_image_commands_and_args = CustomImageCommandsAndArgs.from_dict(_custom_image_commands_and_args)

        image_signature_public_key_pem = d.pop("imageSignaturePublicKeyPEM", UNSET)

        image_config = cls(
            description=description,
            id=id,
            image_name=image_name,
            image_registry_id=image_registry_id,
            image_tag=image_tag,
            service_environment_id=service_environment_id,
            service_id=service_id,
            custom_image_commands_and_args=custom_image_commands_and_args,
            image_signature_public_key_pem=image_signature_public_key_pem,
        )

        image_config.additional_properties = d
        return image_config

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
