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
    from ..models.custom_image_commands_and_args import CustomImageCommandsAndArgs, CustomImageCommandsAndArgsDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, CustomImageCommandsAndArgs
    from ..models.custom_image_commands_and_args import CustomImageCommandsAndArgs  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "image_name",
    "service_environment_id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "custom_image_commands_and_args",
    "image_registry_id",
    "image_signature_public_key_pem",
    "image_tag",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "imageName",
        "serviceEnvironmentId",
        "customImageCommandsAndArgs",
        "imageRegistryId",
        "imageSignaturePublicKeyPEM",
        "imageTag",
    }
)


# `CreateImageConfigRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateImageConfigRequest` is.
class CreateImageConfigRequestDict(TypedDict, total=False):
    description: Required[str]
    imageName: Required[str]
    serviceEnvironmentId: Required[str]
    customImageCommandsAndArgs: CustomImageCommandsAndArgsDict
    imageRegistryId: str
    imageSignaturePublicKeyPEM: str
    imageTag: str


@_attrs_define(init=False, repr=False)
class CreateImageConfigRequest:
    """Request body of CreateImageConfig

    Attributes:
            description (str): A brief description of the image configuration
            image_name (str): Name of the container image
            service_environment_id (str): The service environment ID
            custom_image_commands_and_args (CustomImageCommandsAndArgs | None): Commands and arguments to run in the container
            image_registry_id (str | None): The image registry ID to use for the infra
            image_signature_public_key_pem (str | None): PEM-encoded Public key part of the key used to sign the container image
            image_tag (str | None): Tag representing the specific software image version
    """

    description: str
    image_name: str
    service_environment_id: str
    custom_image_commands_and_args: CustomImageCommandsAndArgs | None = None
    image_registry_id: str | None = None
    image_signature_public_key_pem: str | None = None
    image_tag: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        image_name: str,
        service_environment_id: str,
        custom_image_commands_and_args: CustomImageCommandsAndArgs
        | CustomImageCommandsAndArgsDict
        | None
        | Unset = UNSET,
        image_registry_id: str | None | Unset = UNSET,
        image_signature_public_key_pem: str | None | Unset = UNSET,
        image_tag: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.image_name = image_name
        self.service_environment_id = service_environment_id
        self.custom_image_commands_and_args = (
            None
            if custom_image_commands_and_args is None or isinstance(custom_image_commands_and_args, Unset)
            else custom_image_commands_and_args
            if isinstance(custom_image_commands_and_args, CustomImageCommandsAndArgs)
            else CustomImageCommandsAndArgs.from_dict(custom_image_commands_and_args)
        )
        if custom_image_commands_and_args is None:
            _nulls_given.append("custom_image_commands_and_args")
        self.image_registry_id = (
            None if image_registry_id is None or isinstance(image_registry_id, Unset) else image_registry_id
        )
        if image_registry_id is None:
            _nulls_given.append("image_registry_id")
        self.image_signature_public_key_pem = (
            None
            if image_signature_public_key_pem is None or isinstance(image_signature_public_key_pem, Unset)
            else image_signature_public_key_pem
        )
        if image_signature_public_key_pem is None:
            _nulls_given.append("image_signature_public_key_pem")
        self.image_tag = None if image_tag is None or isinstance(image_tag, Unset) else image_tag
        if image_tag is None:
            _nulls_given.append("image_tag")
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
        field_dict["imageName"] = self.image_name
        field_dict["serviceEnvironmentId"] = self.service_environment_id
        if self.custom_image_commands_and_args is not None:
            field_dict["customImageCommandsAndArgs"] = self.custom_image_commands_and_args.to_dict()
        elif "custom_image_commands_and_args" in self._nulls:
            field_dict["customImageCommandsAndArgs"] = None
        if self.image_registry_id is not None:
            field_dict["imageRegistryId"] = self.image_registry_id
        elif "image_registry_id" in self._nulls:
            field_dict["imageRegistryId"] = None
        if self.image_signature_public_key_pem is not None:
            field_dict["imageSignaturePublicKeyPEM"] = self.image_signature_public_key_pem
        elif "image_signature_public_key_pem" in self._nulls:
            field_dict["imageSignaturePublicKeyPEM"] = None
        if self.image_tag is not None:
            field_dict["imageTag"] = self.image_tag
        elif "image_tag" in self._nulls:
            field_dict["imageTag"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateImageConfigRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateImageConfigRequest")

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

            _f = "imageName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.image_name = _v

            _f = "serviceEnvironmentId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_id = _v

            _f = "customImageCommandsAndArgs"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_image_commands_and_args = None
            else:
                _obj.custom_image_commands_and_args = CustomImageCommandsAndArgs._parse(_v)

            _f = "imageRegistryId"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_registry_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_registry_id = _v

            _f = "imageSignaturePublicKeyPEM"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_signature_public_key_pem = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_signature_public_key_pem = _v

            _f = "imageTag"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_tag = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_tag = _v

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
        _n = 3
        _f = ""
        try:
            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "imageName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.image_name = _v

            _f = "serviceEnvironmentId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.service_environment_id = _v

            _f = "customImageCommandsAndArgs"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_image_commands_and_args = None
            else:
                _n += 1
                _obj.custom_image_commands_and_args = CustomImageCommandsAndArgs._from_json(_v)

            _f = "imageRegistryId"
            _v = src.get(_f)
            if _v is None:
                _obj.image_registry_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_registry_id = _v

            _f = "imageSignaturePublicKeyPEM"
            _v = src.get(_f)
            if _v is None:
                _obj.image_signature_public_key_pem = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_signature_public_key_pem = _v

            _f = "imageTag"
            _v = src.get(_f)
            if _v is None:
                _obj.image_tag = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_tag = _v

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
