from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_hook import ActionHook
    from ..models.additional_security_context import AdditionalSecurityContext
    from ..models.backup_configuration import BackupConfiguration
    from ..models.blob_storage_configuration import BlobStorageConfiguration
    from ..models.custom_u_limits import CustomULimits
    from ..models.environment_variable import EnvironmentVariable
    from ..models.file_system_configuration import FileSystemConfiguration
    from ..models.helm_chart_configuration import HelmChartConfiguration
    from ..models.job_config import JobConfig
    from ..models.kustomize_configuration import KustomizeConfiguration
    from ..models.l4_load_balancer_configuration import L4LoadBalancerConfiguration
    from ..models.l7_load_balancer_configuration import L7LoadBalancerConfiguration
    from ..models.operator_crd_configuration import OperatorCRDConfiguration
    from ..models.resource_capability import ResourceCapability
    from ..models.resource_custom_labels import ResourceCustomLabels
    from ..models.resource_custom_sys_ct_ls import ResourceCustomSysCTLs
    from ..models.resource_dependency import ResourceDependency
    from ..models.resource_terraform_configurations import ResourceTerraformConfigurations

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        ActionHook, \
        AdditionalSecurityContext, \
        BackupConfiguration, \
        BlobStorageConfiguration, \
        CustomULimits, \
        EnvironmentVariable, \
        FileSystemConfiguration, \
        HelmChartConfiguration, \
        JobConfig, \
        KustomizeConfiguration, \
        L4LoadBalancerConfiguration, \
        L7LoadBalancerConfiguration, \
        OperatorCRDConfiguration, \
        ResourceCapability, \
        ResourceCustomLabels, \
        ResourceCustomSysCTLs, \
        ResourceDependency, \
        ResourceTerraformConfigurations
    from ..models.action_hook import ActionHook  # noqa: PLC0415
    from ..models.additional_security_context import AdditionalSecurityContext  # noqa: PLC0415
    from ..models.backup_configuration import BackupConfiguration  # noqa: PLC0415
    from ..models.blob_storage_configuration import BlobStorageConfiguration  # noqa: PLC0415
    from ..models.custom_u_limits import CustomULimits  # noqa: PLC0415
    from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415
    from ..models.file_system_configuration import FileSystemConfiguration  # noqa: PLC0415
    from ..models.helm_chart_configuration import HelmChartConfiguration  # noqa: PLC0415
    from ..models.job_config import JobConfig  # noqa: PLC0415
    from ..models.kustomize_configuration import KustomizeConfiguration  # noqa: PLC0415
    from ..models.l4_load_balancer_configuration import L4LoadBalancerConfiguration  # noqa: PLC0415
    from ..models.l7_load_balancer_configuration import L7LoadBalancerConfiguration  # noqa: PLC0415
    from ..models.operator_crd_configuration import OperatorCRDConfiguration  # noqa: PLC0415
    from ..models.resource_capability import ResourceCapability  # noqa: PLC0415
    from ..models.resource_custom_labels import ResourceCustomLabels  # noqa: PLC0415
    from ..models.resource_custom_sys_ct_ls import ResourceCustomSysCTLs  # noqa: PLC0415
    from ..models.resource_dependency import ResourceDependency  # noqa: PLC0415
    from ..models.resource_terraform_configurations import ResourceTerraformConfigurations  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Resource")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "internal",
        "isDeprecated",
        "key",
        "name",
        "productTierId",
        "resourceType",
        "serviceId",
        "actionHooks",
        "additionalSecurityContext",
        "backupConfiguration",
        "blobStorageConfiguration",
        "capabilities",
        "customLabels",
        "customSysCTLs",
        "customULimits",
        "dependencies",
        "environmentVariables",
        "fileSystemConfiguration",
        "helmChartConfiguration",
        "imageConfigId",
        "infraConfigId",
        "jobConfig",
        "kustomizeConfiguration",
        "l4LoadBalancerConfiguration",
        "l7LoadBalancerConfiguration",
        "operatorCRDConfiguration",
        "proxyType",
        "terraformConfigurations",
    }
)


@_attrs_define
class Resource:
    """
    Attributes:
        description (str): A brief description of the resource
        id (str): ID of a resource
        internal (bool): Whether this resource is internal or not Default: False.
        is_deprecated (bool): Whether this resource is deprecated or not Default: False.
        key (str): The key of the resource
        name (str): Name of the resource
        product_tier_id (str): ID of a Product Tier
        resource_type (str): The type of the resource
        service_id (str): ID of a Service
        action_hooks (list[ActionHook] | Unset): The action hooks that this resource supports
        additional_security_context (AdditionalSecurityContext | Unset):
        backup_configuration (BackupConfiguration | Unset):
        blob_storage_configuration (BlobStorageConfiguration | Unset):
        capabilities (list[ResourceCapability] | Unset): The capabilities enabled for the resource
        custom_labels (ResourceCustomLabels | Unset): Custom labels for the resource
        custom_sys_ct_ls (ResourceCustomSysCTLs | Unset): Custom sysctl settings for the resource
        custom_u_limits (list[CustomULimits] | Unset): Custom ulimits for the resource
        dependencies (list[ResourceDependency] | Unset):
        environment_variables (list[EnvironmentVariable] | Unset): The environment variables that this resource requires
        file_system_configuration (FileSystemConfiguration | Unset):
        helm_chart_configuration (HelmChartConfiguration | Unset):
        image_config_id (str | Unset): ID of an Image Config
        infra_config_id (str | Unset): ID of an Infra Config
        job_config (JobConfig | Unset):
        kustomize_configuration (KustomizeConfiguration | Unset):
        l_4_load_balancer_configuration (L4LoadBalancerConfiguration | Unset):
        l_7_load_balancer_configuration (L7LoadBalancerConfiguration | Unset):
        operator_crd_configuration (OperatorCRDConfiguration | Unset):
        proxy_type (str | Unset): The proxy type of instance
        terraform_configurations (ResourceTerraformConfigurations | Unset): The Terraform configurations for cloud
            providers
    """

    description: str
    id: str
    key: str
    name: str
    product_tier_id: str
    resource_type: str
    service_id: str
    internal: bool = False
    is_deprecated: bool = False
    action_hooks: list[ActionHook] | Unset = UNSET
    additional_security_context: AdditionalSecurityContext | Unset = UNSET
    backup_configuration: BackupConfiguration | Unset = UNSET
    blob_storage_configuration: BlobStorageConfiguration | Unset = UNSET
    capabilities: list[ResourceCapability] | Unset = UNSET
    custom_labels: ResourceCustomLabels | Unset = UNSET
    custom_sys_ct_ls: ResourceCustomSysCTLs | Unset = UNSET
    custom_u_limits: list[CustomULimits] | Unset = UNSET
    dependencies: list[ResourceDependency] | Unset = UNSET
    environment_variables: list[EnvironmentVariable] | Unset = UNSET
    file_system_configuration: FileSystemConfiguration | Unset = UNSET
    helm_chart_configuration: HelmChartConfiguration | Unset = UNSET
    image_config_id: str | Unset = UNSET
    infra_config_id: str | Unset = UNSET
    job_config: JobConfig | Unset = UNSET
    kustomize_configuration: KustomizeConfiguration | Unset = UNSET
    l_4_load_balancer_configuration: L4LoadBalancerConfiguration | Unset = UNSET
    l_7_load_balancer_configuration: L7LoadBalancerConfiguration | Unset = UNSET
    operator_crd_configuration: OperatorCRDConfiguration | Unset = UNSET
    proxy_type: str | Unset = UNSET
    terraform_configurations: ResourceTerraformConfigurations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        internal = self.internal

        is_deprecated = self.is_deprecated

        key = self.key

        name = self.name

        product_tier_id = self.product_tier_id

        resource_type = self.resource_type

        service_id = self.service_id

        action_hooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_hooks, Unset):
            action_hooks = []
            for action_hooks_item_data in self.action_hooks:
                action_hooks_item = action_hooks_item_data.to_dict()
                action_hooks.append(action_hooks_item)

        additional_security_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_security_context, Unset):
            additional_security_context = self.additional_security_context.to_dict()

        backup_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_configuration, Unset):
            backup_configuration = self.backup_configuration.to_dict()

        blob_storage_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blob_storage_configuration, Unset):
            blob_storage_configuration = self.blob_storage_configuration.to_dict()

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        custom_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_labels, Unset):
            custom_labels = self.custom_labels.to_dict()

        custom_sys_ct_ls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_sys_ct_ls, Unset):
            custom_sys_ct_ls = self.custom_sys_ct_ls.to_dict()

        custom_u_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_u_limits, Unset):
            custom_u_limits = []
            for custom_u_limits_item_data in self.custom_u_limits:
                custom_u_limits_item = custom_u_limits_item_data.to_dict()
                custom_u_limits.append(custom_u_limits_item)

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        file_system_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_system_configuration, Unset):
            file_system_configuration = self.file_system_configuration.to_dict()

        helm_chart_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.helm_chart_configuration, Unset):
            helm_chart_configuration = self.helm_chart_configuration.to_dict()

        image_config_id = self.image_config_id

        infra_config_id = self.infra_config_id

        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        kustomize_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kustomize_configuration, Unset):
            kustomize_configuration = self.kustomize_configuration.to_dict()

        l_4_load_balancer_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.l_4_load_balancer_configuration, Unset):
            l_4_load_balancer_configuration = self.l_4_load_balancer_configuration.to_dict()

        l_7_load_balancer_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.l_7_load_balancer_configuration, Unset):
            l_7_load_balancer_configuration = self.l_7_load_balancer_configuration.to_dict()

        operator_crd_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator_crd_configuration, Unset):
            operator_crd_configuration = self.operator_crd_configuration.to_dict()

        proxy_type = self.proxy_type

        terraform_configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terraform_configurations, Unset):
            terraform_configurations = self.terraform_configurations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "internal": internal,
                "isDeprecated": is_deprecated,
                "key": key,
                "name": name,
                "productTierId": product_tier_id,
                "resourceType": resource_type,
                "serviceId": service_id,
            }
        )
        if action_hooks is not UNSET:
            field_dict["actionHooks"] = action_hooks
        if additional_security_context is not UNSET:
            field_dict["additionalSecurityContext"] = additional_security_context
        if backup_configuration is not UNSET:
            field_dict["backupConfiguration"] = backup_configuration
        if blob_storage_configuration is not UNSET:
            field_dict["blobStorageConfiguration"] = blob_storage_configuration
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if custom_labels is not UNSET:
            field_dict["customLabels"] = custom_labels
        if custom_sys_ct_ls is not UNSET:
            field_dict["customSysCTLs"] = custom_sys_ct_ls
        if custom_u_limits is not UNSET:
            field_dict["customULimits"] = custom_u_limits
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if file_system_configuration is not UNSET:
            field_dict["fileSystemConfiguration"] = file_system_configuration
        if helm_chart_configuration is not UNSET:
            field_dict["helmChartConfiguration"] = helm_chart_configuration
        if image_config_id is not UNSET:
            field_dict["imageConfigId"] = image_config_id
        if infra_config_id is not UNSET:
            field_dict["infraConfigId"] = infra_config_id
        if job_config is not UNSET:
            field_dict["jobConfig"] = job_config
        if kustomize_configuration is not UNSET:
            field_dict["kustomizeConfiguration"] = kustomize_configuration
        if l_4_load_balancer_configuration is not UNSET:
            field_dict["l4LoadBalancerConfiguration"] = l_4_load_balancer_configuration
        if l_7_load_balancer_configuration is not UNSET:
            field_dict["l7LoadBalancerConfiguration"] = l_7_load_balancer_configuration
        if operator_crd_configuration is not UNSET:
            field_dict["operatorCRDConfiguration"] = operator_crd_configuration
        if proxy_type is not UNSET:
            field_dict["proxyType"] = proxy_type
        if terraform_configurations is not UNSET:
            field_dict["terraformConfigurations"] = terraform_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.internal = src_dict["internal"]

        _obj.is_deprecated = src_dict["isDeprecated"]

        _obj.key = src_dict["key"]

        _obj.name = src_dict["name"]

        _obj.product_tier_id = src_dict["productTierId"]

        _obj.resource_type = src_dict["resourceType"]

        _obj.service_id = src_dict["serviceId"]

        _action_hooks = src_dict.get("actionHooks", UNSET)
        action_hooks: list[ActionHook] | Unset = UNSET
        if _action_hooks is not UNSET:
            _action_hooks_item = ActionHook.from_dict
            action_hooks = [_action_hooks_item(item) for item in _action_hooks]

        _obj.action_hooks = action_hooks

        _additional_security_context = src_dict.get("additionalSecurityContext", UNSET)
        additional_security_context: AdditionalSecurityContext | Unset
        if isinstance(_additional_security_context, Unset):
            additional_security_context = UNSET
        else:
            additional_security_context = AdditionalSecurityContext.from_dict(_additional_security_context)

        _obj.additional_security_context = additional_security_context

        _backup_configuration = src_dict.get("backupConfiguration", UNSET)
        backup_configuration: BackupConfiguration | Unset
        if isinstance(_backup_configuration, Unset):
            backup_configuration = UNSET
        else:
            backup_configuration = BackupConfiguration.from_dict(_backup_configuration)

        _obj.backup_configuration = backup_configuration

        _blob_storage_configuration = src_dict.get("blobStorageConfiguration", UNSET)
        blob_storage_configuration: BlobStorageConfiguration | Unset
        if isinstance(_blob_storage_configuration, Unset):
            blob_storage_configuration = UNSET
        else:
            blob_storage_configuration = BlobStorageConfiguration.from_dict(_blob_storage_configuration)

        _obj.blob_storage_configuration = blob_storage_configuration

        _capabilities = src_dict.get("capabilities", UNSET)
        capabilities: list[ResourceCapability] | Unset = UNSET
        if _capabilities is not UNSET:
            _capabilities_item = ResourceCapability.from_dict
            capabilities = [_capabilities_item(item) for item in _capabilities]

        _obj.capabilities = capabilities

        _custom_labels = src_dict.get("customLabels", UNSET)
        custom_labels: ResourceCustomLabels | Unset
        if isinstance(_custom_labels, Unset):
            custom_labels = UNSET
        else:
            custom_labels = ResourceCustomLabels.from_dict(_custom_labels)

        _obj.custom_labels = custom_labels

        _custom_sys_ct_ls = src_dict.get("customSysCTLs", UNSET)
        custom_sys_ct_ls: ResourceCustomSysCTLs | Unset
        if isinstance(_custom_sys_ct_ls, Unset):
            custom_sys_ct_ls = UNSET
        else:
            custom_sys_ct_ls = ResourceCustomSysCTLs.from_dict(_custom_sys_ct_ls)

        _obj.custom_sys_ct_ls = custom_sys_ct_ls

        _custom_u_limits = src_dict.get("customULimits", UNSET)
        custom_u_limits: list[CustomULimits] | Unset = UNSET
        if _custom_u_limits is not UNSET:
            _custom_u_limits_item = CustomULimits.from_dict
            custom_u_limits = [_custom_u_limits_item(item) for item in _custom_u_limits]

        _obj.custom_u_limits = custom_u_limits

        _dependencies = src_dict.get("dependencies", UNSET)
        dependencies: list[ResourceDependency] | Unset = UNSET
        if _dependencies is not UNSET:
            _dependencies_item = ResourceDependency.from_dict
            dependencies = [_dependencies_item(item) for item in _dependencies]

        _obj.dependencies = dependencies

        _environment_variables = src_dict.get("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariable] | Unset = UNSET
        if _environment_variables is not UNSET:
            _environment_variables_item = EnvironmentVariable.from_dict
            environment_variables = [_environment_variables_item(item) for item in _environment_variables]

        _obj.environment_variables = environment_variables

        _file_system_configuration = src_dict.get("fileSystemConfiguration", UNSET)
        file_system_configuration: FileSystemConfiguration | Unset
        if isinstance(_file_system_configuration, Unset):
            file_system_configuration = UNSET
        else:
            file_system_configuration = FileSystemConfiguration.from_dict(_file_system_configuration)

        _obj.file_system_configuration = file_system_configuration

        _helm_chart_configuration = src_dict.get("helmChartConfiguration", UNSET)
        helm_chart_configuration: HelmChartConfiguration | Unset
        if isinstance(_helm_chart_configuration, Unset):
            helm_chart_configuration = UNSET
        else:
            helm_chart_configuration = HelmChartConfiguration.from_dict(_helm_chart_configuration)

        _obj.helm_chart_configuration = helm_chart_configuration

        _obj.image_config_id = src_dict.get("imageConfigId", UNSET)

        _obj.infra_config_id = src_dict.get("infraConfigId", UNSET)

        _job_config = src_dict.get("jobConfig", UNSET)
        job_config: JobConfig | Unset
        if isinstance(_job_config, Unset):
            job_config = UNSET
        else:
            job_config = JobConfig.from_dict(_job_config)

        _obj.job_config = job_config

        _kustomize_configuration = src_dict.get("kustomizeConfiguration", UNSET)
        kustomize_configuration: KustomizeConfiguration | Unset
        if isinstance(_kustomize_configuration, Unset):
            kustomize_configuration = UNSET
        else:
            kustomize_configuration = KustomizeConfiguration.from_dict(_kustomize_configuration)

        _obj.kustomize_configuration = kustomize_configuration

        _l_4_load_balancer_configuration = src_dict.get("l4LoadBalancerConfiguration", UNSET)
        l_4_load_balancer_configuration: L4LoadBalancerConfiguration | Unset
        if isinstance(_l_4_load_balancer_configuration, Unset):
            l_4_load_balancer_configuration = UNSET
        else:
            l_4_load_balancer_configuration = L4LoadBalancerConfiguration.from_dict(_l_4_load_balancer_configuration)

        _obj.l_4_load_balancer_configuration = l_4_load_balancer_configuration

        _l_7_load_balancer_configuration = src_dict.get("l7LoadBalancerConfiguration", UNSET)
        l_7_load_balancer_configuration: L7LoadBalancerConfiguration | Unset
        if isinstance(_l_7_load_balancer_configuration, Unset):
            l_7_load_balancer_configuration = UNSET
        else:
            l_7_load_balancer_configuration = L7LoadBalancerConfiguration.from_dict(_l_7_load_balancer_configuration)

        _obj.l_7_load_balancer_configuration = l_7_load_balancer_configuration

        _operator_crd_configuration = src_dict.get("operatorCRDConfiguration", UNSET)
        operator_crd_configuration: OperatorCRDConfiguration | Unset
        if isinstance(_operator_crd_configuration, Unset):
            operator_crd_configuration = UNSET
        else:
            operator_crd_configuration = OperatorCRDConfiguration.from_dict(_operator_crd_configuration)

        _obj.operator_crd_configuration = operator_crd_configuration

        _obj.proxy_type = src_dict.get("proxyType", UNSET)

        _terraform_configurations = src_dict.get("terraformConfigurations", UNSET)
        terraform_configurations: ResourceTerraformConfigurations | Unset
        if isinstance(_terraform_configurations, Unset):
            terraform_configurations = UNSET
        else:
            terraform_configurations = ResourceTerraformConfigurations.from_dict(_terraform_configurations)

        _obj.terraform_configurations = terraform_configurations

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.internal = _pop("internal")

        _obj.is_deprecated = _pop("isDeprecated")

        _obj.key = _pop("key")

        _obj.name = _pop("name")

        _obj.product_tier_id = _pop("productTierId")

        _obj.resource_type = _pop("resourceType")

        _obj.service_id = _pop("serviceId")

        _action_hooks = _pop("actionHooks", UNSET)
        if _action_hooks is not UNSET:
            _action_hooks[:] = map(ActionHook._from_json, _action_hooks)
        _obj.action_hooks = _action_hooks

        _additional_security_context = _pop("additionalSecurityContext", UNSET)
        _obj.additional_security_context = (
            UNSET
            if _additional_security_context is UNSET
            else AdditionalSecurityContext._from_json(_additional_security_context)
        )

        _backup_configuration = _pop("backupConfiguration", UNSET)
        _obj.backup_configuration = (
            UNSET if _backup_configuration is UNSET else BackupConfiguration._from_json(_backup_configuration)
        )

        _blob_storage_configuration = _pop("blobStorageConfiguration", UNSET)
        _obj.blob_storage_configuration = (
            UNSET
            if _blob_storage_configuration is UNSET
            else BlobStorageConfiguration._from_json(_blob_storage_configuration)
        )

        _capabilities = _pop("capabilities", UNSET)
        if _capabilities is not UNSET:
            _capabilities[:] = map(ResourceCapability._from_json, _capabilities)
        _obj.capabilities = _capabilities

        _custom_labels = _pop("customLabels", UNSET)
        _obj.custom_labels = UNSET if _custom_labels is UNSET else ResourceCustomLabels._from_json(_custom_labels)

        _custom_sys_ct_ls = _pop("customSysCTLs", UNSET)
        _obj.custom_sys_ct_ls = (
            UNSET if _custom_sys_ct_ls is UNSET else ResourceCustomSysCTLs._from_json(_custom_sys_ct_ls)
        )

        _custom_u_limits = _pop("customULimits", UNSET)
        if _custom_u_limits is not UNSET:
            _custom_u_limits[:] = map(CustomULimits._from_json, _custom_u_limits)
        _obj.custom_u_limits = _custom_u_limits

        _dependencies = _pop("dependencies", UNSET)
        if _dependencies is not UNSET:
            _dependencies[:] = map(ResourceDependency._from_json, _dependencies)
        _obj.dependencies = _dependencies

        _environment_variables = _pop("environmentVariables", UNSET)
        if _environment_variables is not UNSET:
            _environment_variables[:] = map(EnvironmentVariable._from_json, _environment_variables)
        _obj.environment_variables = _environment_variables

        _file_system_configuration = _pop("fileSystemConfiguration", UNSET)
        _obj.file_system_configuration = (
            UNSET
            if _file_system_configuration is UNSET
            else FileSystemConfiguration._from_json(_file_system_configuration)
        )

        _helm_chart_configuration = _pop("helmChartConfiguration", UNSET)
        _obj.helm_chart_configuration = (
            UNSET
            if _helm_chart_configuration is UNSET
            else HelmChartConfiguration._from_json(_helm_chart_configuration)
        )

        _obj.image_config_id = _pop("imageConfigId", UNSET)

        _obj.infra_config_id = _pop("infraConfigId", UNSET)

        _job_config = _pop("jobConfig", UNSET)
        _obj.job_config = UNSET if _job_config is UNSET else JobConfig._from_json(_job_config)

        _kustomize_configuration = _pop("kustomizeConfiguration", UNSET)
        _obj.kustomize_configuration = (
            UNSET if _kustomize_configuration is UNSET else KustomizeConfiguration._from_json(_kustomize_configuration)
        )

        _l_4_load_balancer_configuration = _pop("l4LoadBalancerConfiguration", UNSET)
        _obj.l_4_load_balancer_configuration = (
            UNSET
            if _l_4_load_balancer_configuration is UNSET
            else L4LoadBalancerConfiguration._from_json(_l_4_load_balancer_configuration)
        )

        _l_7_load_balancer_configuration = _pop("l7LoadBalancerConfiguration", UNSET)
        _obj.l_7_load_balancer_configuration = (
            UNSET
            if _l_7_load_balancer_configuration is UNSET
            else L7LoadBalancerConfiguration._from_json(_l_7_load_balancer_configuration)
        )

        _operator_crd_configuration = _pop("operatorCRDConfiguration", UNSET)
        _obj.operator_crd_configuration = (
            UNSET
            if _operator_crd_configuration is UNSET
            else OperatorCRDConfiguration._from_json(_operator_crd_configuration)
        )

        _obj.proxy_type = _pop("proxyType", UNSET)

        _terraform_configurations = _pop("terraformConfigurations", UNSET)
        _obj.terraform_configurations = (
            UNSET
            if _terraform_configurations is UNSET
            else ResourceTerraformConfigurations._from_json(_terraform_configurations)
        )

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
