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
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.workload_deployment_spec_template_spec_volumes_item_secret_items_item import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem,
        WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItemDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem
    from ..models.workload_deployment_spec_template_spec_volumes_item_secret_items_item import (
        WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "default_mode",
    "items",
    "optional",
    "secret_name",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "defaultMode",
        "items",
        "optional",
        "secretName",
    }
)


# `WorkloadDeploymentSpecTemplateSpecVolumesItemSecret` as a plain mapping of its JSON shape, accepted wherever a `WorkloadDeploymentSpecTemplateSpecVolumesItemSecret` is.
class WorkloadDeploymentSpecTemplateSpecVolumesItemSecretDict(TypedDict, total=False):
    defaultMode: int
    items: list[WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItemDict]
    optional: bool
    secretName: str


@_attrs_define(init=False, repr=False)
class WorkloadDeploymentSpecTemplateSpecVolumesItemSecret:
    """A secret that should populate this volume

    Attributes:
            default_mode (int | None): defaultMode is Optional: mode bits used to set permissions on created files by default.
                Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                YAML accepts both octal and decimal values, JSON requires decimal values
                for mode bits. Defaults to 0644.
                Directories within the path are not affected by this setting.
                This might be in conflict with other options that affect the file
                mode, like fsGroup, and the result can be other mode bits set.
            items (list[WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem] | None): items If unspecified, each key-value pair in the Data field of the referenced
                Secret will be projected into the volume as a file whose name is the
                key and content is the value. If specified, the listed keys will be
                projected into the specified paths, and unlisted keys will not be
                present. If a key is specified which is not present in the Secret,
                the volume setup will error unless it is marked optional. Paths must be
                relative and may not contain the '..' path or start with '..'.
            optional (bool | None): optional field specify whether the Secret or its keys must be defined
            secret_name (str | None): secretName is the name of the secret in the pod's namespace to use.
                More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
    """

    default_mode: int | None = None
    items: list[WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem] | None = None
    optional: bool | None = None
    secret_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        default_mode: int | None | Unset = UNSET,
        items: Sequence[
            WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem
            | WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItemDict
        ]
        | None
        | Unset = UNSET,
        optional: bool | None | Unset = UNSET,
        secret_name: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.default_mode = None if default_mode is None or isinstance(default_mode, Unset) else default_mode
        if default_mode is None:
            _nulls_given.append("default_mode")
        self.items = (
            None
            if items is None or isinstance(items, Unset)
            else [
                _item
                if isinstance(_item, WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem)
                else WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem.from_dict(_item)
                for _item in items
            ]
        )
        if items is None:
            _nulls_given.append("items")
        self.optional = None if optional is None or isinstance(optional, Unset) else optional
        if optional is None:
            _nulls_given.append("optional")
        self.secret_name = None if secret_name is None or isinstance(secret_name, Unset) else secret_name
        if secret_name is None:
            _nulls_given.append("secret_name")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.default_mode is not None:
            field_dict["defaultMode"] = self.default_mode
        elif "default_mode" in self._nulls:
            field_dict["defaultMode"] = None
        if self.items is not None:
            field_dict["items"] = [_item.to_dict() for _item in self.items]
        elif "items" in self._nulls:
            field_dict["items"] = None
        if self.optional is not None:
            field_dict["optional"] = self.optional
        elif "optional" in self._nulls:
            field_dict["optional"] = None
        if self.secret_name is not None:
            field_dict["secretName"] = self.secret_name
        elif "secret_name" in self._nulls:
            field_dict["secretName"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "WorkloadDeploymentSpecTemplateSpecVolumesItemSecret")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "WorkloadDeploymentSpecTemplateSpecVolumesItemSecret")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "defaultMode"
            _v = _get(_f, None)
            if _v is None:
                _obj.default_mode = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.default_mode = _v

            _f = "items"
            _v = _get(_f, None)
            if _v is None:
                _obj.items = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2 = list(map(WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem._parse, _it2))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.items = _l2

            _f = "optional"
            _v = _get(_f, None)
            if _v is None:
                _obj.optional = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.optional = _v

            _f = "secretName"
            _v = _get(_f, None)
            if _v is None:
                _obj.secret_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.secret_name = _v

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
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 0
        _f = ""
        try:
            _f = "defaultMode"
            _v = src.get(_f)
            if _v is None:
                _obj.default_mode = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.default_mode = _v

            _f = "items"
            _v = src.get(_f)
            if _v is None:
                _obj.items = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2[:] = map(WorkloadDeploymentSpecTemplateSpecVolumesItemSecretItemsItem._from_json, _it2)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.items = _l2

            _f = "optional"
            _v = src.get(_f)
            if _v is None:
                _obj.optional = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.optional = _v

            _f = "secretName"
            _v = src.get(_f)
            if _v is None:
                _obj.secret_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.secret_name = _v

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
