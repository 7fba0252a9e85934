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
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "cloud_provider",
    "custom_network_id",
    "external_billing_id",
    "network_type",
    "region",
    "request_params",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "cloud_provider",
        "custom_network_id",
        "externalBillingId",
        "network_type",
        "region",
        "requestParams",
    }
)


# `CreateResourceInstanceRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateResourceInstanceRequest` is.
class CreateResourceInstanceRequestDict(TypedDict, total=False):
    cloud_provider: str
    custom_network_id: str
    externalBillingId: str
    network_type: str
    region: str
    requestParams: Any


@_attrs_define(init=False, repr=False)
class CreateResourceInstanceRequest:
    """Request body of CreateResourceInstance

    Attributes:
            cloud_provider (str | None): The cloud provider name
            custom_network_id (str | None): Custom network for resource
            external_billing_id (str | None): This externalBillingId is deprecated and will be removed in the future
            network_type (str | None): The network type
            region (str | None): The region code
            request_params (Any | None): The request parameters
    """

    cloud_provider: str | None = None
    custom_network_id: str | None = None
    external_billing_id: str | None = None
    network_type: str | None = None
    region: str | None = None
    request_params: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cloud_provider: str | None | Unset = UNSET,
        custom_network_id: str | None | Unset = UNSET,
        external_billing_id: str | None | Unset = UNSET,
        network_type: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        request_params: Any | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.cloud_provider = None if cloud_provider is None or isinstance(cloud_provider, Unset) else cloud_provider
        if cloud_provider is None:
            _nulls_given.append("cloud_provider")
        self.custom_network_id = (
            None if custom_network_id is None or isinstance(custom_network_id, Unset) else custom_network_id
        )
        if custom_network_id is None:
            _nulls_given.append("custom_network_id")
        self.external_billing_id = (
            None if external_billing_id is None or isinstance(external_billing_id, Unset) else external_billing_id
        )
        if external_billing_id is None:
            _nulls_given.append("external_billing_id")
        self.network_type = None if network_type is None or isinstance(network_type, Unset) else network_type
        if network_type is None:
            _nulls_given.append("network_type")
        self.region = None if region is None or isinstance(region, Unset) else region
        if region is None:
            _nulls_given.append("region")
        self.request_params = None if request_params is None or isinstance(request_params, Unset) else request_params
        if request_params is None:
            _nulls_given.append("request_params")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cloud_provider is not None:
            field_dict["cloud_provider"] = self.cloud_provider
        elif "cloud_provider" in self._nulls:
            field_dict["cloud_provider"] = None
        if self.custom_network_id is not None:
            field_dict["custom_network_id"] = self.custom_network_id
        elif "custom_network_id" in self._nulls:
            field_dict["custom_network_id"] = None
        if self.external_billing_id is not None:
            field_dict["externalBillingId"] = self.external_billing_id
        elif "external_billing_id" in self._nulls:
            field_dict["externalBillingId"] = None
        if self.network_type is not None:
            field_dict["network_type"] = self.network_type
        elif "network_type" in self._nulls:
            field_dict["network_type"] = None
        if self.region is not None:
            field_dict["region"] = self.region
        elif "region" in self._nulls:
            field_dict["region"] = None
        if self.request_params is not None:
            field_dict["requestParams"] = _m.dump(self.request_params)
        elif "request_params" in self._nulls:
            field_dict["requestParams"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateResourceInstanceRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateResourceInstanceRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "cloud_provider"
            _v = _get(_f, None)
            if _v is None:
                _obj.cloud_provider = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_provider = _v

            _f = "custom_network_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_network_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.custom_network_id = _v

            _f = "externalBillingId"
            _v = _get(_f, None)
            if _v is None:
                _obj.external_billing_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.external_billing_id = _v

            _f = "network_type"
            _v = _get(_f, None)
            if _v is None:
                _obj.network_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_type = _v

            _f = "region"
            _v = _get(_f, None)
            if _v is None:
                _obj.region = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.region = _v

            _f = "requestParams"
            _v = _get(_f, None)
            if _v is None:
                _obj.request_params = None
            else:
                _obj.request_params = _v

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
        _n = 0
        _f = ""
        try:
            _f = "cloud_provider"
            _v = src.get(_f)
            if _v is None:
                _obj.cloud_provider = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_provider = _v

            _f = "custom_network_id"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_network_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.custom_network_id = _v

            _f = "externalBillingId"
            _v = src.get(_f)
            if _v is None:
                _obj.external_billing_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.external_billing_id = _v

            _f = "network_type"
            _v = src.get(_f)
            if _v is None:
                _obj.network_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_type = _v

            _f = "region"
            _v = src.get(_f)
            if _v is None:
                _obj.region = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.region = _v

            _f = "requestParams"
            _v = src.get(_f)
            if _v is None:
                _obj.request_params = None
            else:
                _n += 1
                _obj.request_params = _v

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
