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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "inputParameters",
        "outputParameters",
        "verb",
    }
)


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
        _obj = cls.__new__(cls)
        _input_parameters_item = InputParameterEntity.from_dict
        input_parameters = [_input_parameters_item(item) for item in src_dict["inputParameters"]]

        _obj.input_parameters = input_parameters

        _output_parameters_item = OutputParameterEntity.from_dict
        output_parameters = [_output_parameters_item(item) for item in src_dict["outputParameters"]]

        _obj.output_parameters = output_parameters

        _obj.verb = src_dict["verb"]

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
        _input_parameters = _pop("inputParameters")
        _input_parameters[:] = map(InputParameterEntity._from_json, _input_parameters)
        _obj.input_parameters = _input_parameters

        _output_parameters = _pop("outputParameters")
        _output_parameters[:] = map(OutputParameterEntity._from_json, _output_parameters)
        _obj.output_parameters = _output_parameters

        _obj.verb = _pop("verb")

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
