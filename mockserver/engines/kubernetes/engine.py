"""The `kubernetes` engine (`x-mock: {engine: kubernetes}`): one document served as one Kubernetes
API server, its objects in one world (namespace `default` present where it serves Namespaces)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...behaviour import Behaviour, Context
from ...compiler import Api
from ...errors import MockError
from ...options import MockOptions
from ...request import Request
from ...security import TokenAuthenticator
from ...store import Store
from .behaviour import KubernetesBehaviour
from .control_planes import ControlPlanes
from .storage import StoredWorlds
from .watch import WatchLimits
from .world import NAMESPACES, World

__all__ = ["WORLD", "bootstrap", "engine_parts"]

WORLD = "world"  # the id of the one world, in the store


def bootstrap(world: World) -> None:
    """What every API server starts with: namespace `default`."""
    if (NAMESPACES.group, NAMESPACES.kind) in world.kinds and world.get(NAMESPACES, "", "default") is None:
        world.create(NAMESPACES, {"metadata": {"name": "default"}, "spec": {}, "status": {"phase": "Active"}})


class _OneWorld:
    def __init__(self, api: Api, state: Store, limits: WatchLimits) -> None:
        self.stored = StoredWorlds(state, api.name)
        self.behaviour = KubernetesBehaviour(api, self.world, limits, refresh=self.follow)
        self._world: World | None = None
        try:
            self.servers: ControlPlanes | None = ControlPlanes(api.document)
        except ValueError:  # no server base path with a variable: requests come at the root
            self.servers = None

    def world(self, ctx: Context | None = None) -> World:
        if self._world is None or self.stored.changed:
            stored = self.stored.ids().get(WORLD, {})
            if self._world is not None and stored and self.stored.follow(WORLD, self._world.history, stored):
                return self._world  # what another process wrote, taken in as events for watches here
            revision = int(stored.get("revision", 0))
            history = self.stored.restored(WORLD, revision)
            self._world = World(history, kinds=self.behaviour.kinds)
            if revision == 0:
                bootstrap(self._world)
        return self._world

    def follow(self) -> None:
        """Take in what other processes sharing the store wrote (watches call it each poll)."""
        self.world()

    def reset(self) -> None:
        self.stored.clear()
        self._world = None

    def unmatched(self, request: Request) -> Request | None:
        """A request under the document's server base path (any value of its variable) is served as
        one at the root: clients pointed at the production URL's shape reach the one world."""
        return self.servers.strip(request) if self.servers is not None else None

    def seed(self, collections: Mapping[str, Any]) -> Callable[[], dict[str, list[str]]]:
        raise MockError(
            400,
            "seeding a kubernetes engine is not supported: create objects through the API",
            "INVALID_BODY",
        )


def engine_parts(api: Api, options: MockOptions, state: Store) -> dict[str, Any]:
    one = _OneWorld(api, state, WatchLimits.up_to(options.datum_max_watch_seconds))
    behaviours: list[Behaviour] = [one.behaviour]
    return {
        "authenticator": TokenAuthenticator(options.tokens),
        "behaviours": behaviours,
        "reset": one.reset,
        "unmatched": one.unmatched,
        "seed": one.seed,
    }
