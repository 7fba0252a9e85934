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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "additionalSecurityContext",
        "backupConfiguration",
        "customLabels",
        "customSysCTLs",
        "customULimits",
        "dependencies",
        "description",
        "environmentVariables",
        "helmChartConfiguration",
        "imageConfigId",
        "infraConfigId",
        "jobConfig",
        "kustomizeConfiguration",
        "l4LoadBalancerConfiguration",
        "l7LoadBalancerConfiguration",
        "name",
        "operatorCRDConfiguration",
        "terraformConfigurations",
    }
)


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
        _obj = cls.__new__(cls)
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

        _custom_labels = src_dict.get("customLabels", UNSET)
        custom_labels: UpdateResourceRequestCustomLabels | Unset
        if isinstance(_custom_labels, Unset):
            custom_labels = UNSET
        else:
            custom_labels = UpdateResourceRequestCustomLabels.from_dict(_custom_labels)

        _obj.custom_labels = custom_labels

        _custom_sys_ct_ls = src_dict.get("customSysCTLs", UNSET)
        custom_sys_ct_ls: UpdateResourceRequestCustomSysCTLs | Unset
        if isinstance(_custom_sys_ct_ls, Unset):
            custom_sys_ct_ls = UNSET
        else:
            custom_sys_ct_ls = UpdateResourceRequestCustomSysCTLs.from_dict(_custom_sys_ct_ls)

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

        _obj.description = src_dict.get("description", UNSET)

        _environment_variables = src_dict.get("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariable] | Unset = UNSET
        if _environment_variables is not UNSET:
            _environment_variables_item = EnvironmentVariable.from_dict
            environment_variables = [_environment_variables_item(item) for item in _environment_variables]

        _obj.environment_variables = environment_variables

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

        _obj.name = src_dict.get("name", UNSET)

        _operator_crd_configuration = src_dict.get("operatorCRDConfiguration", UNSET)
        operator_crd_configuration: OperatorCRDConfiguration | Unset
        if isinstance(_operator_crd_configuration, Unset):
            operator_crd_configuration = UNSET
        else:
            operator_crd_configuration = OperatorCRDConfiguration.from_dict(_operator_crd_configuration)

        _obj.operator_crd_configuration = operator_crd_configuration

        _terraform_configurations = src_dict.get("terraformConfigurations", UNSET)
        terraform_configurations: UpdateResourceRequestTerraformConfigurations | Unset
        if isinstance(_terraform_configurations, Unset):
            terraform_configurations = UNSET
        else:
            terraform_configurations = UpdateResourceRequestTerraformConfigurations.from_dict(_terraform_configurations)

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

        _custom_labels = _pop("customLabels", UNSET)
        _obj.custom_labels = (
            UNSET if _custom_labels is UNSET else UpdateResourceRequestCustomLabels._from_json(_custom_labels)
        )

        _custom_sys_ct_ls = _pop("customSysCTLs", UNSET)
        _obj.custom_sys_ct_ls = (
            UNSET if _custom_sys_ct_ls is UNSET else UpdateResourceRequestCustomSysCTLs._from_json(_custom_sys_ct_ls)
        )

        _custom_u_limits = _pop("customULimits", UNSET)
        if _custom_u_limits is not UNSET:
            _custom_u_limits[:] = map(CustomULimits._from_json, _custom_u_limits)
        _obj.custom_u_limits = _custom_u_limits

        _dependencies = _pop("dependencies", UNSET)
        if _dependencies is not UNSET:
            _dependencies[:] = map(ResourceDependency._from_json, _dependencies)
        _obj.dependencies = _dependencies

        _obj.description = _pop("description", UNSET)

        _environment_variables = _pop("environmentVariables", UNSET)
        if _environment_variables is not UNSET:
            _environment_variables[:] = map(EnvironmentVariable._from_json, _environment_variables)
        _obj.environment_variables = _environment_variables

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

        _obj.name = _pop("name", UNSET)

        _operator_crd_configuration = _pop("operatorCRDConfiguration", UNSET)
        _obj.operator_crd_configuration = (
            UNSET
            if _operator_crd_configuration is UNSET
            else OperatorCRDConfiguration._from_json(_operator_crd_configuration)
        )

        _terraform_configurations = _pop("terraformConfigurations", UNSET)
        _obj.terraform_configurations = (
            UNSET
            if _terraform_configurations is UNSET
            else UpdateResourceRequestTerraformConfigurations._from_json(_terraform_configurations)
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
