from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetCapabilities")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
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


@_attrs_define
class DeploymentTargetCapabilities:
    """
    Attributes:
        backup (str | Unset):
        capabilities (str | Unset):
        cassandra (str | Unset):
        consul (str | Unset):
        couchbase (str | Unset):
        crd_reporting (str | Unset):
        data_service_tls (str | Unset):
        database (str | Unset):
        elasticsearch (str | Unset):
        event_reporting (str | Unset):
        kafka (str | Unset):
        mongodb (str | Unset):
        mysql (str | Unset):
        postgresql (str | Unset):
        rabbitmq (str | Unset):
        redis (str | Unset):
        restore (str | Unset):
        sqlserver (str | Unset):
        storage_size_increase (str | Unset):
        zookeeper (str | Unset):
    """

    backup: str | Unset = UNSET
    capabilities: str | Unset = UNSET
    cassandra: str | Unset = UNSET
    consul: str | Unset = UNSET
    couchbase: str | Unset = UNSET
    crd_reporting: str | Unset = UNSET
    data_service_tls: str | Unset = UNSET
    database: str | Unset = UNSET
    elasticsearch: str | Unset = UNSET
    event_reporting: str | Unset = UNSET
    kafka: str | Unset = UNSET
    mongodb: str | Unset = UNSET
    mysql: str | Unset = UNSET
    postgresql: str | Unset = UNSET
    rabbitmq: str | Unset = UNSET
    redis: str | Unset = UNSET
    restore: str | Unset = UNSET
    sqlserver: str | Unset = UNSET
    storage_size_increase: str | Unset = UNSET
    zookeeper: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup = self.backup

        capabilities = self.capabilities

        cassandra = self.cassandra

        consul = self.consul

        couchbase = self.couchbase

        crd_reporting = self.crd_reporting

        data_service_tls = self.data_service_tls

        database = self.database

        elasticsearch = self.elasticsearch

        event_reporting = self.event_reporting

        kafka = self.kafka

        mongodb = self.mongodb

        mysql = self.mysql

        postgresql = self.postgresql

        rabbitmq = self.rabbitmq

        redis = self.redis

        restore = self.restore

        sqlserver = self.sqlserver

        storage_size_increase = self.storage_size_increase

        zookeeper = self.zookeeper

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup is not UNSET:
            field_dict["backup"] = backup
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if cassandra is not UNSET:
            field_dict["cassandra"] = cassandra
        if consul is not UNSET:
            field_dict["consul"] = consul
        if couchbase is not UNSET:
            field_dict["couchbase"] = couchbase
        if crd_reporting is not UNSET:
            field_dict["crd_reporting"] = crd_reporting
        if data_service_tls is not UNSET:
            field_dict["data_service_tls"] = data_service_tls
        if database is not UNSET:
            field_dict["database"] = database
        if elasticsearch is not UNSET:
            field_dict["elasticsearch"] = elasticsearch
        if event_reporting is not UNSET:
            field_dict["event_reporting"] = event_reporting
        if kafka is not UNSET:
            field_dict["kafka"] = kafka
        if mongodb is not UNSET:
            field_dict["mongodb"] = mongodb
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if postgresql is not UNSET:
            field_dict["postgresql"] = postgresql
        if rabbitmq is not UNSET:
            field_dict["rabbitmq"] = rabbitmq
        if redis is not UNSET:
            field_dict["redis"] = redis
        if restore is not UNSET:
            field_dict["restore"] = restore
        if sqlserver is not UNSET:
            field_dict["sqlserver"] = sqlserver
        if storage_size_increase is not UNSET:
            field_dict["storage_size_increase"] = storage_size_increase
        if zookeeper is not UNSET:
            field_dict["zookeeper"] = zookeeper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.backup = src_dict.get("backup", UNSET)

        _obj.capabilities = src_dict.get("capabilities", UNSET)

        _obj.cassandra = src_dict.get("cassandra", UNSET)

        _obj.consul = src_dict.get("consul", UNSET)

        _obj.couchbase = src_dict.get("couchbase", UNSET)

        _obj.crd_reporting = src_dict.get("crd_reporting", UNSET)

        _obj.data_service_tls = src_dict.get("data_service_tls", UNSET)

        _obj.database = src_dict.get("database", UNSET)

        _obj.elasticsearch = src_dict.get("elasticsearch", UNSET)

        _obj.event_reporting = src_dict.get("event_reporting", UNSET)

        _obj.kafka = src_dict.get("kafka", UNSET)

        _obj.mongodb = src_dict.get("mongodb", UNSET)

        _obj.mysql = src_dict.get("mysql", UNSET)

        _obj.postgresql = src_dict.get("postgresql", UNSET)

        _obj.rabbitmq = src_dict.get("rabbitmq", UNSET)

        _obj.redis = src_dict.get("redis", UNSET)

        _obj.restore = src_dict.get("restore", UNSET)

        _obj.sqlserver = src_dict.get("sqlserver", UNSET)

        _obj.storage_size_increase = src_dict.get("storage_size_increase", UNSET)

        _obj.zookeeper = src_dict.get("zookeeper", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.backup = _pop("backup", UNSET)

        _obj.capabilities = _pop("capabilities", UNSET)

        _obj.cassandra = _pop("cassandra", UNSET)

        _obj.consul = _pop("consul", UNSET)

        _obj.couchbase = _pop("couchbase", UNSET)

        _obj.crd_reporting = _pop("crd_reporting", UNSET)

        _obj.data_service_tls = _pop("data_service_tls", UNSET)

        _obj.database = _pop("database", UNSET)

        _obj.elasticsearch = _pop("elasticsearch", UNSET)

        _obj.event_reporting = _pop("event_reporting", UNSET)

        _obj.kafka = _pop("kafka", UNSET)

        _obj.mongodb = _pop("mongodb", UNSET)

        _obj.mysql = _pop("mysql", UNSET)

        _obj.postgresql = _pop("postgresql", UNSET)

        _obj.rabbitmq = _pop("rabbitmq", UNSET)

        _obj.redis = _pop("redis", UNSET)

        _obj.restore = _pop("restore", UNSET)

        _obj.sqlserver = _pop("sqlserver", UNSET)

        _obj.storage_size_increase = _pop("storage_size_increase", UNSET)

        _obj.zookeeper = _pop("zookeeper", UNSET)

        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src_dict if src_dict else {}
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
