from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateServicesOrchestrationRequest")


@_attrs_define
class CreateServicesOrchestrationRequest:
    """Request body of CreateServicesOrchestration

    Attributes:
        orchestration_create_dsl (str): base64 encoded content of service orchestration create DSL
    """

    orchestration_create_dsl: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orchestration_create_dsl = self.orchestration_create_dsl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orchestrationCreateDSL": orchestration_create_dsl,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        orchestration_create_dsl = d.pop("orchestrationCreateDSL")

        create_services_orchestration_request = cls(
            orchestration_create_dsl=orchestration_create_dsl,
        )

        create_services_orchestration_request.additional_properties = d
        return create_services_orchestration_request

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
