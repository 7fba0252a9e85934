from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckIfContainerImageAccessibleResult")


@_attrs_define
class CheckIfContainerImageAccessibleResult:
    """
    Attributes:
        image_accessible (bool): Indicates if the image is accessible
        error_msg (str | Unset): Error message if the image is not accessible
    """

    image_accessible: bool
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_accessible = self.image_accessible

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageAccessible": image_accessible,
            }
        )
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_accessible = d.pop("imageAccessible")

        error_msg = d.pop("errorMsg", UNSET)

        check_if_container_image_accessible_result = cls(
            image_accessible=image_accessible,
            error_msg=error_msg,
        )

        check_if_container_image_accessible_result.additional_properties = d
        return check_if_container_image_accessible_result

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
