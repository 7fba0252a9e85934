"""Errors raised by the pipeline stages; `responses.render_error` turns them into answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["MockError", "SpecError", "ValidationIssue"]


@dataclass(frozen=True)
class ValidationIssue:
    """One reason a request is invalid, located the way Prism locates it (`["query", "limit"]`)."""

    location: tuple[str, ...]
    message: str
    code: str = "invalid"

    def as_json(self) -> dict[str, Any]:
        return {
            "location": list(self.location),
            "severity": "Error",
            "code": self.code,
            "message": self.message,
        }


@dataclass
class MockError(Exception):
    """A request the mock refuses: status, message, and where it applies the Prism problem type.

    Stages raise it; one renderer answers it in the API's own error model when the spec documents a
    body for the status, else as RFC 7807 problem+json.
    """

    status: int
    detail: str
    problem: str = "UNPROCESSABLE_ENTITY"
    headers: dict[str, str] = field(default_factory=dict)
    validation: list[ValidationIssue] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.status}: {self.detail}"


class SpecError(ValueError):
    """A spec the mock cannot serve (broken $ref, duplicate operation, unsupported construct)."""
