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
from ..types import File, Unset

if TYPE_CHECKING:
    from ..models.service_offering import ServiceOffering, ServiceOfferingDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ServiceOffering
    from ..models.service_offering import ServiceOffering  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "created_at",
    "is_deprecated",
    "offerings",
    "service_description",
    "service_id",
    "service_name",
    "service_org_id",
    "service_provider_id",
    "service_provider_name",
    "service_url_key",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = ()
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "createdAt",
        "isDeprecated",
        "offerings",
        "serviceDescription",
        "serviceId",
        "serviceName",
        "serviceOrgId",
        "serviceProviderId",
        "serviceProviderName",
        "serviceURLKey",
    }
)


# `DescribeServiceOfferingResult` as a plain mapping of its JSON shape, accepted wherever a `DescribeServiceOfferingResult` is.
class DescribeServiceOfferingResultDict(TypedDict, total=False):
    createdAt: Required[str]
    isDeprecated: Required[bool]
    offerings: Required[list[ServiceOfferingDict]]
    serviceDescription: Required[str]
    serviceId: Required[str]
    serviceName: Required[str]
    serviceOrgId: Required[str]
    serviceProviderId: Required[str]
    serviceProviderName: Required[str]
    serviceURLKey: Required[str]


@_attrs_define(init=False, repr=False)
class DescribeServiceOfferingResult:
    """Attributes:
    created_at (str): The time the service was created
    is_deprecated (bool): Whether the service offering is deprecated
    offerings (list[ServiceOffering]): The service offerings
    service_description (str): The service description
    service_id (str): ID of a Service
    service_name (str): The service name
    service_org_id (str): ID of an Org
    service_provider_id (str): The id of the service provider
    service_provider_name (str): The name of the service provider
    service_url_key (str): The service URL key
    """

    created_at: str
    is_deprecated: bool
    offerings: list[ServiceOffering]
    service_description: str
    service_id: str
    service_name: str
    service_org_id: str
    service_provider_id: str
    service_provider_name: str
    service_url_key: str
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        created_at: str,
        offerings: Sequence[ServiceOffering | ServiceOfferingDict],
        service_description: str,
        service_id: str,
        service_name: str,
        service_org_id: str,
        service_provider_id: str,
        service_provider_name: str,
        service_url_key: str,
        is_deprecated: bool = False,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        self.created_at = created_at
        self.is_deprecated = is_deprecated
        self.offerings = [
            _item if isinstance(_item, ServiceOffering) else ServiceOffering.from_dict(_item) for _item in offerings
        ]
        self.service_description = service_description
        self.service_id = service_id
        self.service_name = service_name
        self.service_org_id = service_org_id
        self.service_provider_id = service_provider_id
        self.service_provider_name = service_provider_name
        self.service_url_key = service_url_key
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset()

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["createdAt"] = self.created_at
        field_dict["isDeprecated"] = self.is_deprecated
        field_dict["offerings"] = [_item.to_dict() for _item in self.offerings]
        field_dict["serviceDescription"] = self.service_description
        field_dict["serviceId"] = self.service_id
        field_dict["serviceName"] = self.service_name
        field_dict["serviceOrgId"] = self.service_org_id
        field_dict["serviceProviderId"] = self.service_provider_id
        field_dict["serviceProviderName"] = self.service_provider_name
        field_dict["serviceURLKey"] = self.service_url_key
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DescribeServiceOfferingResult")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DescribeServiceOfferingResult")

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

            _f = "isDeprecated"
            _v = _get(_f, _MISSING)
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_deprecated = _v

            _f = "offerings"
            _v = _get(_f, _MISSING)
            _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it3 = iter(_l3)
            try:
                _l3 = list(map(ServiceOffering._parse, _it3))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
            _obj.offerings = _l3

            _f = "serviceDescription"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_description = _v

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_name = _v

            _f = "serviceOrgId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_org_id = _v

            _f = "serviceProviderId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_id = _v

            _f = "serviceProviderName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_name = _v

            _f = "serviceURLKey"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_url_key = _v

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
        _n = 10
        _f = ""
        try:
            _f = "createdAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "isDeprecated"
            _v = src[_f]
            if type(_v) is not bool:
                raise _m.bad("a boolean", _v)
            _obj.is_deprecated = _v

            _f = "offerings"
            _v = src[_f]
            _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it3 = iter(_l3)
            try:
                _l3[:] = map(ServiceOffering._from_json, _it3)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
            _obj.offerings = _l3

            _f = "serviceDescription"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_description = _v

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "serviceName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_name = _v

            _f = "serviceOrgId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_org_id = _v

            _f = "serviceProviderId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_id = _v

            _f = "serviceProviderName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_provider_name = _v

            _f = "serviceURLKey"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_url_key = _v

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
