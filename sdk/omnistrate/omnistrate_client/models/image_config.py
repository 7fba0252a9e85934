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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "imageName",
        "imageRegistryId",
        "imageTag",
        "serviceEnvironmentId",
        "serviceId",
        "customImageCommandsAndArgs",
        "imageSignaturePublicKeyPEM",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.image_name = src_dict["imageName"]

        _obj.image_registry_id = src_dict["imageRegistryId"]

        _obj.image_tag = src_dict["imageTag"]

        _obj.service_environment_id = src_dict["serviceEnvironmentId"]

        _obj.service_id = src_dict["serviceId"]

        _custom_image_commands_and_args = src_dict.get("customImageCommandsAndArgs", UNSET)
        custom_image_commands_and_args: CustomImageCommandsAndArgs | Unset
        if isinstance(_custom_image_commands_and_args, Unset):
            custom_image_commands_and_args = UNSET
        else:
            custom_image_commands_and_args = CustomImageCommandsAndArgs.from_dict(_custom_image_commands_and_args)

        _obj.custom_image_commands_and_args = custom_image_commands_and_args

        _obj.image_signature_public_key_pem = src_dict.get("imageSignaturePublicKeyPEM", UNSET)

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
        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.image_name = _pop("imageName")

        _obj.image_registry_id = _pop("imageRegistryId")

        _obj.image_tag = _pop("imageTag")

        _obj.service_environment_id = _pop("serviceEnvironmentId")

        _obj.service_id = _pop("serviceId")

        _custom_image_commands_and_args = _pop("customImageCommandsAndArgs", UNSET)
        _obj.custom_image_commands_and_args = (
            UNSET
            if _custom_image_commands_and_args is UNSET
            else CustomImageCommandsAndArgs._from_json(_custom_image_commands_and_args)
        )

        _obj.image_signature_public_key_pem = _pop("imageSignaturePublicKeyPEM", UNSET)

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
