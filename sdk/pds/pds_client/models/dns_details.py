from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_details import AWSDetails

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AWSDetails
    from ..models.aws_details import AWSDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DNSDetails")


@_attrs_define
class DNSDetails:
    """
    Attributes:
        aws_details (AWSDetails | Unset):
        dns_zone (str | Unset):
    """

    aws_details: AWSDetails | Unset = UNSET
    dns_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        aws_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_details, Unset):
            aws_details = self.aws_details.to_dict()

        dns_zone = self.dns_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws_details is not UNSET:
            field_dict["aws_details"] = aws_details
        if dns_zone is not UNSET:
            field_dict["dns_zone"] = dns_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _aws_details = d.pop("aws_details", UNSET)
        aws_details: AWSDetails | Unset
        if isinstance(_aws_details, Unset):
            aws_details = UNSET
        else:
            aws_details = AWSDetails.from_dict(_aws_details)

        dns_zone = d.pop("dns_zone", UNSET)

        dns_details = cls(
            aws_details=aws_details,
            dns_zone=dns_zone,
        )

        dns_details.additional_properties = d
        return dns_details

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
