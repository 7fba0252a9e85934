from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.diff_tier_version_sets_result_resource_change_sets import DiffTierVersionSetsResultResourceChangeSets

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, DiffTierVersionSetsResultResourceChangeSets
    from ..models.diff_tier_version_sets_result_resource_change_sets import DiffTierVersionSetsResultResourceChangeSets  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DiffTierVersionSetsResult")


@_attrs_define
class DiffTierVersionSetsResult:
    """
    Attributes:
        another_version (str): The target version to compare against.
        product_tier_id (str): ID of a Product Tier
        resource_change_sets (DiffTierVersionSetsResultResourceChangeSets): The difference for the service API
            configuration per resource
        service_id (str): ID of a Service
        version (str): The version number for the version set.
    """

    another_version: str
    product_tier_id: str
    resource_change_sets: DiffTierVersionSetsResultResourceChangeSets
    service_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        another_version = self.another_version

        product_tier_id = self.product_tier_id

        resource_change_sets = self.resource_change_sets.to_dict()

        service_id = self.service_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anotherVersion": another_version,
                "productTierId": product_tier_id,
                "resourceChangeSets": resource_change_sets,
                "serviceId": service_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        another_version = d.pop("anotherVersion")

        product_tier_id = d.pop("productTierId")

        resource_change_sets = DiffTierVersionSetsResultResourceChangeSets.from_dict(d.pop("resourceChangeSets"))

        service_id = d.pop("serviceId")

        version = d.pop("version")

        diff_tier_version_sets_result = cls(
            another_version=another_version,
            product_tier_id=product_tier_id,
            resource_change_sets=resource_change_sets,
            service_id=service_id,
            version=version,
        )

        diff_tier_version_sets_result.additional_properties = d
        return diff_tier_version_sets_result

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
