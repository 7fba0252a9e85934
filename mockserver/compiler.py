"""Compile an OpenAPI document once, at start: operations, routes, validators, response candidates.

Nothing on the request path touches YAML or resolves a `$ref` again.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import jsonschema_rs

from specs import RefError, Refs, escape, tokens

from .compiled import (
    BASIC_USERS,
    Api,
    BodyMedia,
    BodyNeeds,
    Operation,
    Parameter,
    ResponseMedia,
    ResponseSpec,
    SecurityScheme,
)
from .errors import SpecError
from .routing import Router
from .sampling import Sampler
from .schema_validators import DOCUMENT_URI, LazyValidator, SchemaValidator, check_all

__all__ = [
    "Api",
    "BodyMedia",
    "BodyNeeds",
    "Operation",
    "Parameter",
    "ResponseMedia",
    "ResponseSpec",
    "SecurityScheme",
    "compile_api",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_VALIDATOR_OPTIONS: dict[str, Any] = {"validate_formats": True}
# OpenAPI's numeric formats are ranges JSON Schema does not know; spelled out as bounds they validate.
_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _with_format_bounds(node: Any) -> Any:
    """A copy of `node` where `type: integer` schemas with an int32/int64 format carry explicit bounds."""
    if isinstance(node, list):
        return [_with_format_bounds(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: _with_format_bounds(value) for key, value in node.items()}
    kind = copy.get("format")
    bounds = _FORMAT_BOUNDS.get(kind) if isinstance(kind, str) else None
    if bounds is not None and copy.get("type") in ("integer", ["integer", "null"], ["null", "integer"]):
        copy.setdefault("minimum", bounds[0])
        copy.setdefault("maximum", bounds[1])
    return copy


class _Refs(Refs):
    """`specs.Refs`, refusing what it cannot follow with the compiler's `SpecError`."""

    def follow(self, node: Any, where: str = "#") -> tuple[Any, str]:
        try:
            return super().follow(node, where)
        except RefError as exc:
            raise SpecError(str(exc)) from None


def _types(schema: Any, refs: _Refs) -> tuple[str, ...]:
    schema = refs(schema)
    if not isinstance(schema, dict):
        return ("string",)
    kind = schema.get("type")
    if isinstance(kind, str):
        return (kind,)
    if isinstance(kind, list):
        return tuple(kind)
    found: list[str] = []
    for key in ("oneOf", "anyOf", "allOf"):
        for part in schema.get(key, []):
            found.extend(t for t in _types(part, refs) if t not in found)
    if not found and "enum" in schema:
        found = sorted({_json_type(v) for v in schema["enum"]})
    return tuple(found) or ("string",)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null" if value is None else "string"


# Keywords that annotate a schema without restricting what validates against it.
_ANNOTATIONS = frozenset({"title", "description", "example", "examples", "default", "deprecated"})


def _accepts_any_text(schema: Any) -> bool:
    """Does every string validate against `schema` (`{type: string}` and annotations)? A parameter
    read from the wire as a string then always passes its schema check."""
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and all(key == "type" or key in _ANNOTATIONS or key.startswith("x-") for key in schema)
    )


class _Compiler:
    def __init__(self, name: str, document: dict[str, Any], needs: Mapping[str, BodyNeeds]) -> None:
        self.name = name
        self.document = document
        self.needs = needs
        self.refs = _Refs(document)
        # Only the schemas operations use are compiled, each once, against the whole document as a
        # registry resource: a fraction of the start-up time of compiling every subschema in it.
        try:
            self.registry = jsonschema_rs.Registry([(DOCUMENT_URI, _with_format_bounds(document))])
        except Exception as exc:  # jsonschema_rs reports unusable documents here
            raise SpecError(f"{name}: cannot compile the schemas: {exc}") from exc
        self.validators: dict[str, LazyValidator] = {}
        self._bounded_components: dict[str, Any] | None = None
        components = document.get("components", {})
        self.schemes = {
            scheme_name: self._scheme(scheme_name, self.refs(raw))
            for scheme_name, raw in components.get("securitySchemes", {}).items()
        }

    def _validator(self, pointer: str) -> LazyValidator:
        """The validator of the schema at `pointer` (a URI fragment such as `#/components/schemas/X`),
        compiled on first use (`check_all` at the end of `compile` makes sure it compiles)."""
        validator = self.validators.get(pointer)
        if validator is None:
            validator = self.validators[pointer] = LazyValidator(pointer, self.registry)
        return validator

    def _scheme(self, name: str, raw: dict[str, Any]) -> SecurityScheme:
        kind = raw.get("type", "")
        if kind == "apiKey":
            location = raw.get("in", "header")
            key = raw.get("name", "")
            return SecurityScheme(
                name, kind, location=location, key=key.lower() if location == "header" else key
            )
        user = str((raw.get("x-mock") or {}).get("user", ""))
        if user and user not in BASIC_USERS:
            known = ", ".join(BASIC_USERS)
            raise SpecError(f"security scheme {name}: unknown x-mock user {user!r} (known: {known})")
        return SecurityScheme(name, kind, scheme=str(raw.get("scheme", "")).lower(), user=user)

    def parameter(self, raw: Any, pointer: str) -> Parameter:
        node, pointer = self.refs.follow(raw, pointer)
        location = node["in"]
        schema_raw = node.get("schema")
        if schema_raw is None and "content" in node:  # parameter given with a media type
            media_name, media = next(iter(node["content"].items()))
            schema_raw = media.get("schema", {})
            pointer = f"{pointer}/content/{escape(media_name)}"
        schema_raw = schema_raw if schema_raw is not None else {}
        schema, schema_pointer = self.refs.follow(schema_raw, f"{pointer}/schema")
        style = node.get("style", "form" if location in ("query", "cookie") else "simple")
        item_types = _types(schema.get("items", {}), self.refs) if isinstance(schema, dict) else ("string",)
        return Parameter(
            name=node["name"] if location != "header" else node["name"].lower(),
            location=location,
            required=bool(node.get("required", location == "path")),
            schema=schema,
            # A parameter any text satisfies has nothing to check: no validator runs on each request.
            validator=(
                None
                if style != "deepObject" and _accepts_any_text(schema)
                else self._validator(schema_pointer)
            ),
            style=style,
            explode=bool(node.get("explode", style == "form")),
            types=_types(schema, self.refs),
            item_types=item_types,
            example=node.get("example", schema.get("example") if isinstance(schema, dict) else None),
        )

    def _replaced(self, schema: Any, replace: Mapping[str, Any], where: str) -> SchemaValidator:
        """A validator of `schema` with the subschemas at the `replace` pointers swapped."""
        changed = copy.deepcopy(schema)
        for pointer, replacement in replace.items():
            *parents, last = tokens(pointer)
            node = changed
            for part in parents:
                node = node.get(part) if isinstance(node, dict) else None
            if not isinstance(node, dict) or last not in node:
                raise SpecError(f"{self.name}: {where}: the engine replaces {pointer}, which is not there")
            node[last] = replacement
        # The schema's own `$ref`s point into the document's components: keep them resolvable.
        if self._bounded_components is None:  # once per document, whatever the number of replacements
            self._bounded_components = _with_format_bounds(self.document.get("components", {}))
        return jsonschema_rs.validator_for(
            {**changed, "components": self._bounded_components}, **_VALIDATOR_OPTIONS
        )

    def body(
        self, raw: Any, pointer: str, needs: BodyNeeds | None = None
    ) -> tuple[dict[str, BodyMedia], bool]:
        if raw is None:
            return {}, False
        node, pointer = self.refs.follow(raw, pointer)
        media: dict[str, BodyMedia] = {}
        for media_type, media_object in (node.get("content") or {}).items():
            schema_raw = (media_object or {}).get("schema")
            schema, schema_pointer = (None, "")
            if schema_raw is not None:
                schema, schema_pointer = self.refs.follow(
                    schema_raw, f"{pointer}/content/{escape(media_type)}/schema"
                )
            properties = (schema or {}).get("properties", {}) if isinstance(schema, dict) else {}
            validator: SchemaValidator | None = (
                self._validator(schema_pointer) if schema_raw is not None else None
            )
            if needs is not None and needs.replace and schema is not None:
                validator = self._replaced(schema, needs.replace, f"{pointer}/content/{media_type}")
            media[media_type.lower()] = BodyMedia(
                media_type=media_type.lower(),
                schema=schema,
                validator=validator,
                property_types={name: _types(prop, self.refs) for name, prop in properties.items()},
                checked=needs.checked if needs is not None else True,
            )
        return media, bool(node.get("required", False))

    def response(self, status: str, raw: Any, pointer: str) -> ResponseSpec:
        node, pointer = self.refs.follow(raw, pointer)
        media: dict[str, ResponseMedia] = {}
        for media_type, raw_media in (node.get("content") or {}).items():
            media_object = raw_media or {}
            examples: dict[str, Any] = {}
            if "example" in media_object:
                examples[""] = media_object["example"]
            for example_name, example in (media_object.get("examples") or {}).items():
                resolved = self.refs(example)
                if isinstance(resolved, dict) and "value" in resolved:
                    examples[example_name] = resolved["value"]
            schema, validator = None, None
            if "schema" in media_object:
                schema, schema_pointer = self.refs.follow(
                    media_object["schema"], f"{pointer}/content/{escape(media_type)}/schema"
                )
                validator = self._validator(schema_pointer)
            media[media_type] = ResponseMedia(media_type, schema, validator, examples)
        headers = {name.lower(): self.refs(header) for name, header in (node.get("headers") or {}).items()}
        return ResponseSpec(status=status.upper(), media=media, headers=headers)

    def security(self, requirements: list[dict[str, Any]]) -> tuple[tuple[SecurityScheme, ...], ...]:
        alternatives = []
        for requirement in requirements:
            try:
                alternatives.append(tuple(self.schemes[name] for name in requirement))
            except KeyError as exc:
                raise SpecError(f"{self.name}: security requirement names unknown scheme {exc}") from None
        # An empty requirement `{}` among the alternatives makes authentication optional.
        if any(not alternative for alternative in alternatives):
            return ()
        return tuple(alternatives)

    def compile(self) -> Api:
        router: Router[dict[str, Operation]] = Router()
        operations: dict[str, Operation] = {}
        global_security = self.document.get("security", [])
        for path, raw_item in (self.document.get("paths") or {}).items():
            item_pointer = f"#/paths/{escape(path)}"
            item, item_pointer = self.refs.follow(raw_item, item_pointer)
            by_method: dict[str, Operation] = {}
            shared = {
                (p.location, p.name): p
                for i, raw in enumerate(item.get("parameters", []))
                for p in [self.parameter(raw, f"{item_pointer}/parameters/{i}")]
            }
            for method in HTTP_METHODS:
                raw_operation = item.get(method)
                if not isinstance(raw_operation, dict):
                    continue
                pointer = f"{item_pointer}/{method}"
                own = {
                    (p.location, p.name): p
                    for i, raw in enumerate(raw_operation.get("parameters", []))
                    for p in [self.parameter(raw, f"{pointer}/parameters/{i}")]
                }
                operation_id = raw_operation.get("operationId") or f"{method.upper()} {path}"
                body, body_required = self.body(
                    raw_operation.get("requestBody"), f"{pointer}/requestBody", self.needs.get(operation_id)
                )
                operation = Operation(
                    api=self.name,
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    parameters=tuple({**shared, **own}.values()),
                    body=body,
                    body_required=body_required,
                    responses={
                        str(status).upper(): self.response(str(status), raw, f"{pointer}/responses/{status}")
                        for status, raw in (raw_operation.get("responses") or {}).items()
                    },
                    security=self.security(raw_operation.get("security", global_security)),
                    deprecated=bool(raw_operation.get("deprecated", False)),
                    hints=dict(raw_operation.get("x-mock") or {}),
                    raw=raw_operation,
                )
                if operation.operation_id in operations:
                    raise SpecError(f"{self.name}: operationId {operation.operation_id!r} is used twice")
                operations[operation.operation_id] = operation
                by_method[operation.method] = operation
            if by_method:
                router.add(path, by_method)
        check_all(self.name, self.validators, self.registry)
        unknown = sorted(set(self.needs) - set(operations))
        if unknown:
            raise SpecError(
                f"{self.name}: the engine declares needs of unknown operations {', '.join(unknown)}"
            )
        return Api(self.name, self.document, operations, router, Sampler(self.refs))


def compile_api(name: str, document: dict[str, Any], needs: Mapping[str, BodyNeeds] | None = None) -> Api:
    """Compile one spec, with what its engine needs of request bodies (by operationId); raises
    `SpecError` for anything that would fail at request time."""
    return _Compiler(name, document, needs or {}).compile()
