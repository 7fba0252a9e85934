from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServicePlan")


@_attrs_define
class ServicePlan:
    """
    Attributes:
        description (str): Description of the Product Tier
        model_type (str): The model type encapsulating this service
        name (str): Name of the Product Tier
        product_tier_id (str): ID of a Product Tier
        tier_type (str): ProductTierType is the type of tier for a product
    """

    description: str
    model_type: str
    name: str
    product_tier_id: str
    tier_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        model_type = self.model_type

        name = self.name

        product_tier_id = self.product_tier_id

        tier_type = self.tier_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "modelType": model_type,
                "name": name,
                "productTierID": product_tier_id,
                "tierType": tier_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        model_type = d.pop("modelType")

        name = d.pop("name")

        product_tier_id = d.pop("productTierID")

        tier_type = d.pop("tierType")

        service_plan = cls(
            description=description,
            model_type=model_type,
            name=name,
            product_tier_id=product_tier_id,
            tier_type=tier_type,
        )

        service_plan.additional_properties = d
        return service_plan

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
