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
    from ..models.autoscaling_policy import AutoscalingPolicy, AutoscalingPolicyDict
    from ..models.resource_spec import ResourceSpec, ResourceSpecDict
    from ..models.warm_pool_configuration import WarmPoolConfiguration, WarmPoolConfigurationDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, AutoscalingPolicy, ResourceSpec, WarmPoolConfiguration
    from ..models.autoscaling_policy import AutoscalingPolicy  # noqa: PLC0415
    from ..models.resource_spec import ResourceSpec  # noqa: PLC0415
    from ..models.warm_pool_configuration import WarmPoolConfiguration  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "autoscaling_policy",
    "cpu_architecture",
    "replica_count",
    "resources",
    "root_volume_size_gi",
    "warm_pool_configuration",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "name",
        "autoscalingPolicy",
        "cpuArchitecture",
        "replicaCount",
        "resources",
        "rootVolumeSizeGi",
        "warmPoolConfiguration",
    }
)


# `CreateComputeConfigRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateComputeConfigRequest` is.
class CreateComputeConfigRequestDict(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    autoscalingPolicy: AutoscalingPolicyDict
    cpuArchitecture: str
    replicaCount: str
    resources: ResourceSpecDict
    rootVolumeSizeGi: int
    warmPoolConfiguration: WarmPoolConfigurationDict


@_attrs_define(init=False, repr=False)
class CreateComputeConfigRequest:
    """Request body of CreateComputeConfig

    Attributes:
            description (str): Description of the compute config
            name (str): Name of the compute config
            autoscaling_policy (AutoscalingPolicy | None): Autoscaling policy for compute nodes
            cpu_architecture (str | None): Processor architecture
            replica_count (str | None): Number of replicas to provision for this logical pool of nodes per instance of the resource
            resources (ResourceSpec | None): Resource requirements
            root_volume_size_gi (int | None): Size of the root volume in Gi
            warm_pool_configuration (WarmPoolConfiguration | None): Warm pool configuration for compute nodes
    """

    description: str
    name: str
    autoscaling_policy: AutoscalingPolicy | None = None
    cpu_architecture: str | None = None
    replica_count: str | None = None
    resources: ResourceSpec | None = None
    root_volume_size_gi: int | None = None
    warm_pool_configuration: WarmPoolConfiguration | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        name: str,
        autoscaling_policy: AutoscalingPolicy | AutoscalingPolicyDict | None | Unset = UNSET,
        cpu_architecture: str | None | Unset = UNSET,
        replica_count: str | None | Unset = UNSET,
        resources: ResourceSpec | ResourceSpecDict | None | Unset = UNSET,
        root_volume_size_gi: int | None | Unset = UNSET,
        warm_pool_configuration: WarmPoolConfiguration | WarmPoolConfigurationDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.name = name
        self.autoscaling_policy = (
            None
            if autoscaling_policy is None or isinstance(autoscaling_policy, Unset)
            else autoscaling_policy
            if isinstance(autoscaling_policy, AutoscalingPolicy)
            else AutoscalingPolicy.from_dict(autoscaling_policy)
        )
        if autoscaling_policy is None:
            _nulls_given.append("autoscaling_policy")
        self.cpu_architecture = (
            None if cpu_architecture is None or isinstance(cpu_architecture, Unset) else cpu_architecture
        )
        if cpu_architecture is None:
            _nulls_given.append("cpu_architecture")
        self.replica_count = None if replica_count is None or isinstance(replica_count, Unset) else replica_count
        if replica_count is None:
            _nulls_given.append("replica_count")
        self.resources = (
            None
            if resources is None or isinstance(resources, Unset)
            else resources
            if isinstance(resources, ResourceSpec)
            else ResourceSpec.from_dict(resources)
        )
        if resources is None:
            _nulls_given.append("resources")
        self.root_volume_size_gi = (
            None if root_volume_size_gi is None or isinstance(root_volume_size_gi, Unset) else root_volume_size_gi
        )
        if root_volume_size_gi is None:
            _nulls_given.append("root_volume_size_gi")
        self.warm_pool_configuration = (
            None
            if warm_pool_configuration is None or isinstance(warm_pool_configuration, Unset)
            else warm_pool_configuration
            if isinstance(warm_pool_configuration, WarmPoolConfiguration)
            else WarmPoolConfiguration.from_dict(warm_pool_configuration)
        )
        if warm_pool_configuration is None:
            _nulls_given.append("warm_pool_configuration")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["name"] = self.name
        if self.autoscaling_policy is not None:
            field_dict["autoscalingPolicy"] = self.autoscaling_policy.to_dict()
        elif "autoscaling_policy" in self._nulls:
            field_dict["autoscalingPolicy"] = None
        if self.cpu_architecture is not None:
            field_dict["cpuArchitecture"] = self.cpu_architecture
        elif "cpu_architecture" in self._nulls:
            field_dict["cpuArchitecture"] = None
        if self.replica_count is not None:
            field_dict["replicaCount"] = self.replica_count
        elif "replica_count" in self._nulls:
            field_dict["replicaCount"] = None
        if self.resources is not None:
            field_dict["resources"] = self.resources.to_dict()
        elif "resources" in self._nulls:
            field_dict["resources"] = None
        if self.root_volume_size_gi is not None:
            field_dict["rootVolumeSizeGi"] = self.root_volume_size_gi
        elif "root_volume_size_gi" in self._nulls:
            field_dict["rootVolumeSizeGi"] = None
        if self.warm_pool_configuration is not None:
            field_dict["warmPoolConfiguration"] = self.warm_pool_configuration.to_dict()
        elif "warm_pool_configuration" in self._nulls:
            field_dict["warmPoolConfiguration"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateComputeConfigRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateComputeConfigRequest")

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
            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "autoscalingPolicy"
            _v = _get(_f, None)
            if _v is None:
                _obj.autoscaling_policy = None
            else:
                _obj.autoscaling_policy = AutoscalingPolicy._parse(_v)

            _f = "cpuArchitecture"
            _v = _get(_f, None)
            if _v is None:
                _obj.cpu_architecture = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cpu_architecture = _v

            _f = "replicaCount"
            _v = _get(_f, None)
            if _v is None:
                _obj.replica_count = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.replica_count = _v

            _f = "resources"
            _v = _get(_f, None)
            if _v is None:
                _obj.resources = None
            else:
                _obj.resources = ResourceSpec._parse(_v)

            _f = "rootVolumeSizeGi"
            _v = _get(_f, None)
            if _v is None:
                _obj.root_volume_size_gi = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.root_volume_size_gi = _v

            _f = "warmPoolConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.warm_pool_configuration = None
            else:
                _obj.warm_pool_configuration = WarmPoolConfiguration._parse(_v)

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
        _n = 2
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "autoscalingPolicy"
            _v = src.get(_f)
            if _v is None:
                _obj.autoscaling_policy = None
            else:
                _n += 1
                _obj.autoscaling_policy = AutoscalingPolicy._from_json(_v)

            _f = "cpuArchitecture"
            _v = src.get(_f)
            if _v is None:
                _obj.cpu_architecture = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cpu_architecture = _v

            _f = "replicaCount"
            _v = src.get(_f)
            if _v is None:
                _obj.replica_count = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.replica_count = _v

            _f = "resources"
            _v = src.get(_f)
            if _v is None:
                _obj.resources = None
            else:
                _n += 1
                _obj.resources = ResourceSpec._from_json(_v)

            _f = "rootVolumeSizeGi"
            _v = src.get(_f)
            if _v is None:
                _obj.root_volume_size_gi = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.root_volume_size_gi = _v

            _f = "warmPoolConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.warm_pool_configuration = None
            else:
                _n += 1
                _obj.warm_pool_configuration = WarmPoolConfiguration._from_json(_v)

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
