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
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "file_content",
    "name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "description",
    "dryrun",
    "environment",
    "environment_type",
    "release",
    "release_as_preferred",
    "release_version_name",
    "service_logo_url",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "fileContent",
        "name",
        "description",
        "dryrun",
        "environment",
        "environmentType",
        "release",
        "releaseAsPreferred",
        "releaseVersionName",
        "serviceLogoURL",
    }
)


# `BuildServiceFromServicePlanSpecRequest` as a plain mapping of its JSON shape, accepted wherever a `BuildServiceFromServicePlanSpecRequest` is.
class BuildServiceFromServicePlanSpecRequestDict(TypedDict, total=False):
    fileContent: Required[str]
    name: Required[str]
    description: str
    dryrun: bool
    environment: str
    environmentType: str
    release: bool
    releaseAsPreferred: bool
    releaseVersionName: str
    serviceLogoURL: str


@_attrs_define(init=False, repr=False)
class BuildServiceFromServicePlanSpecRequest:
    """Request body of BuildServiceFromServicePlanSpec

    Attributes:
            file_content (str): Base64 encoded Compose Spec YAML in service plan configuration format
            name (str): Name of the Service
            description (str | None): A brief description of the service
            dryrun (bool | None): If set to true, performs a dry run of the build operation without making any changes
            environment (str | None): The environment to build the service in
            environment_type (str | None): The type of the environment
            release (bool | None): Release the service after building
            release_as_preferred (bool | None): Release the service as preferred
            release_version_name (str | None): Release version name
            service_logo_url (str | None): The logo for the service
    """

    file_content: str
    name: str
    description: str | None = None
    dryrun: bool | None = None
    environment: str | None = None
    environment_type: str | None = None
    release: bool | None = None
    release_as_preferred: bool | None = None
    release_version_name: str | None = None
    service_logo_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        file_content: str,
        name: str,
        description: str | None | Unset = UNSET,
        dryrun: bool | None | Unset = UNSET,
        environment: str | None | Unset = UNSET,
        environment_type: str | None | Unset = UNSET,
        release: bool | None | Unset = UNSET,
        release_as_preferred: bool | None | Unset = UNSET,
        release_version_name: str | None | Unset = UNSET,
        service_logo_url: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.file_content = file_content
        self.name = name
        self.description = None if description is None or isinstance(description, Unset) else description
        if description is None:
            _nulls_given.append("description")
        self.dryrun = None if dryrun is None or isinstance(dryrun, Unset) else dryrun
        if dryrun is None:
            _nulls_given.append("dryrun")
        self.environment = None if environment is None or isinstance(environment, Unset) else environment
        if environment is None:
            _nulls_given.append("environment")
        self.environment_type = (
            None if environment_type is None or isinstance(environment_type, Unset) else environment_type
        )
        if environment_type is None:
            _nulls_given.append("environment_type")
        self.release = None if release is None or isinstance(release, Unset) else release
        if release is None:
            _nulls_given.append("release")
        self.release_as_preferred = (
            None if release_as_preferred is None or isinstance(release_as_preferred, Unset) else release_as_preferred
        )
        if release_as_preferred is None:
            _nulls_given.append("release_as_preferred")
        self.release_version_name = (
            None if release_version_name is None or isinstance(release_version_name, Unset) else release_version_name
        )
        if release_version_name is None:
            _nulls_given.append("release_version_name")
        self.service_logo_url = (
            None if service_logo_url is None or isinstance(service_logo_url, Unset) else service_logo_url
        )
        if service_logo_url is None:
            _nulls_given.append("service_logo_url")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["fileContent"] = self.file_content
        field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.dryrun is not None:
            field_dict["dryrun"] = self.dryrun
        elif "dryrun" in self._nulls:
            field_dict["dryrun"] = None
        if self.environment is not None:
            field_dict["environment"] = self.environment
        elif "environment" in self._nulls:
            field_dict["environment"] = None
        if self.environment_type is not None:
            field_dict["environmentType"] = self.environment_type
        elif "environment_type" in self._nulls:
            field_dict["environmentType"] = None
        if self.release is not None:
            field_dict["release"] = self.release
        elif "release" in self._nulls:
            field_dict["release"] = None
        if self.release_as_preferred is not None:
            field_dict["releaseAsPreferred"] = self.release_as_preferred
        elif "release_as_preferred" in self._nulls:
            field_dict["releaseAsPreferred"] = None
        if self.release_version_name is not None:
            field_dict["releaseVersionName"] = self.release_version_name
        elif "release_version_name" in self._nulls:
            field_dict["releaseVersionName"] = None
        if self.service_logo_url is not None:
            field_dict["serviceLogoURL"] = self.service_logo_url
        elif "service_logo_url" in self._nulls:
            field_dict["serviceLogoURL"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "BuildServiceFromServicePlanSpecRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "BuildServiceFromServicePlanSpecRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "fileContent"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.file_content = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "description"
            _v = _get(_f, None)
            if _v is None:
                _obj.description = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "dryrun"
            _v = _get(_f, None)
            if _v is None:
                _obj.dryrun = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.dryrun = _v

            _f = "environment"
            _v = _get(_f, None)
            if _v is None:
                _obj.environment = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.environment = _v

            _f = "environmentType"
            _v = _get(_f, None)
            if _v is None:
                _obj.environment_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.environment_type = _v

            _f = "release"
            _v = _get(_f, None)
            if _v is None:
                _obj.release = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.release = _v

            _f = "releaseAsPreferred"
            _v = _get(_f, None)
            if _v is None:
                _obj.release_as_preferred = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.release_as_preferred = _v

            _f = "releaseVersionName"
            _v = _get(_f, None)
            if _v is None:
                _obj.release_version_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.release_version_name = _v

            _f = "serviceLogoURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_logo_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.service_logo_url = _v

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
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 2
        _f = ""
        try:
            _f = "fileContent"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.file_content = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "description"
            _v = src.get(_f)
            if _v is None:
                _obj.description = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.description = _v

            _f = "dryrun"
            _v = src.get(_f)
            if _v is None:
                _obj.dryrun = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.dryrun = _v

            _f = "environment"
            _v = src.get(_f)
            if _v is None:
                _obj.environment = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.environment = _v

            _f = "environmentType"
            _v = src.get(_f)
            if _v is None:
                _obj.environment_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.environment_type = _v

            _f = "release"
            _v = src.get(_f)
            if _v is None:
                _obj.release = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.release = _v

            _f = "releaseAsPreferred"
            _v = src.get(_f)
            if _v is None:
                _obj.release_as_preferred = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.release_as_preferred = _v

            _f = "releaseVersionName"
            _v = src.get(_f)
            if _v is None:
                _obj.release_version_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.release_version_name = _v

            _f = "serviceLogoURL"
            _v = src.get(_f)
            if _v is None:
                _obj.service_logo_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.service_logo_url = _v

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
