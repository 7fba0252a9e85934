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
    from ..models.operator_crd_configuration_endpoint_configuration import (
        OperatorCRDConfigurationEndpointConfiguration,
        OperatorCRDConfigurationEndpointConfigurationDict,
    )
    from ..models.operator_crd_configuration_output_parameters import (
        OperatorCRDConfigurationOutputParameters,
        OperatorCRDConfigurationOutputParametersDict,
    )
    from ..models.operator_crd_configuration_readiness_conditions import (
        OperatorCRDConfigurationReadinessConditions,
        OperatorCRDConfigurationReadinessConditionsDict,
    )
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency, OperatorHelmChartDependencyDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        OperatorCRDConfigurationEndpointConfiguration, \
        OperatorCRDConfigurationOutputParameters, \
        OperatorCRDConfigurationReadinessConditions, \
        OperatorHelmChartDependency
    from ..models.operator_crd_configuration_endpoint_configuration import OperatorCRDConfigurationEndpointConfiguration  # noqa: PLC0415
    from ..models.operator_crd_configuration_output_parameters import OperatorCRDConfigurationOutputParameters  # noqa: PLC0415
    from ..models.operator_crd_configuration_readiness_conditions import OperatorCRDConfigurationReadinessConditions  # noqa: PLC0415
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "template",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "endpoint_configuration",
    "helm_chart_dependencies",
    "output_parameters",
    "readiness_conditions",
    "supplemental_files",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "template",
        "endpointConfiguration",
        "helmChartDependencies",
        "outputParameters",
        "readinessConditions",
        "supplementalFiles",
    }
)


# `OperatorCRDConfiguration` as a plain mapping of its JSON shape, accepted wherever a `OperatorCRDConfiguration` is.
class OperatorCRDConfigurationDict(TypedDict, total=False):
    template: Required[str]
    endpointConfiguration: OperatorCRDConfigurationEndpointConfigurationDict
    helmChartDependencies: list[OperatorHelmChartDependencyDict]
    outputParameters: OperatorCRDConfigurationOutputParametersDict
    readinessConditions: OperatorCRDConfigurationReadinessConditionsDict
    supplementalFiles: list[str]


@_attrs_define(init=False, repr=False)
class OperatorCRDConfiguration:
    """Attributes:
    template (str): The template of the CRD to apply on every deployment
    endpoint_configuration (OperatorCRDConfigurationEndpointConfiguration | None): The endpoints from the Operator CRD Deployment to expose to the customer
    helm_chart_dependencies (list[OperatorHelmChartDependency] | None): The helm chart dependencies for the CRD (including charts necessary to manage the operator) -
        Optional
    output_parameters (OperatorCRDConfigurationOutputParameters | None): The output parameters to export to the user from the CRD
    readiness_conditions (OperatorCRDConfigurationReadinessConditions | None): The readiness conditions to check for the CRD
    supplemental_files (list[str] | None): The supplemental files to apply with the CRD
    """

    template: str
    endpoint_configuration: OperatorCRDConfigurationEndpointConfiguration | None = None
    helm_chart_dependencies: list[OperatorHelmChartDependency] | None = None
    output_parameters: OperatorCRDConfigurationOutputParameters | None = None
    readiness_conditions: OperatorCRDConfigurationReadinessConditions | None = None
    supplemental_files: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        template: str,
        endpoint_configuration: OperatorCRDConfigurationEndpointConfiguration
        | OperatorCRDConfigurationEndpointConfigurationDict
        | None
        | Unset = UNSET,
        helm_chart_dependencies: Sequence[OperatorHelmChartDependency | OperatorHelmChartDependencyDict]
        | None
        | Unset = UNSET,
        output_parameters: OperatorCRDConfigurationOutputParameters
        | OperatorCRDConfigurationOutputParametersDict
        | None
        | Unset = UNSET,
        readiness_conditions: OperatorCRDConfigurationReadinessConditions
        | OperatorCRDConfigurationReadinessConditionsDict
        | None
        | Unset = UNSET,
        supplemental_files: list[str] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.template = template
        self.endpoint_configuration = (
            None
            if endpoint_configuration is None or isinstance(endpoint_configuration, Unset)
            else endpoint_configuration
            if isinstance(endpoint_configuration, OperatorCRDConfigurationEndpointConfiguration)
            else OperatorCRDConfigurationEndpointConfiguration.from_dict(endpoint_configuration)
        )
        if endpoint_configuration is None:
            _nulls_given.append("endpoint_configuration")
        self.helm_chart_dependencies = (
            None
            if helm_chart_dependencies is None or isinstance(helm_chart_dependencies, Unset)
            else [
                _item
                if isinstance(_item, OperatorHelmChartDependency)
                else OperatorHelmChartDependency.from_dict(_item)
                for _item in helm_chart_dependencies
            ]
        )
        if helm_chart_dependencies is None:
            _nulls_given.append("helm_chart_dependencies")
        self.output_parameters = (
            None
            if output_parameters is None or isinstance(output_parameters, Unset)
            else output_parameters
            if isinstance(output_parameters, OperatorCRDConfigurationOutputParameters)
            else OperatorCRDConfigurationOutputParameters.from_dict(output_parameters)
        )
        if output_parameters is None:
            _nulls_given.append("output_parameters")
        self.readiness_conditions = (
            None
            if readiness_conditions is None or isinstance(readiness_conditions, Unset)
            else readiness_conditions
            if isinstance(readiness_conditions, OperatorCRDConfigurationReadinessConditions)
            else OperatorCRDConfigurationReadinessConditions.from_dict(readiness_conditions)
        )
        if readiness_conditions is None:
            _nulls_given.append("readiness_conditions")
        self.supplemental_files = (
            None if supplemental_files is None or isinstance(supplemental_files, Unset) else supplemental_files
        )
        if supplemental_files is None:
            _nulls_given.append("supplemental_files")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["template"] = self.template
        if self.endpoint_configuration is not None:
            field_dict["endpointConfiguration"] = self.endpoint_configuration.to_dict()
        elif "endpoint_configuration" in self._nulls:
            field_dict["endpointConfiguration"] = None
        if self.helm_chart_dependencies is not None:
            field_dict["helmChartDependencies"] = [_item.to_dict() for _item in self.helm_chart_dependencies]
        elif "helm_chart_dependencies" in self._nulls:
            field_dict["helmChartDependencies"] = None
        if self.output_parameters is not None:
            field_dict["outputParameters"] = self.output_parameters.to_dict()
        elif "output_parameters" in self._nulls:
            field_dict["outputParameters"] = None
        if self.readiness_conditions is not None:
            field_dict["readinessConditions"] = self.readiness_conditions.to_dict()
        elif "readiness_conditions" in self._nulls:
            field_dict["readinessConditions"] = None
        if self.supplemental_files is not None:
            field_dict["supplementalFiles"] = list(self.supplemental_files)
        elif "supplemental_files" in self._nulls:
            field_dict["supplementalFiles"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "OperatorCRDConfiguration")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "OperatorCRDConfiguration")

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
            _f = "template"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.template = _v

            _f = "endpointConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.endpoint_configuration = None
            else:
                _obj.endpoint_configuration = OperatorCRDConfigurationEndpointConfiguration._parse(_v)

            _f = "helmChartDependencies"
            _v = _get(_f, None)
            if _v is None:
                _obj.helm_chart_dependencies = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(OperatorHelmChartDependency._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.helm_chart_dependencies = _l3

            _f = "outputParameters"
            _v = _get(_f, None)
            if _v is None:
                _obj.output_parameters = None
            else:
                _obj.output_parameters = OperatorCRDConfigurationOutputParameters._parse(_v)

            _f = "readinessConditions"
            _v = _get(_f, None)
            if _v is None:
                _obj.readiness_conditions = None
            else:
                _obj.readiness_conditions = OperatorCRDConfigurationReadinessConditions._parse(_v)

            _f = "supplementalFiles"
            _v = _get(_f, None)
            if _v is None:
                _obj.supplemental_files = None
            else:
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i6, _x6 in enumerate(_l6):
                    if type(_x6) is not str and not isinstance(_x6, str):
                        raise _m.bad("a string", _x6).at_index(_i6)
                _obj.supplemental_files = _l6[:]

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
            _f = "template"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.template = _v

            _f = "endpointConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.endpoint_configuration = None
            else:
                _n += 1
                _obj.endpoint_configuration = OperatorCRDConfigurationEndpointConfiguration._from_json(_v)

            _f = "helmChartDependencies"
            _v = src.get(_f)
            if _v is None:
                _obj.helm_chart_dependencies = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(OperatorHelmChartDependency._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.helm_chart_dependencies = _l3

            _f = "outputParameters"
            _v = src.get(_f)
            if _v is None:
                _obj.output_parameters = None
            else:
                _n += 1
                _obj.output_parameters = OperatorCRDConfigurationOutputParameters._from_json(_v)

            _f = "readinessConditions"
            _v = src.get(_f)
            if _v is None:
                _obj.readiness_conditions = None
            else:
                _n += 1
                _obj.readiness_conditions = OperatorCRDConfigurationReadinessConditions._from_json(_v)

            _f = "supplementalFiles"
            _v = src.get(_f)
            if _v is None:
                _obj.supplemental_files = None
            else:
                _n += 1
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i6, _x6 in enumerate(_l6):
                    if type(_x6) is not str and not isinstance(_x6, str):
                        raise _m.bad("a string", _x6).at_index(_i6)
                _obj.supplemental_files = _l6

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
