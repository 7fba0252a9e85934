"""The Datum clients: `Datum` and `AsyncDatum`, with every operation of the API as
`client.<resource>.<method>(...)` (listed in api.md).

Resources load when first used, so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime.calls import DEFAULT, UseClientDefault
from ._runtime.client import AsyncApiClient, ClientSettings, SyncApiClient, Timeout
from ._runtime.retry import Retry
from .client import Client as _FunctionalClient
from .control_planes import AsyncDatumClientMixin, DatumClientMixin

if TYPE_CHECKING:
    from .resources.authentication import (
        AsyncAuthenticationResource,
        AsyncAuthenticationResourceWithRawResponse,
        AsyncAuthenticationResourceWithStreamingResponse,
        AuthenticationResource,
        AuthenticationResourceWithRawResponse,
        AuthenticationResourceWithStreamingResponse,
    )
    from .resources.config_maps import (
        AsyncConfigMapsResource,
        AsyncConfigMapsResourceWithRawResponse,
        AsyncConfigMapsResourceWithStreamingResponse,
        ConfigMapsResource,
        ConfigMapsResourceWithRawResponse,
        ConfigMapsResourceWithStreamingResponse,
    )
    from .resources.discovery import (
        AsyncDiscoveryResource,
        AsyncDiscoveryResourceWithRawResponse,
        AsyncDiscoveryResourceWithStreamingResponse,
        DiscoveryResource,
        DiscoveryResourceWithRawResponse,
        DiscoveryResourceWithStreamingResponse,
    )
    from .resources.gateway_classes import (
        AsyncGatewayClassesResource,
        AsyncGatewayClassesResourceWithRawResponse,
        AsyncGatewayClassesResourceWithStreamingResponse,
        GatewayClassesResource,
        GatewayClassesResourceWithRawResponse,
        GatewayClassesResourceWithStreamingResponse,
    )
    from .resources.gateways import (
        AsyncGatewaysResource,
        AsyncGatewaysResourceWithRawResponse,
        AsyncGatewaysResourceWithStreamingResponse,
        GatewaysResource,
        GatewaysResourceWithRawResponse,
        GatewaysResourceWithStreamingResponse,
    )
    from .resources.http_routes import (
        AsyncHttpRoutesResource,
        AsyncHttpRoutesResourceWithRawResponse,
        AsyncHttpRoutesResourceWithStreamingResponse,
        HttpRoutesResource,
        HttpRoutesResourceWithRawResponse,
        HttpRoutesResourceWithStreamingResponse,
    )
    from .resources.instances import (
        AsyncInstancesResource,
        AsyncInstancesResourceWithRawResponse,
        AsyncInstancesResourceWithStreamingResponse,
        InstancesResource,
        InstancesResourceWithRawResponse,
        InstancesResourceWithStreamingResponse,
    )
    from .resources.locations import (
        AsyncLocationsResource,
        AsyncLocationsResourceWithRawResponse,
        AsyncLocationsResourceWithStreamingResponse,
        LocationsResource,
        LocationsResourceWithRawResponse,
        LocationsResourceWithStreamingResponse,
    )
    from .resources.namespaces import (
        AsyncNamespacesResource,
        AsyncNamespacesResourceWithRawResponse,
        AsyncNamespacesResourceWithStreamingResponse,
        NamespacesResource,
        NamespacesResourceWithRawResponse,
        NamespacesResourceWithStreamingResponse,
    )
    from .resources.network_bindings import (
        AsyncNetworkBindingsResource,
        AsyncNetworkBindingsResourceWithRawResponse,
        AsyncNetworkBindingsResourceWithStreamingResponse,
        NetworkBindingsResource,
        NetworkBindingsResourceWithRawResponse,
        NetworkBindingsResourceWithStreamingResponse,
    )
    from .resources.network_contexts import (
        AsyncNetworkContextsResource,
        AsyncNetworkContextsResourceWithRawResponse,
        AsyncNetworkContextsResourceWithStreamingResponse,
        NetworkContextsResource,
        NetworkContextsResourceWithRawResponse,
        NetworkContextsResourceWithStreamingResponse,
    )
    from .resources.network_policies import (
        AsyncNetworkPoliciesResource,
        AsyncNetworkPoliciesResourceWithRawResponse,
        AsyncNetworkPoliciesResourceWithStreamingResponse,
        NetworkPoliciesResource,
        NetworkPoliciesResourceWithRawResponse,
        NetworkPoliciesResourceWithStreamingResponse,
    )
    from .resources.networks import (
        AsyncNetworksResource,
        AsyncNetworksResourceWithRawResponse,
        AsyncNetworksResourceWithStreamingResponse,
        NetworksResource,
        NetworksResourceWithRawResponse,
        NetworksResourceWithStreamingResponse,
    )
    from .resources.projects import (
        AsyncProjectsResource,
        AsyncProjectsResourceWithRawResponse,
        AsyncProjectsResourceWithStreamingResponse,
        ProjectsResource,
        ProjectsResourceWithRawResponse,
        ProjectsResourceWithStreamingResponse,
    )
    from .resources.secrets import (
        AsyncSecretsResource,
        AsyncSecretsResourceWithRawResponse,
        AsyncSecretsResourceWithStreamingResponse,
        SecretsResource,
        SecretsResourceWithRawResponse,
        SecretsResourceWithStreamingResponse,
    )
    from .resources.subnet_claims import (
        AsyncSubnetClaimsResource,
        AsyncSubnetClaimsResourceWithRawResponse,
        AsyncSubnetClaimsResourceWithStreamingResponse,
        SubnetClaimsResource,
        SubnetClaimsResourceWithRawResponse,
        SubnetClaimsResourceWithStreamingResponse,
    )
    from .resources.subnets import (
        AsyncSubnetsResource,
        AsyncSubnetsResourceWithRawResponse,
        AsyncSubnetsResourceWithStreamingResponse,
        SubnetsResource,
        SubnetsResourceWithRawResponse,
        SubnetsResourceWithStreamingResponse,
    )
    from .resources.workload_deployments import (
        AsyncWorkloadDeploymentsResource,
        AsyncWorkloadDeploymentsResourceWithRawResponse,
        AsyncWorkloadDeploymentsResourceWithStreamingResponse,
        WorkloadDeploymentsResource,
        WorkloadDeploymentsResourceWithRawResponse,
        WorkloadDeploymentsResourceWithStreamingResponse,
    )
    from .resources.workloads import (
        AsyncWorkloadsResource,
        AsyncWorkloadsResourceWithRawResponse,
        AsyncWorkloadsResourceWithStreamingResponse,
        WorkloadsResource,
        WorkloadsResourceWithRawResponse,
        WorkloadsResourceWithStreamingResponse,
    )

__all__ = ["AsyncDatum", "Datum"]

_SETTINGS = ClientSettings(
    name="Datum",
    distribution="datum-client",
    version="0.1.0a0",
    env_prefix="DATUM",
    default_base_url=None,
    base_url_hint="organization_control_plane_url(organization_id) or project_control_plane_url(project_id)",
)
# Operation modules' `_parse_response` reads one flag of the functional client; this one says "no".
_PARSE_CLIENT = _FunctionalClient(base_url="")


class Datum(SyncApiClient, DatumClientMixin):
    """The Datum API.

    Args:
        base_url: Where the API is; default: `DATUM_BASE_URL`.
        token: The bearer token; default: `DATUM_TOKEN`.
        timeout: Seconds (or an `httpx.Timeout`) for each request; default 60 s, 5 s to connect;
            None waits forever.
        retries: Retries of connection errors, 408, 429 and 5xx: a count, a `Retry`, or None; default 2.
        headers: Headers sent with every request.
        http_client: Your own `httpx.Client`, used as it is.

    Use it in a `with` block, or call `client.close()` when done.
    """

    settings = _SETTINGS
    parse_client = _PARSE_CLIENT

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def discovery(self) -> DiscoveryResource:
        from .resources.discovery import DiscoveryResource

        return DiscoveryResource(self)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        from .resources.authentication import AuthenticationResource

        return AuthenticationResource(self)

    @cached_property
    def workloads(self) -> WorkloadsResource:
        from .resources.workloads import WorkloadsResource

        return WorkloadsResource(self)

    @cached_property
    def workload_deployments(self) -> WorkloadDeploymentsResource:
        from .resources.workload_deployments import WorkloadDeploymentsResource

        return WorkloadDeploymentsResource(self)

    @cached_property
    def instances(self) -> InstancesResource:
        from .resources.instances import InstancesResource

        return InstancesResource(self)

    @cached_property
    def networks(self) -> NetworksResource:
        from .resources.networks import NetworksResource

        return NetworksResource(self)

    @cached_property
    def locations(self) -> LocationsResource:
        from .resources.locations import LocationsResource

        return LocationsResource(self)

    @cached_property
    def network_bindings(self) -> NetworkBindingsResource:
        from .resources.network_bindings import NetworkBindingsResource

        return NetworkBindingsResource(self)

    @cached_property
    def network_contexts(self) -> NetworkContextsResource:
        from .resources.network_contexts import NetworkContextsResource

        return NetworkContextsResource(self)

    @cached_property
    def network_policies(self) -> NetworkPoliciesResource:
        from .resources.network_policies import NetworkPoliciesResource

        return NetworkPoliciesResource(self)

    @cached_property
    def subnet_claims(self) -> SubnetClaimsResource:
        from .resources.subnet_claims import SubnetClaimsResource

        return SubnetClaimsResource(self)

    @cached_property
    def subnets(self) -> SubnetsResource:
        from .resources.subnets import SubnetsResource

        return SubnetsResource(self)

    @cached_property
    def config_maps(self) -> ConfigMapsResource:
        from .resources.config_maps import ConfigMapsResource

        return ConfigMapsResource(self)

    @cached_property
    def secrets(self) -> SecretsResource:
        from .resources.secrets import SecretsResource

        return SecretsResource(self)

    @cached_property
    def namespaces(self) -> NamespacesResource:
        from .resources.namespaces import NamespacesResource

        return NamespacesResource(self)

    @cached_property
    def gateway_classes(self) -> GatewayClassesResource:
        from .resources.gateway_classes import GatewayClassesResource

        return GatewayClassesResource(self)

    @cached_property
    def gateways(self) -> GatewaysResource:
        from .resources.gateways import GatewaysResource

        return GatewaysResource(self)

    @cached_property
    def http_routes(self) -> HttpRoutesResource:
        from .resources.http_routes import HttpRoutesResource

        return HttpRoutesResource(self)

    @cached_property
    def with_raw_response(self) -> DatumWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return DatumWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DatumWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return DatumWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> Datum:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: Datum = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class DatumWithRawResponse:
    def __init__(self, client: Datum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> ProjectsResourceWithRawResponse:
        from .resources.projects import ProjectsResourceWithRawResponse

        return ProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def discovery(self) -> DiscoveryResourceWithRawResponse:
        from .resources.discovery import DiscoveryResourceWithRawResponse

        return DiscoveryResourceWithRawResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        from .resources.authentication import AuthenticationResourceWithRawResponse

        return AuthenticationResourceWithRawResponse(self._client.authentication)

    @cached_property
    def workloads(self) -> WorkloadsResourceWithRawResponse:
        from .resources.workloads import WorkloadsResourceWithRawResponse

        return WorkloadsResourceWithRawResponse(self._client.workloads)

    @cached_property
    def workload_deployments(self) -> WorkloadDeploymentsResourceWithRawResponse:
        from .resources.workload_deployments import WorkloadDeploymentsResourceWithRawResponse

        return WorkloadDeploymentsResourceWithRawResponse(self._client.workload_deployments)

    @cached_property
    def instances(self) -> InstancesResourceWithRawResponse:
        from .resources.instances import InstancesResourceWithRawResponse

        return InstancesResourceWithRawResponse(self._client.instances)

    @cached_property
    def networks(self) -> NetworksResourceWithRawResponse:
        from .resources.networks import NetworksResourceWithRawResponse

        return NetworksResourceWithRawResponse(self._client.networks)

    @cached_property
    def locations(self) -> LocationsResourceWithRawResponse:
        from .resources.locations import LocationsResourceWithRawResponse

        return LocationsResourceWithRawResponse(self._client.locations)

    @cached_property
    def network_bindings(self) -> NetworkBindingsResourceWithRawResponse:
        from .resources.network_bindings import NetworkBindingsResourceWithRawResponse

        return NetworkBindingsResourceWithRawResponse(self._client.network_bindings)

    @cached_property
    def network_contexts(self) -> NetworkContextsResourceWithRawResponse:
        from .resources.network_contexts import NetworkContextsResourceWithRawResponse

        return NetworkContextsResourceWithRawResponse(self._client.network_contexts)

    @cached_property
    def network_policies(self) -> NetworkPoliciesResourceWithRawResponse:
        from .resources.network_policies import NetworkPoliciesResourceWithRawResponse

        return NetworkPoliciesResourceWithRawResponse(self._client.network_policies)

    @cached_property
    def subnet_claims(self) -> SubnetClaimsResourceWithRawResponse:
        from .resources.subnet_claims import SubnetClaimsResourceWithRawResponse

        return SubnetClaimsResourceWithRawResponse(self._client.subnet_claims)

    @cached_property
    def subnets(self) -> SubnetsResourceWithRawResponse:
        from .resources.subnets import SubnetsResourceWithRawResponse

        return SubnetsResourceWithRawResponse(self._client.subnets)

    @cached_property
    def config_maps(self) -> ConfigMapsResourceWithRawResponse:
        from .resources.config_maps import ConfigMapsResourceWithRawResponse

        return ConfigMapsResourceWithRawResponse(self._client.config_maps)

    @cached_property
    def secrets(self) -> SecretsResourceWithRawResponse:
        from .resources.secrets import SecretsResourceWithRawResponse

        return SecretsResourceWithRawResponse(self._client.secrets)

    @cached_property
    def namespaces(self) -> NamespacesResourceWithRawResponse:
        from .resources.namespaces import NamespacesResourceWithRawResponse

        return NamespacesResourceWithRawResponse(self._client.namespaces)

    @cached_property
    def gateway_classes(self) -> GatewayClassesResourceWithRawResponse:
        from .resources.gateway_classes import GatewayClassesResourceWithRawResponse

        return GatewayClassesResourceWithRawResponse(self._client.gateway_classes)

    @cached_property
    def gateways(self) -> GatewaysResourceWithRawResponse:
        from .resources.gateways import GatewaysResourceWithRawResponse

        return GatewaysResourceWithRawResponse(self._client.gateways)

    @cached_property
    def http_routes(self) -> HttpRoutesResourceWithRawResponse:
        from .resources.http_routes import HttpRoutesResourceWithRawResponse

        return HttpRoutesResourceWithRawResponse(self._client.http_routes)


class DatumWithStreamingResponse:
    def __init__(self, client: Datum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> ProjectsResourceWithStreamingResponse:
        from .resources.projects import ProjectsResourceWithStreamingResponse

        return ProjectsResourceWithStreamingResponse(self._client.projects)

    @cached_property
    def discovery(self) -> DiscoveryResourceWithStreamingResponse:
        from .resources.discovery import DiscoveryResourceWithStreamingResponse

        return DiscoveryResourceWithStreamingResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithStreamingResponse:
        from .resources.authentication import AuthenticationResourceWithStreamingResponse

        return AuthenticationResourceWithStreamingResponse(self._client.authentication)

    @cached_property
    def workloads(self) -> WorkloadsResourceWithStreamingResponse:
        from .resources.workloads import WorkloadsResourceWithStreamingResponse

        return WorkloadsResourceWithStreamingResponse(self._client.workloads)

    @cached_property
    def workload_deployments(self) -> WorkloadDeploymentsResourceWithStreamingResponse:
        from .resources.workload_deployments import WorkloadDeploymentsResourceWithStreamingResponse

        return WorkloadDeploymentsResourceWithStreamingResponse(self._client.workload_deployments)

    @cached_property
    def instances(self) -> InstancesResourceWithStreamingResponse:
        from .resources.instances import InstancesResourceWithStreamingResponse

        return InstancesResourceWithStreamingResponse(self._client.instances)

    @cached_property
    def networks(self) -> NetworksResourceWithStreamingResponse:
        from .resources.networks import NetworksResourceWithStreamingResponse

        return NetworksResourceWithStreamingResponse(self._client.networks)

    @cached_property
    def locations(self) -> LocationsResourceWithStreamingResponse:
        from .resources.locations import LocationsResourceWithStreamingResponse

        return LocationsResourceWithStreamingResponse(self._client.locations)

    @cached_property
    def network_bindings(self) -> NetworkBindingsResourceWithStreamingResponse:
        from .resources.network_bindings import NetworkBindingsResourceWithStreamingResponse

        return NetworkBindingsResourceWithStreamingResponse(self._client.network_bindings)

    @cached_property
    def network_contexts(self) -> NetworkContextsResourceWithStreamingResponse:
        from .resources.network_contexts import NetworkContextsResourceWithStreamingResponse

        return NetworkContextsResourceWithStreamingResponse(self._client.network_contexts)

    @cached_property
    def network_policies(self) -> NetworkPoliciesResourceWithStreamingResponse:
        from .resources.network_policies import NetworkPoliciesResourceWithStreamingResponse

        return NetworkPoliciesResourceWithStreamingResponse(self._client.network_policies)

    @cached_property
    def subnet_claims(self) -> SubnetClaimsResourceWithStreamingResponse:
        from .resources.subnet_claims import SubnetClaimsResourceWithStreamingResponse

        return SubnetClaimsResourceWithStreamingResponse(self._client.subnet_claims)

    @cached_property
    def subnets(self) -> SubnetsResourceWithStreamingResponse:
        from .resources.subnets import SubnetsResourceWithStreamingResponse

        return SubnetsResourceWithStreamingResponse(self._client.subnets)

    @cached_property
    def config_maps(self) -> ConfigMapsResourceWithStreamingResponse:
        from .resources.config_maps import ConfigMapsResourceWithStreamingResponse

        return ConfigMapsResourceWithStreamingResponse(self._client.config_maps)

    @cached_property
    def secrets(self) -> SecretsResourceWithStreamingResponse:
        from .resources.secrets import SecretsResourceWithStreamingResponse

        return SecretsResourceWithStreamingResponse(self._client.secrets)

    @cached_property
    def namespaces(self) -> NamespacesResourceWithStreamingResponse:
        from .resources.namespaces import NamespacesResourceWithStreamingResponse

        return NamespacesResourceWithStreamingResponse(self._client.namespaces)

    @cached_property
    def gateway_classes(self) -> GatewayClassesResourceWithStreamingResponse:
        from .resources.gateway_classes import GatewayClassesResourceWithStreamingResponse

        return GatewayClassesResourceWithStreamingResponse(self._client.gateway_classes)

    @cached_property
    def gateways(self) -> GatewaysResourceWithStreamingResponse:
        from .resources.gateways import GatewaysResourceWithStreamingResponse

        return GatewaysResourceWithStreamingResponse(self._client.gateways)

    @cached_property
    def http_routes(self) -> HttpRoutesResourceWithStreamingResponse:
        from .resources.http_routes import HttpRoutesResourceWithStreamingResponse

        return HttpRoutesResourceWithStreamingResponse(self._client.http_routes)


class AsyncDatum(AsyncApiClient, AsyncDatumClientMixin):
    """The Datum API, asynchronously.

    Args:
        base_url: Where the API is; default: `DATUM_BASE_URL`.
        token: The bearer token; default: `DATUM_TOKEN`.
        timeout: Seconds (or an `httpx.Timeout`) for each request; default 60 s, 5 s to connect;
            None waits forever.
        retries: Retries of connection errors, 408, 429 and 5xx: a count, a `Retry`, or None; default 2.
        headers: Headers sent with every request.
        http_client: Your own `httpx.AsyncClient`, used as it is.

    Use it in an `async with` block, or call `await client.aclose()` when done.
    """

    settings = _SETTINGS
    parse_client = _PARSE_CLIENT

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def discovery(self) -> AsyncDiscoveryResource:
        from .resources.discovery import AsyncDiscoveryResource

        return AsyncDiscoveryResource(self)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        from .resources.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self)

    @cached_property
    def workloads(self) -> AsyncWorkloadsResource:
        from .resources.workloads import AsyncWorkloadsResource

        return AsyncWorkloadsResource(self)

    @cached_property
    def workload_deployments(self) -> AsyncWorkloadDeploymentsResource:
        from .resources.workload_deployments import AsyncWorkloadDeploymentsResource

        return AsyncWorkloadDeploymentsResource(self)

    @cached_property
    def instances(self) -> AsyncInstancesResource:
        from .resources.instances import AsyncInstancesResource

        return AsyncInstancesResource(self)

    @cached_property
    def networks(self) -> AsyncNetworksResource:
        from .resources.networks import AsyncNetworksResource

        return AsyncNetworksResource(self)

    @cached_property
    def locations(self) -> AsyncLocationsResource:
        from .resources.locations import AsyncLocationsResource

        return AsyncLocationsResource(self)

    @cached_property
    def network_bindings(self) -> AsyncNetworkBindingsResource:
        from .resources.network_bindings import AsyncNetworkBindingsResource

        return AsyncNetworkBindingsResource(self)

    @cached_property
    def network_contexts(self) -> AsyncNetworkContextsResource:
        from .resources.network_contexts import AsyncNetworkContextsResource

        return AsyncNetworkContextsResource(self)

    @cached_property
    def network_policies(self) -> AsyncNetworkPoliciesResource:
        from .resources.network_policies import AsyncNetworkPoliciesResource

        return AsyncNetworkPoliciesResource(self)

    @cached_property
    def subnet_claims(self) -> AsyncSubnetClaimsResource:
        from .resources.subnet_claims import AsyncSubnetClaimsResource

        return AsyncSubnetClaimsResource(self)

    @cached_property
    def subnets(self) -> AsyncSubnetsResource:
        from .resources.subnets import AsyncSubnetsResource

        return AsyncSubnetsResource(self)

    @cached_property
    def config_maps(self) -> AsyncConfigMapsResource:
        from .resources.config_maps import AsyncConfigMapsResource

        return AsyncConfigMapsResource(self)

    @cached_property
    def secrets(self) -> AsyncSecretsResource:
        from .resources.secrets import AsyncSecretsResource

        return AsyncSecretsResource(self)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResource:
        from .resources.namespaces import AsyncNamespacesResource

        return AsyncNamespacesResource(self)

    @cached_property
    def gateway_classes(self) -> AsyncGatewayClassesResource:
        from .resources.gateway_classes import AsyncGatewayClassesResource

        return AsyncGatewayClassesResource(self)

    @cached_property
    def gateways(self) -> AsyncGatewaysResource:
        from .resources.gateways import AsyncGatewaysResource

        return AsyncGatewaysResource(self)

    @cached_property
    def http_routes(self) -> AsyncHttpRoutesResource:
        from .resources.http_routes import AsyncHttpRoutesResource

        return AsyncHttpRoutesResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncDatumWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return AsyncDatumWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDatumWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return AsyncDatumWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncDatum:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: AsyncDatum = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class AsyncDatumWithRawResponse:
    def __init__(self, client: AsyncDatum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        from .resources.projects import AsyncProjectsResourceWithRawResponse

        return AsyncProjectsResourceWithRawResponse(self._client.projects)

    @cached_property
    def discovery(self) -> AsyncDiscoveryResourceWithRawResponse:
        from .resources.discovery import AsyncDiscoveryResourceWithRawResponse

        return AsyncDiscoveryResourceWithRawResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        from .resources.authentication import AsyncAuthenticationResourceWithRawResponse

        return AsyncAuthenticationResourceWithRawResponse(self._client.authentication)

    @cached_property
    def workloads(self) -> AsyncWorkloadsResourceWithRawResponse:
        from .resources.workloads import AsyncWorkloadsResourceWithRawResponse

        return AsyncWorkloadsResourceWithRawResponse(self._client.workloads)

    @cached_property
    def workload_deployments(self) -> AsyncWorkloadDeploymentsResourceWithRawResponse:
        from .resources.workload_deployments import AsyncWorkloadDeploymentsResourceWithRawResponse

        return AsyncWorkloadDeploymentsResourceWithRawResponse(self._client.workload_deployments)

    @cached_property
    def instances(self) -> AsyncInstancesResourceWithRawResponse:
        from .resources.instances import AsyncInstancesResourceWithRawResponse

        return AsyncInstancesResourceWithRawResponse(self._client.instances)

    @cached_property
    def networks(self) -> AsyncNetworksResourceWithRawResponse:
        from .resources.networks import AsyncNetworksResourceWithRawResponse

        return AsyncNetworksResourceWithRawResponse(self._client.networks)

    @cached_property
    def locations(self) -> AsyncLocationsResourceWithRawResponse:
        from .resources.locations import AsyncLocationsResourceWithRawResponse

        return AsyncLocationsResourceWithRawResponse(self._client.locations)

    @cached_property
    def network_bindings(self) -> AsyncNetworkBindingsResourceWithRawResponse:
        from .resources.network_bindings import AsyncNetworkBindingsResourceWithRawResponse

        return AsyncNetworkBindingsResourceWithRawResponse(self._client.network_bindings)

    @cached_property
    def network_contexts(self) -> AsyncNetworkContextsResourceWithRawResponse:
        from .resources.network_contexts import AsyncNetworkContextsResourceWithRawResponse

        return AsyncNetworkContextsResourceWithRawResponse(self._client.network_contexts)

    @cached_property
    def network_policies(self) -> AsyncNetworkPoliciesResourceWithRawResponse:
        from .resources.network_policies import AsyncNetworkPoliciesResourceWithRawResponse

        return AsyncNetworkPoliciesResourceWithRawResponse(self._client.network_policies)

    @cached_property
    def subnet_claims(self) -> AsyncSubnetClaimsResourceWithRawResponse:
        from .resources.subnet_claims import AsyncSubnetClaimsResourceWithRawResponse

        return AsyncSubnetClaimsResourceWithRawResponse(self._client.subnet_claims)

    @cached_property
    def subnets(self) -> AsyncSubnetsResourceWithRawResponse:
        from .resources.subnets import AsyncSubnetsResourceWithRawResponse

        return AsyncSubnetsResourceWithRawResponse(self._client.subnets)

    @cached_property
    def config_maps(self) -> AsyncConfigMapsResourceWithRawResponse:
        from .resources.config_maps import AsyncConfigMapsResourceWithRawResponse

        return AsyncConfigMapsResourceWithRawResponse(self._client.config_maps)

    @cached_property
    def secrets(self) -> AsyncSecretsResourceWithRawResponse:
        from .resources.secrets import AsyncSecretsResourceWithRawResponse

        return AsyncSecretsResourceWithRawResponse(self._client.secrets)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResourceWithRawResponse:
        from .resources.namespaces import AsyncNamespacesResourceWithRawResponse

        return AsyncNamespacesResourceWithRawResponse(self._client.namespaces)

    @cached_property
    def gateway_classes(self) -> AsyncGatewayClassesResourceWithRawResponse:
        from .resources.gateway_classes import AsyncGatewayClassesResourceWithRawResponse

        return AsyncGatewayClassesResourceWithRawResponse(self._client.gateway_classes)

    @cached_property
    def gateways(self) -> AsyncGatewaysResourceWithRawResponse:
        from .resources.gateways import AsyncGatewaysResourceWithRawResponse

        return AsyncGatewaysResourceWithRawResponse(self._client.gateways)

    @cached_property
    def http_routes(self) -> AsyncHttpRoutesResourceWithRawResponse:
        from .resources.http_routes import AsyncHttpRoutesResourceWithRawResponse

        return AsyncHttpRoutesResourceWithRawResponse(self._client.http_routes)


class AsyncDatumWithStreamingResponse:
    def __init__(self, client: AsyncDatum) -> None:
        self._client = client

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithStreamingResponse:
        from .resources.projects import AsyncProjectsResourceWithStreamingResponse

        return AsyncProjectsResourceWithStreamingResponse(self._client.projects)

    @cached_property
    def discovery(self) -> AsyncDiscoveryResourceWithStreamingResponse:
        from .resources.discovery import AsyncDiscoveryResourceWithStreamingResponse

        return AsyncDiscoveryResourceWithStreamingResponse(self._client.discovery)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithStreamingResponse:
        from .resources.authentication import AsyncAuthenticationResourceWithStreamingResponse

        return AsyncAuthenticationResourceWithStreamingResponse(self._client.authentication)

    @cached_property
    def workloads(self) -> AsyncWorkloadsResourceWithStreamingResponse:
        from .resources.workloads import AsyncWorkloadsResourceWithStreamingResponse

        return AsyncWorkloadsResourceWithStreamingResponse(self._client.workloads)

    @cached_property
    def workload_deployments(self) -> AsyncWorkloadDeploymentsResourceWithStreamingResponse:
        from .resources.workload_deployments import AsyncWorkloadDeploymentsResourceWithStreamingResponse

        return AsyncWorkloadDeploymentsResourceWithStreamingResponse(self._client.workload_deployments)

    @cached_property
    def instances(self) -> AsyncInstancesResourceWithStreamingResponse:
        from .resources.instances import AsyncInstancesResourceWithStreamingResponse

        return AsyncInstancesResourceWithStreamingResponse(self._client.instances)

    @cached_property
    def networks(self) -> AsyncNetworksResourceWithStreamingResponse:
        from .resources.networks import AsyncNetworksResourceWithStreamingResponse

        return AsyncNetworksResourceWithStreamingResponse(self._client.networks)

    @cached_property
    def locations(self) -> AsyncLocationsResourceWithStreamingResponse:
        from .resources.locations import AsyncLocationsResourceWithStreamingResponse

        return AsyncLocationsResourceWithStreamingResponse(self._client.locations)

    @cached_property
    def network_bindings(self) -> AsyncNetworkBindingsResourceWithStreamingResponse:
        from .resources.network_bindings import AsyncNetworkBindingsResourceWithStreamingResponse

        return AsyncNetworkBindingsResourceWithStreamingResponse(self._client.network_bindings)

    @cached_property
    def network_contexts(self) -> AsyncNetworkContextsResourceWithStreamingResponse:
        from .resources.network_contexts import AsyncNetworkContextsResourceWithStreamingResponse

        return AsyncNetworkContextsResourceWithStreamingResponse(self._client.network_contexts)

    @cached_property
    def network_policies(self) -> AsyncNetworkPoliciesResourceWithStreamingResponse:
        from .resources.network_policies import AsyncNetworkPoliciesResourceWithStreamingResponse

        return AsyncNetworkPoliciesResourceWithStreamingResponse(self._client.network_policies)

    @cached_property
    def subnet_claims(self) -> AsyncSubnetClaimsResourceWithStreamingResponse:
        from .resources.subnet_claims import AsyncSubnetClaimsResourceWithStreamingResponse

        return AsyncSubnetClaimsResourceWithStreamingResponse(self._client.subnet_claims)

    @cached_property
    def subnets(self) -> AsyncSubnetsResourceWithStreamingResponse:
        from .resources.subnets import AsyncSubnetsResourceWithStreamingResponse

        return AsyncSubnetsResourceWithStreamingResponse(self._client.subnets)

    @cached_property
    def config_maps(self) -> AsyncConfigMapsResourceWithStreamingResponse:
        from .resources.config_maps import AsyncConfigMapsResourceWithStreamingResponse

        return AsyncConfigMapsResourceWithStreamingResponse(self._client.config_maps)

    @cached_property
    def secrets(self) -> AsyncSecretsResourceWithStreamingResponse:
        from .resources.secrets import AsyncSecretsResourceWithStreamingResponse

        return AsyncSecretsResourceWithStreamingResponse(self._client.secrets)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResourceWithStreamingResponse:
        from .resources.namespaces import AsyncNamespacesResourceWithStreamingResponse

        return AsyncNamespacesResourceWithStreamingResponse(self._client.namespaces)

    @cached_property
    def gateway_classes(self) -> AsyncGatewayClassesResourceWithStreamingResponse:
        from .resources.gateway_classes import AsyncGatewayClassesResourceWithStreamingResponse

        return AsyncGatewayClassesResourceWithStreamingResponse(self._client.gateway_classes)

    @cached_property
    def gateways(self) -> AsyncGatewaysResourceWithStreamingResponse:
        from .resources.gateways import AsyncGatewaysResourceWithStreamingResponse

        return AsyncGatewaysResourceWithStreamingResponse(self._client.gateways)

    @cached_property
    def http_routes(self) -> AsyncHttpRoutesResourceWithStreamingResponse:
        from .resources.http_routes import AsyncHttpRoutesResourceWithStreamingResponse

        return AsyncHttpRoutesResourceWithStreamingResponse(self._client.http_routes)
