from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseServiceAPIRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "dryRun",
        "isPreferred",
        "productTierId",
        "versionSetName",
        "versionSetType",
    }
)


@_attrs_define
class ReleaseServiceAPIRequest:
    """Request body of ReleaseServiceAPI

    Attributes:
        dry_run (bool | Unset): When true, performs a dry run of the release operation without making any actual changes
            to the current pending changes and the service API. Default: False.
        is_preferred (bool | Unset): Indicates whether this version set is preferred. Default: False.
        product_tier_id (str | Unset): The product tier ID
        version_set_name (str | Unset): The name of the version set to release
        version_set_type (str | Unset): The version-set type of the product-tier.
    """

    dry_run: bool | Unset = False
    is_preferred: bool | Unset = False
    product_tier_id: str | Unset = UNSET
    version_set_name: str | Unset = UNSET
    version_set_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        is_preferred = self.is_preferred

        product_tier_id = self.product_tier_id

        version_set_name = self.version_set_name

        version_set_type = self.version_set_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if is_preferred is not UNSET:
            field_dict["isPreferred"] = is_preferred
        if product_tier_id is not UNSET:
            field_dict["productTierId"] = product_tier_id
        if version_set_name is not UNSET:
            field_dict["versionSetName"] = version_set_name
        if version_set_type is not UNSET:
            field_dict["versionSetType"] = version_set_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.dry_run = src_dict.get("dryRun", UNSET)

        _obj.is_preferred = src_dict.get("isPreferred", UNSET)

        _obj.product_tier_id = src_dict.get("productTierId", UNSET)

        _obj.version_set_name = src_dict.get("versionSetName", UNSET)

        _obj.version_set_type = src_dict.get("versionSetType", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.dry_run = _pop("dryRun", UNSET)

        _obj.is_preferred = _pop("isPreferred", UNSET)

        _obj.product_tier_id = _pop("productTierId", UNSET)

        _obj.version_set_name = _pop("versionSetName", UNSET)

        _obj.version_set_type = _pop("versionSetType", UNSET)

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
