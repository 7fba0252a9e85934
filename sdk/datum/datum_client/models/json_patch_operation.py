# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = object()
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "op",
    "path",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "from_",
    "value",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "op",
        "path",
        "from",
        "value",
    }
)

# `JsonPatchOperation` as a plain mapping of its JSON shape, accepted wherever a `JsonPatchOperation` is.
JsonPatchOperationDict = TypedDict(
    "JsonPatchOperationDict",
    {
        "op": 'Required[JsonPatchOperationOp | Literal["add", "remove", "replace", "move", "copy", "test"]]',
        "path": "Required[str]",
        "from": "str",
        "value": "Any",
    },
    total=False,
)


@_attrs_define(init=False, repr=False)
class JsonPatchOperation:
    """One JSON patch operation.

    Attributes:
            op (JsonPatchOperationOp): The operation.
            path (str): JSON pointer (RFC 6901) to the target location (`/metadata/labels/environment`).
            from_ (str | None): JSON pointer (RFC 6901) to the source location, for `move` and `copy`.
            value (Any | None): The value to add, replace or test.
    """

    op: JsonPatchOperationOp
    path: str
    from_: str | None = None
    value: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        op: JsonPatchOperationOp | Literal["add", "remove", "replace", "move", "copy", "test"],
        path: str,
        from_: str | None | Unset = UNSET,
        value: Any | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.op = JsonPatchOperationOp(op)
        self.path = path
        self.from_ = None if from_ is None or isinstance(from_, Unset) else from_
        if from_ is None:
            _nulls_given.append("from_")
        self.value = None if value is None or isinstance(value, Unset) else value
        if value is None:
            _nulls_given.append("value")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["op"] = self.op.value
        field_dict["path"] = self.path
        if self.from_ is not None:
            field_dict["from"] = self.from_
        elif "from_" in self._nulls:
            field_dict["from"] = None
        if self.value is not None:
            field_dict["value"] = _m.dump(self.value)
        elif "value" in self._nulls:
            field_dict["value"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "JsonPatchOperation")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "JsonPatchOperation")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data; a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "op"
            _v = _get(_f, _MISSING)
            if _v is _MISSING:
                raise _m.missing()
            _obj.op = _m.parse_enum(JsonPatchOperationOp, _v)

            _f = "path"
            _v = _get(_f, _MISSING)
            if _v is _MISSING:
                raise _m.missing()
            if not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.path = _v

            _f = "from"
            _v = _get(_f, None)
            if _v is None:
                _obj.from_ = None
            else:
                if not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.from_ = _v

            _f = "value"
            _v = _get(_f, None)
            if _v is None:
                _obj.value = None
            else:
                _obj.value = _v

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: it is taken over."""
        src = _m.as_dict(value)
        _obj = cls.__new__(cls)
        _get = src.pop
        _f = ""
        try:
            _f = "op"
            _v = _get(_f, _MISSING)
            if _v is _MISSING:
                raise _m.missing()
            _obj.op = _m.parse_enum(JsonPatchOperationOp, _v)

            _f = "path"
            _v = _get(_f, _MISSING)
            if _v is _MISSING:
                raise _m.missing()
            if not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.path = _v

            _f = "from"
            _v = _get(_f, None)
            if _v is None:
                _obj.from_ = None
            else:
                if not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.from_ = _v

            _f = "value"
            _v = _get(_f, None)
            if _v is None:
                _obj.value = None
            else:
                _obj.value = _v

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src if src else {}
        _obj._nulls = _m.NO_NULLS
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
