from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_private_link_configuration import AWSPrivateLinkConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AWSPrivateLinkConfiguration
    from ..models.aws_private_link_configuration import AWSPrivateLinkConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="PrivateLinkConfiguration")


@_attrs_define
class PrivateLinkConfiguration:
    """
    Attributes:
        aws_private_link_configurations (list[AWSPrivateLinkConfiguration] | Unset): The list of private link
            configurations
    """

    aws_private_link_configurations: list[AWSPrivateLinkConfiguration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        aws_private_link_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aws_private_link_configurations, Unset):
            aws_private_link_configurations = []
            for aws_private_link_configurations_item_data in self.aws_private_link_configurations:
                aws_private_link_configurations_item = aws_private_link_configurations_item_data.to_dict()
                aws_private_link_configurations.append(aws_private_link_configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws_private_link_configurations is not UNSET:
            field_dict["awsPrivateLinkConfigurations"] = aws_private_link_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _aws_private_link_configurations = d.pop("awsPrivateLinkConfigurations", UNSET)
        aws_private_link_configurations: list[AWSPrivateLinkConfiguration] | Unset = UNSET
        if _aws_private_link_configurations is not UNSET:
            aws_private_link_configurations = []
            for aws_private_link_configurations_item_data in _aws_private_link_configurations:
                aws_private_link_configurations_item = AWSPrivateLinkConfiguration.from_dict(
                    aws_private_link_configurations_item_data
                )

                aws_private_link_configurations.append(aws_private_link_configurations_item)

        private_link_configuration = cls(
            aws_private_link_configurations=aws_private_link_configurations,
        )

        private_link_configuration.additional_properties = d
        return private_link_configuration

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
