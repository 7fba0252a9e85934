"""The dynamic client for `AsyncDatum` (copied into `datum_client` at generation): the same as
`datum_client.dynamic`, awaited.

    dynamic = AsyncDynamicClient(datum.project("p1"))
    networks = await dynamic.resources("networking.datumapis.com/v1alpha", "networks")
    await networks.create({"metadata": {"name": "default"}, "spec": {"ipam": {"mode": "Auto"}}})
"""

# The dynamic client sends through the typed client's request plumbing, private to the package.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from datum_client._runtime import watch as _watch
from datum_client._runtime.calls import DEFAULT, error_from
from datum_client._runtime.client import AsyncApiClient
from datum_client.dynamic import (
    KindNotServedError,
    PatchType,
    ResourceKind,
    _at,
    _body,
    _discovery_urls,
    _Documents,
    _find_kind,
    _parse,
    _patch_request,
    _request,
)

__all__ = ["AsyncDynamicClient", "AsyncDynamicResource"]

_MAX_REDIRECTS = 3
_REDIRECTS = frozenset({301, 302, 307, 308})


class AsyncDynamicClient:
    """`DynamicClient` for an `AsyncDatum`."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client
        self._cache = _Documents()

    async def _send(self, kwargs: dict[str, Any]) -> httpx.Response:
        prepared = self._client._prepare(kwargs, None, None, None, DEFAULT, DEFAULT)
        return await self._client._send(prepared, stream=False)

    async def _call(self, kwargs: dict[str, Any]) -> Any:
        return await self._client._call(kwargs, _parse, None, None, None, DEFAULT, DEFAULT)

    def refresh(self) -> None:
        """Forget the discovery map (documents stay cached by hash)."""
        self._cache.urls = None
        self._cache.kinds.clear()

    async def group_versions(self) -> list[str]:
        """The group versions served, sorted."""
        if self._cache.urls is None:
            self._cache.urls = _discovery_urls(await self._call(_request("GET", "/openapi/v3")))
        return sorted(key.split("/", 1)[1] for key in self._cache.urls)

    async def document(self, group_version: str) -> Mapping[str, Any]:
        """The OpenAPI document of `group_version` (fetched once per hash; a stale hash's 301 followed)."""
        await self.group_versions()
        url = self._cache.url_of(group_version)
        for _ in range(_MAX_REDIRECTS):
            if url in self._cache.documents:
                return self._cache.documents[url]
            response = await self._send(_request("GET", url))
            if response.status_code in _REDIRECTS and "location" in response.headers:
                url = response.headers["location"]
                continue
            if not 200 <= response.status_code < 300:
                raise error_from(self._client.parse_client, response, _parse)
            self._cache.remember(group_version, url, response.json())
            return self._cache.documents[url]
        raise KindNotServedError(f"too many redirects fetching the document of {group_version}")

    async def resources(self, group_version: str, plural: str) -> AsyncDynamicResource:
        """The resource `plural` of `group_version`."""
        key = (group_version, plural)
        if key not in self._cache.kinds:
            self._cache.kinds[key] = _find_kind(await self.document(group_version), group_version, plural)
        return AsyncDynamicResource(self, self._cache.kinds[key])


class AsyncDynamicResource:
    """`DynamicResource`, awaited."""

    def __init__(self, owner: AsyncDynamicClient, kind: ResourceKind) -> None:
        self._owner = owner
        self.kind = kind

    async def list(
        self,
        *,
        namespace: str = "default",
        label_selector: str | None = None,
        field_selector: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Every object the selectors match, across pages of `limit`."""
        items: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            params: dict[str, Any] = {
                "labelSelector": label_selector,
                "fieldSelector": field_selector,
                "limit": limit,
                "continue": token,
            }
            page: Any = await self._owner._call(_request("GET", self.kind.collection(namespace), params))
            items.extend(_at(page, "items") or [])
            token = _at(page, "metadata", "continue") or None
            if not token:
                return items

    async def get(self, name: str, *, namespace: str = "default") -> dict[str, Any]:
        result: dict[str, Any] = await self._owner._call(_request("GET", self.kind.item(namespace, name)))
        return result

    async def create(
        self, body: Mapping[str, Any], *, namespace: str = "default", dry_run: bool = False
    ) -> dict[str, Any]:
        """Create the object; raises `ValidationError` before sending when it does not fit the schema."""
        value = _body(self.kind, body, namespace)
        params = {"dryRun": "All" if dry_run else None}
        request = _request("POST", self.kind.collection(namespace), params, json=value)
        result: dict[str, Any] = await self._owner._call(request)
        return result

    async def replace(
        self, name: str, body: Mapping[str, Any], *, namespace: str = "default"
    ) -> dict[str, Any]:
        value = _body(self.kind, body, namespace)
        request = _request("PUT", self.kind.item(namespace, name), json=value)
        result: dict[str, Any] = await self._owner._call(request)
        return result

    async def patch(
        self,
        name: str,
        body: Any,
        *,
        namespace: str = "default",
        patch_type: PatchType = "merge",
        field_manager: str | None = None,
        force: bool | None = None,
    ) -> dict[str, Any]:
        """A JSON merge patch, a JSON patch or an apply patch (see `DynamicResource.patch`)."""
        url = self.kind.item(namespace, name)
        result: dict[str, Any] = await self._owner._call(
            _patch_request(
                self.kind, url, body, patch_type=patch_type, field_manager=field_manager, force=force
            )
        )
        return result

    async def delete(
        self, name: str, *, namespace: str = "default", propagation_policy: str | None = None
    ) -> dict[str, Any]:
        params = {"propagationPolicy": propagation_policy}
        request = _request("DELETE", self.kind.item(namespace, name), params)
        result: dict[str, Any] = await self._owner._call(request)
        return result

    def watch(
        self,
        *,
        namespace: str = "default",
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout_seconds: int | None = None,
        send_initial_events: bool = False,
    ) -> _watch.AsyncWatch[dict[str, Any]]:
        """Changes as they happen: `async for event in resource.watch()`."""
        params = _watch.watch_params(
            label_selector=label_selector,
            field_selector=field_selector,
            resource_version=resource_version,
            timeout_seconds=timeout_seconds,
            allow_watch_bookmarks=False,
            send_initial_events=send_initial_events,
        )
        request = _request("GET", self.kind.collection(namespace))
        return _watch.async_watch(self._owner._client, request, _parse, dict, params, None, DEFAULT)
