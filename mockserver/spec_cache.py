"""Load specs through a cache of their parsed form: YAML parsing is most of the start-up time.

The first start parses the YAML as `specs.load` does and keeps the result as JSON, keyed by the
file's content; later starts read it back with orjson, ~100x faster than parsing a large spec. JSON
rather than pickle: reading a cache file can never run code. A spec whose parsed form does not survive
JSON unchanged (a YAML date, a non-string key) is simply not cached. An edited spec has another
digest, so it is parsed again (one entry per spec file: the cache does not grow).
`MOCKSERVER_CACHE_DIR` moves the cache; set it empty to turn it off. Any problem with the cache
(unwritable, corrupt) falls back to parsing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson

import specs

__all__ = ["cache_dir", "load_spec"]

_SALT = b"json|2"  # changes when the entry format does


def cache_dir() -> Path | None:
    """Where parsed specs are kept, or None when the cache is off."""
    configured = os.environ.get("MOCKSERVER_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cloud-api-toolkit" / "mockserver"


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(_SALT + data, digest_size=20).hexdigest().encode()


def _as_json(document: dict[str, Any]) -> bytes | None:
    """The document as JSON, or None when JSON would not give the same document back."""
    try:
        encoded = orjson.dumps(document)
    except TypeError:  # a value JSON has no type for
        return None
    return encoded if orjson.loads(encoded) == document else None


def load_spec(path: Path) -> dict[str, Any]:
    """`specs.load(path)`, served from the cache when the file has not changed since it was parsed."""
    directory = cache_dir()
    if directory is None:
        return specs.load(path)
    try:
        data = path.read_bytes()
    except OSError:
        return specs.load(path)  # raises the loader's own error
    digest = _digest(data)
    entry = directory / f"{hashlib.blake2b(str(path.resolve()).encode(), digest_size=12).hexdigest()}.json"
    with contextlib.suppress(Exception):  # a missing, stale or broken entry only means parsing again
        cached = entry.read_bytes()
        head, _, payload = cached.partition(b"\n")
        if head == digest:
            document = orjson.loads(payload)
            if isinstance(document, dict):
                return specs.check_document(document, path)
    document = specs.load(path)
    encoded = _as_json(document)
    with contextlib.suppress(OSError):
        if encoded is not None and _digest(path.read_bytes()) == digest:  # unchanged while parsed
            directory.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(digest + b"\n" + encoded)
                os.replace(temporary, entry)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
    return document
