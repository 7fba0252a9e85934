"""The inspector page `/__mock/ui`: static files (`ui/`), no build step, nothing fetched from elsewhere.

The page is plain HTML, CSS and JavaScript that reads the public control API (`journal`, `state`,
`specs`) with relative URLs, so it works behind a path prefix. It shows request data only through
`textContent` (never as HTML), and a strict Content-Security-Policy allows scripts and styles from
the mock's own files only: no inline script, nothing from another origin.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources

from .responses import MockResponse

__all__ = ["CSP", "asset", "login_page", "page"]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    # `no-referrer` would make the browser send `Origin: null` with the page's form posts.
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}
_ASSETS = {
    "ui.js": "text/javascript; charset=utf-8",
    "ui.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",  # else the browser asks the mock's APIs for /favicon.ico
}

_LOGIN = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>mockserver inspector: sign in</title><link rel="icon" href="data:,"></head>
<body>
<h1>mockserver inspector</h1>
<p>The control API and this page need an admin token: the development token unless the mock was
started with <code>--admin-token</code>.</p>
{failed}
<form method="post" action="login">
<label>Admin token <input type="password" name="token" autocomplete="current-password" autofocus></label>
<button type="submit">Sign in</button>
</form>
</body>
</html>
"""


@cache
def _read(name: str) -> bytes:
    return resources.files("mockserver").joinpath("ui", name).read_bytes()


def page() -> MockResponse:
    return MockResponse(200, _read("index.html"), "text/html; charset=utf-8", dict(_HEADERS))


def asset(name: str) -> MockResponse | None:
    media = _ASSETS.get(name)
    if media is None:
        return None
    return MockResponse(200, _read(name), media, dict(_HEADERS))


def login_page(status: int, *, failed: bool = False) -> MockResponse:
    message = (
        f"<p role=alert>{html.escape('That token is not an admin token of this mock.')}</p>" if failed else ""
    )
    body = _LOGIN.format(failed=message).encode()
    headers = {**_HEADERS, "www-authenticate": 'Bearer realm="mockserver control API"'}
    return MockResponse(status, body, "text/html; charset=utf-8", headers)
