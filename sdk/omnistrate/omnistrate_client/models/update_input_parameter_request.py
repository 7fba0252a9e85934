from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.limits import Limits
    from ..models.update_input_parameter_request_labeled_options import UpdateInputParameterRequestLabeledOptions

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Limits, UpdateInputParameterRequestLabeledOptions
    from ..models.limits import Limits  # noqa: PLC0415
    from ..models.update_input_parameter_request_labeled_options import UpdateInputParameterRequestLabeledOptions  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateInputParameterRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "defaultValue",
        "description",
        "hasOptions",
        "labeledOptions",
        "limits",
        "modifiable",
        "name",
        "options",
        "required",
    }
)


@_attrs_define
class UpdateInputParameterRequest:
    """Request body of UpdateInputParameter

    Attributes:
        default_value (str | Unset): Default value to use for an optional input parameter represented as a string
        description (str | Unset): A brief description of the input parameter
        has_options (bool | Unset): Marks the input parameter to be selectable from a list of values
        labeled_options (UpdateInputParameterRequestLabeledOptions | Unset): A map for labeled options. The key is the
            label and the value is the option. When the option is selected, the label will be displayed to the end customer.
            Specify either options or labeledOptions when defining the input parameter.
        limits (Limits | Unset): Limit of a parameter
        modifiable (bool | Unset): Marks the input parameter as immutable
        name (str | Unset): External name for the input parameter
        options (list[str] | Unset): A list of options to restrict the value of the input parameter to (represented as a
            string)
        required (bool | Unset): Enforces the input parameter as a required parameter
    """

    default_value: str | Unset = UNSET
    description: str | Unset = UNSET
    has_options: bool | Unset = UNSET
    labeled_options: UpdateInputParameterRequestLabeledOptions | Unset = UNSET
    limits: Limits | Unset = UNSET
    modifiable: bool | Unset = UNSET
    name: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        default_value = self.default_value

        description = self.description

        has_options = self.has_options

        labeled_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labeled_options, Unset):
            labeled_options = self.labeled_options.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        modifiable = self.modifiable

        name = self.name

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if has_options is not UNSET:
            field_dict["hasOptions"] = has_options
        if labeled_options is not UNSET:
            field_dict["labeledOptions"] = labeled_options
        if limits is not UNSET:
            field_dict["limits"] = limits
        if modifiable is not UNSET:
            field_dict["modifiable"] = modifiable
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.default_value = src_dict.get("defaultValue", UNSET)

        _obj.description = src_dict.get("description", UNSET)

        _obj.has_options = src_dict.get("hasOptions", UNSET)

        _labeled_options = src_dict.get("labeledOptions", UNSET)
        labeled_options: UpdateInputParameterRequestLabeledOptions | Unset
        if isinstance(_labeled_options, Unset):
            labeled_options = UNSET
        else:
            labeled_options = UpdateInputParameterRequestLabeledOptions.from_dict(_labeled_options)

        _obj.labeled_options = labeled_options

        _limits = src_dict.get("limits", UNSET)
        limits: Limits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = Limits.from_dict(_limits)

        _obj.limits = limits

        _obj.modifiable = src_dict.get("modifiable", UNSET)

        _obj.name = src_dict.get("name", UNSET)

        options = cast(list[str], src_dict.get("options", UNSET))

        _obj.options = options

        _obj.required = src_dict.get("required", UNSET)

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
        _obj.default_value = _pop("defaultValue", UNSET)

        _obj.description = _pop("description", UNSET)

        _obj.has_options = _pop("hasOptions", UNSET)

        _labeled_options = _pop("labeledOptions", UNSET)
        _obj.labeled_options = (
            UNSET
            if _labeled_options is UNSET
            else UpdateInputParameterRequestLabeledOptions._from_json(_labeled_options)
        )

        _limits = _pop("limits", UNSET)
        _obj.limits = UNSET if _limits is UNSET else Limits._from_json(_limits)

        _obj.modifiable = _pop("modifiable", UNSET)

        _obj.name = _pop("name", UNSET)

        options = cast(list[str], _pop("options", UNSET))

        _obj.options = options

        _obj.required = _pop("required", UNSET)

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
