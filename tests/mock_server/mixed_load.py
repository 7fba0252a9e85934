"""Mixed traffic over all four APIs against mock replicas sharing one store, checking as it goes.

Each client owns its keys (a Data HUB tenant, Datum projects, Omnistrate services, PDS backup
targets), writes on one replica and reads back on the other at once, so a stale read after an
acknowledged write is caught where it happens. It remembers every acknowledged write; `verify` then
reads all of them back on every replica. A request that fails in transit (its replica was killed) is
not acknowledged: what it touched is left out of the final check.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

AUTH = {"Authorization": "Bearer mock-token"}
SERVICES = "/omnistrate/2022-09-01-00/service"
PROJECTS = "/datum/apis/resourcemanager.datumapis.com/v1alpha/projects"
HUB = "/datahub/tenants"


class UnacknowledgedError(Exception):
    """The request got no answer (its replica died): its outcome is unknown."""


@dataclass
class Tally:
    requests: int = 0
    writes: int = 0
    conflicts: int = 0  # Datum stale updates answered 409, as they must be
    unacknowledged: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Client:
    """One client: `replicas()` gives the current base URLs (a restarted replica has a new one)."""

    number: int
    replicas: Callable[[], list[str]]
    tally: Tally = field(default_factory=Tally)
    services: dict[str, str | None] = field(default_factory=dict)  # id -> name (None: deleted)
    targets: dict[str, str | None] = field(default_factory=dict)
    projects: dict[str, str | None] = field(default_factory=dict)  # name -> label value
    permissions: dict[str, list[str]] = field(default_factory=dict)  # permission -> its groups
    uncertain: set[str] = field(default_factory=set)
    _http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))
    _counter: int = 0

    @property
    def tenant(self) -> str:
        return f"load{self.number}"

    def _call(self, method: str, url: str, *expected: int, **kwargs: Any) -> httpx.Response:
        self.tally.requests += 1
        try:
            response = self._http.request(method, url, headers=AUTH, **kwargs)
        except httpx.TransportError as exc:
            self.tally.unacknowledged += 1
            raise UnacknowledgedError(url) from exc
        if response.status_code not in expected:
            self.tally.errors.append(f"{method} {url}: {response.status_code} {response.text[:200]}")
        return response

    def _pair(self, rng: random.Random) -> tuple[str, str]:
        first, second = self.replicas()
        return (first, second) if rng.random() < 0.5 else (second, first)

    def _name(self, kind: str) -> str:
        self._counter += 1
        return f"{kind}{self.number}x{self._counter}"

    def setup(self) -> None:
        self._call("PUT", f"{self.replicas()[0]}{HUB}/{self.tenant}", 201)

    def run(self, seconds: float, stop: threading.Event) -> None:
        rng = random.Random(self.number)
        steps = [self._omnistrate, self._pds, self._datahub, self._datum]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not stop.is_set():
            step = rng.choice(steps)
            try:
                step(rng)
            except UnacknowledgedError:
                time.sleep(0.05)  # the replica is down or restarting: the next step uses the current list

    # -- one step of each API: write on one replica, read it back on the other -----------------------

    def _omnistrate(self, rng: random.Random) -> None:
        write, read = self._pair(rng)
        living = [
            key for key, name in self.services.items() if name is not None and key not in self.uncertain
        ]
        if living and rng.random() < 0.5:
            key = rng.choice(living)
            if rng.random() < 0.3:
                self._guarded(key, lambda: self._call("DELETE", f"{write}{SERVICES}/{key}", 200))
                self.services[key] = None
                self._call("GET", f"{read}{SERVICES}/{key}", 404)
                return
            name = self._name("renamed")
            self._guarded(
                key, lambda: self._call("PATCH", f"{write}{SERVICES}/{key}", 200, json={"name": name})
            )
            self.services[key] = name
        else:
            name = self._name("svc")
            created = self._call("POST", f"{write}{SERVICES}", 200, json={"name": name, "description": "d"})
            key = created.json()
            self.services[key] = name
        self.tally.writes += 1
        seen = self._call("GET", f"{read}{SERVICES}/{key}", 200)
        if seen.status_code == 200 and seen.json().get("name") != self.services[key]:
            self.tally.errors.append(f"stale omnistrate read of {key}: {seen.json().get('name')}")

    def _pds(self, rng: random.Random) -> None:
        write, read = self._pair(rng)
        living = [key for key, name in self.targets.items() if name is not None and key not in self.uncertain]
        if living and rng.random() < 0.3:
            key = rng.choice(living)
            self._guarded(key, lambda: self._call("DELETE", f"{write}/pds/api/backup-targets/{key}", 204))
            self.targets[key] = None
            self.tally.writes += 1
            self._call("GET", f"{read}/pds/api/backup-targets/{key}", 404)
            return
        name = self._name("bt")
        created = self._call(
            "POST", f"{write}/pds/api/tenants/{self.tenant}/backup-targets", 201, json={"name": name}
        )
        key = created.json()["id"]
        self.targets[key] = name
        self.tally.writes += 1
        seen = self._call("GET", f"{read}/pds/api/backup-targets/{key}", 200)
        if seen.status_code == 200 and seen.json().get("name") != name:
            self.tally.errors.append(f"stale pds read of {key}")

    def _datahub(self, rng: random.Random) -> None:
        """A group and a permission naming it on one replica; the group's delete (which prunes the
        permission) on the other; each checked on the replica that did not write it."""
        write, read = self._pair(rng)
        tenant = f"{HUB}/{self.tenant}"
        group = self._name("g")
        self._guarded(group, lambda: self._call("PUT", f"{write}{tenant}/groups/{group}", 201))
        permission = self._name("perm")
        principals = [{"type": "group", "tenant": self.tenant, "group": group}, _admins(self.tenant)]
        body = {"scopes": ["tenant:view"], "principals": principals}
        self._guarded(
            permission, lambda: self._call("PUT", f"{write}{tenant}/permissions/{permission}", 201, json=body)
        )
        self.permissions[permission] = [group, "admin"]
        self.tally.writes += 2
        self._check_permission(read, permission)
        if rng.random() < 0.5:
            self._guarded(permission, lambda: self._call("DELETE", f"{read}{tenant}/groups/{group}", 204))
            self.permissions[permission] = ["admin"]
            self.tally.writes += 1
            self._check_permission(write, permission)

    def _check_permission(self, url: str, permission: str) -> None:
        seen = self._call("GET", f"{url}{HUB}/{self.tenant}/permissions/{permission}", 200)
        if seen.status_code != 200:
            return
        groups = sorted(p.get("group", "") for p in seen.json()["principals"])
        if groups != sorted(self.permissions[permission]):
            self.tally.errors.append(
                f"data hub permission {permission}: {groups} != {self.permissions[permission]}"
            )

    def _datum(self, rng: random.Random) -> None:
        """Create on one replica; update with the resource version read on the other; then the same
        (now stale) version on the first replica must get 409."""
        write, read = self._pair(rng)
        name = self._name("p")
        project = {"metadata": {"name": name}, "spec": {"parent": {"external": "organizations/acme"}}}
        self._guarded(name, lambda: self._call("POST", f"{write}{PROJECTS}", 201, json=project))
        self.projects[name] = ""
        self.tally.writes += 1
        current = self._call("GET", f"{read}{PROJECTS}/{name}", 200).json()
        label = self._name("v")
        current["metadata"]["labels"] = {**current["metadata"].get("labels", {}), "load": label}
        self._guarded(name, lambda: self._call("PUT", f"{read}{PROJECTS}/{name}", 200, json=current))
        self.projects[name] = label
        self.tally.writes += 1
        stale = self._call("PUT", f"{write}{PROJECTS}/{name}", 409, json=current)
        self.tally.conflicts += stale.status_code == 409
        seen = self._call("GET", f"{write}{PROJECTS}/{name}", 200).json()
        if seen.get("metadata", {}).get("labels", {}).get("load") != label:
            self.tally.errors.append(f"stale datum read of {name}")

    def _guarded(self, key: str, write: Callable[[], httpx.Response]) -> None:
        """A write whose outcome is unknown if it gets no answer: `key` leaves the final check."""
        try:
            write()
        except UnacknowledgedError:
            self.uncertain.add(key)
            raise

    # -- after the load ---------------------------------------------------------------------------

    def verify(self) -> None:
        """Every acknowledged write, read back on every replica."""
        for url in self.replicas():
            for key, name in self.services.items():
                if key in self.uncertain:
                    continue
                seen = self._call("GET", f"{url}{SERVICES}/{key}", 404 if name is None else 200)
                if name is not None and seen.status_code == 200 and seen.json().get("name") != name:
                    self.tally.errors.append(f"lost omnistrate write {key}")
            for key, name in self.targets.items():
                if key not in self.uncertain:
                    self._call("GET", f"{url}/pds/api/backup-targets/{key}", 404 if name is None else 200)
            for name, label in self.projects.items():
                if name in self.uncertain:
                    continue
                seen = self._call("GET", f"{url}{PROJECTS}/{name}", 200)
                if (
                    label
                    and seen.status_code == 200
                    and seen.json()["metadata"].get("labels", {}).get("load") != label
                ):
                    self.tally.errors.append(f"lost datum write {name}")
            for permission in self.permissions:
                if permission not in self.uncertain:
                    self._check_permission(url, permission)

    def close(self) -> None:
        self._http.close()


def _admins(tenant: str) -> dict[str, str]:
    return {"type": "group", "tenant": tenant, "group": "admin"}
