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
from ..models.http_route_spec_rules_item_matches_item_method import HTTPRouteSpecRulesItemMatchesItemMethod
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.http_route_spec_rules_item_matches_item_headers_item import (
        HTTPRouteSpecRulesItemMatchesItemHeadersItem,
        HTTPRouteSpecRulesItemMatchesItemHeadersItemDict,
    )
    from ..models.http_route_spec_rules_item_matches_item_path import (
        HTTPRouteSpecRulesItemMatchesItemPath,
        HTTPRouteSpecRulesItemMatchesItemPathDict,
    )
    from ..models.http_route_spec_rules_item_matches_item_query_params_item import (
        HTTPRouteSpecRulesItemMatchesItemQueryParamsItem,
        HTTPRouteSpecRulesItemMatchesItemQueryParamsItemDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        HTTPRouteSpecRulesItemMatchesItemHeadersItem, \
        HTTPRouteSpecRulesItemMatchesItemPath, \
        HTTPRouteSpecRulesItemMatchesItemQueryParamsItem
    from ..models.http_route_spec_rules_item_matches_item_headers_item import (
        HTTPRouteSpecRulesItemMatchesItemHeadersItem,  # noqa: PLC0415
    )
    from ..models.http_route_spec_rules_item_matches_item_path import HTTPRouteSpecRulesItemMatchesItemPath  # noqa: PLC0415
    from ..models.http_route_spec_rules_item_matches_item_query_params_item import (
        HTTPRouteSpecRulesItemMatchesItemQueryParamsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "headers",
    "method",
    "path",
    "query_params",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "headers",
        "method",
        "path",
        "queryParams",
    }
)


# `HTTPRouteSpecRulesItemMatchesItem` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteSpecRulesItemMatchesItem` is.
class HTTPRouteSpecRulesItemMatchesItemDict(TypedDict, total=False):
    headers: list[HTTPRouteSpecRulesItemMatchesItemHeadersItemDict]
    method: (
        HTTPRouteSpecRulesItemMatchesItemMethod
        | Literal["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]
    )
    path: HTTPRouteSpecRulesItemMatchesItemPathDict
    queryParams: list[HTTPRouteSpecRulesItemMatchesItemQueryParamsItemDict]


@_attrs_define(init=False, repr=False)
class HTTPRouteSpecRulesItemMatchesItem:
    """HTTPRouteMatch defines the predicate used to match requests to a given
        action. Multiple match types are ANDed together, i.e. the match will
        evaluate to true only if all conditions are satisfied.

        For example, the match below will match a HTTP request only if its path
        starts with `/foo` AND it contains the `version: v1` header:

        ```
        match:

            path:
                  value: "/foo"
            headers:
            - name: "version"
                  value "v1"

        ```

    Attributes:
            headers (list[HTTPRouteSpecRulesItemMatchesItemHeadersItem] | None): Headers specifies HTTP request header matchers. Multiple match values are
                ANDed together, meaning, a request must match all the specified headers
                to select the route.
            method (HTTPRouteSpecRulesItemMatchesItemMethod | None): Method specifies HTTP method matcher.
                When specified, this route will be matched only if the request has the
                specified method.

                Support: Extended
            path (HTTPRouteSpecRulesItemMatchesItemPath | None): Path specifies a HTTP request path matcher. If this field is not
                specified, a default prefix match on the "/" path is provided.
            query_params (list[HTTPRouteSpecRulesItemMatchesItemQueryParamsItem] | None): QueryParams specifies HTTP query parameter matchers. Multiple match
                values are ANDed together, meaning, a request must match all the
                specified query parameters to select the route.

                Support: Extended
    """

    headers: list[HTTPRouteSpecRulesItemMatchesItemHeadersItem] | None = None
    method: HTTPRouteSpecRulesItemMatchesItemMethod | None = None
    path: HTTPRouteSpecRulesItemMatchesItemPath | None = None
    query_params: list[HTTPRouteSpecRulesItemMatchesItemQueryParamsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        headers: Sequence[
            HTTPRouteSpecRulesItemMatchesItemHeadersItem | HTTPRouteSpecRulesItemMatchesItemHeadersItemDict
        ]
        | None
        | Unset = UNSET,
        method: HTTPRouteSpecRulesItemMatchesItemMethod
        | Literal["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]
        | None
        | Unset = UNSET,
        path: HTTPRouteSpecRulesItemMatchesItemPath | HTTPRouteSpecRulesItemMatchesItemPathDict | None | Unset = UNSET,
        query_params: Sequence[
            HTTPRouteSpecRulesItemMatchesItemQueryParamsItem | HTTPRouteSpecRulesItemMatchesItemQueryParamsItemDict
        ]
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.headers = (
            None
            if headers is None or isinstance(headers, Unset)
            else [
                _item
                if isinstance(_item, HTTPRouteSpecRulesItemMatchesItemHeadersItem)
                else HTTPRouteSpecRulesItemMatchesItemHeadersItem.from_dict(_item)
                for _item in headers
            ]
        )
        if headers is None:
            _nulls_given.append("headers")
        self.method = (
            None if method is None or isinstance(method, Unset) else HTTPRouteSpecRulesItemMatchesItemMethod(method)
        )
        if method is None:
            _nulls_given.append("method")
        self.path = (
            None
            if path is None or isinstance(path, Unset)
            else path
            if isinstance(path, HTTPRouteSpecRulesItemMatchesItemPath)
            else HTTPRouteSpecRulesItemMatchesItemPath.from_dict(path)
        )
        if path is None:
            _nulls_given.append("path")
        self.query_params = (
            None
            if query_params is None or isinstance(query_params, Unset)
            else [
                _item
                if isinstance(_item, HTTPRouteSpecRulesItemMatchesItemQueryParamsItem)
                else HTTPRouteSpecRulesItemMatchesItemQueryParamsItem.from_dict(_item)
                for _item in query_params
            ]
        )
        if query_params is None:
            _nulls_given.append("query_params")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.headers is not None:
            field_dict["headers"] = [_item.to_dict() for _item in self.headers]
        elif "headers" in self._nulls:
            field_dict["headers"] = None
        if self.method is not None:
            field_dict["method"] = self.method.value
        elif "method" in self._nulls:
            field_dict["method"] = None
        if self.path is not None:
            field_dict["path"] = self.path.to_dict()
        elif "path" in self._nulls:
            field_dict["path"] = None
        if self.query_params is not None:
            field_dict["queryParams"] = [_item.to_dict() for _item in self.query_params]
        elif "query_params" in self._nulls:
            field_dict["queryParams"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteSpecRulesItemMatchesItem")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteSpecRulesItemMatchesItem")

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
            _f = "headers"
            _v = _get(_f, None)
            if _v is None:
                _obj.headers = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(HTTPRouteSpecRulesItemMatchesItemHeadersItem._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.headers = _l1

            _f = "method"
            _v = _get(_f, None)
            if _v is None:
                _obj.method = None
            else:
                _obj.method = _m.parse_enum(HTTPRouteSpecRulesItemMatchesItemMethod, _v)

            _f = "path"
            _v = _get(_f, None)
            if _v is None:
                _obj.path = None
            else:
                _obj.path = HTTPRouteSpecRulesItemMatchesItemPath._parse(_v)

            _f = "queryParams"
            _v = _get(_f, None)
            if _v is None:
                _obj.query_params = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4 = list(map(HTTPRouteSpecRulesItemMatchesItemQueryParamsItem._parse, _it4))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.query_params = _l4

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
            _f = "headers"
            _v = src.get(_f)
            if _v is None:
                _obj.headers = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(HTTPRouteSpecRulesItemMatchesItemHeadersItem._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.headers = _l1

            _f = "method"
            _v = src.get(_f)
            if _v is None:
                _obj.method = None
            else:
                _n += 1
                _obj.method = _m.parse_enum(HTTPRouteSpecRulesItemMatchesItemMethod, _v)

            _f = "path"
            _v = src.get(_f)
            if _v is None:
                _obj.path = None
            else:
                _n += 1
                _obj.path = HTTPRouteSpecRulesItemMatchesItemPath._from_json(_v)

            _f = "queryParams"
            _v = src.get(_f)
            if _v is None:
                _obj.query_params = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it4 = iter(_l4)
                try:
                    _l4[:] = map(HTTPRouteSpecRulesItemMatchesItemQueryParamsItem._from_json, _it4)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l4, _it4)) from None
                _obj.query_params = _l4

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
