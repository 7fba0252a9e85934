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
from ..models.storage_options_sample_fs import StorageOptionsSampleFs
from ..models.storage_options_sample_provisioner import StorageOptionsSampleProvisioner
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "created",
    "fg",
    "fs",
    "name",
    "provisioner",
    "repl",
    "secure",
    "updated",
    "version",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "created",
        "fg",
        "fs",
        "name",
        "provisioner",
        "repl",
        "secure",
        "updated",
        "version",
    }
)


# `StorageOptionsSample` as a plain mapping of its JSON shape, accepted wherever a `StorageOptionsSample` is.
class StorageOptionsSampleDict(TypedDict, total=False):
    created: str
    fg: bool
    fs: StorageOptionsSampleFs | Literal["xfs", "ext4"]
    name: str
    provisioner: StorageOptionsSampleProvisioner | Literal["pxd.portworx.com", "kubernetes.io/portworx-volume", "auto"]
    repl: int
    secure: bool
    updated: str
    version: int


@_attrs_define(init=False, repr=False)
class StorageOptionsSample:
    """Attributes:
    created (str | None):
    fg (bool | None): This option enforces volume group policy. If a volume belonging to a group cannot find nodes for its
        replication sets which don’t have other volumes of same group, the volume creation will fail.
    fs (StorageOptionsSampleFs | None): Filesystem to be laid out.
    name (str | None): Name of the template. Must be unique within the tenant scope.
    provisioner (StorageOptionsSampleProvisioner | None): Portworx volume provisioner. Valid values are: "pxd.portworx.com" for PX CSI,
        "kubernetes.io/portworx-volume" for PX in-tree or "auto" for auto-detect
    repl (int | None): Replication factor for the volume.
    secure (bool | None): Flag to create an encrypted volume. Currently, not supported (should be set to `false`).
    updated (str | None):
    version (int | None):
    """

    created: str | None = None
    fg: bool | None = None
    fs: StorageOptionsSampleFs | None = None
    name: str | None = None
    provisioner: StorageOptionsSampleProvisioner | None = None
    repl: int | None = None
    secure: bool | None = None
    updated: str | None = None
    version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        created: str | None | Unset = UNSET,
        fg: bool | None | Unset = UNSET,
        fs: StorageOptionsSampleFs | Literal["xfs", "ext4"] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        provisioner: StorageOptionsSampleProvisioner
        | Literal["pxd.portworx.com", "kubernetes.io/portworx-volume", "auto"]
        | None
        | Unset = UNSET,
        repl: int | None | Unset = UNSET,
        secure: bool | None | Unset = UNSET,
        updated: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.created = None if created is None or isinstance(created, Unset) else created
        if created is None:
            _nulls_given.append("created")
        self.fg = None if fg is None or isinstance(fg, Unset) else fg
        if fg is None:
            _nulls_given.append("fg")
        self.fs = None if fs is None or isinstance(fs, Unset) else StorageOptionsSampleFs(fs)
        if fs is None:
            _nulls_given.append("fs")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.provisioner = (
            None
            if provisioner is None or isinstance(provisioner, Unset)
            else StorageOptionsSampleProvisioner(provisioner)
        )
        if provisioner is None:
            _nulls_given.append("provisioner")
        self.repl = None if repl is None or isinstance(repl, Unset) else repl
        if repl is None:
            _nulls_given.append("repl")
        self.secure = None if secure is None or isinstance(secure, Unset) else secure
        if secure is None:
            _nulls_given.append("secure")
        self.updated = None if updated is None or isinstance(updated, Unset) else updated
        if updated is None:
            _nulls_given.append("updated")
        self.version = None if version is None or isinstance(version, Unset) else version
        if version is None:
            _nulls_given.append("version")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.created is not None:
            field_dict["created"] = self.created
        elif "created" in self._nulls:
            field_dict["created"] = None
        if self.fg is not None:
            field_dict["fg"] = self.fg
        elif "fg" in self._nulls:
            field_dict["fg"] = None
        if self.fs is not None:
            field_dict["fs"] = self.fs.value
        elif "fs" in self._nulls:
            field_dict["fs"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.provisioner is not None:
            field_dict["provisioner"] = self.provisioner.value
        elif "provisioner" in self._nulls:
            field_dict["provisioner"] = None
        if self.repl is not None:
            field_dict["repl"] = self.repl
        elif "repl" in self._nulls:
            field_dict["repl"] = None
        if self.secure is not None:
            field_dict["secure"] = self.secure
        elif "secure" in self._nulls:
            field_dict["secure"] = None
        if self.updated is not None:
            field_dict["updated"] = self.updated
        elif "updated" in self._nulls:
            field_dict["updated"] = None
        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in self._nulls:
            field_dict["version"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "StorageOptionsSample")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "StorageOptionsSample")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "created"
            _v = _get(_f, None)
            if _v is None:
                _obj.created = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created = _v

            _f = "fg"
            _v = _get(_f, None)
            if _v is None:
                _obj.fg = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.fg = _v

            _f = "fs"
            _v = _get(_f, None)
            if _v is None:
                _obj.fs = None
            else:
                _obj.fs = _m.parse_enum(StorageOptionsSampleFs, _v)

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "provisioner"
            _v = _get(_f, None)
            if _v is None:
                _obj.provisioner = None
            else:
                _obj.provisioner = _m.parse_enum(StorageOptionsSampleProvisioner, _v)

            _f = "repl"
            _v = _get(_f, None)
            if _v is None:
                _obj.repl = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.repl = _v

            _f = "secure"
            _v = _get(_f, None)
            if _v is None:
                _obj.secure = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.secure = _v

            _f = "updated"
            _v = _get(_f, None)
            if _v is None:
                _obj.updated = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated = _v

            _f = "version"
            _v = _get(_f, None)
            if _v is None:
                _obj.version = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.version = _v

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
        _n = 0
        _f = ""
        try:
            _f = "created"
            _v = src.get(_f)
            if _v is None:
                _obj.created = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created = _v

            _f = "fg"
            _v = src.get(_f)
            if _v is None:
                _obj.fg = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.fg = _v

            _f = "fs"
            _v = src.get(_f)
            if _v is None:
                _obj.fs = None
            else:
                _n += 1
                _obj.fs = _m.parse_enum(StorageOptionsSampleFs, _v)

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "provisioner"
            _v = src.get(_f)
            if _v is None:
                _obj.provisioner = None
            else:
                _n += 1
                _obj.provisioner = _m.parse_enum(StorageOptionsSampleProvisioner, _v)

            _f = "repl"
            _v = src.get(_f)
            if _v is None:
                _obj.repl = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.repl = _v

            _f = "secure"
            _v = src.get(_f)
            if _v is None:
                _obj.secure = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.secure = _v

            _f = "updated"
            _v = src.get(_f)
            if _v is None:
                _obj.updated = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated = _v

            _f = "version"
            _v = src.get(_f)
            if _v is None:
                _obj.version = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.version = _v

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
