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
    from ..models.backup_status import BackupStatus, BackupStatusDict
    from ..models.custom_network_resource_detail import CustomNetworkResourceDetail, CustomNetworkResourceDetailDict
    from ..models.kubernetes_dashboard_endpoint import KubernetesDashboardEndpoint, KubernetesDashboardEndpointDict
    from ..models.resource_instance_detailed_network_topology import (
        ResourceInstanceDetailedNetworkTopology,
        ResourceInstanceDetailedNetworkTopologyDict,
    )
    from ..models.resource_instance_maintenance_tasks import (
        ResourceInstanceMaintenanceTasks,
        ResourceInstanceMaintenanceTasksDict,
    )
    from ..models.resource_instance_product_tier_features import (
        ResourceInstanceProductTierFeatures,
        ResourceInstanceProductTierFeaturesDict,
    )
    from ..models.subscription_license import SubscriptionLicense, SubscriptionLicenseDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
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


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = ("additional_properties",)
_OPTIONAL: tuple[str, ...] = (
    "active",
    "autoscaling_enabled",
    "aws_account_id",
    "azure_subscription_id",
    "backup_status",
    "cloud_provider",
    "created_at",
    "created_by_user_id",
    "created_by_user_name",
    "current_replicas",
    "custom_network_detail",
    "detailed_network_topology",
    "external_payer_id",
    "gcp_project_id",
    "high_availability",
    "id",
    "instance_load_status",
    "kubernetes_dashboard_endpoint",
    "last_modified_at",
    "maintenance_tasks",
    "max_replicas",
    "min_replicas",
    "network_type",
    "product_tier_features",
    "region",
    "resource_id",
    "result_params",
    "serverless_enabled",
    "status",
    "subscription_id",
    "subscription_license",
    "subscription_status",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
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


# `ResourceInstance` as a plain mapping of its JSON shape, accepted wherever a `ResourceInstance` is.
class ResourceInstanceDict(TypedDict, total=False):
    active: bool
    autoscalingEnabled: bool
    awsAccountID: str
    azureSubscriptionID: str
    backupStatus: BackupStatusDict
    cloud_provider: str
    created_at: str
    createdByUserId: str
    createdByUserName: str
    currentReplicas: str
    customNetworkDetail: CustomNetworkResourceDetailDict
    detailedNetworkTopology: ResourceInstanceDetailedNetworkTopologyDict
    externalPayerId: str
    gcpProjectID: str
    highAvailability: bool
    id: str
    instanceLoadStatus: str
    kubernetesDashboardEndpoint: KubernetesDashboardEndpointDict
    last_modified_at: str
    maintenanceTasks: ResourceInstanceMaintenanceTasksDict
    maxReplicas: str
    minReplicas: str
    network_type: str
    productTierFeatures: ResourceInstanceProductTierFeaturesDict
    region: str
    resourceID: str
    result_params: Any
    serverlessEnabled: bool
    status: str
    subscriptionId: str
    subscriptionLicense: SubscriptionLicenseDict
    subscriptionStatus: str


@_attrs_define(init=False, repr=False)
class ResourceInstance:
    """Attributes:
    active (bool | None): True if this resource instance has associated infrastructure deployed
    autoscaling_enabled (bool | None): Whether the instance has autoscaling enabled
    aws_account_id (str | None): The AWS account ID
    azure_subscription_id (str | None): The Azure subscription ID
    backup_status (BackupStatus | None):
    cloud_provider (str | None): The cloud provider name
    created_at (str | None): The instance creation time
    created_by_user_id (str | None): ID of a User
    created_by_user_name (str | None): The name of the user that created the resource instance
    current_replicas (str | None): The current number of replicas
    custom_network_detail (CustomNetworkResourceDetail | None): Details of custom network used for instance
    detailed_network_topology (ResourceInstanceDetailedNetworkTopology | None): The detailed network topology
    external_payer_id (str | None): The external payer id to record which customer should pay for this resource instance
    gcp_project_id (str | None): The GCP project ID
    high_availability (bool | None): Whether the instance is High Availability
    id (str | None): The instance ID
    instance_load_status (str | None): The load status of a pod
    kubernetes_dashboard_endpoint (KubernetesDashboardEndpoint | None):
    last_modified_at (str | None): The instance update time
    maintenance_tasks (ResourceInstanceMaintenanceTasks | None): Pending actions or maintenance tasks for the resource instance, with action type as key and
        reference key as value.
    max_replicas (str | None): The maximum number of replicas
    min_replicas (str | None): The minimum number of replicas
    network_type (str | None): The network type
    product_tier_features (ResourceInstanceProductTierFeatures | None): The product tier features
    region (str | None): The region code
    resource_id (str | None): ID of a resource
    result_params (Any | None): Custom result parameters
    serverless_enabled (bool | None): Whether the instance has serverless enabled
    status (str | None): The status of an operation
    subscription_id (str | None): Subscription ID
    subscription_license (SubscriptionLicense | None):
    subscription_status (str | None): Subscription Status
    """

    active: bool | None = None
    autoscaling_enabled: bool | None = None
    aws_account_id: str | None = None
    azure_subscription_id: str | None = None
    backup_status: BackupStatus | None = None
    cloud_provider: str | None = None
    created_at: str | None = None
    created_by_user_id: str | None = None
    created_by_user_name: str | None = None
    current_replicas: str | None = None
    custom_network_detail: CustomNetworkResourceDetail | None = None
    detailed_network_topology: ResourceInstanceDetailedNetworkTopology | None = None
    external_payer_id: str | None = None
    gcp_project_id: str | None = None
    high_availability: bool | None = None
    id: str | None = None
    instance_load_status: str | None = None
    kubernetes_dashboard_endpoint: KubernetesDashboardEndpoint | None = None
    last_modified_at: str | None = None
    maintenance_tasks: ResourceInstanceMaintenanceTasks | None = None
    max_replicas: str | None = None
    min_replicas: str | None = None
    network_type: str | None = None
    product_tier_features: ResourceInstanceProductTierFeatures | None = None
    region: str | None = None
    resource_id: str | None = None
    result_params: Any | None = None
    serverless_enabled: bool | None = None
    status: str | None = None
    subscription_id: str | None = None
    subscription_license: SubscriptionLicense | None = None
    subscription_status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        active: bool | None | Unset = UNSET,
        autoscaling_enabled: bool | None | Unset = UNSET,
        aws_account_id: str | None | Unset = UNSET,
        azure_subscription_id: str | None | Unset = UNSET,
        backup_status: BackupStatus | BackupStatusDict | None | Unset = UNSET,
        cloud_provider: str | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        created_by_user_id: str | None | Unset = UNSET,
        created_by_user_name: str | None | Unset = UNSET,
        current_replicas: str | None | Unset = UNSET,
        custom_network_detail: CustomNetworkResourceDetail | CustomNetworkResourceDetailDict | None | Unset = UNSET,
        detailed_network_topology: ResourceInstanceDetailedNetworkTopology
        | ResourceInstanceDetailedNetworkTopologyDict
        | None
        | Unset = UNSET,
        external_payer_id: str | None | Unset = UNSET,
        gcp_project_id: str | None | Unset = UNSET,
        high_availability: bool | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        instance_load_status: str | None | Unset = UNSET,
        kubernetes_dashboard_endpoint: KubernetesDashboardEndpoint
        | KubernetesDashboardEndpointDict
        | None
        | Unset = UNSET,
        last_modified_at: str | None | Unset = UNSET,
        maintenance_tasks: ResourceInstanceMaintenanceTasks
        | ResourceInstanceMaintenanceTasksDict
        | None
        | Unset = UNSET,
        max_replicas: str | None | Unset = UNSET,
        min_replicas: str | None | Unset = UNSET,
        network_type: str | None | Unset = UNSET,
        product_tier_features: ResourceInstanceProductTierFeatures
        | ResourceInstanceProductTierFeaturesDict
        | None
        | Unset = UNSET,
        region: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        result_params: Any | None | Unset = UNSET,
        serverless_enabled: bool | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subscription_id: str | None | Unset = UNSET,
        subscription_license: SubscriptionLicense | SubscriptionLicenseDict | None | Unset = UNSET,
        subscription_status: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.active = None if active is None or isinstance(active, Unset) else active
        if active is None:
            _nulls_given.append("active")
        self.autoscaling_enabled = (
            None if autoscaling_enabled is None or isinstance(autoscaling_enabled, Unset) else autoscaling_enabled
        )
        if autoscaling_enabled is None:
            _nulls_given.append("autoscaling_enabled")
        self.aws_account_id = None if aws_account_id is None or isinstance(aws_account_id, Unset) else aws_account_id
        if aws_account_id is None:
            _nulls_given.append("aws_account_id")
        self.azure_subscription_id = (
            None if azure_subscription_id is None or isinstance(azure_subscription_id, Unset) else azure_subscription_id
        )
        if azure_subscription_id is None:
            _nulls_given.append("azure_subscription_id")
        self.backup_status = (
            None
            if backup_status is None or isinstance(backup_status, Unset)
            else backup_status
            if isinstance(backup_status, BackupStatus)
            else BackupStatus.from_dict(backup_status)
        )
        if backup_status is None:
            _nulls_given.append("backup_status")
        self.cloud_provider = None if cloud_provider is None or isinstance(cloud_provider, Unset) else cloud_provider
        if cloud_provider is None:
            _nulls_given.append("cloud_provider")
        self.created_at = None if created_at is None or isinstance(created_at, Unset) else created_at
        if created_at is None:
            _nulls_given.append("created_at")
        self.created_by_user_id = (
            None if created_by_user_id is None or isinstance(created_by_user_id, Unset) else created_by_user_id
        )
        if created_by_user_id is None:
            _nulls_given.append("created_by_user_id")
        self.created_by_user_name = (
            None if created_by_user_name is None or isinstance(created_by_user_name, Unset) else created_by_user_name
        )
        if created_by_user_name is None:
            _nulls_given.append("created_by_user_name")
        self.current_replicas = (
            None if current_replicas is None or isinstance(current_replicas, Unset) else current_replicas
        )
        if current_replicas is None:
            _nulls_given.append("current_replicas")
        self.custom_network_detail = (
            None
            if custom_network_detail is None or isinstance(custom_network_detail, Unset)
            else custom_network_detail
            if isinstance(custom_network_detail, CustomNetworkResourceDetail)
            else CustomNetworkResourceDetail.from_dict(custom_network_detail)
        )
        if custom_network_detail is None:
            _nulls_given.append("custom_network_detail")
        self.detailed_network_topology = (
            None
            if detailed_network_topology is None or isinstance(detailed_network_topology, Unset)
            else detailed_network_topology
            if isinstance(detailed_network_topology, ResourceInstanceDetailedNetworkTopology)
            else ResourceInstanceDetailedNetworkTopology.from_dict(detailed_network_topology)
        )
        if detailed_network_topology is None:
            _nulls_given.append("detailed_network_topology")
        self.external_payer_id = (
            None if external_payer_id is None or isinstance(external_payer_id, Unset) else external_payer_id
        )
        if external_payer_id is None:
            _nulls_given.append("external_payer_id")
        self.gcp_project_id = None if gcp_project_id is None or isinstance(gcp_project_id, Unset) else gcp_project_id
        if gcp_project_id is None:
            _nulls_given.append("gcp_project_id")
        self.high_availability = (
            None if high_availability is None or isinstance(high_availability, Unset) else high_availability
        )
        if high_availability is None:
            _nulls_given.append("high_availability")
        self.id = None if id is None or isinstance(id, Unset) else id
        if id is None:
            _nulls_given.append("id")
        self.instance_load_status = (
            None if instance_load_status is None or isinstance(instance_load_status, Unset) else instance_load_status
        )
        if instance_load_status is None:
            _nulls_given.append("instance_load_status")
        self.kubernetes_dashboard_endpoint = (
            None
            if kubernetes_dashboard_endpoint is None or isinstance(kubernetes_dashboard_endpoint, Unset)
            else kubernetes_dashboard_endpoint
            if isinstance(kubernetes_dashboard_endpoint, KubernetesDashboardEndpoint)
            else KubernetesDashboardEndpoint.from_dict(kubernetes_dashboard_endpoint)
        )
        if kubernetes_dashboard_endpoint is None:
            _nulls_given.append("kubernetes_dashboard_endpoint")
        self.last_modified_at = (
            None if last_modified_at is None or isinstance(last_modified_at, Unset) else last_modified_at
        )
        if last_modified_at is None:
            _nulls_given.append("last_modified_at")
        self.maintenance_tasks = (
            None
            if maintenance_tasks is None or isinstance(maintenance_tasks, Unset)
            else maintenance_tasks
            if isinstance(maintenance_tasks, ResourceInstanceMaintenanceTasks)
            else ResourceInstanceMaintenanceTasks.from_dict(maintenance_tasks)
        )
        if maintenance_tasks is None:
            _nulls_given.append("maintenance_tasks")
        self.max_replicas = None if max_replicas is None or isinstance(max_replicas, Unset) else max_replicas
        if max_replicas is None:
            _nulls_given.append("max_replicas")
        self.min_replicas = None if min_replicas is None or isinstance(min_replicas, Unset) else min_replicas
        if min_replicas is None:
            _nulls_given.append("min_replicas")
        self.network_type = None if network_type is None or isinstance(network_type, Unset) else network_type
        if network_type is None:
            _nulls_given.append("network_type")
        self.product_tier_features = (
            None
            if product_tier_features is None or isinstance(product_tier_features, Unset)
            else product_tier_features
            if isinstance(product_tier_features, ResourceInstanceProductTierFeatures)
            else ResourceInstanceProductTierFeatures.from_dict(product_tier_features)
        )
        if product_tier_features is None:
            _nulls_given.append("product_tier_features")
        self.region = None if region is None or isinstance(region, Unset) else region
        if region is None:
            _nulls_given.append("region")
        self.resource_id = None if resource_id is None or isinstance(resource_id, Unset) else resource_id
        if resource_id is None:
            _nulls_given.append("resource_id")
        self.result_params = None if result_params is None or isinstance(result_params, Unset) else result_params
        if result_params is None:
            _nulls_given.append("result_params")
        self.serverless_enabled = (
            None if serverless_enabled is None or isinstance(serverless_enabled, Unset) else serverless_enabled
        )
        if serverless_enabled is None:
            _nulls_given.append("serverless_enabled")
        self.status = None if status is None or isinstance(status, Unset) else status
        if status is None:
            _nulls_given.append("status")
        self.subscription_id = (
            None if subscription_id is None or isinstance(subscription_id, Unset) else subscription_id
        )
        if subscription_id is None:
            _nulls_given.append("subscription_id")
        self.subscription_license = (
            None
            if subscription_license is None or isinstance(subscription_license, Unset)
            else subscription_license
            if isinstance(subscription_license, SubscriptionLicense)
            else SubscriptionLicense.from_dict(subscription_license)
        )
        if subscription_license is None:
            _nulls_given.append("subscription_license")
        self.subscription_status = (
            None if subscription_status is None or isinstance(subscription_status, Unset) else subscription_status
        )
        if subscription_status is None:
            _nulls_given.append("subscription_status")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.active is not None:
            field_dict["active"] = self.active
        elif "active" in self._nulls:
            field_dict["active"] = None
        if self.autoscaling_enabled is not None:
            field_dict["autoscalingEnabled"] = self.autoscaling_enabled
        elif "autoscaling_enabled" in self._nulls:
            field_dict["autoscalingEnabled"] = None
        if self.aws_account_id is not None:
            field_dict["awsAccountID"] = self.aws_account_id
        elif "aws_account_id" in self._nulls:
            field_dict["awsAccountID"] = None
        if self.azure_subscription_id is not None:
            field_dict["azureSubscriptionID"] = self.azure_subscription_id
        elif "azure_subscription_id" in self._nulls:
            field_dict["azureSubscriptionID"] = None
        if self.backup_status is not None:
            field_dict["backupStatus"] = self.backup_status.to_dict()
        elif "backup_status" in self._nulls:
            field_dict["backupStatus"] = None
        if self.cloud_provider is not None:
            field_dict["cloud_provider"] = self.cloud_provider
        elif "cloud_provider" in self._nulls:
            field_dict["cloud_provider"] = None
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.created_by_user_id is not None:
            field_dict["createdByUserId"] = self.created_by_user_id
        elif "created_by_user_id" in self._nulls:
            field_dict["createdByUserId"] = None
        if self.created_by_user_name is not None:
            field_dict["createdByUserName"] = self.created_by_user_name
        elif "created_by_user_name" in self._nulls:
            field_dict["createdByUserName"] = None
        if self.current_replicas is not None:
            field_dict["currentReplicas"] = self.current_replicas
        elif "current_replicas" in self._nulls:
            field_dict["currentReplicas"] = None
        if self.custom_network_detail is not None:
            field_dict["customNetworkDetail"] = self.custom_network_detail.to_dict()
        elif "custom_network_detail" in self._nulls:
            field_dict["customNetworkDetail"] = None
        if self.detailed_network_topology is not None:
            field_dict["detailedNetworkTopology"] = self.detailed_network_topology.to_dict()
        elif "detailed_network_topology" in self._nulls:
            field_dict["detailedNetworkTopology"] = None
        if self.external_payer_id is not None:
            field_dict["externalPayerId"] = self.external_payer_id
        elif "external_payer_id" in self._nulls:
            field_dict["externalPayerId"] = None
        if self.gcp_project_id is not None:
            field_dict["gcpProjectID"] = self.gcp_project_id
        elif "gcp_project_id" in self._nulls:
            field_dict["gcpProjectID"] = None
        if self.high_availability is not None:
            field_dict["highAvailability"] = self.high_availability
        elif "high_availability" in self._nulls:
            field_dict["highAvailability"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.instance_load_status is not None:
            field_dict["instanceLoadStatus"] = self.instance_load_status
        elif "instance_load_status" in self._nulls:
            field_dict["instanceLoadStatus"] = None
        if self.kubernetes_dashboard_endpoint is not None:
            field_dict["kubernetesDashboardEndpoint"] = self.kubernetes_dashboard_endpoint.to_dict()
        elif "kubernetes_dashboard_endpoint" in self._nulls:
            field_dict["kubernetesDashboardEndpoint"] = None
        if self.last_modified_at is not None:
            field_dict["last_modified_at"] = self.last_modified_at
        elif "last_modified_at" in self._nulls:
            field_dict["last_modified_at"] = None
        if self.maintenance_tasks is not None:
            field_dict["maintenanceTasks"] = self.maintenance_tasks.to_dict()
        elif "maintenance_tasks" in self._nulls:
            field_dict["maintenanceTasks"] = None
        if self.max_replicas is not None:
            field_dict["maxReplicas"] = self.max_replicas
        elif "max_replicas" in self._nulls:
            field_dict["maxReplicas"] = None
        if self.min_replicas is not None:
            field_dict["minReplicas"] = self.min_replicas
        elif "min_replicas" in self._nulls:
            field_dict["minReplicas"] = None
        if self.network_type is not None:
            field_dict["network_type"] = self.network_type
        elif "network_type" in self._nulls:
            field_dict["network_type"] = None
        if self.product_tier_features is not None:
            field_dict["productTierFeatures"] = self.product_tier_features.to_dict()
        elif "product_tier_features" in self._nulls:
            field_dict["productTierFeatures"] = None
        if self.region is not None:
            field_dict["region"] = self.region
        elif "region" in self._nulls:
            field_dict["region"] = None
        if self.resource_id is not None:
            field_dict["resourceID"] = self.resource_id
        elif "resource_id" in self._nulls:
            field_dict["resourceID"] = None
        if self.result_params is not None:
            field_dict["result_params"] = _m.dump(self.result_params)
        elif "result_params" in self._nulls:
            field_dict["result_params"] = None
        if self.serverless_enabled is not None:
            field_dict["serverlessEnabled"] = self.serverless_enabled
        elif "serverless_enabled" in self._nulls:
            field_dict["serverlessEnabled"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.subscription_id is not None:
            field_dict["subscriptionId"] = self.subscription_id
        elif "subscription_id" in self._nulls:
            field_dict["subscriptionId"] = None
        if self.subscription_license is not None:
            field_dict["subscriptionLicense"] = self.subscription_license.to_dict()
        elif "subscription_license" in self._nulls:
            field_dict["subscriptionLicense"] = None
        if self.subscription_status is not None:
            field_dict["subscriptionStatus"] = self.subscription_status
        elif "subscription_status" in self._nulls:
            field_dict["subscriptionStatus"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "ResourceInstance")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "ResourceInstance")

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
            _f = "active"
            _v = _get(_f, None)
            if _v is None:
                _obj.active = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.active = _v

            _f = "autoscalingEnabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.autoscaling_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.autoscaling_enabled = _v

            _f = "awsAccountID"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_account_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_account_id = _v

            _f = "azureSubscriptionID"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_subscription_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_subscription_id = _v

            _f = "backupStatus"
            _v = _get(_f, None)
            if _v is None:
                _obj.backup_status = None
            else:
                _obj.backup_status = BackupStatus._parse(_v)

            _f = "cloud_provider"
            _v = _get(_f, None)
            if _v is None:
                _obj.cloud_provider = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_provider = _v

            _f = "created_at"
            _v = _get(_f, None)
            if _v is None:
                _obj.created_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_at = _v

            _f = "createdByUserId"
            _v = _get(_f, None)
            if _v is None:
                _obj.created_by_user_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_by_user_id = _v

            _f = "createdByUserName"
            _v = _get(_f, None)
            if _v is None:
                _obj.created_by_user_name = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_by_user_name = _v

            _f = "currentReplicas"
            _v = _get(_f, None)
            if _v is None:
                _obj.current_replicas = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.current_replicas = _v

            _f = "customNetworkDetail"
            _v = _get(_f, None)
            if _v is None:
                _obj.custom_network_detail = None
            else:
                _obj.custom_network_detail = CustomNetworkResourceDetail._parse(_v)

            _f = "detailedNetworkTopology"
            _v = _get(_f, None)
            if _v is None:
                _obj.detailed_network_topology = None
            else:
                _obj.detailed_network_topology = ResourceInstanceDetailedNetworkTopology._parse(_v)

            _f = "externalPayerId"
            _v = _get(_f, None)
            if _v is None:
                _obj.external_payer_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.external_payer_id = _v

            _f = "gcpProjectID"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_project_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_project_id = _v

            _f = "highAvailability"
            _v = _get(_f, None)
            if _v is None:
                _obj.high_availability = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.high_availability = _v

            _f = "id"
            _v = _get(_f, None)
            if _v is None:
                _obj.id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.id = _v

            _f = "instanceLoadStatus"
            _v = _get(_f, None)
            if _v is None:
                _obj.instance_load_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_load_status = _v

            _f = "kubernetesDashboardEndpoint"
            _v = _get(_f, None)
            if _v is None:
                _obj.kubernetes_dashboard_endpoint = None
            else:
                _obj.kubernetes_dashboard_endpoint = KubernetesDashboardEndpoint._parse(_v)

            _f = "last_modified_at"
            _v = _get(_f, None)
            if _v is None:
                _obj.last_modified_at = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.last_modified_at = _v

            _f = "maintenanceTasks"
            _v = _get(_f, None)
            if _v is None:
                _obj.maintenance_tasks = None
            else:
                _obj.maintenance_tasks = ResourceInstanceMaintenanceTasks._parse(_v)

            _f = "maxReplicas"
            _v = _get(_f, None)
            if _v is None:
                _obj.max_replicas = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.max_replicas = _v

            _f = "minReplicas"
            _v = _get(_f, None)
            if _v is None:
                _obj.min_replicas = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.min_replicas = _v

            _f = "network_type"
            _v = _get(_f, None)
            if _v is None:
                _obj.network_type = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_type = _v

            _f = "productTierFeatures"
            _v = _get(_f, None)
            if _v is None:
                _obj.product_tier_features = None
            else:
                _obj.product_tier_features = ResourceInstanceProductTierFeatures._parse(_v)

            _f = "region"
            _v = _get(_f, None)
            if _v is None:
                _obj.region = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.region = _v

            _f = "resourceID"
            _v = _get(_f, None)
            if _v is None:
                _obj.resource_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_id = _v

            _f = "result_params"
            _v = _get(_f, None)
            if _v is None:
                _obj.result_params = None
            else:
                _obj.result_params = _v

            _f = "serverlessEnabled"
            _v = _get(_f, None)
            if _v is None:
                _obj.serverless_enabled = None
            else:
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.serverless_enabled = _v

            _f = "status"
            _v = _get(_f, None)
            if _v is None:
                _obj.status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

            _f = "subscriptionId"
            _v = _get(_f, None)
            if _v is None:
                _obj.subscription_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subscription_id = _v

            _f = "subscriptionLicense"
            _v = _get(_f, None)
            if _v is None:
                _obj.subscription_license = None
            else:
                _obj.subscription_license = SubscriptionLicense._parse(_v)

            _f = "subscriptionStatus"
            _v = _get(_f, None)
            if _v is None:
                _obj.subscription_status = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subscription_status = _v

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
        _n = 0
        _f = ""
        try:
            _f = "active"
            _v = src.get(_f)
            if _v is None:
                _obj.active = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.active = _v

            _f = "autoscalingEnabled"
            _v = src.get(_f)
            if _v is None:
                _obj.autoscaling_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.autoscaling_enabled = _v

            _f = "awsAccountID"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_account_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_account_id = _v

            _f = "azureSubscriptionID"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_subscription_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_subscription_id = _v

            _f = "backupStatus"
            _v = src.get(_f)
            if _v is None:
                _obj.backup_status = None
            else:
                _n += 1
                _obj.backup_status = BackupStatus._from_json(_v)

            _f = "cloud_provider"
            _v = src.get(_f)
            if _v is None:
                _obj.cloud_provider = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.cloud_provider = _v

            _f = "created_at"
            _v = src.get(_f)
            if _v is None:
                _obj.created_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_at = _v

            _f = "createdByUserId"
            _v = src.get(_f)
            if _v is None:
                _obj.created_by_user_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_by_user_id = _v

            _f = "createdByUserName"
            _v = src.get(_f)
            if _v is None:
                _obj.created_by_user_name = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.created_by_user_name = _v

            _f = "currentReplicas"
            _v = src.get(_f)
            if _v is None:
                _obj.current_replicas = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.current_replicas = _v

            _f = "customNetworkDetail"
            _v = src.get(_f)
            if _v is None:
                _obj.custom_network_detail = None
            else:
                _n += 1
                _obj.custom_network_detail = CustomNetworkResourceDetail._from_json(_v)

            _f = "detailedNetworkTopology"
            _v = src.get(_f)
            if _v is None:
                _obj.detailed_network_topology = None
            else:
                _n += 1
                _obj.detailed_network_topology = ResourceInstanceDetailedNetworkTopology._from_json(_v)

            _f = "externalPayerId"
            _v = src.get(_f)
            if _v is None:
                _obj.external_payer_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.external_payer_id = _v

            _f = "gcpProjectID"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_project_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_project_id = _v

            _f = "highAvailability"
            _v = src.get(_f)
            if _v is None:
                _obj.high_availability = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.high_availability = _v

            _f = "id"
            _v = src.get(_f)
            if _v is None:
                _obj.id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.id = _v

            _f = "instanceLoadStatus"
            _v = src.get(_f)
            if _v is None:
                _obj.instance_load_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.instance_load_status = _v

            _f = "kubernetesDashboardEndpoint"
            _v = src.get(_f)
            if _v is None:
                _obj.kubernetes_dashboard_endpoint = None
            else:
                _n += 1
                _obj.kubernetes_dashboard_endpoint = KubernetesDashboardEndpoint._from_json(_v)

            _f = "last_modified_at"
            _v = src.get(_f)
            if _v is None:
                _obj.last_modified_at = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.last_modified_at = _v

            _f = "maintenanceTasks"
            _v = src.get(_f)
            if _v is None:
                _obj.maintenance_tasks = None
            else:
                _n += 1
                _obj.maintenance_tasks = ResourceInstanceMaintenanceTasks._from_json(_v)

            _f = "maxReplicas"
            _v = src.get(_f)
            if _v is None:
                _obj.max_replicas = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.max_replicas = _v

            _f = "minReplicas"
            _v = src.get(_f)
            if _v is None:
                _obj.min_replicas = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.min_replicas = _v

            _f = "network_type"
            _v = src.get(_f)
            if _v is None:
                _obj.network_type = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.network_type = _v

            _f = "productTierFeatures"
            _v = src.get(_f)
            if _v is None:
                _obj.product_tier_features = None
            else:
                _n += 1
                _obj.product_tier_features = ResourceInstanceProductTierFeatures._from_json(_v)

            _f = "region"
            _v = src.get(_f)
            if _v is None:
                _obj.region = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.region = _v

            _f = "resourceID"
            _v = src.get(_f)
            if _v is None:
                _obj.resource_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.resource_id = _v

            _f = "result_params"
            _v = src.get(_f)
            if _v is None:
                _obj.result_params = None
            else:
                _n += 1
                _obj.result_params = _v

            _f = "serverlessEnabled"
            _v = src.get(_f)
            if _v is None:
                _obj.serverless_enabled = None
            else:
                _n += 1
                if type(_v) is not bool:
                    raise _m.bad("a boolean", _v)
                _obj.serverless_enabled = _v

            _f = "status"
            _v = src.get(_f)
            if _v is None:
                _obj.status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.status = _v

            _f = "subscriptionId"
            _v = src.get(_f)
            if _v is None:
                _obj.subscription_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subscription_id = _v

            _f = "subscriptionLicense"
            _v = src.get(_f)
            if _v is None:
                _obj.subscription_license = None
            else:
                _n += 1
                _obj.subscription_license = SubscriptionLicense._from_json(_v)

            _f = "subscriptionStatus"
            _v = src.get(_f)
            if _v is None:
                _obj.subscription_status = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.subscription_status = _v

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
