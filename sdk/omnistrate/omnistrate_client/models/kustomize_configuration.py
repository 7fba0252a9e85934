from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_configuration import GitConfiguration
    from ..models.kustomize_configuration_endpoint_configuration import KustomizeConfigurationEndpointConfiguration
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, GitConfiguration, KustomizeConfigurationEndpointConfiguration, OperatorHelmChartDependency
    from ..models.git_configuration import GitConfiguration  # noqa: PLC0415
    from ..models.kustomize_configuration_endpoint_configuration import KustomizeConfigurationEndpointConfiguration  # noqa: PLC0415
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="KustomizeConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "kustomizePath",
        "endpointConfiguration",
        "gitConfiguration",
        "helmChartDependencies",
    }
)


@_attrs_define
class KustomizeConfiguration:
    """
    Attributes:
        kustomize_path (str): The path to the kustomize directory
        endpoint_configuration (KustomizeConfigurationEndpointConfiguration | Unset): The endpoints from the Kustomize
            Deployment to expose to the customer
        git_configuration (GitConfiguration | Unset):
        helm_chart_dependencies (list[OperatorHelmChartDependency] | Unset): The helm chart dependencies for the CRD -
            Optional
    """

    kustomize_path: str
    endpoint_configuration: KustomizeConfigurationEndpointConfiguration | Unset = UNSET
    git_configuration: GitConfiguration | Unset = UNSET
    helm_chart_dependencies: list[OperatorHelmChartDependency] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        kustomize_path = self.kustomize_path

        endpoint_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint_configuration, Unset):
            endpoint_configuration = self.endpoint_configuration.to_dict()

        git_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_configuration, Unset):
            git_configuration = self.git_configuration.to_dict()

        helm_chart_dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.helm_chart_dependencies, Unset):
            helm_chart_dependencies = []
            for helm_chart_dependencies_item_data in self.helm_chart_dependencies:
                helm_chart_dependencies_item = helm_chart_dependencies_item_data.to_dict()
                helm_chart_dependencies.append(helm_chart_dependencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kustomizePath": kustomize_path,
            }
        )
        if endpoint_configuration is not UNSET:
            field_dict["endpointConfiguration"] = endpoint_configuration
        if git_configuration is not UNSET:
            field_dict["gitConfiguration"] = git_configuration
        if helm_chart_dependencies is not UNSET:
            field_dict["helmChartDependencies"] = helm_chart_dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.kustomize_path = src_dict["kustomizePath"]

        _endpoint_configuration = src_dict.get("endpointConfiguration", UNSET)
        endpoint_configuration: KustomizeConfigurationEndpointConfiguration | Unset
        if isinstance(_endpoint_configuration, Unset):
            endpoint_configuration = UNSET
        else:
            endpoint_configuration = KustomizeConfigurationEndpointConfiguration.from_dict(_endpoint_configuration)

        _obj.endpoint_configuration = endpoint_configuration

        _git_configuration = src_dict.get("gitConfiguration", UNSET)
        git_configuration: GitConfiguration | Unset
        if isinstance(_git_configuration, Unset):
            git_configuration = UNSET
        else:
            git_configuration = GitConfiguration.from_dict(_git_configuration)

        _obj.git_configuration = git_configuration

        _helm_chart_dependencies = src_dict.get("helmChartDependencies", UNSET)
        helm_chart_dependencies: list[OperatorHelmChartDependency] | Unset = UNSET
        if _helm_chart_dependencies is not UNSET:
            _helm_chart_dependencies_item = OperatorHelmChartDependency.from_dict
            helm_chart_dependencies = [_helm_chart_dependencies_item(item) for item in _helm_chart_dependencies]

        _obj.helm_chart_dependencies = helm_chart_dependencies

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
        _obj.kustomize_path = _pop("kustomizePath")

        _endpoint_configuration = _pop("endpointConfiguration", UNSET)
        _obj.endpoint_configuration = (
            UNSET
            if _endpoint_configuration is UNSET
            else KustomizeConfigurationEndpointConfiguration._from_json(_endpoint_configuration)
        )

        _git_configuration = _pop("gitConfiguration", UNSET)
        _obj.git_configuration = (
            UNSET if _git_configuration is UNSET else GitConfiguration._from_json(_git_configuration)
        )

        _helm_chart_dependencies = _pop("helmChartDependencies", UNSET)
        if _helm_chart_dependencies is not UNSET:
            _helm_chart_dependencies[:] = map(OperatorHelmChartDependency._from_json, _helm_chart_dependencies)
        _obj.helm_chart_dependencies = _helm_chart_dependencies

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
