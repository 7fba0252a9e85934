"""Answers: examples, schema samples, Prefer, dynamic data, error models."""

from __future__ import annotations

from pathlib import Path

from mockserver import MockOptions

from .pets import AUTH, Call, make_caller


def test_first_named_example_is_the_default_answer(call: Call) -> None:
    assert call("GET", "/pets", headers=AUTH).json() == [{"id": "p-0001", "name": "Rex"}]


def test_prefer_example_and_query_form(call: Call) -> None:
    by_header = call("GET", "/pets", headers={**AUTH, "Prefer": "example=two"})
    by_query = call("GET", "/pets", params={"__example": "two"}, headers=AUTH)
    assert len(by_header.json()) == len(by_query.json()) == 2
    assert call("GET", "/pets", headers={**AUTH, "Prefer": "example=zzz"}).status_code == 404


def test_prefer_code_answers_the_documented_status(call: Call) -> None:
    response = call("GET", "/pets/p-0001", headers={**AUTH, "Prefer": "code=404"})
    assert response.status_code == 404
    assert response.content == b""  # documented without a body
    assert call("GET", "/pets", params={"__code": "401"}, headers=AUTH).json()["code"] == 401


def test_schema_sample_satisfies_pattern_and_required(call: Call) -> None:
    pet = call("GET", "/pets/p-0001", headers=AUTH).json()
    assert pet["id"] == "p-0000"
    assert pet["name"]


def test_dynamic_answers_are_repeatable_with_a_seed(pets_spec: Path) -> None:
    first = make_caller([pets_spec], MockOptions(static=True, dynamic=True, seed=7))
    second = make_caller([pets_spec], MockOptions(static=True, dynamic=True, seed=7))
    one = first("GET", "/pets/p-0001", headers=AUTH).json()
    assert one == second("GET", "/pets/p-0001", headers=AUTH).json()
    assert one["id"].startswith("p-")


def test_undocumented_error_status_falls_back_to_problem_json(call: Call) -> None:
    response = call(
        "PUT",
        "/pets/p-0001",
        content=b"\xff",
        headers={"X-Api-Key": "mock-token", "Content-Type": "text/plain"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 400
