from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_parameter_labeled_options import InputParameterLabeledOptions
    from ..models.limits import Limits

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, InputParameterLabeledOptions, Limits
    from ..models.input_parameter_labeled_options import InputParameterLabeledOptions  # noqa: PLC0415
    from ..models.limits import Limits  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InputParameter")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "isList",
        "key",
        "modifiable",
        "name",
        "required",
        "resourceId",
        "serviceId",
        "type",
        "defaultValue",
        "dependentResourceId",
        "hasOptions",
        "labeledOptions",
        "limits",
        "options",
    }
)


@_attrs_define
class InputParameter:
    """
    Attributes:
        description (str): A brief description of the input parameter
        id (str): ID of an Input Parameter
        is_list (bool): Marks the input parameter as a list of values Default: False.
        key (str): Key of the input parameter
        modifiable (bool): Marks the input parameter as immutable
        name (str): External name for the input parameter
        required (bool): Enforces the input parameter as a required parameter
        resource_id (str): ID of a resource
        service_id (str): ID of a Service
        type_ (str): Type of the variable encoding the value
        default_value (str | Unset): Default value to use for an optional input parameter represented as a string
        dependent_resource_id (str | Unset): ID of a resource
        has_options (bool | Unset): Marks the input parameter to be selectable from a list of values Default: False.
        labeled_options (InputParameterLabeledOptions | Unset): A map for labeled options. The key is the label and the
            value is the option. When the option is selected, the label will be displayed to the end customer.
        limits (Limits | Unset): Limit of a parameter
        options (list[str] | Unset): A list of options to restrict the value of the input parameter to (represented as a
            string)
    """

    description: str
    id: str
    key: str
    modifiable: bool
    name: str
    required: bool
    resource_id: str
    service_id: str
    type_: str
    is_list: bool = False
    default_value: str | Unset = UNSET
    dependent_resource_id: str | Unset = UNSET
    has_options: bool | Unset = False
    labeled_options: InputParameterLabeledOptions | Unset = UNSET
    limits: Limits | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        is_list = self.is_list

        key = self.key

        modifiable = self.modifiable

        name = self.name

        required = self.required

        resource_id = self.resource_id

        service_id = self.service_id

        type_ = self.type_

        default_value = self.default_value

        dependent_resource_id = self.dependent_resource_id

        has_options = self.has_options

        labeled_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labeled_options, Unset):
            labeled_options = self.labeled_options.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "isList": is_list,
                "key": key,
                "modifiable": modifiable,
                "name": name,
                "required": required,
                "resourceId": resource_id,
                "serviceId": service_id,
                "type": type_,
            }
        )
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if dependent_resource_id is not UNSET:
            field_dict["dependentResourceId"] = dependent_resource_id
        if has_options is not UNSET:
            field_dict["hasOptions"] = has_options
        if labeled_options is not UNSET:
            field_dict["labeledOptions"] = labeled_options
        if limits is not UNSET:
            field_dict["limits"] = limits
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.is_list = src_dict["isList"]

        _obj.key = src_dict["key"]

        _obj.modifiable = src_dict["modifiable"]

        _obj.name = src_dict["name"]

        _obj.required = src_dict["required"]

        _obj.resource_id = src_dict["resourceId"]

        _obj.service_id = src_dict["serviceId"]

        _obj.type_ = src_dict["type"]

        _obj.default_value = src_dict.get("defaultValue", UNSET)

        _obj.dependent_resource_id = src_dict.get("dependentResourceId", UNSET)

        _obj.has_options = src_dict.get("hasOptions", UNSET)

        _labeled_options = src_dict.get("labeledOptions", UNSET)
        labeled_options: InputParameterLabeledOptions | Unset
        if isinstance(_labeled_options, Unset):
            labeled_options = UNSET
        else:
            labeled_options = InputParameterLabeledOptions.from_dict(_labeled_options)

        _obj.labeled_options = labeled_options

        _limits = src_dict.get("limits", UNSET)
        limits: Limits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = Limits.from_dict(_limits)

        _obj.limits = limits

        options = cast(list[str], src_dict.get("options", UNSET))

        _obj.options = options

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
        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.is_list = _pop("isList")

        _obj.key = _pop("key")

        _obj.modifiable = _pop("modifiable")

        _obj.name = _pop("name")

        _obj.required = _pop("required")

        _obj.resource_id = _pop("resourceId")

        _obj.service_id = _pop("serviceId")

        _obj.type_ = _pop("type")

        _obj.default_value = _pop("defaultValue", UNSET)

        _obj.dependent_resource_id = _pop("dependentResourceId", UNSET)

        _obj.has_options = _pop("hasOptions", UNSET)

        _labeled_options = _pop("labeledOptions", UNSET)
        _obj.labeled_options = (
            UNSET if _labeled_options is UNSET else InputParameterLabeledOptions._from_json(_labeled_options)
        )

        _limits = _pop("limits", UNSET)
        _obj.limits = UNSET if _limits is UNSET else Limits._from_json(_limits)

        options = cast(list[str], _pop("options", UNSET))

        _obj.options = options

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
