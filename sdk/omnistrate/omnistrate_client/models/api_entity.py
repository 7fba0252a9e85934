from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.input_parameter_entity import InputParameterEntity
    from ..models.output_parameter_entity import OutputParameterEntity

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, InputParameterEntity, OutputParameterEntity
    from ..models.input_parameter_entity import InputParameterEntity  # noqa: PLC0415
    from ..models.output_parameter_entity import OutputParameterEntity  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="APIEntity")


@_attrs_define
class APIEntity:
    """
    Attributes:
        input_parameters (list[InputParameterEntity]): The input parameters
        output_parameters (list[OutputParameterEntity]): The output parameters
        verb (str): The API verb
    """

    input_parameters: list[InputParameterEntity]
    output_parameters: list[OutputParameterEntity]
    verb: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        input_parameters = []
        for input_parameters_item_data in self.input_parameters:
            input_parameters_item = input_parameters_item_data.to_dict()
            input_parameters.append(input_parameters_item)

        output_parameters = []
        for output_parameters_item_data in self.output_parameters:
            output_parameters_item = output_parameters_item_data.to_dict()
            output_parameters.append(output_parameters_item)

        verb = self.verb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputParameters": input_parameters,
                "outputParameters": output_parameters,
                "verb": verb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        input_parameters = []
        _input_parameters = d.pop("inputParameters")
        for input_parameters_item_data in _input_parameters:
            input_parameters_item = InputParameterEntity.from_dict(input_parameters_item_data)

            input_parameters.append(input_parameters_item)

        output_parameters = []
        _output_parameters = d.pop("outputParameters")
        for output_parameters_item_data in _output_parameters:
            output_parameters_item = OutputParameterEntity.from_dict(output_parameters_item_data)

            output_parameters.append(output_parameters_item)

        verb = d.pop("verb")

        api_entity = cls(
            input_parameters=input_parameters,
            output_parameters=output_parameters,
            verb=verb,
        )

        api_entity.additional_properties = d
        return api_entity

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
