"""The response stage answering what behaviours decide (`Answer`): documented statuses, headers,
stored records shaped into the documented answer (`Shaped`, `Listing`), and the render cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from mockserver import MockOptions, create_app
from mockserver.answer import Answer, Listing, Shaped
from mockserver.behaviour import Context

from .pets import Call, caller_for

AUTH = {"Authorization": "Bearer mock-token"}
THING = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "string", "pattern": "^t-[0-9]+$"},
        "name": {"type": "string", "minLength": 1},
    },
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "components": {
        "schemas": {"Thing": THING},
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
    "security": [{"bearer": []}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [{"name": "name", "in": "query", "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "items": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Thing"},
                                        },
                                        "nextPageToken": {"type": "string"},
                                    },
                                },
                                "example": {"items": [{"id": "t-1", "name": "doc"}], "nextPageToken": "abc"},
                            }
                        },
                    }
                },
            }
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"X-Rate": {"schema": {"type": "string"}, "example": "10"}},
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {"id": "t-1", "name": "doc"},
                            }
                        },
                    },
                    "404": {"description": "gone"},
                },
            }
        },
    },
}


class Scripted:
    """Answers each operation with what the test put under its operationId."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}

    def __call__(self, ctx: Context) -> Answer | None:
        return self.answers.get(ctx.operation.operation_id)


@pytest.fixture
def scripted() -> Scripted:
    return Scripted()


@pytest.fixture
def call(scripted: Scripted, tmp_path: Path) -> Call:
    spec = tmp_path / "things.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    app = create_app([spec], MockOptions(static=True))
    app.handlers[0].behaviours.insert(0, scripted)
    return caller_for(app)


def test_a_record_is_merged_into_the_documented_shape_and_repaired(call: Call, scripted: Scripted) -> None:
    fields = {"id": "t-2", "name": "", "colour": "red"}
    scripted.answers["getThing"] = Answer(value=Shaped(fields), headers={"x-answered-by": "test"})
    response = call("GET", "/things/t-2", headers=AUTH)
    assert response.status_code == 200
    # The invalid name goes back to the documented one; the closed schema drops what it does not declare.
    assert response.json() == {"id": "t-2", "name": "doc"}
    assert response.headers["x-answered-by"] == "test"
    assert response.headers["x-rate"] == "10"  # the documented header, as for any answer


def test_a_documented_status_without_a_body(call: Call, scripted: Scripted) -> None:
    scripted.answers["getThing"] = Answer(status=404)
    response = call("GET", "/things/t-9", headers=AUTH)
    assert response.status_code == 404
    assert response.content == b""


def test_a_record_cannot_be_answered_in_a_media_type_not_documented(call: Call, scripted: Scripted) -> None:
    scripted.answers["getThing"] = Answer(value=Shaped({"id": "t-2", "name": "two"}))
    response = call("GET", "/things/t-2", headers={**AUTH, "Accept": "text/html"})
    assert response.status_code == 406


def test_a_listing_is_filtered_by_item_fields_and_drops_cursors(call: Call, scripted: Scripted) -> None:
    items = ({"id": "t-1", "name": "one"}, {"id": "t-2", "name": "two"}, {"id": "t-3", "name": "two"})
    listing = Listing(items, ("t-1", "t-2", "t-3"), "items", query={"name": "two"})
    scripted.answers["listThings"] = Answer(value=listing, cache_key="/things?name=two")
    response = call("GET", "/things?name=two", headers=AUTH)
    assert response.status_code == 200
    assert response.json() == {"items": [{"id": "t-2", "name": "two"}, {"id": "t-3", "name": "two"}]}


def test_kept_answers_are_reused_only_for_the_very_same_record(call: Call, scripted: Scripted) -> None:
    fields = {"id": "t-2", "name": "two"}
    scripted.answers["getThing"] = Answer(value=Shaped(fields), cache_key="t-2")
    assert call("GET", "/things/t-2", headers=AUTH).json()["name"] == "two"
    # Stored records are immutable values: the same object is answered from the kept encoding...
    fields["name"] = "changed in place"
    assert call("GET", "/things/t-2", headers=AUTH).json()["name"] == "two"
    # ...and a write stores a new object, which is rendered afresh.
    scripted.answers["getThing"] = Answer(value=Shaped({"id": "t-2", "name": "renamed"}), cache_key="t-2")
    assert call("GET", "/things/t-2", headers=AUTH).json()["name"] == "renamed"


def test_an_answer_left_to_the_spec_is_the_documented_example(call: Call, scripted: Scripted) -> None:
    scripted.answers["getThing"] = Answer()
    assert call("GET", "/things/t-1", headers=AUTH).json() == {"id": "t-1", "name": "doc"}
