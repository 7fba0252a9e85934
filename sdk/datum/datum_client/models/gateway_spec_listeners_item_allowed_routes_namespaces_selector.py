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
    from ..models.gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_expressions_item import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem,
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItemDict,
    )
    from ..models.gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_labels import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels,
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabelsDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem, \
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels
    from ..models.gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_expressions_item import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem,  # noqa: PLC0415
    )
    from ..models.gateway_spec_listeners_item_allowed_routes_namespaces_selector_match_labels import (
        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels,  # noqa: PLC0415
    )

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "match_expressions",
    "match_labels",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "matchExpressions",
        "matchLabels",
    }
)


# `GatewaySpecListenersItemAllowedRoutesNamespacesSelector` as a plain mapping of its JSON shape, accepted wherever a `GatewaySpecListenersItemAllowedRoutesNamespacesSelector` is.
class GatewaySpecListenersItemAllowedRoutesNamespacesSelectorDict(TypedDict, total=False):
    matchExpressions: list[GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItemDict]
    matchLabels: GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabelsDict


@_attrs_define(init=False, repr=False)
class GatewaySpecListenersItemAllowedRoutesNamespacesSelector:
    """Selector must be specified when From is set to "Selector". In that case,
        only Routes in Namespaces matching this Selector will be selected by this
        Gateway. This field is ignored for other values of "From".

        Support: Core

    Attributes:
            match_expressions (list[GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem] | None): matchExpressions is a list of label selector requirements. The requirements are ANDed.
            match_labels (GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels | None): matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                map is equivalent to an element of matchExpressions, whose key field is "key", the
                operator is "In", and the values array contains only "value". The requirements are ANDed.
    """

    match_expressions: list[GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem] | None = None
    match_labels: GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        match_expressions: Sequence[
            GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem
            | GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItemDict
        ]
        | None
        | Unset = UNSET,
        match_labels: GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels
        | GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabelsDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.match_expressions = (
            None
            if match_expressions is None or isinstance(match_expressions, Unset)
            else [
                _item
                if isinstance(_item, GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem)
                else GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem.from_dict(_item)
                for _item in match_expressions
            ]
        )
        if match_expressions is None:
            _nulls_given.append("match_expressions")
        self.match_labels = (
            None
            if match_labels is None or isinstance(match_labels, Unset)
            else match_labels
            if isinstance(match_labels, GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels)
            else GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels.from_dict(match_labels)
        )
        if match_labels is None:
            _nulls_given.append("match_labels")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.match_expressions is not None:
            field_dict["matchExpressions"] = [_item.to_dict() for _item in self.match_expressions]
        elif "match_expressions" in self._nulls:
            field_dict["matchExpressions"] = None
        if self.match_labels is not None:
            field_dict["matchLabels"] = self.match_labels.to_dict()
        elif "match_labels" in self._nulls:
            field_dict["matchLabels"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewaySpecListenersItemAllowedRoutesNamespacesSelector")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewaySpecListenersItemAllowedRoutesNamespacesSelector")

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
            _f = "matchExpressions"
            _v = _get(_f, None)
            if _v is None:
                _obj.match_expressions = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(
                        map(GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem._parse, _it1)
                    )
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.match_expressions = _l1

            _f = "matchLabels"
            _v = _get(_f, None)
            if _v is None:
                _obj.match_labels = None
            else:
                _obj.match_labels = GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels._parse(_v)

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
            _f = "matchExpressions"
            _v = src.get(_f)
            if _v is None:
                _obj.match_expressions = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(
                        GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchExpressionsItem._from_json, _it1
                    )
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.match_expressions = _l1

            _f = "matchLabels"
            _v = src.get(_f)
            if _v is None:
                _obj.match_labels = None
            else:
                _n += 1
                _obj.match_labels = GatewaySpecListenersItemAllowedRoutesNamespacesSelectorMatchLabels._from_json(_v)

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
