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
    "instance_deployment_alias",
    "service_id",
    "subscription_id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "depends_on_deployment",
    "failed_reason",
    "instance_id",
    "status",
    "status_message",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "instanceDeploymentAlias",
        "serviceId",
        "subscriptionId",
        "dependsOnDeployment",
        "failedReason",
        "instanceId",
        "status",
        "statusMessage",
    }
)


# `ServiceDeploymentDetails` as a plain mapping of its JSON shape, accepted wherever a `ServiceDeploymentDetails` is.
class ServiceDeploymentDetailsDict(TypedDict, total=False):
    instanceDeploymentAlias: Required[str]
    serviceId: Required[str]
    subscriptionId: Required[str]
    dependsOnDeployment: list[str]
    failedReason: str
    instanceId: str
    status: str
    statusMessage: str


@_attrs_define(init=False, repr=False)
class ServiceDeploymentDetails:
    """Attributes:
    instance_deployment_alias (str): The instance deployment alias
    service_id (str): ID of a Service
    subscription_id (str): ID of a Subscription
    depends_on_deployment (list[str] | None): The deployment keys that this deployment depends on
    failed_reason (str | None): The reason why the deployment failed
    instance_id (str | None): ID of a Resource Instance
    status (str | None): The status of the service deployment
    status_message (str | None): The status message of the service deployment
    """

    instance_deployment_alias: str
    service_id: str
    subscription_id: str
    depends_on_deployment: list[str] | None = None
    failed_reason: str | None = None
    instance_id: str | None = None
    status: str | None = None
    status_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        instance_deployment_alias: str,
        service_id: str,
        subscription_id: str,
        depends_on_deployment: list[str] | None | Unset = UNSET,
        failed_reason: str | None | Unset = UNSET,
        instance_id: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        status_message: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.instance_deployment_alias = instance_deployment_alias
        self.service_id = service_id
        self.subscription_id = subscription_id
        self.depends_on_deployment = (
            None if depends_on_deployment is None or isinstance(depends_on_deployment, Unset) else depends_on_deployment
        )
        if depends_on_deployment is None:
            _nulls_given.append("depends_on_deployment")
        self.failed_reason = None if failed_reason is None or isinstance(failed_reason, Unset) else failed_reason
        if failed_reason is None:
            _nulls_given.append("failed_reason")
        self.instance_id = None if instance_id is None or isinstance(instance_id, Unset) else instance_id
        if instance_id is None:
            _nulls_given.append("instance_id")
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["instanceDeploymentAlias"] = self.instance_deployment_alias
        field_dict["serviceId"] = self.service_id
        field_dict["subscriptionId"] = self.subscription_id
        if self.depends_on_deployment is not None:
            field_dict["dependsOnDeployment"] = list(self.depends_on_deployment)
        elif "depends_on_deployment" in self._nulls:
            field_dict["dependsOnDeployment"] = None
        if self.failed_reason is not None:
            field_dict["failedReason"] = self.failed_reason
        elif "failed_reason" in self._nulls:
            field_dict["failedReason"] = None
        if self.instance_id is not None:
            field_dict["instanceId"] = self.instance_id
        elif "instance_id" in self._nulls:
            field_dict["instanceId"] = None
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
        return _m.load(cls._parse, src_dict, "ServiceDeploymentDetails")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ServiceDeploymentDetails")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "instanceDeploymentAlias"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.instance_deployment_alias = _v

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "subscriptionId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subscription_id = _v

            _f = "dependsOnDeployment"
            _v = _get(_f, None)
            if _v is None:
                _obj.depends_on_deployment = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i4, _x4 in enumerate(_l4):
                    if type(_x4) is not str and not isinstance(_x4, str):
                        raise _m.bad("a string", _x4).at_index(_i4)
                _obj.depends_on_deployment = _l4[:]

            _f = "failedReason"
            _v = _get(_f, None)
            if _v is None:
                _obj.failed_reason = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.failed_reason = _v

            _f = "instanceId"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_id = _v

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
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 3
        _f = ""
        try:
            _f = "instanceDeploymentAlias"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.instance_deployment_alias = _v

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "subscriptionId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.subscription_id = _v

            _f = "dependsOnDeployment"
            _v = src.get(_f)
            if _v is None:
                _obj.depends_on_deployment = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i4, _x4 in enumerate(_l4):
                    if type(_x4) is not str and not isinstance(_x4, str):
                        raise _m.bad("a string", _x4).at_index(_i4)
                _obj.depends_on_deployment = _l4

            _f = "failedReason"
            _v = src.get(_f)
            if _v is None:
                _obj.failed_reason = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.failed_reason = _v

            _f = "instanceId"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_id = _v

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
