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
    from ..models.gateway_spec_listeners_item_allowed_routes_kinds_item import (
        GatewaySpecListenersItemAllowedRoutesKindsItem,
        GatewaySpecListenersItemAllowedRoutesKindsItemDict,
    )
    from ..models.gateway_spec_listeners_item_allowed_routes_namespaces import (
        GatewaySpecListenersItemAllowedRoutesNamespaces,
        GatewaySpecListenersItemAllowedRoutesNamespacesDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GatewaySpecListenersItemAllowedRoutesKindsItem, GatewaySpecListenersItemAllowedRoutesNamespaces
    from ..models.gateway_spec_listeners_item_allowed_routes_kinds_item import (
        GatewaySpecListenersItemAllowedRoutesKindsItem,  # noqa: PLC0415
    )
    from ..models.gateway_spec_listeners_item_allowed_routes_namespaces import (
        GatewaySpecListenersItemAllowedRoutesNamespaces,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "kinds",
    "namespaces",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "kinds",
        "namespaces",
    }
)


# `GatewaySpecListenersItemAllowedRoutes` as a plain mapping of its JSON shape, accepted wherever a `GatewaySpecListenersItemAllowedRoutes` is.
class GatewaySpecListenersItemAllowedRoutesDict(TypedDict, total=False):
    kinds: list[GatewaySpecListenersItemAllowedRoutesKindsItemDict]
    namespaces: GatewaySpecListenersItemAllowedRoutesNamespacesDict


@_attrs_define(init=False, repr=False)
class GatewaySpecListenersItemAllowedRoutes:
    """AllowedRoutes defines the types of routes that MAY be attached to a
        Listener and the trusted namespaces where those Route resources MAY be
        present.

        Although a client request may match multiple route rules, only one rule
        may ultimately receive the request. Matching precedence MUST be
        determined in order of the following criteria:

        * The most specific match as defined by the Route type.
        * The oldest Route based on creation timestamp. For example, a Route with
          a creation timestamp of "2020-09-08 01:02:03" is given precedence over
          a Route with a creation timestamp of "2020-09-08 01:02:04".
        * If everything else is equivalent, the Route appearing first in
          alphabetical order (namespace/name) should be given precedence. For
          example, foo/bar is given precedence over foo/baz.

        All valid rules within a Route attached to this Listener should be
        implemented. Invalid Route rules can be ignored (sometimes that will mean
        the full Route). If a Route rule transitions from valid to invalid,
        support for that Route rule should be dropped to ensure consistency. For
        example, even if a filter specified by a Route rule is invalid, the rest
        of the rules within that Route should still be supported.

        Support: Core

    Attributes:
            kinds (list[GatewaySpecListenersItemAllowedRoutesKindsItem] | None): Kinds specifies the groups and kinds of Routes that are allowed to bind
                to this Gateway Listener. When unspecified or empty, the kinds of Routes
                selected are determined using the Listener protocol.

                A RouteGroupKind MUST correspond to kinds of Routes that are compatible
                with the application protocol specified in the Listener's Protocol field.
                If an implementation does not support or recognize this resource type, it
                MUST set the "ResolvedRefs" condition to False for this Listener with the
                "InvalidRouteKinds" reason.

                Support: Core
            namespaces (GatewaySpecListenersItemAllowedRoutesNamespaces | None): Namespaces indicates namespaces from which Routes may be attached to this
                Listener. This is restricted to the namespace of this Gateway by default.

                Support: Core
    """

    kinds: list[GatewaySpecListenersItemAllowedRoutesKindsItem] | None = None
    namespaces: GatewaySpecListenersItemAllowedRoutesNamespaces | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        kinds: Sequence[
            GatewaySpecListenersItemAllowedRoutesKindsItem | GatewaySpecListenersItemAllowedRoutesKindsItemDict
        ]
        | None
        | Unset = UNSET,
        namespaces: GatewaySpecListenersItemAllowedRoutesNamespaces
        | GatewaySpecListenersItemAllowedRoutesNamespacesDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.kinds = (
            None
            if kinds is None or isinstance(kinds, Unset)
            else [
                _item
                if isinstance(_item, GatewaySpecListenersItemAllowedRoutesKindsItem)
                else GatewaySpecListenersItemAllowedRoutesKindsItem.from_dict(_item)
                for _item in kinds
            ]
        )
        if kinds is None:
            _nulls_given.append("kinds")
        self.namespaces = (
            None
            if namespaces is None or isinstance(namespaces, Unset)
            else namespaces
            if isinstance(namespaces, GatewaySpecListenersItemAllowedRoutesNamespaces)
            else GatewaySpecListenersItemAllowedRoutesNamespaces.from_dict(namespaces)
        )
        if namespaces is None:
            _nulls_given.append("namespaces")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.kinds is not None:
            field_dict["kinds"] = [_item.to_dict() for _item in self.kinds]
        elif "kinds" in self._nulls:
            field_dict["kinds"] = None
        if self.namespaces is not None:
            field_dict["namespaces"] = self.namespaces.to_dict()
        elif "namespaces" in self._nulls:
            field_dict["namespaces"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewaySpecListenersItemAllowedRoutes")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewaySpecListenersItemAllowedRoutes")

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
            _f = "kinds"
            _v = _get(_f, None)
            if _v is None:
                _obj.kinds = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(GatewaySpecListenersItemAllowedRoutesKindsItem._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.kinds = _l1

            _f = "namespaces"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespaces = None
            else:
                _obj.namespaces = GatewaySpecListenersItemAllowedRoutesNamespaces._parse(_v)

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
            _f = "kinds"
            _v = src.get(_f)
            if _v is None:
                _obj.kinds = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(GatewaySpecListenersItemAllowedRoutesKindsItem._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.kinds = _l1

            _f = "namespaces"
            _v = src.get(_f)
            if _v is None:
                _obj.namespaces = None
            else:
                _n += 1
                _obj.namespaces = GatewaySpecListenersItemAllowedRoutesNamespaces._from_json(_v)

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
