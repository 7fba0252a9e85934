"""The functional layer's `AuthenticatedClient` keeps what the namespaced one promises: a finite default
timeout, an SDK User-Agent, copies that leave the original alone, a clear error after close."""

from __future__ import annotations

import httpx
import pytest
from omnistrate_client import AuthenticatedClient, ClientClosedError
from omnistrate_client.api.service_api import describe_service

from .sdk_support import OMNISTRATE, service


def _client(seen: list[httpx.Request], timeout: float | None = None) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=service())

    transport = httpx.MockTransport(handler)
    if timeout is None:
        return AuthenticatedClient(base_url=OMNISTRATE, token="t", httpx_args={"transport": transport})
    return AuthenticatedClient(
        base_url=OMNISTRATE, token="t", httpx_args={"transport": transport}, timeout=timeout
    )


def test_default_timeout_and_user_agent() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    describe_service.sync("s-1", client=client)
    assert seen[0].extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert seen[0].headers["user-agent"].startswith("omnistrate-client/2022.9.1 python/")
    seconds = _client(seen, timeout=7)
    describe_service.sync("s-1", client=seconds)
    assert seen[1].extensions["timeout"]["read"] == 7.0


def test_with_headers_leaves_the_original_untouched() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    describe_service.sync("s-1", client=client)  # the original's httpx client exists already
    tagged = client.with_headers({"X-Team": "a"})
    describe_service.sync("s-1", client=tagged)
    describe_service.sync("s-1", client=client)
    assert seen[1].headers["x-team"] == "a"
    assert "x-team" not in seen[2].headers


def test_use_after_close_raises_client_closed_error() -> None:
    client = _client([])
    with client:
        describe_service.sync("s-1", client=client)
    with pytest.raises(ClientClosedError, match="closed"):
        describe_service.sync("s-1", client=client)
    other = _client([])
    other.close()
    with pytest.raises(ClientClosedError):
        describe_service.sync_detailed("s-1", client=other)
