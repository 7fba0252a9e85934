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
        d = dict(src_dict)
        _custom_domains = d.pop("CustomDomains", UNSET)
        custom_domains: list[DescribeCustomDomainResult] | Unset = UNSET
        if _custom_domains is not UNSET:
            custom_domains = []
            for custom_domains_item_data in _custom_domains:
                custom_domains_item = DescribeCustomDomainResult.from_dict(custom_domains_item_data)

                custom_domains.append(custom_domains_item)

        ids = cast(list[str], d.pop("ids", UNSET))

        next_page_token = d.pop("nextPageToken", UNSET)

        list_custom_domain_result = cls(
            custom_domains=custom_domains,
            ids=ids,
            next_page_token=next_page_token,
        )

        list_custom_domain_result.additional_properties = d
        return list_custom_domain_result

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
