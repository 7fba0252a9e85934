from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup_status import BackupStatus
    from ..models.custom_network_resource_detail import CustomNetworkResourceDetail
    from ..models.kubernetes_dashboard_endpoint import KubernetesDashboardEndpoint
    from ..models.resource_instance_detailed_network_topology import ResourceInstanceDetailedNetworkTopology
    from ..models.resource_instance_maintenance_tasks import ResourceInstanceMaintenanceTasks
    from ..models.resource_instance_product_tier_features import ResourceInstanceProductTierFeatures
    from ..models.subscription_license import SubscriptionLicense

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        BackupStatus, \
        CustomNetworkResourceDetail, \
        KubernetesDashboardEndpoint, \
        ResourceInstanceDetailedNetworkTopology, \
        ResourceInstanceMaintenanceTasks, \
        ResourceInstanceProductTierFeatures, \
        SubscriptionLicense
    from ..models.backup_status import BackupStatus  # noqa: PLC0415
    from ..models.custom_network_resource_detail import CustomNetworkResourceDetail  # noqa: PLC0415
    from ..models.kubernetes_dashboard_endpoint import KubernetesDashboardEndpoint  # noqa: PLC0415
    from ..models.resource_instance_detailed_network_topology import ResourceInstanceDetailedNetworkTopology  # noqa: PLC0415
    from ..models.resource_instance_maintenance_tasks import ResourceInstanceMaintenanceTasks  # noqa: PLC0415
    from ..models.resource_instance_product_tier_features import ResourceInstanceProductTierFeatures  # noqa: PLC0415
    from ..models.subscription_license import SubscriptionLicense  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResourceInstance")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "active",
        "autoscalingEnabled",
        "awsAccountID",
        "azureSubscriptionID",
        "backupStatus",
        "cloud_provider",
        "created_at",
        "createdByUserId",
        "createdByUserName",
        "currentReplicas",
        "customNetworkDetail",
        "detailedNetworkTopology",
        "externalPayerId",
        "gcpProjectID",
        "highAvailability",
        "id",
        "instanceLoadStatus",
        "kubernetesDashboardEndpoint",
        "last_modified_at",
        "maintenanceTasks",
        "maxReplicas",
        "minReplicas",
        "network_type",
        "productTierFeatures",
        "region",
        "resourceID",
        "result_params",
        "serverlessEnabled",
        "status",
        "subscriptionId",
        "subscriptionLicense",
        "subscriptionStatus",
    }
)


@_attrs_define
class ResourceInstance:
    """
    Attributes:
        active (bool | Unset): True if this resource instance has associated infrastructure deployed
        autoscaling_enabled (bool | Unset): Whether the instance has autoscaling enabled
        aws_account_id (str | Unset): The AWS account ID
        azure_subscription_id (str | Unset): The Azure subscription ID
        backup_status (BackupStatus | Unset):
        cloud_provider (str | Unset): The cloud provider name
        created_at (str | Unset): The instance creation time
        created_by_user_id (str | Unset): ID of a User
        created_by_user_name (str | Unset): The name of the user that created the resource instance
        current_replicas (str | Unset): The current number of replicas
        custom_network_detail (CustomNetworkResourceDetail | Unset): Details of custom network used for instance
        detailed_network_topology (ResourceInstanceDetailedNetworkTopology | Unset): The detailed network topology
        external_payer_id (str | Unset): The external payer id to record which customer should pay for this resource
            instance
        gcp_project_id (str | Unset): The GCP project ID
        high_availability (bool | Unset): Whether the instance is High Availability
        id (str | Unset): The instance ID
        instance_load_status (str | Unset): The load status of a pod
        kubernetes_dashboard_endpoint (KubernetesDashboardEndpoint | Unset):
        last_modified_at (str | Unset): The instance update time
        maintenance_tasks (ResourceInstanceMaintenanceTasks | Unset): Pending actions or maintenance tasks for the
            resource instance, with action type as key and reference key as value.
        max_replicas (str | Unset): The maximum number of replicas
        min_replicas (str | Unset): The minimum number of replicas
        network_type (str | Unset): The network type
        product_tier_features (ResourceInstanceProductTierFeatures | Unset): The product tier features
        region (str | Unset): The region code
        resource_id (str | Unset): ID of a resource
        result_params (Any | Unset): Custom result parameters
        serverless_enabled (bool | Unset): Whether the instance has serverless enabled
        status (str | Unset): The status of an operation
        subscription_id (str | Unset): Subscription ID
        subscription_license (SubscriptionLicense | Unset):
        subscription_status (str | Unset): Subscription Status
    """

    active: bool | Unset = UNSET
    autoscaling_enabled: bool | Unset = UNSET
    aws_account_id: str | Unset = UNSET
    azure_subscription_id: str | Unset = UNSET
    backup_status: BackupStatus | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    created_by_user_name: str | Unset = UNSET
    current_replicas: str | Unset = UNSET
    custom_network_detail: CustomNetworkResourceDetail | Unset = UNSET
    detailed_network_topology: ResourceInstanceDetailedNetworkTopology | Unset = UNSET
    external_payer_id: str | Unset = UNSET
    gcp_project_id: str | Unset = UNSET
    high_availability: bool | Unset = UNSET
    id: str | Unset = UNSET
    instance_load_status: str | Unset = UNSET
    kubernetes_dashboard_endpoint: KubernetesDashboardEndpoint | Unset = UNSET
    last_modified_at: str | Unset = UNSET
    maintenance_tasks: ResourceInstanceMaintenanceTasks | Unset = UNSET
    max_replicas: str | Unset = UNSET
    min_replicas: str | Unset = UNSET
    network_type: str | Unset = UNSET
    product_tier_features: ResourceInstanceProductTierFeatures | Unset = UNSET
    region: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    result_params: Any | Unset = UNSET
    serverless_enabled: bool | Unset = UNSET
    status: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    subscription_license: SubscriptionLicense | Unset = UNSET
    subscription_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        active = self.active

        autoscaling_enabled = self.autoscaling_enabled

        aws_account_id = self.aws_account_id

        azure_subscription_id = self.azure_subscription_id

        backup_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_status, Unset):
            backup_status = self.backup_status.to_dict()

        cloud_provider = self.cloud_provider

        created_at = self.created_at

        created_by_user_id = self.created_by_user_id

        created_by_user_name = self.created_by_user_name

        current_replicas = self.current_replicas

        custom_network_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_network_detail, Unset):
            custom_network_detail = self.custom_network_detail.to_dict()

        detailed_network_topology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detailed_network_topology, Unset):
            detailed_network_topology = self.detailed_network_topology.to_dict()

        external_payer_id = self.external_payer_id

        gcp_project_id = self.gcp_project_id

        high_availability = self.high_availability

        id = self.id

        instance_load_status = self.instance_load_status

        kubernetes_dashboard_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubernetes_dashboard_endpoint, Unset):
            kubernetes_dashboard_endpoint = self.kubernetes_dashboard_endpoint.to_dict()

        last_modified_at = self.last_modified_at

        maintenance_tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintenance_tasks, Unset):
            maintenance_tasks = self.maintenance_tasks.to_dict()

        max_replicas = self.max_replicas

        min_replicas = self.min_replicas

        network_type = self.network_type

        product_tier_features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_tier_features, Unset):
            product_tier_features = self.product_tier_features.to_dict()

        region = self.region

        resource_id = self.resource_id

        result_params = self.result_params

        serverless_enabled = self.serverless_enabled

        status = self.status

        subscription_id = self.subscription_id

        subscription_license: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_license, Unset):
            subscription_license = self.subscription_license.to_dict()

        subscription_status = self.subscription_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if autoscaling_enabled is not UNSET:
            field_dict["autoscalingEnabled"] = autoscaling_enabled
        if aws_account_id is not UNSET:
            field_dict["awsAccountID"] = aws_account_id
        if azure_subscription_id is not UNSET:
            field_dict["azureSubscriptionID"] = azure_subscription_id
        if backup_status is not UNSET:
            field_dict["backupStatus"] = backup_status
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["createdByUserId"] = created_by_user_id
        if created_by_user_name is not UNSET:
            field_dict["createdByUserName"] = created_by_user_name
        if current_replicas is not UNSET:
            field_dict["currentReplicas"] = current_replicas
        if custom_network_detail is not UNSET:
            field_dict["customNetworkDetail"] = custom_network_detail
        if detailed_network_topology is not UNSET:
            field_dict["detailedNetworkTopology"] = detailed_network_topology
        if external_payer_id is not UNSET:
            field_dict["externalPayerId"] = external_payer_id
        if gcp_project_id is not UNSET:
            field_dict["gcpProjectID"] = gcp_project_id
        if high_availability is not UNSET:
            field_dict["highAvailability"] = high_availability
        if id is not UNSET:
            field_dict["id"] = id
        if instance_load_status is not UNSET:
            field_dict["instanceLoadStatus"] = instance_load_status
        if kubernetes_dashboard_endpoint is not UNSET:
            field_dict["kubernetesDashboardEndpoint"] = kubernetes_dashboard_endpoint
        if last_modified_at is not UNSET:
            field_dict["last_modified_at"] = last_modified_at
        if maintenance_tasks is not UNSET:
            field_dict["maintenanceTasks"] = maintenance_tasks
        if max_replicas is not UNSET:
            field_dict["maxReplicas"] = max_replicas
        if min_replicas is not UNSET:
            field_dict["minReplicas"] = min_replicas
        if network_type is not UNSET:
            field_dict["network_type"] = network_type
        if product_tier_features is not UNSET:
            field_dict["productTierFeatures"] = product_tier_features
        if region is not UNSET:
            field_dict["region"] = region
        if resource_id is not UNSET:
            field_dict["resourceID"] = resource_id
        if result_params is not UNSET:
            field_dict["result_params"] = result_params
        if serverless_enabled is not UNSET:
            field_dict["serverlessEnabled"] = serverless_enabled
        if status is not UNSET:
            field_dict["status"] = status
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if subscription_license is not UNSET:
            field_dict["subscriptionLicense"] = subscription_license
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.active = src_dict.get("active", UNSET)

        _obj.autoscaling_enabled = src_dict.get("autoscalingEnabled", UNSET)

        _obj.aws_account_id = src_dict.get("awsAccountID", UNSET)

        _obj.azure_subscription_id = src_dict.get("azureSubscriptionID", UNSET)

        _backup_status = src_dict.get("backupStatus", UNSET)
        backup_status: BackupStatus | Unset
        if isinstance(_backup_status, Unset):
            backup_status = UNSET
        else:
            backup_status = BackupStatus.from_dict(_backup_status)

        _obj.backup_status = backup_status

        _obj.cloud_provider = src_dict.get("cloud_provider", UNSET)

        _obj.created_at = src_dict.get("created_at", UNSET)

        _obj.created_by_user_id = src_dict.get("createdByUserId", UNSET)

        _obj.created_by_user_name = src_dict.get("createdByUserName", UNSET)

        _obj.current_replicas = src_dict.get("currentReplicas", UNSET)

        _custom_network_detail = src_dict.get("customNetworkDetail", UNSET)
        custom_network_detail: CustomNetworkResourceDetail | Unset
        if isinstance(_custom_network_detail, Unset):
            custom_network_detail = UNSET
        else:
            custom_network_detail = CustomNetworkResourceDetail.from_dict(_custom_network_detail)

        _obj.custom_network_detail = custom_network_detail

        _detailed_network_topology = src_dict.get("detailedNetworkTopology", UNSET)
        detailed_network_topology: ResourceInstanceDetailedNetworkTopology | Unset
        if isinstance(_detailed_network_topology, Unset):
            detailed_network_topology = UNSET
        else:
            detailed_network_topology = ResourceInstanceDetailedNetworkTopology.from_dict(_detailed_network_topology)

        _obj.detailed_network_topology = detailed_network_topology

        _obj.external_payer_id = src_dict.get("externalPayerId", UNSET)

        _obj.gcp_project_id = src_dict.get("gcpProjectID", UNSET)

        _obj.high_availability = src_dict.get("highAvailability", UNSET)

        _obj.id = src_dict.get("id", UNSET)

        _obj.instance_load_status = src_dict.get("instanceLoadStatus", UNSET)

        _kubernetes_dashboard_endpoint = src_dict.get("kubernetesDashboardEndpoint", UNSET)
        kubernetes_dashboard_endpoint: KubernetesDashboardEndpoint | Unset
        if isinstance(_kubernetes_dashboard_endpoint, Unset):
            kubernetes_dashboard_endpoint = UNSET
        else:
            kubernetes_dashboard_endpoint = KubernetesDashboardEndpoint.from_dict(_kubernetes_dashboard_endpoint)

        _obj.kubernetes_dashboard_endpoint = kubernetes_dashboard_endpoint

        _obj.last_modified_at = src_dict.get("last_modified_at", UNSET)

        _maintenance_tasks = src_dict.get("maintenanceTasks", UNSET)
        maintenance_tasks: ResourceInstanceMaintenanceTasks | Unset
        if isinstance(_maintenance_tasks, Unset):
            maintenance_tasks = UNSET
        else:
            maintenance_tasks = ResourceInstanceMaintenanceTasks.from_dict(_maintenance_tasks)

        _obj.maintenance_tasks = maintenance_tasks

        _obj.max_replicas = src_dict.get("maxReplicas", UNSET)

        _obj.min_replicas = src_dict.get("minReplicas", UNSET)

        _obj.network_type = src_dict.get("network_type", UNSET)

        _product_tier_features = src_dict.get("productTierFeatures", UNSET)
        product_tier_features: ResourceInstanceProductTierFeatures | Unset
        if isinstance(_product_tier_features, Unset):
            product_tier_features = UNSET
        else:
            product_tier_features = ResourceInstanceProductTierFeatures.from_dict(_product_tier_features)

        _obj.product_tier_features = product_tier_features

        _obj.region = src_dict.get("region", UNSET)

        _obj.resource_id = src_dict.get("resourceID", UNSET)

        _obj.result_params = src_dict.get("result_params", UNSET)

        _obj.serverless_enabled = src_dict.get("serverlessEnabled", UNSET)

        _obj.status = src_dict.get("status", UNSET)

        _obj.subscription_id = src_dict.get("subscriptionId", UNSET)

        _subscription_license = src_dict.get("subscriptionLicense", UNSET)
        subscription_license: SubscriptionLicense | Unset
        if isinstance(_subscription_license, Unset):
            subscription_license = UNSET
        else:
            subscription_license = SubscriptionLicense.from_dict(_subscription_license)

        _obj.subscription_license = subscription_license

        _obj.subscription_status = src_dict.get("subscriptionStatus", UNSET)

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
        _obj.active = _pop("active", UNSET)

        _obj.autoscaling_enabled = _pop("autoscalingEnabled", UNSET)

        _obj.aws_account_id = _pop("awsAccountID", UNSET)

        _obj.azure_subscription_id = _pop("azureSubscriptionID", UNSET)

        _backup_status = _pop("backupStatus", UNSET)
        _obj.backup_status = UNSET if _backup_status is UNSET else BackupStatus._from_json(_backup_status)

        _obj.cloud_provider = _pop("cloud_provider", UNSET)

        _obj.created_at = _pop("created_at", UNSET)

        _obj.created_by_user_id = _pop("createdByUserId", UNSET)

        _obj.created_by_user_name = _pop("createdByUserName", UNSET)

        _obj.current_replicas = _pop("currentReplicas", UNSET)

        _custom_network_detail = _pop("customNetworkDetail", UNSET)
        _obj.custom_network_detail = (
            UNSET if _custom_network_detail is UNSET else CustomNetworkResourceDetail._from_json(_custom_network_detail)
        )

        _detailed_network_topology = _pop("detailedNetworkTopology", UNSET)
        _obj.detailed_network_topology = (
            UNSET
            if _detailed_network_topology is UNSET
            else ResourceInstanceDetailedNetworkTopology._from_json(_detailed_network_topology)
        )

        _obj.external_payer_id = _pop("externalPayerId", UNSET)

        _obj.gcp_project_id = _pop("gcpProjectID", UNSET)

        _obj.high_availability = _pop("highAvailability", UNSET)

        _obj.id = _pop("id", UNSET)

        _obj.instance_load_status = _pop("instanceLoadStatus", UNSET)

        _kubernetes_dashboard_endpoint = _pop("kubernetesDashboardEndpoint", UNSET)
        _obj.kubernetes_dashboard_endpoint = (
            UNSET
            if _kubernetes_dashboard_endpoint is UNSET
            else KubernetesDashboardEndpoint._from_json(_kubernetes_dashboard_endpoint)
        )

        _obj.last_modified_at = _pop("last_modified_at", UNSET)

        _maintenance_tasks = _pop("maintenanceTasks", UNSET)
        _obj.maintenance_tasks = (
            UNSET if _maintenance_tasks is UNSET else ResourceInstanceMaintenanceTasks._from_json(_maintenance_tasks)
        )

        _obj.max_replicas = _pop("maxReplicas", UNSET)

        _obj.min_replicas = _pop("minReplicas", UNSET)

        _obj.network_type = _pop("network_type", UNSET)

        _product_tier_features = _pop("productTierFeatures", UNSET)
        _obj.product_tier_features = (
            UNSET
            if _product_tier_features is UNSET
            else ResourceInstanceProductTierFeatures._from_json(_product_tier_features)
        )

        _obj.region = _pop("region", UNSET)

        _obj.resource_id = _pop("resourceID", UNSET)

        _obj.result_params = _pop("result_params", UNSET)

        _obj.serverless_enabled = _pop("serverlessEnabled", UNSET)

        _obj.status = _pop("status", UNSET)

        _obj.subscription_id = _pop("subscriptionId", UNSET)

        _subscription_license = _pop("subscriptionLicense", UNSET)
        _obj.subscription_license = (
            UNSET if _subscription_license is UNSET else SubscriptionLicense._from_json(_subscription_license)
        )

        _obj.subscription_status = _pop("subscriptionStatus", UNSET)

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
