"""What generated models call while reading and writing JSON: checks, the path of a misfit, dumping.

A model's `_parse` reads a decoded JSON object field by field, checks each value against the spec's
type and raises `MisfitError` at the first misfit. Every enclosing model and list adds its own segment
(`services`, `[3]`) on the way out, so the boundary (`from_dict`, `from_json` or an operation's
`_parse_response`) turns it into a `ValidationError` naming the JSON path (`$.services[3].id`). The
checks of plain values are inline in the generated code (`type(v) is str`, no call from here), so a
field costs a type test; these helpers run for nested values and once something fails, when the path
is built.
"""

from __future__ import annotations

import datetime
import enum
import json
import operator
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeGuard, TypeVar, cast

import httpx

from .errors import ResponseValidationError, ValidationError, request_id_of, request_of

__all__ = [
    "MISSING",
    "NO_NULLS",
    "PARSE_ERRORS",
    "MisfitError",
    "as_bytes",
    "as_dict",
    "as_list",
    "as_object",
    "bad",
    "dump",
    "failed_index",
    "load",
    "load_json",
    "missing",
    "model_repr",
    "multipart_part",
    "no_extra",
    "parse_date",
    "parse_datetime",
    "parse_enum",
    "parse_uuid",
    "response_validation_error",
    "to_json",
    "unexpected",
]

# What a model parsed from JSON holds as its explicit nulls (none: absent and null both read as None).
NO_NULLS: frozenset[str] = frozenset()


class _Missing:
    """The value a model's parser reads for a required field that is not there."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # typed Any: it flows into the checks of any field

T = TypeVar("T")


def no_extra() -> dict[str, Any]:
    """A new, empty `additional_properties` (typed, unlike `dict`)."""
    return {}


E = TypeVar("E", bound=enum.Enum)

_JSON_TYPES: dict[type, str] = {
    type(None): "null",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    str: "a string",
    list: "an array",
    dict: "an object",
}


class MisfitError(Exception):
    """A value does not fit its model; `segments` is the path to it, innermost first."""

    __slots__ = ("reason", "segments")

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.segments: list[str] = []

    def at(self, key: str) -> MisfitError:
        """Prefix the path with an object key."""
        self.segments.append(f".{key}" if key.isidentifier() else f"[{json.dumps(key)}]")
        return self

    def at_index(self, index: int) -> MisfitError:
        """Prefix the path with an array index."""
        self.segments.append(f"[{index}]")
        return self

    @property
    def path(self) -> str:
        return "$" + "".join(reversed(self.segments))


def _describe(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def bad(expected: str, value: object) -> MisfitError:
    """`value` is not the `expected` kind of thing (`"a string"`, `"an object"`, ...).

    `MISSING` (a required field that is not there) says so: the generated code checks a required
    field's type and its presence in one test, and tells the two apart only when it fails.
    """
    if value is MISSING:
        return missing()
    return MisfitError(f"expected {expected}, got {_describe(value)}")


def missing() -> MisfitError:
    """A required field is not there."""
    return MisfitError("required field is missing")


def unexpected(exc: BaseException) -> MisfitError:
    """Any other failure while reading a value (a safety net: the generated checks come first)."""
    if isinstance(exc, MisfitError):
        return exc
    return MisfitError(f"{type(exc).__name__}: {exc}")


# What a misfit may raise on the way (the generated checks raise `MisfitError`; the rest is a safety net).
# Anything else (a NameError, a MemoryError) is a bug or a crash, not drift, and passes through.
PARSE_ERRORS: tuple[type[Exception], ...] = (
    MisfitError,
    ValidationError,
    KeyError,
    IndexError,
    TypeError,
    ValueError,
    AttributeError,
    OverflowError,
    RecursionError,
)


def as_object(value: Any) -> Mapping[str, Any]:
    """`value` when it is a JSON object (any mapping), else `MisfitError`."""
    if isinstance(value, Mapping):
        return cast("Mapping[str, Any]", value)
    raise bad("an object", value)


def as_dict(value: Any) -> dict[str, Any]:
    """`value` when it is a decoded JSON object (a dict), else `MisfitError`."""
    if type(value) is dict:
        return cast("dict[str, Any]", value)
    raise bad("an object", value)


def _is_list(value: object) -> TypeGuard[list[Any]]:  # list[Any] for mypy and pyright alike
    return isinstance(value, list)


def as_list(value: Any) -> list[Any]:
    """`value` when it is a JSON array, else `MisfitError`."""
    if _is_list(value):
        return value
    raise bad("an array", value)


def failed_index(items: list[Any], iterator: Iterator[Any]) -> int:
    """The index of the item a loop over `iterator` (a list iterator over `items`) failed on."""
    return len(items) - operator.length_hint(iterator) - 1


def as_bytes(value: Any) -> bytes:
    """File content given as bytes (or text, sent as UTF-8)."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, str):
        return value.encode()
    raise bad("file content (bytes)", value)


def parse_datetime(value: Any) -> datetime.datetime:
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise bad("a date-time string", value)


def parse_date(value: Any) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise bad("a date string", value)


def parse_uuid(value: Any) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise bad("a UUID string", value)


def parse_enum(cls: type[E], value: Any) -> E:
    """The member of `cls` whose value is `value`."""
    if value is MISSING:
        raise missing()
    try:
        # The lookup `cls(value)` starts with, without its call overhead (the common case).
        return cast(E, cls._value2member_map_[value])
    except (KeyError, TypeError):
        pass
    try:
        return cls(value)
    except (ValueError, TypeError):
        allowed = ", ".join(json.dumps(member.value) for member in cls)
        raise MisfitError(f"expected one of {allowed}, got {json.dumps(value, default=repr)[:80]}") from None


def dump(value: Any) -> Any:
    """A field's value as JSON data: models through `to_dict`, enums by value, dates in ISO 8601."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [dump(item) for item in value]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, Mapping):
        return {key: dump(item) for key, item in value.items()}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    return value


def model_repr(
    model: object, required: tuple[str, ...], optional: tuple[str, ...], nulls: frozenset[str]
) -> str:
    """`Model(a=1, b='x')` with the fields that are present only (additional properties when any)."""
    shown = [f"{name}={getattr(model, name)!r}" for name in required if name != "additional_properties"]
    for name in optional:
        value = getattr(model, name)
        if value is not None or name in nulls:
            shown.append(f"{name}={value!r}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


def multipart_part(name: str, value: Any) -> tuple[str, Any]:
    """One part of a multipart/form-data body: files as they are, models as JSON, the rest as text."""
    to_tuple = getattr(value, "to_tuple", None)
    if to_tuple is not None:
        return name, to_tuple()
    if hasattr(value, "to_dict"):
        return name, (None, json.dumps(value.to_dict()).encode(), "application/json")
    data = dump(value)
    text = data if isinstance(data, str) else json.dumps(data)
    return name, (None, text.encode(), "text/plain")


def _error(exc: BaseException, model: str) -> ValidationError:
    problem = unexpected(exc)
    return ValidationError(
        f"{model}: {problem.reason} at {problem.path}", path=problem.path, reason=problem.reason
    )


def load(parse: Callable[[Any], T], src: Any, model: str) -> T:
    """`parse(src)`, with any misfit raised as `ValidationError` (what a model's `from_dict` does)."""
    try:
        return parse(src)
    except ValidationError:
        raise
    except PARSE_ERRORS as exc:
        raise _error(exc, model) from None


def load_json(parse: Callable[[Any], T], data: str | bytes | bytearray, model: str) -> T:
    """Decode `data` and parse it (what a model's `from_json` does); bad JSON is a `ValidationError`."""
    try:
        decoded = json.loads(data)
    except ValueError as exc:
        reason = f"not valid JSON ({exc})"
        raise ValidationError(f"{model}: {reason}", path="$", reason=reason) from None
    return load(parse, decoded, model)


def _file_text(value: Any) -> str:
    """A binary field's content (a `File`, bytes) in JSON: its text, as `as_bytes` reads it back."""
    content: bytes  # declared: the stream branches read Any, and the decode below must stay `str`
    if isinstance(value, bytes | bytearray):
        content = bytes(value)
    else:
        payload = getattr(value, "payload", None)
        if payload is None or not hasattr(payload, "read"):
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        if hasattr(payload, "getvalue"):
            content = payload.getvalue()
        else:  # a stream: read it, and put it back where it was when it can be
            start = payload.tell() if payload.seekable() else None
            content = payload.read()
            if start is not None:
                payload.seek(start)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        raise TypeError(
            "a binary field holds bytes that are not UTF-8 text, which JSON cannot carry; "
            "send the model as the multipart form it is documented as"
        ) from None


def to_json(data: Any, indent: int | None) -> str:
    """`data` (already JSON data, but for binary fields' `File`s, written as their text) as JSON."""
    if indent is None:
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=_file_text)
    return json.dumps(data, indent=indent, ensure_ascii=False, default=_file_text)


def response_validation_error(
    exc: BaseException, response: httpx.Response, model: str
) -> ResponseValidationError:
    """The error for a 2xx answer whose body does not fit `model` (or is not JSON at all)."""
    if isinstance(exc, ValueError) and not isinstance(exc, (MisfitError, ValidationError)) and _not_json(exc):
        path, reason = "$", "the body is not valid JSON"
    else:
        problem = unexpected(exc)
        path, reason = problem.path, problem.reason
    request = request_of(response)
    method = request.method if request is not None else ""
    url = str(request.url) if request is not None else ""
    return ResponseValidationError(
        f"{response.status_code} answer does not fit {model}: {reason} at {path}",
        path=path,
        reason=reason,
        status_code=response.status_code,
        headers=response.headers,
        request_id=request_id_of(response.headers),
        content=response.content,
        method=method,
        url=url,
    )


def _not_json(exc: ValueError) -> bool:
    return isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)) or type(exc).__name__ == "DecodeError"
