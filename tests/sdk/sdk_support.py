"""Shared pieces of the SDK runtime tests: a fake clock and canned Omnistrate answers."""

from __future__ import annotations

from typing import Any

OMNISTRATE = "https://api.omnistrate.test"
SERVICE_PATH = "/2022-09-01-00/service/s-1"
SIGNIN_PATH = "/2022-09-01-00/signin"


class FakeClock:
    """Records the waits instead of waiting; `jitter` is what `random()` returns."""

    def __init__(self, jitter: float = 0.0, now: float = 1_700_000_000.0) -> None:
        self.sleeps: list[float] = []
        self.jitter = jitter
        self.wall = now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def random(self) -> float:
        return self.jitter

    def now(self) -> float:
        return self.wall


def service(service_id: str = "s-1") -> dict[str, Any]:
    return {
        "createdAt": "2024-01-01T00:00:00Z",
        "description": "d",
        "id": service_id,
        "key": "k",
        "name": "n",
        "serviceEnvironments": [],
        "serviceProviderID": "sp-1",
        "serviceProviderName": "p",
    }


def goa_error(name: str, message: str = "it failed", error_id: str = "err-1") -> dict[str, Any]:
    return {
        "name": name,
        "id": error_id,
        "message": message,
        "temporary": False,
        "timeout": False,
        "fault": False,
    }
