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
    from ..models.saa_s_portal_email_config import SaaSPortalEmailConfig, SaaSPortalEmailConfigDict
    from ..models.saa_s_portal_image_config import SaaSPortalImageConfig, SaaSPortalImageConfigDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, SaaSPortalEmailConfig, SaaSPortalImageConfig
    from ..models.saa_s_portal_email_config import SaaSPortalEmailConfig  # noqa: PLC0415
    from ..models.saa_s_portal_image_config import SaaSPortalImageConfig  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "custom_domain",
    "disable_password_login",
    "email_config",
    "google_analytics_tag_id",
    "image_config",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "customDomain",
        "disablePasswordLogin",
        "emailConfig",
        "googleAnalyticsTagID",
        "imageConfig",
    }
)


# `UpdateSaaSPortalRequest` as a plain mapping of its JSON shape, accepted wherever a `UpdateSaaSPortalRequest` is.
class UpdateSaaSPortalRequestDict(TypedDict, total=False):
    customDomain: str
    disablePasswordLogin: bool
    emailConfig: SaaSPortalEmailConfigDict
    googleAnalyticsTagID: str
    imageConfig: SaaSPortalImageConfigDict


@_attrs_define(init=False, repr=False)
class UpdateSaaSPortalRequest:
    """Request body of UpdateSaaSPortal

    Attributes:
            custom_domain (str | None): The custom domain for the SaaS portal
            disable_password_login (bool | None): Whether to disable password login for the SaaS portal
            email_config (SaaSPortalEmailConfig | None):
            google_analytics_tag_id (str | None): The Google Analytics tag ID for the SaaS portal
            image_config (SaaSPortalImageConfig | None):
    """

    custom_domain: str | None = None
    disable_password_login: bool | None = None
    email_config: SaaSPortalEmailConfig | None = None
    google_analytics_tag_id: str | None = None
    image_config: SaaSPortalImageConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        custom_domain: str | None | Unset = UNSET,
        disable_password_login: bool | None | Unset = UNSET,
        email_config: SaaSPortalEmailConfig | SaaSPortalEmailConfigDict | None | Unset = UNSET,
        google_analytics_tag_id: str | None | Unset = UNSET,
        image_config: SaaSPortalImageConfig | SaaSPortalImageConfigDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.custom_domain = None if custom_domain is None or isinstance(custom_domain, Unset) else custom_domain
        if custom_domain is None:
            _nulls_given.append("custom_domain")
        self.disable_password_login = (
            None
            if disable_password_login is None or isinstance(disable_password_login, Unset)
            else disable_password_login
        )
        if disable_password_login is None:
            _nulls_given.append("disable_password_login")
        self.email_config = (
            None
            if email_config is None or isinstance(email_config, Unset)
            else email_config
            if isinstance(email_config, SaaSPortalEmailConfig)
            else SaaSPortalEmailConfig.from_dict(email_config)
        )
        if email_config is None:
            _nulls_given.append("email_config")
        self.google_analytics_tag_id = (
            None
            if google_analytics_tag_id is None or isinstance(google_analytics_tag_id, Unset)
            else google_analytics_tag_id
        )
        if google_analytics_tag_id is None:
            _nulls_given.append("google_analytics_tag_id")
        self.image_config = (
            None
            if image_config is None or isinstance(image_config, Unset)
            else image_config
            if isinstance(image_config, SaaSPortalImageConfig)
            else SaaSPortalImageConfig.from_dict(image_config)
        )
        if image_config is None:
            _nulls_given.append("image_config")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.custom_domain is not None:
            field_dict["customDomain"] = self.custom_domain
        elif "custom_domain" in self._nulls:
            field_dict["customDomain"] = None
        if self.disable_password_login is not None:
            field_dict["disablePasswordLogin"] = self.disable_password_login
        elif "disable_password_login" in self._nulls:
            field_dict["disablePasswordLogin"] = None
        if self.email_config is not None:
            field_dict["emailConfig"] = self.email_config.to_dict()
        elif "email_config" in self._nulls:
            field_dict["emailConfig"] = None
        if self.google_analytics_tag_id is not None:
            field_dict["googleAnalyticsTagID"] = self.google_analytics_tag_id
        elif "google_analytics_tag_id" in self._nulls:
            field_dict["googleAnalyticsTagID"] = None
        if self.image_config is not None:
            field_dict["imageConfig"] = self.image_config.to_dict()
        elif "image_config" in self._nulls:
            field_dict["imageConfig"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "UpdateSaaSPortalRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "UpdateSaaSPortalRequest")

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
            _f = "customDomain"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_domain = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.custom_domain = _v

            _f = "disablePasswordLogin"
            _v = _get(_f, None)
            if _v is None:
                _obj.disable_password_login = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disable_password_login = _v

            _f = "emailConfig"
            _v = _get(_f, None)
            if _v is None:
                _obj.email_config = None
            else:
                _obj.email_config = SaaSPortalEmailConfig._parse(_v)

            _f = "googleAnalyticsTagID"
            _v = _get(_f, None)
            if _v is None:
                _obj.google_analytics_tag_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.google_analytics_tag_id = _v

            _f = "imageConfig"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_config = None
            else:
                _obj.image_config = SaaSPortalImageConfig._parse(_v)

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
            _f = "customDomain"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_domain = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.custom_domain = _v

            _f = "disablePasswordLogin"
            _v = src.get(_f)
            if _v is None:
                _obj.disable_password_login = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.disable_password_login = _v

            _f = "emailConfig"
            _v = src.get(_f)
            if _v is None:
                _obj.email_config = None
            else:
                _n += 1
                _obj.email_config = SaaSPortalEmailConfig._from_json(_v)

            _f = "googleAnalyticsTagID"
            _v = src.get(_f)
            if _v is None:
                _obj.google_analytics_tag_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.google_analytics_tag_id = _v

            _f = "imageConfig"
            _v = src.get(_f)
            if _v is None:
                _obj.image_config = None
            else:
                _n += 1
                _obj.image_config = SaaSPortalImageConfig._from_json(_v)

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
