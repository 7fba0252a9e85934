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
    from ..models.workload_deployment_spec_template_spec_runtime_resources import (
        WorkloadDeploymentSpecTemplateSpecRuntimeResources,
        WorkloadDeploymentSpecTemplateSpecRuntimeResourcesDict,
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandbox,
        WorkloadDeploymentSpecTemplateSpecRuntimeSandboxDict,
    )
    from ..models.workload_deployment_spec_template_spec_runtime_virtual_machine import (
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine,
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachineDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        WorkloadDeploymentSpecTemplateSpecRuntimeResources, \
        WorkloadDeploymentSpecTemplateSpecRuntimeSandbox, \
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine
    from ..models.workload_deployment_spec_template_spec_runtime_resources import (
        WorkloadDeploymentSpecTemplateSpecRuntimeResources,  # noqa: PLC0415
    )
    from ..models.workload_deployment_spec_template_spec_runtime_sandbox import (
        WorkloadDeploymentSpecTemplateSpecRuntimeSandbox,  # noqa: PLC0415
    )
    from ..models.workload_deployment_spec_template_spec_runtime_virtual_machine import (
        WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "resources",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "sandbox",
    "virtual_machine",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "resources",
        "sandbox",
        "virtualMachine",
    }
)


# `WorkloadDeploymentSpecTemplateSpecRuntime` as a plain mapping of its JSON shape, accepted wherever a `WorkloadDeploymentSpecTemplateSpecRuntime` is.
class WorkloadDeploymentSpecTemplateSpecRuntimeDict(TypedDict, total=False):
    resources: Required[WorkloadDeploymentSpecTemplateSpecRuntimeResourcesDict]
    sandbox: WorkloadDeploymentSpecTemplateSpecRuntimeSandboxDict
    virtualMachine: WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachineDict


@_attrs_define(init=False, repr=False)
class WorkloadDeploymentSpecTemplateSpecRuntime:
    """The runtime type of the instance, such as a container sandbox or a VM.

    Attributes:
            resources (WorkloadDeploymentSpecTemplateSpecRuntimeResources): Resources each instance must be allocated.

                A sandbox runtime's containers may specify resource requests and
                limits. When limits are defined on all containers, they MUST consume
                the entire amount of resources defined here. Some resources, such
                as a GPU, MUST have at least one container request them so that the
                device can be presented appropriately.

                A virtual machine runtime will be provided all requested resources.
            sandbox (WorkloadDeploymentSpecTemplateSpecRuntimeSandbox | None): A sandbox is a managed isolated environment capable of running containers.
            virtual_machine (WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine | None): A virtual machine is a classical VM environment, booting a full OS provided by the user via an
                image.
    """

    resources: WorkloadDeploymentSpecTemplateSpecRuntimeResources
    sandbox: WorkloadDeploymentSpecTemplateSpecRuntimeSandbox | None = None
    virtual_machine: WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        resources: WorkloadDeploymentSpecTemplateSpecRuntimeResources
        | WorkloadDeploymentSpecTemplateSpecRuntimeResourcesDict,
        sandbox: WorkloadDeploymentSpecTemplateSpecRuntimeSandbox
        | WorkloadDeploymentSpecTemplateSpecRuntimeSandboxDict
        | None
        | Unset = UNSET,
        virtual_machine: WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine
        | WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachineDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.resources = (
            resources
            if isinstance(resources, WorkloadDeploymentSpecTemplateSpecRuntimeResources)
            else WorkloadDeploymentSpecTemplateSpecRuntimeResources.from_dict(resources)
        )
        self.sandbox = (
            None
            if sandbox is None or isinstance(sandbox, Unset)
            else sandbox
            if isinstance(sandbox, WorkloadDeploymentSpecTemplateSpecRuntimeSandbox)
            else WorkloadDeploymentSpecTemplateSpecRuntimeSandbox.from_dict(sandbox)
        )
        if sandbox is None:
            _nulls_given.append("sandbox")
        self.virtual_machine = (
            None
            if virtual_machine is None or isinstance(virtual_machine, Unset)
            else virtual_machine
            if isinstance(virtual_machine, WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine)
            else WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine.from_dict(virtual_machine)
        )
        if virtual_machine is None:
            _nulls_given.append("virtual_machine")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["resources"] = self.resources.to_dict()
        if self.sandbox is not None:
            field_dict["sandbox"] = self.sandbox.to_dict()
        elif "sandbox" in self._nulls:
            field_dict["sandbox"] = None
        if self.virtual_machine is not None:
            field_dict["virtualMachine"] = self.virtual_machine.to_dict()
        elif "virtual_machine" in self._nulls:
            field_dict["virtualMachine"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "WorkloadDeploymentSpecTemplateSpecRuntime")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "WorkloadDeploymentSpecTemplateSpecRuntime")

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
            _f = "resources"
            _v = _get(_f, _MISSING)
            _obj.resources = WorkloadDeploymentSpecTemplateSpecRuntimeResources._parse(_v)

            _f = "sandbox"
            _v = _get(_f, None)
            if _v is None:
                _obj.sandbox = None
            else:
                _obj.sandbox = WorkloadDeploymentSpecTemplateSpecRuntimeSandbox._parse(_v)

            _f = "virtualMachine"
            _v = _get(_f, None)
            if _v is None:
                _obj.virtual_machine = None
            else:
                _obj.virtual_machine = WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine._parse(_v)

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
        _n = 1
        _f = ""
        try:
            _f = "resources"
            _v = src[_f]
            _obj.resources = WorkloadDeploymentSpecTemplateSpecRuntimeResources._from_json(_v)

            _f = "sandbox"
            _v = src.get(_f)
            if _v is None:
                _obj.sandbox = None
            else:
                _n += 1
                _obj.sandbox = WorkloadDeploymentSpecTemplateSpecRuntimeSandbox._from_json(_v)

            _f = "virtualMachine"
            _v = src.get(_f)
            if _v is None:
                _obj.virtual_machine = None
            else:
                _n += 1
                _obj.virtual_machine = WorkloadDeploymentSpecTemplateSpecRuntimeVirtualMachine._from_json(_v)

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
