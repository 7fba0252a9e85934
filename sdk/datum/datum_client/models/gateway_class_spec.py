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
    from ..models.gateway_class_spec_parameters_ref import (
        GatewayClassSpecParametersRef,
        GatewayClassSpecParametersRefDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GatewayClassSpecParametersRef
    from ..models.gateway_class_spec_parameters_ref import GatewayClassSpecParametersRef  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "controller_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "description",
    "parameters_ref",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "controllerName",
        "description",
        "parametersRef",
    }
)


# `GatewayClassSpec` as a plain mapping of its JSON shape, accepted wherever a `GatewayClassSpec` is.
class GatewayClassSpecDict(TypedDict, total=False):
    controllerName: Required[str]
    description: str
    parametersRef: GatewayClassSpecParametersRefDict


@_attrs_define(init=False, repr=False)
class GatewayClassSpec:
    """Spec defines the desired state of GatewayClass.

    Attributes:
            controller_name (str): ControllerName is the name of the controller that is managing Gateways of
                this class. The value of this field MUST be a domain prefixed path.

                Example: "example.net/gateway-controller".

                This field is not mutable and cannot be empty.

                Support: Core
            description (str | None): Description helps describe a GatewayClass with more details.
            parameters_ref (GatewayClassSpecParametersRef | None): ParametersRef is a reference to a resource that contains the configuration
                parameters corresponding to the GatewayClass. This is optional if the
                controller does not require any additional configuration.

                ParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,
                or an implementation-specific custom resource. The resource can be
                cluster-scoped or namespace-scoped.

                If the referent cannot be found, refers to an unsupported kind, or when
                the data within that resource is malformed, the GatewayClass SHOULD be
                rejected with the "Accepted" status condition set to "False" and an
                "InvalidParameters" reason.

                A Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,
                the merging behavior is implementation specific.
                It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.

                Support: Implementation-specific
    """

    controller_name: str
    description: str | None = None
    parameters_ref: GatewayClassSpecParametersRef | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        controller_name: str,
        description: str | None | Unset = UNSET,
        parameters_ref: GatewayClassSpecParametersRef | GatewayClassSpecParametersRefDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.controller_name = controller_name
        self.description = None if description is None or isinstance(description, Unset) else description
        if description is None:
            _nulls_given.append("description")
        self.parameters_ref = (
            None
            if parameters_ref is None or isinstance(parameters_ref, Unset)
            else parameters_ref
            if isinstance(parameters_ref, GatewayClassSpecParametersRef)
            else GatewayClassSpecParametersRef.from_dict(parameters_ref)
        )
        if parameters_ref is None:
            _nulls_given.append("parameters_ref")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["controllerName"] = self.controller_name
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.parameters_ref is not None:
            field_dict["parametersRef"] = self.parameters_ref.to_dict()
        elif "parameters_ref" in self._nulls:
            field_dict["parametersRef"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewayClassSpec")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewayClassSpec")

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
            _f = "controllerName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.controller_name = _v

            _f = "description"
            _v = _get(_f, None)
            if _v is None:
                _obj.description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "parametersRef"
            _v = _get(_f, None)
            if _v is None:
                _obj.parameters_ref = None
            else:
                _obj.parameters_ref = GatewayClassSpecParametersRef._parse(_v)

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
            _f = "controllerName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.controller_name = _v

            _f = "description"
            _v = src.get(_f)
            if _v is None:
                _obj.description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "parametersRef"
            _v = src.get(_f)
            if _v is None:
                _obj.parameters_ref = None
            else:
                _n += 1
                _obj.parameters_ref = GatewayClassSpecParametersRef._from_json(_v)

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
