from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonPatchOperation")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "op",
        "path",
        "from",
        "value",
    }
)


@_attrs_define
class JsonPatchOperation:
    """One JSON patch operation.

    Attributes:
        op (JsonPatchOperationOp): The operation.
        path (str): JSON pointer to the target location (`/metadata/labels/environment`).
        from_ (str | Unset): JSON pointer to the source location, for `move` and `copy`.
        value (Any | Unset): The value to add, replace or test.
    """

    op: JsonPatchOperationOp
    path: str
    from_: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        from_ = self.from_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        op = JsonPatchOperationOp(src_dict["op"])

        _obj.op = op

        _obj.path = src_dict["path"]

        _obj.from_ = src_dict.get("from", UNSET)

        _obj.value = src_dict.get("value", UNSET)

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
        op = JsonPatchOperationOp(_pop("op"))

        _obj.op = op

        _obj.path = _pop("path")

        _obj.from_ = _pop("from", UNSET)

        _obj.value = _pop("value", UNSET)

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
