from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonPatchOperation")


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
        d = dict(src_dict)
        op = JsonPatchOperationOp(d.pop("op"))

        path = d.pop("path")

        from_ = d.pop("from", UNSET)

        value = d.pop("value", UNSET)

        json_patch_operation = cls(
            op=op,
            path=path,
            from_=from_,
            value=value,
        )

        json_patch_operation.additional_properties = d
        return json_patch_operation

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
