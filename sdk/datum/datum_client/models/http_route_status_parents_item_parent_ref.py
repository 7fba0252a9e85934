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
    "name",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "group",
    "kind",
    "namespace",
    "port",
    "section_name",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "group",
        "kind",
        "namespace",
        "port",
        "sectionName",
    }
)


# `HTTPRouteStatusParentsItemParentRef` as a plain mapping of its JSON shape, accepted wherever a `HTTPRouteStatusParentsItemParentRef` is.
class HTTPRouteStatusParentsItemParentRefDict(TypedDict, total=False):
    name: Required[str]
    group: str
    kind: str
    namespace: str
    port: int
    sectionName: str


@_attrs_define(init=False, repr=False)
class HTTPRouteStatusParentsItemParentRef:
    """ParentRef corresponds with a ParentRef in the spec that this
        RouteParentStatus struct describes the status of.

    Attributes:
            name (str): Name is the name of the referent.

                Support: Core
            group (str | None): Group is the group of the referent.
                When unspecified, "gateway.networking.k8s.io" is inferred.
                To set the core API group (such as for a "Service" kind referent),
                Group must be explicitly set to "" (empty string).

                Support: Core
            kind (str | None): Kind is kind of the referent.

                There are two kinds of parent resources with "Core" support:

                * Gateway (Gateway conformance profile)
                * Service (Mesh conformance profile, ClusterIP Services only)

                Support for other resources is Implementation-Specific.
            namespace (str | None): Namespace is the namespace of the referent. When unspecified, this refers
                to the local namespace of the Route.

                Note that there are specific rules for ParentRefs which cross namespace
                boundaries. Cross-namespace references are only valid if they are explicitly
                allowed by something in the namespace they are referring to. For example:
                Gateway has the AllowedRoutes field, and ReferenceGrant provides a
                generic way to enable any other kind of cross-namespace reference.



                Support: Core
            port (int | None): Port is the network port this Route targets. It can be interpreted
                differently based on the type of parent resource.

                When the parent resource is a Gateway, this targets all listeners
                listening on the specified port that also support this kind of Route(and
                select this Route). It's not recommended to set `Port` unless the
                networking behaviors specified in a Route must apply to a specific port
                as opposed to a listener(s) whose port(s) may be changed. When both Port
                and SectionName are specified, the name and port of the selected listener
                must match both specified values.



                Implementations MAY choose to support other parent resources.
                Implementations supporting other types of parent resources MUST clearly
                document how/if Port is interpreted.

                For the purpose of status, an attachment is considered successful as
                long as the parent resource accepts it partially. For example, Gateway
                listeners can restrict which Routes can attach to them by Route kind,
                namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
                from the referencing Route, the Route MUST be considered successfully
                attached. If no Gateway listeners accept attachment from this Route,
                the Route MUST be considered detached from the Gateway.

                Support: Extended
            section_name (str | None): SectionName is the name of a section within the target resource. In the
                following resources, SectionName is interpreted as the following:

                * Gateway: Listener name. When both Port (experimental) and SectionName
                are specified, the name and port of the selected listener must match
                both specified values.
                * Service: Port name. When both Port (experimental) and SectionName
                are specified, the name and port of the selected listener must match
                both specified values.

                Implementations MAY choose to support attaching Routes to other resources.
                If that is the case, they MUST clearly document how SectionName is
                interpreted.

                When unspecified (empty string), this will reference the entire resource.
                For the purpose of status, an attachment is considered successful if at
                least one section in the parent resource accepts it. For example, Gateway
                listeners can restrict which Routes can attach to them by Route kind,
                namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
                the referencing Route, the Route MUST be considered successfully
                attached. If no Gateway listeners accept attachment from this Route, the
                Route MUST be considered detached from the Gateway.

                Support: Core
    """

    name: str
    group: str | None = None
    kind: str | None = None
    namespace: str | None = None
    port: int | None = None
    section_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        name: str,
        group: str | None | Unset = UNSET,
        kind: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        port: int | None | Unset = UNSET,
        section_name: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.name = name
        self.group = None if group is None or isinstance(group, Unset) else group
        if group is None:
            _nulls_given.append("group")
        self.kind = None if kind is None or isinstance(kind, Unset) else kind
        if kind is None:
            _nulls_given.append("kind")
        self.namespace = None if namespace is None or isinstance(namespace, Unset) else namespace
        if namespace is None:
            _nulls_given.append("namespace")
        self.port = None if port is None or isinstance(port, Unset) else port
        if port is None:
            _nulls_given.append("port")
        self.section_name = None if section_name is None or isinstance(section_name, Unset) else section_name
        if section_name is None:
            _nulls_given.append("section_name")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        if self.group is not None:
            field_dict["group"] = self.group
        elif "group" in self._nulls:
            field_dict["group"] = None
        if self.kind is not None:
            field_dict["kind"] = self.kind
        elif "kind" in self._nulls:
            field_dict["kind"] = None
        if self.namespace is not None:
            field_dict["namespace"] = self.namespace
        elif "namespace" in self._nulls:
            field_dict["namespace"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        elif "port" in self._nulls:
            field_dict["port"] = None
        if self.section_name is not None:
            field_dict["sectionName"] = self.section_name
        elif "section_name" in self._nulls:
            field_dict["sectionName"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "HTTPRouteStatusParentsItemParentRef")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "HTTPRouteStatusParentsItemParentRef")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "group"
            _v = _get(_f, None)
            if _v is None:
                _obj.group = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.group = _v

            _f = "kind"
            _v = _get(_f, None)
            if _v is None:
                _obj.kind = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kind = _v

            _f = "namespace"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespace = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace = _v

            _f = "port"
            _v = _get(_f, None)
            if _v is None:
                _obj.port = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.port = _v

            _f = "sectionName"
            _v = _get(_f, None)
            if _v is None:
                _obj.section_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.section_name = _v

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
        _n = 1
        _f = ""
        try:
            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "group"
            _v = src.get(_f)
            if _v is None:
                _obj.group = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.group = _v

            _f = "kind"
            _v = src.get(_f)
            if _v is None:
                _obj.kind = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kind = _v

            _f = "namespace"
            _v = src.get(_f)
            if _v is None:
                _obj.namespace = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace = _v

            _f = "port"
            _v = src.get(_f)
            if _v is None:
                _obj.port = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.port = _v

            _f = "sectionName"
            _v = src.get(_f)
            if _v is None:
                _obj.section_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.section_name = _v

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
