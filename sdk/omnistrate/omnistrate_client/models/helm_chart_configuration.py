from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.helm_chart_configuration_chart_values import HelmChartConfigurationChartValues
    from ..models.helm_chart_configuration_endpoint_configuration import HelmChartConfigurationEndpointConfiguration
    from ..models.helm_runtime_configuration import HelmRuntimeConfiguration

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        HelmChartConfigurationChartValues, \
        HelmChartConfigurationEndpointConfiguration, \
        HelmRuntimeConfiguration
    from ..models.helm_chart_configuration_chart_values import HelmChartConfigurationChartValues  # noqa: PLC0415
    from ..models.helm_chart_configuration_endpoint_configuration import HelmChartConfigurationEndpointConfiguration  # noqa: PLC0415
    from ..models.helm_runtime_configuration import HelmRuntimeConfiguration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="HelmChartConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "chartName",
        "chartRepoName",
        "chartRepoUrl",
        "chartVersion",
        "chartValues",
        "endpointConfiguration",
        "password",
        "runtimeConfiguration",
        "username",
    }
)


@_attrs_define
class HelmChartConfiguration:
    """
    Attributes:
        chart_name (str): The chart name of the Helm package
        chart_repo_name (str): The chart repository name of the Helm package
        chart_repo_url (str): The chart repository URL of the Helm package
        chart_version (str): The chart version of the Helm package
        chart_values (HelmChartConfigurationChartValues | Unset): The values of the Helm package
        endpoint_configuration (HelmChartConfigurationEndpointConfiguration | Unset): The endpoints from the Helm
            Deployment to expose to the customer
        password (str | Unset): The password to authenticate with the registry
        runtime_configuration (HelmRuntimeConfiguration | Unset):
        username (str | Unset): The username to authenticate with the registry
    """

    chart_name: str
    chart_repo_name: str
    chart_repo_url: str
    chart_version: str
    chart_values: HelmChartConfigurationChartValues | Unset = UNSET
    endpoint_configuration: HelmChartConfigurationEndpointConfiguration | Unset = UNSET
    password: str | Unset = UNSET
    runtime_configuration: HelmRuntimeConfiguration | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        chart_name = self.chart_name

        chart_repo_name = self.chart_repo_name

        chart_repo_url = self.chart_repo_url

        chart_version = self.chart_version

        chart_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chart_values, Unset):
            chart_values = self.chart_values.to_dict()

        endpoint_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint_configuration, Unset):
            endpoint_configuration = self.endpoint_configuration.to_dict()

        password = self.password

        runtime_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_configuration, Unset):
            runtime_configuration = self.runtime_configuration.to_dict()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chartName": chart_name,
                "chartRepoName": chart_repo_name,
                "chartRepoUrl": chart_repo_url,
                "chartVersion": chart_version,
            }
        )
        if chart_values is not UNSET:
            field_dict["chartValues"] = chart_values
        if endpoint_configuration is not UNSET:
            field_dict["endpointConfiguration"] = endpoint_configuration
        if password is not UNSET:
            field_dict["password"] = password
        if runtime_configuration is not UNSET:
            field_dict["runtimeConfiguration"] = runtime_configuration
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.chart_name = src_dict["chartName"]

        _obj.chart_repo_name = src_dict["chartRepoName"]

        _obj.chart_repo_url = src_dict["chartRepoUrl"]

        _obj.chart_version = src_dict["chartVersion"]

        _chart_values = src_dict.get("chartValues", UNSET)
        chart_values: HelmChartConfigurationChartValues | Unset
        if isinstance(_chart_values, Unset):
            chart_values = UNSET
        else:
            chart_values = HelmChartConfigurationChartValues.from_dict(_chart_values)

        _obj.chart_values = chart_values

        _endpoint_configuration = src_dict.get("endpointConfiguration", UNSET)
        endpoint_configuration: HelmChartConfigurationEndpointConfiguration | Unset
        if isinstance(_endpoint_configuration, Unset):
            endpoint_configuration = UNSET
        else:
            endpoint_configuration = HelmChartConfigurationEndpointConfiguration.from_dict(_endpoint_configuration)

        _obj.endpoint_configuration = endpoint_configuration

        _obj.password = src_dict.get("password", UNSET)

        _runtime_configuration = src_dict.get("runtimeConfiguration", UNSET)
        runtime_configuration: HelmRuntimeConfiguration | Unset
        if isinstance(_runtime_configuration, Unset):
            runtime_configuration = UNSET
        else:
            runtime_configuration = HelmRuntimeConfiguration.from_dict(_runtime_configuration)

        _obj.runtime_configuration = runtime_configuration

        _obj.username = src_dict.get("username", UNSET)

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
        _obj.chart_name = _pop("chartName")

        _obj.chart_repo_name = _pop("chartRepoName")

        _obj.chart_repo_url = _pop("chartRepoUrl")

        _obj.chart_version = _pop("chartVersion")

        _chart_values = _pop("chartValues", UNSET)
        _obj.chart_values = (
            UNSET if _chart_values is UNSET else HelmChartConfigurationChartValues._from_json(_chart_values)
        )

        _endpoint_configuration = _pop("endpointConfiguration", UNSET)
        _obj.endpoint_configuration = (
            UNSET
            if _endpoint_configuration is UNSET
            else HelmChartConfigurationEndpointConfiguration._from_json(_endpoint_configuration)
        )

        _obj.password = _pop("password", UNSET)

        _runtime_configuration = _pop("runtimeConfiguration", UNSET)
        _obj.runtime_configuration = (
            UNSET if _runtime_configuration is UNSET else HelmRuntimeConfiguration._from_json(_runtime_configuration)
        )

        _obj.username = _pop("username", UNSET)

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
