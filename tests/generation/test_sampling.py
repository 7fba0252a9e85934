"""Values drawn from schemas must satisfy them."""

from __future__ import annotations

import random
import re

import pytest

from mockserver.sampling import Sampler, string_for_pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[a-z0-9]([-a-z0-9]{0,34}[a-z0-9])?$",
        r"^s-[a-zA-Z0-9]{8}$",
        r"^\d{3}-\w+$",
        r"^(foo|bar)\.baz$",
        r"[^x]y",
    ],
)
def test_pattern_strings_match(pattern: str) -> None:
    assert re.search(pattern, string_for_pattern(pattern))
    rng = random.Random(3)
    for _ in range(20):
        assert re.search(pattern, string_for_pattern(pattern, rng))


def test_static_sample_prefers_what_the_author_wrote() -> None:
    sampler = Sampler(lambda node: node)
    schema = {
        "type": "object",
        "required": ["a"],
        "properties": {
            "a": {"type": "string", "example": "given"},
            "b": {"type": "integer", "minimum": 5},
            "c": {"enum": ["x", "y"]},
            "d": {"type": "array", "items": {"type": "string", "format": "uuid"}},
        },
    }
    assert sampler.sample(schema) == {
        "a": "given",
        "b": 5,
        "c": "x",
        "d": ["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
    }
