from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_parameter import InputParameter

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, InputParameter
    from ..models.input_parameter import InputParameter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListInputParametersResult")


@_attrs_define
class ListInputParametersResult:
    """
    Attributes:
        ids (list[str]): List of input parameter IDs
        input_parameters (list[InputParameter] | Unset): The input parameters
        next_page_token (str | Unset): Token to retrieve the next page of results
    """

    ids: list[str]
    input_parameters: list[InputParameter] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ids = self.ids

        input_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_parameters, Unset):
            input_parameters = []
            for input_parameters_item_data in self.input_parameters:
                input_parameters_item = input_parameters_item_data.to_dict()
                input_parameters.append(input_parameters_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if input_parameters is not UNSET:
            field_dict["inputParameters"] = input_parameters
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        _input_parameters = d.pop("inputParameters", UNSET)
        input_parameters: list[InputParameter] | Unset = UNSET
        if _input_parameters is not UNSET:
            input_parameters = []
            for input_parameters_item_data in _input_parameters:
                input_parameters_item = InputParameter.from_dict(input_parameters_item_data)

                input_parameters.append(input_parameters_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        list_input_parameters_result = cls(
            ids=ids,
            input_parameters=input_parameters,
            next_page_token=next_page_token,
        )

        list_input_parameters_result.additional_properties = d
        return list_input_parameters_result

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
