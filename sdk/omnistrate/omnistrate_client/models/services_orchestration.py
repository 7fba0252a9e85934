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
    from ..models.service_deployment_details import ServiceDeploymentDetails, ServiceDeploymentDetailsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ServiceDeploymentDetails
    from ..models.service_deployment_details import ServiceDeploymentDetails  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "created_at",
    "id",
    "status",
    "updated_at",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "services_topology",
    "orchestration_failed_reason",
    "result_params",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "createdAt",
        "id",
        "status",
        "updatedAt",
        "ServicesTopology",
        "orchestrationFailedReason",
        "resultParams",
    }
)


# `ServicesOrchestration` as a plain mapping of its JSON shape, accepted wherever a `ServicesOrchestration` is.
class ServicesOrchestrationDict(TypedDict, total=False):
    createdAt: Required[str]
    id: Required[str]
    status: Required[str]
    updatedAt: Required[str]
    ServicesTopology: list[ServiceDeploymentDetailsDict]
    orchestrationFailedReason: str
    resultParams: Any


@_attrs_define(init=False, repr=False)
class ServicesOrchestration:
    """Attributes:
    created_at (str): The time the services orchestration was created
    id (str): ID of a Services Orchestration
    status (str): The status of the services orchestration
    updated_at (str): The time the services orchestration was last updated
    services_topology (list[ServiceDeploymentDetails] | None): The services deployment details
    orchestration_failed_reason (str | None): The reason why the orchestration failed
    result_params (Any | None): Custom result parameters of the services orchestration
    """

    created_at: str
    id: str
    status: str
    updated_at: str
    services_topology: list[ServiceDeploymentDetails] | None = None
    orchestration_failed_reason: str | None = None
    result_params: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        created_at: str,
        id: str,
        status: str,
        updated_at: str,
        services_topology: Sequence[ServiceDeploymentDetails | ServiceDeploymentDetailsDict] | None | Unset = UNSET,
        orchestration_failed_reason: str | None | Unset = UNSET,
        result_params: Any | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.created_at = created_at
        self.id = id
        self.status = status
        self.updated_at = updated_at
        self.services_topology = (
            None
            if services_topology is None or isinstance(services_topology, Unset)
            else [
                _item if isinstance(_item, ServiceDeploymentDetails) else ServiceDeploymentDetails.from_dict(_item)
                for _item in services_topology
            ]
        )
        if services_topology is None:
            _nulls_given.append("services_topology")
        self.orchestration_failed_reason = (
            None
            if orchestration_failed_reason is None or isinstance(orchestration_failed_reason, Unset)
            else orchestration_failed_reason
        )
        if orchestration_failed_reason is None:
            _nulls_given.append("orchestration_failed_reason")
        self.result_params = None if result_params is None or isinstance(result_params, Unset) else result_params
        if result_params is None:
            _nulls_given.append("result_params")
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
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["updatedAt"] = self.updated_at
        if self.services_topology is not None:
            field_dict["ServicesTopology"] = [_item.to_dict() for _item in self.services_topology]
        elif "services_topology" in self._nulls:
            field_dict["ServicesTopology"] = None
        if self.orchestration_failed_reason is not None:
            field_dict["orchestrationFailedReason"] = self.orchestration_failed_reason
        elif "orchestration_failed_reason" in self._nulls:
            field_dict["orchestrationFailedReason"] = None
        if self.result_params is not None:
            field_dict["resultParams"] = _m.dump(self.result_params)
        elif "result_params" in self._nulls:
            field_dict["resultParams"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ServicesOrchestration")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ServicesOrchestration")

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

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "status"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "updatedAt"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_at = _v

            _f = "ServicesTopology"
            _v = _get(_f, None)
            if _v is None:
                _obj.services_topology = None
            else:
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5 = list(map(ServiceDeploymentDetails._parse, _it5))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.services_topology = _l5

            _f = "orchestrationFailedReason"
            _v = _get(_f, None)
            if _v is None:
                _obj.orchestration_failed_reason = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.orchestration_failed_reason = _v

            _f = "resultParams"
            _v = _get(_f, None)
            if _v is None:
                _obj.result_params = None
            else:
                _obj.result_params = _v

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
            _f = "createdAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.created_at = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "status"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "updatedAt"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_at = _v

            _f = "ServicesTopology"
            _v = src.get(_f)
            if _v is None:
                _obj.services_topology = None
            else:
                _n += 1
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5[:] = map(ServiceDeploymentDetails._from_json, _it5)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.services_topology = _l5

            _f = "orchestrationFailedReason"
            _v = src.get(_f)
            if _v is None:
                _obj.orchestration_failed_reason = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.orchestration_failed_reason = _v

            _f = "resultParams"
            _v = src.get(_f)
            if _v is None:
                _obj.result_params = None
            else:
                _n += 1
                _obj.result_params = _v

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
