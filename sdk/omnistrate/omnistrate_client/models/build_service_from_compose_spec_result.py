from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_service_from_compose_spec_result_undefined_resources import (
        BuildServiceFromComposeSpecResultUndefinedResources,
    )

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, BuildServiceFromComposeSpecResultUndefinedResources
    from ..models.build_service_from_compose_spec_result_undefined_resources import (
        BuildServiceFromComposeSpecResultUndefinedResources,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="BuildServiceFromComposeSpecResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "productTierID",
        "serviceEnvironmentID",
        "serviceID",
        "undefinedResources",
    }
)


@_attrs_define
class BuildServiceFromComposeSpecResult:
    """
    Attributes:
        product_tier_id (str): ID of a Product Tier
        service_environment_id (str): ID of a Service Environment
        service_id (str): ID of a Service
        undefined_resources (BuildServiceFromComposeSpecResultUndefinedResources | Unset): Resources that appear in the
            service plan but were not defined in the spec. These resources were not processed during the build.
    """

    product_tier_id: str
    service_environment_id: str
    service_id: str
    undefined_resources: BuildServiceFromComposeSpecResultUndefinedResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        product_tier_id = self.product_tier_id

        service_environment_id = self.service_environment_id

        service_id = self.service_id

        undefined_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.undefined_resources, Unset):
            undefined_resources = self.undefined_resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productTierID": product_tier_id,
                "serviceEnvironmentID": service_environment_id,
                "serviceID": service_id,
            }
        )
        if undefined_resources is not UNSET:
            field_dict["undefinedResources"] = undefined_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.product_tier_id = src_dict["productTierID"]

        _obj.service_environment_id = src_dict["serviceEnvironmentID"]

        _obj.service_id = src_dict["serviceID"]

        _undefined_resources = src_dict.get("undefinedResources", UNSET)
        undefined_resources: BuildServiceFromComposeSpecResultUndefinedResources | Unset
        if isinstance(_undefined_resources, Unset):
            undefined_resources = UNSET
        else:
            undefined_resources = BuildServiceFromComposeSpecResultUndefinedResources.from_dict(_undefined_resources)

        _obj.undefined_resources = undefined_resources

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
        _obj.product_tier_id = _pop("productTierID")

        _obj.service_environment_id = _pop("serviceEnvironmentID")

        _obj.service_id = _pop("serviceID")

        _undefined_resources = _pop("undefinedResources", UNSET)
        _obj.undefined_resources = (
            UNSET
            if _undefined_resources is UNSET
            else BuildServiceFromComposeSpecResultUndefinedResources._from_json(_undefined_resources)
        )

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
