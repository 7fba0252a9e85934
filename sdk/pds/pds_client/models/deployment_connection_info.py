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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "clusterDetails",
        "connectionDetails",
        "notReadyPods",
        "pods",
    }
)


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
        _obj = cls.__new__(cls)
        _cluster_details = src_dict.get("clusterDetails", UNSET)
        cluster_details: DeploymentConnectionInfoClusterDetails | Unset
        if isinstance(_cluster_details, Unset):
            cluster_details = UNSET
        else:
            cluster_details = DeploymentConnectionInfoClusterDetails.from_dict(_cluster_details)

        _obj.cluster_details = cluster_details

        _connection_details = src_dict.get("connectionDetails", UNSET)
        connection_details: ConnectionDetails | Unset
        if isinstance(_connection_details, Unset):
            connection_details = UNSET
        else:
            connection_details = ConnectionDetails.from_dict(_connection_details)

        _obj.connection_details = connection_details

        _not_ready_pods = src_dict.get("notReadyPods", UNSET)
        not_ready_pods: list[PodInfo] | Unset = UNSET
        if _not_ready_pods is not UNSET:
            _not_ready_pods_item = PodInfo.from_dict
            not_ready_pods = [_not_ready_pods_item(item) for item in _not_ready_pods]

        _obj.not_ready_pods = not_ready_pods

        _pods = src_dict.get("pods", UNSET)
        pods: list[PodInfo] | Unset = UNSET
        if _pods is not UNSET:
            _pods_item = PodInfo.from_dict
            pods = [_pods_item(item) for item in _pods]

        _obj.pods = pods

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
        _cluster_details = _pop("clusterDetails", UNSET)
        _obj.cluster_details = (
            UNSET if _cluster_details is UNSET else DeploymentConnectionInfoClusterDetails._from_json(_cluster_details)
        )

        _connection_details = _pop("connectionDetails", UNSET)
        _obj.connection_details = (
            UNSET if _connection_details is UNSET else ConnectionDetails._from_json(_connection_details)
        )

        _not_ready_pods = _pop("notReadyPods", UNSET)
        if _not_ready_pods is not UNSET:
            _not_ready_pods[:] = map(PodInfo._from_json, _not_ready_pods)
        _obj.not_ready_pods = _not_ready_pods

        _pods = _pop("pods", UNSET)
        if _pods is not UNSET:
            _pods[:] = map(PodInfo._from_json, _pods)
        _obj.pods = _pods

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
