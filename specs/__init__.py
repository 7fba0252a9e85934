"""The canonical OpenAPI specs, and the one loader the generator and the mock server share."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["SPECS_DIR", "SpecNotFoundError", "api_names", "load", "resolve", "yaml_loader"]

SPECS_DIR = Path(__file__).resolve().parent
_SPEC_FILE = "openapi.yaml"


@cache
def yaml_loader() -> Any:
    """PyYAML's safe loader, libyaml's when there (~10x faster on the large specs). Imported on first
    use: the mock server reads its specs from a JSON cache and seldom needs YAML at all."""
    import yaml  # noqa: PLC0415

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecNotFoundError(LookupError):
    """Raised for a spec name or path that names no spec."""


def api_names() -> list[str]:
    """Names of the APIs that have a spec, sorted (`datahub`, `omnistrate`, ...)."""
    return sorted(p.parent.name for p in SPECS_DIR.glob(f"*/{_SPEC_FILE}"))


def resolve(name_or_path: str | Path) -> tuple[str, Path]:
    """Turn an API name (`datahub`) or a spec file path into `(api name, file path)`."""
    candidate = Path(name_or_path)
    if candidate.is_file():
        name = candidate.parent.name if candidate.name == _SPEC_FILE else candidate.stem
        return name, candidate.resolve()
    bundled = SPECS_DIR / str(name_or_path) / _SPEC_FILE
    if bundled.is_file():
        return str(name_or_path), bundled
    known = ", ".join(api_names()) or "none"
    raise SpecNotFoundError(f"no spec named {str(name_or_path)!r}: give a file path or one of: {known}")


def load(name_or_path: str | Path) -> dict[str, Any]:
    """Parse a spec into plain Python data."""
    _, path = resolve(name_or_path)
    import yaml  # noqa: PLC0415 - see yaml_loader

    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=yaml_loader())
    if not isinstance(document, dict):
        raise ValueError(f"{path}: an OpenAPI document must be a mapping")
    return document
