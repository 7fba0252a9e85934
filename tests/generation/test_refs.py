"""`specs.Refs` and the JSON pointer helpers: the one way references are followed (RFC 6901)."""

from __future__ import annotations

from typing import Any

import pytest

import specs

DOCUMENT: dict[str, Any] = {
    "paths": {"/pets/{id}": {"get": {"operationId": "readPet"}}},
    "components": {
        "schemas": {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Alias": {"$ref": "#/components/schemas/Pet"},
            "Chained": {"$ref": "#/components/schemas/Alias"},
            "a~b/c": {"type": "integer"},
            "with space": {"type": "boolean"},
            "Loop": {"$ref": "#/components/schemas/Loop2"},
            "Loop2": {"$ref": "#/components/schemas/Loop"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "Tree": {
                "type": "object",
                "properties": {"children": {"items": {"$ref": "#/components/schemas/Tree"}}},
            },
            "Remote": {"$ref": "https://example.com/schemas.json#/Pet"},
            "Relative": {"$ref": "other.yaml#/components/schemas/Pet"},
            "Missing": {"$ref": "#/components/schemas/Nope"},
            "Listed": {"allOf": [{"type": "object"}, {"required": ["name"]}]},
        },
        "examples": {"Ref": {"value": {"$ref": 42}}},
    },
}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ((), ""),
        (("paths", "/pets/{id}", "get"), "/paths/~1pets~1{id}/get"),
        (("a~b/c",), "/a~0b~1c"),
        (("~1",), "/~01"),  # "~" escaped first: the token "~1" stays itself
        (("items", 0), "/items/0"),
    ],
)
def test_pointer_escapes_each_token(parts: tuple[str | int, ...], expected: str) -> None:
    assert specs.pointer(*parts) == expected
    assert specs.tokens(expected) == [str(part) for part in parts]


def test_tokens_read_fragments_percent_decoded() -> None:
    assert specs.tokens("#") == []
    assert specs.tokens("#/components/schemas/with%20space") == ["components", "schemas", "with space"]
    assert specs.tokens("#/components/schemas/a~0b~1c") == ["components", "schemas", "a~b/c"]


@pytest.mark.parametrize("bad", ["components", "/a~2b", "/a~"])
def test_tokens_refuse_what_is_no_pointer(bad: str) -> None:
    with pytest.raises(specs.RefError, match="is not a JSON pointer"):
        specs.tokens(bad)


def test_lookup_walks_objects_and_arrays() -> None:
    assert specs.lookup(DOCUMENT, "/components/schemas/a~0b~1c") == {"type": "integer"}
    assert specs.lookup(DOCUMENT, "#/components/schemas/Listed/allOf/1") == {"required": ["name"]}
    assert specs.lookup(DOCUMENT, "") is DOCUMENT
    for nothing in ("/components/schemas/Nope", "/components/schemas/Listed/allOf/2", "/paths/x/y"):
        with pytest.raises(specs.RefError, match="points at nothing"):
            specs.lookup(DOCUMENT, nothing)
    with pytest.raises(specs.RefError, match="points at nothing"):  # RFC 6901: no leading zeros
        specs.lookup(DOCUMENT, "/components/schemas/Listed/allOf/01")


def test_follow_resolves_chains_and_names_where_it_landed() -> None:
    refs = specs.Refs(DOCUMENT)
    schemas = DOCUMENT["components"]["schemas"]
    node, where = refs.follow(schemas["Chained"], "#/components/schemas/Chained")
    assert node is schemas["Pet"]
    assert where == "#/components/schemas/Pet"
    assert refs(schemas["Alias"]) is schemas["Pet"]
    assert refs(schemas["Pet"]) is schemas["Pet"]  # no reference: unchanged
    assert refs("text") == "text"
    # A recursive schema is no circular reference: the reference is followed one step at a time.
    children = schemas["Tree"]["properties"]["children"]["items"]
    assert refs(children) is schemas["Tree"]


def test_a_non_string_ref_is_a_value_not_a_reference() -> None:
    example = DOCUMENT["components"]["examples"]["Ref"]["value"]
    assert specs.Refs(DOCUMENT)(example) is example


@pytest.mark.parametrize("name", ["Loop", "Self"])
def test_circular_references_are_refused(name: str) -> None:
    refs = specs.Refs(DOCUMENT)
    with pytest.raises(specs.RefError, match=r"^#/components/schemas/\w+: circular \$ref"):
        refs.follow(DOCUMENT["components"]["schemas"][name], f"#/components/schemas/{name}")


@pytest.mark.parametrize("name", ["Remote", "Relative"])
def test_external_references_are_refused_clearly(name: str) -> None:
    refs = specs.Refs(DOCUMENT)
    where = f"#/components/schemas/{name}"
    with pytest.raises(specs.RefError, match=rf"^{where}: only local \$refs are supported, got '"):
        refs.follow(DOCUMENT["components"]["schemas"][name], where)


def test_a_reference_to_nothing_names_it_and_where_it_was_met() -> None:
    refs = specs.Refs(DOCUMENT)
    with pytest.raises(specs.RefError) as caught:
        refs.follow(DOCUMENT["components"]["schemas"]["Missing"], "#/components/schemas/Missing")
    assert str(caught.value) == (
        "#/components/schemas/Missing: $ref '#/components/schemas/Nope' points at nothing"
    )
