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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "awsPrivateLinkConfigurations",
    }
)


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
        _obj = cls.__new__(cls)
        _aws_private_link_configurations = src_dict.get("awsPrivateLinkConfigurations", UNSET)
        aws_private_link_configurations: list[AWSPrivateLinkConfiguration] | Unset = UNSET
        if _aws_private_link_configurations is not UNSET:
            _aws_private_link_configurations_item = AWSPrivateLinkConfiguration.from_dict
            aws_private_link_configurations = [
                _aws_private_link_configurations_item(item) for item in _aws_private_link_configurations
            ]

        _obj.aws_private_link_configurations = aws_private_link_configurations

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
        _aws_private_link_configurations = _pop("awsPrivateLinkConfigurations", UNSET)
        if _aws_private_link_configurations is not UNSET:
            _aws_private_link_configurations[:] = map(
                AWSPrivateLinkConfiguration._from_json, _aws_private_link_configurations
            )
        _obj.aws_private_link_configurations = _aws_private_link_configurations

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
