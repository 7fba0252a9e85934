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
from ..models.deployment_initialize import DeploymentInitialize
from ..models.deployment_service_type import DeploymentServiceType
from ..models.deployment_state import DeploymentState
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.deployment_configuration import DeploymentConfiguration, DeploymentConfigurationDict
    from ..models.deployment_connection_details import DeploymentConnectionDetails, DeploymentConnectionDetailsDict
    from ..models.deployment_error import DeploymentError, DeploymentErrorDict
    from ..models.deployment_manifest import DeploymentManifest, DeploymentManifestDict
    from ..models.deployment_resources import DeploymentResources, DeploymentResourcesDict
    from ..models.deployment_storage_options import DeploymentStorageOptions, DeploymentStorageOptionsDict
    from ..models.deployment_target import DeploymentTarget, DeploymentTargetDict
    from ..models.namespace import Namespace, NamespaceDict
    from ..models.restore import Restore, RestoreDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        DeploymentConfiguration, \
        DeploymentConnectionDetails, \
        DeploymentError, \
        DeploymentManifest, \
        DeploymentResources, \
        DeploymentStorageOptions, \
        DeploymentTarget, \
        Namespace, \
        Restore
    from ..models.deployment_configuration import DeploymentConfiguration  # noqa: PLC0415
    from ..models.deployment_connection_details import DeploymentConnectionDetails  # noqa: PLC0415
    from ..models.deployment_error import DeploymentError  # noqa: PLC0415
    from ..models.deployment_manifest import DeploymentManifest  # noqa: PLC0415
    from ..models.deployment_resources import DeploymentResources  # noqa: PLC0415
    from ..models.deployment_storage_options import DeploymentStorageOptions  # noqa: PLC0415
    from ..models.deployment_target import DeploymentTarget  # noqa: PLC0415
    from ..models.namespace import Namespace  # noqa: PLC0415
    from ..models.restore import Restore  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "account_id",
    "cluster_resource_name",
    "configuration",
    "connection_details",
    "created_at",
    "data_service_id",
    "deployment_manifest",
    "deployment_target",
    "deployment_target_id",
    "dns_zone",
    "error",
    "id",
    "image_id",
    "initialize",
    "load_balancer_source_ranges",
    "name",
    "namespace",
    "namespace_id",
    "node_count",
    "project_id",
    "resources",
    "restore",
    "restore_id",
    "service_type",
    "state",
    "storage_options",
    "tenant_id",
    "tls_enabled",
    "tls_issuer",
    "updated_at",
    "version_id",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "account_id",
        "cluster_resource_name",
        "configuration",
        "connection_details",
        "created_at",
        "data_service_id",
        "deployment_manifest",
        "deployment_target",
        "deployment_target_id",
        "dns_zone",
        "error",
        "id",
        "image_id",
        "initialize",
        "load_balancer_source_ranges",
        "name",
        "namespace",
        "namespace_id",
        "node_count",
        "project_id",
        "resources",
        "restore",
        "restore_id",
        "service_type",
        "state",
        "storage_options",
        "tenant_id",
        "tls_enabled",
        "tls_issuer",
        "updated_at",
        "version_id",
    }
)


# `Deployment` as a plain mapping of its JSON shape, accepted wherever a `Deployment` is.
class DeploymentDict(TypedDict, total=False):
    account_id: str
    cluster_resource_name: str
    configuration: DeploymentConfigurationDict
    connection_details: DeploymentConnectionDetailsDict
    created_at: str
    data_service_id: str
    deployment_manifest: DeploymentManifestDict
    deployment_target: DeploymentTargetDict
    deployment_target_id: str
    dns_zone: str
    error: DeploymentErrorDict
    id: str
    image_id: str
    initialize: DeploymentInitialize | Literal["Once", "Always", "Never", "Manual"]
    load_balancer_source_ranges: list[str]
    name: str
    namespace: NamespaceDict
    namespace_id: str
    node_count: int
    project_id: str
    resources: DeploymentResourcesDict
    restore: RestoreDict
    restore_id: str
    service_type: DeploymentServiceType | Literal["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]
    state: DeploymentState | Literal["created", "pending", "failed"]
    storage_options: DeploymentStorageOptionsDict
    tenant_id: str
    tls_enabled: bool
    tls_issuer: str
    updated_at: str
    version_id: str


@_attrs_define(init=False, repr=False)
class Deployment:
    """Attributes:
    account_id (str | None): AccountID which account the deployment belongs to (models.Account).
    cluster_resource_name (str | None): ClusterResourceName k8s resource name for deployment, built from [data service short name + name +
        id].
    configuration (DeploymentConfiguration | None): Configuration data service specific configuration for the deployment
        (models.ApplicationConfigurationTemplate).
    connection_details (DeploymentConnectionDetails | None): ConnectionDetails urls, ports, credentials, etc for connecting to the data service.
    created_at (str | None): CreatedAt is autogenerated on creation
    data_service_id (str | None): DataServiceID type of data service (models.DataService).
    deployment_manifest (DeploymentManifest | None):
    deployment_target (DeploymentTarget | None):
    deployment_target_id (str | None): DeploymentTargetID on which target the data service is deployed (models.DeploymentTarget).
    dns_zone (str | None): DNSZone domain which this deployment should be a part of (eg pds-dns.io).
    error (DeploymentError | None):
    id (str | None): ID is auto generated on creation
    image_id (str | None): ImageID image of data service (models.Image).
    initialize (DeploymentInitialize | None): Initialize used to control startup scripts.
    load_balancer_source_ranges (list[str] | None): LoadBalancerSourceRanges can be used to restrict access to the data service (eg
        37.0.113.0/24;82.0.220.42/24).
    name (str | None): Name given by user when creating the deployment.
    namespace (Namespace | None):
    namespace_id (str | None): NamespaceID in which namespace the data service is deployed (models.Namespace).
    node_count (int | None): NodeCount total nodes in the deployment.
    project_id (str | None): ProjectID which project the deployment belongs to (models.Project).
    resources (DeploymentResources | None):
    restore (Restore | None):
    restore_id (str | None): ID of the restore to which the deployment belongs to (model.Restore).
    service_type (DeploymentServiceType | None): ServiceType k8s service type.
    state (DeploymentState | None): State of deployment.
    storage_options (DeploymentStorageOptions | None):
    tenant_id (str | None): TenantID which tenant the deployment belongs to (models.Tenant).
    tls_enabled (bool | None): Whether Transport Layer Security support is enabled
    tls_issuer (str | None): The Issuer (~Certificate Authority) for the TLS certificates
    updated_at (str | None): UpdatedAt is autogenerated on update
    version_id (str | None): VersionID version of data service (models.Version).
    """

    account_id: str | None = None
    cluster_resource_name: str | None = None
    configuration: DeploymentConfiguration | None = None
    connection_details: DeploymentConnectionDetails | None = None
    created_at: str | None = None
    data_service_id: str | None = None
    deployment_manifest: DeploymentManifest | None = None
    deployment_target: DeploymentTarget | None = None
    deployment_target_id: str | None = None
    dns_zone: str | None = None
    error: DeploymentError | None = None
    id: str | None = None
    image_id: str | None = None
    initialize: DeploymentInitialize | None = None
    load_balancer_source_ranges: list[str] | None = None
    name: str | None = None
    namespace: Namespace | None = None
    namespace_id: str | None = None
    node_count: int | None = None
    project_id: str | None = None
    resources: DeploymentResources | None = None
    restore: Restore | None = None
    restore_id: str | None = None
    service_type: DeploymentServiceType | None = None
    state: DeploymentState | None = None
    storage_options: DeploymentStorageOptions | None = None
    tenant_id: str | None = None
    tls_enabled: bool | None = None
    tls_issuer: str | None = None
    updated_at: str | None = None
    version_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        account_id: str | None | Unset = UNSET,
        cluster_resource_name: str | None | Unset = UNSET,
        configuration: DeploymentConfiguration | DeploymentConfigurationDict | None | Unset = UNSET,
        connection_details: DeploymentConnectionDetails | DeploymentConnectionDetailsDict | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        data_service_id: str | None | Unset = UNSET,
        deployment_manifest: DeploymentManifest | DeploymentManifestDict | None | Unset = UNSET,
        deployment_target: DeploymentTarget | DeploymentTargetDict | None | Unset = UNSET,
        deployment_target_id: str | None | Unset = UNSET,
        dns_zone: str | None | Unset = UNSET,
        error: DeploymentError | DeploymentErrorDict | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        image_id: str | None | Unset = UNSET,
        initialize: DeploymentInitialize | Literal["Once", "Always", "Never", "Manual"] | None | Unset = UNSET,
        load_balancer_source_ranges: list[str] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        namespace: Namespace | NamespaceDict | None | Unset = UNSET,
        namespace_id: str | None | Unset = UNSET,
        node_count: int | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        resources: DeploymentResources | DeploymentResourcesDict | None | Unset = UNSET,
        restore: Restore | RestoreDict | None | Unset = UNSET,
        restore_id: str | None | Unset = UNSET,
        service_type: DeploymentServiceType
        | Literal["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]
        | None
        | Unset = UNSET,
        state: DeploymentState | Literal["created", "pending", "failed"] | None | Unset = UNSET,
        storage_options: DeploymentStorageOptions | DeploymentStorageOptionsDict | None | Unset = UNSET,
        tenant_id: str | None | Unset = UNSET,
        tls_enabled: bool | None | Unset = UNSET,
        tls_issuer: str | None | Unset = UNSET,
        updated_at: str | None | Unset = UNSET,
        version_id: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.account_id = None if account_id is None or isinstance(account_id, Unset) else account_id
        if account_id is None:
            _nulls_given.append("account_id")
        self.cluster_resource_name = (
            None if cluster_resource_name is None or isinstance(cluster_resource_name, Unset) else cluster_resource_name
        )
        if cluster_resource_name is None:
            _nulls_given.append("cluster_resource_name")
        self.configuration = (
            None
            if configuration is None or isinstance(configuration, Unset)
            else configuration
            if isinstance(configuration, DeploymentConfiguration)
            else DeploymentConfiguration.from_dict(configuration)
        )
        if configuration is None:
            _nulls_given.append("configuration")
        self.connection_details = (
            None
            if connection_details is None or isinstance(connection_details, Unset)
            else connection_details
            if isinstance(connection_details, DeploymentConnectionDetails)
            else DeploymentConnectionDetails.from_dict(connection_details)
        )
        if connection_details is None:
            _nulls_given.append("connection_details")
        self.created_at = None if created_at is None or isinstance(created_at, Unset) else created_at
        if created_at is None:
            _nulls_given.append("created_at")
        self.data_service_id = (
            None if data_service_id is None or isinstance(data_service_id, Unset) else data_service_id
        )
        if data_service_id is None:
            _nulls_given.append("data_service_id")
        self.deployment_manifest = (
            None
            if deployment_manifest is None or isinstance(deployment_manifest, Unset)
            else deployment_manifest
            if isinstance(deployment_manifest, DeploymentManifest)
            else DeploymentManifest.from_dict(deployment_manifest)
        )
        if deployment_manifest is None:
            _nulls_given.append("deployment_manifest")
        self.deployment_target = (
            None
            if deployment_target is None or isinstance(deployment_target, Unset)
            else deployment_target
            if isinstance(deployment_target, DeploymentTarget)
            else DeploymentTarget.from_dict(deployment_target)
        )
        if deployment_target is None:
            _nulls_given.append("deployment_target")
        self.deployment_target_id = (
            None if deployment_target_id is None or isinstance(deployment_target_id, Unset) else deployment_target_id
        )
        if deployment_target_id is None:
            _nulls_given.append("deployment_target_id")
        self.dns_zone = None if dns_zone is None or isinstance(dns_zone, Unset) else dns_zone
        if dns_zone is None:
            _nulls_given.append("dns_zone")
        self.error = (
            None
            if error is None or isinstance(error, Unset)
            else error
            if isinstance(error, DeploymentError)
            else DeploymentError.from_dict(error)
        )
        if error is None:
            _nulls_given.append("error")
        self.id = None if id is None or isinstance(id, Unset) else id
        if id is None:
            _nulls_given.append("id")
        self.image_id = None if image_id is None or isinstance(image_id, Unset) else image_id
        if image_id is None:
            _nulls_given.append("image_id")
        self.initialize = (
            None if initialize is None or isinstance(initialize, Unset) else DeploymentInitialize(initialize)
        )
        if initialize is None:
            _nulls_given.append("initialize")
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
        self.namespace = (
            None
            if namespace is None or isinstance(namespace, Unset)
            else namespace
            if isinstance(namespace, Namespace)
            else Namespace.from_dict(namespace)
        )
        if namespace is None:
            _nulls_given.append("namespace")
        self.namespace_id = None if namespace_id is None or isinstance(namespace_id, Unset) else namespace_id
        if namespace_id is None:
            _nulls_given.append("namespace_id")
        self.node_count = None if node_count is None or isinstance(node_count, Unset) else node_count
        if node_count is None:
            _nulls_given.append("node_count")
        self.project_id = None if project_id is None or isinstance(project_id, Unset) else project_id
        if project_id is None:
            _nulls_given.append("project_id")
        self.resources = (
            None
            if resources is None or isinstance(resources, Unset)
            else resources
            if isinstance(resources, DeploymentResources)
            else DeploymentResources.from_dict(resources)
        )
        if resources is None:
            _nulls_given.append("resources")
        self.restore = (
            None
            if restore is None or isinstance(restore, Unset)
            else restore
            if isinstance(restore, Restore)
            else Restore.from_dict(restore)
        )
        if restore is None:
            _nulls_given.append("restore")
        self.restore_id = None if restore_id is None or isinstance(restore_id, Unset) else restore_id
        if restore_id is None:
            _nulls_given.append("restore_id")
        self.service_type = (
            None if service_type is None or isinstance(service_type, Unset) else DeploymentServiceType(service_type)
        )
        if service_type is None:
            _nulls_given.append("service_type")
        self.state = None if state is None or isinstance(state, Unset) else DeploymentState(state)
        if state is None:
            _nulls_given.append("state")
        self.storage_options = (
            None
            if storage_options is None or isinstance(storage_options, Unset)
            else storage_options
            if isinstance(storage_options, DeploymentStorageOptions)
            else DeploymentStorageOptions.from_dict(storage_options)
        )
        if storage_options is None:
            _nulls_given.append("storage_options")
        self.tenant_id = None if tenant_id is None or isinstance(tenant_id, Unset) else tenant_id
        if tenant_id is None:
            _nulls_given.append("tenant_id")
        self.tls_enabled = None if tls_enabled is None or isinstance(tls_enabled, Unset) else tls_enabled
        if tls_enabled is None:
            _nulls_given.append("tls_enabled")
        self.tls_issuer = None if tls_issuer is None or isinstance(tls_issuer, Unset) else tls_issuer
        if tls_issuer is None:
            _nulls_given.append("tls_issuer")
        self.updated_at = None if updated_at is None or isinstance(updated_at, Unset) else updated_at
        if updated_at is None:
            _nulls_given.append("updated_at")
        self.version_id = None if version_id is None or isinstance(version_id, Unset) else version_id
        if version_id is None:
            _nulls_given.append("version_id")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.account_id is not None:
            field_dict["account_id"] = self.account_id
        elif "account_id" in self._nulls:
            field_dict["account_id"] = None
        if self.cluster_resource_name is not None:
            field_dict["cluster_resource_name"] = self.cluster_resource_name
        elif "cluster_resource_name" in self._nulls:
            field_dict["cluster_resource_name"] = None
        if self.configuration is not None:
            field_dict["configuration"] = self.configuration.to_dict()
        elif "configuration" in self._nulls:
            field_dict["configuration"] = None
        if self.connection_details is not None:
            field_dict["connection_details"] = self.connection_details.to_dict()
        elif "connection_details" in self._nulls:
            field_dict["connection_details"] = None
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.data_service_id is not None:
            field_dict["data_service_id"] = self.data_service_id
        elif "data_service_id" in self._nulls:
            field_dict["data_service_id"] = None
        if self.deployment_manifest is not None:
            field_dict["deployment_manifest"] = self.deployment_manifest.to_dict()
        elif "deployment_manifest" in self._nulls:
            field_dict["deployment_manifest"] = None
        if self.deployment_target is not None:
            field_dict["deployment_target"] = self.deployment_target.to_dict()
        elif "deployment_target" in self._nulls:
            field_dict["deployment_target"] = None
        if self.deployment_target_id is not None:
            field_dict["deployment_target_id"] = self.deployment_target_id
        elif "deployment_target_id" in self._nulls:
            field_dict["deployment_target_id"] = None
        if self.dns_zone is not None:
            field_dict["dns_zone"] = self.dns_zone
        elif "dns_zone" in self._nulls:
            field_dict["dns_zone"] = None
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        elif "error" in self._nulls:
            field_dict["error"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.image_id is not None:
            field_dict["image_id"] = self.image_id
        elif "image_id" in self._nulls:
            field_dict["image_id"] = None
        if self.initialize is not None:
            field_dict["initialize"] = self.initialize.value
        elif "initialize" in self._nulls:
            field_dict["initialize"] = None
        if self.load_balancer_source_ranges is not None:
            field_dict["load_balancer_source_ranges"] = list(self.load_balancer_source_ranges)
        elif "load_balancer_source_ranges" in self._nulls:
            field_dict["load_balancer_source_ranges"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.namespace is not None:
            field_dict["namespace"] = self.namespace.to_dict()
        elif "namespace" in self._nulls:
            field_dict["namespace"] = None
        if self.namespace_id is not None:
            field_dict["namespace_id"] = self.namespace_id
        elif "namespace_id" in self._nulls:
            field_dict["namespace_id"] = None
        if self.node_count is not None:
            field_dict["node_count"] = self.node_count
        elif "node_count" in self._nulls:
            field_dict["node_count"] = None
        if self.project_id is not None:
            field_dict["project_id"] = self.project_id
        elif "project_id" in self._nulls:
            field_dict["project_id"] = None
        if self.resources is not None:
            field_dict["resources"] = self.resources.to_dict()
        elif "resources" in self._nulls:
            field_dict["resources"] = None
        if self.restore is not None:
            field_dict["restore"] = self.restore.to_dict()
        elif "restore" in self._nulls:
            field_dict["restore"] = None
        if self.restore_id is not None:
            field_dict["restore_id"] = self.restore_id
        elif "restore_id" in self._nulls:
            field_dict["restore_id"] = None
        if self.service_type is not None:
            field_dict["service_type"] = self.service_type.value
        elif "service_type" in self._nulls:
            field_dict["service_type"] = None
        if self.state is not None:
            field_dict["state"] = self.state.value
        elif "state" in self._nulls:
            field_dict["state"] = None
        if self.storage_options is not None:
            field_dict["storage_options"] = self.storage_options.to_dict()
        elif "storage_options" in self._nulls:
            field_dict["storage_options"] = None
        if self.tenant_id is not None:
            field_dict["tenant_id"] = self.tenant_id
        elif "tenant_id" in self._nulls:
            field_dict["tenant_id"] = None
        if self.tls_enabled is not None:
            field_dict["tls_enabled"] = self.tls_enabled
        elif "tls_enabled" in self._nulls:
            field_dict["tls_enabled"] = None
        if self.tls_issuer is not None:
            field_dict["tls_issuer"] = self.tls_issuer
        elif "tls_issuer" in self._nulls:
            field_dict["tls_issuer"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None
        if self.version_id is not None:
            field_dict["version_id"] = self.version_id
        elif "version_id" in self._nulls:
            field_dict["version_id"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "Deployment")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "Deployment")

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
            _f = "account_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.account_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.account_id = _v

            _f = "cluster_resource_name"
            _v = _get(_f, None)
            if _v is None:
                _obj.cluster_resource_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_resource_name = _v

            _f = "configuration"
            _v = _get(_f, None)
            if _v is None:
                _obj.configuration = None
            else:
                _obj.configuration = DeploymentConfiguration._parse(_v)

            _f = "connection_details"
            _v = _get(_f, None)
            if _v is None:
                _obj.connection_details = None
            else:
                _obj.connection_details = DeploymentConnectionDetails._parse(_v)

            _f = "created_at"
            _v = _get(_f, None)
            if _v is None:
                _obj.created_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_at = _v

            _f = "data_service_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.data_service_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_id = _v

            _f = "deployment_manifest"
            _v = _get(_f, None)
            if _v is None:
                _obj.deployment_manifest = None
            else:
                _obj.deployment_manifest = DeploymentManifest._parse(_v)

            _f = "deployment_target"
            _v = _get(_f, None)
            if _v is None:
                _obj.deployment_target = None
            else:
                _obj.deployment_target = DeploymentTarget._parse(_v)

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

            _f = "error"
            _v = _get(_f, None)
            if _v is None:
                _obj.error = None
            else:
                _obj.error = DeploymentError._parse(_v)

            _f = "id"
            _v = _get(_f, None)
            if _v is None:
                _obj.id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.id = _v

            _f = "image_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_id = _v

            _f = "initialize"
            _v = _get(_f, None)
            if _v is None:
                _obj.initialize = None
            else:
                _obj.initialize = _m.parse_enum(DeploymentInitialize, _v)

            _f = "load_balancer_source_ranges"
            _v = _get(_f, None)
            if _v is None:
                _obj.load_balancer_source_ranges = None
            else:
                _l15: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i15, _x15 in enumerate(_l15):
                    if type(_x15) is not str and not isinstance(_x15, str):
                        raise _m.bad("a string", _x15).at_index(_i15)
                _obj.load_balancer_source_ranges = _l15[:]

            _f = "name"
            _v = _get(_f, None)
            if _v is None:
                _obj.name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace"
            _v = _get(_f, None)
            if _v is None:
                _obj.namespace = None
            else:
                _obj.namespace = Namespace._parse(_v)

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

            _f = "project_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.project_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.project_id = _v

            _f = "resources"
            _v = _get(_f, None)
            if _v is None:
                _obj.resources = None
            else:
                _obj.resources = DeploymentResources._parse(_v)

            _f = "restore"
            _v = _get(_f, None)
            if _v is None:
                _obj.restore = None
            else:
                _obj.restore = Restore._parse(_v)

            _f = "restore_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.restore_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.restore_id = _v

            _f = "service_type"
            _v = _get(_f, None)
            if _v is None:
                _obj.service_type = None
            else:
                _obj.service_type = _m.parse_enum(DeploymentServiceType, _v)

            _f = "state"
            _v = _get(_f, None)
            if _v is None:
                _obj.state = None
            else:
                _obj.state = _m.parse_enum(DeploymentState, _v)

            _f = "storage_options"
            _v = _get(_f, None)
            if _v is None:
                _obj.storage_options = None
            else:
                _obj.storage_options = DeploymentStorageOptions._parse(_v)

            _f = "tenant_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.tenant_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.tenant_id = _v

            _f = "tls_enabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.tls_enabled = _v

            _f = "tls_issuer"
            _v = _get(_f, None)
            if _v is None:
                _obj.tls_issuer = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.tls_issuer = _v

            _f = "updated_at"
            _v = _get(_f, None)
            if _v is None:
                _obj.updated_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated_at = _v

            _f = "version_id"
            _v = _get(_f, None)
            if _v is None:
                _obj.version_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.version_id = _v

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
            _f = "account_id"
            _v = src.get(_f)
            if _v is None:
                _obj.account_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.account_id = _v

            _f = "cluster_resource_name"
            _v = src.get(_f)
            if _v is None:
                _obj.cluster_resource_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cluster_resource_name = _v

            _f = "configuration"
            _v = src.get(_f)
            if _v is None:
                _obj.configuration = None
            else:
                _n += 1
                _obj.configuration = DeploymentConfiguration._from_json(_v)

            _f = "connection_details"
            _v = src.get(_f)
            if _v is None:
                _obj.connection_details = None
            else:
                _n += 1
                _obj.connection_details = DeploymentConnectionDetails._from_json(_v)

            _f = "created_at"
            _v = src.get(_f)
            if _v is None:
                _obj.created_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_at = _v

            _f = "data_service_id"
            _v = src.get(_f)
            if _v is None:
                _obj.data_service_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.data_service_id = _v

            _f = "deployment_manifest"
            _v = src.get(_f)
            if _v is None:
                _obj.deployment_manifest = None
            else:
                _n += 1
                _obj.deployment_manifest = DeploymentManifest._from_json(_v)

            _f = "deployment_target"
            _v = src.get(_f)
            if _v is None:
                _obj.deployment_target = None
            else:
                _n += 1
                _obj.deployment_target = DeploymentTarget._from_json(_v)

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

            _f = "error"
            _v = src.get(_f)
            if _v is None:
                _obj.error = None
            else:
                _n += 1
                _obj.error = DeploymentError._from_json(_v)

            _f = "id"
            _v = src.get(_f)
            if _v is None:
                _obj.id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.id = _v

            _f = "image_id"
            _v = src.get(_f)
            if _v is None:
                _obj.image_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_id = _v

            _f = "initialize"
            _v = src.get(_f)
            if _v is None:
                _obj.initialize = None
            else:
                _n += 1
                _obj.initialize = _m.parse_enum(DeploymentInitialize, _v)

            _f = "load_balancer_source_ranges"
            _v = src.get(_f)
            if _v is None:
                _obj.load_balancer_source_ranges = None
            else:
                _n += 1
                _l15: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i15, _x15 in enumerate(_l15):
                    if type(_x15) is not str and not isinstance(_x15, str):
                        raise _m.bad("a string", _x15).at_index(_i15)
                _obj.load_balancer_source_ranges = _l15

            _f = "name"
            _v = src.get(_f)
            if _v is None:
                _obj.name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.name = _v

            _f = "namespace"
            _v = src.get(_f)
            if _v is None:
                _obj.namespace = None
            else:
                _n += 1
                _obj.namespace = Namespace._from_json(_v)

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

            _f = "project_id"
            _v = src.get(_f)
            if _v is None:
                _obj.project_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.project_id = _v

            _f = "resources"
            _v = src.get(_f)
            if _v is None:
                _obj.resources = None
            else:
                _n += 1
                _obj.resources = DeploymentResources._from_json(_v)

            _f = "restore"
            _v = src.get(_f)
            if _v is None:
                _obj.restore = None
            else:
                _n += 1
                _obj.restore = Restore._from_json(_v)

            _f = "restore_id"
            _v = src.get(_f)
            if _v is None:
                _obj.restore_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.restore_id = _v

            _f = "service_type"
            _v = src.get(_f)
            if _v is None:
                _obj.service_type = None
            else:
                _n += 1
                _obj.service_type = _m.parse_enum(DeploymentServiceType, _v)

            _f = "state"
            _v = src.get(_f)
            if _v is None:
                _obj.state = None
            else:
                _n += 1
                _obj.state = _m.parse_enum(DeploymentState, _v)

            _f = "storage_options"
            _v = src.get(_f)
            if _v is None:
                _obj.storage_options = None
            else:
                _n += 1
                _obj.storage_options = DeploymentStorageOptions._from_json(_v)

            _f = "tenant_id"
            _v = src.get(_f)
            if _v is None:
                _obj.tenant_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.tenant_id = _v

            _f = "tls_enabled"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.tls_enabled = _v

            _f = "tls_issuer"
            _v = src.get(_f)
            if _v is None:
                _obj.tls_issuer = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.tls_issuer = _v

            _f = "updated_at"
            _v = src.get(_f)
            if _v is None:
                _obj.updated_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.updated_at = _v

            _f = "version_id"
            _v = src.get(_f)
            if _v is None:
                _obj.version_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.version_id = _v

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
