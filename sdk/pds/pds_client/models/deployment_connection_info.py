from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_details import ConnectionDetails
    from ..models.deployment_connection_info_cluster_details import DeploymentConnectionInfoClusterDetails
    from ..models.pod_info import PodInfo

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ConnectionDetails, DeploymentConnectionInfoClusterDetails, PodInfo
    from ..models.connection_details import ConnectionDetails  # noqa: PLC0415
    from ..models.deployment_connection_info_cluster_details import DeploymentConnectionInfoClusterDetails  # noqa: PLC0415
    from ..models.pod_info import PodInfo  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DeploymentConnectionInfo")


@_attrs_define
class DeploymentConnectionInfo:
    """
    Attributes:
        cluster_details (DeploymentConnectionInfoClusterDetails | Unset):
        connection_details (ConnectionDetails | Unset):
        not_ready_pods (list[PodInfo] | Unset):
        pods (list[PodInfo] | Unset):
    """

    cluster_details: DeploymentConnectionInfoClusterDetails | Unset = UNSET
    connection_details: ConnectionDetails | Unset = UNSET
    not_ready_pods: list[PodInfo] | Unset = UNSET
    pods: list[PodInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        cluster_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_details, Unset):
            cluster_details = self.cluster_details.to_dict()

        connection_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_details, Unset):
            connection_details = self.connection_details.to_dict()

        not_ready_pods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.not_ready_pods, Unset):
            not_ready_pods = []
            for not_ready_pods_item_data in self.not_ready_pods:
                not_ready_pods_item = not_ready_pods_item_data.to_dict()
                not_ready_pods.append(not_ready_pods_item)

        pods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pods, Unset):
            pods = []
            for pods_item_data in self.pods:
                pods_item = pods_item_data.to_dict()
                pods.append(pods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_details is not UNSET:
            field_dict["clusterDetails"] = cluster_details
        if connection_details is not UNSET:
            field_dict["connectionDetails"] = connection_details
        if not_ready_pods is not UNSET:
            field_dict["notReadyPods"] = not_ready_pods
        if pods is not UNSET:
            field_dict["pods"] = pods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        _cluster_details = d.pop("clusterDetails", UNSET)
        cluster_details: DeploymentConnectionInfoClusterDetails | Unset
        if isinstance(_cluster_details, Unset):
            cluster_details = UNSET
        else:
            cluster_details = DeploymentConnectionInfoClusterDetails.from_dict(_cluster_details)

        _connection_details = d.pop("connectionDetails", UNSET)
        connection_details: ConnectionDetails | Unset
        if isinstance(_connection_details, Unset):
            connection_details = UNSET
        else:
            connection_details = ConnectionDetails.from_dict(_connection_details)

        _not_ready_pods = d.pop("notReadyPods", UNSET)
        not_ready_pods: list[PodInfo] | Unset = UNSET
        if _not_ready_pods is not UNSET:
            not_ready_pods = []
            for not_ready_pods_item_data in _not_ready_pods:
                not_ready_pods_item = PodInfo.from_dict(not_ready_pods_item_data)

                not_ready_pods.append(not_ready_pods_item)

        _pods = d.pop("pods", UNSET)
        pods: list[PodInfo] | Unset = UNSET
        if _pods is not UNSET:
            pods = []
            for pods_item_data in _pods:
                pods_item = PodInfo.from_dict(pods_item_data)

                pods.append(pods_item)

        deployment_connection_info = cls(
            cluster_details=cluster_details,
            connection_details=connection_details,
            not_ready_pods=not_ready_pods,
            pods=pods,
        )

        deployment_connection_info.additional_properties = d
        return deployment_connection_info

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
