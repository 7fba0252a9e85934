"""uvicorn's httptools protocol with a bound on request heads (see `server.py` for why), which stamps
each request with the moment its first bytes were read (`store.ARRIVED`: a shared store may answer the
request's reads from a database round trip sent after that moment).

A module of its own, imported only when httptools is installed, so that the class is importable by
name: `--workers` pickles the server configuration, protocol class included, into each worker.
"""

from __future__ import annotations

import time

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .head_limit import BODY_431, HEAD_LIMIT, RESPONSE_431
from .store import ARRIVED

__all__ = ["BoundedHttpToolsProtocol"]


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    _head_bytes = 0
    _in_head = True

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)
        # Checked after parsing, so a head and body arriving together count as the head only.
        if self._in_head and self._head_bytes > HEAD_LIMIT and not self.transport.is_closing():
            self.transport.write(RESPONSE_431 % (len(BODY_431), BODY_431))
            self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self.scope["state"][ARRIVED] = time.monotonic_ns()

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_bytes = 0
        super().on_headers_complete()
