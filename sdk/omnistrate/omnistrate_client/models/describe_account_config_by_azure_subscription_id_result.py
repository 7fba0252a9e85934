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
    "azure_subscription_id",
    "azure_tenant_id",
    "cloud_provider_id",
    "description",
    "id",
    "name",
    "status",
    "status_message",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = ("byoa_instance_i_ds",)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "azureSubscriptionID",
        "azureTenantID",
        "cloudProviderId",
        "description",
        "id",
        "name",
        "status",
        "statusMessage",
        "byoaInstanceIDs",
    }
)


# `DescribeAccountConfigByAzureSubscriptionIDResult` as a plain mapping of its JSON shape, accepted wherever a `DescribeAccountConfigByAzureSubscriptionIDResult` is.
class DescribeAccountConfigByAzureSubscriptionIDResultDict(TypedDict, total=False):
    azureSubscriptionID: Required[str]
    azureTenantID: Required[str]
    cloudProviderId: Required[str]
    description: Required[str]
    id: Required[str]
    name: Required[str]
    status: Required[str]
    statusMessage: Required[str]
    byoaInstanceIDs: list[str]


@_attrs_define(init=False, repr=False)
class DescribeAccountConfigByAzureSubscriptionIDResult:
    """Account configuration for Azure

    Attributes:
            azure_subscription_id (str): The Azure subscription ID
            azure_tenant_id (str): The Azure tenant ID
            cloud_provider_id (str): ID of an CloudProvider
            description (str): The description for the account
            id (str): ID of an Account Config
            name (str): The name of the account
            status (str): The status of the account configuration
            status_message (str): The status message of the account
            byoa_instance_i_ds (list[str] | None): The BYOA instance IDs that this account config is tied to
    """

    azure_subscription_id: str
    azure_tenant_id: str
    cloud_provider_id: str
    description: str
    id: str
    name: str
    status: str
    status_message: str
    byoa_instance_i_ds: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        azure_subscription_id: str,
        azure_tenant_id: str,
        cloud_provider_id: str,
        description: str,
        id: str,
        name: str,
        status: str,
        status_message: str,
        byoa_instance_i_ds: list[str] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.azure_subscription_id = azure_subscription_id
        self.azure_tenant_id = azure_tenant_id
        self.cloud_provider_id = cloud_provider_id
        self.description = description
        self.id = id
        self.name = name
        self.status = status
        self.status_message = status_message
        self.byoa_instance_i_ds = (
            None if byoa_instance_i_ds is None or isinstance(byoa_instance_i_ds, Unset) else byoa_instance_i_ds
        )
        if byoa_instance_i_ds is None:
            _nulls_given.append("byoa_instance_i_ds")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["azureSubscriptionID"] = self.azure_subscription_id
        field_dict["azureTenantID"] = self.azure_tenant_id
        field_dict["cloudProviderId"] = self.cloud_provider_id
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["status"] = self.status
        field_dict["statusMessage"] = self.status_message
        if self.byoa_instance_i_ds is not None:
            field_dict["byoaInstanceIDs"] = list(self.byoa_instance_i_ds)
        elif "byoa_instance_i_ds" in self._nulls:
            field_dict["byoaInstanceIDs"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DescribeAccountConfigByAzureSubscriptionIDResult")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DescribeAccountConfigByAzureSubscriptionIDResult")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "azureSubscriptionID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.azure_subscription_id = _v

            _f = "azureTenantID"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.azure_tenant_id = _v

            _f = "cloudProviderId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_id = _v

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

            _f = "status"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "statusMessage"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status_message = _v

            _f = "byoaInstanceIDs"
            _v = _get(_f, None)
            if _v is None:
                _obj.byoa_instance_i_ds = None
            else:
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i9, _x9 in enumerate(_l9):
                    if type(_x9) is not str and not isinstance(_x9, str):
                        raise _m.bad("a string", _x9).at_index(_i9)
                _obj.byoa_instance_i_ds = _l9[:]

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
        _n = 8
        _f = ""
        try:
            _f = "azureSubscriptionID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.azure_subscription_id = _v

            _f = "azureTenantID"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.azure_tenant_id = _v

            _f = "cloudProviderId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_id = _v

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

            _f = "status"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "statusMessage"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status_message = _v

            _f = "byoaInstanceIDs"
            _v = src.get(_f)
            if _v is None:
                _obj.byoa_instance_i_ds = None
            else:
                _n += 1
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i9, _x9 in enumerate(_l9):
                    if type(_x9) is not str and not isinstance(_x9, str):
                        raise _m.bad("a string", _x9).at_index(_i9)
                _obj.byoa_instance_i_ds = _l9

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
