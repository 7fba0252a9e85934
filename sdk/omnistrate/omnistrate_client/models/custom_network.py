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
    from ..models.custom_network_instance import CustomNetworkInstance, CustomNetworkInstanceDict
    from ..models.network_features_configuration import NetworkFeaturesConfiguration, NetworkFeaturesConfigurationDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, CustomNetworkInstance, NetworkFeaturesConfiguration
    from ..models.custom_network_instance import CustomNetworkInstance  # noqa: PLC0415
    from ..models.network_features_configuration import NetworkFeaturesConfiguration  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "cloud_provider_name",
    "cloud_provider_region",
    "id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "cidr",
    "name",
    "network_definition_type",
    "network_features_configuration",
    "network_instances",
    "owning_user_id",
    "owning_user_name",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "cloudProviderName",
        "cloudProviderRegion",
        "id",
        "cidr",
        "name",
        "networkDefinitionType",
        "networkFeaturesConfiguration",
        "networkInstances",
        "owningUserId",
        "owningUserName",
    }
)


# `CustomNetwork` as a plain mapping of its JSON shape, accepted wherever a `CustomNetwork` is.
class CustomNetworkDict(TypedDict, total=False):
    cloudProviderName: Required[str]
    cloudProviderRegion: Required[str]
    id: Required[str]
    cidr: str
    name: str
    networkDefinitionType: str
    networkFeaturesConfiguration: NetworkFeaturesConfigurationDict
    networkInstances: list[CustomNetworkInstanceDict]
    owningUserId: str
    owningUserName: str


@_attrs_define(init=False, repr=False)
class CustomNetwork:
    """Attributes:
    cloud_provider_name (str): Name of the Infra Provider
    cloud_provider_region (str): The region of the cloud provider that the instance is running in.
    id (str): ID of a custom network
    cidr (str | None): CIDR block for the network
    name (str | None): User friendly network name to help distinguish networks with same CIDRs
    network_definition_type (str | None): Type of the network definition
    network_features_configuration (NetworkFeaturesConfiguration | None):
    network_instances (list[CustomNetworkInstance] | None): List of network instances created within this custom network
    owning_user_id (str | None): ID of a User
    owning_user_name (str | None): The name of the user that created and owns the custom network
    """

    cloud_provider_name: str
    cloud_provider_region: str
    id: str
    cidr: str | None = None
    name: str | None = None
    network_definition_type: str | None = None
    network_features_configuration: NetworkFeaturesConfiguration | None = None
    network_instances: list[CustomNetworkInstance] | None = None
    owning_user_id: str | None = None
    owning_user_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cloud_provider_name: str,
        cloud_provider_region: str,
        id: str,
        cidr: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        network_definition_type: str | None | Unset = UNSET,
        network_features_configuration: NetworkFeaturesConfiguration
        | NetworkFeaturesConfigurationDict
        | None
        | Unset = UNSET,
        network_instances: Sequence[CustomNetworkInstance | CustomNetworkInstanceDict] | None | Unset = UNSET,
        owning_user_id: str | None | Unset = UNSET,
        owning_user_name: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.cloud_provider_name = cloud_provider_name
        self.cloud_provider_region = cloud_provider_region
        self.id = id
        self.cidr = None if cidr is None or isinstance(cidr, Unset) else cidr
        if cidr is None:
            _nulls_given.append("cidr")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.network_definition_type = (
            None
            if network_definition_type is None or isinstance(network_definition_type, Unset)
            else network_definition_type
        )
        if network_definition_type is None:
            _nulls_given.append("network_definition_type")
        self.network_features_configuration = (
            None
            if network_features_configuration is None or isinstance(network_features_configuration, Unset)
            else network_features_configuration
            if isinstance(network_features_configuration, NetworkFeaturesConfiguration)
            else NetworkFeaturesConfiguration.from_dict(network_features_configuration)
        )
        if network_features_configuration is None:
            _nulls_given.append("network_features_configuration")
        self.network_instances = (
            None
            if network_instances is None or isinstance(network_instances, Unset)
            else [
                _item if isinstance(_item, CustomNetworkInstance) else CustomNetworkInstance.from_dict(_item)
                for _item in network_instances
            ]
        )
        if network_instances is None:
            _nulls_given.append("network_instances")
        self.owning_user_id = None if owning_user_id is None or isinstance(owning_user_id, Unset) else owning_user_id
        if owning_user_id is None:
            _nulls_given.append("owning_user_id")
        self.owning_user_name = (
            None if owning_user_name is None or isinstance(owning_user_name, Unset) else owning_user_name
        )
        if owning_user_name is None:
            _nulls_given.append("owning_user_name")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["cloudProviderName"] = self.cloud_provider_name
        field_dict["cloudProviderRegion"] = self.cloud_provider_region
        field_dict["id"] = self.id
        if self.cidr is not None:
            field_dict["cidr"] = self.cidr
        elif "cidr" in self._nulls:
            field_dict["cidr"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.network_definition_type is not None:
            field_dict["networkDefinitionType"] = self.network_definition_type
        elif "network_definition_type" in self._nulls:
            field_dict["networkDefinitionType"] = None
        if self.network_features_configuration is not None:
            field_dict["networkFeaturesConfiguration"] = self.network_features_configuration.to_dict()
        elif "network_features_configuration" in self._nulls:
            field_dict["networkFeaturesConfiguration"] = None
        if self.network_instances is not None:
            field_dict["networkInstances"] = [_item.to_dict() for _item in self.network_instances]
        elif "network_instances" in self._nulls:
            field_dict["networkInstances"] = None
        if self.owning_user_id is not None:
            field_dict["owningUserId"] = self.owning_user_id
        elif "owning_user_id" in self._nulls:
            field_dict["owningUserId"] = None
        if self.owning_user_name is not None:
            field_dict["owningUserName"] = self.owning_user_name
        elif "owning_user_name" in self._nulls:
            field_dict["owningUserName"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CustomNetwork")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CustomNetwork")

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
            _f = "cloudProviderName"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_name = _v

            _f = "cloudProviderRegion"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_region = _v

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "cidr"
            _v = _get(_f, None)
            if _v is None:
                _obj.cidr = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cidr = _v

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "networkDefinitionType"
            _v = _get(_f, None)
            if _v is None:
                _obj.network_definition_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_definition_type = _v

            _f = "networkFeaturesConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.network_features_configuration = None
            else:
                _obj.network_features_configuration = NetworkFeaturesConfiguration._parse(_v)

            _f = "networkInstances"
            _v = _get(_f, None)
            if _v is None:
                _obj.network_instances = None
            else:
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it8 = iter(_l8)
                try:
                    _l8 = list(map(CustomNetworkInstance._parse, _it8))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l8, _it8)) from None
                _obj.network_instances = _l8

            _f = "owningUserId"
            _v = _get(_f, None)
            if _v is None:
                _obj.owning_user_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.owning_user_id = _v

            _f = "owningUserName"
            _v = _get(_f, None)
            if _v is None:
                _obj.owning_user_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.owning_user_name = _v

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
            _f = "cloudProviderName"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_name = _v

            _f = "cloudProviderRegion"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_region = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "cidr"
            _v = src.get(_f)
            if _v is None:
                _obj.cidr = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cidr = _v

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "networkDefinitionType"
            _v = src.get(_f)
            if _v is None:
                _obj.network_definition_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_definition_type = _v

            _f = "networkFeaturesConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.network_features_configuration = None
            else:
                _n += 1
                _obj.network_features_configuration = NetworkFeaturesConfiguration._from_json(_v)

            _f = "networkInstances"
            _v = src.get(_f)
            if _v is None:
                _obj.network_instances = None
            else:
                _n += 1
                _l8: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it8 = iter(_l8)
                try:
                    _l8[:] = map(CustomNetworkInstance._from_json, _it8)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l8, _it8)) from None
                _obj.network_instances = _l8

            _f = "owningUserId"
            _v = src.get(_f)
            if _v is None:
                _obj.owning_user_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.owning_user_id = _v

            _f = "owningUserName"
            _v = src.get(_f)
            if _v is None:
                _obj.owning_user_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.owning_user_name = _v

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
