"""Decoding JSON answers: large bodies with msgspec when it is installed, the rest with the standard library.

msgspec decodes about twice as fast as `json` and keeps integers of any size exact. It is imported on
the first large body only (importing it costs more than decoding a small body with either), and
whatever it refuses (a byte-order mark, UTF-16, NaN, lone surrogates, malformed input) goes to httpx's
own `Response.json()`, so results and errors are always those of the standard library.

`JsonAnswer` pauses the cyclic garbage collector while a large body is decoded and read into models:
those are thousands of new objects of which none is garbage, so the collections their allocations
trigger only cost (a tenth of a 1,000-item list's parse time). The collector is left as it was found.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["LARGE_BODY", "JsonAnswer", "json_body"]

# Bodies from this size on are worth the fast decoder (a list of a few dozen items and more).
LARGE_BODY = 16 * 1024

_Decoder = Callable[[bytes], Any]


@functools.cache
def _fast_decoder() -> tuple[_Decoder, type[Exception]] | None:
    """msgspec's decoder and the error it raises, imported once; None without msgspec."""
    try:
        import msgspec  # noqa: PLC0415 - deferred: only large bodies need it
    except ImportError:
        return None
    return msgspec.json.Decoder().decode, msgspec.DecodeError


def json_body(response: httpx.Response) -> Any:
    """The answer's body as JSON, as `response.json()` would give it."""
    return _decode(response, large=len(response.content) >= LARGE_BODY)


def _decode(response: httpx.Response, *, large: bool) -> Any:
    if large:
        fast = _fast_decoder()
        if fast is not None:
            decode, refused = fast
            try:
                return decode(response.content)
            except refused:
                pass
    return response.json()


class JsonAnswer:
    """`with JsonAnswer(response) as body:` the decoded body, read into models inside the block.

    For a large body the garbage collector is paused for the block (when it was enabled), and
    enabled again on leaving it, whatever happens inside.
    """

    __slots__ = ("_paused", "_response")

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._paused = False

    def __enter__(self) -> Any:
        large = len(self._response.content) >= LARGE_BODY
        if large and gc.isenabled():
            gc.disable()
            self._paused = True
        return _decode(self._response, large=large)

    def __exit__(self, *exc_info: object) -> None:
        if self._paused:
            self._paused = False
            gc.enable()
