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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "anotherVersion",
        "productTierId",
        "resourceChangeSets",
        "serviceId",
        "version",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.another_version = src_dict["anotherVersion"]

        _obj.product_tier_id = src_dict["productTierId"]

        resource_change_sets = DiffTierVersionSetsResultResourceChangeSets.from_dict(src_dict["resourceChangeSets"])

        _obj.resource_change_sets = resource_change_sets

        _obj.service_id = src_dict["serviceId"]

        _obj.version = src_dict["version"]

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
        _obj.another_version = _pop("anotherVersion")

        _obj.product_tier_id = _pop("productTierId")

        _obj.resource_change_sets = DiffTierVersionSetsResultResourceChangeSets._from_json(_pop("resourceChangeSets"))

        _obj.service_id = _pop("serviceId")

        _obj.version = _pop("version")

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
