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
    from ..models.http_route_spec_parent_refs_item import HTTPRouteSpecParentRefsItem, HTTPRouteSpecParentRefsItemDict
    from ..models.http_route_spec_rules_item import HTTPRouteSpecRulesItem, HTTPRouteSpecRulesItemDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, HTTPRouteSpecParentRefsItem, HTTPRouteSpecRulesItem
    from ..models.http_route_spec_parent_refs_item import HTTPRouteSpecParentRefsItem  # noqa: PLC0415
    from ..models.http_route_spec_rules_item import HTTPRouteSpecRulesItem  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "hostnames",
    "parent_refs",
    "rules",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "hostnames",
        "parentRefs",
        "rules",
    }
)


# `HTTPRouteSpec` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteSpec` is.
class HTTPRouteSpecDict(TypedDict, total=False):
    hostnames: list[str]
    parentRefs: list[HTTPRouteSpecParentRefsItemDict]
    rules: list[HTTPRouteSpecRulesItemDict]


@_attrs_define(init=False, repr=False)
class HTTPRouteSpec:
    """Spec defines the desired state of HTTPRoute.

    Attributes:
            hostnames (list[str] | None): Hostnames defines a set of hostnames that should match against the HTTP Host
                header to select a HTTPRoute used to process the request. Implementations
                MUST ignore any port value specified in the HTTP Host header while
                performing a match and (absent of any applicable header modification
                configuration) MUST forward this header unmodified to the backend.

                Valid values for Hostnames are determined by RFC 1123 definition of a
                hostname with 2 notable exceptions:

                1. IPs are not allowed.
                2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard
                   label must appear by itself as the first label.

                If a hostname is specified by both the Listener and HTTPRoute, there
                must be at least one intersecting hostname for the HTTPRoute to be
                attached to the Listener. For example:

                * A Listener with `test.example.com` as the hostname matches HTTPRoutes
                  that have either not specified any hostnames, or have specified at
                  least one of `test.example.com` or `*.example.com`.
                * A Listener with `*.example.com` as the hostname matches HTTPRoutes
                  that have either not specified any hostnames or have specified at least
                  one hostname that matches the Listener hostname. For example,
                  `*.example.com`, `test.example.com`, and `foo.test.example.com` would
                  all match. On the other hand, `example.com` and `test.example.net` would
                  not match.

                Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
                as a suffix match. That means that a match for `*.example.com` would match
                both `test.example.com`, and `foo.test.example.com`, but not `example.com`.

                If both the Listener and HTTPRoute have specified hostnames, any
                HTTPRoute hostnames that do not match the Listener hostname MUST be
                ignored. For example, if a Listener specified `*.example.com`, and the
                HTTPRoute specified `test.example.com` and `test.example.net`,
                `test.example.net` must not be considered for a match.

                If both the Listener and HTTPRoute have specified hostnames, and none
                match with the criteria above, then the HTTPRoute is not accepted. The
                implementation must raise an 'Accepted' Condition with a status of
                `False` in the corresponding RouteParentStatus.

                In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
                overlapping wildcard matching and exact matching hostnames), precedence must
                be given to rules from the HTTPRoute with the largest number of:

                * Characters in a matching non-wildcard hostname.
                * Characters in a matching hostname.

                If ties exist across multiple Routes, the matching precedence rules for
                HTTPRouteMatches takes over.

                Support: Core
            parent_refs (list[HTTPRouteSpecParentRefsItem] | None): ParentRefs references the resources (usually Gateways) that a Route wants
                to be attached to. Note that the referenced parent resource needs to
                allow this for the attachment to be complete. For Gateways, that means
                the Gateway needs to allow attachment from Routes of this kind and
                namespace. For Services, that means the Service must either be in the same
                namespace for a "producer" route, or the mesh implementation must support
                and allow "consumer" routes for the referenced Service. ReferenceGrant is
                not applicable for governing ParentRefs to Services - it is not possible to
                create a "producer" route for a Service in a different namespace from the
                Route.

                There are two kinds of parent resources with "Core" support:

                * Gateway (Gateway conformance profile)
                * Service (Mesh conformance profile, ClusterIP Services only)

                This API may be extended in the future to support additional kinds of parent
                resources.

                ParentRefs must be _distinct_. This means either that:

                * They select different objects.  If this is the case, then parentRef
                  entries are distinct. In terms of fields, this means that the
                  multi-part key defined by `group`, `kind`, `namespace`, and `name` must
                  be unique across all parentRef entries in the Route.
                * They do not select different objects, but for each optional field used,
                  each ParentRef that selects the same object must set the same set of
                  optional fields to different values. If one ParentRef sets a
                  combination of optional fields, all must set the same combination.

                Some examples:

                * If one ParentRef sets `sectionName`, all ParentRefs referencing the
                  same object must also set `sectionName`.
                * If one ParentRef sets `port`, all ParentRefs referencing the same
                  object must also set `port`.
                * If one ParentRef sets `sectionName` and `port`, all ParentRefs
                  referencing the same object must also set `sectionName` and `port`.

                It is possible to separately reference multiple distinct objects that may
                be collapsed by an implementation. For example, some implementations may
                choose to merge compatible Gateway Listeners together. If that is the
                case, the list of routes attached to those resources should also be
                merged.

                Note that for ParentRefs that cross namespace boundaries, there are specific
                rules. Cross-namespace references are only valid if they are explicitly
                allowed by something in the namespace they are referring to. For example,
                Gateway has the AllowedRoutes field, and ReferenceGrant provides a
                generic way to enable other kinds of cross-namespace reference.






            rules (list[HTTPRouteSpecRulesItem] | None): Rules are a list of HTTP matchers, filters and actions.

    """

    hostnames: list[str] | None = None
    parent_refs: list[HTTPRouteSpecParentRefsItem] | None = None
    rules: list[HTTPRouteSpecRulesItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        hostnames: list[str] | None | Unset = UNSET,
        parent_refs: Sequence[HTTPRouteSpecParentRefsItem | HTTPRouteSpecParentRefsItemDict] | None | Unset = UNSET,
        rules: Sequence[HTTPRouteSpecRulesItem | HTTPRouteSpecRulesItemDict] | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.hostnames = None if hostnames is None or isinstance(hostnames, Unset) else hostnames
        if hostnames is None:
            _nulls_given.append("hostnames")
        self.parent_refs = (
            None
            if parent_refs is None or isinstance(parent_refs, Unset)
            else [
                _item
                if isinstance(_item, HTTPRouteSpecParentRefsItem)
                else HTTPRouteSpecParentRefsItem.from_dict(_item)
                for _item in parent_refs
            ]
        )
        if parent_refs is None:
            _nulls_given.append("parent_refs")
        self.rules = (
            None
            if rules is None or isinstance(rules, Unset)
            else [
                _item if isinstance(_item, HTTPRouteSpecRulesItem) else HTTPRouteSpecRulesItem.from_dict(_item)
                for _item in rules
            ]
        )
        if rules is None:
            _nulls_given.append("rules")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.hostnames is not None:
            field_dict["hostnames"] = list(self.hostnames)
        elif "hostnames" in self._nulls:
            field_dict["hostnames"] = None
        if self.parent_refs is not None:
            field_dict["parentRefs"] = [_item.to_dict() for _item in self.parent_refs]
        elif "parent_refs" in self._nulls:
            field_dict["parentRefs"] = None
        if self.rules is not None:
            field_dict["rules"] = [_item.to_dict() for _item in self.rules]
        elif "rules" in self._nulls:
            field_dict["rules"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteSpec")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteSpec")

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
            _f = "hostnames"
            _v = _get(_f, None)
            if _v is None:
                _obj.hostnames = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i1, _x1 in enumerate(_l1):
                    if type(_x1) is not str and not isinstance(_x1, str):
                        raise _m.bad("a string", _x1).at_index(_i1)
                _obj.hostnames = _l1[:]

            _f = "parentRefs"
            _v = _get(_f, None)
            if _v is None:
                _obj.parent_refs = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2 = list(map(HTTPRouteSpecParentRefsItem._parse, _it2))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.parent_refs = _l2

            _f = "rules"
            _v = _get(_f, None)
            if _v is None:
                _obj.rules = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(HTTPRouteSpecRulesItem._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.rules = _l3

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
            _f = "hostnames"
            _v = src.get(_f)
            if _v is None:
                _obj.hostnames = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i1, _x1 in enumerate(_l1):
                    if type(_x1) is not str and not isinstance(_x1, str):
                        raise _m.bad("a string", _x1).at_index(_i1)
                _obj.hostnames = _l1

            _f = "parentRefs"
            _v = src.get(_f)
            if _v is None:
                _obj.parent_refs = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2[:] = map(HTTPRouteSpecParentRefsItem._from_json, _it2)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.parent_refs = _l2

            _f = "rules"
            _v = src.get(_f)
            if _v is None:
                _obj.rules = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(HTTPRouteSpecRulesItem._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.rules = _l3

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
