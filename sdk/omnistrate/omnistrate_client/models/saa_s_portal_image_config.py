from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaaSPortalImageConfig")


@_attrs_define
class SaaSPortalImageConfig:
    """
    Attributes:
        image_name (str): The image name for the SaaS portal
        image_registry (str): The image registry for the SaaS portal
        image_tag (str): The image tag for the SaaS portal
    """

    image_name: str
    image_registry: str
    image_tag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_name = self.image_name

        image_registry = self.image_registry

        image_tag = self.image_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageName": image_name,
                "imageRegistry": image_registry,
                "imageTag": image_tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_name = d.pop("imageName")

        image_registry = d.pop("imageRegistry")

        image_tag = d.pop("imageTag")

        saa_s_portal_image_config = cls(
            image_name=image_name,
            image_registry=image_registry,
            image_tag=image_tag,
        )

        saa_s_portal_image_config.additional_properties = d
        return saa_s_portal_image_config

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
