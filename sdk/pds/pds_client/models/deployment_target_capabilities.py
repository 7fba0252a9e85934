from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentTargetCapabilities")


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
        d = dict(src_dict)
        backup = d.pop("backup", UNSET)

        capabilities = d.pop("capabilities", UNSET)

        cassandra = d.pop("cassandra", UNSET)

        consul = d.pop("consul", UNSET)

        couchbase = d.pop("couchbase", UNSET)

        crd_reporting = d.pop("crd_reporting", UNSET)

        data_service_tls = d.pop("data_service_tls", UNSET)

        database = d.pop("database", UNSET)

        elasticsearch = d.pop("elasticsearch", UNSET)

        event_reporting = d.pop("event_reporting", UNSET)

        kafka = d.pop("kafka", UNSET)

        mongodb = d.pop("mongodb", UNSET)

        mysql = d.pop("mysql", UNSET)

        postgresql = d.pop("postgresql", UNSET)

        rabbitmq = d.pop("rabbitmq", UNSET)

        redis = d.pop("redis", UNSET)

        restore = d.pop("restore", UNSET)

        sqlserver = d.pop("sqlserver", UNSET)

        storage_size_increase = d.pop("storage_size_increase", UNSET)

        zookeeper = d.pop("zookeeper", UNSET)

        deployment_target_capabilities = cls(
            backup=backup,
            capabilities=capabilities,
            cassandra=cassandra,
            consul=consul,
            couchbase=couchbase,
            crd_reporting=crd_reporting,
            data_service_tls=data_service_tls,
            database=database,
            elasticsearch=elasticsearch,
            event_reporting=event_reporting,
            kafka=kafka,
            mongodb=mongodb,
            mysql=mysql,
            postgresql=postgresql,
            rabbitmq=rabbitmq,
            redis=redis,
            restore=restore,
            sqlserver=sqlserver,
            storage_size_increase=storage_size_increase,
            zookeeper=zookeeper,
        )

        deployment_target_capabilities.additional_properties = d
        return deployment_target_capabilities

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
