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
_MISSING: Any = _m.MISSING
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
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "op"
            _v = _get(_f, _MISSING)
            _obj.op = _m.parse_enum(JsonPatchOperationOp, _v)

            _f = "path"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.path = _v

            _f = "from"
            _v = _get(_f, None)
            if _v is None:
                _obj.from_ = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
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
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 2
        _f = ""
        try:
            _f = "op"
            _v = src[_f]
            _obj.op = _m.parse_enum(JsonPatchOperationOp, _v)

            _f = "path"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.path = _v

            _f = "from"
            _v = src.get(_f)
            if _v is None:
                _obj.from_ = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.from_ = _v

            _f = "value"
            _v = src.get(_f)
            if _v is None:
                _obj.value = None
            else:
                _n += 1
                _obj.value = _v

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
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
