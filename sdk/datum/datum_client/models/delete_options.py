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
from ..models.delete_options_dry_run_item import DeleteOptionsDryRunItem
from ..models.delete_options_propagation_policy import DeleteOptionsPropagationPolicy
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.preconditions import Preconditions, PreconditionsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Preconditions
    from ..models.preconditions import Preconditions  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "api_version",
    "dry_run",
    "grace_period_seconds",
    "kind",
    "orphan_dependents",
    "preconditions",
    "propagation_policy",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "apiVersion",
        "dryRun",
        "gracePeriodSeconds",
        "kind",
        "orphanDependents",
        "preconditions",
        "propagationPolicy",
    }
)


# `DeleteOptions` as a plain mapping of its JSON shape, accepted wherever a `DeleteOptions` is.
class DeleteOptionsDict(TypedDict, total=False):
    apiVersion: str
    dryRun: list[DeleteOptionsDryRunItem | Literal["All"]]
    gracePeriodSeconds: int
    kind: str
    orphanDependents: bool
    preconditions: PreconditionsDict
    propagationPolicy: DeleteOptionsPropagationPolicy | Literal["Orphan", "Background", "Foreground"]


@_attrs_define(init=False, repr=False)
class DeleteOptions:
    """DeleteOptions may be provided when deleting an API object.

    Attributes:
            api_version (str | None): APIVersion defines the versioned schema of this representation of an object.
            dry_run (list[DeleteOptionsDryRunItem] | None): When present, indicates that modifications should not be persisted. Valid values are: - All: all dry
                run stages will be processed
            grace_period_seconds (int | None): The duration in seconds before the object should be deleted.
            kind (str | None): Kind is a string value representing the REST resource this object represents.
            orphan_dependents (bool | None): Deprecated: please use the PropagationPolicy.
            preconditions (Preconditions | None): Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out; otherwise
                the server answers 409 Conflict.
            propagation_policy (DeleteOptionsPropagationPolicy | None): Whether and how garbage collection will be performed.
    """

    api_version: str | None = None
    dry_run: list[DeleteOptionsDryRunItem] | None = None
    grace_period_seconds: int | None = None
    kind: str | None = None
    orphan_dependents: bool | None = None
    preconditions: Preconditions | None = None
    propagation_policy: DeleteOptionsPropagationPolicy | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        api_version: str | None | Unset = UNSET,
        dry_run: Sequence[DeleteOptionsDryRunItem | Literal["All"]] | None | Unset = UNSET,
        grace_period_seconds: int | None | Unset = UNSET,
        kind: str | None | Unset = UNSET,
        orphan_dependents: bool | None | Unset = UNSET,
        preconditions: Preconditions | PreconditionsDict | None | Unset = UNSET,
        propagation_policy: DeleteOptionsPropagationPolicy
        | Literal["Orphan", "Background", "Foreground"]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.api_version = None if api_version is None or isinstance(api_version, Unset) else api_version
        if api_version is None:
            _nulls_given.append("api_version")
        self.dry_run = (
            None
            if dry_run is None or isinstance(dry_run, Unset)
            else [DeleteOptionsDryRunItem(_item) for _item in dry_run]
        )
        if dry_run is None:
            _nulls_given.append("dry_run")
        self.grace_period_seconds = (
            None if grace_period_seconds is None or isinstance(grace_period_seconds, Unset) else grace_period_seconds
        )
        if grace_period_seconds is None:
            _nulls_given.append("grace_period_seconds")
        self.kind = None if kind is None or isinstance(kind, Unset) else kind
        if kind is None:
            _nulls_given.append("kind")
        self.orphan_dependents = (
            None if orphan_dependents is None or isinstance(orphan_dependents, Unset) else orphan_dependents
        )
        if orphan_dependents is None:
            _nulls_given.append("orphan_dependents")
        self.preconditions = (
            None
            if preconditions is None or isinstance(preconditions, Unset)
            else preconditions
            if isinstance(preconditions, Preconditions)
            else Preconditions.from_dict(preconditions)
        )
        if preconditions is None:
            _nulls_given.append("preconditions")
        self.propagation_policy = (
            None
            if propagation_policy is None or isinstance(propagation_policy, Unset)
            else DeleteOptionsPropagationPolicy(propagation_policy)
        )
        if propagation_policy is None:
            _nulls_given.append("propagation_policy")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.api_version is not None:
            field_dict["apiVersion"] = self.api_version
        elif "api_version" in self._nulls:
            field_dict["apiVersion"] = None
        if self.dry_run is not None:
            field_dict["dryRun"] = _m.dump(self.dry_run)
        elif "dry_run" in self._nulls:
            field_dict["dryRun"] = None
        if self.grace_period_seconds is not None:
            field_dict["gracePeriodSeconds"] = self.grace_period_seconds
        elif "grace_period_seconds" in self._nulls:
            field_dict["gracePeriodSeconds"] = None
        if self.kind is not None:
            field_dict["kind"] = self.kind
        elif "kind" in self._nulls:
            field_dict["kind"] = None
        if self.orphan_dependents is not None:
            field_dict["orphanDependents"] = self.orphan_dependents
        elif "orphan_dependents" in self._nulls:
            field_dict["orphanDependents"] = None
        if self.preconditions is not None:
            field_dict["preconditions"] = self.preconditions.to_dict()
        elif "preconditions" in self._nulls:
            field_dict["preconditions"] = None
        if self.propagation_policy is not None:
            field_dict["propagationPolicy"] = self.propagation_policy.value
        elif "propagation_policy" in self._nulls:
            field_dict["propagationPolicy"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DeleteOptions")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DeleteOptions")

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
            _f = "apiVersion"
            _v = _get(_f, None)
            if _v is None:
                _obj.api_version = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.api_version = _v

            _f = "dryRun"
            _v = _get(_f, None)
            if _v is None:
                _obj.dry_run = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r2: list[DeleteOptionsDryRunItem] = []
                for _i2, _x2 in enumerate(_l2):
                    try:
                        _v2 = _m.parse_enum(DeleteOptionsDryRunItem, _x2)

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i2) from None
                    _r2.append(_v2)
                _obj.dry_run = _r2

            _f = "gracePeriodSeconds"
            _v = _get(_f, None)
            if _v is None:
                _obj.grace_period_seconds = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.grace_period_seconds = _v

            _f = "kind"
            _v = _get(_f, None)
            if _v is None:
                _obj.kind = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kind = _v

            _f = "orphanDependents"
            _v = _get(_f, None)
            if _v is None:
                _obj.orphan_dependents = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.orphan_dependents = _v

            _f = "preconditions"
            _v = _get(_f, None)
            if _v is None:
                _obj.preconditions = None
            else:
                _obj.preconditions = Preconditions._parse(_v)

            _f = "propagationPolicy"
            _v = _get(_f, None)
            if _v is None:
                _obj.propagation_policy = None
            else:
                _obj.propagation_policy = _m.parse_enum(DeleteOptionsPropagationPolicy, _v)

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
            _f = "apiVersion"
            _v = src.get(_f)
            if _v is None:
                _obj.api_version = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.api_version = _v

            _f = "dryRun"
            _v = src.get(_f)
            if _v is None:
                _obj.dry_run = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _r2: list[DeleteOptionsDryRunItem] = []
                for _i2, _x2 in enumerate(_l2):
                    try:
                        _v2 = _m.parse_enum(DeleteOptionsDryRunItem, _x2)

                    except _m.PARSE_ERRORS as _e:
                        raise _m.unexpected(_e).at_index(_i2) from None
                    _r2.append(_v2)
                _obj.dry_run = _r2

            _f = "gracePeriodSeconds"
            _v = src.get(_f)
            if _v is None:
                _obj.grace_period_seconds = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.grace_period_seconds = _v

            _f = "kind"
            _v = src.get(_f)
            if _v is None:
                _obj.kind = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kind = _v

            _f = "orphanDependents"
            _v = src.get(_f)
            if _v is None:
                _obj.orphan_dependents = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.orphan_dependents = _v

            _f = "preconditions"
            _v = src.get(_f)
            if _v is None:
                _obj.preconditions = None
            else:
                _n += 1
                _obj.preconditions = Preconditions._from_json(_v)

            _f = "propagationPolicy"
            _v = src.get(_f)
            if _v is None:
                _obj.propagation_policy = None
            else:
                _n += 1
                _obj.propagation_policy = _m.parse_enum(DeleteOptionsPropagationPolicy, _v)

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
