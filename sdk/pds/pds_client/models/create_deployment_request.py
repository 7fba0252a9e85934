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
    from ..models.create_deployment_request_application_configuration_overrides import (
        CreateDeploymentRequestApplicationConfigurationOverrides,
        CreateDeploymentRequestApplicationConfigurationOverridesDict,
    )
    from ..models.deployment_scheduled_backup import DeploymentScheduledBackup, DeploymentScheduledBackupDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, CreateDeploymentRequestApplicationConfigurationOverrides, DeploymentScheduledBackup
    from ..models.create_deployment_request_application_configuration_overrides import (
        CreateDeploymentRequestApplicationConfigurationOverrides,  # noqa: PLC0415
    )
    from ..models.deployment_scheduled_backup import DeploymentScheduledBackup  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "application_configuration_overrides",
    "application_configuration_template_id",
    "deployment_target_id",
    "dns_zone",
    "image_id",
    "load_balancer_source_ranges",
    "name",
    "namespace_id",
    "node_count",
    "resource_settings_template_id",
    "scheduled_backup",
    "service_type",
    "storage_options_template_id",
    "tls_enabled",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "application_configuration_overrides",
        "application_configuration_template_id",
        "deployment_target_id",
        "dns_zone",
        "image_id",
        "load_balancer_source_ranges",
        "name",
        "namespace_id",
        "node_count",
        "resource_settings_template_id",
        "scheduled_backup",
        "service_type",
        "storage_options_template_id",
        "tls_enabled",
    }
)


# `CreateDeploymentRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateDeploymentRequest` is.
class CreateDeploymentRequestDict(TypedDict, total=False):
    application_configuration_overrides: CreateDeploymentRequestApplicationConfigurationOverridesDict
    application_configuration_template_id: str
    deployment_target_id: str
    dns_zone: str
    image_id: str
    load_balancer_source_ranges: list[str]
    name: str
    namespace_id: str
    node_count: int
    resource_settings_template_id: str
    scheduled_backup: DeploymentScheduledBackupDict
    service_type: str
    storage_options_template_id: str
    tls_enabled: bool


@_attrs_define(init=False, repr=False)
class CreateDeploymentRequest:
    """Attributes:
    application_configuration_overrides (CreateDeploymentRequestApplicationConfigurationOverrides | None):
    application_configuration_template_id (str | None):
    deployment_target_id (str | None):
    dns_zone (str | None):
    image_id (str | None):
    load_balancer_source_ranges (list[str] | None):
    name (str | None):
    namespace_id (str | None):
    node_count (int | None):
    resource_settings_template_id (str | None):
    scheduled_backup (DeploymentScheduledBackup | None):
    service_type (str | None):
    storage_options_template_id (str | None):
    tls_enabled (bool | None):
    """

    application_configuration_overrides: CreateDeploymentRequestApplicationConfigurationOverrides | None = None
    application_configuration_template_id: str | None = None
    deployment_target_id: str | None = None
    dns_zone: str | None = None
    image_id: str | None = None
    load_balancer_source_ranges: list[str] | None = None
    name: str | None = None
    namespace_id: str | None = None
    node_count: int | None = None
    resource_settings_template_id: str | None = None
    scheduled_backup: DeploymentScheduledBackup | None = None
    service_type: str | None = None
    storage_options_template_id: str | None = None
    tls_enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        application_configuration_overrides: CreateDeploymentRequestApplicationConfigurationOverrides
        | CreateDeploymentRequestApplicationConfigurationOverridesDict
        | None
        | Unset = UNSET,
        application_configuration_template_id: str | None | Unset = UNSET,
        deployment_target_id: str | None | Unset = UNSET,
        dns_zone: str | None | Unset = UNSET,
        image_id: str | None | Unset = UNSET,
        load_balancer_source_ranges: list[str] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace_id: str | None | Unset = UNSET,
        node_count: int | None | Unset = UNSET,
        resource_settings_template_id: str | None | Unset = UNSET,
        scheduled_backup: DeploymentScheduledBackup | DeploymentScheduledBackupDict | None | Unset = UNSET,
        service_type: str | None | Unset = UNSET,
        storage_options_template_id: str | None | Unset = UNSET,
        tls_enabled: bool | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.application_configuration_overrides = (
            None
            if application_configuration_overrides is None or isinstance(application_configuration_overrides, Unset)
            else application_configuration_overrides
            if isinstance(application_configuration_overrides, CreateDeploymentRequestApplicationConfigurationOverrides)
            else CreateDeploymentRequestApplicationConfigurationOverrides.from_dict(application_configuration_overrides)
        )
        if application_configuration_overrides is None:
            _nulls_given.append("application_configuration_overrides")
        self.application_configuration_template_id = (
            None
            if application_configuration_template_id is None or isinstance(application_configuration_template_id, Unset)
            else application_configuration_template_id
        )
        if application_configuration_template_id is None:
            _nulls_given.append("application_configuration_template_id")
        self.deployment_target_id = (
            None if deployment_target_id is None or isinstance(deployment_target_id, Unset) else deployment_target_id
        )
        if deployment_target_id is None:
            _nulls_given.append("deployment_target_id")
        self.dns_zone = None if dns_zone is None or isinstance(dns_zone, Unset) else dns_zone
        if dns_zone is None:
            _nulls_given.append("dns_zone")
        self.image_id = None if image_id is None or isinstance(image_id, Unset) else image_id
        if image_id is None:
            _nulls_given.append("image_id")
        self.load_balancer_source_ranges = (
            None
            if load_balancer_source_ranges is None or isinstance(load_balancer_source_ranges, Unset)
            else load_balancer_source_ranges
        )
        if load_balancer_source_ranges is None:
            _nulls_given.append("load_balancer_source_ranges")
        self.name = None if name is None or isinstance(name, Unset) else name
        if name is None:
            _nulls_given.append("name")
        self.namespace_id = None if namespace_id is None or isinstance(namespace_id, Unset) else namespace_id
        if namespace_id is None:
            _nulls_given.append("namespace_id")
        self.node_count = None if node_count is None or isinstance(node_count, Unset) else node_count
        if node_count is None:
            _nulls_given.append("node_count")
        self.resource_settings_template_id = (
            None
            if resource_settings_template_id is None or isinstance(resource_settings_template_id, Unset)
            else resource_settings_template_id
        )
        if resource_settings_template_id is None:
            _nulls_given.append("resource_settings_template_id")
        self.scheduled_backup = (
            None
            if scheduled_backup is None or isinstance(scheduled_backup, Unset)
            else scheduled_backup
            if isinstance(scheduled_backup, DeploymentScheduledBackup)
            else DeploymentScheduledBackup.from_dict(scheduled_backup)
        )
        if scheduled_backup is None:
            _nulls_given.append("scheduled_backup")
        self.service_type = None if service_type is None or isinstance(service_type, Unset) else service_type
        if service_type is None:
            _nulls_given.append("service_type")
        self.storage_options_template_id = (
            None
            if storage_options_template_id is None or isinstance(storage_options_template_id, Unset)
            else storage_options_template_id
        )
        if storage_options_template_id is None:
            _nulls_given.append("storage_options_template_id")
        self.tls_enabled = None if tls_enabled is None or isinstance(tls_enabled, Unset) else tls_enabled
        if tls_enabled is None:
            _nulls_given.append("tls_enabled")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.application_configuration_overrides is not None:
            field_dict["application_configuration_overrides"] = self.application_configuration_overrides.to_dict()
        elif "application_configuration_overrides" in self._nulls:
            field_dict["application_configuration_overrides"] = None
        if self.application_configuration_template_id is not None:
            field_dict["application_configuration_template_id"] = self.application_configuration_template_id
        elif "application_configuration_template_id" in self._nulls:
            field_dict["application_configuration_template_id"] = None
        if self.deployment_target_id is not None:
            field_dict["deployment_target_id"] = self.deployment_target_id
        elif "deployment_target_id" in self._nulls:
            field_dict["deployment_target_id"] = None
        if self.dns_zone is not None:
            field_dict["dns_zone"] = self.dns_zone
        elif "dns_zone" in self._nulls:
            field_dict["dns_zone"] = None
        if self.image_id is not None:
            field_dict["image_id"] = self.image_id
        elif "image_id" in self._nulls:
            field_dict["image_id"] = None
        if self.load_balancer_source_ranges is not None:
            field_dict["load_balancer_source_ranges"] = list(self.load_balancer_source_ranges)
        elif "load_balancer_source_ranges" in self._nulls:
            field_dict["load_balancer_source_ranges"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.namespace_id is not None:
            field_dict["namespace_id"] = self.namespace_id
        elif "namespace_id" in self._nulls:
            field_dict["namespace_id"] = None
        if self.node_count is not None:
            field_dict["node_count"] = self.node_count
        elif "node_count" in self._nulls:
            field_dict["node_count"] = None
        if self.resource_settings_template_id is not None:
            field_dict["resource_settings_template_id"] = self.resource_settings_template_id
        elif "resource_settings_template_id" in self._nulls:
            field_dict["resource_settings_template_id"] = None
        if self.scheduled_backup is not None:
            field_dict["scheduled_backup"] = self.scheduled_backup.to_dict()
        elif "scheduled_backup" in self._nulls:
            field_dict["scheduled_backup"] = None
        if self.service_type is not None:
            field_dict["service_type"] = self.service_type
        elif "service_type" in self._nulls:
            field_dict["service_type"] = None
        if self.storage_options_template_id is not None:
            field_dict["storage_options_template_id"] = self.storage_options_template_id
        elif "storage_options_template_id" in self._nulls:
            field_dict["storage_options_template_id"] = None
        if self.tls_enabled is not None:
            field_dict["tls_enabled"] = self.tls_enabled
        elif "tls_enabled" in self._nulls:
            field_dict["tls_enabled"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateDeploymentRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateDeploymentRequest")

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
            _f = "application_configuration_overrides"
            _v = _get(_f, None)
            if _v is None:
                _obj.application_configuration_overrides = None
            else:
                _obj.application_configuration_overrides = (
                    CreateDeploymentRequestApplicationConfigurationOverrides._parse(_v)
                )

            _f = "application_configuration_template_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.application_configuration_template_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.application_configuration_template_id = _v

            _f = "deployment_target_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.deployment_target_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_target_id = _v

            _f = "dns_zone"
            _v = _get(_f, None)
            if _v is None:
                _obj.dns_zone = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.dns_zone = _v

            _f = "image_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_id = _v

            _f = "load_balancer_source_ranges"
            _v = _get(_f, None)
            if _v is None:
                _obj.load_balancer_source_ranges = None
            else:
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i6, _x6 in enumerate(_l6):
                    if type(_x6) is not str and not isinstance(_x6, str):
                        raise _m.bad("a string", _x6).at_index(_i6)
                _obj.load_balancer_source_ranges = _l6[:]

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespace_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace_id = _v

            _f = "node_count"
            _v = _get(_f, None)
            if _v is None:
                _obj.node_count = None
            else:
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.node_count = _v

            _f = "resource_settings_template_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.resource_settings_template_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_settings_template_id = _v

            _f = "scheduled_backup"
            _v = _get(_f, None)
            if _v is None:
                _obj.scheduled_backup = None
            else:
                _obj.scheduled_backup = DeploymentScheduledBackup._parse(_v)

            _f = "service_type"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.service_type = _v

            _f = "storage_options_template_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.storage_options_template_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_options_template_id = _v

            _f = "tls_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.tls_enabled = _v

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
            _f = "application_configuration_overrides"
            _v = src.get(_f)
            if _v is None:
                _obj.application_configuration_overrides = None
            else:
                _n += 1
                _obj.application_configuration_overrides = (
                    CreateDeploymentRequestApplicationConfigurationOverrides._from_json(_v)
                )

            _f = "application_configuration_template_id"
            _v = src.get(_f)
            if _v is None:
                _obj.application_configuration_template_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.application_configuration_template_id = _v

            _f = "deployment_target_id"
            _v = src.get(_f)
            if _v is None:
                _obj.deployment_target_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.deployment_target_id = _v

            _f = "dns_zone"
            _v = src.get(_f)
            if _v is None:
                _obj.dns_zone = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.dns_zone = _v

            _f = "image_id"
            _v = src.get(_f)
            if _v is None:
                _obj.image_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_id = _v

            _f = "load_balancer_source_ranges"
            _v = src.get(_f)
            if _v is None:
                _obj.load_balancer_source_ranges = None
            else:
                _n += 1
                _l6: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i6, _x6 in enumerate(_l6):
                    if type(_x6) is not str and not isinstance(_x6, str):
                        raise _m.bad("a string", _x6).at_index(_i6)
                _obj.load_balancer_source_ranges = _l6

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace_id"
            _v = src.get(_f)
            if _v is None:
                _obj.namespace_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.namespace_id = _v

            _f = "node_count"
            _v = src.get(_f)
            if _v is None:
                _obj.node_count = None
            else:
                _n += 1
                if type(_v) is not int:
                    raise _m.bad("an integer", _v)
                _obj.node_count = _v

            _f = "resource_settings_template_id"
            _v = src.get(_f)
            if _v is None:
                _obj.resource_settings_template_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_settings_template_id = _v

            _f = "scheduled_backup"
            _v = src.get(_f)
            if _v is None:
                _obj.scheduled_backup = None
            else:
                _n += 1
                _obj.scheduled_backup = DeploymentScheduledBackup._from_json(_v)

            _f = "service_type"
            _v = src.get(_f)
            if _v is None:
                _obj.service_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.service_type = _v

            _f = "storage_options_template_id"
            _v = src.get(_f)
            if _v is None:
                _obj.storage_options_template_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_options_template_id = _v

            _f = "tls_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.tls_enabled = _v

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
