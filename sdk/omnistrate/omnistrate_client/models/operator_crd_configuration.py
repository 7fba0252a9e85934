from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_crd_configuration_endpoint_configuration import OperatorCRDConfigurationEndpointConfiguration
    from ..models.operator_crd_configuration_output_parameters import OperatorCRDConfigurationOutputParameters
    from ..models.operator_crd_configuration_readiness_conditions import OperatorCRDConfigurationReadinessConditions
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        OperatorCRDConfigurationEndpointConfiguration, \
        OperatorCRDConfigurationOutputParameters, \
        OperatorCRDConfigurationReadinessConditions, \
        OperatorHelmChartDependency
    from ..models.operator_crd_configuration_endpoint_configuration import OperatorCRDConfigurationEndpointConfiguration  # noqa: PLC0415
    from ..models.operator_crd_configuration_output_parameters import OperatorCRDConfigurationOutputParameters  # noqa: PLC0415
    from ..models.operator_crd_configuration_readiness_conditions import OperatorCRDConfigurationReadinessConditions  # noqa: PLC0415
    from ..models.operator_helm_chart_dependency import OperatorHelmChartDependency  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OperatorCRDConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "template",
        "endpointConfiguration",
        "helmChartDependencies",
        "outputParameters",
        "readinessConditions",
        "supplementalFiles",
    }
)


@_attrs_define
class OperatorCRDConfiguration:
    """
    Attributes:
        template (str): The template of the CRD to apply on every deployment
        endpoint_configuration (OperatorCRDConfigurationEndpointConfiguration | Unset): The endpoints from the Operator
            CRD Deployment to expose to the customer
        helm_chart_dependencies (list[OperatorHelmChartDependency] | Unset): The helm chart dependencies for the CRD
            (including charts necessary to manage the operator) - Optional
        output_parameters (OperatorCRDConfigurationOutputParameters | Unset): The output parameters to export to the
            user from the CRD
        readiness_conditions (OperatorCRDConfigurationReadinessConditions | Unset): The readiness conditions to check
            for the CRD
        supplemental_files (list[str] | Unset): The supplemental files to apply with the CRD
    """

    template: str
    endpoint_configuration: OperatorCRDConfigurationEndpointConfiguration | Unset = UNSET
    helm_chart_dependencies: list[OperatorHelmChartDependency] | Unset = UNSET
    output_parameters: OperatorCRDConfigurationOutputParameters | Unset = UNSET
    readiness_conditions: OperatorCRDConfigurationReadinessConditions | Unset = UNSET
    supplemental_files: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        template = self.template

        endpoint_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint_configuration, Unset):
            endpoint_configuration = self.endpoint_configuration.to_dict()

        helm_chart_dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.helm_chart_dependencies, Unset):
            helm_chart_dependencies = []
            for helm_chart_dependencies_item_data in self.helm_chart_dependencies:
                helm_chart_dependencies_item = helm_chart_dependencies_item_data.to_dict()
                helm_chart_dependencies.append(helm_chart_dependencies_item)

        output_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_parameters, Unset):
            output_parameters = self.output_parameters.to_dict()

        readiness_conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.readiness_conditions, Unset):
            readiness_conditions = self.readiness_conditions.to_dict()

        supplemental_files: list[str] | Unset = UNSET
        if not isinstance(self.supplemental_files, Unset):
            supplemental_files = self.supplemental_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
            }
        )
        if endpoint_configuration is not UNSET:
            field_dict["endpointConfiguration"] = endpoint_configuration
        if helm_chart_dependencies is not UNSET:
            field_dict["helmChartDependencies"] = helm_chart_dependencies
        if output_parameters is not UNSET:
            field_dict["outputParameters"] = output_parameters
        if readiness_conditions is not UNSET:
            field_dict["readinessConditions"] = readiness_conditions
        if supplemental_files is not UNSET:
            field_dict["supplementalFiles"] = supplemental_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.template = src_dict["template"]

        _endpoint_configuration = src_dict.get("endpointConfiguration", UNSET)
        endpoint_configuration: OperatorCRDConfigurationEndpointConfiguration | Unset
        if isinstance(_endpoint_configuration, Unset):
            endpoint_configuration = UNSET
        else:
            endpoint_configuration = OperatorCRDConfigurationEndpointConfiguration.from_dict(_endpoint_configuration)

        _obj.endpoint_configuration = endpoint_configuration

        _helm_chart_dependencies = src_dict.get("helmChartDependencies", UNSET)
        helm_chart_dependencies: list[OperatorHelmChartDependency] | Unset = UNSET
        if _helm_chart_dependencies is not UNSET:
            _helm_chart_dependencies_item = OperatorHelmChartDependency.from_dict
            helm_chart_dependencies = [_helm_chart_dependencies_item(item) for item in _helm_chart_dependencies]

        _obj.helm_chart_dependencies = helm_chart_dependencies

        _output_parameters = src_dict.get("outputParameters", UNSET)
        output_parameters: OperatorCRDConfigurationOutputParameters | Unset
        if isinstance(_output_parameters, Unset):
            output_parameters = UNSET
        else:
            output_parameters = OperatorCRDConfigurationOutputParameters.from_dict(_output_parameters)

        _obj.output_parameters = output_parameters

        _readiness_conditions = src_dict.get("readinessConditions", UNSET)
        readiness_conditions: OperatorCRDConfigurationReadinessConditions | Unset
        if isinstance(_readiness_conditions, Unset):
            readiness_conditions = UNSET
        else:
            readiness_conditions = OperatorCRDConfigurationReadinessConditions.from_dict(_readiness_conditions)

        _obj.readiness_conditions = readiness_conditions

        supplemental_files = cast(list[str], src_dict.get("supplementalFiles", UNSET))

        _obj.supplemental_files = supplemental_files

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
        _obj.template = _pop("template")

        _endpoint_configuration = _pop("endpointConfiguration", UNSET)
        _obj.endpoint_configuration = (
            UNSET
            if _endpoint_configuration is UNSET
            else OperatorCRDConfigurationEndpointConfiguration._from_json(_endpoint_configuration)
        )

        _helm_chart_dependencies = _pop("helmChartDependencies", UNSET)
        if _helm_chart_dependencies is not UNSET:
            _helm_chart_dependencies[:] = map(OperatorHelmChartDependency._from_json, _helm_chart_dependencies)
        _obj.helm_chart_dependencies = _helm_chart_dependencies

        _output_parameters = _pop("outputParameters", UNSET)
        _obj.output_parameters = (
            UNSET
            if _output_parameters is UNSET
            else OperatorCRDConfigurationOutputParameters._from_json(_output_parameters)
        )

        _readiness_conditions = _pop("readinessConditions", UNSET)
        _obj.readiness_conditions = (
            UNSET
            if _readiness_conditions is UNSET
            else OperatorCRDConfigurationReadinessConditions._from_json(_readiness_conditions)
        )

        supplemental_files = cast(list[str], _pop("supplementalFiles", UNSET))

        _obj.supplemental_files = supplemental_files

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
