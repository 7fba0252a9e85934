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
    from ..models.http_route_spec_rules_item_backend_refs_item import (
        HTTPRouteSpecRulesItemBackendRefsItem,
        HTTPRouteSpecRulesItemBackendRefsItemDict,
    )
    from ..models.http_route_spec_rules_item_filters_item import (
        HTTPRouteSpecRulesItemFiltersItem,
        HTTPRouteSpecRulesItemFiltersItemDict,
    )
    from ..models.http_route_spec_rules_item_matches_item import (
        HTTPRouteSpecRulesItemMatchesItem,
        HTTPRouteSpecRulesItemMatchesItemDict,
    )
    from ..models.http_route_spec_rules_item_timeouts import (
        HTTPRouteSpecRulesItemTimeouts,
        HTTPRouteSpecRulesItemTimeoutsDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        HTTPRouteSpecRulesItemBackendRefsItem, \
        HTTPRouteSpecRulesItemFiltersItem, \
        HTTPRouteSpecRulesItemMatchesItem, \
        HTTPRouteSpecRulesItemTimeouts
    from ..models.http_route_spec_rules_item_backend_refs_item import HTTPRouteSpecRulesItemBackendRefsItem  # noqa: PLC0415
    from ..models.http_route_spec_rules_item_filters_item import HTTPRouteSpecRulesItemFiltersItem  # noqa: PLC0415
    from ..models.http_route_spec_rules_item_matches_item import HTTPRouteSpecRulesItemMatchesItem  # noqa: PLC0415
    from ..models.http_route_spec_rules_item_timeouts import HTTPRouteSpecRulesItemTimeouts  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "backend_refs",
    "filters",
    "matches",
    "timeouts",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "backendRefs",
        "filters",
        "matches",
        "timeouts",
    }
)


# `HTTPRouteSpecRulesItem` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteSpecRulesItem` is.
class HTTPRouteSpecRulesItemDict(TypedDict, total=False):
    backendRefs: list[HTTPRouteSpecRulesItemBackendRefsItemDict]
    filters: list[HTTPRouteSpecRulesItemFiltersItemDict]
    matches: list[HTTPRouteSpecRulesItemMatchesItemDict]
    timeouts: HTTPRouteSpecRulesItemTimeoutsDict


@_attrs_define(init=False, repr=False)
class HTTPRouteSpecRulesItem:
    """HTTPRouteRule defines semantics for matching an HTTP request based on
        conditions (matches), processing it (filters), and forwarding the request to
        an API object (backendRefs).

    Attributes:
            backend_refs (list[HTTPRouteSpecRulesItemBackendRefsItem] | None): BackendRefs defines the backend(s) where matching requests should be
                sent.

                Failure behavior here depends on how many BackendRefs are specified and
                how many are invalid.

                If *all* entries in BackendRefs are invalid, and there are also no filters
                specified in this route rule, *all* traffic which matches this rule MUST
                receive a 500 status code.

                See the HTTPBackendRef definition for the rules about what makes a single
                HTTPBackendRef invalid.

                When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
                requests that would have otherwise been routed to an invalid backend. If
                multiple backends are specified, and some are invalid, the proportion of
                requests that would otherwise have been routed to an invalid backend
                MUST receive a 500 status code.

                For example, if two backends are specified with equal weights, and one is
                invalid, 50 percent of traffic must receive a 500. Implementations may
                choose how that 50 percent is determined.

                When a HTTPBackendRef refers to a Service that has no ready endpoints,
                implementations SHOULD return a 503 for requests to that backend instead.
                If an implementation chooses to do this, all of the above rules for 500 responses
                MUST also apply for responses that return a 503.

                Support: Core for Kubernetes Service

                Support: Extended for Kubernetes ServiceImport

                Support: Implementation-specific for any other resource

                Support for weight: Core
            filters (list[HTTPRouteSpecRulesItemFiltersItem] | None): Filters define the filters that are applied to requests that match
                this rule.

                Wherever possible, implementations SHOULD implement filters in the order
                they are specified.

                Implementations MAY choose to implement this ordering strictly, rejecting
                any combination or order of filters that can not be supported. If implementations
                choose a strict interpretation of filter ordering, they MUST clearly document
                that behavior.

                To reject an invalid combination or order of filters, implementations SHOULD
                consider the Route Rules with this configuration invalid. If all Route Rules
                in a Route are invalid, the entire Route would be considered invalid. If only
                a portion of Route Rules are invalid, implementations MUST set the
                "PartiallyInvalid" condition for the Route.

                Conformance-levels at this level are defined based on the type of filter:

                - ALL core filters MUST be supported by all implementations.
                - Implementers are encouraged to support extended filters.
                - Implementation-specific custom filters have no API guarantees across
                  implementations.

                Specifying the same filter multiple times is not supported unless explicitly
                indicated in the filter.

                All filters are expected to be compatible with each other except for the
                URLRewrite and RequestRedirect filters, which may not be combined. If an
                implementation can not support other combinations of filters, they must clearly
                document that limitation. In cases where incompatible or unsupported
                filters are specified and cause the `Accepted` condition to be set to status
                `False`, implementations may use the `IncompatibleFilters` reason to specify
                this configuration error.

                Support: Core
            matches (list[HTTPRouteSpecRulesItemMatchesItem] | None): Matches define conditions used for matching the rule against incoming
                HTTP requests. Each match is independent, i.e. this rule will be matched
                if **any** one of the matches is satisfied.

                For example, take the following matches configuration:

                ```
                matches:
                - path:
                    value: "/foo"
                  headers:
                  - name: "version"
                    value: "v2"
                - path:
                    value: "/v2/foo"
                ```

                For a request to match against this rule, a request must satisfy
                EITHER of the two conditions:

                - path prefixed with `/foo` AND contains the header `version: v2`
                - path prefix of `/v2/foo`

                See the documentation for HTTPRouteMatch on how to specify multiple
                match conditions that should be ANDed together.

                If no matches are specified, the default is a prefix
                path match on "/", which has the effect of matching every
                HTTP request.

                Proxy or Load Balancer routing configuration generated from HTTPRoutes
                MUST prioritize matches based on the following criteria, continuing on
                ties. Across all rules specified on applicable Routes, precedence must be
                given to the match having:

                * "Exact" path match.
                * "Prefix" path match with largest number of characters.
                * Method match.
                * Largest number of header matches.
                * Largest number of query param matches.

                Note: The precedence of RegularExpression path matches are implementation-specific.

                If ties still exist across multiple Routes, matching precedence MUST be
                determined in order of the following criteria, continuing on ties:

                * The oldest Route based on creation timestamp.
                * The Route appearing first in alphabetical order by
                  "{namespace}/{name}".

                If ties still exist within an HTTPRoute, matching precedence MUST be granted
                to the FIRST matching rule (in list order) with a match meeting the above
                criteria.

                When no rules matching a request have been successfully attached to the
                parent a request is coming from, a HTTP 404 status code MUST be returned.
            timeouts (HTTPRouteSpecRulesItemTimeouts | None): Timeouts defines the timeouts that can be configured for an HTTP request.

                Support: Extended
    """

    backend_refs: list[HTTPRouteSpecRulesItemBackendRefsItem] | None = None
    filters: list[HTTPRouteSpecRulesItemFiltersItem] | None = None
    matches: list[HTTPRouteSpecRulesItemMatchesItem] | None = None
    timeouts: HTTPRouteSpecRulesItemTimeouts | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        backend_refs: Sequence[HTTPRouteSpecRulesItemBackendRefsItem | HTTPRouteSpecRulesItemBackendRefsItemDict]
        | None
        | Unset = UNSET,
        filters: Sequence[HTTPRouteSpecRulesItemFiltersItem | HTTPRouteSpecRulesItemFiltersItemDict]
        | None
        | Unset = UNSET,
        matches: Sequence[HTTPRouteSpecRulesItemMatchesItem | HTTPRouteSpecRulesItemMatchesItemDict]
        | None
        | Unset = UNSET,
        timeouts: HTTPRouteSpecRulesItemTimeouts | HTTPRouteSpecRulesItemTimeoutsDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.backend_refs = (
            None
            if backend_refs is None or isinstance(backend_refs, Unset)
            else [
                _item
                if isinstance(_item, HTTPRouteSpecRulesItemBackendRefsItem)
                else HTTPRouteSpecRulesItemBackendRefsItem.from_dict(_item)
                for _item in backend_refs
            ]
        )
        if backend_refs is None:
            _nulls_given.append("backend_refs")
        self.filters = (
            None
            if filters is None or isinstance(filters, Unset)
            else [
                _item
                if isinstance(_item, HTTPRouteSpecRulesItemFiltersItem)
                else HTTPRouteSpecRulesItemFiltersItem.from_dict(_item)
                for _item in filters
            ]
        )
        if filters is None:
            _nulls_given.append("filters")
        self.matches = (
            None
            if matches is None or isinstance(matches, Unset)
            else [
                _item
                if isinstance(_item, HTTPRouteSpecRulesItemMatchesItem)
                else HTTPRouteSpecRulesItemMatchesItem.from_dict(_item)
                for _item in matches
            ]
        )
        if matches is None:
            _nulls_given.append("matches")
        self.timeouts = (
            None
            if timeouts is None or isinstance(timeouts, Unset)
            else timeouts
            if isinstance(timeouts, HTTPRouteSpecRulesItemTimeouts)
            else HTTPRouteSpecRulesItemTimeouts.from_dict(timeouts)
        )
        if timeouts is None:
            _nulls_given.append("timeouts")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.backend_refs is not None:
            field_dict["backendRefs"] = [_item.to_dict() for _item in self.backend_refs]
        elif "backend_refs" in self._nulls:
            field_dict["backendRefs"] = None
        if self.filters is not None:
            field_dict["filters"] = [_item.to_dict() for _item in self.filters]
        elif "filters" in self._nulls:
            field_dict["filters"] = None
        if self.matches is not None:
            field_dict["matches"] = [_item.to_dict() for _item in self.matches]
        elif "matches" in self._nulls:
            field_dict["matches"] = None
        if self.timeouts is not None:
            field_dict["timeouts"] = self.timeouts.to_dict()
        elif "timeouts" in self._nulls:
            field_dict["timeouts"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteSpecRulesItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteSpecRulesItem")

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
            _f = "backendRefs"
            _v = _get(_f, None)
            if _v is None:
                _obj.backend_refs = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(HTTPRouteSpecRulesItemBackendRefsItem._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.backend_refs = _l1

            _f = "filters"
            _v = _get(_f, None)
            if _v is None:
                _obj.filters = None
            else:
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2 = list(map(HTTPRouteSpecRulesItemFiltersItem._parse, _it2))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.filters = _l2

            _f = "matches"
            _v = _get(_f, None)
            if _v is None:
                _obj.matches = None
            else:
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3 = list(map(HTTPRouteSpecRulesItemMatchesItem._parse, _it3))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.matches = _l3

            _f = "timeouts"
            _v = _get(_f, None)
            if _v is None:
                _obj.timeouts = None
            else:
                _obj.timeouts = HTTPRouteSpecRulesItemTimeouts._parse(_v)

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
            _f = "backendRefs"
            _v = src.get(_f)
            if _v is None:
                _obj.backend_refs = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(HTTPRouteSpecRulesItemBackendRefsItem._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.backend_refs = _l1

            _f = "filters"
            _v = src.get(_f)
            if _v is None:
                _obj.filters = None
            else:
                _n += 1
                _l2: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it2 = iter(_l2)
                try:
                    _l2[:] = map(HTTPRouteSpecRulesItemFiltersItem._from_json, _it2)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l2, _it2)) from None
                _obj.filters = _l2

            _f = "matches"
            _v = src.get(_f)
            if _v is None:
                _obj.matches = None
            else:
                _n += 1
                _l3: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it3 = iter(_l3)
                try:
                    _l3[:] = map(HTTPRouteSpecRulesItemMatchesItem._from_json, _it3)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l3, _it3)) from None
                _obj.matches = _l3

            _f = "timeouts"
            _v = src.get(_f)
            if _v is None:
                _obj.timeouts = None
            else:
                _n += 1
                _obj.timeouts = HTTPRouteSpecRulesItemTimeouts._from_json(_v)

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
