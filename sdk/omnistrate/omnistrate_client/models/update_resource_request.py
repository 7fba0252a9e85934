from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_security_context import AdditionalSecurityContext
    from ..models.backup_configuration import BackupConfiguration
    from ..models.custom_u_limits import CustomULimits
    from ..models.environment_variable import EnvironmentVariable
    from ..models.helm_chart_configuration import HelmChartConfiguration
    from ..models.job_config import JobConfig
    from ..models.kustomize_configuration import KustomizeConfiguration
    from ..models.l4_load_balancer_configuration import L4LoadBalancerConfiguration
    from ..models.l7_load_balancer_configuration import L7LoadBalancerConfiguration
    from ..models.operator_crd_configuration import OperatorCRDConfiguration
    from ..models.resource_dependency import ResourceDependency
    from ..models.update_resource_request_custom_labels import UpdateResourceRequestCustomLabels
    from ..models.update_resource_request_custom_sys_ct_ls import UpdateResourceRequestCustomSysCTLs
    from ..models.update_resource_request_terraform_configurations import UpdateResourceRequestTerraformConfigurations

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        AdditionalSecurityContext, \
        BackupConfiguration, \
        CustomULimits, \
        EnvironmentVariable, \
        HelmChartConfiguration, \
        JobConfig, \
        KustomizeConfiguration, \
        L4LoadBalancerConfiguration, \
        L7LoadBalancerConfiguration, \
        OperatorCRDConfiguration, \
        ResourceDependency, \
        UpdateResourceRequestCustomLabels, \
        UpdateResourceRequestCustomSysCTLs, \
        UpdateResourceRequestTerraformConfigurations
    from ..models.additional_security_context import AdditionalSecurityContext  # noqa: PLC0415
    from ..models.backup_configuration import BackupConfiguration  # noqa: PLC0415
    from ..models.custom_u_limits import CustomULimits  # noqa: PLC0415
    from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415
    from ..models.helm_chart_configuration import HelmChartConfiguration  # noqa: PLC0415
    from ..models.job_config import JobConfig  # noqa: PLC0415
    from ..models.kustomize_configuration import KustomizeConfiguration  # noqa: PLC0415
    from ..models.l4_load_balancer_configuration import L4LoadBalancerConfiguration  # noqa: PLC0415
    from ..models.l7_load_balancer_configuration import L7LoadBalancerConfiguration  # noqa: PLC0415
    from ..models.operator_crd_configuration import OperatorCRDConfiguration  # noqa: PLC0415
    from ..models.resource_dependency import ResourceDependency  # noqa: PLC0415
    from ..models.update_resource_request_custom_labels import UpdateResourceRequestCustomLabels  # noqa: PLC0415
    from ..models.update_resource_request_custom_sys_ct_ls import UpdateResourceRequestCustomSysCTLs  # noqa: PLC0415
    from ..models.update_resource_request_terraform_configurations import UpdateResourceRequestTerraformConfigurations  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpdateResourceRequest")


@_attrs_define
class UpdateResourceRequest:
    """Request body of UpdateResource

    Attributes:
        additional_security_context (AdditionalSecurityContext | Unset):
        backup_configuration (BackupConfiguration | Unset):
        custom_labels (UpdateResourceRequestCustomLabels | Unset): Custom labels for the resource
        custom_sys_ct_ls (UpdateResourceRequestCustomSysCTLs | Unset): Custom sysctl settings for the resource
        custom_u_limits (list[CustomULimits] | Unset): Custom ulimits for the resource
        dependencies (list[ResourceDependency] | Unset):
        description (str | Unset): A brief description of the resource
        environment_variables (list[EnvironmentVariable] | Unset): The environment variables that this resource requires
        helm_chart_configuration (HelmChartConfiguration | Unset):
        image_config_id (str | Unset): The ID of the image configuration that this resource refers to
        infra_config_id (str | Unset): The ID of the infrastructure configuration that this resource refers to
        job_config (JobConfig | Unset):
        kustomize_configuration (KustomizeConfiguration | Unset):
        l_4_load_balancer_configuration (L4LoadBalancerConfiguration | Unset):
        l_7_load_balancer_configuration (L7LoadBalancerConfiguration | Unset):
        name (str | Unset): Name of the resource
        operator_crd_configuration (OperatorCRDConfiguration | Unset):
        terraform_configurations (UpdateResourceRequestTerraformConfigurations | Unset): The Terraform configurations
            for various cloud providers
    """

    additional_security_context: AdditionalSecurityContext | Unset = UNSET
    backup_configuration: BackupConfiguration | Unset = UNSET
    custom_labels: UpdateResourceRequestCustomLabels | Unset = UNSET
    custom_sys_ct_ls: UpdateResourceRequestCustomSysCTLs | Unset = UNSET
    custom_u_limits: list[CustomULimits] | Unset = UNSET
    dependencies: list[ResourceDependency] | Unset = UNSET
    description: str | Unset = UNSET
    environment_variables: list[EnvironmentVariable] | Unset = UNSET
    helm_chart_configuration: HelmChartConfiguration | Unset = UNSET
    image_config_id: str | Unset = UNSET
    infra_config_id: str | Unset = UNSET
    job_config: JobConfig | Unset = UNSET
    kustomize_configuration: KustomizeConfiguration | Unset = UNSET
    l_4_load_balancer_configuration: L4LoadBalancerConfiguration | Unset = UNSET
    l_7_load_balancer_configuration: L7LoadBalancerConfiguration | Unset = UNSET
    name: str | Unset = UNSET
    operator_crd_configuration: OperatorCRDConfiguration | Unset = UNSET
    terraform_configurations: UpdateResourceRequestTerraformConfigurations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        additional_security_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_security_context, Unset):
            additional_security_context = self.additional_security_context.to_dict()

        backup_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_configuration, Unset):
            backup_configuration = self.backup_configuration.to_dict()

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

        description = self.description

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

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

        name = self.name

        operator_crd_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator_crd_configuration, Unset):
            operator_crd_configuration = self.operator_crd_configuration.to_dict()

        terraform_configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terraform_configurations, Unset):
            terraform_configurations = self.terraform_configurations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_security_context is not UNSET:
            field_dict["additionalSecurityContext"] = additional_security_context
        if backup_configuration is not UNSET:
            field_dict["backupConfiguration"] = backup_configuration
        if custom_labels is not UNSET:
            field_dict["customLabels"] = custom_labels
        if custom_sys_ct_ls is not UNSET:
            field_dict["customSysCTLs"] = custom_sys_ct_ls
        if custom_u_limits is not UNSET:
            field_dict["customULimits"] = custom_u_limits
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if description is not UNSET:
            field_dict["description"] = description
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
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
        if name is not UNSET:
            field_dict["name"] = name
        if operator_crd_configuration is not UNSET:
            field_dict["operatorCRDConfiguration"] = operator_crd_configuration
        if terraform_configurations is not UNSET:
            field_dict["terraformConfigurations"] = terraform_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _additional_security_context = d.pop("additionalSecurityContext", UNSET)
        additional_security_context: AdditionalSecurityContext | Unset
        if isinstance(_additional_security_context, Unset):
            additional_security_context = UNSET
        else:
            additional_security_context = AdditionalSecurityContext.from_dict(_additional_security_context)

        _backup_configuration = d.pop("backupConfiguration", UNSET)
        backup_configuration: BackupConfiguration | Unset
        if isinstance(_backup_configuration, Unset):
            backup_configuration = UNSET
        else:
            backup_configuration = BackupConfiguration.from_dict(_backup_configuration)

        _custom_labels = d.pop("customLabels", UNSET)
        custom_labels: UpdateResourceRequestCustomLabels | Unset
        if isinstance(_custom_labels, Unset):
            custom_labels = UNSET
        else:
            custom_labels = UpdateResourceRequestCustomLabels.from_dict(_custom_labels)

        _custom_sys_ct_ls = d.pop("customSysCTLs", UNSET)
        custom_sys_ct_ls: UpdateResourceRequestCustomSysCTLs | Unset
        if isinstance(_custom_sys_ct_ls, Unset):
            custom_sys_ct_ls = UNSET
        else:
            custom_sys_ct_ls = UpdateResourceRequestCustomSysCTLs.from_dict(_custom_sys_ct_ls)

        _custom_u_limits = d.pop("customULimits", UNSET)
        custom_u_limits: list[CustomULimits] | Unset = UNSET
        if _custom_u_limits is not UNSET:
            custom_u_limits = []
            for custom_u_limits_item_data in _custom_u_limits:
                custom_u_limits_item = CustomULimits.from_dict(custom_u_limits_item_data)

                custom_u_limits.append(custom_u_limits_item)

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[ResourceDependency] | Unset = UNSET
        if _dependencies is not UNSET:
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = ResourceDependency.from_dict(dependencies_item_data)

                dependencies.append(dependencies_item)

        description = d.pop("description", UNSET)

        _environment_variables = d.pop("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariable] | Unset = UNSET
        if _environment_variables is not UNSET:
            environment_variables = []
            for environment_variables_item_data in _environment_variables:
                environment_variables_item = EnvironmentVariable.from_dict(environment_variables_item_data)

                environment_variables.append(environment_variables_item)

        _helm_chart_configuration = d.pop("helmChartConfiguration", UNSET)
        helm_chart_configuration: HelmChartConfiguration | Unset
        if isinstance(_helm_chart_configuration, Unset):
            helm_chart_configuration = UNSET
        else:
            helm_chart_configuration = HelmChartConfiguration.from_dict(_helm_chart_configuration)

        image_config_id = d.pop("imageConfigId", UNSET)

        infra_config_id = d.pop("infraConfigId", UNSET)

        _job_config = d.pop("jobConfig", UNSET)
        job_config: JobConfig | Unset
        if isinstance(_job_config, Unset):
            job_config = UNSET
        else:
            job_config = JobConfig.from_dict(_job_config)

        _kustomize_configuration = d.pop("kustomizeConfiguration", UNSET)
        kustomize_configuration: KustomizeConfiguration | Unset
        if isinstance(_kustomize_configuration, Unset):
            kustomize_configuration = UNSET
        else:
            kustomize_configuration = KustomizeConfiguration.from_dict(_kustomize_configuration)

        _l_4_load_balancer_configuration = d.pop("l4LoadBalancerConfiguration", UNSET)
        l_4_load_balancer_configuration: L4LoadBalancerConfiguration | Unset
        if isinstance(_l_4_load_balancer_configuration, Unset):
            l_4_load_balancer_configuration = UNSET
        else:
            l_4_load_balancer_configuration = L4LoadBalancerConfiguration.from_dict(_l_4_load_balancer_configuration)

        _l_7_load_balancer_configuration = d.pop("l7LoadBalancerConfiguration", UNSET)
        l_7_load_balancer_configuration: L7LoadBalancerConfiguration | Unset
        if isinstance(_l_7_load_balancer_configuration, Unset):
            l_7_load_balancer_configuration = UNSET
        else:
            l_7_load_balancer_configuration = L7LoadBalancerConfiguration.from_dict(_l_7_load_balancer_configuration)

        name = d.pop("name", UNSET)

        _operator_crd_configuration = d.pop("operatorCRDConfiguration", UNSET)
        operator_crd_configuration: OperatorCRDConfiguration | Unset
        if isinstance(_operator_crd_configuration, Unset):
            operator_crd_configuration = UNSET
        else:
            operator_crd_configuration = OperatorCRDConfiguration.from_dict(_operator_crd_configuration)

        _terraform_configurations = d.pop("terraformConfigurations", UNSET)
        terraform_configurations: UpdateResourceRequestTerraformConfigurations | Unset
        if isinstance(_terraform_configurations, Unset):
            terraform_configurations = UNSET
        else:
            terraform_configurations = UpdateResourceRequestTerraformConfigurations.from_dict(_terraform_configurations)

        update_resource_request = cls(
            additional_security_context=additional_security_context,
            backup_configuration=backup_configuration,
            custom_labels=custom_labels,
            custom_sys_ct_ls=custom_sys_ct_ls,
            custom_u_limits=custom_u_limits,
            dependencies=dependencies,
            description=description,
            environment_variables=environment_variables,
            helm_chart_configuration=helm_chart_configuration,
            image_config_id=image_config_id,
            infra_config_id=infra_config_id,
            job_config=job_config,
            kustomize_configuration=kustomize_configuration,
            l_4_load_balancer_configuration=l_4_load_balancer_configuration,
            l_7_load_balancer_configuration=l_7_load_balancer_configuration,
            name=name,
            operator_crd_configuration=operator_crd_configuration,
            terraform_configurations=terraform_configurations,
        )

        update_resource_request.additional_properties = d
        return update_resource_request

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
