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
    from ..models.service_plan import ServicePlan, ServicePlanDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ServicePlan
    from ..models.service_plan import ServicePlan  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "id",
    "name",
    "service_plans",
    "visibility",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "promote_status",
    "saas_portal_status",
    "saas_portal_url",
    "source_environment_id",
    "source_environment_name",
    "type_",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "servicePlans",
        "visibility",
        "promoteStatus",
        "saasPortalStatus",
        "saasPortalUrl",
        "sourceEnvironmentID",
        "sourceEnvironmentName",
        "type",
    }
)


# `ServiceEnvironment` as a plain mapping of its JSON shape, accepted wherever a `ServiceEnvironment` is.
class ServiceEnvironmentDict(TypedDict, total=False):
    id: Required[str]
    name: Required[str]
    servicePlans: Required[list[ServicePlanDict]]
    visibility: Required[str]
    promoteStatus: str
    saasPortalStatus: str
    saasPortalUrl: str
    sourceEnvironmentID: str
    sourceEnvironmentName: str
    type: str


@_attrs_define(init=False, repr=False)
class ServiceEnvironment:
    """Attributes:
    id (str): ID of a Service Environment
    name (str): Name of the Service Environment
    service_plans (list[ServicePlan]): List of service plans
    visibility (str): This parameter is used to configure the visibility of the service control-plane APIs
    promote_status (str | None): The status of the promotion
    saas_portal_status (str | None): The status of an operation
    saas_portal_url (str | None): The URL of the SaaS portal for this environment type
    source_environment_id (str | None): ID of a Service Environment
    source_environment_name (str | None): The source environment name
    type_ (str | None): The type of service environment
    """

    id: str
    name: str
    service_plans: list[ServicePlan]
    visibility: str
    promote_status: str | None = None
    saas_portal_status: str | None = None
    saas_portal_url: str | None = None
    source_environment_id: str | None = None
    source_environment_name: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        id: str,
        name: str,
        service_plans: Sequence[ServicePlan | ServicePlanDict],
        visibility: str,
        promote_status: str | None | Unset = UNSET,
        saas_portal_status: str | None | Unset = UNSET,
        saas_portal_url: str | None | Unset = UNSET,
        source_environment_id: str | None | Unset = UNSET,
        source_environment_name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.id = id
        self.name = name
        self.service_plans = [
            _item if isinstance(_item, ServicePlan) else ServicePlan.from_dict(_item) for _item in service_plans
        ]
        self.visibility = visibility
        self.promote_status = None if promote_status is None or isinstance(promote_status, Unset) else promote_status
        if promote_status is None:
            _nulls_given.append("promote_status")
        self.saas_portal_status = (
            None if saas_portal_status is None or isinstance(saas_portal_status, Unset) else saas_portal_status
        )
        if saas_portal_status is None:
            _nulls_given.append("saas_portal_status")
        self.saas_portal_url = (
            None if saas_portal_url is None or isinstance(saas_portal_url, Unset) else saas_portal_url
        )
        if saas_portal_url is None:
            _nulls_given.append("saas_portal_url")
        self.source_environment_id = (
            None if source_environment_id is None or isinstance(source_environment_id, Unset) else source_environment_id
        )
        if source_environment_id is None:
            _nulls_given.append("source_environment_id")
        self.source_environment_name = (
            None
            if source_environment_name is None or isinstance(source_environment_name, Unset)
            else source_environment_name
        )
        if source_environment_name is None:
            _nulls_given.append("source_environment_name")
        self.type_ = None if type_ is None or isinstance(type_, Unset) else type_
        if type_ is None:
            _nulls_given.append("type_")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["servicePlans"] = [_item.to_dict() for _item in self.service_plans]
        field_dict["visibility"] = self.visibility
        if self.promote_status is not None:
            field_dict["promoteStatus"] = self.promote_status
        elif "promote_status" in self._nulls:
            field_dict["promoteStatus"] = None
        if self.saas_portal_status is not None:
            field_dict["saasPortalStatus"] = self.saas_portal_status
        elif "saas_portal_status" in self._nulls:
            field_dict["saasPortalStatus"] = None
        if self.saas_portal_url is not None:
            field_dict["saasPortalUrl"] = self.saas_portal_url
        elif "saas_portal_url" in self._nulls:
            field_dict["saasPortalUrl"] = None
        if self.source_environment_id is not None:
            field_dict["sourceEnvironmentID"] = self.source_environment_id
        elif "source_environment_id" in self._nulls:
            field_dict["sourceEnvironmentID"] = None
        if self.source_environment_name is not None:
            field_dict["sourceEnvironmentName"] = self.source_environment_name
        elif "source_environment_name" in self._nulls:
            field_dict["sourceEnvironmentName"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self._nulls:
            field_dict["type"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ServiceEnvironment")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ServiceEnvironment")

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

            _f = "servicePlans"
            _v = _get(_f, _MISSING)
            _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it3 = iter(_l3)
            try:
                _l3 = list(map(ServicePlan._parse, _it3))
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
            _obj.service_plans = _l3

            _f = "visibility"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.visibility = _v

            _f = "promoteStatus"
            _v = _get(_f, None)
            if _v is None:
                _obj.promote_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.promote_status = _v

            _f = "saasPortalStatus"
            _v = _get(_f, None)
            if _v is None:
                _obj.saas_portal_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.saas_portal_status = _v

            _f = "saasPortalUrl"
            _v = _get(_f, None)
            if _v is None:
                _obj.saas_portal_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.saas_portal_url = _v

            _f = "sourceEnvironmentID"
            _v = _get(_f, None)
            if _v is None:
                _obj.source_environment_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.source_environment_id = _v

            _f = "sourceEnvironmentName"
            _v = _get(_f, None)
            if _v is None:
                _obj.source_environment_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.source_environment_name = _v

            _f = "type"
            _v = _get(_f, None)
            if _v is None:
                _obj.type_ = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.type_ = _v

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

            _f = "servicePlans"
            _v = src[_f]
            _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
            if type(_v) is not list and not isinstance(_v, list):
                raise _m.bad("an array", _v)
            _it3 = iter(_l3)
            try:
                _l3[:] = map(ServicePlan._from_json, _it3)
            except _m.PARSE_ERRORS as _e:
                raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
            _obj.service_plans = _l3

            _f = "visibility"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.visibility = _v

            _f = "promoteStatus"
            _v = src.get(_f)
            if _v is None:
                _obj.promote_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.promote_status = _v

            _f = "saasPortalStatus"
            _v = src.get(_f)
            if _v is None:
                _obj.saas_portal_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.saas_portal_status = _v

            _f = "saasPortalUrl"
            _v = src.get(_f)
            if _v is None:
                _obj.saas_portal_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.saas_portal_url = _v

            _f = "sourceEnvironmentID"
            _v = src.get(_f)
            if _v is None:
                _obj.source_environment_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.source_environment_id = _v

            _f = "sourceEnvironmentName"
            _v = src.get(_f)
            if _v is None:
                _obj.source_environment_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.source_environment_name = _v

            _f = "type"
            _v = src.get(_f)
            if _v is None:
                _obj.type_ = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.type_ = _v

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
