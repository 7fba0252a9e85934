"""Move the check of a permission's scopes from the validation stage into the engine.

The spec lists, per resource type, the scopes a permission may grant, so schema validation would
reject a bad scope (400) before the engine runs. The service checks scopes only after `view` (404)
and admin (403), so for PUT R/permissions/{p} the engine asks the compiler (as data, before
compilation) to validate the body against the same schema with any string allowed as a scope, and
checks the scopes itself in the service's order.
"""

from __future__ import annotations

from typing import Any

from ...compiler import BodyNeeds

__all__ = ["body_needs"]

_ANY_SCOPE = BodyNeeds(replace={"/properties/scopes/items": {"type": "string"}})


def body_needs(document: dict[str, Any]) -> dict[str, BodyNeeds]:
    """Per operationId: the permission PUTs, with scopes relaxed to any string."""
    needs = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict) or not path.endswith("/permissions/{permission}"):
            continue
        operation = item.get("put")
        if isinstance(operation, dict) and "requestBody" in operation:
            needs[operation.get("operationId") or f"PUT {path}"] = _ANY_SCOPE
    return needs
