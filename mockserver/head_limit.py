"""The bound on a request line and headers, and the 431 answer sent past it (`bounded_http.py`)."""

from __future__ import annotations

__all__ = ["BODY_431", "HEAD_LIMIT", "RESPONSE_431"]

HEAD_LIMIT = 64 * 1024

RESPONSE_431 = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: application/problem+json\r\n"
    b"connection: close\r\n"
    b"content-length: %d\r\n\r\n%s"
)
BODY_431 = (
    b'{"type":"https://stoplight.io/prism/errors#HEADERS_TOO_LARGE",'
    b'"title":"Request Header Fields Too Large","status":431,'
    b'"detail":"the request line and headers are larger than %d bytes"}' % HEAD_LIMIT
)
