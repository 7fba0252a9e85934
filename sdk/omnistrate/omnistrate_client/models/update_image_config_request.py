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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "customImageCommandsAndArgs",
        "description",
        "imageName",
        "imageRegistryId",
        "imageSignaturePublicKeyPEM",
        "imageTag",
    }
)


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
        _obj = cls.__new__(cls)
        _custom_image_commands_and_args = src_dict.get("customImageCommandsAndArgs", UNSET)
        custom_image_commands_and_args: CustomImageCommandsAndArgs | Unset
        if isinstance(_custom_image_commands_and_args, Unset):
            custom_image_commands_and_args = UNSET
        else:
            custom_image_commands_and_args = CustomImageCommandsAndArgs.from_dict(_custom_image_commands_and_args)

        _obj.custom_image_commands_and_args = custom_image_commands_and_args

        _obj.description = src_dict.get("description", UNSET)

        _obj.image_name = src_dict.get("imageName", UNSET)

        _obj.image_registry_id = src_dict.get("imageRegistryId", UNSET)

        _obj.image_signature_public_key_pem = src_dict.get("imageSignaturePublicKeyPEM", UNSET)

        _obj.image_tag = src_dict.get("imageTag", UNSET)

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
        _custom_image_commands_and_args = _pop("customImageCommandsAndArgs", UNSET)
        _obj.custom_image_commands_and_args = (
            UNSET
            if _custom_image_commands_and_args is UNSET
            else CustomImageCommandsAndArgs._from_json(_custom_image_commands_and_args)
        )

        _obj.description = _pop("description", UNSET)

        _obj.image_name = _pop("imageName", UNSET)

        _obj.image_registry_id = _pop("imageRegistryId", UNSET)

        _obj.image_signature_public_key_pem = _pop("imageSignaturePublicKeyPEM", UNSET)

        _obj.image_tag = _pop("imageTag", UNSET)

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
