"""Parameter declarations as the generated signatures write them: an enum parameter, or a list of
them, also accepts its documented strings (`Literal[...]`), since the request is built through the enum
either way (a wrong string fails before anything is sent). Used by the operation modules' and the
namespaced client's signatures (the `param_declaration` filter) and by the pagination helpers."""

from __future__ import annotations

import json
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty


def _text(value: Any) -> str:
    for method in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, method):
            return str(getattr(value, method)())
    return str(value)


def enum_literal(prop: EnumProperty) -> str:
    """`Literal["a", "b"]` of an enum's documented values."""
    values = ", ".join(json.dumps(v) if isinstance(v, str) else repr(v) for v in prop.values.values())
    return f"Literal[{values}]"


def param_declaration(prop: Any) -> str:
    """`name: type = default` of a parameter, its enums widened to their documented strings."""
    declaration = _text(prop.to_string())
    if isinstance(prop, EnumProperty):
        name = prop.class_info.name
        return declaration.replace(f": {name}", f": {name} | {enum_literal(prop)}", 1)
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, EnumProperty):
        name = prop.inner_property.class_info.name
        widened = f"list[{name} | {enum_literal(prop.inner_property)}]"
        return declaration.replace(f"list[{name}]", widened, 1)
    return declaration
