"""Continue tokens: an unpadded base64url string holding the snapshot's revision and the next name.

Any string the spec's `continue` pattern admits decodes, so a token can only fail by being stale.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

__all__ = ["ContinueToken"]

_REVISION_BYTES = 8


@dataclass(frozen=True)
class ContinueToken:
    revision: int  # the snapshot the list pages through
    start: str  # the first name of the next page

    def encode(self) -> str:
        raw = self.revision.to_bytes(_REVISION_BYTES, "big") + self.start.encode("utf-8")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    @classmethod
    def decode(cls, token: str) -> ContinueToken:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        head, tail = raw[:_REVISION_BYTES], raw[_REVISION_BYTES:]
        return cls(int.from_bytes(head, "big"), tail.decode("utf-8", "replace"))
