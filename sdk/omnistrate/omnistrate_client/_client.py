"""The Omnistrate clients: `Omnistrate` and `AsyncOmnistrate`, with every operation of the API as
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

if TYPE_CHECKING:
    from .resources.account_configs import (
        AccountConfigs,
        AccountConfigsWithRawResponse,
        AccountConfigsWithStreamingResponse,
        AsyncAccountConfigs,
        AsyncAccountConfigsWithRawResponse,
        AsyncAccountConfigsWithStreamingResponse,
    )
    from .resources.audit_events import (
        AsyncAuditEvents,
        AsyncAuditEventsWithRawResponse,
        AsyncAuditEventsWithStreamingResponse,
        AuditEvents,
        AuditEventsWithRawResponse,
        AuditEventsWithStreamingResponse,
    )
    from .resources.availability_zones import (
        AsyncAvailabilityZones,
        AsyncAvailabilityZonesWithRawResponse,
        AsyncAvailabilityZonesWithStreamingResponse,
        AvailabilityZones,
        AvailabilityZonesWithRawResponse,
        AvailabilityZonesWithStreamingResponse,
    )
    from .resources.cloud_providers import (
        AsyncCloudProviders,
        AsyncCloudProvidersWithRawResponse,
        AsyncCloudProvidersWithStreamingResponse,
        CloudProviders,
        CloudProvidersWithRawResponse,
        CloudProvidersWithStreamingResponse,
    )
    from .resources.compose_gens import (
        AsyncComposeGens,
        AsyncComposeGensWithRawResponse,
        AsyncComposeGensWithStreamingResponse,
        ComposeGens,
        ComposeGensWithRawResponse,
        ComposeGensWithStreamingResponse,
    )
    from .resources.consumption_billing import (
        AsyncConsumptionBilling,
        AsyncConsumptionBillingWithRawResponse,
        AsyncConsumptionBillingWithStreamingResponse,
        ConsumptionBilling,
        ConsumptionBillingWithRawResponse,
        ConsumptionBillingWithStreamingResponse,
    )
    from .resources.consumption_invoices import (
        AsyncConsumptionInvoices,
        AsyncConsumptionInvoicesWithRawResponse,
        AsyncConsumptionInvoicesWithStreamingResponse,
        ConsumptionInvoices,
        ConsumptionInvoicesWithRawResponse,
        ConsumptionInvoicesWithStreamingResponse,
    )
    from .resources.consumption_usage import (
        AsyncConsumptionUsage,
        AsyncConsumptionUsageWithRawResponse,
        AsyncConsumptionUsageWithStreamingResponse,
        ConsumptionUsage,
        ConsumptionUsageWithRawResponse,
        ConsumptionUsageWithStreamingResponse,
    )
    from .resources.consumption_users import (
        AsyncConsumptionUsers,
        AsyncConsumptionUsersWithRawResponse,
        AsyncConsumptionUsersWithStreamingResponse,
        ConsumptionUsers,
        ConsumptionUsersWithRawResponse,
        ConsumptionUsersWithStreamingResponse,
    )
    from .resources.contactus import (
        AsyncContactus,
        AsyncContactusWithRawResponse,
        AsyncContactusWithStreamingResponse,
        Contactus,
        ContactusWithRawResponse,
        ContactusWithStreamingResponse,
    )
    from .resources.custom_domains import (
        AsyncCustomDomains,
        AsyncCustomDomainsWithRawResponse,
        AsyncCustomDomainsWithStreamingResponse,
        CustomDomains,
        CustomDomainsWithRawResponse,
        CustomDomainsWithStreamingResponse,
    )
    from .resources.custom_networks import (
        AsyncCustomNetworks,
        AsyncCustomNetworksWithRawResponse,
        AsyncCustomNetworksWithStreamingResponse,
        CustomNetworks,
        CustomNetworksWithRawResponse,
        CustomNetworksWithStreamingResponse,
    )
    from .resources.demos import (
        AsyncDemos,
        AsyncDemosWithRawResponse,
        AsyncDemosWithStreamingResponse,
        Demos,
        DemosWithRawResponse,
        DemosWithStreamingResponse,
    )
    from .resources.deployment_configs import (
        AsyncDeploymentConfigs,
        AsyncDeploymentConfigsWithRawResponse,
        AsyncDeploymentConfigsWithStreamingResponse,
        DeploymentConfigs,
        DeploymentConfigsWithRawResponse,
        DeploymentConfigsWithStreamingResponse,
    )
    from .resources.helm_packages import (
        AsyncHelmPackages,
        AsyncHelmPackagesWithRawResponse,
        AsyncHelmPackagesWithStreamingResponse,
        HelmPackages,
        HelmPackagesWithRawResponse,
        HelmPackagesWithStreamingResponse,
    )
    from .resources.identity_providers import (
        AsyncIdentityProviders,
        AsyncIdentityProvidersWithRawResponse,
        AsyncIdentityProvidersWithStreamingResponse,
        IdentityProviders,
        IdentityProvidersWithRawResponse,
        IdentityProvidersWithStreamingResponse,
    )
    from .resources.image_registries import (
        AsyncImageRegistries,
        AsyncImageRegistriesWithRawResponse,
        AsyncImageRegistriesWithStreamingResponse,
        ImageRegistries,
        ImageRegistriesWithRawResponse,
        ImageRegistriesWithStreamingResponse,
    )
    from .resources.invoices import (
        AsyncInvoices,
        AsyncInvoicesWithRawResponse,
        AsyncInvoicesWithStreamingResponse,
        Invoices,
        InvoicesWithRawResponse,
        InvoicesWithStreamingResponse,
    )
    from .resources.limits import (
        AsyncLimits,
        AsyncLimitsWithRawResponse,
        AsyncLimitsWithStreamingResponse,
        Limits,
        LimitsWithRawResponse,
        LimitsWithStreamingResponse,
    )
    from .resources.plans import (
        AsyncPlans,
        AsyncPlansWithRawResponse,
        AsyncPlansWithStreamingResponse,
        Plans,
        PlansWithRawResponse,
        PlansWithStreamingResponse,
    )
    from .resources.regions import (
        AsyncRegions,
        AsyncRegionsWithRawResponse,
        AsyncRegionsWithStreamingResponse,
        Regions,
        RegionsWithRawResponse,
        RegionsWithStreamingResponse,
    )
    from .resources.resource_instances import (
        AsyncResourceInstances,
        AsyncResourceInstancesWithRawResponse,
        AsyncResourceInstancesWithStreamingResponse,
        ResourceInstances,
        ResourceInstancesWithRawResponse,
        ResourceInstancesWithStreamingResponse,
    )
    from .resources.saas_portals import (
        AsyncSaasPortals,
        AsyncSaasPortalsWithRawResponse,
        AsyncSaasPortalsWithStreamingResponse,
        SaasPortals,
        SaasPortalsWithRawResponse,
        SaasPortalsWithStreamingResponse,
    )
    from .resources.service_offerings import (
        AsyncServiceOfferings,
        AsyncServiceOfferingsWithRawResponse,
        AsyncServiceOfferingsWithStreamingResponse,
        ServiceOfferings,
        ServiceOfferingsWithRawResponse,
        ServiceOfferingsWithStreamingResponse,
    )
    from .resources.services import (
        AsyncServices,
        AsyncServicesWithRawResponse,
        AsyncServicesWithStreamingResponse,
        Services,
        ServicesWithRawResponse,
        ServicesWithStreamingResponse,
    )
    from .resources.services_orchestrations import (
        AsyncServicesOrchestrations,
        AsyncServicesOrchestrationsWithRawResponse,
        AsyncServicesOrchestrationsWithStreamingResponse,
        ServicesOrchestrations,
        ServicesOrchestrationsWithRawResponse,
        ServicesOrchestrationsWithStreamingResponse,
    )
    from .resources.signins import (
        AsyncSignins,
        AsyncSigninsWithRawResponse,
        AsyncSigninsWithStreamingResponse,
        Signins,
        SigninsWithRawResponse,
        SigninsWithStreamingResponse,
    )
    from .resources.signups import (
        AsyncSignups,
        AsyncSignupsWithRawResponse,
        AsyncSignupsWithStreamingResponse,
        Signups,
        SignupsWithRawResponse,
        SignupsWithStreamingResponse,
    )
    from .resources.stripe_connects import (
        AsyncStripeConnects,
        AsyncStripeConnectsWithRawResponse,
        AsyncStripeConnectsWithStreamingResponse,
        StripeConnects,
        StripeConnectsWithRawResponse,
        StripeConnectsWithStreamingResponse,
    )
    from .resources.subscription_requests import (
        AsyncSubscriptionRequests,
        AsyncSubscriptionRequestsWithRawResponse,
        AsyncSubscriptionRequestsWithStreamingResponse,
        SubscriptionRequests,
        SubscriptionRequestsWithRawResponse,
        SubscriptionRequestsWithStreamingResponse,
    )
    from .resources.subscriptions import (
        AsyncSubscriptions,
        AsyncSubscriptionsWithRawResponse,
        AsyncSubscriptionsWithStreamingResponse,
        Subscriptions,
        SubscriptionsWithRawResponse,
        SubscriptionsWithStreamingResponse,
    )
    from .resources.system import (
        AsyncSystem,
        AsyncSystemWithRawResponse,
        AsyncSystemWithStreamingResponse,
        System,
        SystemWithRawResponse,
        SystemWithStreamingResponse,
    )
    from .resources.usage import (
        AsyncUsage,
        AsyncUsageWithRawResponse,
        AsyncUsageWithStreamingResponse,
        Usage,
        UsageWithRawResponse,
        UsageWithStreamingResponse,
    )
    from .resources.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )

__all__ = ["AsyncOmnistrate", "Omnistrate"]

_SETTINGS = ClientSettings(
    name="Omnistrate",
    distribution="omnistrate-client",
    version="<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7fa6d080b650>",
    env_prefix="OMNISTRATE",
    default_base_url="https://api.omnistrate.cloud",
    base_url_hint="",
)
# Operation modules' `_parse_response` reads one flag of the functional client; this one says "no".
_PARSE_CLIENT = _FunctionalClient(base_url="")


class Omnistrate(SyncApiClient):
    """The Omnistrate API.

    Args:
        base_url: Where the API is; default: `OMNISTRATE_BASE_URL`, then https://api.omnistrate.cloud.
        token: The bearer token; default: `OMNISTRATE_TOKEN`.
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
    def system(self) -> System:
        from .resources.system import System

        return System(self)

    @cached_property
    def services(self) -> Services:
        from .resources.services import Services

        return Services(self)

    @cached_property
    def deployment_configs(self) -> DeploymentConfigs:
        from .resources.deployment_configs import DeploymentConfigs

        return DeploymentConfigs(self)

    @cached_property
    def availability_zones(self) -> AvailabilityZones:
        from .resources.availability_zones import AvailabilityZones

        return AvailabilityZones(self)

    @cached_property
    def regions(self) -> Regions:
        from .resources.regions import Regions

        return Regions(self)

    @cached_property
    def cloud_providers(self) -> CloudProviders:
        from .resources.cloud_providers import CloudProviders

        return CloudProviders(self)

    @cached_property
    def demos(self) -> Demos:
        from .resources.demos import Demos

        return Demos(self)

    @cached_property
    def contactus(self) -> Contactus:
        from .resources.contactus import Contactus

        return Contactus(self)

    @cached_property
    def signins(self) -> Signins:
        from .resources.signins import Signins

        return Signins(self)

    @cached_property
    def signups(self) -> Signups:
        from .resources.signups import Signups

        return Signups(self)

    @cached_property
    def plans(self) -> Plans:
        from .resources.plans import Plans

        return Plans(self)

    @cached_property
    def usage(self) -> Usage:
        from .resources.usage import Usage

        return Usage(self)

    @cached_property
    def invoices(self) -> Invoices:
        from .resources.invoices import Invoices

        return Invoices(self)

    @cached_property
    def users(self) -> Users:
        from .resources.users import Users

        return Users(self)

    @cached_property
    def consumption_users(self) -> ConsumptionUsers:
        from .resources.consumption_users import ConsumptionUsers

        return ConsumptionUsers(self)

    @cached_property
    def services_orchestrations(self) -> ServicesOrchestrations:
        from .resources.services_orchestrations import ServicesOrchestrations

        return ServicesOrchestrations(self)

    @cached_property
    def resource_instances(self) -> ResourceInstances:
        from .resources.resource_instances import ResourceInstances

        return ResourceInstances(self)

    @cached_property
    def consumption_usage(self) -> ConsumptionUsage:
        from .resources.consumption_usage import ConsumptionUsage

        return ConsumptionUsage(self)

    @cached_property
    def consumption_invoices(self) -> ConsumptionInvoices:
        from .resources.consumption_invoices import ConsumptionInvoices

        return ConsumptionInvoices(self)

    @cached_property
    def consumption_billing(self) -> ConsumptionBilling:
        from .resources.consumption_billing import ConsumptionBilling

        return ConsumptionBilling(self)

    @cached_property
    def account_configs(self) -> AccountConfigs:
        from .resources.account_configs import AccountConfigs

        return AccountConfigs(self)

    @cached_property
    def custom_domains(self) -> CustomDomains:
        from .resources.custom_domains import CustomDomains

        return CustomDomains(self)

    @cached_property
    def limits(self) -> Limits:
        from .resources.limits import Limits

        return Limits(self)

    @cached_property
    def image_registries(self) -> ImageRegistries:
        from .resources.image_registries import ImageRegistries

        return ImageRegistries(self)

    @cached_property
    def service_offerings(self) -> ServiceOfferings:
        from .resources.service_offerings import ServiceOfferings

        return ServiceOfferings(self)

    @cached_property
    def audit_events(self) -> AuditEvents:
        from .resources.audit_events import AuditEvents

        return AuditEvents(self)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        from .resources.subscriptions import Subscriptions

        return Subscriptions(self)

    @cached_property
    def subscription_requests(self) -> SubscriptionRequests:
        from .resources.subscription_requests import SubscriptionRequests

        return SubscriptionRequests(self)

    @cached_property
    def identity_providers(self) -> IdentityProviders:
        from .resources.identity_providers import IdentityProviders

        return IdentityProviders(self)

    @cached_property
    def saas_portals(self) -> SaasPortals:
        from .resources.saas_portals import SaasPortals

        return SaasPortals(self)

    @cached_property
    def helm_packages(self) -> HelmPackages:
        from .resources.helm_packages import HelmPackages

        return HelmPackages(self)

    @cached_property
    def compose_gens(self) -> ComposeGens:
        from .resources.compose_gens import ComposeGens

        return ComposeGens(self)

    @cached_property
    def custom_networks(self) -> CustomNetworks:
        from .resources.custom_networks import CustomNetworks

        return CustomNetworks(self)

    @cached_property
    def stripe_connects(self) -> StripeConnects:
        from .resources.stripe_connects import StripeConnects

        return StripeConnects(self)

    @cached_property
    def with_raw_response(self) -> OmnistrateWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return OmnistrateWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OmnistrateWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return OmnistrateWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> Omnistrate:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: Omnistrate = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class OmnistrateWithRawResponse:
    def __init__(self, client: Omnistrate) -> None:
        self._client = client

    @cached_property
    def system(self) -> SystemWithRawResponse:
        from .resources.system import SystemWithRawResponse

        return SystemWithRawResponse(self._client.system)

    @cached_property
    def services(self) -> ServicesWithRawResponse:
        from .resources.services import ServicesWithRawResponse

        return ServicesWithRawResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> DeploymentConfigsWithRawResponse:
        from .resources.deployment_configs import DeploymentConfigsWithRawResponse

        return DeploymentConfigsWithRawResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AvailabilityZonesWithRawResponse:
        from .resources.availability_zones import AvailabilityZonesWithRawResponse

        return AvailabilityZonesWithRawResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> RegionsWithRawResponse:
        from .resources.regions import RegionsWithRawResponse

        return RegionsWithRawResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> CloudProvidersWithRawResponse:
        from .resources.cloud_providers import CloudProvidersWithRawResponse

        return CloudProvidersWithRawResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> DemosWithRawResponse:
        from .resources.demos import DemosWithRawResponse

        return DemosWithRawResponse(self._client.demos)

    @cached_property
    def contactus(self) -> ContactusWithRawResponse:
        from .resources.contactus import ContactusWithRawResponse

        return ContactusWithRawResponse(self._client.contactus)

    @cached_property
    def signins(self) -> SigninsWithRawResponse:
        from .resources.signins import SigninsWithRawResponse

        return SigninsWithRawResponse(self._client.signins)

    @cached_property
    def signups(self) -> SignupsWithRawResponse:
        from .resources.signups import SignupsWithRawResponse

        return SignupsWithRawResponse(self._client.signups)

    @cached_property
    def plans(self) -> PlansWithRawResponse:
        from .resources.plans import PlansWithRawResponse

        return PlansWithRawResponse(self._client.plans)

    @cached_property
    def usage(self) -> UsageWithRawResponse:
        from .resources.usage import UsageWithRawResponse

        return UsageWithRawResponse(self._client.usage)

    @cached_property
    def invoices(self) -> InvoicesWithRawResponse:
        from .resources.invoices import InvoicesWithRawResponse

        return InvoicesWithRawResponse(self._client.invoices)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .resources.users import UsersWithRawResponse

        return UsersWithRawResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> ConsumptionUsersWithRawResponse:
        from .resources.consumption_users import ConsumptionUsersWithRawResponse

        return ConsumptionUsersWithRawResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> ServicesOrchestrationsWithRawResponse:
        from .resources.services_orchestrations import ServicesOrchestrationsWithRawResponse

        return ServicesOrchestrationsWithRawResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> ResourceInstancesWithRawResponse:
        from .resources.resource_instances import ResourceInstancesWithRawResponse

        return ResourceInstancesWithRawResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> ConsumptionUsageWithRawResponse:
        from .resources.consumption_usage import ConsumptionUsageWithRawResponse

        return ConsumptionUsageWithRawResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> ConsumptionInvoicesWithRawResponse:
        from .resources.consumption_invoices import ConsumptionInvoicesWithRawResponse

        return ConsumptionInvoicesWithRawResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> ConsumptionBillingWithRawResponse:
        from .resources.consumption_billing import ConsumptionBillingWithRawResponse

        return ConsumptionBillingWithRawResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AccountConfigsWithRawResponse:
        from .resources.account_configs import AccountConfigsWithRawResponse

        return AccountConfigsWithRawResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> CustomDomainsWithRawResponse:
        from .resources.custom_domains import CustomDomainsWithRawResponse

        return CustomDomainsWithRawResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> LimitsWithRawResponse:
        from .resources.limits import LimitsWithRawResponse

        return LimitsWithRawResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> ImageRegistriesWithRawResponse:
        from .resources.image_registries import ImageRegistriesWithRawResponse

        return ImageRegistriesWithRawResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> ServiceOfferingsWithRawResponse:
        from .resources.service_offerings import ServiceOfferingsWithRawResponse

        return ServiceOfferingsWithRawResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AuditEventsWithRawResponse:
        from .resources.audit_events import AuditEventsWithRawResponse

        return AuditEventsWithRawResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> SubscriptionsWithRawResponse:
        from .resources.subscriptions import SubscriptionsWithRawResponse

        return SubscriptionsWithRawResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> SubscriptionRequestsWithRawResponse:
        from .resources.subscription_requests import SubscriptionRequestsWithRawResponse

        return SubscriptionRequestsWithRawResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> IdentityProvidersWithRawResponse:
        from .resources.identity_providers import IdentityProvidersWithRawResponse

        return IdentityProvidersWithRawResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> SaasPortalsWithRawResponse:
        from .resources.saas_portals import SaasPortalsWithRawResponse

        return SaasPortalsWithRawResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> HelmPackagesWithRawResponse:
        from .resources.helm_packages import HelmPackagesWithRawResponse

        return HelmPackagesWithRawResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> ComposeGensWithRawResponse:
        from .resources.compose_gens import ComposeGensWithRawResponse

        return ComposeGensWithRawResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> CustomNetworksWithRawResponse:
        from .resources.custom_networks import CustomNetworksWithRawResponse

        return CustomNetworksWithRawResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> StripeConnectsWithRawResponse:
        from .resources.stripe_connects import StripeConnectsWithRawResponse

        return StripeConnectsWithRawResponse(self._client.stripe_connects)


class OmnistrateWithStreamingResponse:
    def __init__(self, client: Omnistrate) -> None:
        self._client = client

    @cached_property
    def system(self) -> SystemWithStreamingResponse:
        from .resources.system import SystemWithStreamingResponse

        return SystemWithStreamingResponse(self._client.system)

    @cached_property
    def services(self) -> ServicesWithStreamingResponse:
        from .resources.services import ServicesWithStreamingResponse

        return ServicesWithStreamingResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> DeploymentConfigsWithStreamingResponse:
        from .resources.deployment_configs import DeploymentConfigsWithStreamingResponse

        return DeploymentConfigsWithStreamingResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AvailabilityZonesWithStreamingResponse:
        from .resources.availability_zones import AvailabilityZonesWithStreamingResponse

        return AvailabilityZonesWithStreamingResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> RegionsWithStreamingResponse:
        from .resources.regions import RegionsWithStreamingResponse

        return RegionsWithStreamingResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> CloudProvidersWithStreamingResponse:
        from .resources.cloud_providers import CloudProvidersWithStreamingResponse

        return CloudProvidersWithStreamingResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> DemosWithStreamingResponse:
        from .resources.demos import DemosWithStreamingResponse

        return DemosWithStreamingResponse(self._client.demos)

    @cached_property
    def contactus(self) -> ContactusWithStreamingResponse:
        from .resources.contactus import ContactusWithStreamingResponse

        return ContactusWithStreamingResponse(self._client.contactus)

    @cached_property
    def signins(self) -> SigninsWithStreamingResponse:
        from .resources.signins import SigninsWithStreamingResponse

        return SigninsWithStreamingResponse(self._client.signins)

    @cached_property
    def signups(self) -> SignupsWithStreamingResponse:
        from .resources.signups import SignupsWithStreamingResponse

        return SignupsWithStreamingResponse(self._client.signups)

    @cached_property
    def plans(self) -> PlansWithStreamingResponse:
        from .resources.plans import PlansWithStreamingResponse

        return PlansWithStreamingResponse(self._client.plans)

    @cached_property
    def usage(self) -> UsageWithStreamingResponse:
        from .resources.usage import UsageWithStreamingResponse

        return UsageWithStreamingResponse(self._client.usage)

    @cached_property
    def invoices(self) -> InvoicesWithStreamingResponse:
        from .resources.invoices import InvoicesWithStreamingResponse

        return InvoicesWithStreamingResponse(self._client.invoices)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from .resources.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> ConsumptionUsersWithStreamingResponse:
        from .resources.consumption_users import ConsumptionUsersWithStreamingResponse

        return ConsumptionUsersWithStreamingResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> ServicesOrchestrationsWithStreamingResponse:
        from .resources.services_orchestrations import ServicesOrchestrationsWithStreamingResponse

        return ServicesOrchestrationsWithStreamingResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> ResourceInstancesWithStreamingResponse:
        from .resources.resource_instances import ResourceInstancesWithStreamingResponse

        return ResourceInstancesWithStreamingResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> ConsumptionUsageWithStreamingResponse:
        from .resources.consumption_usage import ConsumptionUsageWithStreamingResponse

        return ConsumptionUsageWithStreamingResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> ConsumptionInvoicesWithStreamingResponse:
        from .resources.consumption_invoices import ConsumptionInvoicesWithStreamingResponse

        return ConsumptionInvoicesWithStreamingResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> ConsumptionBillingWithStreamingResponse:
        from .resources.consumption_billing import ConsumptionBillingWithStreamingResponse

        return ConsumptionBillingWithStreamingResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AccountConfigsWithStreamingResponse:
        from .resources.account_configs import AccountConfigsWithStreamingResponse

        return AccountConfigsWithStreamingResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> CustomDomainsWithStreamingResponse:
        from .resources.custom_domains import CustomDomainsWithStreamingResponse

        return CustomDomainsWithStreamingResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> LimitsWithStreamingResponse:
        from .resources.limits import LimitsWithStreamingResponse

        return LimitsWithStreamingResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> ImageRegistriesWithStreamingResponse:
        from .resources.image_registries import ImageRegistriesWithStreamingResponse

        return ImageRegistriesWithStreamingResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> ServiceOfferingsWithStreamingResponse:
        from .resources.service_offerings import ServiceOfferingsWithStreamingResponse

        return ServiceOfferingsWithStreamingResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AuditEventsWithStreamingResponse:
        from .resources.audit_events import AuditEventsWithStreamingResponse

        return AuditEventsWithStreamingResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> SubscriptionsWithStreamingResponse:
        from .resources.subscriptions import SubscriptionsWithStreamingResponse

        return SubscriptionsWithStreamingResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> SubscriptionRequestsWithStreamingResponse:
        from .resources.subscription_requests import SubscriptionRequestsWithStreamingResponse

        return SubscriptionRequestsWithStreamingResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> IdentityProvidersWithStreamingResponse:
        from .resources.identity_providers import IdentityProvidersWithStreamingResponse

        return IdentityProvidersWithStreamingResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> SaasPortalsWithStreamingResponse:
        from .resources.saas_portals import SaasPortalsWithStreamingResponse

        return SaasPortalsWithStreamingResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> HelmPackagesWithStreamingResponse:
        from .resources.helm_packages import HelmPackagesWithStreamingResponse

        return HelmPackagesWithStreamingResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> ComposeGensWithStreamingResponse:
        from .resources.compose_gens import ComposeGensWithStreamingResponse

        return ComposeGensWithStreamingResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> CustomNetworksWithStreamingResponse:
        from .resources.custom_networks import CustomNetworksWithStreamingResponse

        return CustomNetworksWithStreamingResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> StripeConnectsWithStreamingResponse:
        from .resources.stripe_connects import StripeConnectsWithStreamingResponse

        return StripeConnectsWithStreamingResponse(self._client.stripe_connects)


class AsyncOmnistrate(AsyncApiClient):
    """The Omnistrate API, asynchronously.

    Args:
        base_url: Where the API is; default: `OMNISTRATE_BASE_URL`, then https://api.omnistrate.cloud.
        token: The bearer token; default: `OMNISTRATE_TOKEN`.
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
    def system(self) -> AsyncSystem:
        from .resources.system import AsyncSystem

        return AsyncSystem(self)

    @cached_property
    def services(self) -> AsyncServices:
        from .resources.services import AsyncServices

        return AsyncServices(self)

    @cached_property
    def deployment_configs(self) -> AsyncDeploymentConfigs:
        from .resources.deployment_configs import AsyncDeploymentConfigs

        return AsyncDeploymentConfigs(self)

    @cached_property
    def availability_zones(self) -> AsyncAvailabilityZones:
        from .resources.availability_zones import AsyncAvailabilityZones

        return AsyncAvailabilityZones(self)

    @cached_property
    def regions(self) -> AsyncRegions:
        from .resources.regions import AsyncRegions

        return AsyncRegions(self)

    @cached_property
    def cloud_providers(self) -> AsyncCloudProviders:
        from .resources.cloud_providers import AsyncCloudProviders

        return AsyncCloudProviders(self)

    @cached_property
    def demos(self) -> AsyncDemos:
        from .resources.demos import AsyncDemos

        return AsyncDemos(self)

    @cached_property
    def contactus(self) -> AsyncContactus:
        from .resources.contactus import AsyncContactus

        return AsyncContactus(self)

    @cached_property
    def signins(self) -> AsyncSignins:
        from .resources.signins import AsyncSignins

        return AsyncSignins(self)

    @cached_property
    def signups(self) -> AsyncSignups:
        from .resources.signups import AsyncSignups

        return AsyncSignups(self)

    @cached_property
    def plans(self) -> AsyncPlans:
        from .resources.plans import AsyncPlans

        return AsyncPlans(self)

    @cached_property
    def usage(self) -> AsyncUsage:
        from .resources.usage import AsyncUsage

        return AsyncUsage(self)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        from .resources.invoices import AsyncInvoices

        return AsyncInvoices(self)

    @cached_property
    def users(self) -> AsyncUsers:
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def consumption_users(self) -> AsyncConsumptionUsers:
        from .resources.consumption_users import AsyncConsumptionUsers

        return AsyncConsumptionUsers(self)

    @cached_property
    def services_orchestrations(self) -> AsyncServicesOrchestrations:
        from .resources.services_orchestrations import AsyncServicesOrchestrations

        return AsyncServicesOrchestrations(self)

    @cached_property
    def resource_instances(self) -> AsyncResourceInstances:
        from .resources.resource_instances import AsyncResourceInstances

        return AsyncResourceInstances(self)

    @cached_property
    def consumption_usage(self) -> AsyncConsumptionUsage:
        from .resources.consumption_usage import AsyncConsumptionUsage

        return AsyncConsumptionUsage(self)

    @cached_property
    def consumption_invoices(self) -> AsyncConsumptionInvoices:
        from .resources.consumption_invoices import AsyncConsumptionInvoices

        return AsyncConsumptionInvoices(self)

    @cached_property
    def consumption_billing(self) -> AsyncConsumptionBilling:
        from .resources.consumption_billing import AsyncConsumptionBilling

        return AsyncConsumptionBilling(self)

    @cached_property
    def account_configs(self) -> AsyncAccountConfigs:
        from .resources.account_configs import AsyncAccountConfigs

        return AsyncAccountConfigs(self)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomains:
        from .resources.custom_domains import AsyncCustomDomains

        return AsyncCustomDomains(self)

    @cached_property
    def limits(self) -> AsyncLimits:
        from .resources.limits import AsyncLimits

        return AsyncLimits(self)

    @cached_property
    def image_registries(self) -> AsyncImageRegistries:
        from .resources.image_registries import AsyncImageRegistries

        return AsyncImageRegistries(self)

    @cached_property
    def service_offerings(self) -> AsyncServiceOfferings:
        from .resources.service_offerings import AsyncServiceOfferings

        return AsyncServiceOfferings(self)

    @cached_property
    def audit_events(self) -> AsyncAuditEvents:
        from .resources.audit_events import AsyncAuditEvents

        return AsyncAuditEvents(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        from .resources.subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self)

    @cached_property
    def subscription_requests(self) -> AsyncSubscriptionRequests:
        from .resources.subscription_requests import AsyncSubscriptionRequests

        return AsyncSubscriptionRequests(self)

    @cached_property
    def identity_providers(self) -> AsyncIdentityProviders:
        from .resources.identity_providers import AsyncIdentityProviders

        return AsyncIdentityProviders(self)

    @cached_property
    def saas_portals(self) -> AsyncSaasPortals:
        from .resources.saas_portals import AsyncSaasPortals

        return AsyncSaasPortals(self)

    @cached_property
    def helm_packages(self) -> AsyncHelmPackages:
        from .resources.helm_packages import AsyncHelmPackages

        return AsyncHelmPackages(self)

    @cached_property
    def compose_gens(self) -> AsyncComposeGens:
        from .resources.compose_gens import AsyncComposeGens

        return AsyncComposeGens(self)

    @cached_property
    def custom_networks(self) -> AsyncCustomNetworks:
        from .resources.custom_networks import AsyncCustomNetworks

        return AsyncCustomNetworks(self)

    @cached_property
    def stripe_connects(self) -> AsyncStripeConnects:
        from .resources.stripe_connects import AsyncStripeConnects

        return AsyncStripeConnects(self)

    @cached_property
    def with_raw_response(self) -> AsyncOmnistrateWithRawResponse:
        """The same methods, answering with the HTTP response (`.parse()` gives the typed value)."""
        return AsyncOmnistrateWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOmnistrateWithStreamingResponse:
        """The same methods, answering with a context manager around a response read as it arrives."""
        return AsyncOmnistrateWithStreamingResponse(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: str | None = None,
        timeout: Timeout | UseClientDefault = DEFAULT,
        retries: int | Retry | UseClientDefault | None = DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncOmnistrate:
        """A copy with another `base_url`, `token`, `timeout` or `retries`, or with `headers` added; the
        original is left as it was (the copy shares its connections: close the original when done)."""
        copy: AsyncOmnistrate = super().with_options(
            base_url=base_url, token=token, timeout=timeout, retries=retries, headers=headers
        )
        return copy


class AsyncOmnistrateWithRawResponse:
    def __init__(self, client: AsyncOmnistrate) -> None:
        self._client = client

    @cached_property
    def system(self) -> AsyncSystemWithRawResponse:
        from .resources.system import AsyncSystemWithRawResponse

        return AsyncSystemWithRawResponse(self._client.system)

    @cached_property
    def services(self) -> AsyncServicesWithRawResponse:
        from .resources.services import AsyncServicesWithRawResponse

        return AsyncServicesWithRawResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> AsyncDeploymentConfigsWithRawResponse:
        from .resources.deployment_configs import AsyncDeploymentConfigsWithRawResponse

        return AsyncDeploymentConfigsWithRawResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AsyncAvailabilityZonesWithRawResponse:
        from .resources.availability_zones import AsyncAvailabilityZonesWithRawResponse

        return AsyncAvailabilityZonesWithRawResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> AsyncRegionsWithRawResponse:
        from .resources.regions import AsyncRegionsWithRawResponse

        return AsyncRegionsWithRawResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> AsyncCloudProvidersWithRawResponse:
        from .resources.cloud_providers import AsyncCloudProvidersWithRawResponse

        return AsyncCloudProvidersWithRawResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> AsyncDemosWithRawResponse:
        from .resources.demos import AsyncDemosWithRawResponse

        return AsyncDemosWithRawResponse(self._client.demos)

    @cached_property
    def contactus(self) -> AsyncContactusWithRawResponse:
        from .resources.contactus import AsyncContactusWithRawResponse

        return AsyncContactusWithRawResponse(self._client.contactus)

    @cached_property
    def signins(self) -> AsyncSigninsWithRawResponse:
        from .resources.signins import AsyncSigninsWithRawResponse

        return AsyncSigninsWithRawResponse(self._client.signins)

    @cached_property
    def signups(self) -> AsyncSignupsWithRawResponse:
        from .resources.signups import AsyncSignupsWithRawResponse

        return AsyncSignupsWithRawResponse(self._client.signups)

    @cached_property
    def plans(self) -> AsyncPlansWithRawResponse:
        from .resources.plans import AsyncPlansWithRawResponse

        return AsyncPlansWithRawResponse(self._client.plans)

    @cached_property
    def usage(self) -> AsyncUsageWithRawResponse:
        from .resources.usage import AsyncUsageWithRawResponse

        return AsyncUsageWithRawResponse(self._client.usage)

    @cached_property
    def invoices(self) -> AsyncInvoicesWithRawResponse:
        from .resources.invoices import AsyncInvoicesWithRawResponse

        return AsyncInvoicesWithRawResponse(self._client.invoices)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .resources.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> AsyncConsumptionUsersWithRawResponse:
        from .resources.consumption_users import AsyncConsumptionUsersWithRawResponse

        return AsyncConsumptionUsersWithRawResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> AsyncServicesOrchestrationsWithRawResponse:
        from .resources.services_orchestrations import AsyncServicesOrchestrationsWithRawResponse

        return AsyncServicesOrchestrationsWithRawResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> AsyncResourceInstancesWithRawResponse:
        from .resources.resource_instances import AsyncResourceInstancesWithRawResponse

        return AsyncResourceInstancesWithRawResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> AsyncConsumptionUsageWithRawResponse:
        from .resources.consumption_usage import AsyncConsumptionUsageWithRawResponse

        return AsyncConsumptionUsageWithRawResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> AsyncConsumptionInvoicesWithRawResponse:
        from .resources.consumption_invoices import AsyncConsumptionInvoicesWithRawResponse

        return AsyncConsumptionInvoicesWithRawResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> AsyncConsumptionBillingWithRawResponse:
        from .resources.consumption_billing import AsyncConsumptionBillingWithRawResponse

        return AsyncConsumptionBillingWithRawResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AsyncAccountConfigsWithRawResponse:
        from .resources.account_configs import AsyncAccountConfigsWithRawResponse

        return AsyncAccountConfigsWithRawResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsWithRawResponse:
        from .resources.custom_domains import AsyncCustomDomainsWithRawResponse

        return AsyncCustomDomainsWithRawResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> AsyncLimitsWithRawResponse:
        from .resources.limits import AsyncLimitsWithRawResponse

        return AsyncLimitsWithRawResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> AsyncImageRegistriesWithRawResponse:
        from .resources.image_registries import AsyncImageRegistriesWithRawResponse

        return AsyncImageRegistriesWithRawResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> AsyncServiceOfferingsWithRawResponse:
        from .resources.service_offerings import AsyncServiceOfferingsWithRawResponse

        return AsyncServiceOfferingsWithRawResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsWithRawResponse:
        from .resources.audit_events import AsyncAuditEventsWithRawResponse

        return AsyncAuditEventsWithRawResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsWithRawResponse:
        from .resources.subscriptions import AsyncSubscriptionsWithRawResponse

        return AsyncSubscriptionsWithRawResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> AsyncSubscriptionRequestsWithRawResponse:
        from .resources.subscription_requests import AsyncSubscriptionRequestsWithRawResponse

        return AsyncSubscriptionRequestsWithRawResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> AsyncIdentityProvidersWithRawResponse:
        from .resources.identity_providers import AsyncIdentityProvidersWithRawResponse

        return AsyncIdentityProvidersWithRawResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> AsyncSaasPortalsWithRawResponse:
        from .resources.saas_portals import AsyncSaasPortalsWithRawResponse

        return AsyncSaasPortalsWithRawResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> AsyncHelmPackagesWithRawResponse:
        from .resources.helm_packages import AsyncHelmPackagesWithRawResponse

        return AsyncHelmPackagesWithRawResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> AsyncComposeGensWithRawResponse:
        from .resources.compose_gens import AsyncComposeGensWithRawResponse

        return AsyncComposeGensWithRawResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> AsyncCustomNetworksWithRawResponse:
        from .resources.custom_networks import AsyncCustomNetworksWithRawResponse

        return AsyncCustomNetworksWithRawResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> AsyncStripeConnectsWithRawResponse:
        from .resources.stripe_connects import AsyncStripeConnectsWithRawResponse

        return AsyncStripeConnectsWithRawResponse(self._client.stripe_connects)


class AsyncOmnistrateWithStreamingResponse:
    def __init__(self, client: AsyncOmnistrate) -> None:
        self._client = client

    @cached_property
    def system(self) -> AsyncSystemWithStreamingResponse:
        from .resources.system import AsyncSystemWithStreamingResponse

        return AsyncSystemWithStreamingResponse(self._client.system)

    @cached_property
    def services(self) -> AsyncServicesWithStreamingResponse:
        from .resources.services import AsyncServicesWithStreamingResponse

        return AsyncServicesWithStreamingResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> AsyncDeploymentConfigsWithStreamingResponse:
        from .resources.deployment_configs import AsyncDeploymentConfigsWithStreamingResponse

        return AsyncDeploymentConfigsWithStreamingResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AsyncAvailabilityZonesWithStreamingResponse:
        from .resources.availability_zones import AsyncAvailabilityZonesWithStreamingResponse

        return AsyncAvailabilityZonesWithStreamingResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> AsyncRegionsWithStreamingResponse:
        from .resources.regions import AsyncRegionsWithStreamingResponse

        return AsyncRegionsWithStreamingResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> AsyncCloudProvidersWithStreamingResponse:
        from .resources.cloud_providers import AsyncCloudProvidersWithStreamingResponse

        return AsyncCloudProvidersWithStreamingResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> AsyncDemosWithStreamingResponse:
        from .resources.demos import AsyncDemosWithStreamingResponse

        return AsyncDemosWithStreamingResponse(self._client.demos)

    @cached_property
    def contactus(self) -> AsyncContactusWithStreamingResponse:
        from .resources.contactus import AsyncContactusWithStreamingResponse

        return AsyncContactusWithStreamingResponse(self._client.contactus)

    @cached_property
    def signins(self) -> AsyncSigninsWithStreamingResponse:
        from .resources.signins import AsyncSigninsWithStreamingResponse

        return AsyncSigninsWithStreamingResponse(self._client.signins)

    @cached_property
    def signups(self) -> AsyncSignupsWithStreamingResponse:
        from .resources.signups import AsyncSignupsWithStreamingResponse

        return AsyncSignupsWithStreamingResponse(self._client.signups)

    @cached_property
    def plans(self) -> AsyncPlansWithStreamingResponse:
        from .resources.plans import AsyncPlansWithStreamingResponse

        return AsyncPlansWithStreamingResponse(self._client.plans)

    @cached_property
    def usage(self) -> AsyncUsageWithStreamingResponse:
        from .resources.usage import AsyncUsageWithStreamingResponse

        return AsyncUsageWithStreamingResponse(self._client.usage)

    @cached_property
    def invoices(self) -> AsyncInvoicesWithStreamingResponse:
        from .resources.invoices import AsyncInvoicesWithStreamingResponse

        return AsyncInvoicesWithStreamingResponse(self._client.invoices)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from .resources.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> AsyncConsumptionUsersWithStreamingResponse:
        from .resources.consumption_users import AsyncConsumptionUsersWithStreamingResponse

        return AsyncConsumptionUsersWithStreamingResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> AsyncServicesOrchestrationsWithStreamingResponse:
        from .resources.services_orchestrations import AsyncServicesOrchestrationsWithStreamingResponse

        return AsyncServicesOrchestrationsWithStreamingResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> AsyncResourceInstancesWithStreamingResponse:
        from .resources.resource_instances import AsyncResourceInstancesWithStreamingResponse

        return AsyncResourceInstancesWithStreamingResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> AsyncConsumptionUsageWithStreamingResponse:
        from .resources.consumption_usage import AsyncConsumptionUsageWithStreamingResponse

        return AsyncConsumptionUsageWithStreamingResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> AsyncConsumptionInvoicesWithStreamingResponse:
        from .resources.consumption_invoices import AsyncConsumptionInvoicesWithStreamingResponse

        return AsyncConsumptionInvoicesWithStreamingResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> AsyncConsumptionBillingWithStreamingResponse:
        from .resources.consumption_billing import AsyncConsumptionBillingWithStreamingResponse

        return AsyncConsumptionBillingWithStreamingResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AsyncAccountConfigsWithStreamingResponse:
        from .resources.account_configs import AsyncAccountConfigsWithStreamingResponse

        return AsyncAccountConfigsWithStreamingResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsWithStreamingResponse:
        from .resources.custom_domains import AsyncCustomDomainsWithStreamingResponse

        return AsyncCustomDomainsWithStreamingResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> AsyncLimitsWithStreamingResponse:
        from .resources.limits import AsyncLimitsWithStreamingResponse

        return AsyncLimitsWithStreamingResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> AsyncImageRegistriesWithStreamingResponse:
        from .resources.image_registries import AsyncImageRegistriesWithStreamingResponse

        return AsyncImageRegistriesWithStreamingResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> AsyncServiceOfferingsWithStreamingResponse:
        from .resources.service_offerings import AsyncServiceOfferingsWithStreamingResponse

        return AsyncServiceOfferingsWithStreamingResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsWithStreamingResponse:
        from .resources.audit_events import AsyncAuditEventsWithStreamingResponse

        return AsyncAuditEventsWithStreamingResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsWithStreamingResponse:
        from .resources.subscriptions import AsyncSubscriptionsWithStreamingResponse

        return AsyncSubscriptionsWithStreamingResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> AsyncSubscriptionRequestsWithStreamingResponse:
        from .resources.subscription_requests import AsyncSubscriptionRequestsWithStreamingResponse

        return AsyncSubscriptionRequestsWithStreamingResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> AsyncIdentityProvidersWithStreamingResponse:
        from .resources.identity_providers import AsyncIdentityProvidersWithStreamingResponse

        return AsyncIdentityProvidersWithStreamingResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> AsyncSaasPortalsWithStreamingResponse:
        from .resources.saas_portals import AsyncSaasPortalsWithStreamingResponse

        return AsyncSaasPortalsWithStreamingResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> AsyncHelmPackagesWithStreamingResponse:
        from .resources.helm_packages import AsyncHelmPackagesWithStreamingResponse

        return AsyncHelmPackagesWithStreamingResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> AsyncComposeGensWithStreamingResponse:
        from .resources.compose_gens import AsyncComposeGensWithStreamingResponse

        return AsyncComposeGensWithStreamingResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> AsyncCustomNetworksWithStreamingResponse:
        from .resources.custom_networks import AsyncCustomNetworksWithStreamingResponse

        return AsyncCustomNetworksWithStreamingResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> AsyncStripeConnectsWithStreamingResponse:
        from .resources.stripe_connects import AsyncStripeConnectsWithStreamingResponse

        return AsyncStripeConnectsWithStreamingResponse(self._client.stripe_connects)
