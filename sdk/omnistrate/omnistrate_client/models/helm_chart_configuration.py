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
    from ..models.helm_chart_configuration_chart_values import (
        HelmChartConfigurationChartValues,
        HelmChartConfigurationChartValuesDict,
    )
    from ..models.helm_chart_configuration_endpoint_configuration import (
        HelmChartConfigurationEndpointConfiguration,
        HelmChartConfigurationEndpointConfigurationDict,
    )
    from ..models.helm_runtime_configuration import HelmRuntimeConfiguration, HelmRuntimeConfigurationDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        HelmChartConfigurationChartValues, \
        HelmChartConfigurationEndpointConfiguration, \
        HelmRuntimeConfiguration
    from ..models.helm_chart_configuration_chart_values import HelmChartConfigurationChartValues  # noqa: PLC0415
    from ..models.helm_chart_configuration_endpoint_configuration import HelmChartConfigurationEndpointConfiguration  # noqa: PLC0415
    from ..models.helm_runtime_configuration import HelmRuntimeConfiguration  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "chart_name",
    "chart_repo_name",
    "chart_repo_url",
    "chart_version",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "chart_values",
    "endpoint_configuration",
    "password",
    "runtime_configuration",
    "username",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "chartName",
        "chartRepoName",
        "chartRepoUrl",
        "chartVersion",
        "chartValues",
        "endpointConfiguration",
        "password",
        "runtimeConfiguration",
        "username",
    }
)


# `HelmChartConfiguration` as a plain mapping of its JSON shape, accepted wherever a `HelmChartConfiguration` is.
class HelmChartConfigurationDict(TypedDict, total=False):
    chartName: Required[str]
    chartRepoName: Required[str]
    chartRepoUrl: Required[str]
    chartVersion: Required[str]
    chartValues: HelmChartConfigurationChartValuesDict
    endpointConfiguration: HelmChartConfigurationEndpointConfigurationDict
    password: str
    runtimeConfiguration: HelmRuntimeConfigurationDict
    username: str


@_attrs_define(init=False, repr=False)
class HelmChartConfiguration:
    """Attributes:
    chart_name (str): The chart name of the Helm package
    chart_repo_name (str): The chart repository name of the Helm package
    chart_repo_url (str): The chart repository URL of the Helm package
    chart_version (str): The chart version of the Helm package
    chart_values (HelmChartConfigurationChartValues | None): The values of the Helm package
    endpoint_configuration (HelmChartConfigurationEndpointConfiguration | None): The endpoints from the Helm Deployment to expose to the customer
    password (str | None): The password to authenticate with the registry
    runtime_configuration (HelmRuntimeConfiguration | None):
    username (str | None): The username to authenticate with the registry
    """

    chart_name: str
    chart_repo_name: str
    chart_repo_url: str
    chart_version: str
    chart_values: HelmChartConfigurationChartValues | None = None
    endpoint_configuration: HelmChartConfigurationEndpointConfiguration | None = None
    password: str | None = None
    runtime_configuration: HelmRuntimeConfiguration | None = None
    username: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        chart_name: str,
        chart_repo_name: str,
        chart_repo_url: str,
        chart_version: str,
        chart_values: HelmChartConfigurationChartValues | HelmChartConfigurationChartValuesDict | None | Unset = UNSET,
        endpoint_configuration: HelmChartConfigurationEndpointConfiguration
        | HelmChartConfigurationEndpointConfigurationDict
        | None
        | Unset = UNSET,
        password: str | None | Unset = UNSET,
        runtime_configuration: HelmRuntimeConfiguration | HelmRuntimeConfigurationDict | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.chart_name = chart_name
        self.chart_repo_name = chart_repo_name
        self.chart_repo_url = chart_repo_url
        self.chart_version = chart_version
        self.chart_values = (
            None
            if chart_values is None or isinstance(chart_values, Unset)
            else chart_values
            if isinstance(chart_values, HelmChartConfigurationChartValues)
            else HelmChartConfigurationChartValues.from_dict(chart_values)
        )
        if chart_values is None:
            _nulls_given.append("chart_values")
        self.endpoint_configuration = (
            None
            if endpoint_configuration is None or isinstance(endpoint_configuration, Unset)
            else endpoint_configuration
            if isinstance(endpoint_configuration, HelmChartConfigurationEndpointConfiguration)
            else HelmChartConfigurationEndpointConfiguration.from_dict(endpoint_configuration)
        )
        if endpoint_configuration is None:
            _nulls_given.append("endpoint_configuration")
        self.password = None if password is None or isinstance(password, Unset) else password
        if password is None:
            _nulls_given.append("password")
        self.runtime_configuration = (
            None
            if runtime_configuration is None or isinstance(runtime_configuration, Unset)
            else runtime_configuration
            if isinstance(runtime_configuration, HelmRuntimeConfiguration)
            else HelmRuntimeConfiguration.from_dict(runtime_configuration)
        )
        if runtime_configuration is None:
            _nulls_given.append("runtime_configuration")
        self.username = None if username is None or isinstance(username, Unset) else username
        if username is None:
            _nulls_given.append("username")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["chartName"] = self.chart_name
        field_dict["chartRepoName"] = self.chart_repo_name
        field_dict["chartRepoUrl"] = self.chart_repo_url
        field_dict["chartVersion"] = self.chart_version
        if self.chart_values is not None:
            field_dict["chartValues"] = self.chart_values.to_dict()
        elif "chart_values" in self._nulls:
            field_dict["chartValues"] = None
        if self.endpoint_configuration is not None:
            field_dict["endpointConfiguration"] = self.endpoint_configuration.to_dict()
        elif "endpoint_configuration" in self._nulls:
            field_dict["endpointConfiguration"] = None
        if self.password is not None:
            field_dict["password"] = self.password
        elif "password" in self._nulls:
            field_dict["password"] = None
        if self.runtime_configuration is not None:
            field_dict["runtimeConfiguration"] = self.runtime_configuration.to_dict()
        elif "runtime_configuration" in self._nulls:
            field_dict["runtimeConfiguration"] = None
        if self.username is not None:
            field_dict["username"] = self.username
        elif "username" in self._nulls:
            field_dict["username"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HelmChartConfiguration")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HelmChartConfiguration")

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
            _f = "chartName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_name = _v

            _f = "chartRepoName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_repo_name = _v

            _f = "chartRepoUrl"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_repo_url = _v

            _f = "chartVersion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_version = _v

            _f = "chartValues"
            _v = _get(_f, None)
            if _v is None:
                _obj.chart_values = None
            else:
                _obj.chart_values = HelmChartConfigurationChartValues._parse(_v)

            _f = "endpointConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.endpoint_configuration = None
            else:
                _obj.endpoint_configuration = HelmChartConfigurationEndpointConfiguration._parse(_v)

            _f = "password"
            _v = _get(_f, None)
            if _v is None:
                _obj.password = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.password = _v

            _f = "runtimeConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.runtime_configuration = None
            else:
                _obj.runtime_configuration = HelmRuntimeConfiguration._parse(_v)

            _f = "username"
            _v = _get(_f, None)
            if _v is None:
                _obj.username = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.username = _v

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
        _n = 4
        _f = ""
        try:
            _f = "chartName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_name = _v

            _f = "chartRepoName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_repo_name = _v

            _f = "chartRepoUrl"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_repo_url = _v

            _f = "chartVersion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.chart_version = _v

            _f = "chartValues"
            _v = src.get(_f)
            if _v is None:
                _obj.chart_values = None
            else:
                _n += 1
                _obj.chart_values = HelmChartConfigurationChartValues._from_json(_v)

            _f = "endpointConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.endpoint_configuration = None
            else:
                _n += 1
                _obj.endpoint_configuration = HelmChartConfigurationEndpointConfiguration._from_json(_v)

            _f = "password"
            _v = src.get(_f)
            if _v is None:
                _obj.password = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.password = _v

            _f = "runtimeConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.runtime_configuration = None
            else:
                _n += 1
                _obj.runtime_configuration = HelmRuntimeConfiguration._from_json(_v)

            _f = "username"
            _v = src.get(_f)
            if _v is None:
                _obj.username = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.username = _v

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
