from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_parameter import OutputParameter

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, OutputParameter
    from ..models.output_parameter import OutputParameter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ListOutputParametersResult")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "ids",
        "nextPageToken",
        "outputParameters",
    }
)


@_attrs_define
class ListOutputParametersResult:
    """
    Attributes:
        ids (list[str]): The IDs of the output parameters
        next_page_token (str | Unset): The token to use for the next page of results
        output_parameters (list[OutputParameter] | Unset): The output parameters
    """

    ids: list[str]
    next_page_token: str | Unset = UNSET
    output_parameters: list[OutputParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        ids = self.ids

        next_page_token = self.next_page_token

        output_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_parameters, Unset):
            output_parameters = []
            for output_parameters_item_data in self.output_parameters:
                output_parameters_item = output_parameters_item_data.to_dict()
                output_parameters.append(output_parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if output_parameters is not UNSET:
            field_dict["outputParameters"] = output_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        ids = cast(list[str], src_dict["ids"])

        _obj.ids = ids

        _obj.next_page_token = src_dict.get("nextPageToken", UNSET)

        _output_parameters = src_dict.get("outputParameters", UNSET)
        output_parameters: list[OutputParameter] | Unset = UNSET
        if _output_parameters is not UNSET:
            _output_parameters_item = OutputParameter.from_dict
            output_parameters = [_output_parameters_item(item) for item in _output_parameters]

        _obj.output_parameters = output_parameters

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
        ids = cast(list[str], _pop("ids"))

        _obj.ids = ids

        _obj.next_page_token = _pop("nextPageToken", UNSET)

        _output_parameters = _pop("outputParameters", UNSET)
        if _output_parameters is not UNSET:
            _output_parameters[:] = map(OutputParameter._from_json, _output_parameters)
        _obj.output_parameters = _output_parameters

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
