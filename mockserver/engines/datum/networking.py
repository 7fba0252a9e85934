"""The networking side of Datum's platform in a project control plane, deterministic like the rest:

- Networks and Locations are accepted (a `Ready` condition);
- every (Network, Location) pair a scheduled WorkloadDeployment uses gets a NetworkContext
  `{network}-{location}` (owned by the Network), a SubnetClaim and a Subnet `{context}-ipv4` carved
  from the Network's `ipam.ipv4Range` (default 10.128.0.0/9) as the next free /24, and the deployment
  a NetworkBinding per interface `{deployment}-{n}` naming the context;
- Instances then take their network IPs from their context's Subnet (`platform.py`).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from ..kubernetes.kinds import Kind
from ..kubernetes.world import World
from .controllers import conditions, ensure, owned_by, owner, set_status, with_spec

__all__ = ["BINDINGS", "CONTEXTS", "LOCATIONS", "NETWORKS", "SUBNETS", "accept", "subnet_of", "wire"]

_NETWORKING = ("networking.datumapis.com", "v1alpha")
NETWORKS = Kind(*_NETWORKING, "Network", "networks", namespaced=True)
LOCATIONS = Kind(*_NETWORKING, "Location", "locations", namespaced=True)
CONTEXTS = Kind(*_NETWORKING, "NetworkContext", "networkcontexts", namespaced=True)
BINDINGS = Kind(*_NETWORKING, "NetworkBinding", "networkbindings", namespaced=True)
CLAIMS = Kind(*_NETWORKING, "SubnetClaim", "subnetclaims", namespaced=True)
SUBNETS = Kind(*_NETWORKING, "Subnet", "subnets", namespaced=True)
DEPLOYMENTS = Kind(
    "compute.datumapis.com", "v1alpha", "WorkloadDeployment", "workloaddeployments", namespaced=True
)
DEFAULT_RANGE = "10.128.0.0/9"
_SUBNET_PREFIX = 24
_READY = ("Ready",)


def _ready(obj: dict[str, Any], message: str) -> dict[str, Any]:
    status = dict(obj.get("status") or {})
    status["conditions"] = conditions(obj, True, "Ready", message, _READY)
    return status


def accept(world: World) -> None:
    """Networks and Locations are valid as soon as they are stored."""
    for kind, message in ((NETWORKS, "The network is ready."), (LOCATIONS, "The location is ready.")):
        for obj in world.list(kind):
            if not any(c.get("type") == "Ready" for c in (obj.get("status") or {}).get("conditions") or []):
                set_status(world, kind, obj, _ready(obj, message))


def _range(network: dict[str, Any] | None) -> ipaddress.IPv4Network:
    text = ((network or {}).get("spec") or {}).get("ipam", {}).get("ipv4Range") or DEFAULT_RANGE
    try:
        parsed = ipaddress.ip_network(text, strict=False)
    except ValueError:
        parsed = ipaddress.ip_network(DEFAULT_RANGE)
    return parsed if isinstance(parsed, ipaddress.IPv4Network) else ipaddress.IPv4Network(DEFAULT_RANGE)


def _next_subnet(world: World, namespace: str, network: dict[str, Any]) -> ipaddress.IPv4Network:
    """The first /24 (or the whole range, when smaller) of the Network's range no Subnet holds."""
    whole = _range(network)
    mine = {
        context["metadata"]["name"]
        for context in with_spec(world.list(CONTEXTS, namespace))
        if context["spec"]["network"]["name"] == network["metadata"]["name"]
    }
    taken = {
        s["spec"]["startAddress"]
        for s in with_spec(world.list(SUBNETS, namespace))
        if s["spec"]["networkContext"]["name"] in mine
    }
    prefix = max(whole.prefixlen, _SUBNET_PREFIX)
    return next((c for c in whole.subnets(new_prefix=prefix) if str(c.network_address) not in taken), whole)


def subnet_of(world: World, namespace: str, network: str, location: str) -> ipaddress.IPv4Network | None:
    """The Subnet of a (Network, Location) pair, once the platform made it."""
    subnet = world.get(SUBNETS, namespace, f"{network}-{location}-ipv4")
    if subnet is None:
        return None
    try:  # a Subnet of that name a user wrote may hold no IPv4 network: the platform cannot use it
        return ipaddress.IPv4Network(f"{subnet['spec']['startAddress']}/{subnet['spec']['prefixLength']}")
    except (KeyError, ValueError):
        return None


def _context(world: World, namespace: str, network: dict[str, Any], location: dict[str, str]) -> str:
    """Make the context of `network` at `location`, with its claim and subnet; its name."""
    name = f"{network['metadata']['name']}-{location['name']}"
    where = {"name": location["name"], "namespace": location["namespace"]}
    context = ensure(
        world,
        CONTEXTS,
        {
            "metadata": {"name": name, "namespace": namespace, "ownerReferences": [owner(NETWORKS, network)]},
            "spec": {"network": {"name": network["metadata"]["name"]}, "location": where},
        },
    )
    set_status(world, CONTEXTS, context, _ready(context, "The network context is ready."))
    claim_name = f"{name}-ipv4"
    claim = world.get(CLAIMS, namespace, claim_name)
    if claim is None:
        subnet = _next_subnet(world, namespace, network)
        spec = {
            "ipFamily": "IPv4",
            "location": where,
            "networkContext": {"name": name},
            "subnetClass": "private",
            "prefixLength": subnet.prefixlen,
            "startAddress": str(subnet.network_address),
        }
        meta = {"name": claim_name, "namespace": namespace, "ownerReferences": [owner(CONTEXTS, context)]}
        claim = world.create(CLAIMS, {"metadata": meta, "spec": spec})
        meta = {"name": claim_name, "namespace": namespace, "ownerReferences": [owner(CLAIMS, claim)]}
        made = world.create(SUBNETS, {"metadata": meta, "spec": spec})
        set_status(
            world,
            SUBNETS,
            made,
            {
                **_ready(made, "The subnet is allocated."),
                "prefixLength": subnet.prefixlen,
                "startAddress": str(subnet.network_address),
            },
        )
        status = _ready(claim, "The subnet is allocated.")
        status.update(
            subnetRef={"name": claim_name},
            prefixLength=subnet.prefixlen,
            startAddress=str(subnet.network_address),
        )
        set_status(world, CLAIMS, claim, status)
    return name


def wire(world: World) -> None:
    """Contexts, subnets and bindings for every interface of every scheduled WorkloadDeployment."""
    for deployment in with_spec(world.list(DEPLOYMENTS)):
        location = (deployment.get("status") or {}).get("location")
        if not location:
            continue
        namespace = deployment["metadata"]["namespace"]
        interfaces = deployment["spec"]["template"]["spec"].get("networkInterfaces") or []
        wanted = set()
        for index, interface in enumerate(interfaces):
            network = world.get(NETWORKS, namespace, (interface.get("network") or {}).get("name", "default"))
            if network is None:
                continue  # no such Network yet: wired once it is created
            context = _context(world, namespace, network, location)
            name = f"{deployment['metadata']['name']}-{index}"
            wanted.add(name)
            binding = ensure(
                world,
                BINDINGS,
                {
                    "metadata": {
                        "name": name,
                        "namespace": namespace,
                        "ownerReferences": [owner(DEPLOYMENTS, deployment)],
                    },
                    "spec": {
                        "network": {"name": network["metadata"]["name"], "namespace": namespace},
                        "location": {"name": location["name"], "namespace": location["namespace"]},
                    },
                },
            )
            status = _ready(binding, "The binding is ready.")
            status["networkContextRef"] = {"name": context, "namespace": namespace}
            set_status(world, BINDINGS, binding, status)
        for binding in world.list(BINDINGS, namespace):
            if owned_by(binding, deployment) and binding["metadata"]["name"] not in wanted:
                world.delete(BINDINGS, namespace, binding["metadata"]["name"])
