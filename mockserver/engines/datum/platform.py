"""What Datum's platform does in a project control plane, deterministically and at once:

- a Workload gets one WorkloadDeployment per placement and city code (`{workload}-{placement}-{city}`;
  none where that is no valid object name, one where two placements name the same), scheduled to
  the Location whose `topology.datum.net/city-code` is that city (Ready and Available False with
  reason `NoLocation` when none is);
- a scheduled WorkloadDeployment is wired to its networks (`networking.py`: NetworkContext, SubnetClaim,
  Subnet, NetworkBinding) and gets `scaleSettings.minReplicas` Instances (`{deployment}-{n}`) whose
  status carries a network IP from its Subnet and an external IP (from 192.0.2.0/24, a documentation
  range), the lowest free ones (at most `MAX_INSTANCES` per deployment);
- deployments and workloads count their instances in their status and turn `Available`;
- everything made points at its maker through `ownerReferences`, so scaling down and deleting cascade
  through the world's garbage collector.

Secrets are admitted as the API server admits them: `stringData` folded into `data` (base64), every
`data` value valid base64.
"""

from __future__ import annotations

import base64
import binascii
import copy
import ipaddress
from collections.abc import Callable
from typing import Any

from ..kubernetes import KubeError
from ..kubernetes.kinds import Kind
from ..kubernetes.world import Controller, World
from .controllers import conditions, ensure, owned_by, owner, set_status, valid_name, with_spec
from .gateways import gateways
from .networking import DEFAULT_RANGE, LOCATIONS, accept, subnet_of, wire

__all__ = ["ADMISSIONS", "CONTROLLERS", "MAX_INSTANCES"]

_COMPUTE = ("compute.datumapis.com", "v1alpha")
WORKLOADS = Kind(*_COMPUTE, "Workload", "workloads", namespaced=True)
DEPLOYMENTS = Kind(*_COMPUTE, "WorkloadDeployment", "workloaddeployments", namespaced=True)
INSTANCES = Kind(*_COMPUTE, "Instance", "instances", namespaced=True)
CITY_CODE = "topology.datum.net/city-code"
_EXTERNAL_RANGE = ipaddress.ip_network("192.0.2.0/24")
# The most Instances the mock makes for one deployment, whatever its `minReplicas` (an int32): a
# quota, so that a fuzzed million replicas cannot take the mock down; the status still counts what
# was asked for (`desiredReplicas`), so such a deployment stays InstancesPending.
MAX_INSTANCES = 100


def _city(location: dict[str, Any]) -> Any:
    return ((location.get("spec") or {}).get("topology") or {}).get(CITY_CODE)


def _deployments(world: World) -> None:
    """One WorkloadDeployment per placement and city code of every Workload."""
    for workload in world.list(WORKLOADS):
        namespace = workload["metadata"]["namespace"]
        locations = with_spec(world.list(LOCATIONS, namespace))
        wanted = set()
        for placement in workload["spec"].get("placements") or []:
            for city in placement.get("cityCodes") or []:
                name = f"{workload['metadata']['name']}-{placement['name']}-{city}".lower()
                if not valid_name(name) or name in wanted:
                    continue  # the real controller's create fails; a second placement's is the first's
                wanted.add(name)
                spec = {
                    "workloadRef": {"name": workload["metadata"]["name"], "uid": workload["metadata"]["uid"]},
                    "placementName": placement["name"],
                    "cityCode": city,
                    "template": workload["spec"]["template"],
                    "scaleSettings": placement["scaleSettings"],
                }
                meta = {
                    "name": name,
                    "namespace": namespace,
                    "ownerReferences": [owner(WORKLOADS, workload)],
                }
                current = world.get(DEPLOYMENTS, namespace, name)
                status = dict(current.get("status") or {}) if current else {}
                location = next(
                    (loc for loc in locations if (loc["spec"].get("topology") or {}).get(CITY_CODE) == city),
                    None,
                )
                if location is not None:
                    status["location"] = {"namespace": namespace, "name": location["metadata"]["name"]}
                else:
                    status.pop("location", None)
                ensure(world, DEPLOYMENTS, {"metadata": meta, "spec": spec, "status": status})
        for deployment in world.list(DEPLOYMENTS, namespace):
            if owned_by(deployment, workload) and deployment["metadata"]["name"] not in wanted:
                world.delete(DEPLOYMENTS, namespace, deployment["metadata"]["name"])


def _allocate(used: set[str], network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> str:
    for index, address in enumerate(network.hosts()):
        if index > 65536:
            break
        if str(address) not in used:
            used.add(str(address))
            return str(address)
    raise KubeError(422, "Invalid", f"the network range {network} has no free address")


def _instances(world: World) -> None:
    """`minReplicas` Instances of every scheduled WorkloadDeployment, with their addresses."""
    instances = world.list(INSTANCES)
    used = {
        address
        for instance in instances
        for interface in (instance.get("status") or {}).get("networkInterfaces") or []
        for address in (interface.get("assignments") or {}).values()
    }
    for deployment in with_spec(world.list(DEPLOYMENTS)):
        namespace, name = deployment["metadata"]["namespace"], deployment["metadata"]["name"]
        scheduled = "location" in (deployment.get("status") or {})
        count = int(deployment["spec"]["scaleSettings"].get("minReplicas", 0)) if scheduled else 0
        count = min(count, MAX_INSTANCES)
        wanted = {f"{name}-{index}" for index in range(count)}
        template = deployment["spec"]["template"]
        for instance_name in sorted(wanted):
            current = world.get(INSTANCES, namespace, instance_name)
            if current is not None:
                continue
            interfaces = template["spec"].get("networkInterfaces") or []
            assignments = []
            for interface in interfaces:
                network = (interface.get("network") or {}).get("name", "default")
                location = deployment["status"]["location"]["name"]
                subnet = subnet_of(world, namespace, network, location)
                assignments.append(
                    {
                        "assignments": {
                            "networkIP": _allocate(used, subnet or ipaddress.IPv4Network(DEFAULT_RANGE)),
                            "externalIP": _allocate(used, _EXTERNAL_RANGE),
                        }
                    }
                )
            meta = {
                "name": instance_name,
                "namespace": namespace,
                "labels": dict((template.get("metadata") or {}).get("labels") or {}),
                "ownerReferences": [owner(DEPLOYMENTS, deployment)],
            }
            created = world.create(INSTANCES, {"metadata": meta, "spec": copy.deepcopy(template["spec"])})
            status = {
                "networkInterfaces": assignments,
                "conditions": conditions(created, True, "InstanceIsRunning", "The instance is running."),
            }
            world.update(INSTANCES, {**created, "status": status})
        for instance in world.list(INSTANCES, namespace):
            if owned_by(instance, deployment) and instance["metadata"]["name"] not in wanted:
                world.delete(INSTANCES, namespace, instance["metadata"]["name"])


def _counts(world: World) -> None:
    """Deployments and workloads count their instances and say whether they are Available."""
    instances = world.list(INSTANCES)
    by_owner: dict[str, int] = {}
    for instance in instances:
        for ref in instance["metadata"].get("ownerReferences") or []:
            by_owner[ref.get("uid", "")] = by_owner.get(ref.get("uid", ""), 0) + 1
    deployments = with_spec(world.list(DEPLOYMENTS))
    for deployment in deployments:
        desired = int(deployment["spec"]["scaleSettings"].get("minReplicas", 0))
        replicas = by_owner.get(deployment["metadata"]["uid"], 0)
        status = dict(deployment.get("status") or {})
        status.update(replicas=replicas, currentReplicas=replicas, desiredReplicas=desired)
        if "location" not in status:
            city = deployment["spec"]["cityCode"]
            message = f"No Location has {CITY_CODE}={city}."
            status["conditions"] = conditions(deployment, False, "NoLocation", message)
        elif replicas >= desired:
            status["conditions"] = conditions(
                deployment, True, "InstancesAvailable", "All instances are available."
            )
        else:
            status["conditions"] = conditions(
                deployment, False, "InstancesPending", "Instances are starting."
            )
        set_status(world, DEPLOYMENTS, deployment, status)
    deployments = with_spec(world.list(DEPLOYMENTS))
    for workload in world.list(WORKLOADS):
        placements = []
        for placement in workload["spec"].get("placements") or []:
            mine = [
                d
                for d in deployments
                if owned_by(d, workload) and d["spec"]["placementName"] == placement["name"]
            ]
            replicas = sum((d.get("status") or {}).get("replicas", 0) for d in mine)
            desired = sum((d.get("status") or {}).get("desiredReplicas", 0) for d in mine)
            placements.append(
                {
                    "name": placement["name"],
                    "replicas": replicas,
                    "currentReplicas": replicas,
                    "desiredReplicas": desired,
                }
            )
        replicas = sum(p["replicas"] for p in placements)
        desired = sum(p["desiredReplicas"] for p in placements)
        unscheduled = [
            d["metadata"]["name"]
            for d in deployments
            if owned_by(d, workload) and "location" not in d["status"]
        ]
        if unscheduled:
            reason, message = "NoLocation", f"Deployments without a Location: {', '.join(unscheduled)}."
        elif replicas >= desired:
            reason, message = "InstancesAvailable", f"{replicas} of {desired} instances are available."
        else:
            reason, message = "InstancesPending", f"{replicas} of {desired} instances are available."
        status = {
            "replicas": replicas,
            "currentReplicas": replicas,
            "desiredReplicas": desired,
            "placements": placements,
            "conditions": conditions(workload, not unscheduled and replicas >= desired, reason, message),
        }
        set_status(world, WORKLOADS, workload, status)


def _secret(secret: dict[str, Any]) -> dict[str, Any]:
    """`stringData` merged into `data` as base64 (and dropped); every `data` value must decode."""
    data = dict(secret.get("data") or {})
    for key, value in data.items():
        try:
            base64.b64decode(str(value), validate=True)
        except (binascii.Error, ValueError):
            raise KubeError.bad_request(
                f'Secret in version "v1" cannot be handled as a Secret: illegal base64 data in data[{key!r}]'
            ) from None
    for key, value in (secret.pop("stringData", None) or {}).items():
        data[key] = base64.b64encode(str(value).encode("utf-8")).decode("ascii")
    if data or "data" in secret:
        secret["data"] = data
    return secret


CONTROLLERS: tuple[Controller, ...] = (accept, _deployments, wire, _instances, _counts, gateways)
ADMISSIONS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {"Secret": _secret}
