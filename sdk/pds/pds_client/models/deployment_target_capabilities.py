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
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "backup",
    "capabilities",
    "cassandra",
    "consul",
    "couchbase",
    "crd_reporting",
    "data_service_tls",
    "database",
    "elasticsearch",
    "event_reporting",
    "kafka",
    "mongodb",
    "mysql",
    "postgresql",
    "rabbitmq",
    "redis",
    "restore",
    "sqlserver",
    "storage_size_increase",
    "zookeeper",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "backup",
        "capabilities",
        "cassandra",
        "consul",
        "couchbase",
        "crd_reporting",
        "data_service_tls",
        "database",
        "elasticsearch",
        "event_reporting",
        "kafka",
        "mongodb",
        "mysql",
        "postgresql",
        "rabbitmq",
        "redis",
        "restore",
        "sqlserver",
        "storage_size_increase",
        "zookeeper",
    }
)


# `DeploymentTargetCapabilities` as a plain mapping of its JSON shape, accepted wherever a `DeploymentTargetCapabilities` is.
class DeploymentTargetCapabilitiesDict(TypedDict, total=False):
    backup: str
    capabilities: str
    cassandra: str
    consul: str
    couchbase: str
    crd_reporting: str
    data_service_tls: str
    database: str
    elasticsearch: str
    event_reporting: str
    kafka: str
    mongodb: str
    mysql: str
    postgresql: str
    rabbitmq: str
    redis: str
    restore: str
    sqlserver: str
    storage_size_increase: str
    zookeeper: str


@_attrs_define(init=False, repr=False)
class DeploymentTargetCapabilities:
    """Attributes:
    backup (str | None):
    capabilities (str | None):
    cassandra (str | None):
    consul (str | None):
    couchbase (str | None):
    crd_reporting (str | None):
    data_service_tls (str | None):
    database (str | None):
    elasticsearch (str | None):
    event_reporting (str | None):
    kafka (str | None):
    mongodb (str | None):
    mysql (str | None):
    postgresql (str | None):
    rabbitmq (str | None):
    redis (str | None):
    restore (str | None):
    sqlserver (str | None):
    storage_size_increase (str | None):
    zookeeper (str | None):
    """

    backup: str | None = None
    capabilities: str | None = None
    cassandra: str | None = None
    consul: str | None = None
    couchbase: str | None = None
    crd_reporting: str | None = None
    data_service_tls: str | None = None
    database: str | None = None
    elasticsearch: str | None = None
    event_reporting: str | None = None
    kafka: str | None = None
    mongodb: str | None = None
    mysql: str | None = None
    postgresql: str | None = None
    rabbitmq: str | None = None
    redis: str | None = None
    restore: str | None = None
    sqlserver: str | None = None
    storage_size_increase: str | None = None
    zookeeper: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        backup: str | None | Unset = UNSET,
        capabilities: str | None | Unset = UNSET,
        cassandra: str | None | Unset = UNSET,
        consul: str | None | Unset = UNSET,
        couchbase: str | None | Unset = UNSET,
        crd_reporting: str | None | Unset = UNSET,
        data_service_tls: str | None | Unset = UNSET,
        database: str | None | Unset = UNSET,
        elasticsearch: str | None | Unset = UNSET,
        event_reporting: str | None | Unset = UNSET,
        kafka: str | None | Unset = UNSET,
        mongodb: str | None | Unset = UNSET,
        mysql: str | None | Unset = UNSET,
        postgresql: str | None | Unset = UNSET,
        rabbitmq: str | None | Unset = UNSET,
        redis: str | None | Unset = UNSET,
        restore: str | None | Unset = UNSET,
        sqlserver: str | None | Unset = UNSET,
        storage_size_increase: str | None | Unset = UNSET,
        zookeeper: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.backup = None if backup is None or isinstance(backup, Unset) else backup
        if backup is None:
            _nulls_given.append("backup")
        self.capabilities = None if capabilities is None or isinstance(capabilities, Unset) else capabilities
        if capabilities is None:
            _nulls_given.append("capabilities")
        self.cassandra = None if cassandra is None or isinstance(cassandra, Unset) else cassandra
        if cassandra is None:
            _nulls_given.append("cassandra")
        self.consul = None if consul is None or isinstance(consul, Unset) else consul
        if consul is None:
            _nulls_given.append("consul")
        self.couchbase = None if couchbase is None or isinstance(couchbase, Unset) else couchbase
        if couchbase is None:
            _nulls_given.append("couchbase")
        self.crd_reporting = None if crd_reporting is None or isinstance(crd_reporting, Unset) else crd_reporting
        if crd_reporting is None:
            _nulls_given.append("crd_reporting")
        self.data_service_tls = (
            None if data_service_tls is None or isinstance(data_service_tls, Unset) else data_service_tls
        )
        if data_service_tls is None:
            _nulls_given.append("data_service_tls")
        self.database = None if database is None or isinstance(database, Unset) else database
        if database is None:
            _nulls_given.append("database")
        self.elasticsearch = None if elasticsearch is None or isinstance(elasticsearch, Unset) else elasticsearch
        if elasticsearch is None:
            _nulls_given.append("elasticsearch")
        self.event_reporting = (
            None if event_reporting is None or isinstance(event_reporting, Unset) else event_reporting
        )
        if event_reporting is None:
            _nulls_given.append("event_reporting")
        self.kafka = None if kafka is None or isinstance(kafka, Unset) else kafka
        if kafka is None:
            _nulls_given.append("kafka")
        self.mongodb = None if mongodb is None or isinstance(mongodb, Unset) else mongodb
        if mongodb is None:
            _nulls_given.append("mongodb")
        self.mysql = None if mysql is None or isinstance(mysql, Unset) else mysql
        if mysql is None:
            _nulls_given.append("mysql")
        self.postgresql = None if postgresql is None or isinstance(postgresql, Unset) else postgresql
        if postgresql is None:
            _nulls_given.append("postgresql")
        self.rabbitmq = None if rabbitmq is None or isinstance(rabbitmq, Unset) else rabbitmq
        if rabbitmq is None:
            _nulls_given.append("rabbitmq")
        self.redis = None if redis is None or isinstance(redis, Unset) else redis
        if redis is None:
            _nulls_given.append("redis")
        self.restore = None if restore is None or isinstance(restore, Unset) else restore
        if restore is None:
            _nulls_given.append("restore")
        self.sqlserver = None if sqlserver is None or isinstance(sqlserver, Unset) else sqlserver
        if sqlserver is None:
            _nulls_given.append("sqlserver")
        self.storage_size_increase = (
            None if storage_size_increase is None or isinstance(storage_size_increase, Unset) else storage_size_increase
        )
        if storage_size_increase is None:
            _nulls_given.append("storage_size_increase")
        self.zookeeper = None if zookeeper is None or isinstance(zookeeper, Unset) else zookeeper
        if zookeeper is None:
            _nulls_given.append("zookeeper")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.backup is not None:
            field_dict["backup"] = self.backup
        elif "backup" in self._nulls:
            field_dict["backup"] = None
        if self.capabilities is not None:
            field_dict["capabilities"] = self.capabilities
        elif "capabilities" in self._nulls:
            field_dict["capabilities"] = None
        if self.cassandra is not None:
            field_dict["cassandra"] = self.cassandra
        elif "cassandra" in self._nulls:
            field_dict["cassandra"] = None
        if self.consul is not None:
            field_dict["consul"] = self.consul
        elif "consul" in self._nulls:
            field_dict["consul"] = None
        if self.couchbase is not None:
            field_dict["couchbase"] = self.couchbase
        elif "couchbase" in self._nulls:
            field_dict["couchbase"] = None
        if self.crd_reporting is not None:
            field_dict["crd_reporting"] = self.crd_reporting
        elif "crd_reporting" in self._nulls:
            field_dict["crd_reporting"] = None
        if self.data_service_tls is not None:
            field_dict["data_service_tls"] = self.data_service_tls
        elif "data_service_tls" in self._nulls:
            field_dict["data_service_tls"] = None
        if self.database is not None:
            field_dict["database"] = self.database
        elif "database" in self._nulls:
            field_dict["database"] = None
        if self.elasticsearch is not None:
            field_dict["elasticsearch"] = self.elasticsearch
        elif "elasticsearch" in self._nulls:
            field_dict["elasticsearch"] = None
        if self.event_reporting is not None:
            field_dict["event_reporting"] = self.event_reporting
        elif "event_reporting" in self._nulls:
            field_dict["event_reporting"] = None
        if self.kafka is not None:
            field_dict["kafka"] = self.kafka
        elif "kafka" in self._nulls:
            field_dict["kafka"] = None
        if self.mongodb is not None:
            field_dict["mongodb"] = self.mongodb
        elif "mongodb" in self._nulls:
            field_dict["mongodb"] = None
        if self.mysql is not None:
            field_dict["mysql"] = self.mysql
        elif "mysql" in self._nulls:
            field_dict["mysql"] = None
        if self.postgresql is not None:
            field_dict["postgresql"] = self.postgresql
        elif "postgresql" in self._nulls:
            field_dict["postgresql"] = None
        if self.rabbitmq is not None:
            field_dict["rabbitmq"] = self.rabbitmq
        elif "rabbitmq" in self._nulls:
            field_dict["rabbitmq"] = None
        if self.redis is not None:
            field_dict["redis"] = self.redis
        elif "redis" in self._nulls:
            field_dict["redis"] = None
        if self.restore is not None:
            field_dict["restore"] = self.restore
        elif "restore" in self._nulls:
            field_dict["restore"] = None
        if self.sqlserver is not None:
            field_dict["sqlserver"] = self.sqlserver
        elif "sqlserver" in self._nulls:
            field_dict["sqlserver"] = None
        if self.storage_size_increase is not None:
            field_dict["storage_size_increase"] = self.storage_size_increase
        elif "storage_size_increase" in self._nulls:
            field_dict["storage_size_increase"] = None
        if self.zookeeper is not None:
            field_dict["zookeeper"] = self.zookeeper
        elif "zookeeper" in self._nulls:
            field_dict["zookeeper"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "DeploymentTargetCapabilities")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "DeploymentTargetCapabilities")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "backup"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup = _v

            _f = "capabilities"
            _v = _get(_f, None)
            if _v is None:
                _obj.capabilities = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.capabilities = _v

            _f = "cassandra"
            _v = _get(_f, None)
            if _v is None:
                _obj.cassandra = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cassandra = _v

            _f = "consul"
            _v = _get(_f, None)
            if _v is None:
                _obj.consul = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.consul = _v

            _f = "couchbase"
            _v = _get(_f, None)
            if _v is None:
                _obj.couchbase = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.couchbase = _v

            _f = "crd_reporting"
            _v = _get(_f, None)
            if _v is None:
                _obj.crd_reporting = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.crd_reporting = _v

            _f = "data_service_tls"
            _v = _get(_f, None)
            if _v is None:
                _obj.data_service_tls = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_tls = _v

            _f = "database"
            _v = _get(_f, None)
            if _v is None:
                _obj.database = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.database = _v

            _f = "elasticsearch"
            _v = _get(_f, None)
            if _v is None:
                _obj.elasticsearch = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.elasticsearch = _v

            _f = "event_reporting"
            _v = _get(_f, None)
            if _v is None:
                _obj.event_reporting = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.event_reporting = _v

            _f = "kafka"
            _v = _get(_f, None)
            if _v is None:
                _obj.kafka = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kafka = _v

            _f = "mongodb"
            _v = _get(_f, None)
            if _v is None:
                _obj.mongodb = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.mongodb = _v

            _f = "mysql"
            _v = _get(_f, None)
            if _v is None:
                _obj.mysql = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.mysql = _v

            _f = "postgresql"
            _v = _get(_f, None)
            if _v is None:
                _obj.postgresql = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.postgresql = _v

            _f = "rabbitmq"
            _v = _get(_f, None)
            if _v is None:
                _obj.rabbitmq = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.rabbitmq = _v

            _f = "redis"
            _v = _get(_f, None)
            if _v is None:
                _obj.redis = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.redis = _v

            _f = "restore"
            _v = _get(_f, None)
            if _v is None:
                _obj.restore = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.restore = _v

            _f = "sqlserver"
            _v = _get(_f, None)
            if _v is None:
                _obj.sqlserver = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.sqlserver = _v

            _f = "storage_size_increase"
            _v = _get(_f, None)
            if _v is None:
                _obj.storage_size_increase = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_size_increase = _v

            _f = "zookeeper"
            _v = _get(_f, None)
            if _v is None:
                _obj.zookeeper = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.zookeeper = _v

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
        _n = 0
        _f = ""
        try:
            _f = "backup"
            _v = src.get(_f)
            if _v is None:
                _obj.backup = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.backup = _v

            _f = "capabilities"
            _v = src.get(_f)
            if _v is None:
                _obj.capabilities = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.capabilities = _v

            _f = "cassandra"
            _v = src.get(_f)
            if _v is None:
                _obj.cassandra = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cassandra = _v

            _f = "consul"
            _v = src.get(_f)
            if _v is None:
                _obj.consul = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.consul = _v

            _f = "couchbase"
            _v = src.get(_f)
            if _v is None:
                _obj.couchbase = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.couchbase = _v

            _f = "crd_reporting"
            _v = src.get(_f)
            if _v is None:
                _obj.crd_reporting = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.crd_reporting = _v

            _f = "data_service_tls"
            _v = src.get(_f)
            if _v is None:
                _obj.data_service_tls = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_tls = _v

            _f = "database"
            _v = src.get(_f)
            if _v is None:
                _obj.database = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.database = _v

            _f = "elasticsearch"
            _v = src.get(_f)
            if _v is None:
                _obj.elasticsearch = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.elasticsearch = _v

            _f = "event_reporting"
            _v = src.get(_f)
            if _v is None:
                _obj.event_reporting = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.event_reporting = _v

            _f = "kafka"
            _v = src.get(_f)
            if _v is None:
                _obj.kafka = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.kafka = _v

            _f = "mongodb"
            _v = src.get(_f)
            if _v is None:
                _obj.mongodb = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.mongodb = _v

            _f = "mysql"
            _v = src.get(_f)
            if _v is None:
                _obj.mysql = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.mysql = _v

            _f = "postgresql"
            _v = src.get(_f)
            if _v is None:
                _obj.postgresql = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.postgresql = _v

            _f = "rabbitmq"
            _v = src.get(_f)
            if _v is None:
                _obj.rabbitmq = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.rabbitmq = _v

            _f = "redis"
            _v = src.get(_f)
            if _v is None:
                _obj.redis = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.redis = _v

            _f = "restore"
            _v = src.get(_f)
            if _v is None:
                _obj.restore = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.restore = _v

            _f = "sqlserver"
            _v = src.get(_f)
            if _v is None:
                _obj.sqlserver = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.sqlserver = _v

            _f = "storage_size_increase"
            _v = src.get(_f)
            if _v is None:
                _obj.storage_size_increase = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.storage_size_increase = _v

            _f = "zookeeper"
            _v = src.get(_f)
            if _v is None:
                _obj.zookeeper = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.zookeeper = _v

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
