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
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem,
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemDict,
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_ports_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem,
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItemDict,
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources,
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesDict,
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_volume_attachments_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem,
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItemDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem, \
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem, \
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources, \
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_env_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem,  # noqa: PLC0415
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_ports_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem,  # noqa: PLC0415
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_resources import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources,  # noqa: PLC0415
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox_containers_item_volume_attachments_item import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "image",
    "name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "env",
    "ports",
    "resources",
    "volume_attachments",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "image",
        "name",
        "env",
        "ports",
        "resources",
        "volumeAttachments",
    }
)


# `WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem` as a plain mapping of its JSON shape, accepted wherever a `WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem` is.
class WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemDict(TypedDict, total=False):
    image: Required[str]
    name: Required[str]
    env: list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemDict]
    ports: list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItemDict]
    resources: WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesDict
    volumeAttachments: list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItemDict]


@_attrs_define(init=False, repr=False)
class WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem:
    """Attributes:
    image (str): The fully qualified container image name.
    name (str): The name of the container.
    env (list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem] | None): List of environment variables to set in the container.

        so replicate the structure here too.
    ports (list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem] | None): A list of named ports for the container.
    resources (WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources | None): The resource requirements for the container, such as CPU, memory, and GPUs.
    volume_attachments (list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem] | None): A list of volumes to attach to the container.
    """

    image: str
    name: str
    env: list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem] | None = None
    ports: list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem] | None = None
    resources: WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources | None = None
    volume_attachments: (
        list[WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem] | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        image: str,
        name: str,
        env: Sequence[
            WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem
            | WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItemDict
        ]
        | None
        | Unset = UNSET,
        ports: Sequence[
            WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem
            | WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItemDict
        ]
        | None
        | Unset = UNSET,
        resources: WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources
        | WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResourcesDict
        | None
        | Unset = UNSET,
        volume_attachments: Sequence[
            WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem
            | WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItemDict
        ]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.image = image
        self.name = name
        self.env = (
            None
            if env is None or isinstance(env, Unset)
            else [
                _item
                if isinstance(_item, WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem)
                else WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem.from_dict(_item)
                for _item in env
            ]
        )
        if env is None:
            _nulls_given.append("env")
        self.ports = (
            None
            if ports is None or isinstance(ports, Unset)
            else [
                _item
                if isinstance(_item, WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem)
                else WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem.from_dict(_item)
                for _item in ports
            ]
        )
        if ports is None:
            _nulls_given.append("ports")
        self.resources = (
            None
            if resources is None or isinstance(resources, Unset)
            else resources
            if isinstance(resources, WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources)
            else WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources.from_dict(resources)
        )
        if resources is None:
            _nulls_given.append("resources")
        self.volume_attachments = (
            None
            if volume_attachments is None or isinstance(volume_attachments, Unset)
            else [
                _item
                if isinstance(
                    _item, WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem
                )
                else WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem.from_dict(
                    _item
                )
                for _item in volume_attachments
            ]
        )
        if volume_attachments is None:
            _nulls_given.append("volume_attachments")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["image"] = self.image
        field_dict["name"] = self.name
        if self.env is not None:
            field_dict["env"] = [_item.to_dict() for _item in self.env]
        elif "env" in self._nulls:
            field_dict["env"] = None
        if self.ports is not None:
            field_dict["ports"] = [_item.to_dict() for _item in self.ports]
        elif "ports" in self._nulls:
            field_dict["ports"] = None
        if self.resources is not None:
            field_dict["resources"] = self.resources.to_dict()
        elif "resources" in self._nulls:
            field_dict["resources"] = None
        if self.volume_attachments is not None:
            field_dict["volumeAttachments"] = [_item.to_dict() for _item in self.volume_attachments]
        elif "volume_attachments" in self._nulls:
            field_dict["volumeAttachments"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItem")

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
            _f = "image"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.image = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "env"
            _v = _get(_f, None)
            if _v is None:
                _obj.env = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.env = _l3

            _f = "ports"
            _v = _get(_f, None)
            if _v is None:
                _obj.ports = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4 = list(
                        map(WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem._parse, _it4)
                    )
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.ports = _l4

            _f = "resources"
            _v = _get(_f, None)
            if _v is None:
                _obj.resources = None
            else:
                _obj.resources = WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources._parse(_v)

            _f = "volumeAttachments"
            _v = _get(_f, None)
            if _v is None:
                _obj.volume_attachments = None
            else:
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it6 = iter(_l6)
                try:
                    _l6 = list(
                        map(
                            WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem._parse,
                            _it6,
                        )
                    )
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l6, _it6)) from None
                _obj.volume_attachments = _l6

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
            _f = "image"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.image = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "env"
            _v = src.get(_f)
            if _v is None:
                _obj.env = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemEnvItem._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.env = _l3

            _f = "ports"
            _v = src.get(_f)
            if _v is None:
                _obj.ports = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4[:] = map(
                        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemPortsItem._from_json, _it4
                    )
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.ports = _l4

            _f = "resources"
            _v = src.get(_f)
            if _v is None:
                _obj.resources = None
            else:
                _n += 1
                _obj.resources = WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemResources._from_json(_v)

            _f = "volumeAttachments"
            _v = src.get(_f)
            if _v is None:
                _obj.volume_attachments = None
            else:
                _n += 1
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it6 = iter(_l6)
                try:
                    _l6[:] = map(
                        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxContainersItemVolumeAttachmentsItem._from_json,
                        _it6,
                    )
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l6, _it6)) from None
                _obj.volume_attachments = _l6

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
