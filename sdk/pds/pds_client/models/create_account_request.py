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
    from ..models.dns_details import DNSDetails, DNSDetailsDict
    from ..models.maas_details import MAASDetails, MAASDetailsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, DNSDetails, MAASDetails
    from ..models.dns_details import DNSDetails  # noqa: PLC0415
    from ..models.maas_details import MAASDetails  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "baas_features_enabled",
    "dns_details",
    "maas_details",
    "name",
    "pds_features_enabled",
    "pxone_features_enabled",
    "subdomain",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "baas_features_enabled",
        "dns_details",
        "maas_details",
        "name",
        "pds_features_enabled",
        "pxone_features_enabled",
        "subdomain",
    }
)


# `CreateAccountRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateAccountRequest` is.
class CreateAccountRequestDict(TypedDict, total=False):
    baas_features_enabled: bool
    dns_details: DNSDetailsDict
    maas_details: MAASDetailsDict
    name: str
    pds_features_enabled: bool
    pxone_features_enabled: bool
    subdomain: str


@_attrs_define(init=False, repr=False)
class CreateAccountRequest:
    """Attributes:
    baas_features_enabled (bool | None): Whether BAAS should be enabled for this account.
    dns_details (DNSDetails | None):
    maas_details (MAASDetails | None):
    name (str | None): Name of the account.
    pds_features_enabled (bool | None): Whether PDS should be enabled for this account.
    pxone_features_enabled (bool | None): Whether PX-ONE should be enabled for this account.
    subdomain (str | None): (optional) Account subdomain name.
    """

    baas_features_enabled: bool | None = None
    dns_details: DNSDetails | None = None
    maas_details: MAASDetails | None = None
    name: str | None = None
    pds_features_enabled: bool | None = None
    pxone_features_enabled: bool | None = None
    subdomain: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        baas_features_enabled: bool | None | Unset = UNSET,
        dns_details: DNSDetails | DNSDetailsDict | None | Unset = UNSET,
        maas_details: MAASDetails | MAASDetailsDict | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        pds_features_enabled: bool | None | Unset = UNSET,
        pxone_features_enabled: bool | None | Unset = UNSET,
        subdomain: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.baas_features_enabled = (
            None if baas_features_enabled is None or isinstance(baas_features_enabled, Unset) else baas_features_enabled
        )
        if baas_features_enabled is None:
            _nulls_given.append("baas_features_enabled")
        self.dns_details = (
            None
            if dns_details is None or isinstance(dns_details, Unset)
            else dns_details
            if isinstance(dns_details, DNSDetails)
            else DNSDetails.from_dict(dns_details)
        )
        if dns_details is None:
            _nulls_given.append("dns_details")
        self.maas_details = (
            None
            if maas_details is None or isinstance(maas_details, Unset)
            else maas_details
            if isinstance(maas_details, MAASDetails)
            else MAASDetails.from_dict(maas_details)
        )
        if maas_details is None:
            _nulls_given.append("maas_details")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.pds_features_enabled = (
            None if pds_features_enabled is None or isinstance(pds_features_enabled, Unset) else pds_features_enabled
        )
        if pds_features_enabled is None:
            _nulls_given.append("pds_features_enabled")
        self.pxone_features_enabled = (
            None
            if pxone_features_enabled is None or isinstance(pxone_features_enabled, Unset)
            else pxone_features_enabled
        )
        if pxone_features_enabled is None:
            _nulls_given.append("pxone_features_enabled")
        self.subdomain = None if subdomain is None or isinstance(subdomain, Unset) else subdomain
        if subdomain is None:
            _nulls_given.append("subdomain")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.baas_features_enabled is not None:
            field_dict["baas_features_enabled"] = self.baas_features_enabled
        elif "baas_features_enabled" in self._nulls:
            field_dict["baas_features_enabled"] = None
        if self.dns_details is not None:
            field_dict["dns_details"] = self.dns_details.to_dict()
        elif "dns_details" in self._nulls:
            field_dict["dns_details"] = None
        if self.maas_details is not None:
            field_dict["maas_details"] = self.maas_details.to_dict()
        elif "maas_details" in self._nulls:
            field_dict["maas_details"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.pds_features_enabled is not None:
            field_dict["pds_features_enabled"] = self.pds_features_enabled
        elif "pds_features_enabled" in self._nulls:
            field_dict["pds_features_enabled"] = None
        if self.pxone_features_enabled is not None:
            field_dict["pxone_features_enabled"] = self.pxone_features_enabled
        elif "pxone_features_enabled" in self._nulls:
            field_dict["pxone_features_enabled"] = None
        if self.subdomain is not None:
            field_dict["subdomain"] = self.subdomain
        elif "subdomain" in self._nulls:
            field_dict["subdomain"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateAccountRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateAccountRequest")

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
            _f = "baas_features_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.baas_features_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.baas_features_enabled = _v

            _f = "dns_details"
            _v = _get(_f, None)
            if _v is None:
                _obj.dns_details = None
            else:
                _obj.dns_details = DNSDetails._parse(_v)

            _f = "maas_details"
            _v = _get(_f, None)
            if _v is None:
                _obj.maas_details = None
            else:
                _obj.maas_details = MAASDetails._parse(_v)

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "pds_features_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.pds_features_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.pds_features_enabled = _v

            _f = "pxone_features_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.pxone_features_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.pxone_features_enabled = _v

            _f = "subdomain"
            _v = _get(_f, None)
            if _v is None:
                _obj.subdomain = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subdomain = _v

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
        _n = 0
        _f = ""
        try:
            _f = "baas_features_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.baas_features_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.baas_features_enabled = _v

            _f = "dns_details"
            _v = src.get(_f)
            if _v is None:
                _obj.dns_details = None
            else:
                _n += 1
                _obj.dns_details = DNSDetails._from_json(_v)

            _f = "maas_details"
            _v = src.get(_f)
            if _v is None:
                _obj.maas_details = None
            else:
                _n += 1
                _obj.maas_details = MAASDetails._from_json(_v)

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "pds_features_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.pds_features_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.pds_features_enabled = _v

            _f = "pxone_features_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.pxone_features_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.pxone_features_enabled = _v

            _f = "subdomain"
            _v = src.get(_f)
            if _v is None:
                _obj.subdomain = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subdomain = _v

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
