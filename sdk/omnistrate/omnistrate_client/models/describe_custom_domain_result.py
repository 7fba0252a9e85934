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
    from ..models.route_53_configuration_description import (
        Route53ConfigurationDescription,
        Route53ConfigurationDescriptionDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, Route53ConfigurationDescription
    from ..models.route_53_configuration_description import Route53ConfigurationDescription  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "custom_domain",
    "description",
    "id",
    "name",
    "route_53_configuration",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "status",
    "status_message",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "customDomain",
        "description",
        "id",
        "name",
        "route53Configuration",
        "status",
        "statusMessage",
    }
)


# `DescribeCustomDomainResult` as a plain mapping of its JSON shape, accepted wherever a `DescribeCustomDomainResult` is.
class DescribeCustomDomainResultDict(TypedDict, total=False):
    customDomain: Required[str]
    description: Required[str]
    id: Required[str]
    name: Required[str]
    route53Configuration: Required[Route53ConfigurationDescriptionDict]
    status: str
    statusMessage: str


@_attrs_define(init=False, repr=False)
class DescribeCustomDomainResult:
    """Custom domain including the role required to access

    Attributes:
            custom_domain (str): The root domain of the domain to use as suffix
            description (str): The description for the domain
            id (str): ID of an Custom Domain
            name (str): The name of the custom domain
            route_53_configuration (Route53ConfigurationDescription):
            status (str | None):
            status_message (str | None): The status message of the custom domain
    """

    custom_domain: str
    description: str
    id: str
    name: str
    route_53_configuration: Route53ConfigurationDescription
    status: str | None = None
    status_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        custom_domain: str,
        description: str,
        id: str,
        name: str,
        route_53_configuration: Route53ConfigurationDescription | Route53ConfigurationDescriptionDict,
        status: str | None | Unset = UNSET,
        status_message: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.custom_domain = custom_domain
        self.description = description
        self.id = id
        self.name = name
        self.route_53_configuration = (
            route_53_configuration
            if isinstance(route_53_configuration, Route53ConfigurationDescription)
            else Route53ConfigurationDescription.from_dict(route_53_configuration)
        )
        self.status = None if status is None or isinstance(status, Unset) else status
        if status is None:
            _nulls_given.append("status")
        self.status_message = None if status_message is None or isinstance(status_message, Unset) else status_message
        if status_message is None:
            _nulls_given.append("status_message")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["customDomain"] = self.custom_domain
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["route53Configuration"] = self.route_53_configuration.to_dict()
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.status_message is not None:
            field_dict["statusMessage"] = self.status_message
        elif "status_message" in self._nulls:
            field_dict["statusMessage"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DescribeCustomDomainResult")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DescribeCustomDomainResult")

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
            _f = "customDomain"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.custom_domain = _v

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

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "route53Configuration"
            _v = _get(_f, _MISSING)
            _obj.route_53_configuration = Route53ConfigurationDescription._parse(_v)

            _f = "status"
            _v = _get(_f, None)
            if _v is None:
                _obj.status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

            _f = "statusMessage"
            _v = _get(_f, None)
            if _v is None:
                _obj.status_message = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status_message = _v

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
        _n = 5
        _f = ""
        try:
            _f = "customDomain"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.custom_domain = _v

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

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "route53Configuration"
            _v = src[_f]
            _obj.route_53_configuration = Route53ConfigurationDescription._from_json(_v)

            _f = "status"
            _v = src.get(_f)
            if _v is None:
                _obj.status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

            _f = "statusMessage"
            _v = src.get(_f)
            if _v is None:
                _obj.status_message = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status_message = _v

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
