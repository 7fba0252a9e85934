"""Datum's Gateway controller in a project control plane (`datum-external-global-proxy`), at once and
deterministically: the GatewayClass is Accepted; a Gateway of a class it controls is Accepted and
Programmed with a hostname address (`{name}-{namespace}.gateways.datum.test`) and per listener the
HTTPRoutes attached to it; an HTTPRoute's status names each parent, Accepted when that Gateway exists."""

from __future__ import annotations

from typing import Any

from ..kubernetes.kinds import Kind
from ..kubernetes.world import World
from .controllers import conditions, set_status

__all__ = ["CONTROLLER_NAME", "GATEWAY_CLASSES", "gateways"]

_GROUP = "gateway.networking.k8s.io"
GATEWAY_CLASSES = Kind(_GROUP, "v1", "GatewayClass", "gatewayclasses", namespaced=False)
GATEWAYS = Kind(_GROUP, "v1", "Gateway", "gateways", namespaced=True)
ROUTES = Kind(_GROUP, "v1", "HTTPRoute", "httproutes", namespaced=True)
CONTROLLER_NAME = "gateway.networking.datumapis.com/external-global-proxy-controller"
_ACCEPTED = ("Accepted",)
_PROGRAMMED = ("Accepted", "Programmed")


def _parents(route: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in (route.get("spec") or {}).get("parentRefs") or [] if isinstance(p, dict)]


def _targets(parent: dict[str, Any], gateway: dict[str, Any], listener: str | None = None) -> bool:
    """Does a route's parentRef name this gateway (and this listener, when it names a section)?"""
    namespace = parent.get("namespace") or gateway["metadata"]["namespace"]
    named = (
        parent.get("name") == gateway["metadata"]["name"] and namespace == gateway["metadata"]["namespace"]
    )
    return named and (listener is None or parent.get("sectionName") in (None, listener))


def gateways(world: World) -> None:
    ours = set()
    for gateway_class in world.list(GATEWAY_CLASSES):
        if (gateway_class.get("spec") or {}).get("controllerName") != CONTROLLER_NAME:
            continue
        ours.add(gateway_class["metadata"]["name"])
        status = {"conditions": conditions(gateway_class, True, "Accepted", "Handled by Datum.", _ACCEPTED)}
        set_status(world, GATEWAY_CLASSES, gateway_class, status)
    routes = world.list(ROUTES)
    for gateway in world.list(GATEWAYS):
        if (gateway.get("spec") or {}).get("gatewayClassName") not in ours:
            continue
        metadata = gateway["metadata"]
        listeners = []
        for listener in gateway["spec"].get("listeners") or []:
            attached = sum(
                1
                for route in routes
                for parent in _parents(route)
                if _targets(parent, gateway, listener.get("name"))
            )
            listeners.append(
                {
                    "name": listener.get("name", ""),
                    "attachedRoutes": attached,
                    "supportedKinds": [{"group": _GROUP, "kind": "HTTPRoute"}],
                    "conditions": conditions(
                        gateway, True, "Programmed", "The listener is programmed.", _PROGRAMMED
                    ),
                }
            )
        status = {
            "addresses": [
                {
                    "type": "Hostname",
                    "value": f"{metadata['name']}-{metadata['namespace']}.gateways.datum.test",
                }
            ],
            "conditions": conditions(gateway, True, "Programmed", "The gateway is programmed.", _PROGRAMMED),
            "listeners": listeners,
        }
        set_status(world, GATEWAYS, gateway, status)
    for route in routes:
        namespace = route["metadata"]["namespace"]
        parents = []
        for parent in _parents(route):
            target = world.get(GATEWAYS, str(parent.get("namespace") or namespace), str(parent.get("name")))
            found = target is not None and (target.get("spec") or {}).get("gatewayClassName") in ours
            reason, message = (
                ("Accepted", "The route is attached.") if found else ("NoMatchingParent", "No such Gateway.")
            )
            parents.append(
                {
                    "parentRef": parent,
                    "controllerName": CONTROLLER_NAME,
                    "conditions": conditions(route, found, reason, message, _ACCEPTED),
                }
            )
        set_status(world, ROUTES, route, {"parents": parents})
