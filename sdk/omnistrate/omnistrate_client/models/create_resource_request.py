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
    from ..models.additional_security_context import AdditionalSecurityContext, AdditionalSecurityContextDict
    from ..models.backup_configuration import BackupConfiguration, BackupConfigurationDict
    from ..models.blob_storage_configuration import BlobStorageConfiguration, BlobStorageConfigurationDict
    from ..models.create_resource_request_custom_labels import (
        CreateResourceRequestCustomLabels,
        CreateResourceRequestCustomLabelsDict,
    )
    from ..models.create_resource_request_custom_sys_ct_ls import (
        CreateResourceRequestCustomSysCTLs,
        CreateResourceRequestCustomSysCTLsDict,
    )
    from ..models.create_resource_request_terraform_configurations import (
        CreateResourceRequestTerraformConfigurations,
        CreateResourceRequestTerraformConfigurationsDict,
    )
    from ..models.custom_u_limits import CustomULimits, CustomULimitsDict
    from ..models.environment_variable import EnvironmentVariable, EnvironmentVariableDict
    from ..models.file_system_configuration import FileSystemConfiguration, FileSystemConfigurationDict
    from ..models.helm_chart_configuration import HelmChartConfiguration, HelmChartConfigurationDict
    from ..models.job_config import JobConfig, JobConfigDict
    from ..models.kustomize_configuration import KustomizeConfiguration, KustomizeConfigurationDict
    from ..models.l4_load_balancer_configuration import L4LoadBalancerConfiguration, L4LoadBalancerConfigurationDict
    from ..models.l7_load_balancer_configuration import L7LoadBalancerConfiguration, L7LoadBalancerConfigurationDict
    from ..models.operator_crd_configuration import OperatorCRDConfiguration, OperatorCRDConfigurationDict
    from ..models.resource_dependency import ResourceDependency, ResourceDependencyDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global \
        _lazy_loaded, \
        AdditionalSecurityContext, \
        BackupConfiguration, \
        BlobStorageConfiguration, \
        CreateResourceRequestCustomLabels, \
        CreateResourceRequestCustomSysCTLs, \
        CreateResourceRequestTerraformConfigurations, \
        CustomULimits, \
        EnvironmentVariable, \
        FileSystemConfiguration, \
        HelmChartConfiguration, \
        JobConfig, \
        KustomizeConfiguration, \
        L4LoadBalancerConfiguration, \
        L7LoadBalancerConfiguration, \
        OperatorCRDConfiguration, \
        ResourceDependency
    from ..models.additional_security_context import AdditionalSecurityContext  # noqa: PLC0415
    from ..models.backup_configuration import BackupConfiguration  # noqa: PLC0415
    from ..models.blob_storage_configuration import BlobStorageConfiguration  # noqa: PLC0415
    from ..models.create_resource_request_custom_labels import CreateResourceRequestCustomLabels  # noqa: PLC0415
    from ..models.create_resource_request_custom_sys_ct_ls import CreateResourceRequestCustomSysCTLs  # noqa: PLC0415
    from ..models.create_resource_request_terraform_configurations import CreateResourceRequestTerraformConfigurations  # noqa: PLC0415
    from ..models.custom_u_limits import CustomULimits  # noqa: PLC0415
    from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415
    from ..models.file_system_configuration import FileSystemConfiguration  # noqa: PLC0415
    from ..models.helm_chart_configuration import HelmChartConfiguration  # noqa: PLC0415
    from ..models.job_config import JobConfig  # noqa: PLC0415
    from ..models.kustomize_configuration import KustomizeConfiguration  # noqa: PLC0415
    from ..models.l4_load_balancer_configuration import L4LoadBalancerConfiguration  # noqa: PLC0415
    from ..models.l7_load_balancer_configuration import L7LoadBalancerConfiguration  # noqa: PLC0415
    from ..models.operator_crd_configuration import OperatorCRDConfiguration  # noqa: PLC0415
    from ..models.resource_dependency import ResourceDependency  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "description",
    "name",
    "product_tier_id",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "additional_security_context",
    "backup_configuration",
    "blob_storage_configuration",
    "custom_labels",
    "custom_sys_ct_ls",
    "custom_u_limits",
    "environment_variables",
    "file_system_configuration",
    "helm_chart_configuration",
    "image_config_id",
    "infra_config_id",
    "internal",
    "is_proxy",
    "job_config",
    "key",
    "kustomize_configuration",
    "l_4_load_balancer_configuration",
    "l_7_load_balancer_configuration",
    "operator_crd_configuration",
    "proxy_type",
    "resource_dependencies",
    "resource_type",
    "terraform_configurations",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "description",
        "name",
        "productTierId",
        "additionalSecurityContext",
        "backupConfiguration",
        "blobStorageConfiguration",
        "customLabels",
        "customSysCTLs",
        "customULimits",
        "environmentVariables",
        "fileSystemConfiguration",
        "helmChartConfiguration",
        "imageConfigId",
        "infraConfigId",
        "internal",
        "isProxy",
        "jobConfig",
        "key",
        "kustomizeConfiguration",
        "l4LoadBalancerConfiguration",
        "l7LoadBalancerConfiguration",
        "operatorCRDConfiguration",
        "proxyType",
        "resourceDependencies",
        "resourceType",
        "terraformConfigurations",
    }
)


# `CreateResourceRequest` as a plain mapping of its JSON shape, accepted wherever a `CreateResourceRequest` is.
class CreateResourceRequestDict(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    productTierId: Required[str]
    additionalSecurityContext: AdditionalSecurityContextDict
    backupConfiguration: BackupConfigurationDict
    blobStorageConfiguration: BlobStorageConfigurationDict
    customLabels: CreateResourceRequestCustomLabelsDict
    customSysCTLs: CreateResourceRequestCustomSysCTLsDict
    customULimits: list[CustomULimitsDict]
    environmentVariables: list[EnvironmentVariableDict]
    fileSystemConfiguration: FileSystemConfigurationDict
    helmChartConfiguration: HelmChartConfigurationDict
    imageConfigId: str
    infraConfigId: str
    internal: bool
    isProxy: bool
    jobConfig: JobConfigDict
    key: str
    kustomizeConfiguration: KustomizeConfigurationDict
    l4LoadBalancerConfiguration: L4LoadBalancerConfigurationDict
    l7LoadBalancerConfiguration: L7LoadBalancerConfigurationDict
    operatorCRDConfiguration: OperatorCRDConfigurationDict
    proxyType: str
    resourceDependencies: list[ResourceDependencyDict]
    resourceType: str
    terraformConfigurations: CreateResourceRequestTerraformConfigurationsDict


@_attrs_define(init=False, repr=False)
class CreateResourceRequest:
    """Request body of CreateResource

    Attributes:
            description (str): A brief description of the resource
            name (str): Name of the resource
            product_tier_id (str): The product tier ID
            additional_security_context (AdditionalSecurityContext | None):
            backup_configuration (BackupConfiguration | None):
            blob_storage_configuration (BlobStorageConfiguration | None):
            custom_labels (CreateResourceRequestCustomLabels | None): Custom labels for the resource
            custom_sys_ct_ls (CreateResourceRequestCustomSysCTLs | None): Custom sysctl settings for the resource
            custom_u_limits (list[CustomULimits] | None): Custom ulimits for the resource
            environment_variables (list[EnvironmentVariable] | None): The environment variables that this resource requires
            file_system_configuration (FileSystemConfiguration | None):
            helm_chart_configuration (HelmChartConfiguration | None):
            image_config_id (str | None): The ID of the image configuration that this resource refers to
            infra_config_id (str | None): The ID of the infrastructure configuration that this resource refers to
            internal (bool | None): Whether this resource is internal or not
            is_proxy (bool | None): Whether this resource is a proxy or not
            job_config (JobConfig | None):
            key (str | None): The key of the resource
            kustomize_configuration (KustomizeConfiguration | None):
            l_4_load_balancer_configuration (L4LoadBalancerConfiguration | None):
            l_7_load_balancer_configuration (L7LoadBalancerConfiguration | None):
            operator_crd_configuration (OperatorCRDConfiguration | None):
            proxy_type (str | None): A proxy type of resource
            resource_dependencies (list[ResourceDependency] | None):
            resource_type (str | None): The type of the resource
            terraform_configurations (CreateResourceRequestTerraformConfigurations | None): The Terraform configurations for various cloud providers
    """

    description: str
    name: str
    product_tier_id: str
    additional_security_context: AdditionalSecurityContext | None = None
    backup_configuration: BackupConfiguration | None = None
    blob_storage_configuration: BlobStorageConfiguration | None = None
    custom_labels: CreateResourceRequestCustomLabels | None = None
    custom_sys_ct_ls: CreateResourceRequestCustomSysCTLs | None = None
    custom_u_limits: list[CustomULimits] | None = None
    environment_variables: list[EnvironmentVariable] | None = None
    file_system_configuration: FileSystemConfiguration | None = None
    helm_chart_configuration: HelmChartConfiguration | None = None
    image_config_id: str | None = None
    infra_config_id: str | None = None
    internal: bool | None = None
    is_proxy: bool | None = None
    job_config: JobConfig | None = None
    key: str | None = None
    kustomize_configuration: KustomizeConfiguration | None = None
    l_4_load_balancer_configuration: L4LoadBalancerConfiguration | None = None
    l_7_load_balancer_configuration: L7LoadBalancerConfiguration | None = None
    operator_crd_configuration: OperatorCRDConfiguration | None = None
    proxy_type: str | None = None
    resource_dependencies: list[ResourceDependency] | None = None
    resource_type: str | None = None
    terraform_configurations: CreateResourceRequestTerraformConfigurations | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        description: str,
        name: str,
        product_tier_id: str,
        additional_security_context: AdditionalSecurityContext | AdditionalSecurityContextDict | None | Unset = UNSET,
        backup_configuration: BackupConfiguration | BackupConfigurationDict | None | Unset = UNSET,
        blob_storage_configuration: BlobStorageConfiguration | BlobStorageConfigurationDict | None | Unset = UNSET,
        custom_labels: CreateResourceRequestCustomLabels | CreateResourceRequestCustomLabelsDict | None | Unset = UNSET,
        custom_sys_ct_ls: CreateResourceRequestCustomSysCTLs
        | CreateResourceRequestCustomSysCTLsDict
        | None
        | Unset = UNSET,
        custom_u_limits: Sequence[CustomULimits | CustomULimitsDict] | None | Unset = UNSET,
        environment_variables: Sequence[EnvironmentVariable | EnvironmentVariableDict] | None | Unset = UNSET,
        file_system_configuration: FileSystemConfiguration | FileSystemConfigurationDict | None | Unset = UNSET,
        helm_chart_configuration: HelmChartConfiguration | HelmChartConfigurationDict | None | Unset = UNSET,
        image_config_id: str | None | Unset = UNSET,
        infra_config_id: str | None | Unset = UNSET,
        internal: bool | None | Unset = UNSET,
        is_proxy: bool | None | Unset = UNSET,
        job_config: JobConfig | JobConfigDict | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        kustomize_configuration: KustomizeConfiguration | KustomizeConfigurationDict | None | Unset = UNSET,
        l_4_load_balancer_configuration: L4LoadBalancerConfiguration
        | L4LoadBalancerConfigurationDict
        | None
        | Unset = UNSET,
        l_7_load_balancer_configuration: L7LoadBalancerConfiguration
        | L7LoadBalancerConfigurationDict
        | None
        | Unset = UNSET,
        operator_crd_configuration: OperatorCRDConfiguration | OperatorCRDConfigurationDict | None | Unset = UNSET,
        proxy_type: str | None | Unset = UNSET,
        resource_dependencies: Sequence[ResourceDependency | ResourceDependencyDict] | None | Unset = UNSET,
        resource_type: str | None | Unset = UNSET,
        terraform_configurations: CreateResourceRequestTerraformConfigurations
        | CreateResourceRequestTerraformConfigurationsDict
        | None
        | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.description = description
        self.name = name
        self.product_tier_id = product_tier_id
        self.additional_security_context = (
            None
            if additional_security_context is None or isinstance(additional_security_context, Unset)
            else additional_security_context
            if isinstance(additional_security_context, AdditionalSecurityContext)
            else AdditionalSecurityContext.from_dict(additional_security_context)
        )
        if additional_security_context is None:
            _nulls_given.append("additional_security_context")
        self.backup_configuration = (
            None
            if backup_configuration is None or isinstance(backup_configuration, Unset)
            else backup_configuration
            if isinstance(backup_configuration, BackupConfiguration)
            else BackupConfiguration.from_dict(backup_configuration)
        )
        if backup_configuration is None:
            _nulls_given.append("backup_configuration")
        self.blob_storage_configuration = (
            None
            if blob_storage_configuration is None or isinstance(blob_storage_configuration, Unset)
            else blob_storage_configuration
            if isinstance(blob_storage_configuration, BlobStorageConfiguration)
            else BlobStorageConfiguration.from_dict(blob_storage_configuration)
        )
        if blob_storage_configuration is None:
            _nulls_given.append("blob_storage_configuration")
        self.custom_labels = (
            None
            if custom_labels is None or isinstance(custom_labels, Unset)
            else custom_labels
            if isinstance(custom_labels, CreateResourceRequestCustomLabels)
            else CreateResourceRequestCustomLabels.from_dict(custom_labels)
        )
        if custom_labels is None:
            _nulls_given.append("custom_labels")
        self.custom_sys_ct_ls = (
            None
            if custom_sys_ct_ls is None or isinstance(custom_sys_ct_ls, Unset)
            else custom_sys_ct_ls
            if isinstance(custom_sys_ct_ls, CreateResourceRequestCustomSysCTLs)
            else CreateResourceRequestCustomSysCTLs.from_dict(custom_sys_ct_ls)
        )
        if custom_sys_ct_ls is None:
            _nulls_given.append("custom_sys_ct_ls")
        self.custom_u_limits = (
            None
            if custom_u_limits is None or isinstance(custom_u_limits, Unset)
            else [
                _item if isinstance(_item, CustomULimits) else CustomULimits.from_dict(_item)
                for _item in custom_u_limits
            ]
        )
        if custom_u_limits is None:
            _nulls_given.append("custom_u_limits")
        self.environment_variables = (
            None
            if environment_variables is None or isinstance(environment_variables, Unset)
            else [
                _item if isinstance(_item, EnvironmentVariable) else EnvironmentVariable.from_dict(_item)
                for _item in environment_variables
            ]
        )
        if environment_variables is None:
            _nulls_given.append("environment_variables")
        self.file_system_configuration = (
            None
            if file_system_configuration is None or isinstance(file_system_configuration, Unset)
            else file_system_configuration
            if isinstance(file_system_configuration, FileSystemConfiguration)
            else FileSystemConfiguration.from_dict(file_system_configuration)
        )
        if file_system_configuration is None:
            _nulls_given.append("file_system_configuration")
        self.helm_chart_configuration = (
            None
            if helm_chart_configuration is None or isinstance(helm_chart_configuration, Unset)
            else helm_chart_configuration
            if isinstance(helm_chart_configuration, HelmChartConfiguration)
            else HelmChartConfiguration.from_dict(helm_chart_configuration)
        )
        if helm_chart_configuration is None:
            _nulls_given.append("helm_chart_configuration")
        self.image_config_id = (
            None if image_config_id is None or isinstance(image_config_id, Unset) else image_config_id
        )
        if image_config_id is None:
            _nulls_given.append("image_config_id")
        self.infra_config_id = (
            None if infra_config_id is None or isinstance(infra_config_id, Unset) else infra_config_id
        )
        if infra_config_id is None:
            _nulls_given.append("infra_config_id")
        self.internal = None if internal is None or isinstance(internal, Unset) else internal
        if internal is None:
            _nulls_given.append("internal")
        self.is_proxy = None if is_proxy is None or isinstance(is_proxy, Unset) else is_proxy
        if is_proxy is None:
            _nulls_given.append("is_proxy")
        self.job_config = (
            None
            if job_config is None or isinstance(job_config, Unset)
            else job_config
            if isinstance(job_config, JobConfig)
            else JobConfig.from_dict(job_config)
        )
        if job_config is None:
            _nulls_given.append("job_config")
        self.key = None if key is None or isinstance(key, Unset) else key
        if key is None:
            _nulls_given.append("key")
        self.kustomize_configuration = (
            None
            if kustomize_configuration is None or isinstance(kustomize_configuration, Unset)
            else kustomize_configuration
            if isinstance(kustomize_configuration, KustomizeConfiguration)
            else KustomizeConfiguration.from_dict(kustomize_configuration)
        )
        if kustomize_configuration is None:
            _nulls_given.append("kustomize_configuration")
        self.l_4_load_balancer_configuration = (
            None
            if l_4_load_balancer_configuration is None or isinstance(l_4_load_balancer_configuration, Unset)
            else l_4_load_balancer_configuration
            if isinstance(l_4_load_balancer_configuration, L4LoadBalancerConfiguration)
            else L4LoadBalancerConfiguration.from_dict(l_4_load_balancer_configuration)
        )
        if l_4_load_balancer_configuration is None:
            _nulls_given.append("l_4_load_balancer_configuration")
        self.l_7_load_balancer_configuration = (
            None
            if l_7_load_balancer_configuration is None or isinstance(l_7_load_balancer_configuration, Unset)
            else l_7_load_balancer_configuration
            if isinstance(l_7_load_balancer_configuration, L7LoadBalancerConfiguration)
            else L7LoadBalancerConfiguration.from_dict(l_7_load_balancer_configuration)
        )
        if l_7_load_balancer_configuration is None:
            _nulls_given.append("l_7_load_balancer_configuration")
        self.operator_crd_configuration = (
            None
            if operator_crd_configuration is None or isinstance(operator_crd_configuration, Unset)
            else operator_crd_configuration
            if isinstance(operator_crd_configuration, OperatorCRDConfiguration)
            else OperatorCRDConfiguration.from_dict(operator_crd_configuration)
        )
        if operator_crd_configuration is None:
            _nulls_given.append("operator_crd_configuration")
        self.proxy_type = None if proxy_type is None or isinstance(proxy_type, Unset) else proxy_type
        if proxy_type is None:
            _nulls_given.append("proxy_type")
        self.resource_dependencies = (
            None
            if resource_dependencies is None or isinstance(resource_dependencies, Unset)
            else [
                _item if isinstance(_item, ResourceDependency) else ResourceDependency.from_dict(_item)
                for _item in resource_dependencies
            ]
        )
        if resource_dependencies is None:
            _nulls_given.append("resource_dependencies")
        self.resource_type = None if resource_type is None or isinstance(resource_type, Unset) else resource_type
        if resource_type is None:
            _nulls_given.append("resource_type")
        self.terraform_configurations = (
            None
            if terraform_configurations is None or isinstance(terraform_configurations, Unset)
            else terraform_configurations
            if isinstance(terraform_configurations, CreateResourceRequestTerraformConfigurations)
            else CreateResourceRequestTerraformConfigurations.from_dict(terraform_configurations)
        )
        if terraform_configurations is None:
            _nulls_given.append("terraform_configurations")
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
        field_dict["name"] = self.name
        field_dict["productTierId"] = self.product_tier_id
        if self.additional_security_context is not None:
            field_dict["additionalSecurityContext"] = self.additional_security_context.to_dict()
        elif "additional_security_context" in self._nulls:
            field_dict["additionalSecurityContext"] = None
        if self.backup_configuration is not None:
            field_dict["backupConfiguration"] = self.backup_configuration.to_dict()
        elif "backup_configuration" in self._nulls:
            field_dict["backupConfiguration"] = None
        if self.blob_storage_configuration is not None:
            field_dict["blobStorageConfiguration"] = self.blob_storage_configuration.to_dict()
        elif "blob_storage_configuration" in self._nulls:
            field_dict["blobStorageConfiguration"] = None
        if self.custom_labels is not None:
            field_dict["customLabels"] = self.custom_labels.to_dict()
        elif "custom_labels" in self._nulls:
            field_dict["customLabels"] = None
        if self.custom_sys_ct_ls is not None:
            field_dict["customSysCTLs"] = self.custom_sys_ct_ls.to_dict()
        elif "custom_sys_ct_ls" in self._nulls:
            field_dict["customSysCTLs"] = None
        if self.custom_u_limits is not None:
            field_dict["customULimits"] = [_item.to_dict() for _item in self.custom_u_limits]
        elif "custom_u_limits" in self._nulls:
            field_dict["customULimits"] = None
        if self.environment_variables is not None:
            field_dict["environmentVariables"] = [_item.to_dict() for _item in self.environment_variables]
        elif "environment_variables" in self._nulls:
            field_dict["environmentVariables"] = None
        if self.file_system_configuration is not None:
            field_dict["fileSystemConfiguration"] = self.file_system_configuration.to_dict()
        elif "file_system_configuration" in self._nulls:
            field_dict["fileSystemConfiguration"] = None
        if self.helm_chart_configuration is not None:
            field_dict["helmChartConfiguration"] = self.helm_chart_configuration.to_dict()
        elif "helm_chart_configuration" in self._nulls:
            field_dict["helmChartConfiguration"] = None
        if self.image_config_id is not None:
            field_dict["imageConfigId"] = self.image_config_id
        elif "image_config_id" in self._nulls:
            field_dict["imageConfigId"] = None
        if self.infra_config_id is not None:
            field_dict["infraConfigId"] = self.infra_config_id
        elif "infra_config_id" in self._nulls:
            field_dict["infraConfigId"] = None
        if self.internal is not None:
            field_dict["internal"] = self.internal
        elif "internal" in self._nulls:
            field_dict["internal"] = None
        if self.is_proxy is not None:
            field_dict["isProxy"] = self.is_proxy
        elif "is_proxy" in self._nulls:
            field_dict["isProxy"] = None
        if self.job_config is not None:
            field_dict["jobConfig"] = self.job_config.to_dict()
        elif "job_config" in self._nulls:
            field_dict["jobConfig"] = None
        if self.key is not None:
            field_dict["key"] = self.key
        elif "key" in self._nulls:
            field_dict["key"] = None
        if self.kustomize_configuration is not None:
            field_dict["kustomizeConfiguration"] = self.kustomize_configuration.to_dict()
        elif "kustomize_configuration" in self._nulls:
            field_dict["kustomizeConfiguration"] = None
        if self.l_4_load_balancer_configuration is not None:
            field_dict["l4LoadBalancerConfiguration"] = self.l_4_load_balancer_configuration.to_dict()
        elif "l_4_load_balancer_configuration" in self._nulls:
            field_dict["l4LoadBalancerConfiguration"] = None
        if self.l_7_load_balancer_configuration is not None:
            field_dict["l7LoadBalancerConfiguration"] = self.l_7_load_balancer_configuration.to_dict()
        elif "l_7_load_balancer_configuration" in self._nulls:
            field_dict["l7LoadBalancerConfiguration"] = None
        if self.operator_crd_configuration is not None:
            field_dict["operatorCRDConfiguration"] = self.operator_crd_configuration.to_dict()
        elif "operator_crd_configuration" in self._nulls:
            field_dict["operatorCRDConfiguration"] = None
        if self.proxy_type is not None:
            field_dict["proxyType"] = self.proxy_type
        elif "proxy_type" in self._nulls:
            field_dict["proxyType"] = None
        if self.resource_dependencies is not None:
            field_dict["resourceDependencies"] = [_item.to_dict() for _item in self.resource_dependencies]
        elif "resource_dependencies" in self._nulls:
            field_dict["resourceDependencies"] = None
        if self.resource_type is not None:
            field_dict["resourceType"] = self.resource_type
        elif "resource_type" in self._nulls:
            field_dict["resourceType"] = None
        if self.terraform_configurations is not None:
            field_dict["terraformConfigurations"] = self.terraform_configurations.to_dict()
        elif "terraform_configurations" in self._nulls:
            field_dict["terraformConfigurations"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "CreateResourceRequest")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "CreateResourceRequest")

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

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "productTierId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "additionalSecurityContext"
            _v = _get(_f, None)
            if _v is None:
                _obj.additional_security_context = None
            else:
                _obj.additional_security_context = AdditionalSecurityContext._parse(_v)

            _f = "backupConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_configuration = None
            else:
                _obj.backup_configuration = BackupConfiguration._parse(_v)

            _f = "blobStorageConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.blob_storage_configuration = None
            else:
                _obj.blob_storage_configuration = BlobStorageConfiguration._parse(_v)

            _f = "customLabels"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_labels = None
            else:
                _obj.custom_labels = CreateResourceRequestCustomLabels._parse(_v)

            _f = "customSysCTLs"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_sys_ct_ls = None
            else:
                _obj.custom_sys_ct_ls = CreateResourceRequestCustomSysCTLs._parse(_v)

            _f = "customULimits"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_u_limits = None
            else:
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it9 = iter(_l9)
                try:
                    _l9 = list(map(CustomULimits._parse, _it9))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l9, _it9)) from None
                _obj.custom_u_limits = _l9

            _f = "environmentVariables"
            _v = _get(_f, None)
            if _v is None:
                _obj.environment_variables = None
            else:
                _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it10 = iter(_l10)
                try:
                    _l10 = list(map(EnvironmentVariable._parse, _it10))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l10, _it10)) from None
                _obj.environment_variables = _l10

            _f = "fileSystemConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.file_system_configuration = None
            else:
                _obj.file_system_configuration = FileSystemConfiguration._parse(_v)

            _f = "helmChartConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.helm_chart_configuration = None
            else:
                _obj.helm_chart_configuration = HelmChartConfiguration._parse(_v)

            _f = "imageConfigId"
            _v = _get(_f, None)
            if _v is None:
                _obj.image_config_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_config_id = _v

            _f = "infraConfigId"
            _v = _get(_f, None)
            if _v is None:
                _obj.infra_config_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.infra_config_id = _v

            _f = "internal"
            _v = _get(_f, None)
            if _v is None:
                _obj.internal = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.internal = _v

            _f = "isProxy"
            _v = _get(_f, None)
            if _v is None:
                _obj.is_proxy = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.is_proxy = _v

            _f = "jobConfig"
            _v = _get(_f, None)
            if _v is None:
                _obj.job_config = None
            else:
                _obj.job_config = JobConfig._parse(_v)

            _f = "key"
            _v = _get(_f, None)
            if _v is None:
                _obj.key = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.key = _v

            _f = "kustomizeConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.kustomize_configuration = None
            else:
                _obj.kustomize_configuration = KustomizeConfiguration._parse(_v)

            _f = "l4LoadBalancerConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.l_4_load_balancer_configuration = None
            else:
                _obj.l_4_load_balancer_configuration = L4LoadBalancerConfiguration._parse(_v)

            _f = "l7LoadBalancerConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.l_7_load_balancer_configuration = None
            else:
                _obj.l_7_load_balancer_configuration = L7LoadBalancerConfiguration._parse(_v)

            _f = "operatorCRDConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.operator_crd_configuration = None
            else:
                _obj.operator_crd_configuration = OperatorCRDConfiguration._parse(_v)

            _f = "proxyType"
            _v = _get(_f, None)
            if _v is None:
                _obj.proxy_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.proxy_type = _v

            _f = "resourceDependencies"
            _v = _get(_f, None)
            if _v is None:
                _obj.resource_dependencies = None
            else:
                _l24: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it24 = iter(_l24)
                try:
                    _l24 = list(map(ResourceDependency._parse, _it24))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l24, _it24)) from None
                _obj.resource_dependencies = _l24

            _f = "resourceType"
            _v = _get(_f, None)
            if _v is None:
                _obj.resource_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_type = _v

            _f = "terraformConfigurations"
            _v = _get(_f, None)
            if _v is None:
                _obj.terraform_configurations = None
            else:
                _obj.terraform_configurations = CreateResourceRequestTerraformConfigurations._parse(_v)

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

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "productTierId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.product_tier_id = _v

            _f = "additionalSecurityContext"
            _v = src.get(_f)
            if _v is None:
                _obj.additional_security_context = None
            else:
                _n += 1
                _obj.additional_security_context = AdditionalSecurityContext._from_json(_v)

            _f = "backupConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_configuration = None
            else:
                _n += 1
                _obj.backup_configuration = BackupConfiguration._from_json(_v)

            _f = "blobStorageConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.blob_storage_configuration = None
            else:
                _n += 1
                _obj.blob_storage_configuration = BlobStorageConfiguration._from_json(_v)

            _f = "customLabels"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_labels = None
            else:
                _n += 1
                _obj.custom_labels = CreateResourceRequestCustomLabels._from_json(_v)

            _f = "customSysCTLs"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_sys_ct_ls = None
            else:
                _n += 1
                _obj.custom_sys_ct_ls = CreateResourceRequestCustomSysCTLs._from_json(_v)

            _f = "customULimits"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_u_limits = None
            else:
                _n += 1
                _l9: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it9 = iter(_l9)
                try:
                    _l9[:] = map(CustomULimits._from_json, _it9)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l9, _it9)) from None
                _obj.custom_u_limits = _l9

            _f = "environmentVariables"
            _v = src.get(_f)
            if _v is None:
                _obj.environment_variables = None
            else:
                _n += 1
                _l10: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it10 = iter(_l10)
                try:
                    _l10[:] = map(EnvironmentVariable._from_json, _it10)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l10, _it10)) from None
                _obj.environment_variables = _l10

            _f = "fileSystemConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.file_system_configuration = None
            else:
                _n += 1
                _obj.file_system_configuration = FileSystemConfiguration._from_json(_v)

            _f = "helmChartConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.helm_chart_configuration = None
            else:
                _n += 1
                _obj.helm_chart_configuration = HelmChartConfiguration._from_json(_v)

            _f = "imageConfigId"
            _v = src.get(_f)
            if _v is None:
                _obj.image_config_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.image_config_id = _v

            _f = "infraConfigId"
            _v = src.get(_f)
            if _v is None:
                _obj.infra_config_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.infra_config_id = _v

            _f = "internal"
            _v = src.get(_f)
            if _v is None:
                _obj.internal = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.internal = _v

            _f = "isProxy"
            _v = src.get(_f)
            if _v is None:
                _obj.is_proxy = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.is_proxy = _v

            _f = "jobConfig"
            _v = src.get(_f)
            if _v is None:
                _obj.job_config = None
            else:
                _n += 1
                _obj.job_config = JobConfig._from_json(_v)

            _f = "key"
            _v = src.get(_f)
            if _v is None:
                _obj.key = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.key = _v

            _f = "kustomizeConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.kustomize_configuration = None
            else:
                _n += 1
                _obj.kustomize_configuration = KustomizeConfiguration._from_json(_v)

            _f = "l4LoadBalancerConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.l_4_load_balancer_configuration = None
            else:
                _n += 1
                _obj.l_4_load_balancer_configuration = L4LoadBalancerConfiguration._from_json(_v)

            _f = "l7LoadBalancerConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.l_7_load_balancer_configuration = None
            else:
                _n += 1
                _obj.l_7_load_balancer_configuration = L7LoadBalancerConfiguration._from_json(_v)

            _f = "operatorCRDConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.operator_crd_configuration = None
            else:
                _n += 1
                _obj.operator_crd_configuration = OperatorCRDConfiguration._from_json(_v)

            _f = "proxyType"
            _v = src.get(_f)
            if _v is None:
                _obj.proxy_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.proxy_type = _v

            _f = "resourceDependencies"
            _v = src.get(_f)
            if _v is None:
                _obj.resource_dependencies = None
            else:
                _n += 1
                _l24: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it24 = iter(_l24)
                try:
                    _l24[:] = map(ResourceDependency._from_json, _it24)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l24, _it24)) from None
                _obj.resource_dependencies = _l24

            _f = "resourceType"
            _v = src.get(_f)
            if _v is None:
                _obj.resource_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_type = _v

            _f = "terraformConfigurations"
            _v = src.get(_f)
            if _v is None:
                _obj.terraform_configurations = None
            else:
                _n += 1
                _obj.terraform_configurations = CreateResourceRequestTerraformConfigurations._from_json(_v)

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
