"""Permissive CORS, as Prism does it: any origin, any method, any header, preflights answered.

Preflights (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) are answered before routing
and security: browsers send them without credentials. `mockserver serve --no-cors` turns this off.
"""

from __future__ import annotations

from .responses import MockResponse

__all__ = ["cors_headers", "preflight"]

_ANY_METHOD = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"
# Without an Origin the request is not a browser's cross-origin one; `*` is what Prism sends then.
_NO_ORIGIN = ((b"access-control-allow-origin", b"*"),)


def preflight(method: str, headers: dict[bytes, bytes]) -> MockResponse | None:
    """The answer to a CORS preflight, or None when the request is not one."""
    origin = headers.get(b"origin")
    wanted = headers.get(b"access-control-request-method")
    if method != "OPTIONS" or origin is None or wanted is None:
        return None
    return MockResponse(
        204,
        headers={
            "access-control-allow-origin": origin.decode("latin-1"),
            "access-control-allow-credentials": "true",
            "access-control-allow-methods": wanted.decode("latin-1") or _ANY_METHOD,
            "access-control-allow-headers": headers.get(b"access-control-request-headers", b"*").decode(
                "latin-1"
            )
            or "*",
            "access-control-max-age": "86400",
            "vary": "origin",
        },
    )


def cors_headers(origin: bytes | None, exposed: list[tuple[bytes, bytes]]) -> tuple[tuple[bytes, bytes], ...]:
    """Headers that let a browser page on `origin` read this answer, credentials included."""
    if origin is None:
        return _NO_ORIGIN
    # With credentials allowed, `*` is not a wildcard for browsers: name the origin and the headers.
    names = b", ".join(name for name, _ in exposed if name != b"content-type") or b"content-length"
    return (
        (b"access-control-allow-origin", origin),
        (b"access-control-allow-credentials", b"true"),
        (b"access-control-expose-headers", names),
        (b"vary", b"origin"),
    )
