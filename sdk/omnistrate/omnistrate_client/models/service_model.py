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
    from ..models.service_model_active_account_config_ids import (
        ServiceModelActiveAccountConfigIds,
        ServiceModelActiveAccountConfigIdsDict,
    )
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail, ServiceModelFeatureDetailDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, ServiceModelActiveAccountConfigIds, ServiceModelFeatureDetail
    from ..models.service_model_active_account_config_ids import ServiceModelActiveAccountConfigIds  # noqa: PLC0415
    from ..models.service_model_feature_detail import ServiceModelFeatureDetail  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "id",
    "key",
    "model_type",
    "name",
    "service_api_id",
    "service_id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "account_config_ids",
    "active_account_config_ids",
    "features",
    "product_tiers",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "id",
        "key",
        "modelType",
        "name",
        "serviceApiId",
        "serviceId",
        "accountConfigIds",
        "activeAccountConfigIds",
        "features",
        "productTiers",
    }
)


# `ServiceModel` as a plain mapping of its JSON shape, accepted wherever a `ServiceModel` is.
class ServiceModelDict(TypedDict, total=False):
    description: Required[str]
    id: Required[str]
    key: Required[str]
    modelType: Required[str]
    name: Required[str]
    serviceApiId: Required[str]
    serviceId: Required[str]
    accountConfigIds: list[str]
    activeAccountConfigIds: ServiceModelActiveAccountConfigIdsDict
    features: list[ServiceModelFeatureDetailDict]
    productTiers: list[str]


@_attrs_define(init=False, repr=False)
class ServiceModel:
    """Attributes:
    description (str): A brief description of the service model
    id (str): ID of a Service Model
    key (str): The unique key for this service model
    model_type (str): The model type encapsulating this service
    name (str): Name of the Service Model
    service_api_id (str): ID of a Service API
    service_id (str): ID of a Service
    account_config_ids (list[str] | None): The infrastructure account configuration ID list
    active_account_config_ids (ServiceModelActiveAccountConfigIds | None): The active infrastructure account configuration IDs per cloud provider
    features (list[ServiceModelFeatureDetail] | None): Enabled service model features
    product_tiers (list[str] | None): The product tiers associated with this service model
    """

    description: str
    id: str
    key: str
    model_type: str
    name: str
    service_api_id: str
    service_id: str
    account_config_ids: list[str] | None = None
    active_account_config_ids: ServiceModelActiveAccountConfigIds | None = None
    features: list[ServiceModelFeatureDetail] | None = None
    product_tiers: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        id: str,
        key: str,
        model_type: str,
        name: str,
        service_api_id: str,
        service_id: str,
        account_config_ids: list[str] | None | Unset = UNSET,
        active_account_config_ids: ServiceModelActiveAccountConfigIds
        | ServiceModelActiveAccountConfigIdsDict
        | None
        | Unset = UNSET,
        features: Sequence[ServiceModelFeatureDetail | ServiceModelFeatureDetailDict] | None | Unset = UNSET,
        product_tiers: list[str] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.id = id
        self.key = key
        self.model_type = model_type
        self.name = name
        self.service_api_id = service_api_id
        self.service_id = service_id
        self.account_config_ids = (
            None if account_config_ids is None or isinstance(account_config_ids, Unset) else account_config_ids
        )
        if account_config_ids is None:
            _nulls_given.append("account_config_ids")
        self.active_account_config_ids = (
            None
            if active_account_config_ids is None or isinstance(active_account_config_ids, Unset)
            else active_account_config_ids
            if isinstance(active_account_config_ids, ServiceModelActiveAccountConfigIds)
            else ServiceModelActiveAccountConfigIds.from_dict(active_account_config_ids)
        )
        if active_account_config_ids is None:
            _nulls_given.append("active_account_config_ids")
        self.features = (
            None
            if features is None or isinstance(features, Unset)
            else [
                _item if isinstance(_item, ServiceModelFeatureDetail) else ServiceModelFeatureDetail.from_dict(_item)
                for _item in features
            ]
        )
        if features is None:
            _nulls_given.append("features")
        self.product_tiers = None if product_tiers is None or isinstance(product_tiers, Unset) else product_tiers
        if product_tiers is None:
            _nulls_given.append("product_tiers")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        field_dict["key"] = self.key
        field_dict["modelType"] = self.model_type
        field_dict["name"] = self.name
        field_dict["serviceApiId"] = self.service_api_id
        field_dict["serviceId"] = self.service_id
        if self.account_config_ids is not None:
            field_dict["accountConfigIds"] = list(self.account_config_ids)
        elif "account_config_ids" in self._nulls:
            field_dict["accountConfigIds"] = None
        if self.active_account_config_ids is not None:
            field_dict["activeAccountConfigIds"] = self.active_account_config_ids.to_dict()
        elif "active_account_config_ids" in self._nulls:
            field_dict["activeAccountConfigIds"] = None
        if self.features is not None:
            field_dict["features"] = [_item.to_dict() for _item in self.features]
        elif "features" in self._nulls:
            field_dict["features"] = None
        if self.product_tiers is not None:
            field_dict["productTiers"] = list(self.product_tiers)
        elif "product_tiers" in self._nulls:
            field_dict["productTiers"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ServiceModel")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ServiceModel")

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

            _f = "modelType"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.model_type = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "serviceApiId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_id = _v

            _f = "serviceId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "accountConfigIds"
            _v = _get(_f, None)
            if _v is None:
                _obj.account_config_ids = None
            else:
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i8, _x8 in enumerate(_l8):
                    if type(_x8) is not str and not isinstance(_x8, str):
                        raise _m.bad("a string", _x8).at_index(_i8)
                _obj.account_config_ids = _l8[:]

            _f = "activeAccountConfigIds"
            _v = _get(_f, None)
            if _v is None:
                _obj.active_account_config_ids = None
            else:
                _obj.active_account_config_ids = ServiceModelActiveAccountConfigIds._parse(_v)

            _f = "features"
            _v = _get(_f, None)
            if _v is None:
                _obj.features = None
            else:
                _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it10 = iter(_l10)
                try:
                    _l10 = list(map(ServiceModelFeatureDetail._parse, _it10))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l10, _it10)) from None
                _obj.features = _l10

            _f = "productTiers"
            _v = _get(_f, None)
            if _v is None:
                _obj.product_tiers = None
            else:
                _l11: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i11, _x11 in enumerate(_l11):
                    if type(_x11) is not str and not isinstance(_x11, str):
                        raise _m.bad("a string", _x11).at_index(_i11)
                _obj.product_tiers = _l11[:]

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
        _n = 7
        _f = ""
        try:
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

            _f = "modelType"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.model_type = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "serviceApiId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_api_id = _v

            _f = "serviceId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_id = _v

            _f = "accountConfigIds"
            _v = src.get(_f)
            if _v is None:
                _obj.account_config_ids = None
            else:
                _n += 1
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i8, _x8 in enumerate(_l8):
                    if type(_x8) is not str and not isinstance(_x8, str):
                        raise _m.bad("a string", _x8).at_index(_i8)
                _obj.account_config_ids = _l8

            _f = "activeAccountConfigIds"
            _v = src.get(_f)
            if _v is None:
                _obj.active_account_config_ids = None
            else:
                _n += 1
                _obj.active_account_config_ids = ServiceModelActiveAccountConfigIds._from_json(_v)

            _f = "features"
            _v = src.get(_f)
            if _v is None:
                _obj.features = None
            else:
                _n += 1
                _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it10 = iter(_l10)
                try:
                    _l10[:] = map(ServiceModelFeatureDetail._from_json, _it10)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l10, _it10)) from None
                _obj.features = _l10

            _f = "productTiers"
            _v = src.get(_f)
            if _v is None:
                _obj.product_tiers = None
            else:
                _n += 1
                _l11: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i11, _x11 in enumerate(_l11):
                    if type(_x11) is not str and not isinstance(_x11, str):
                        raise _m.bad("a string", _x11).at_index(_i11)
                _obj.product_tiers = _l11

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
