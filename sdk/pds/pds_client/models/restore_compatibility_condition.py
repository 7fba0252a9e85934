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
    from ..models.restore_compatibility_condition_backup_job import (
        RestoreCompatibilityConditionBackupJob,
        RestoreCompatibilityConditionBackupJobDict,
    )
    from ..models.restore_compatibility_condition_image import (
        RestoreCompatibilityConditionImage,
        RestoreCompatibilityConditionImageDict,
    )
    from ..models.restore_compatibility_condition_target_cluster import (
        RestoreCompatibilityConditionTargetCluster,
        RestoreCompatibilityConditionTargetClusterDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        RestoreCompatibilityConditionBackupJob, \
        RestoreCompatibilityConditionImage, \
        RestoreCompatibilityConditionTargetCluster
    from ..models.restore_compatibility_condition_backup_job import RestoreCompatibilityConditionBackupJob  # noqa: PLC0415
    from ..models.restore_compatibility_condition_image import RestoreCompatibilityConditionImage  # noqa: PLC0415
    from ..models.restore_compatibility_condition_target_cluster import RestoreCompatibilityConditionTargetCluster  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "backup_job",
    "image",
    "target_cluster",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "backup_job",
        "image",
        "target_cluster",
    }
)


# `RestoreCompatibilityCondition` as a plain mapping of its JSON shape, accepted wherever a `RestoreCompatibilityCondition` is.
class RestoreCompatibilityConditionDict(TypedDict, total=False):
    backup_job: RestoreCompatibilityConditionBackupJobDict
    image: RestoreCompatibilityConditionImageDict
    target_cluster: RestoreCompatibilityConditionTargetClusterDict


@_attrs_define(init=False, repr=False)
class RestoreCompatibilityCondition:
    """Attributes:
    backup_job (RestoreCompatibilityConditionBackupJob | None):
    image (RestoreCompatibilityConditionImage | None):
    target_cluster (RestoreCompatibilityConditionTargetCluster | None):
    """

    backup_job: RestoreCompatibilityConditionBackupJob | None = None
    image: RestoreCompatibilityConditionImage | None = None
    target_cluster: RestoreCompatibilityConditionTargetCluster | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        backup_job: RestoreCompatibilityConditionBackupJob
        | RestoreCompatibilityConditionBackupJobDict
        | None
        | Unset = UNSET,
        image: RestoreCompatibilityConditionImage | RestoreCompatibilityConditionImageDict | None | Unset = UNSET,
        target_cluster: RestoreCompatibilityConditionTargetCluster
        | RestoreCompatibilityConditionTargetClusterDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.backup_job = (
            None
            if backup_job is None or isinstance(backup_job, Unset)
            else backup_job
            if isinstance(backup_job, RestoreCompatibilityConditionBackupJob)
            else RestoreCompatibilityConditionBackupJob.from_dict(backup_job)
        )
        if backup_job is None:
            _nulls_given.append("backup_job")
        self.image = (
            None
            if image is None or isinstance(image, Unset)
            else image
            if isinstance(image, RestoreCompatibilityConditionImage)
            else RestoreCompatibilityConditionImage.from_dict(image)
        )
        if image is None:
            _nulls_given.append("image")
        self.target_cluster = (
            None
            if target_cluster is None or isinstance(target_cluster, Unset)
            else target_cluster
            if isinstance(target_cluster, RestoreCompatibilityConditionTargetCluster)
            else RestoreCompatibilityConditionTargetCluster.from_dict(target_cluster)
        )
        if target_cluster is None:
            _nulls_given.append("target_cluster")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.backup_job is not None:
            field_dict["backup_job"] = self.backup_job.to_dict()
        elif "backup_job" in self._nulls:
            field_dict["backup_job"] = None
        if self.image is not None:
            field_dict["image"] = self.image.to_dict()
        elif "image" in self._nulls:
            field_dict["image"] = None
        if self.target_cluster is not None:
            field_dict["target_cluster"] = self.target_cluster.to_dict()
        elif "target_cluster" in self._nulls:
            field_dict["target_cluster"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "RestoreCompatibilityCondition")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "RestoreCompatibilityCondition")

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
            _f = "backup_job"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_job = None
            else:
                _obj.backup_job = RestoreCompatibilityConditionBackupJob._parse(_v)

            _f = "image"
            _v = _get(_f, None)
            if _v is None:
                _obj.image = None
            else:
                _obj.image = RestoreCompatibilityConditionImage._parse(_v)

            _f = "target_cluster"
            _v = _get(_f, None)
            if _v is None:
                _obj.target_cluster = None
            else:
                _obj.target_cluster = RestoreCompatibilityConditionTargetCluster._parse(_v)

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
            _f = "backup_job"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_job = None
            else:
                _n += 1
                _obj.backup_job = RestoreCompatibilityConditionBackupJob._from_json(_v)

            _f = "image"
            _v = src.get(_f)
            if _v is None:
                _obj.image = None
            else:
                _n += 1
                _obj.image = RestoreCompatibilityConditionImage._from_json(_v)

            _f = "target_cluster"
            _v = src.get(_f)
            if _v is None:
                _obj.target_cluster = None
            else:
                _n += 1
                _obj.target_cluster = RestoreCompatibilityConditionTargetCluster._from_json(_v)

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
