"""Iterators over every token-paged list of `datum_client`, sync and async (the functional layer;
the namespaced client's list methods page the same way).

Each yields the items of one list operation across all its pages, fetching the next page only when the
items of the previous one are used up. Arguments are the operation's own, minus the page token.

- `iter_list_projects` / `aiter_list_projects`: `Project`
- `iter_list_workloads` / `aiter_list_workloads`: `Workload`
- `iter_list_workloads_for_all_namespaces` / `aiter_list_workloads_for_all_namespaces`: `Workload`
- `iter_list_workload_deployments` / `aiter_list_workload_deployments`: `WorkloadDeployment`
- `iter_list_workload_deployments_for_all_namespaces` / `aiter_list_workload_deployments_for_all_namespaces`: `WorkloadDeployment`
- `iter_list_instances` / `aiter_list_instances`: `Instance`
- `iter_list_instances_for_all_namespaces` / `aiter_list_instances_for_all_namespaces`: `Instance`
- `iter_list_networks` / `aiter_list_networks`: `Network`
- `iter_list_networks_for_all_namespaces` / `aiter_list_networks_for_all_namespaces`: `Network`
- `iter_list_locations` / `aiter_list_locations`: `Location`
- `iter_list_locations_for_all_namespaces` / `aiter_list_locations_for_all_namespaces`: `Location`
- `iter_list_network_bindings` / `aiter_list_network_bindings`: `NetworkBinding`
- `iter_list_network_bindings_for_all_namespaces` / `aiter_list_network_bindings_for_all_namespaces`: `NetworkBinding`
- `iter_list_network_contexts` / `aiter_list_network_contexts`: `NetworkContext`
- `iter_list_network_contexts_for_all_namespaces` / `aiter_list_network_contexts_for_all_namespaces`: `NetworkContext`
- `iter_list_network_policies` / `aiter_list_network_policies`: `NetworkPolicy`
- `iter_list_network_policies_for_all_namespaces` / `aiter_list_network_policies_for_all_namespaces`: `NetworkPolicy`
- `iter_list_subnet_claims` / `aiter_list_subnet_claims`: `SubnetClaim`
- `iter_list_subnet_claims_for_all_namespaces` / `aiter_list_subnet_claims_for_all_namespaces`: `SubnetClaim`
- `iter_list_subnets` / `aiter_list_subnets`: `Subnet`
- `iter_list_subnets_for_all_namespaces` / `aiter_list_subnets_for_all_namespaces`: `Subnet`
- `iter_list_config_maps` / `aiter_list_config_maps`: `ConfigMap`
- `iter_list_config_maps_for_all_namespaces` / `aiter_list_config_maps_for_all_namespaces`: `ConfigMap`
- `iter_list_secrets` / `aiter_list_secrets`: `Secret`
- `iter_list_secrets_for_all_namespaces` / `aiter_list_secrets_for_all_namespaces`: `Secret`
- `iter_list_namespaces` / `aiter_list_namespaces`: `Namespace`
- `iter_list_gateway_classes` / `aiter_list_gateway_classes`: `GatewayClass`
- `iter_list_gateways` / `aiter_list_gateways`: `Gateway`
- `iter_list_gateways_for_all_namespaces` / `aiter_list_gateways_for_all_namespaces`: `Gateway`
- `iter_list_http_routes` / `aiter_list_http_routes`: `HTTPRoute`
- `iter_list_http_routes_for_all_namespaces` / `aiter_list_http_routes_for_all_namespaces`: `HTTPRoute`
"""

from collections.abc import AsyncIterator, Iterator
from typing import Literal

from ._runtime import pagination as _pages
from ._runtime.calls import DEFAULT, Retries
from .api.configmaps import list_config_maps as _list_config_maps
from .api.configmaps import list_config_maps_for_all_namespaces as _list_config_maps_for_all_namespaces
from .api.gatewayclasses import list_gateway_classes as _list_gateway_classes
from .api.gateways import list_gateways as _list_gateways
from .api.gateways import list_gateways_for_all_namespaces as _list_gateways_for_all_namespaces
from .api.httproutes import list_http_routes as _list_http_routes
from .api.httproutes import list_http_routes_for_all_namespaces as _list_http_routes_for_all_namespaces
from .api.instances import list_instances as _list_instances
from .api.instances import list_instances_for_all_namespaces as _list_instances_for_all_namespaces
from .api.locations import list_locations as _list_locations
from .api.locations import list_locations_for_all_namespaces as _list_locations_for_all_namespaces
from .api.namespaces import list_namespaces as _list_namespaces
from .api.networkbindings import list_network_bindings as _list_network_bindings
from .api.networkbindings import list_network_bindings_for_all_namespaces as _list_network_bindings_for_all_namespaces
from .api.networkcontexts import list_network_contexts as _list_network_contexts
from .api.networkcontexts import list_network_contexts_for_all_namespaces as _list_network_contexts_for_all_namespaces
from .api.networkpolicies import list_network_policies as _list_network_policies
from .api.networkpolicies import list_network_policies_for_all_namespaces as _list_network_policies_for_all_namespaces
from .api.networks import list_networks as _list_networks
from .api.networks import list_networks_for_all_namespaces as _list_networks_for_all_namespaces
from .api.projects import list_projects as _list_projects
from .api.secrets import list_secrets as _list_secrets
from .api.secrets import list_secrets_for_all_namespaces as _list_secrets_for_all_namespaces
from .api.subnetclaims import list_subnet_claims as _list_subnet_claims
from .api.subnetclaims import list_subnet_claims_for_all_namespaces as _list_subnet_claims_for_all_namespaces
from .api.subnets import list_subnets as _list_subnets
from .api.subnets import list_subnets_for_all_namespaces as _list_subnets_for_all_namespaces
from .api.workloaddeployments import list_workload_deployments as _list_workload_deployments
from .api.workloaddeployments import (
    list_workload_deployments_for_all_namespaces as _list_workload_deployments_for_all_namespaces,
)
from .api.workloads import list_workloads as _list_workloads
from .api.workloads import list_workloads_for_all_namespaces as _list_workloads_for_all_namespaces
from .client import AuthenticatedClient, Client
from .models.config_map import ConfigMap
from .models.config_map_list import ConfigMapList
from .models.gateway import Gateway
from .models.gateway_class import GatewayClass
from .models.gateway_class_list import GatewayClassList
from .models.gateway_list import GatewayList
from .models.http_route import HTTPRoute
from .models.http_route_list import HTTPRouteList
from .models.instance import Instance
from .models.instance_list import InstanceList
from .models.list_config_maps_for_all_namespaces_resource_version_match import (
    ListConfigMapsForAllNamespacesResourceVersionMatch,
)
from .models.list_config_maps_resource_version_match import ListConfigMapsResourceVersionMatch
from .models.list_gateway_classes_resource_version_match import ListGatewayClassesResourceVersionMatch
from .models.list_gateways_for_all_namespaces_resource_version_match import (
    ListGatewaysForAllNamespacesResourceVersionMatch,
)
from .models.list_gateways_resource_version_match import ListGatewaysResourceVersionMatch
from .models.list_http_routes_for_all_namespaces_resource_version_match import (
    ListHttpRoutesForAllNamespacesResourceVersionMatch,
)
from .models.list_http_routes_resource_version_match import ListHttpRoutesResourceVersionMatch
from .models.list_instances_for_all_namespaces_resource_version_match import (
    ListInstancesForAllNamespacesResourceVersionMatch,
)
from .models.list_instances_resource_version_match import ListInstancesResourceVersionMatch
from .models.list_locations_for_all_namespaces_resource_version_match import (
    ListLocationsForAllNamespacesResourceVersionMatch,
)
from .models.list_locations_resource_version_match import ListLocationsResourceVersionMatch
from .models.list_namespaces_resource_version_match import ListNamespacesResourceVersionMatch
from .models.list_network_bindings_for_all_namespaces_resource_version_match import (
    ListNetworkBindingsForAllNamespacesResourceVersionMatch,
)
from .models.list_network_bindings_resource_version_match import ListNetworkBindingsResourceVersionMatch
from .models.list_network_contexts_for_all_namespaces_resource_version_match import (
    ListNetworkContextsForAllNamespacesResourceVersionMatch,
)
from .models.list_network_contexts_resource_version_match import ListNetworkContextsResourceVersionMatch
from .models.list_network_policies_for_all_namespaces_resource_version_match import (
    ListNetworkPoliciesForAllNamespacesResourceVersionMatch,
)
from .models.list_network_policies_resource_version_match import ListNetworkPoliciesResourceVersionMatch
from .models.list_networks_for_all_namespaces_resource_version_match import (
    ListNetworksForAllNamespacesResourceVersionMatch,
)
from .models.list_networks_resource_version_match import ListNetworksResourceVersionMatch
from .models.list_projects_resource_version_match import ListProjectsResourceVersionMatch
from .models.list_secrets_for_all_namespaces_resource_version_match import (
    ListSecretsForAllNamespacesResourceVersionMatch,
)
from .models.list_secrets_resource_version_match import ListSecretsResourceVersionMatch
from .models.list_subnet_claims_for_all_namespaces_resource_version_match import (
    ListSubnetClaimsForAllNamespacesResourceVersionMatch,
)
from .models.list_subnet_claims_resource_version_match import ListSubnetClaimsResourceVersionMatch
from .models.list_subnets_for_all_namespaces_resource_version_match import (
    ListSubnetsForAllNamespacesResourceVersionMatch,
)
from .models.list_subnets_resource_version_match import ListSubnetsResourceVersionMatch
from .models.list_workload_deployments_for_all_namespaces_resource_version_match import (
    ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch,
)
from .models.list_workload_deployments_resource_version_match import ListWorkloadDeploymentsResourceVersionMatch
from .models.list_workloads_for_all_namespaces_resource_version_match import (
    ListWorkloadsForAllNamespacesResourceVersionMatch,
)
from .models.list_workloads_resource_version_match import ListWorkloadsResourceVersionMatch
from .models.location import Location
from .models.location_list import LocationList
from .models.namespace import Namespace
from .models.namespace_list import NamespaceList
from .models.network import Network
from .models.network_binding import NetworkBinding
from .models.network_binding_list import NetworkBindingList
from .models.network_context import NetworkContext
from .models.network_context_list import NetworkContextList
from .models.network_list import NetworkList
from .models.network_policy import NetworkPolicy
from .models.network_policy_list import NetworkPolicyList
from .models.project import Project
from .models.project_list import ProjectList
from .models.secret import Secret
from .models.secret_list import SecretList
from .models.subnet import Subnet
from .models.subnet_claim import SubnetClaim
from .models.subnet_claim_list import SubnetClaimList
from .models.subnet_list import SubnetList
from .models.workload import Workload
from .models.workload_deployment import WorkloadDeployment
from .models.workload_deployment_list import WorkloadDeploymentList
from .models.workload_list import WorkloadList
from .types import UNSET, Unset

__all__ = [
    "aiter_list_config_maps",
    "iter_list_config_maps",
    "aiter_list_config_maps_for_all_namespaces",
    "iter_list_config_maps_for_all_namespaces",
    "aiter_list_gateway_classes",
    "iter_list_gateway_classes",
    "aiter_list_gateways",
    "iter_list_gateways",
    "aiter_list_gateways_for_all_namespaces",
    "iter_list_gateways_for_all_namespaces",
    "aiter_list_http_routes",
    "iter_list_http_routes",
    "aiter_list_http_routes_for_all_namespaces",
    "iter_list_http_routes_for_all_namespaces",
    "aiter_list_instances",
    "iter_list_instances",
    "aiter_list_instances_for_all_namespaces",
    "iter_list_instances_for_all_namespaces",
    "aiter_list_locations",
    "iter_list_locations",
    "aiter_list_locations_for_all_namespaces",
    "iter_list_locations_for_all_namespaces",
    "aiter_list_namespaces",
    "iter_list_namespaces",
    "aiter_list_network_bindings",
    "iter_list_network_bindings",
    "aiter_list_network_bindings_for_all_namespaces",
    "iter_list_network_bindings_for_all_namespaces",
    "aiter_list_network_contexts",
    "iter_list_network_contexts",
    "aiter_list_network_contexts_for_all_namespaces",
    "iter_list_network_contexts_for_all_namespaces",
    "aiter_list_network_policies",
    "iter_list_network_policies",
    "aiter_list_network_policies_for_all_namespaces",
    "iter_list_network_policies_for_all_namespaces",
    "aiter_list_networks",
    "iter_list_networks",
    "aiter_list_networks_for_all_namespaces",
    "iter_list_networks_for_all_namespaces",
    "aiter_list_projects",
    "iter_list_projects",
    "aiter_list_secrets",
    "iter_list_secrets",
    "aiter_list_secrets_for_all_namespaces",
    "iter_list_secrets_for_all_namespaces",
    "aiter_list_subnet_claims",
    "iter_list_subnet_claims",
    "aiter_list_subnet_claims_for_all_namespaces",
    "iter_list_subnet_claims_for_all_namespaces",
    "aiter_list_subnets",
    "iter_list_subnets",
    "aiter_list_subnets_for_all_namespaces",
    "iter_list_subnets_for_all_namespaces",
    "aiter_list_workload_deployments",
    "iter_list_workload_deployments",
    "aiter_list_workload_deployments_for_all_namespaces",
    "iter_list_workload_deployments_for_all_namespaces",
    "aiter_list_workloads",
    "iter_list_workloads",
    "aiter_list_workloads_for_all_namespaces",
    "iter_list_workloads_for_all_namespaces",
]

# Keep the names every signature may use importable from here.
_ = (Client, Literal, Unset)


def _list_projects_items(page: ProjectList) -> list[Project]:
    return _pages.items_at(page, "items")


def _list_projects_token(page: ProjectList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_projects(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListProjectsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Project]:
    """Every `Project` that `projects.list_projects` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ProjectList:
        return _list_projects.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_projects_items, _list_projects_token)


def aiter_list_projects(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListProjectsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Project]:
    """`iter_list_projects`, asynchronously (`async for item in aiter_list_projects(...)`)."""

    async def fetch(page_token: str | None) -> ProjectList:
        return await _list_projects.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_projects_items, _list_projects_token)


def _list_workloads_items(page: WorkloadList) -> list[Workload]:
    return _pages.items_at(page, "items")


def _list_workloads_token(page: WorkloadList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_workloads(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Workload]:
    """Every `Workload` that `workloads.list_workloads` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> WorkloadList:
        return _list_workloads.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_workloads_items, _list_workloads_token)


def aiter_list_workloads(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Workload]:
    """`iter_list_workloads`, asynchronously (`async for item in aiter_list_workloads(...)`)."""

    async def fetch(page_token: str | None) -> WorkloadList:
        return await _list_workloads.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_workloads_items, _list_workloads_token)


def _list_workloads_for_all_namespaces_items(page: WorkloadList) -> list[Workload]:
    return _pages.items_at(page, "items")


def _list_workloads_for_all_namespaces_token(page: WorkloadList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_workloads_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Workload]:
    """Every `Workload` that `workloads.list_workloads_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> WorkloadList:
        return _list_workloads_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_workloads_for_all_namespaces_items, _list_workloads_for_all_namespaces_token)


def aiter_list_workloads_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Workload]:
    """`iter_list_workloads_for_all_namespaces`, asynchronously (`async for item in aiter_list_workloads_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> WorkloadList:
        return await _list_workloads_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_workloads_for_all_namespaces_items, _list_workloads_for_all_namespaces_token)


def _list_workload_deployments_items(page: WorkloadDeploymentList) -> list[WorkloadDeployment]:
    return _pages.items_at(page, "items")


def _list_workload_deployments_token(page: WorkloadDeploymentList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_workload_deployments(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadDeploymentsResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[WorkloadDeployment]:
    """Every `WorkloadDeployment` that `workloaddeployments.list_workload_deployments` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> WorkloadDeploymentList:
        return _list_workload_deployments.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_workload_deployments_items, _list_workload_deployments_token)


def aiter_list_workload_deployments(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadDeploymentsResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[WorkloadDeployment]:
    """`iter_list_workload_deployments`, asynchronously (`async for item in aiter_list_workload_deployments(...)`)."""

    async def fetch(page_token: str | None) -> WorkloadDeploymentList:
        return await _list_workload_deployments.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_workload_deployments_items, _list_workload_deployments_token)


def _list_workload_deployments_for_all_namespaces_items(page: WorkloadDeploymentList) -> list[WorkloadDeployment]:
    return _pages.items_at(page, "items")


def _list_workload_deployments_for_all_namespaces_token(page: WorkloadDeploymentList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_workload_deployments_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[WorkloadDeployment]:
    """Every `WorkloadDeployment` that `workloaddeployments.list_workload_deployments_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> WorkloadDeploymentList:
        return _list_workload_deployments_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(
        fetch, _list_workload_deployments_for_all_namespaces_items, _list_workload_deployments_for_all_namespaces_token
    )


def aiter_list_workload_deployments_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListWorkloadDeploymentsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[WorkloadDeployment]:
    """`iter_list_workload_deployments_for_all_namespaces`, asynchronously (`async for item in aiter_list_workload_deployments_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> WorkloadDeploymentList:
        return await _list_workload_deployments_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_workload_deployments_for_all_namespaces_items, _list_workload_deployments_for_all_namespaces_token
    )


def _list_instances_items(page: InstanceList) -> list[Instance]:
    return _pages.items_at(page, "items")


def _list_instances_token(page: InstanceList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_instances(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListInstancesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Instance]:
    """Every `Instance` that `instances.list_instances` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> InstanceList:
        return _list_instances.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_instances_items, _list_instances_token)


def aiter_list_instances(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListInstancesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Instance]:
    """`iter_list_instances`, asynchronously (`async for item in aiter_list_instances(...)`)."""

    async def fetch(page_token: str | None) -> InstanceList:
        return await _list_instances.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_instances_items, _list_instances_token)


def _list_instances_for_all_namespaces_items(page: InstanceList) -> list[Instance]:
    return _pages.items_at(page, "items")


def _list_instances_for_all_namespaces_token(page: InstanceList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_instances_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListInstancesForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Instance]:
    """Every `Instance` that `instances.list_instances_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> InstanceList:
        return _list_instances_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_instances_for_all_namespaces_items, _list_instances_for_all_namespaces_token)


def aiter_list_instances_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListInstancesForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Instance]:
    """`iter_list_instances_for_all_namespaces`, asynchronously (`async for item in aiter_list_instances_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> InstanceList:
        return await _list_instances_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_instances_for_all_namespaces_items, _list_instances_for_all_namespaces_token)


def _list_networks_items(page: NetworkList) -> list[Network]:
    return _pages.items_at(page, "items")


def _list_networks_token(page: NetworkList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_networks(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworksResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Network]:
    """Every `Network` that `networks.list_networks` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkList:
        return _list_networks.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_networks_items, _list_networks_token)


def aiter_list_networks(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworksResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Network]:
    """`iter_list_networks`, asynchronously (`async for item in aiter_list_networks(...)`)."""

    async def fetch(page_token: str | None) -> NetworkList:
        return await _list_networks.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_networks_items, _list_networks_token)


def _list_networks_for_all_namespaces_items(page: NetworkList) -> list[Network]:
    return _pages.items_at(page, "items")


def _list_networks_for_all_namespaces_token(page: NetworkList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_networks_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworksForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Network]:
    """Every `Network` that `networks.list_networks_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkList:
        return _list_networks_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_networks_for_all_namespaces_items, _list_networks_for_all_namespaces_token)


def aiter_list_networks_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworksForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Network]:
    """`iter_list_networks_for_all_namespaces`, asynchronously (`async for item in aiter_list_networks_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> NetworkList:
        return await _list_networks_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_networks_for_all_namespaces_items, _list_networks_for_all_namespaces_token)


def _list_locations_items(page: LocationList) -> list[Location]:
    return _pages.items_at(page, "items")


def _list_locations_token(page: LocationList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_locations(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListLocationsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Location]:
    """Every `Location` that `locations.list_locations` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> LocationList:
        return _list_locations.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_locations_items, _list_locations_token)


def aiter_list_locations(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListLocationsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Location]:
    """`iter_list_locations`, asynchronously (`async for item in aiter_list_locations(...)`)."""

    async def fetch(page_token: str | None) -> LocationList:
        return await _list_locations.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_locations_items, _list_locations_token)


def _list_locations_for_all_namespaces_items(page: LocationList) -> list[Location]:
    return _pages.items_at(page, "items")


def _list_locations_for_all_namespaces_token(page: LocationList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_locations_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListLocationsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Location]:
    """Every `Location` that `locations.list_locations_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> LocationList:
        return _list_locations_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_locations_for_all_namespaces_items, _list_locations_for_all_namespaces_token)


def aiter_list_locations_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListLocationsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Location]:
    """`iter_list_locations_for_all_namespaces`, asynchronously (`async for item in aiter_list_locations_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> LocationList:
        return await _list_locations_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_locations_for_all_namespaces_items, _list_locations_for_all_namespaces_token)


def _list_network_bindings_items(page: NetworkBindingList) -> list[NetworkBinding]:
    return _pages.items_at(page, "items")


def _list_network_bindings_token(page: NetworkBindingList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_network_bindings(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkBindingsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[NetworkBinding]:
    """Every `NetworkBinding` that `networkbindings.list_network_bindings` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkBindingList:
        return _list_network_bindings.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_network_bindings_items, _list_network_bindings_token)


def aiter_list_network_bindings(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkBindingsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[NetworkBinding]:
    """`iter_list_network_bindings`, asynchronously (`async for item in aiter_list_network_bindings(...)`)."""

    async def fetch(page_token: str | None) -> NetworkBindingList:
        return await _list_network_bindings.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_network_bindings_items, _list_network_bindings_token)


def _list_network_bindings_for_all_namespaces_items(page: NetworkBindingList) -> list[NetworkBinding]:
    return _pages.items_at(page, "items")


def _list_network_bindings_for_all_namespaces_token(page: NetworkBindingList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_network_bindings_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkBindingsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[NetworkBinding]:
    """Every `NetworkBinding` that `networkbindings.list_network_bindings_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkBindingList:
        return _list_network_bindings_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(
        fetch, _list_network_bindings_for_all_namespaces_items, _list_network_bindings_for_all_namespaces_token
    )


def aiter_list_network_bindings_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkBindingsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[NetworkBinding]:
    """`iter_list_network_bindings_for_all_namespaces`, asynchronously (`async for item in aiter_list_network_bindings_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> NetworkBindingList:
        return await _list_network_bindings_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_network_bindings_for_all_namespaces_items, _list_network_bindings_for_all_namespaces_token
    )


def _list_network_contexts_items(page: NetworkContextList) -> list[NetworkContext]:
    return _pages.items_at(page, "items")


def _list_network_contexts_token(page: NetworkContextList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_network_contexts(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkContextsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[NetworkContext]:
    """Every `NetworkContext` that `networkcontexts.list_network_contexts` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkContextList:
        return _list_network_contexts.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_network_contexts_items, _list_network_contexts_token)


def aiter_list_network_contexts(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkContextsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[NetworkContext]:
    """`iter_list_network_contexts`, asynchronously (`async for item in aiter_list_network_contexts(...)`)."""

    async def fetch(page_token: str | None) -> NetworkContextList:
        return await _list_network_contexts.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_network_contexts_items, _list_network_contexts_token)


def _list_network_contexts_for_all_namespaces_items(page: NetworkContextList) -> list[NetworkContext]:
    return _pages.items_at(page, "items")


def _list_network_contexts_for_all_namespaces_token(page: NetworkContextList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_network_contexts_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkContextsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[NetworkContext]:
    """Every `NetworkContext` that `networkcontexts.list_network_contexts_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkContextList:
        return _list_network_contexts_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(
        fetch, _list_network_contexts_for_all_namespaces_items, _list_network_contexts_for_all_namespaces_token
    )


def aiter_list_network_contexts_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkContextsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[NetworkContext]:
    """`iter_list_network_contexts_for_all_namespaces`, asynchronously (`async for item in aiter_list_network_contexts_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> NetworkContextList:
        return await _list_network_contexts_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_network_contexts_for_all_namespaces_items, _list_network_contexts_for_all_namespaces_token
    )


def _list_network_policies_items(page: NetworkPolicyList) -> list[NetworkPolicy]:
    return _pages.items_at(page, "items")


def _list_network_policies_token(page: NetworkPolicyList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_network_policies(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkPoliciesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[NetworkPolicy]:
    """Every `NetworkPolicy` that `networkpolicies.list_network_policies` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkPolicyList:
        return _list_network_policies.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_network_policies_items, _list_network_policies_token)


def aiter_list_network_policies(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkPoliciesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[NetworkPolicy]:
    """`iter_list_network_policies`, asynchronously (`async for item in aiter_list_network_policies(...)`)."""

    async def fetch(page_token: str | None) -> NetworkPolicyList:
        return await _list_network_policies.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_network_policies_items, _list_network_policies_token)


def _list_network_policies_for_all_namespaces_items(page: NetworkPolicyList) -> list[NetworkPolicy]:
    return _pages.items_at(page, "items")


def _list_network_policies_for_all_namespaces_token(page: NetworkPolicyList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_network_policies_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkPoliciesForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[NetworkPolicy]:
    """Every `NetworkPolicy` that `networkpolicies.list_network_policies_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NetworkPolicyList:
        return _list_network_policies_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(
        fetch, _list_network_policies_for_all_namespaces_items, _list_network_policies_for_all_namespaces_token
    )


def aiter_list_network_policies_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNetworkPoliciesForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[NetworkPolicy]:
    """`iter_list_network_policies_for_all_namespaces`, asynchronously (`async for item in aiter_list_network_policies_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> NetworkPolicyList:
        return await _list_network_policies_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_network_policies_for_all_namespaces_items, _list_network_policies_for_all_namespaces_token
    )


def _list_subnet_claims_items(page: SubnetClaimList) -> list[SubnetClaim]:
    return _pages.items_at(page, "items")


def _list_subnet_claims_token(page: SubnetClaimList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_subnet_claims(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetClaimsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[SubnetClaim]:
    """Every `SubnetClaim` that `subnetclaims.list_subnet_claims` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> SubnetClaimList:
        return _list_subnet_claims.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_subnet_claims_items, _list_subnet_claims_token)


def aiter_list_subnet_claims(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetClaimsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[SubnetClaim]:
    """`iter_list_subnet_claims`, asynchronously (`async for item in aiter_list_subnet_claims(...)`)."""

    async def fetch(page_token: str | None) -> SubnetClaimList:
        return await _list_subnet_claims.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_subnet_claims_items, _list_subnet_claims_token)


def _list_subnet_claims_for_all_namespaces_items(page: SubnetClaimList) -> list[SubnetClaim]:
    return _pages.items_at(page, "items")


def _list_subnet_claims_for_all_namespaces_token(page: SubnetClaimList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_subnet_claims_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetClaimsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[SubnetClaim]:
    """Every `SubnetClaim` that `subnetclaims.list_subnet_claims_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> SubnetClaimList:
        return _list_subnet_claims_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(
        fetch, _list_subnet_claims_for_all_namespaces_items, _list_subnet_claims_for_all_namespaces_token
    )


def aiter_list_subnet_claims_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetClaimsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[SubnetClaim]:
    """`iter_list_subnet_claims_for_all_namespaces`, asynchronously (`async for item in aiter_list_subnet_claims_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> SubnetClaimList:
        return await _list_subnet_claims_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_subnet_claims_for_all_namespaces_items, _list_subnet_claims_for_all_namespaces_token
    )


def _list_subnets_items(page: SubnetList) -> list[Subnet]:
    return _pages.items_at(page, "items")


def _list_subnets_token(page: SubnetList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_subnets(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Subnet]:
    """Every `Subnet` that `subnets.list_subnets` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> SubnetList:
        return _list_subnets.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_subnets_items, _list_subnets_token)


def aiter_list_subnets(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Subnet]:
    """`iter_list_subnets`, asynchronously (`async for item in aiter_list_subnets(...)`)."""

    async def fetch(page_token: str | None) -> SubnetList:
        return await _list_subnets.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_subnets_items, _list_subnets_token)


def _list_subnets_for_all_namespaces_items(page: SubnetList) -> list[Subnet]:
    return _pages.items_at(page, "items")


def _list_subnets_for_all_namespaces_token(page: SubnetList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_subnets_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Subnet]:
    """Every `Subnet` that `subnets.list_subnets_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> SubnetList:
        return _list_subnets_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_subnets_for_all_namespaces_items, _list_subnets_for_all_namespaces_token)


def aiter_list_subnets_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSubnetsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Subnet]:
    """`iter_list_subnets_for_all_namespaces`, asynchronously (`async for item in aiter_list_subnets_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> SubnetList:
        return await _list_subnets_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_subnets_for_all_namespaces_items, _list_subnets_for_all_namespaces_token)


def _list_config_maps_items(page: ConfigMapList) -> list[ConfigMap]:
    return _pages.items_at(page, "items")


def _list_config_maps_token(page: ConfigMapList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_config_maps(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListConfigMapsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[ConfigMap]:
    """Every `ConfigMap` that `configmaps.list_config_maps` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ConfigMapList:
        return _list_config_maps.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_config_maps_items, _list_config_maps_token)


def aiter_list_config_maps(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListConfigMapsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[ConfigMap]:
    """`iter_list_config_maps`, asynchronously (`async for item in aiter_list_config_maps(...)`)."""

    async def fetch(page_token: str | None) -> ConfigMapList:
        return await _list_config_maps.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_config_maps_items, _list_config_maps_token)


def _list_config_maps_for_all_namespaces_items(page: ConfigMapList) -> list[ConfigMap]:
    return _pages.items_at(page, "items")


def _list_config_maps_for_all_namespaces_token(page: ConfigMapList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_config_maps_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListConfigMapsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[ConfigMap]:
    """Every `ConfigMap` that `configmaps.list_config_maps_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> ConfigMapList:
        return _list_config_maps_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_config_maps_for_all_namespaces_items, _list_config_maps_for_all_namespaces_token)


def aiter_list_config_maps_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListConfigMapsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[ConfigMap]:
    """`iter_list_config_maps_for_all_namespaces`, asynchronously (`async for item in aiter_list_config_maps_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> ConfigMapList:
        return await _list_config_maps_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_config_maps_for_all_namespaces_items, _list_config_maps_for_all_namespaces_token
    )


def _list_secrets_items(page: SecretList) -> list[Secret]:
    return _pages.items_at(page, "items")


def _list_secrets_token(page: SecretList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_secrets(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Secret]:
    """Every `Secret` that `secrets.list_secrets` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> SecretList:
        return _list_secrets.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_secrets_items, _list_secrets_token)


def aiter_list_secrets(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Secret]:
    """`iter_list_secrets`, asynchronously (`async for item in aiter_list_secrets(...)`)."""

    async def fetch(page_token: str | None) -> SecretList:
        return await _list_secrets.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_secrets_items, _list_secrets_token)


def _list_secrets_for_all_namespaces_items(page: SecretList) -> list[Secret]:
    return _pages.items_at(page, "items")


def _list_secrets_for_all_namespaces_token(page: SecretList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_secrets_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Secret]:
    """Every `Secret` that `secrets.list_secrets_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> SecretList:
        return _list_secrets_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_secrets_for_all_namespaces_items, _list_secrets_for_all_namespaces_token)


def aiter_list_secrets_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListSecretsForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Secret]:
    """`iter_list_secrets_for_all_namespaces`, asynchronously (`async for item in aiter_list_secrets_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> SecretList:
        return await _list_secrets_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_secrets_for_all_namespaces_items, _list_secrets_for_all_namespaces_token)


def _list_namespaces_items(page: NamespaceList) -> list[Namespace]:
    return _pages.items_at(page, "items")


def _list_namespaces_token(page: NamespaceList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNamespacesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Namespace]:
    """Every `Namespace` that `namespaces.list_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> NamespaceList:
        return _list_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_namespaces_items, _list_namespaces_token)


def aiter_list_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListNamespacesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Namespace]:
    """`iter_list_namespaces`, asynchronously (`async for item in aiter_list_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> NamespaceList:
        return await _list_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_namespaces_items, _list_namespaces_token)


def _list_gateway_classes_items(page: GatewayClassList) -> list[GatewayClass]:
    return _pages.items_at(page, "items")


def _list_gateway_classes_token(page: GatewayClassList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_gateway_classes(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListGatewayClassesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[GatewayClass]:
    """Every `GatewayClass` that `gatewayclasses.list_gateway_classes` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> GatewayClassList:
        return _list_gateway_classes.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_gateway_classes_items, _list_gateway_classes_token)


def aiter_list_gateway_classes(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListGatewayClassesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[GatewayClass]:
    """`iter_list_gateway_classes`, asynchronously (`async for item in aiter_list_gateway_classes(...)`)."""

    async def fetch(page_token: str | None) -> GatewayClassList:
        return await _list_gateway_classes.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_gateway_classes_items, _list_gateway_classes_token)


def _list_gateways_items(page: GatewayList) -> list[Gateway]:
    return _pages.items_at(page, "items")


def _list_gateways_token(page: GatewayList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_gateways(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListGatewaysResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Gateway]:
    """Every `Gateway` that `gateways.list_gateways` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> GatewayList:
        return _list_gateways.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_gateways_items, _list_gateways_token)


def aiter_list_gateways(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListGatewaysResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Gateway]:
    """`iter_list_gateways`, asynchronously (`async for item in aiter_list_gateways(...)`)."""

    async def fetch(page_token: str | None) -> GatewayList:
        return await _list_gateways.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_gateways_items, _list_gateways_token)


def _list_gateways_for_all_namespaces_items(page: GatewayList) -> list[Gateway]:
    return _pages.items_at(page, "items")


def _list_gateways_for_all_namespaces_token(page: GatewayList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_gateways_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListGatewaysForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[Gateway]:
    """Every `Gateway` that `gateways.list_gateways_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> GatewayList:
        return _list_gateways_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_gateways_for_all_namespaces_items, _list_gateways_for_all_namespaces_token)


def aiter_list_gateways_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListGatewaysForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[Gateway]:
    """`iter_list_gateways_for_all_namespaces`, asynchronously (`async for item in aiter_list_gateways_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> GatewayList:
        return await _list_gateways_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_gateways_for_all_namespaces_items, _list_gateways_for_all_namespaces_token)


def _list_http_routes_items(page: HTTPRouteList) -> list[HTTPRoute]:
    return _pages.items_at(page, "items")


def _list_http_routes_token(page: HTTPRouteList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_http_routes(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListHttpRoutesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[HTTPRoute]:
    """Every `HTTPRoute` that `httproutes.list_http_routes` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> HTTPRouteList:
        return _list_http_routes.sync(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_http_routes_items, _list_http_routes_token)


def aiter_list_http_routes(
    namespace: str,
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListHttpRoutesResourceVersionMatch | Literal["Exact", "NotOlderThan"] | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[HTTPRoute]:
    """`iter_list_http_routes`, asynchronously (`async for item in aiter_list_http_routes(...)`)."""

    async def fetch(page_token: str | None) -> HTTPRouteList:
        return await _list_http_routes.asyncio(
            client=client,
            namespace=namespace,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(fetch, _list_http_routes_items, _list_http_routes_token)


def _list_http_routes_for_all_namespaces_items(page: HTTPRouteList) -> list[HTTPRoute]:
    return _pages.items_at(page, "items")


def _list_http_routes_for_all_namespaces_token(page: HTTPRouteList) -> str | None:
    return _pages.token_at(
        page,
        (
            "metadata",
            "continue_",
        ),
    )


def iter_list_http_routes_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListHttpRoutesForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> Iterator[HTTPRoute]:
    """Every `HTTPRoute` that `httproutes.list_http_routes_for_all_namespaces` lists, fetching page after page (following
    `metadata.continue_` as `continue_`); errors raise as in `sync()`."""

    def fetch(page_token: str | None) -> HTTPRouteList:
        return _list_http_routes_for_all_namespaces.sync(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.iterate(fetch, _list_http_routes_for_all_namespaces_items, _list_http_routes_for_all_namespaces_token)


def aiter_list_http_routes_for_all_namespaces(
    *,
    client: AuthenticatedClient | Client,
    allow_watch_bookmarks: bool | Unset = UNSET,
    field_selector: str | Unset = UNSET,
    label_selector: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_version: str | Unset = UNSET,
    resource_version_match: ListHttpRoutesForAllNamespacesResourceVersionMatch
    | Literal["Exact", "NotOlderThan"]
    | Unset = UNSET,
    send_initial_events: bool | Unset = UNSET,
    timeout_seconds: int | Unset = UNSET,
    watch: bool | Unset = UNSET,
    pretty: str | Unset = UNSET,
    retries: Retries = DEFAULT,
) -> AsyncIterator[HTTPRoute]:
    """`iter_list_http_routes_for_all_namespaces`, asynchronously (`async for item in aiter_list_http_routes_for_all_namespaces(...)`)."""

    async def fetch(page_token: str | None) -> HTTPRouteList:
        return await _list_http_routes_for_all_namespaces.asyncio(
            client=client,
            allow_watch_bookmarks=allow_watch_bookmarks,
            field_selector=field_selector,
            label_selector=label_selector,
            limit=limit,
            resource_version=resource_version,
            resource_version_match=resource_version_match,
            send_initial_events=send_initial_events,
            timeout_seconds=timeout_seconds,
            watch=watch,
            pretty=pretty,
            continue_=UNSET if page_token is None else page_token,
            retries=retries,
        )

    return _pages.aiterate(
        fetch, _list_http_routes_for_all_namespaces_items, _list_http_routes_for_all_namespaces_token
    )
