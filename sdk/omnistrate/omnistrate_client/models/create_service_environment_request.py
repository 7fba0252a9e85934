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
    "deployment_config_id",
    "description",
    "name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "auto_approve_subscription",
    "service_auth_public_key",
    "source_environment_id",
    "type_",
    "visibility",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "deploymentConfigId",
        "description",
        "name",
        "autoApproveSubscription",
        "serviceAuthPublicKey",
        "sourceEnvironmentId",
        "type",
        "visibility",
    }
)


# `CreateServiceEnvironmentRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateServiceEnvironmentRequest` is.
class CreateServiceEnvironmentRequestDict(TypedDict, total=False):
    deploymentConfigId: Required[str]
    description: Required[str]
    name: Required[str]
    autoApproveSubscription: bool
    serviceAuthPublicKey: str
    sourceEnvironmentId: str
    type: str
    visibility: str


@_attrs_define(init=False, repr=False)
class CreateServiceEnvironmentRequest:
    """Request body of CreateServiceEnvironment

    Attributes:
            deployment_config_id (str): The deployment configuration ID
            description (str): A brief description of the service environment
            name (str): Name of the Service Environment
            auto_approve_subscription (bool | None): Auto approve subscription or not
            service_auth_public_key (str | None): PEM-encoded Public key part of the key used to sign the JWT tokens for the service control plane
                APIs
            source_environment_id (str | None): The ID of the service environment to use for promoting changes to this environment
            type_ (str | None):
            visibility (str | None): This parameter is used to configure the visibility of the service control-plane APIs
    """

    deployment_config_id: str
    description: str
    name: str
    auto_approve_subscription: bool | None = None
    service_auth_public_key: str | None = None
    source_environment_id: str | None = None
    type_: str | None = None
    visibility: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        deployment_config_id: str,
        description: str,
        name: str,
        auto_approve_subscription: bool | None | Unset = UNSET,
        service_auth_public_key: str | None | Unset = UNSET,
        source_environment_id: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        visibility: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.deployment_config_id = deployment_config_id
        self.description = description
        self.name = name
        self.auto_approve_subscription = (
            None
            if auto_approve_subscription is None or isinstance(auto_approve_subscription, Unset)
            else auto_approve_subscription
        )
        if auto_approve_subscription is None:
            _nulls_given.append("auto_approve_subscription")
        self.service_auth_public_key = (
            None
            if service_auth_public_key is None or isinstance(service_auth_public_key, Unset)
            else service_auth_public_key
        )
        if service_auth_public_key is None:
            _nulls_given.append("service_auth_public_key")
        self.source_environment_id = (
            None if source_environment_id is None or isinstance(source_environment_id, Unset) else source_environment_id
        )
        if source_environment_id is None:
            _nulls_given.append("source_environment_id")
        self.type_ = None if type_ is None or isinstance(type_, Unset) else type_
        if type_ is None:
            _nulls_given.append("type_")
        self.visibility = None if visibility is None or isinstance(visibility, Unset) else visibility
        if visibility is None:
            _nulls_given.append("visibility")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["deploymentConfigId"] = self.deployment_config_id
        field_dict["description"] = self.description
        field_dict["name"] = self.name
        if self.auto_approve_subscription is not None:
            field_dict["autoApproveSubscription"] = self.auto_approve_subscription
        elif "auto_approve_subscription" in self._nulls:
            field_dict["autoApproveSubscription"] = None
        if self.service_auth_public_key is not None:
            field_dict["serviceAuthPublicKey"] = self.service_auth_public_key
        elif "service_auth_public_key" in self._nulls:
            field_dict["serviceAuthPublicKey"] = None
        if self.source_environment_id is not None:
            field_dict["sourceEnvironmentId"] = self.source_environment_id
        elif "source_environment_id" in self._nulls:
            field_dict["sourceEnvironmentId"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self._nulls:
            field_dict["type"] = None
        if self.visibility is not None:
            field_dict["visibility"] = self.visibility
        elif "visibility" in self._nulls:
            field_dict["visibility"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateServiceEnvironmentRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateServiceEnvironmentRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "deploymentConfigId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.deployment_config_id = _v

            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "autoApproveSubscription"
            _v = _get(_f, None)
            if _v is None:
                _obj.auto_approve_subscription = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.auto_approve_subscription = _v

            _f = "serviceAuthPublicKey"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_auth_public_key = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.service_auth_public_key = _v

            _f = "sourceEnvironmentId"
            _v = _get(_f, None)
            if _v is None:
                _obj.source_environment_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.source_environment_id = _v

            _f = "type"
            _v = _get(_f, None)
            if _v is None:
                _obj.type_ = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.type_ = _v

            _f = "visibility"
            _v = _get(_f, None)
            if _v is None:
                _obj.visibility = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.visibility = _v

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
            _f = "deploymentConfigId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.deployment_config_id = _v

            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "autoApproveSubscription"
            _v = src.get(_f)
            if _v is None:
                _obj.auto_approve_subscription = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.auto_approve_subscription = _v

            _f = "serviceAuthPublicKey"
            _v = src.get(_f)
            if _v is None:
                _obj.service_auth_public_key = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.service_auth_public_key = _v

            _f = "sourceEnvironmentId"
            _v = src.get(_f)
            if _v is None:
                _obj.source_environment_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.source_environment_id = _v

            _f = "type"
            _v = src.get(_f)
            if _v is None:
                _obj.type_ = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.type_ = _v

            _f = "visibility"
            _v = src.get(_f)
            if _v is None:
                _obj.visibility = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.visibility = _v

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
