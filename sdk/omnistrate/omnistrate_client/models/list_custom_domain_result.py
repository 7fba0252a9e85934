from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.describe_custom_domain_result import DescribeCustomDomainResult

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, DescribeCustomDomainResult
    from ..models.describe_custom_domain_result import DescribeCustomDomainResult  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListCustomDomainResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "CustomDomains",
        "ids",
        "nextPageToken",
    }
)


@_attrs_define
class ListCustomDomainResult:
    """List of custom domain IDs

    Attributes:
        custom_domains (list[DescribeCustomDomainResult] | Unset): The list of custom domains
        ids (list[str] | Unset):
        next_page_token (str | Unset): Token to use for the next page
    """

    custom_domains: list[DescribeCustomDomainResult] | Unset = UNSET
    ids: list[str] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        custom_domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_domains, Unset):
            custom_domains = []
            for custom_domains_item_data in self.custom_domains:
                custom_domains_item = custom_domains_item_data.to_dict()
                custom_domains.append(custom_domains_item)

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_domains is not UNSET:
            field_dict["CustomDomains"] = custom_domains
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _custom_domains = src_dict.get("CustomDomains", UNSET)
        custom_domains: list[DescribeCustomDomainResult] | Unset = UNSET
        if _custom_domains is not UNSET:
            _custom_domains_item = DescribeCustomDomainResult.from_dict
            custom_domains = [_custom_domains_item(item) for item in _custom_domains]

        _obj.custom_domains = custom_domains

        ids = cast(list[str], src_dict.get("ids", UNSET))

        _obj.ids = ids

        _obj.next_page_token = src_dict.get("nextPageToken", UNSET)

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
        _custom_domains = _pop("CustomDomains", UNSET)
        if _custom_domains is not UNSET:
            _custom_domains[:] = map(DescribeCustomDomainResult._from_json, _custom_domains)
        _obj.custom_domains = _custom_domains

        ids = cast(list[str], _pop("ids", UNSET))

        _obj.ids = ids

        _obj.next_page_token = _pop("nextPageToken", UNSET)

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
