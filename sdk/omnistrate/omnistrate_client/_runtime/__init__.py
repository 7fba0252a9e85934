"""The SDK runtime: copied verbatim into every generated package as `<package>/_runtime/`.

It depends on httpx (and on msgspec when installed, for speed only) and imports nothing from the
package it lands in, so it is linted, typed and tested here, once, as `generator.runtime`.

- `errors`: the exception tree (`ApiError` and below) and the one boundary mapping httpx errors to it.
- `redact`: hiding credentials in headers, URLs and text (logs, reprs, exception messages).
- `retry`: the retry policy and the retrying, logging httpx transports that carry it out.
- `decode`: JSON bodies, with msgspec's fast decoder when present and the standard library's results.
- `calls`: what generated operations call: send a request, turn an error answer into an exception.
- `pagination`: iterators over token-paged lists, sync and async.
- `watch`: Kubernetes watches as typed event iterators, sync and async.
"""
