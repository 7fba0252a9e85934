"""OpenAPI v3 discovery: the group version's document, addressed by the SHA-512 of its bytes."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

__all__ = ["GROUP_VERSION", "Discovery"]

GROUP_VERSION = "apis/resourcemanager.datumapis.com/v1alpha"


class Discovery:
    """The document an organization control plane serves for `resourcemanager.datumapis.com/v1alpha`,
    built once from our own spec: its Project paths and the components they use."""

    def __init__(self, spec: dict[str, Any]) -> None:
        prefix = "/" + GROUP_VERSION
        document = {
            "openapi": "3.0.0",
            "info": {"title": "Kubernetes", "version": "unversioned"},
            "paths": {p: item for p, item in spec.get("paths", {}).items() if p.startswith(prefix)},
            "components": spec.get("components", {}),
        }
        # The hash names these exact bytes, so they are produced once, with a stable key order.
        self.body = orjson.dumps(document, option=orjson.OPT_SORT_KEYS)
        self.hash = hashlib.sha512(self.body).hexdigest().upper()

    @property
    def document_path(self) -> str:
        return f"/openapi/v3/{GROUP_VERSION}"

    @property
    def current_url(self) -> str:
        return f"{self.document_path}?hash={self.hash}"

    def index(self, serves_group: bool) -> dict[str, Any]:
        paths = {GROUP_VERSION: {"serverRelativeURL": self.current_url}} if serves_group else {}
        return {"paths": paths}
