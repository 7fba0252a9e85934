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
    from ..models.gateway_spec_infrastructure_annotations import (
        GatewaySpecInfrastructureAnnotations,
        GatewaySpecInfrastructureAnnotationsDict,
    )
    from ..models.gateway_spec_infrastructure_labels import (
        GatewaySpecInfrastructureLabels,
        GatewaySpecInfrastructureLabelsDict,
    )
    from ..models.gateway_spec_infrastructure_parameters_ref import (
        GatewaySpecInfrastructureParametersRef,
        GatewaySpecInfrastructureParametersRefDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        GatewaySpecInfrastructureAnnotations, \
        GatewaySpecInfrastructureLabels, \
        GatewaySpecInfrastructureParametersRef
    from ..models.gateway_spec_infrastructure_annotations import GatewaySpecInfrastructureAnnotations  # noqa: PLC0415
    from ..models.gateway_spec_infrastructure_labels import GatewaySpecInfrastructureLabels  # noqa: PLC0415
    from ..models.gateway_spec_infrastructure_parameters_ref import GatewaySpecInfrastructureParametersRef  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "annotations",
    "labels",
    "parameters_ref",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "annotations",
        "labels",
        "parametersRef",
    }
)


# `GatewaySpecInfrastructure` as a plain mapping of its JSON shape, accepted wherever a `GatewaySpecInfrastructure` is.
class GatewaySpecInfrastructureDict(TypedDict, total=False):
    annotations: GatewaySpecInfrastructureAnnotationsDict
    labels: GatewaySpecInfrastructureLabelsDict
    parametersRef: GatewaySpecInfrastructureParametersRefDict


@_attrs_define(init=False, repr=False)
class GatewaySpecInfrastructure:
    """Infrastructure defines infrastructure level attributes about this Gateway instance.

        Support: Extended

    Attributes:
            annotations (GatewaySpecInfrastructureAnnotations | None): Annotations that SHOULD be applied to any resources created in response to this Gateway.

                For implementations creating other Kubernetes objects, this should be the `metadata.annotations`
                field on resources.
                For other implementations, this refers to any relevant (implementation specific) "annotations"
                concepts.

                An implementation may chose to add additional implementation-specific annotations as they see fit.

                Support: Extended
            labels (GatewaySpecInfrastructureLabels | None): Labels that SHOULD be applied to any resources created in response to this Gateway.

                For implementations creating other Kubernetes objects, this should be the `metadata.labels` field on
                resources.
                For other implementations, this refers to any relevant (implementation specific) "labels" concepts.

                An implementation may chose to add additional implementation-specific labels as they see fit.

                If an implementation maps these labels to Pods, or any other resource that would need to be
                recreated when labels
                change, it SHOULD clearly warn about this behavior in documentation.

                Support: Extended
            parameters_ref (GatewaySpecInfrastructureParametersRef | None): ParametersRef is a reference to a resource that contains the configuration
                parameters corresponding to the Gateway. This is optional if the
                controller does not require any additional configuration.

                This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis

                The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
                the merging behavior is implementation specific.
                It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.

                Support: Implementation-specific
    """

    annotations: GatewaySpecInfrastructureAnnotations | None = None
    labels: GatewaySpecInfrastructureLabels | None = None
    parameters_ref: GatewaySpecInfrastructureParametersRef | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        annotations: GatewaySpecInfrastructureAnnotations
        | GatewaySpecInfrastructureAnnotationsDict
        | None
        | Unset = UNSET,
        labels: GatewaySpecInfrastructureLabels | GatewaySpecInfrastructureLabelsDict | None | Unset = UNSET,
        parameters_ref: GatewaySpecInfrastructureParametersRef
        | GatewaySpecInfrastructureParametersRefDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.annotations = (
            None
            if annotations is None or isinstance(annotations, Unset)
            else annotations
            if isinstance(annotations, GatewaySpecInfrastructureAnnotations)
            else GatewaySpecInfrastructureAnnotations.from_dict(annotations)
        )
        if annotations is None:
            _nulls_given.append("annotations")
        self.labels = (
            None
            if labels is None or isinstance(labels, Unset)
            else labels
            if isinstance(labels, GatewaySpecInfrastructureLabels)
            else GatewaySpecInfrastructureLabels.from_dict(labels)
        )
        if labels is None:
            _nulls_given.append("labels")
        self.parameters_ref = (
            None
            if parameters_ref is None or isinstance(parameters_ref, Unset)
            else parameters_ref
            if isinstance(parameters_ref, GatewaySpecInfrastructureParametersRef)
            else GatewaySpecInfrastructureParametersRef.from_dict(parameters_ref)
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
        if self.annotations is not None:
            field_dict["annotations"] = self.annotations.to_dict()
        elif "annotations" in self._nulls:
            field_dict["annotations"] = None
        if self.labels is not None:
            field_dict["labels"] = self.labels.to_dict()
        elif "labels" in self._nulls:
            field_dict["labels"] = None
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
        return _m.load(cls._parse, src_dict, "GatewaySpecInfrastructure")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewaySpecInfrastructure")

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
            _f = "annotations"
            _v = _get(_f, None)
            if _v is None:
                _obj.annotations = None
            else:
                _obj.annotations = GatewaySpecInfrastructureAnnotations._parse(_v)

            _f = "labels"
            _v = _get(_f, None)
            if _v is None:
                _obj.labels = None
            else:
                _obj.labels = GatewaySpecInfrastructureLabels._parse(_v)

            _f = "parametersRef"
            _v = _get(_f, None)
            if _v is None:
                _obj.parameters_ref = None
            else:
                _obj.parameters_ref = GatewaySpecInfrastructureParametersRef._parse(_v)

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
            _f = "annotations"
            _v = src.get(_f)
            if _v is None:
                _obj.annotations = None
            else:
                _n += 1
                _obj.annotations = GatewaySpecInfrastructureAnnotations._from_json(_v)

            _f = "labels"
            _v = src.get(_f)
            if _v is None:
                _obj.labels = None
            else:
                _n += 1
                _obj.labels = GatewaySpecInfrastructureLabels._from_json(_v)

            _f = "parametersRef"
            _v = src.get(_f)
            if _v is None:
                _obj.parameters_ref = None
            else:
                _n += 1
                _obj.parameters_ref = GatewaySpecInfrastructureParametersRef._from_json(_v)

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
