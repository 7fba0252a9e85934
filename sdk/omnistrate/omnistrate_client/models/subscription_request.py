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
    "created_at",
    "id",
    "product_tier_id",
    "product_tier_name",
    "root_user_email",
    "root_user_id",
    "root_user_name",
    "service_id",
    "service_name",
    "status",
    "updated_at",
    "updated_by_user_id",
    "updated_by_user_name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = ("service_logo_url",)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "createdAt",
        "id",
        "productTierId",
        "productTierName",
        "rootUserEmail",
        "rootUserId",
        "rootUserName",
        "serviceId",
        "serviceName",
        "status",
        "updatedAt",
        "updatedByUserId",
        "updatedByUserName",
        "serviceLogoURL",
    }
)


# `SubscriptionRequest` as a plain mapping of its JSON shape, accepted wherever a `SubscriptionRequest` is.
class SubscriptionRequestDict(TypedDict, total=False):
    createdAt: Required[str]
    id: Required[str]
    productTierId: Required[str]
    productTierName: Required[str]
    rootUserEmail: Required[str]
    rootUserId: Required[str]
    rootUserName: Required[str]
    serviceId: Required[str]
    serviceName: Required[str]
    status: Required[str]
    updatedAt: Required[str]
    updatedByUserId: Required[str]
    updatedByUserName: Required[str]
    serviceLogoURL: str


@_attrs_define(init=False, repr=False)
class SubscriptionRequest:
    """Attributes:
    created_at (str): The time that this subscription request was issued
    id (str): ID of a Subscription Request
    product_tier_id (str): ID of a Product Tier
    product_tier_name (str): The name of the product tier
    root_user_email (str): The email of the user that issued the subscription request
    root_user_id (str): ID of a User
    root_user_name (str): The name of the user that issued the subscription request
    service_id (str): ID of a Service
    service_name (str): The name of the service
    status (str): The status of the subscription request
    updated_at (str): The time that this subscription request was issued
    updated_by_user_id (str): ID of a User
    updated_by_user_name (str): The user that last updated the subscription request
    service_logo_url (str | None): The logo for the service
    """

    created_at: str
    id: str
    product_tier_id: str
    product_tier_name: str
    root_user_email: str
    root_user_id: str
    root_user_name: str
    service_id: str
    service_name: str
    status: str
    updated_at: str
    updated_by_user_id: str
    updated_by_user_name: str
    service_logo_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        created_at: str,
        id: str,
        product_tier_id: str,
        product_tier_name: str,
        root_user_email: str,
        root_user_id: str,
        root_user_name: str,
        service_id: str,
        service_name: str,
        status: str,
        updated_at: str,
        updated_by_user_id: str,
        updated_by_user_name: str,
        service_logo_url: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.created_at = created_at
        self.id = id
        self.product_tier_id = product_tier_id
        self.product_tier_name = product_tier_name
        self.root_user_email = root_user_email
        self.root_user_id = root_user_id
        self.root_user_name = root_user_name
        self.service_id = service_id
        self.service_name = service_name
        self.status = status
        self.updated_at = updated_at
        self.updated_by_user_id = updated_by_user_id
        self.updated_by_user_name = updated_by_user_name
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
        field_dict["createdAt"] = self.created_at
        field_dict["id"] = self.id
        field_dict["productTierId"] = self.product_tier_id
        field_dict["productTierName"] = self.product_tier_name
        field_dict["rootUserEmail"] = self.root_user_email
        field_dict["rootUserId"] = self.root_user_id
        field_dict["rootUserName"] = self.root_user_name
        field_dict["serviceId"] = self.service_id
        field_dict["serviceName"] = self.service_name
        field_dict["status"] = self.status
        field_dict["updatedAt"] = self.updated_at
        field_dict["updatedByUserId"] = self.updated_by_user_id
        field_dict["updatedByUserName"] = self.updated_by_user_name
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
        return _m.load(cls._parse, src_dict, "SubscriptionRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "SubscriptionRequest")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
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

            _f = "productTierId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "rootUserEmail"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_email = _v

            _f = "rootUserId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_id = _v

            _f = "rootUserName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_name = _v

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

            _f = "updatedByUserId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_by_user_id = _v

            _f = "updatedByUserName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_by_user_name = _v

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
        _n = 13
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

            _f = "productTierId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "productTierName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_name = _v

            _f = "rootUserEmail"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_email = _v

            _f = "rootUserId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_id = _v

            _f = "rootUserName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.root_user_name = _v

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

            _f = "updatedByUserId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_by_user_id = _v

            _f = "updatedByUserName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.updated_by_user_name = _v

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
