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
        AccountConfigsResource,
        AccountConfigsResourceWithRawResponse,
        AccountConfigsResourceWithStreamingResponse,
        AsyncAccountConfigsResource,
        AsyncAccountConfigsResourceWithRawResponse,
        AsyncAccountConfigsResourceWithStreamingResponse,
    )
    from .resources.audit_events import (
        AsyncAuditEventsResource,
        AsyncAuditEventsResourceWithRawResponse,
        AsyncAuditEventsResourceWithStreamingResponse,
        AuditEventsResource,
        AuditEventsResourceWithRawResponse,
        AuditEventsResourceWithStreamingResponse,
    )
    from .resources.auth import (
        AsyncAuthResource,
        AsyncAuthResourceWithRawResponse,
        AsyncAuthResourceWithStreamingResponse,
        AuthResource,
        AuthResourceWithRawResponse,
        AuthResourceWithStreamingResponse,
    )
    from .resources.availability_zones import (
        AsyncAvailabilityZonesResource,
        AsyncAvailabilityZonesResourceWithRawResponse,
        AsyncAvailabilityZonesResourceWithStreamingResponse,
        AvailabilityZonesResource,
        AvailabilityZonesResourceWithRawResponse,
        AvailabilityZonesResourceWithStreamingResponse,
    )
    from .resources.cloud_providers import (
        AsyncCloudProvidersResource,
        AsyncCloudProvidersResourceWithRawResponse,
        AsyncCloudProvidersResourceWithStreamingResponse,
        CloudProvidersResource,
        CloudProvidersResourceWithRawResponse,
        CloudProvidersResourceWithStreamingResponse,
    )
    from .resources.compose_gens import (
        AsyncComposeGensResource,
        AsyncComposeGensResourceWithRawResponse,
        AsyncComposeGensResourceWithStreamingResponse,
        ComposeGensResource,
        ComposeGensResourceWithRawResponse,
        ComposeGensResourceWithStreamingResponse,
    )
    from .resources.consumption_billing import (
        AsyncConsumptionBillingResource,
        AsyncConsumptionBillingResourceWithRawResponse,
        AsyncConsumptionBillingResourceWithStreamingResponse,
        ConsumptionBillingResource,
        ConsumptionBillingResourceWithRawResponse,
        ConsumptionBillingResourceWithStreamingResponse,
    )
    from .resources.consumption_invoices import (
        AsyncConsumptionInvoicesResource,
        AsyncConsumptionInvoicesResourceWithRawResponse,
        AsyncConsumptionInvoicesResourceWithStreamingResponse,
        ConsumptionInvoicesResource,
        ConsumptionInvoicesResourceWithRawResponse,
        ConsumptionInvoicesResourceWithStreamingResponse,
    )
    from .resources.consumption_usage import (
        AsyncConsumptionUsageResource,
        AsyncConsumptionUsageResourceWithRawResponse,
        AsyncConsumptionUsageResourceWithStreamingResponse,
        ConsumptionUsageResource,
        ConsumptionUsageResourceWithRawResponse,
        ConsumptionUsageResourceWithStreamingResponse,
    )
    from .resources.consumption_users import (
        AsyncConsumptionUsersResource,
        AsyncConsumptionUsersResourceWithRawResponse,
        AsyncConsumptionUsersResourceWithStreamingResponse,
        ConsumptionUsersResource,
        ConsumptionUsersResourceWithRawResponse,
        ConsumptionUsersResourceWithStreamingResponse,
    )
    from .resources.contact_us import (
        AsyncContactUsResource,
        AsyncContactUsResourceWithRawResponse,
        AsyncContactUsResourceWithStreamingResponse,
        ContactUsResource,
        ContactUsResourceWithRawResponse,
        ContactUsResourceWithStreamingResponse,
    )
    from .resources.custom_domains import (
        AsyncCustomDomainsResource,
        AsyncCustomDomainsResourceWithRawResponse,
        AsyncCustomDomainsResourceWithStreamingResponse,
        CustomDomainsResource,
        CustomDomainsResourceWithRawResponse,
        CustomDomainsResourceWithStreamingResponse,
    )
    from .resources.custom_networks import (
        AsyncCustomNetworksResource,
        AsyncCustomNetworksResourceWithRawResponse,
        AsyncCustomNetworksResourceWithStreamingResponse,
        CustomNetworksResource,
        CustomNetworksResourceWithRawResponse,
        CustomNetworksResourceWithStreamingResponse,
    )
    from .resources.demos import (
        AsyncDemosResource,
        AsyncDemosResourceWithRawResponse,
        AsyncDemosResourceWithStreamingResponse,
        DemosResource,
        DemosResourceWithRawResponse,
        DemosResourceWithStreamingResponse,
    )
    from .resources.deployment_configs import (
        AsyncDeploymentConfigsResource,
        AsyncDeploymentConfigsResourceWithRawResponse,
        AsyncDeploymentConfigsResourceWithStreamingResponse,
        DeploymentConfigsResource,
        DeploymentConfigsResourceWithRawResponse,
        DeploymentConfigsResourceWithStreamingResponse,
    )
    from .resources.helm_packages import (
        AsyncHelmPackagesResource,
        AsyncHelmPackagesResourceWithRawResponse,
        AsyncHelmPackagesResourceWithStreamingResponse,
        HelmPackagesResource,
        HelmPackagesResourceWithRawResponse,
        HelmPackagesResourceWithStreamingResponse,
    )
    from .resources.identity_providers import (
        AsyncIdentityProvidersResource,
        AsyncIdentityProvidersResourceWithRawResponse,
        AsyncIdentityProvidersResourceWithStreamingResponse,
        IdentityProvidersResource,
        IdentityProvidersResourceWithRawResponse,
        IdentityProvidersResourceWithStreamingResponse,
    )
    from .resources.image_registries import (
        AsyncImageRegistriesResource,
        AsyncImageRegistriesResourceWithRawResponse,
        AsyncImageRegistriesResourceWithStreamingResponse,
        ImageRegistriesResource,
        ImageRegistriesResourceWithRawResponse,
        ImageRegistriesResourceWithStreamingResponse,
    )
    from .resources.invoices import (
        AsyncInvoicesResource,
        AsyncInvoicesResourceWithRawResponse,
        AsyncInvoicesResourceWithStreamingResponse,
        InvoicesResource,
        InvoicesResourceWithRawResponse,
        InvoicesResourceWithStreamingResponse,
    )
    from .resources.limits import (
        AsyncLimitsResource,
        AsyncLimitsResourceWithRawResponse,
        AsyncLimitsResourceWithStreamingResponse,
        LimitsResource,
        LimitsResourceWithRawResponse,
        LimitsResourceWithStreamingResponse,
    )
    from .resources.plans import (
        AsyncPlansResource,
        AsyncPlansResourceWithRawResponse,
        AsyncPlansResourceWithStreamingResponse,
        PlansResource,
        PlansResourceWithRawResponse,
        PlansResourceWithStreamingResponse,
    )
    from .resources.regions import (
        AsyncRegionsResource,
        AsyncRegionsResourceWithRawResponse,
        AsyncRegionsResourceWithStreamingResponse,
        RegionsResource,
        RegionsResourceWithRawResponse,
        RegionsResourceWithStreamingResponse,
    )
    from .resources.resource_instances import (
        AsyncResourceInstancesResource,
        AsyncResourceInstancesResourceWithRawResponse,
        AsyncResourceInstancesResourceWithStreamingResponse,
        ResourceInstancesResource,
        ResourceInstancesResourceWithRawResponse,
        ResourceInstancesResourceWithStreamingResponse,
    )
    from .resources.saas_portals import (
        AsyncSaasPortalsResource,
        AsyncSaasPortalsResourceWithRawResponse,
        AsyncSaasPortalsResourceWithStreamingResponse,
        SaasPortalsResource,
        SaasPortalsResourceWithRawResponse,
        SaasPortalsResourceWithStreamingResponse,
    )
    from .resources.service_offerings import (
        AsyncServiceOfferingsResource,
        AsyncServiceOfferingsResourceWithRawResponse,
        AsyncServiceOfferingsResourceWithStreamingResponse,
        ServiceOfferingsResource,
        ServiceOfferingsResourceWithRawResponse,
        ServiceOfferingsResourceWithStreamingResponse,
    )
    from .resources.services import (
        AsyncServicesResource,
        AsyncServicesResourceWithRawResponse,
        AsyncServicesResourceWithStreamingResponse,
        ServicesResource,
        ServicesResourceWithRawResponse,
        ServicesResourceWithStreamingResponse,
    )
    from .resources.services_orchestrations import (
        AsyncServicesOrchestrationsResource,
        AsyncServicesOrchestrationsResourceWithRawResponse,
        AsyncServicesOrchestrationsResourceWithStreamingResponse,
        ServicesOrchestrationsResource,
        ServicesOrchestrationsResourceWithRawResponse,
        ServicesOrchestrationsResourceWithStreamingResponse,
    )
    from .resources.stripe_connects import (
        AsyncStripeConnectsResource,
        AsyncStripeConnectsResourceWithRawResponse,
        AsyncStripeConnectsResourceWithStreamingResponse,
        StripeConnectsResource,
        StripeConnectsResourceWithRawResponse,
        StripeConnectsResourceWithStreamingResponse,
    )
    from .resources.subscription_requests import (
        AsyncSubscriptionRequestsResource,
        AsyncSubscriptionRequestsResourceWithRawResponse,
        AsyncSubscriptionRequestsResourceWithStreamingResponse,
        SubscriptionRequestsResource,
        SubscriptionRequestsResourceWithRawResponse,
        SubscriptionRequestsResourceWithStreamingResponse,
    )
    from .resources.subscriptions import (
        AsyncSubscriptionsResource,
        AsyncSubscriptionsResourceWithRawResponse,
        AsyncSubscriptionsResourceWithStreamingResponse,
        SubscriptionsResource,
        SubscriptionsResourceWithRawResponse,
        SubscriptionsResourceWithStreamingResponse,
    )
    from .resources.system import (
        AsyncSystemResource,
        AsyncSystemResourceWithRawResponse,
        AsyncSystemResourceWithStreamingResponse,
        SystemResource,
        SystemResourceWithRawResponse,
        SystemResourceWithStreamingResponse,
    )
    from .resources.usage import (
        AsyncUsageResource,
        AsyncUsageResourceWithRawResponse,
        AsyncUsageResourceWithStreamingResponse,
        UsageResource,
        UsageResourceWithRawResponse,
        UsageResourceWithStreamingResponse,
    )
    from .resources.users import (
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
        AsyncUsersResourceWithStreamingResponse,
        UsersResource,
        UsersResourceWithRawResponse,
        UsersResourceWithStreamingResponse,
    )

__all__ = ["AsyncOmnistrate", "Omnistrate"]

_SETTINGS = ClientSettings(
    name="Omnistrate",
    distribution="omnistrate-client",
    version="2022.9.1",
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
    def system(self) -> SystemResource:
        from .resources.system import SystemResource

        return SystemResource(self)

    @cached_property
    def services(self) -> ServicesResource:
        from .resources.services import ServicesResource

        return ServicesResource(self)

    @cached_property
    def deployment_configs(self) -> DeploymentConfigsResource:
        from .resources.deployment_configs import DeploymentConfigsResource

        return DeploymentConfigsResource(self)

    @cached_property
    def availability_zones(self) -> AvailabilityZonesResource:
        from .resources.availability_zones import AvailabilityZonesResource

        return AvailabilityZonesResource(self)

    @cached_property
    def regions(self) -> RegionsResource:
        from .resources.regions import RegionsResource

        return RegionsResource(self)

    @cached_property
    def cloud_providers(self) -> CloudProvidersResource:
        from .resources.cloud_providers import CloudProvidersResource

        return CloudProvidersResource(self)

    @cached_property
    def demos(self) -> DemosResource:
        from .resources.demos import DemosResource

        return DemosResource(self)

    @cached_property
    def contact_us(self) -> ContactUsResource:
        from .resources.contact_us import ContactUsResource

        return ContactUsResource(self)

    @cached_property
    def auth(self) -> AuthResource:
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def plans(self) -> PlansResource:
        from .resources.plans import PlansResource

        return PlansResource(self)

    @cached_property
    def usage(self) -> UsageResource:
        from .resources.usage import UsageResource

        return UsageResource(self)

    @cached_property
    def invoices(self) -> InvoicesResource:
        from .resources.invoices import InvoicesResource

        return InvoicesResource(self)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def consumption_users(self) -> ConsumptionUsersResource:
        from .resources.consumption_users import ConsumptionUsersResource

        return ConsumptionUsersResource(self)

    @cached_property
    def services_orchestrations(self) -> ServicesOrchestrationsResource:
        from .resources.services_orchestrations import ServicesOrchestrationsResource

        return ServicesOrchestrationsResource(self)

    @cached_property
    def resource_instances(self) -> ResourceInstancesResource:
        from .resources.resource_instances import ResourceInstancesResource

        return ResourceInstancesResource(self)

    @cached_property
    def consumption_usage(self) -> ConsumptionUsageResource:
        from .resources.consumption_usage import ConsumptionUsageResource

        return ConsumptionUsageResource(self)

    @cached_property
    def consumption_invoices(self) -> ConsumptionInvoicesResource:
        from .resources.consumption_invoices import ConsumptionInvoicesResource

        return ConsumptionInvoicesResource(self)

    @cached_property
    def consumption_billing(self) -> ConsumptionBillingResource:
        from .resources.consumption_billing import ConsumptionBillingResource

        return ConsumptionBillingResource(self)

    @cached_property
    def account_configs(self) -> AccountConfigsResource:
        from .resources.account_configs import AccountConfigsResource

        return AccountConfigsResource(self)

    @cached_property
    def custom_domains(self) -> CustomDomainsResource:
        from .resources.custom_domains import CustomDomainsResource

        return CustomDomainsResource(self)

    @cached_property
    def limits(self) -> LimitsResource:
        from .resources.limits import LimitsResource

        return LimitsResource(self)

    @cached_property
    def image_registries(self) -> ImageRegistriesResource:
        from .resources.image_registries import ImageRegistriesResource

        return ImageRegistriesResource(self)

    @cached_property
    def service_offerings(self) -> ServiceOfferingsResource:
        from .resources.service_offerings import ServiceOfferingsResource

        return ServiceOfferingsResource(self)

    @cached_property
    def audit_events(self) -> AuditEventsResource:
        from .resources.audit_events import AuditEventsResource

        return AuditEventsResource(self)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        from .resources.subscriptions import SubscriptionsResource

        return SubscriptionsResource(self)

    @cached_property
    def subscription_requests(self) -> SubscriptionRequestsResource:
        from .resources.subscription_requests import SubscriptionRequestsResource

        return SubscriptionRequestsResource(self)

    @cached_property
    def identity_providers(self) -> IdentityProvidersResource:
        from .resources.identity_providers import IdentityProvidersResource

        return IdentityProvidersResource(self)

    @cached_property
    def saas_portals(self) -> SaasPortalsResource:
        from .resources.saas_portals import SaasPortalsResource

        return SaasPortalsResource(self)

    @cached_property
    def helm_packages(self) -> HelmPackagesResource:
        from .resources.helm_packages import HelmPackagesResource

        return HelmPackagesResource(self)

    @cached_property
    def compose_gens(self) -> ComposeGensResource:
        from .resources.compose_gens import ComposeGensResource

        return ComposeGensResource(self)

    @cached_property
    def custom_networks(self) -> CustomNetworksResource:
        from .resources.custom_networks import CustomNetworksResource

        return CustomNetworksResource(self)

    @cached_property
    def stripe_connects(self) -> StripeConnectsResource:
        from .resources.stripe_connects import StripeConnectsResource

        return StripeConnectsResource(self)

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
    def system(self) -> SystemResourceWithRawResponse:
        from .resources.system import SystemResourceWithRawResponse

        return SystemResourceWithRawResponse(self._client.system)

    @cached_property
    def services(self) -> ServicesResourceWithRawResponse:
        from .resources.services import ServicesResourceWithRawResponse

        return ServicesResourceWithRawResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> DeploymentConfigsResourceWithRawResponse:
        from .resources.deployment_configs import DeploymentConfigsResourceWithRawResponse

        return DeploymentConfigsResourceWithRawResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AvailabilityZonesResourceWithRawResponse:
        from .resources.availability_zones import AvailabilityZonesResourceWithRawResponse

        return AvailabilityZonesResourceWithRawResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> RegionsResourceWithRawResponse:
        from .resources.regions import RegionsResourceWithRawResponse

        return RegionsResourceWithRawResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> CloudProvidersResourceWithRawResponse:
        from .resources.cloud_providers import CloudProvidersResourceWithRawResponse

        return CloudProvidersResourceWithRawResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> DemosResourceWithRawResponse:
        from .resources.demos import DemosResourceWithRawResponse

        return DemosResourceWithRawResponse(self._client.demos)

    @cached_property
    def contact_us(self) -> ContactUsResourceWithRawResponse:
        from .resources.contact_us import ContactUsResourceWithRawResponse

        return ContactUsResourceWithRawResponse(self._client.contact_us)

    @cached_property
    def auth(self) -> AuthResourceWithRawResponse:
        from .resources.auth import AuthResourceWithRawResponse

        return AuthResourceWithRawResponse(self._client.auth)

    @cached_property
    def plans(self) -> PlansResourceWithRawResponse:
        from .resources.plans import PlansResourceWithRawResponse

        return PlansResourceWithRawResponse(self._client.plans)

    @cached_property
    def usage(self) -> UsageResourceWithRawResponse:
        from .resources.usage import UsageResourceWithRawResponse

        return UsageResourceWithRawResponse(self._client.usage)

    @cached_property
    def invoices(self) -> InvoicesResourceWithRawResponse:
        from .resources.invoices import InvoicesResourceWithRawResponse

        return InvoicesResourceWithRawResponse(self._client.invoices)

    @cached_property
    def users(self) -> UsersResourceWithRawResponse:
        from .resources.users import UsersResourceWithRawResponse

        return UsersResourceWithRawResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> ConsumptionUsersResourceWithRawResponse:
        from .resources.consumption_users import ConsumptionUsersResourceWithRawResponse

        return ConsumptionUsersResourceWithRawResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> ServicesOrchestrationsResourceWithRawResponse:
        from .resources.services_orchestrations import ServicesOrchestrationsResourceWithRawResponse

        return ServicesOrchestrationsResourceWithRawResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> ResourceInstancesResourceWithRawResponse:
        from .resources.resource_instances import ResourceInstancesResourceWithRawResponse

        return ResourceInstancesResourceWithRawResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> ConsumptionUsageResourceWithRawResponse:
        from .resources.consumption_usage import ConsumptionUsageResourceWithRawResponse

        return ConsumptionUsageResourceWithRawResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> ConsumptionInvoicesResourceWithRawResponse:
        from .resources.consumption_invoices import ConsumptionInvoicesResourceWithRawResponse

        return ConsumptionInvoicesResourceWithRawResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> ConsumptionBillingResourceWithRawResponse:
        from .resources.consumption_billing import ConsumptionBillingResourceWithRawResponse

        return ConsumptionBillingResourceWithRawResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AccountConfigsResourceWithRawResponse:
        from .resources.account_configs import AccountConfigsResourceWithRawResponse

        return AccountConfigsResourceWithRawResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> CustomDomainsResourceWithRawResponse:
        from .resources.custom_domains import CustomDomainsResourceWithRawResponse

        return CustomDomainsResourceWithRawResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> LimitsResourceWithRawResponse:
        from .resources.limits import LimitsResourceWithRawResponse

        return LimitsResourceWithRawResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> ImageRegistriesResourceWithRawResponse:
        from .resources.image_registries import ImageRegistriesResourceWithRawResponse

        return ImageRegistriesResourceWithRawResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> ServiceOfferingsResourceWithRawResponse:
        from .resources.service_offerings import ServiceOfferingsResourceWithRawResponse

        return ServiceOfferingsResourceWithRawResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AuditEventsResourceWithRawResponse:
        from .resources.audit_events import AuditEventsResourceWithRawResponse

        return AuditEventsResourceWithRawResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithRawResponse:
        from .resources.subscriptions import SubscriptionsResourceWithRawResponse

        return SubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> SubscriptionRequestsResourceWithRawResponse:
        from .resources.subscription_requests import SubscriptionRequestsResourceWithRawResponse

        return SubscriptionRequestsResourceWithRawResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> IdentityProvidersResourceWithRawResponse:
        from .resources.identity_providers import IdentityProvidersResourceWithRawResponse

        return IdentityProvidersResourceWithRawResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> SaasPortalsResourceWithRawResponse:
        from .resources.saas_portals import SaasPortalsResourceWithRawResponse

        return SaasPortalsResourceWithRawResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> HelmPackagesResourceWithRawResponse:
        from .resources.helm_packages import HelmPackagesResourceWithRawResponse

        return HelmPackagesResourceWithRawResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> ComposeGensResourceWithRawResponse:
        from .resources.compose_gens import ComposeGensResourceWithRawResponse

        return ComposeGensResourceWithRawResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> CustomNetworksResourceWithRawResponse:
        from .resources.custom_networks import CustomNetworksResourceWithRawResponse

        return CustomNetworksResourceWithRawResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> StripeConnectsResourceWithRawResponse:
        from .resources.stripe_connects import StripeConnectsResourceWithRawResponse

        return StripeConnectsResourceWithRawResponse(self._client.stripe_connects)


class OmnistrateWithStreamingResponse:
    def __init__(self, client: Omnistrate) -> None:
        self._client = client

    @cached_property
    def system(self) -> SystemResourceWithStreamingResponse:
        from .resources.system import SystemResourceWithStreamingResponse

        return SystemResourceWithStreamingResponse(self._client.system)

    @cached_property
    def services(self) -> ServicesResourceWithStreamingResponse:
        from .resources.services import ServicesResourceWithStreamingResponse

        return ServicesResourceWithStreamingResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> DeploymentConfigsResourceWithStreamingResponse:
        from .resources.deployment_configs import DeploymentConfigsResourceWithStreamingResponse

        return DeploymentConfigsResourceWithStreamingResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AvailabilityZonesResourceWithStreamingResponse:
        from .resources.availability_zones import AvailabilityZonesResourceWithStreamingResponse

        return AvailabilityZonesResourceWithStreamingResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> RegionsResourceWithStreamingResponse:
        from .resources.regions import RegionsResourceWithStreamingResponse

        return RegionsResourceWithStreamingResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> CloudProvidersResourceWithStreamingResponse:
        from .resources.cloud_providers import CloudProvidersResourceWithStreamingResponse

        return CloudProvidersResourceWithStreamingResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> DemosResourceWithStreamingResponse:
        from .resources.demos import DemosResourceWithStreamingResponse

        return DemosResourceWithStreamingResponse(self._client.demos)

    @cached_property
    def contact_us(self) -> ContactUsResourceWithStreamingResponse:
        from .resources.contact_us import ContactUsResourceWithStreamingResponse

        return ContactUsResourceWithStreamingResponse(self._client.contact_us)

    @cached_property
    def auth(self) -> AuthResourceWithStreamingResponse:
        from .resources.auth import AuthResourceWithStreamingResponse

        return AuthResourceWithStreamingResponse(self._client.auth)

    @cached_property
    def plans(self) -> PlansResourceWithStreamingResponse:
        from .resources.plans import PlansResourceWithStreamingResponse

        return PlansResourceWithStreamingResponse(self._client.plans)

    @cached_property
    def usage(self) -> UsageResourceWithStreamingResponse:
        from .resources.usage import UsageResourceWithStreamingResponse

        return UsageResourceWithStreamingResponse(self._client.usage)

    @cached_property
    def invoices(self) -> InvoicesResourceWithStreamingResponse:
        from .resources.invoices import InvoicesResourceWithStreamingResponse

        return InvoicesResourceWithStreamingResponse(self._client.invoices)

    @cached_property
    def users(self) -> UsersResourceWithStreamingResponse:
        from .resources.users import UsersResourceWithStreamingResponse

        return UsersResourceWithStreamingResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> ConsumptionUsersResourceWithStreamingResponse:
        from .resources.consumption_users import ConsumptionUsersResourceWithStreamingResponse

        return ConsumptionUsersResourceWithStreamingResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> ServicesOrchestrationsResourceWithStreamingResponse:
        from .resources.services_orchestrations import ServicesOrchestrationsResourceWithStreamingResponse

        return ServicesOrchestrationsResourceWithStreamingResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> ResourceInstancesResourceWithStreamingResponse:
        from .resources.resource_instances import ResourceInstancesResourceWithStreamingResponse

        return ResourceInstancesResourceWithStreamingResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> ConsumptionUsageResourceWithStreamingResponse:
        from .resources.consumption_usage import ConsumptionUsageResourceWithStreamingResponse

        return ConsumptionUsageResourceWithStreamingResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> ConsumptionInvoicesResourceWithStreamingResponse:
        from .resources.consumption_invoices import ConsumptionInvoicesResourceWithStreamingResponse

        return ConsumptionInvoicesResourceWithStreamingResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> ConsumptionBillingResourceWithStreamingResponse:
        from .resources.consumption_billing import ConsumptionBillingResourceWithStreamingResponse

        return ConsumptionBillingResourceWithStreamingResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AccountConfigsResourceWithStreamingResponse:
        from .resources.account_configs import AccountConfigsResourceWithStreamingResponse

        return AccountConfigsResourceWithStreamingResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> CustomDomainsResourceWithStreamingResponse:
        from .resources.custom_domains import CustomDomainsResourceWithStreamingResponse

        return CustomDomainsResourceWithStreamingResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> LimitsResourceWithStreamingResponse:
        from .resources.limits import LimitsResourceWithStreamingResponse

        return LimitsResourceWithStreamingResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> ImageRegistriesResourceWithStreamingResponse:
        from .resources.image_registries import ImageRegistriesResourceWithStreamingResponse

        return ImageRegistriesResourceWithStreamingResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> ServiceOfferingsResourceWithStreamingResponse:
        from .resources.service_offerings import ServiceOfferingsResourceWithStreamingResponse

        return ServiceOfferingsResourceWithStreamingResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AuditEventsResourceWithStreamingResponse:
        from .resources.audit_events import AuditEventsResourceWithStreamingResponse

        return AuditEventsResourceWithStreamingResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithStreamingResponse:
        from .resources.subscriptions import SubscriptionsResourceWithStreamingResponse

        return SubscriptionsResourceWithStreamingResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> SubscriptionRequestsResourceWithStreamingResponse:
        from .resources.subscription_requests import SubscriptionRequestsResourceWithStreamingResponse

        return SubscriptionRequestsResourceWithStreamingResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> IdentityProvidersResourceWithStreamingResponse:
        from .resources.identity_providers import IdentityProvidersResourceWithStreamingResponse

        return IdentityProvidersResourceWithStreamingResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> SaasPortalsResourceWithStreamingResponse:
        from .resources.saas_portals import SaasPortalsResourceWithStreamingResponse

        return SaasPortalsResourceWithStreamingResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> HelmPackagesResourceWithStreamingResponse:
        from .resources.helm_packages import HelmPackagesResourceWithStreamingResponse

        return HelmPackagesResourceWithStreamingResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> ComposeGensResourceWithStreamingResponse:
        from .resources.compose_gens import ComposeGensResourceWithStreamingResponse

        return ComposeGensResourceWithStreamingResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> CustomNetworksResourceWithStreamingResponse:
        from .resources.custom_networks import CustomNetworksResourceWithStreamingResponse

        return CustomNetworksResourceWithStreamingResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> StripeConnectsResourceWithStreamingResponse:
        from .resources.stripe_connects import StripeConnectsResourceWithStreamingResponse

        return StripeConnectsResourceWithStreamingResponse(self._client.stripe_connects)


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
    def system(self) -> AsyncSystemResource:
        from .resources.system import AsyncSystemResource

        return AsyncSystemResource(self)

    @cached_property
    def services(self) -> AsyncServicesResource:
        from .resources.services import AsyncServicesResource

        return AsyncServicesResource(self)

    @cached_property
    def deployment_configs(self) -> AsyncDeploymentConfigsResource:
        from .resources.deployment_configs import AsyncDeploymentConfigsResource

        return AsyncDeploymentConfigsResource(self)

    @cached_property
    def availability_zones(self) -> AsyncAvailabilityZonesResource:
        from .resources.availability_zones import AsyncAvailabilityZonesResource

        return AsyncAvailabilityZonesResource(self)

    @cached_property
    def regions(self) -> AsyncRegionsResource:
        from .resources.regions import AsyncRegionsResource

        return AsyncRegionsResource(self)

    @cached_property
    def cloud_providers(self) -> AsyncCloudProvidersResource:
        from .resources.cloud_providers import AsyncCloudProvidersResource

        return AsyncCloudProvidersResource(self)

    @cached_property
    def demos(self) -> AsyncDemosResource:
        from .resources.demos import AsyncDemosResource

        return AsyncDemosResource(self)

    @cached_property
    def contact_us(self) -> AsyncContactUsResource:
        from .resources.contact_us import AsyncContactUsResource

        return AsyncContactUsResource(self)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def plans(self) -> AsyncPlansResource:
        from .resources.plans import AsyncPlansResource

        return AsyncPlansResource(self)

    @cached_property
    def usage(self) -> AsyncUsageResource:
        from .resources.usage import AsyncUsageResource

        return AsyncUsageResource(self)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        from .resources.invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def consumption_users(self) -> AsyncConsumptionUsersResource:
        from .resources.consumption_users import AsyncConsumptionUsersResource

        return AsyncConsumptionUsersResource(self)

    @cached_property
    def services_orchestrations(self) -> AsyncServicesOrchestrationsResource:
        from .resources.services_orchestrations import AsyncServicesOrchestrationsResource

        return AsyncServicesOrchestrationsResource(self)

    @cached_property
    def resource_instances(self) -> AsyncResourceInstancesResource:
        from .resources.resource_instances import AsyncResourceInstancesResource

        return AsyncResourceInstancesResource(self)

    @cached_property
    def consumption_usage(self) -> AsyncConsumptionUsageResource:
        from .resources.consumption_usage import AsyncConsumptionUsageResource

        return AsyncConsumptionUsageResource(self)

    @cached_property
    def consumption_invoices(self) -> AsyncConsumptionInvoicesResource:
        from .resources.consumption_invoices import AsyncConsumptionInvoicesResource

        return AsyncConsumptionInvoicesResource(self)

    @cached_property
    def consumption_billing(self) -> AsyncConsumptionBillingResource:
        from .resources.consumption_billing import AsyncConsumptionBillingResource

        return AsyncConsumptionBillingResource(self)

    @cached_property
    def account_configs(self) -> AsyncAccountConfigsResource:
        from .resources.account_configs import AsyncAccountConfigsResource

        return AsyncAccountConfigsResource(self)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsResource:
        from .resources.custom_domains import AsyncCustomDomainsResource

        return AsyncCustomDomainsResource(self)

    @cached_property
    def limits(self) -> AsyncLimitsResource:
        from .resources.limits import AsyncLimitsResource

        return AsyncLimitsResource(self)

    @cached_property
    def image_registries(self) -> AsyncImageRegistriesResource:
        from .resources.image_registries import AsyncImageRegistriesResource

        return AsyncImageRegistriesResource(self)

    @cached_property
    def service_offerings(self) -> AsyncServiceOfferingsResource:
        from .resources.service_offerings import AsyncServiceOfferingsResource

        return AsyncServiceOfferingsResource(self)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsResource:
        from .resources.audit_events import AsyncAuditEventsResource

        return AsyncAuditEventsResource(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        from .resources.subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self)

    @cached_property
    def subscription_requests(self) -> AsyncSubscriptionRequestsResource:
        from .resources.subscription_requests import AsyncSubscriptionRequestsResource

        return AsyncSubscriptionRequestsResource(self)

    @cached_property
    def identity_providers(self) -> AsyncIdentityProvidersResource:
        from .resources.identity_providers import AsyncIdentityProvidersResource

        return AsyncIdentityProvidersResource(self)

    @cached_property
    def saas_portals(self) -> AsyncSaasPortalsResource:
        from .resources.saas_portals import AsyncSaasPortalsResource

        return AsyncSaasPortalsResource(self)

    @cached_property
    def helm_packages(self) -> AsyncHelmPackagesResource:
        from .resources.helm_packages import AsyncHelmPackagesResource

        return AsyncHelmPackagesResource(self)

    @cached_property
    def compose_gens(self) -> AsyncComposeGensResource:
        from .resources.compose_gens import AsyncComposeGensResource

        return AsyncComposeGensResource(self)

    @cached_property
    def custom_networks(self) -> AsyncCustomNetworksResource:
        from .resources.custom_networks import AsyncCustomNetworksResource

        return AsyncCustomNetworksResource(self)

    @cached_property
    def stripe_connects(self) -> AsyncStripeConnectsResource:
        from .resources.stripe_connects import AsyncStripeConnectsResource

        return AsyncStripeConnectsResource(self)

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
    def system(self) -> AsyncSystemResourceWithRawResponse:
        from .resources.system import AsyncSystemResourceWithRawResponse

        return AsyncSystemResourceWithRawResponse(self._client.system)

    @cached_property
    def services(self) -> AsyncServicesResourceWithRawResponse:
        from .resources.services import AsyncServicesResourceWithRawResponse

        return AsyncServicesResourceWithRawResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> AsyncDeploymentConfigsResourceWithRawResponse:
        from .resources.deployment_configs import AsyncDeploymentConfigsResourceWithRawResponse

        return AsyncDeploymentConfigsResourceWithRawResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AsyncAvailabilityZonesResourceWithRawResponse:
        from .resources.availability_zones import AsyncAvailabilityZonesResourceWithRawResponse

        return AsyncAvailabilityZonesResourceWithRawResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> AsyncRegionsResourceWithRawResponse:
        from .resources.regions import AsyncRegionsResourceWithRawResponse

        return AsyncRegionsResourceWithRawResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> AsyncCloudProvidersResourceWithRawResponse:
        from .resources.cloud_providers import AsyncCloudProvidersResourceWithRawResponse

        return AsyncCloudProvidersResourceWithRawResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> AsyncDemosResourceWithRawResponse:
        from .resources.demos import AsyncDemosResourceWithRawResponse

        return AsyncDemosResourceWithRawResponse(self._client.demos)

    @cached_property
    def contact_us(self) -> AsyncContactUsResourceWithRawResponse:
        from .resources.contact_us import AsyncContactUsResourceWithRawResponse

        return AsyncContactUsResourceWithRawResponse(self._client.contact_us)

    @cached_property
    def auth(self) -> AsyncAuthResourceWithRawResponse:
        from .resources.auth import AsyncAuthResourceWithRawResponse

        return AsyncAuthResourceWithRawResponse(self._client.auth)

    @cached_property
    def plans(self) -> AsyncPlansResourceWithRawResponse:
        from .resources.plans import AsyncPlansResourceWithRawResponse

        return AsyncPlansResourceWithRawResponse(self._client.plans)

    @cached_property
    def usage(self) -> AsyncUsageResourceWithRawResponse:
        from .resources.usage import AsyncUsageResourceWithRawResponse

        return AsyncUsageResourceWithRawResponse(self._client.usage)

    @cached_property
    def invoices(self) -> AsyncInvoicesResourceWithRawResponse:
        from .resources.invoices import AsyncInvoicesResourceWithRawResponse

        return AsyncInvoicesResourceWithRawResponse(self._client.invoices)

    @cached_property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        from .resources.users import AsyncUsersResourceWithRawResponse

        return AsyncUsersResourceWithRawResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> AsyncConsumptionUsersResourceWithRawResponse:
        from .resources.consumption_users import AsyncConsumptionUsersResourceWithRawResponse

        return AsyncConsumptionUsersResourceWithRawResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> AsyncServicesOrchestrationsResourceWithRawResponse:
        from .resources.services_orchestrations import AsyncServicesOrchestrationsResourceWithRawResponse

        return AsyncServicesOrchestrationsResourceWithRawResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> AsyncResourceInstancesResourceWithRawResponse:
        from .resources.resource_instances import AsyncResourceInstancesResourceWithRawResponse

        return AsyncResourceInstancesResourceWithRawResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> AsyncConsumptionUsageResourceWithRawResponse:
        from .resources.consumption_usage import AsyncConsumptionUsageResourceWithRawResponse

        return AsyncConsumptionUsageResourceWithRawResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> AsyncConsumptionInvoicesResourceWithRawResponse:
        from .resources.consumption_invoices import AsyncConsumptionInvoicesResourceWithRawResponse

        return AsyncConsumptionInvoicesResourceWithRawResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> AsyncConsumptionBillingResourceWithRawResponse:
        from .resources.consumption_billing import AsyncConsumptionBillingResourceWithRawResponse

        return AsyncConsumptionBillingResourceWithRawResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AsyncAccountConfigsResourceWithRawResponse:
        from .resources.account_configs import AsyncAccountConfigsResourceWithRawResponse

        return AsyncAccountConfigsResourceWithRawResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsResourceWithRawResponse:
        from .resources.custom_domains import AsyncCustomDomainsResourceWithRawResponse

        return AsyncCustomDomainsResourceWithRawResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> AsyncLimitsResourceWithRawResponse:
        from .resources.limits import AsyncLimitsResourceWithRawResponse

        return AsyncLimitsResourceWithRawResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> AsyncImageRegistriesResourceWithRawResponse:
        from .resources.image_registries import AsyncImageRegistriesResourceWithRawResponse

        return AsyncImageRegistriesResourceWithRawResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> AsyncServiceOfferingsResourceWithRawResponse:
        from .resources.service_offerings import AsyncServiceOfferingsResourceWithRawResponse

        return AsyncServiceOfferingsResourceWithRawResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsResourceWithRawResponse:
        from .resources.audit_events import AsyncAuditEventsResourceWithRawResponse

        return AsyncAuditEventsResourceWithRawResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithRawResponse:
        from .resources.subscriptions import AsyncSubscriptionsResourceWithRawResponse

        return AsyncSubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> AsyncSubscriptionRequestsResourceWithRawResponse:
        from .resources.subscription_requests import AsyncSubscriptionRequestsResourceWithRawResponse

        return AsyncSubscriptionRequestsResourceWithRawResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> AsyncIdentityProvidersResourceWithRawResponse:
        from .resources.identity_providers import AsyncIdentityProvidersResourceWithRawResponse

        return AsyncIdentityProvidersResourceWithRawResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> AsyncSaasPortalsResourceWithRawResponse:
        from .resources.saas_portals import AsyncSaasPortalsResourceWithRawResponse

        return AsyncSaasPortalsResourceWithRawResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> AsyncHelmPackagesResourceWithRawResponse:
        from .resources.helm_packages import AsyncHelmPackagesResourceWithRawResponse

        return AsyncHelmPackagesResourceWithRawResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> AsyncComposeGensResourceWithRawResponse:
        from .resources.compose_gens import AsyncComposeGensResourceWithRawResponse

        return AsyncComposeGensResourceWithRawResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> AsyncCustomNetworksResourceWithRawResponse:
        from .resources.custom_networks import AsyncCustomNetworksResourceWithRawResponse

        return AsyncCustomNetworksResourceWithRawResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> AsyncStripeConnectsResourceWithRawResponse:
        from .resources.stripe_connects import AsyncStripeConnectsResourceWithRawResponse

        return AsyncStripeConnectsResourceWithRawResponse(self._client.stripe_connects)


class AsyncOmnistrateWithStreamingResponse:
    def __init__(self, client: AsyncOmnistrate) -> None:
        self._client = client

    @cached_property
    def system(self) -> AsyncSystemResourceWithStreamingResponse:
        from .resources.system import AsyncSystemResourceWithStreamingResponse

        return AsyncSystemResourceWithStreamingResponse(self._client.system)

    @cached_property
    def services(self) -> AsyncServicesResourceWithStreamingResponse:
        from .resources.services import AsyncServicesResourceWithStreamingResponse

        return AsyncServicesResourceWithStreamingResponse(self._client.services)

    @cached_property
    def deployment_configs(self) -> AsyncDeploymentConfigsResourceWithStreamingResponse:
        from .resources.deployment_configs import AsyncDeploymentConfigsResourceWithStreamingResponse

        return AsyncDeploymentConfigsResourceWithStreamingResponse(self._client.deployment_configs)

    @cached_property
    def availability_zones(self) -> AsyncAvailabilityZonesResourceWithStreamingResponse:
        from .resources.availability_zones import AsyncAvailabilityZonesResourceWithStreamingResponse

        return AsyncAvailabilityZonesResourceWithStreamingResponse(self._client.availability_zones)

    @cached_property
    def regions(self) -> AsyncRegionsResourceWithStreamingResponse:
        from .resources.regions import AsyncRegionsResourceWithStreamingResponse

        return AsyncRegionsResourceWithStreamingResponse(self._client.regions)

    @cached_property
    def cloud_providers(self) -> AsyncCloudProvidersResourceWithStreamingResponse:
        from .resources.cloud_providers import AsyncCloudProvidersResourceWithStreamingResponse

        return AsyncCloudProvidersResourceWithStreamingResponse(self._client.cloud_providers)

    @cached_property
    def demos(self) -> AsyncDemosResourceWithStreamingResponse:
        from .resources.demos import AsyncDemosResourceWithStreamingResponse

        return AsyncDemosResourceWithStreamingResponse(self._client.demos)

    @cached_property
    def contact_us(self) -> AsyncContactUsResourceWithStreamingResponse:
        from .resources.contact_us import AsyncContactUsResourceWithStreamingResponse

        return AsyncContactUsResourceWithStreamingResponse(self._client.contact_us)

    @cached_property
    def auth(self) -> AsyncAuthResourceWithStreamingResponse:
        from .resources.auth import AsyncAuthResourceWithStreamingResponse

        return AsyncAuthResourceWithStreamingResponse(self._client.auth)

    @cached_property
    def plans(self) -> AsyncPlansResourceWithStreamingResponse:
        from .resources.plans import AsyncPlansResourceWithStreamingResponse

        return AsyncPlansResourceWithStreamingResponse(self._client.plans)

    @cached_property
    def usage(self) -> AsyncUsageResourceWithStreamingResponse:
        from .resources.usage import AsyncUsageResourceWithStreamingResponse

        return AsyncUsageResourceWithStreamingResponse(self._client.usage)

    @cached_property
    def invoices(self) -> AsyncInvoicesResourceWithStreamingResponse:
        from .resources.invoices import AsyncInvoicesResourceWithStreamingResponse

        return AsyncInvoicesResourceWithStreamingResponse(self._client.invoices)

    @cached_property
    def users(self) -> AsyncUsersResourceWithStreamingResponse:
        from .resources.users import AsyncUsersResourceWithStreamingResponse

        return AsyncUsersResourceWithStreamingResponse(self._client.users)

    @cached_property
    def consumption_users(self) -> AsyncConsumptionUsersResourceWithStreamingResponse:
        from .resources.consumption_users import AsyncConsumptionUsersResourceWithStreamingResponse

        return AsyncConsumptionUsersResourceWithStreamingResponse(self._client.consumption_users)

    @cached_property
    def services_orchestrations(self) -> AsyncServicesOrchestrationsResourceWithStreamingResponse:
        from .resources.services_orchestrations import AsyncServicesOrchestrationsResourceWithStreamingResponse

        return AsyncServicesOrchestrationsResourceWithStreamingResponse(self._client.services_orchestrations)

    @cached_property
    def resource_instances(self) -> AsyncResourceInstancesResourceWithStreamingResponse:
        from .resources.resource_instances import AsyncResourceInstancesResourceWithStreamingResponse

        return AsyncResourceInstancesResourceWithStreamingResponse(self._client.resource_instances)

    @cached_property
    def consumption_usage(self) -> AsyncConsumptionUsageResourceWithStreamingResponse:
        from .resources.consumption_usage import AsyncConsumptionUsageResourceWithStreamingResponse

        return AsyncConsumptionUsageResourceWithStreamingResponse(self._client.consumption_usage)

    @cached_property
    def consumption_invoices(self) -> AsyncConsumptionInvoicesResourceWithStreamingResponse:
        from .resources.consumption_invoices import AsyncConsumptionInvoicesResourceWithStreamingResponse

        return AsyncConsumptionInvoicesResourceWithStreamingResponse(self._client.consumption_invoices)

    @cached_property
    def consumption_billing(self) -> AsyncConsumptionBillingResourceWithStreamingResponse:
        from .resources.consumption_billing import AsyncConsumptionBillingResourceWithStreamingResponse

        return AsyncConsumptionBillingResourceWithStreamingResponse(self._client.consumption_billing)

    @cached_property
    def account_configs(self) -> AsyncAccountConfigsResourceWithStreamingResponse:
        from .resources.account_configs import AsyncAccountConfigsResourceWithStreamingResponse

        return AsyncAccountConfigsResourceWithStreamingResponse(self._client.account_configs)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsResourceWithStreamingResponse:
        from .resources.custom_domains import AsyncCustomDomainsResourceWithStreamingResponse

        return AsyncCustomDomainsResourceWithStreamingResponse(self._client.custom_domains)

    @cached_property
    def limits(self) -> AsyncLimitsResourceWithStreamingResponse:
        from .resources.limits import AsyncLimitsResourceWithStreamingResponse

        return AsyncLimitsResourceWithStreamingResponse(self._client.limits)

    @cached_property
    def image_registries(self) -> AsyncImageRegistriesResourceWithStreamingResponse:
        from .resources.image_registries import AsyncImageRegistriesResourceWithStreamingResponse

        return AsyncImageRegistriesResourceWithStreamingResponse(self._client.image_registries)

    @cached_property
    def service_offerings(self) -> AsyncServiceOfferingsResourceWithStreamingResponse:
        from .resources.service_offerings import AsyncServiceOfferingsResourceWithStreamingResponse

        return AsyncServiceOfferingsResourceWithStreamingResponse(self._client.service_offerings)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsResourceWithStreamingResponse:
        from .resources.audit_events import AsyncAuditEventsResourceWithStreamingResponse

        return AsyncAuditEventsResourceWithStreamingResponse(self._client.audit_events)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithStreamingResponse:
        from .resources.subscriptions import AsyncSubscriptionsResourceWithStreamingResponse

        return AsyncSubscriptionsResourceWithStreamingResponse(self._client.subscriptions)

    @cached_property
    def subscription_requests(self) -> AsyncSubscriptionRequestsResourceWithStreamingResponse:
        from .resources.subscription_requests import AsyncSubscriptionRequestsResourceWithStreamingResponse

        return AsyncSubscriptionRequestsResourceWithStreamingResponse(self._client.subscription_requests)

    @cached_property
    def identity_providers(self) -> AsyncIdentityProvidersResourceWithStreamingResponse:
        from .resources.identity_providers import AsyncIdentityProvidersResourceWithStreamingResponse

        return AsyncIdentityProvidersResourceWithStreamingResponse(self._client.identity_providers)

    @cached_property
    def saas_portals(self) -> AsyncSaasPortalsResourceWithStreamingResponse:
        from .resources.saas_portals import AsyncSaasPortalsResourceWithStreamingResponse

        return AsyncSaasPortalsResourceWithStreamingResponse(self._client.saas_portals)

    @cached_property
    def helm_packages(self) -> AsyncHelmPackagesResourceWithStreamingResponse:
        from .resources.helm_packages import AsyncHelmPackagesResourceWithStreamingResponse

        return AsyncHelmPackagesResourceWithStreamingResponse(self._client.helm_packages)

    @cached_property
    def compose_gens(self) -> AsyncComposeGensResourceWithStreamingResponse:
        from .resources.compose_gens import AsyncComposeGensResourceWithStreamingResponse

        return AsyncComposeGensResourceWithStreamingResponse(self._client.compose_gens)

    @cached_property
    def custom_networks(self) -> AsyncCustomNetworksResourceWithStreamingResponse:
        from .resources.custom_networks import AsyncCustomNetworksResourceWithStreamingResponse

        return AsyncCustomNetworksResourceWithStreamingResponse(self._client.custom_networks)

    @cached_property
    def stripe_connects(self) -> AsyncStripeConnectsResourceWithStreamingResponse:
        from .resources.stripe_connects import AsyncStripeConnectsResourceWithStreamingResponse

        return AsyncStripeConnectsResourceWithStreamingResponse(self._client.stripe_connects)
