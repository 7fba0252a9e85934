"""The canonical OpenAPI specs, and the one loader the generator and the mock server share.

Every way a spec can fail to load raises a `SpecLoadError` whose message is one line naming the file
(or the name given) and the problem, so that command lines can print it as it is.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from .refs import RefError, Refs, escape, lookup, pointer, tokens

__all__ = [
    "SPECS_DIR",
    "InvalidSpecError",
    "NotOpenAPIError",
    "RefError",
    "Refs",
    "SpecLoadError",
    "SpecNotFoundError",
    "SpecSyntaxError",
    "api_names",
    "check_document",
    "escape",
    "load",
    "lookup",
    "pointer",
    "resolve",
    "tokens",
    "yaml_loader",
]

SPECS_DIR = Path(__file__).resolve().parent
_SPEC_FILE = "openapi.yaml"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SHOWN_PROBLEMS = 3


@cache
def yaml_loader() -> Any:
    """PyYAML's safe loader, libyaml's when there (~10x faster on the large specs). Imported on first
    use: the mock server reads its specs from a JSON cache and seldom needs YAML at all."""
    import yaml  # noqa: PLC0415

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecLoadError(ValueError):
    """A spec that cannot be loaded; the message is one line naming the file and the problem."""


class SpecNotFoundError(SpecLoadError, LookupError):
    """A spec name or path that names no spec."""


class SpecSyntaxError(SpecLoadError):
    """A file that is not YAML (or JSON); the message gives the line and column."""


class NotOpenAPIError(SpecLoadError):
    """YAML that is not an OpenAPI 3.x document (no `openapi: 3.x` field, no `paths`)."""


class InvalidSpecError(SpecLoadError):
    """An OpenAPI 3.x document with structural problems; the message names the first, by JSON pointer."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        shown = "; ".join(problems[:_SHOWN_PROBLEMS])
        more = f" (and {len(problems) - _SHOWN_PROBLEMS} more)" if len(problems) > _SHOWN_PROBLEMS else ""
        super().__init__(f"{path}: invalid OpenAPI document: {shown}{more}")
        self.problems = problems


def api_names() -> list[str]:
    """Names of the APIs that have a spec, sorted (`datahub`, `omnistrate`, ...)."""
    return sorted(p.parent.name for p in SPECS_DIR.glob(f"*/{_SPEC_FILE}"))


def _looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text.endswith((".yaml", ".yml", ".json"))


def resolve(name_or_path: str | Path) -> tuple[str, Path]:
    """Turn an API name (`datahub`) or a spec file path into `(api name, file path)`."""
    candidate = Path(name_or_path)
    if candidate.is_file():
        name = candidate.parent.name if candidate.name == _SPEC_FILE else candidate.stem
        return name, candidate.resolve()
    text = str(name_or_path)
    bundled = SPECS_DIR / text / _SPEC_FILE
    if not _looks_like_path(text) and bundled.is_file():
        return text, bundled
    if isinstance(name_or_path, Path) or _looks_like_path(text):
        problem = "is a directory, not a spec file" if candidate.is_dir() else "no such file"
        raise SpecNotFoundError(f"{text}: {problem}")
    known = ", ".join(api_names()) or "none"
    raise SpecNotFoundError(f"no spec named {text!r}: give a file path or one of: {known}")


def check_document(document: object, path: Path) -> dict[str, Any]:
    """`document` if it is an OpenAPI 3.x document of the right shape, else a `SpecLoadError`.

    A structural check (cheap enough for every start), not the full OpenAPI schema: the top-level
    fields, paths, operations and their responses, each problem located by its JSON pointer.
    """
    if not isinstance(document, dict):
        kind = "empty" if document is None else f"a {type(document).__name__}, not a mapping"
        raise NotOpenAPIError(f"{path}: not an OpenAPI 3.x document: the file is {kind}")
    version = document.get("openapi")
    if version is None:
        detail = "it is Swagger 2.0" if "swagger" in document else "it has no 'openapi' field"
        raise NotOpenAPIError(f"{path}: not an OpenAPI 3.x document: {detail}")
    if not (isinstance(version, str) and version.startswith(("3.0.", "3.1."))):
        raise NotOpenAPIError(
            f"{path}: not an OpenAPI 3.x document: 'openapi' is {version!r}; 3.0.x or 3.1.x is served"
        )
    if "paths" not in document and "webhooks" not in document:
        raise NotOpenAPIError(f"{path}: not an OpenAPI 3.x document: it has no 'paths'")
    problems: list[str] = []
    info = document.get("info")
    if not isinstance(info, dict):
        problems.append("/info: a mapping with 'title' and 'version' is required")
    else:
        problems.extend(f"/info: '{key}' is required" for key in ("title", "version") if key not in info)
    paths = document.get("paths", {})
    if not isinstance(paths, dict):
        problems.append("/paths: must be a mapping")
        paths = {}
    for template, item in paths.items():
        if not str(template).startswith("/"):
            problems.append(f"{pointer('paths', str(template))}: a path must start with '/'")
        if not isinstance(item, dict):
            problems.append(f"{pointer('paths', str(template))}: must be a mapping")
            continue
        for method in _METHODS:
            if method not in item:
                continue
            operation = item[method]
            where = pointer("paths", str(template), method)
            if not isinstance(operation, dict):
                problems.append(f"{where}: must be a mapping")
                continue
            responses = operation.get("responses")
            if responses is None and version.startswith("3.0."):
                problems.append(f"{where}: 'responses' is required")
            elif responses is not None and (not isinstance(responses, dict) or not responses):
                problems.append(f"{where}/responses: must be a mapping with at least one response")
    if problems:
        raise InvalidSpecError(path, problems)
    return document


def load(name_or_path: str | Path) -> dict[str, Any]:
    """Parse a spec into plain Python data; a `SpecLoadError` names what is wrong and where."""
    _, path = resolve(name_or_path)
    import yaml  # noqa: PLC0415 - see yaml_loader

    try:
        with path.open("rb") as handle:
            document = yaml.load(handle, Loader=yaml_loader())
    except OSError as exc:
        raise SpecLoadError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        raise SpecSyntaxError(f"{where}: not valid YAML: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise SpecSyntaxError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from exc
    return check_document(document, path)
