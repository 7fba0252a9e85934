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
    from ..models.git_configuration import GitConfiguration, GitConfigurationDict
    from ..models.kustomize_configuration_endpoint_configuration import (
        KustomizeConfigurationEndpointConfiguration,
        KustomizeConfigurationEndpointConfigurationDict,
    )
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency, OperatorHelmChartDependencyDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GitConfiguration, KustomizeConfigurationEndpointConfiguration, OperatorHelmChartDependency
    from ..models.git_configuration import GitConfiguration  # noqa: PLC0415
    from ..models.kustomize_configuration_endpoint_configuration import KustomizeConfigurationEndpointConfiguration  # noqa: PLC0415
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "kustomize_path",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "endpoint_configuration",
    "git_configuration",
    "helm_chart_dependencies",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "kustomizePath",
        "endpointConfiguration",
        "gitConfiguration",
        "helmChartDependencies",
    }
)


# `KustomizeConfiguration` as a plain mapping of its JSON shape, accepted wherever a `KustomizeConfiguration` is.
class KustomizeConfigurationDict(TypedDict, total=False):
    kustomizePath: Required[str]
    endpointConfiguration: KustomizeConfigurationEndpointConfigurationDict
    gitConfiguration: GitConfigurationDict
    helmChartDependencies: list[OperatorHelmChartDependencyDict]


@_attrs_define(init=False, repr=False)
class KustomizeConfiguration:
    """Attributes:
    kustomize_path (str): The path to the kustomize directory
    endpoint_configuration (KustomizeConfigurationEndpointConfiguration | None): The endpoints from the Kustomize Deployment to expose to the customer
    git_configuration (GitConfiguration | None):
    helm_chart_dependencies (list[OperatorHelmChartDependency] | None): The helm chart dependencies for the CRD - Optional
    """

    kustomize_path: str
    endpoint_configuration: KustomizeConfigurationEndpointConfiguration | None = None
    git_configuration: GitConfiguration | None = None
    helm_chart_dependencies: list[OperatorHelmChartDependency] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        kustomize_path: str,
        endpoint_configuration: KustomizeConfigurationEndpointConfiguration
        | KustomizeConfigurationEndpointConfigurationDict
        | None
        | Unset = UNSET,
        git_configuration: GitConfiguration | GitConfigurationDict | None | Unset = UNSET,
        helm_chart_dependencies: Sequence[OperatorHelmChartDependency | OperatorHelmChartDependencyDict]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.kustomize_path = kustomize_path
        self.endpoint_configuration = (
            None
            if endpoint_configuration is None or isinstance(endpoint_configuration, Unset)
            else endpoint_configuration
            if isinstance(endpoint_configuration, KustomizeConfigurationEndpointConfiguration)
            else KustomizeConfigurationEndpointConfiguration.from_dict(endpoint_configuration)
        )
        if endpoint_configuration is None:
            _nulls_given.append("endpoint_configuration")
        self.git_configuration = (
            None
            if git_configuration is None or isinstance(git_configuration, Unset)
            else git_configuration
            if isinstance(git_configuration, GitConfiguration)
            else GitConfiguration.from_dict(git_configuration)
        )
        if git_configuration is None:
            _nulls_given.append("git_configuration")
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
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["kustomizePath"] = self.kustomize_path
        if self.endpoint_configuration is not None:
            field_dict["endpointConfiguration"] = self.endpoint_configuration.to_dict()
        elif "endpoint_configuration" in self._nulls:
            field_dict["endpointConfiguration"] = None
        if self.git_configuration is not None:
            field_dict["gitConfiguration"] = self.git_configuration.to_dict()
        elif "git_configuration" in self._nulls:
            field_dict["gitConfiguration"] = None
        if self.helm_chart_dependencies is not None:
            field_dict["helmChartDependencies"] = [_item.to_dict() for _item in self.helm_chart_dependencies]
        elif "helm_chart_dependencies" in self._nulls:
            field_dict["helmChartDependencies"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "KustomizeConfiguration")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "KustomizeConfiguration")

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
            _f = "kustomizePath"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.kustomize_path = _v

            _f = "endpointConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.endpoint_configuration = None
            else:
                _obj.endpoint_configuration = KustomizeConfigurationEndpointConfiguration._parse(_v)

            _f = "gitConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.git_configuration = None
            else:
                _obj.git_configuration = GitConfiguration._parse(_v)

            _f = "helmChartDependencies"
            _v = _get(_f, None)
            if _v is None:
                _obj.helm_chart_dependencies = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4 = list(map(OperatorHelmChartDependency._parse, _it4))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.helm_chart_dependencies = _l4

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
            _f = "kustomizePath"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.kustomize_path = _v

            _f = "endpointConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.endpoint_configuration = None
            else:
                _n += 1
                _obj.endpoint_configuration = KustomizeConfigurationEndpointConfiguration._from_json(_v)

            _f = "gitConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.git_configuration = None
            else:
                _n += 1
                _obj.git_configuration = GitConfiguration._from_json(_v)

            _f = "helmChartDependencies"
            _v = src.get(_f)
            if _v is None:
                _obj.helm_chart_dependencies = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4[:] = map(OperatorHelmChartDependency._from_json, _it4)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.helm_chart_dependencies = _l4

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
