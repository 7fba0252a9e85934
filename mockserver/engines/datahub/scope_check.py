"""Move the check of a permission's scopes from the validation stage into the engine.

The spec lists, per resource type, the scopes a permission may grant, so schema validation would
reject a bad scope (400) before the engine runs. The service checks scopes only after `view` (404)
and admin (403), so for PUT R/permissions/{p} the engine validates the body against the same schema
with any string allowed as a scope, and checks the scopes itself in the service's order.
"""

from __future__ import annotations

import copy
import dataclasses

import jsonschema_rs

from ...compiler import Api

__all__ = ["defer_scope_validation"]


def defer_scope_validation(api: Api) -> None:
    components = api.document.get("components", {})
    for operation in api.operations.values():
        if operation.method != "PUT" or not operation.path.endswith("/permissions/{permission}"):
            continue
        for media_type, media in list(operation.body.items()):
            if media.schema is None or "scopes" not in media.schema.get("properties", {}):
                continue
            relaxed = copy.deepcopy(media.schema)
            relaxed["properties"]["scopes"]["items"] = {"type": "string"}
            # The schema's own `$ref`s point into the document's components: keep them resolvable.
            validator = jsonschema_rs.validator_for({**relaxed, "components": components})
            operation.body[media_type] = dataclasses.replace(media, validator=validator)
