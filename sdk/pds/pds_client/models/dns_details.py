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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "aws_details",
        "dns_zone",
    }
)


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
        _obj = cls.__new__(cls)
        _aws_details = src_dict.get("aws_details", UNSET)
        aws_details: AWSDetails | Unset
        if isinstance(_aws_details, Unset):
            aws_details = UNSET
        else:
            aws_details = AWSDetails.from_dict(_aws_details)

        _obj.aws_details = aws_details

        _obj.dns_zone = src_dict.get("dns_zone", UNSET)

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
        _aws_details = _pop("aws_details", UNSET)
        _obj.aws_details = UNSET if _aws_details is UNSET else AWSDetails._from_json(_aws_details)

        _obj.dns_zone = _pop("dns_zone", UNSET)

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
