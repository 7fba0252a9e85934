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
from ..models.gateway_spec_listeners_item_tls_mode import GatewaySpecListenersItemTlsMode
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.gateway_spec_listeners_item_tls_certificate_refs_item import (
        GatewaySpecListenersItemTlsCertificateRefsItem,
        GatewaySpecListenersItemTlsCertificateRefsItemDict,
    )
    from ..models.gateway_spec_listeners_item_tls_options import (
        GatewaySpecListenersItemTlsOptions,
        GatewaySpecListenersItemTlsOptionsDict,
    )

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GatewaySpecListenersItemTlsCertificateRefsItem, GatewaySpecListenersItemTlsOptions
    from ..models.gateway_spec_listeners_item_tls_certificate_refs_item import (
        GatewaySpecListenersItemTlsCertificateRefsItem,  # noqa: PLC0415
    )
    from ..models.gateway_spec_listeners_item_tls_options import GatewaySpecListenersItemTlsOptions  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "certificate_refs",
    "mode",
    "options",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "certificateRefs",
        "mode",
        "options",
    }
)


# `GatewaySpecListenersItemTls` as a plain mapping of its JSON shape, accepted wherever a `GatewaySpecListenersItemTls` is.
class GatewaySpecListenersItemTlsDict(TypedDict, total=False):
    certificateRefs: list[GatewaySpecListenersItemTlsCertificateRefsItemDict]
    mode: GatewaySpecListenersItemTlsMode | Literal["Terminate", "Passthrough"]
    options: GatewaySpecListenersItemTlsOptionsDict


@_attrs_define(init=False, repr=False)
class GatewaySpecListenersItemTls:
    """TLS is the TLS configuration for the Listener. This field is required if
        the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
        if the Protocol field is "HTTP", "TCP", or "UDP".

        The association of SNIs to Certificate defined in GatewayTLSConfig is
        defined based on the Hostname field for this listener.

        The GatewayClass MUST use the longest matching SNI out of all
        available certificates for any TLS handshake.

        Support: Core

    Attributes:
            certificate_refs (list[GatewaySpecListenersItemTlsCertificateRefsItem] | None): CertificateRefs contains a series of references to Kubernetes objects that
                contains TLS certificates and private keys. These certificates are used to
                establish a TLS handshake for requests that match the hostname of the
                associated listener.

                A single CertificateRef to a Kubernetes Secret has "Core" support.
                Implementations MAY choose to support attaching multiple certificates to
                a Listener, but this behavior is implementation-specific.

                References to a resource in different namespace are invalid UNLESS there
                is a ReferenceGrant in the target namespace that allows the certificate
                to be attached. If a ReferenceGrant does not allow this reference, the
                "ResolvedRefs" condition MUST be set to False for this listener with the
                "RefNotPermitted" reason.

                This field is required to have at least one element when the mode is set
                to "Terminate" (default) and is optional otherwise.

                CertificateRefs can reference to standard Kubernetes resources, i.e.
                Secret, or implementation-specific custom resources.

                Support: Core - A single reference to a Kubernetes Secret of type kubernetes.io/tls

                Support: Implementation-specific (More than one reference or other resource types)
            mode (GatewaySpecListenersItemTlsMode | None): Mode defines the TLS behavior for the TLS session initiated by the client.
                There are two possible modes:

                - Terminate: The TLS session between the downstream client and the
                  Gateway is terminated at the Gateway. This mode requires certificates
                  to be specified in some way, such as populating the certificateRefs
                  field.
                - Passthrough: The TLS session is NOT terminated by the Gateway. This
                  implies that the Gateway can't decipher the TLS stream except for
                  the ClientHello message of the TLS protocol. The certificateRefs field
                  is ignored in this mode.

                Support: Core
            options (GatewaySpecListenersItemTlsOptions | None): Options are a list of key/value pairs to enable extended TLS
                configuration for each implementation. For example, configuring the
                minimum TLS version or supported cipher suites.

                A set of common keys MAY be defined by the API in the future. To avoid
                any ambiguity, implementation-specific definitions MUST use
                domain-prefixed names, such as `example.com/my-custom-option`.
                Un-prefixed names are reserved for key names defined by Gateway API.

                Support: Implementation-specific
    """

    certificate_refs: list[GatewaySpecListenersItemTlsCertificateRefsItem] | None = None
    mode: GatewaySpecListenersItemTlsMode | None = None
    options: GatewaySpecListenersItemTlsOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        certificate_refs: Sequence[
            GatewaySpecListenersItemTlsCertificateRefsItem | GatewaySpecListenersItemTlsCertificateRefsItemDict
        ]
        | None
        | Unset = UNSET,
        mode: GatewaySpecListenersItemTlsMode | Literal["Terminate", "Passthrough"] | None | Unset = UNSET,
        options: GatewaySpecListenersItemTlsOptions | GatewaySpecListenersItemTlsOptionsDict | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.certificate_refs = (
            None
            if certificate_refs is None or isinstance(certificate_refs, Unset)
            else [
                _item
                if isinstance(_item, GatewaySpecListenersItemTlsCertificateRefsItem)
                else GatewaySpecListenersItemTlsCertificateRefsItem.from_dict(_item)
                for _item in certificate_refs
            ]
        )
        if certificate_refs is None:
            _nulls_given.append("certificate_refs")
        self.mode = None if mode is None or isinstance(mode, Unset) else GatewaySpecListenersItemTlsMode(mode)
        if mode is None:
            _nulls_given.append("mode")
        self.options = (
            None
            if options is None or isinstance(options, Unset)
            else options
            if isinstance(options, GatewaySpecListenersItemTlsOptions)
            else GatewaySpecListenersItemTlsOptions.from_dict(options)
        )
        if options is None:
            _nulls_given.append("options")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.certificate_refs is not None:
            field_dict["certificateRefs"] = [_item.to_dict() for _item in self.certificate_refs]
        elif "certificate_refs" in self._nulls:
            field_dict["certificateRefs"] = None
        if self.mode is not None:
            field_dict["mode"] = self.mode.value
        elif "mode" in self._nulls:
            field_dict["mode"] = None
        if self.options is not None:
            field_dict["options"] = self.options.to_dict()
        elif "options" in self._nulls:
            field_dict["options"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "GatewaySpecListenersItemTls")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "GatewaySpecListenersItemTls")

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
            _f = "certificateRefs"
            _v = _get(_f, None)
            if _v is None:
                _obj.certificate_refs = None
            else:
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1 = list(map(GatewaySpecListenersItemTlsCertificateRefsItem._parse, _it1))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.certificate_refs = _l1

            _f = "mode"
            _v = _get(_f, None)
            if _v is None:
                _obj.mode = None
            else:
                _obj.mode = _m.parse_enum(GatewaySpecListenersItemTlsMode, _v)

            _f = "options"
            _v = _get(_f, None)
            if _v is None:
                _obj.options = None
            else:
                _obj.options = GatewaySpecListenersItemTlsOptions._parse(_v)

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
            _f = "certificateRefs"
            _v = src.get(_f)
            if _v is None:
                _obj.certificate_refs = None
            else:
                _n += 1
                _l1: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it1 = iter(_l1)
                try:
                    _l1[:] = map(GatewaySpecListenersItemTlsCertificateRefsItem._from_json, _it1)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l1, _it1)) from None
                _obj.certificate_refs = _l1

            _f = "mode"
            _v = src.get(_f)
            if _v is None:
                _obj.mode = None
            else:
                _n += 1
                _obj.mode = _m.parse_enum(GatewaySpecListenersItemTlsMode, _v)

            _f = "options"
            _v = src.get(_f)
            if _v is None:
                _obj.options = None
            else:
                _n += 1
                _obj.options = GatewaySpecListenersItemTlsOptions._from_json(_v)

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
