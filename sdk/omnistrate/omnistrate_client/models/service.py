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
    from ..models.service_environment import ServiceEnvironment, ServiceEnvironmentDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ServiceEnvironment
    from ..models.service_environment import ServiceEnvironment  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "created_at",
    "description",
    "id",
    "key",
    "name",
    "service_environments",
    "service_provider_id",
    "service_provider_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "role_type",
    "service_logo_url",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "createdAt",
        "description",
        "id",
        "key",
        "name",
        "serviceEnvironments",
        "serviceProviderID",
        "serviceProviderName",
        "roleType",
        "serviceLogoURL",
    }
)


# `Service` as a plain mapping of its JSON shape, accepted wherever a `Service` is.
class ServiceDict(TypedDict, total=False):
    createdAt: Required[str]
    description: Required[str]
    id: Required[str]
    key: Required[str]
    name: Required[str]
    serviceEnvironments: Required[list[ServiceEnvironmentDict]]
    serviceProviderID: Required[str]
    serviceProviderName: Required[str]
    roleType: str
    serviceLogoURL: str


@_attrs_define(init=False, repr=False)
class Service:
    """Attributes:
    created_at (str): The time the service was created
    description (str): A brief description of the service
    id (str): ID of a Service
    key (str): Unique key of the service
    name (str): Name of the Service
    service_environments (list[ServiceEnvironment]): List of service environments
    service_provider_id (str): ID of a Service Provider
    service_provider_name (str): The name of the service provider
    role_type (str | None): Type of the role
    service_logo_url (str | None): The logo for the service
    """

    created_at: str
    description: str
    id: str
    key: str
    name: str
    service_environments: list[ServiceEnvironment]
    service_provider_id: str
    service_provider_name: str
    role_type: str | None = None
    service_logo_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        created_at: str,
        description: str,
        id: str,
        key: str,
        name: str,
        service_environments: Sequence[ServiceEnvironment | ServiceEnvironmentDict],
        service_provider_id: str,
        service_provider_name: str,
        role_type: str | None | Unset = UNSET,
        service_logo_url: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.created_at = created_at
        self.description = description
        self.id = id
        self.key = key
        self.name = name
        self.service_environments = [
            _item if isinstance(_item, ServiceEnvironment) else ServiceEnvironment.from_dict(_item)
            for _item in service_environments
        ]
        self.service_provider_id = service_provider_id
        self.service_provider_name = service_provider_name
        self.role_type = None if role_type is None or isinstance(role_type, Unset) else role_type
        if role_type is None:
            _nulls_given.append("role_type")
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
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["createdAt"] = self.created_at
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        field_dict["key"] = self.key
        field_dict["name"] = self.name
        field_dict["serviceEnvironments"] = [_item.to_dict() for _item in self.service_environments]
        field_dict["serviceProviderID"] = self.service_provider_id
        field_dict["serviceProviderName"] = self.service_provider_name
        if self.role_type is not None:
            field_dict["roleType"] = self.role_type
        elif "role_type" in self._nulls:
            field_dict["roleType"] = None
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
        return _m.load(cls._parse, src_dict, "Service")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Service")

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
            _f = "createdAt"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "key"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.key = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "serviceEnvironments"
            _v = _get(_f, _MISSING)
            _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it6 = iter(_l6)
            try:
                _l6 = list(map(ServiceEnvironment._parse, _it6))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l6, _it6)) from None
            _obj.service_environments = _l6

            _f = "serviceProviderID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_id = _v

            _f = "serviceProviderName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_name = _v

            _f = "roleType"
            _v = _get(_f, None)
            if _v is None:
                _obj.role_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.role_type = _v

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
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 8
        _f = ""
        try:
            _f = "createdAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "key"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.key = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "serviceEnvironments"
            _v = src[_f]
            _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it6 = iter(_l6)
            try:
                _l6[:] = map(ServiceEnvironment._from_json, _it6)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l6, _it6)) from None
            _obj.service_environments = _l6

            _f = "serviceProviderID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_id = _v

            _f = "serviceProviderName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_name = _v

            _f = "roleType"
            _v = src.get(_f)
            if _v is None:
                _obj.role_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.role_type = _v

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
