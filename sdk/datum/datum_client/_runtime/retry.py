"""Retries and request logging, as httpx transports that wrap another transport.

One policy (`Retry.delay_after_response`, `Retry.delay_after_error`: pure decisions, tested without
I/O) and two drivers (`RetryTransport`, `AsyncRetryTransport`) that differ only in `await`. Because
they wrap a transport, they compose with user transports (`httpx_args={"transport": ...}`), with
`httpx.MockTransport` and with respx.

- Retried: connection errors, 408, 429 and 5xx; 2 retries by default.
- Waits: exponential backoff with jitter from `initial_delay` (0.5 s) to `max_delay` (8 s), or what
  `Retry-After` asks (seconds or an HTTP date), capped at `max_retry_after`.
- POST and PATCH are retried only when the answer proves the server did not act: the connection was
  refused (or never made), 429 or 503.
- Per call: the request extension `RETRY_EXTENSION` holds the `Retry` to use instead of the client's.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from dataclasses import dataclass, replace
from typing import Protocol

import httpx

from .redact import redact_url

__all__ = [
    "DEFAULT_RETRY",
    "IDEMPOTENT_METHODS",
    "NO_RETRY",
    "RETRY_EXTENSION",
    "SYSTEM_CLOCK",
    "AsyncRetryTransport",
    "Clock",
    "Retry",
    "RetryTransport",
    "SystemClock",
    "as_retry",
]

RETRY_EXTENSION = "sdk.retry"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
# Answers that prove a request was not acted on, so even POST and PATCH may be sent again.
_NOT_ACTED_STATUSES = frozenset({429, 503})
_RETRY_STATUSES = frozenset({408, 429})
# Errors raised before a request left the client: nothing reached the server.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors no retry can cure.
_PERMANENT_ERRORS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")


def _logger() -> logging.Logger:
    # `<package>._runtime.retry` logs as `<package>`; here, as `generator.runtime`.
    name = __name__.rpartition("._runtime")[0] or __name__.rpartition(".")[0]
    return logging.getLogger(name)


logger = _logger()


class Clock(Protocol):
    """Time as the retry loop sees it (tests pass a fake one)."""

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...

    def random(self) -> float: ...

    def now(self) -> float:
        """Seconds since the epoch (for `Retry-After` dates)."""
        ...


class SystemClock:
    """The real clock: `time.sleep`, `asyncio.sleep`, `random.random`, `time.time`."""

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def random(self) -> float:
        return random.random()  # jitter, not cryptography

    def now(self) -> float:
        return time.time()


SYSTEM_CLOCK = SystemClock()


@dataclass(frozen=True)
class Retry:
    """How many times and how patiently to retry; `Retry(total=0)` never retries."""

    total: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def backoff(self, attempt: int, clock: Clock = SYSTEM_CLOCK) -> float:
        """The wait before retry number `attempt + 1`: doubling from `initial_delay`, at most
        `max_delay`, stretched by up to `jitter` (a fraction) at random, never past `max_delay`."""
        base = min(self.max_delay, self.initial_delay * (2.0**attempt))
        return min(self.max_delay, base * (1 + self.jitter * clock.random()))

    def retry_after(self, headers: httpx.Headers, clock: Clock = SYSTEM_CLOCK) -> float | None:
        """The wait `Retry-After` asks for (seconds or an HTTP date), capped; None without one."""
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            seconds = float(value)
        except ValueError:
            from email.utils import parsedate_to_datetime  # noqa: PLC0415 -- rare; keeps import cheap

            try:
                seconds = float(parsedate_to_datetime(value).timestamp()) - clock.now()
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
        if math.isnan(seconds):
            return None
        return max(0.0, min(seconds, self.max_retry_after))

    def delay_after_response(
        self, method: str, response: httpx.Response, attempt: int, clock: Clock = SYSTEM_CLOCK
    ) -> float | None:
        """Seconds to wait before sending again after this answer, or None to keep it."""
        status = response.status_code
        if attempt >= self.total or (status < 500 and status not in _RETRY_STATUSES):
            return None
        if method.upper() not in IDEMPOTENT_METHODS and status not in _NOT_ACTED_STATUSES:
            return None
        after = self.retry_after(response.headers, clock)
        return self.backoff(attempt, clock) if after is None else after

    def delay_after_error(
        self, method: str, error: Exception, attempt: int, clock: Clock = SYSTEM_CLOCK
    ) -> float | None:
        """Seconds to wait before sending again after this transport error, or None to raise it."""
        if attempt >= self.total or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, _PERMANENT_ERRORS):
            return None
        if method.upper() not in IDEMPOTENT_METHODS and not isinstance(error, _NOT_SENT_ERRORS):
            return None
        return self.backoff(attempt, clock)


DEFAULT_RETRY = Retry()
NO_RETRY = Retry(total=0)


def as_retry(value: int | Retry | None) -> Retry:
    """A `Retry` from what users pass: a count, a `Retry`, or None (never retry)."""
    if value is None:
        return NO_RETRY
    if isinstance(value, Retry):
        return value
    if type(value) is not int or value < 0:  # a bool is not a count
        raise ValueError(f"retries must be a non-negative int, a Retry or None, not {value!r}")
    return DEFAULT_RETRY if value == DEFAULT_RETRY.total else replace(DEFAULT_RETRY, total=value)


def _request_id(headers: httpx.Headers) -> str:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return "-"


def _log_answer(request: httpx.Request, response: httpx.Response, started: float, attempt: int) -> None:
    logger.debug(
        "%s %s -> %d in %.1f ms (request id %s, attempt %d)",
        request.method,
        redact_url(request.url),
        response.status_code,
        (time.perf_counter() - started) * 1000,
        _request_id(response.headers),
        attempt + 1,
    )


def _log_error(request: httpx.Request, error: Exception, started: float, attempt: int) -> None:
    logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d)",
        request.method,
        redact_url(request.url),
        type(error).__name__,
        (time.perf_counter() - started) * 1000,
        attempt + 1,
    )


def _log_retry(request: httpx.Request, delay: float, attempt: int) -> None:
    logger.info(
        "retrying %s %s in %.2f s (retry %d)", request.method, redact_url(request.url), delay, attempt + 1
    )


class RetryTransport(httpx.BaseTransport):
    """Sends through `transport`, retrying by `retry`, and logs every attempt at DEBUG."""

    def __init__(
        self, transport: httpx.BaseTransport, retry: Retry = DEFAULT_RETRY, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.transport = transport
        self.retry = retry
        self.clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy: Retry = request.extensions.get(RETRY_EXTENSION, self.retry)
        debug = logger.isEnabledFor(logging.DEBUG)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = self.transport.handle_request(request)
            except Exception as exc:
                if debug:
                    _log_error(request, exc, started, attempt)
                delay = policy.delay_after_error(request.method, exc, attempt, self.clock)
                if delay is None:
                    raise
            else:
                if debug:
                    _log_answer(request, response, started, attempt)
                delay = policy.delay_after_response(request.method, response, attempt, self.clock)
                if delay is None:
                    return response
                response.close()
            _log_retry(request, delay, attempt)
            self.clock.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> RetryTransport:
        self.transport.__enter__()
        return self

    def __exit__(self, *args: object) -> None:
        self.transport.__exit__(*args)  # type: ignore[arg-type]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """`RetryTransport` for `httpx.AsyncClient`."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, retry: Retry = DEFAULT_RETRY, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.transport = transport
        self.retry = retry
        self.clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy: Retry = request.extensions.get(RETRY_EXTENSION, self.retry)
        debug = logger.isEnabledFor(logging.DEBUG)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self.transport.handle_async_request(request)
            except Exception as exc:
                if debug:
                    _log_error(request, exc, started, attempt)
                delay = policy.delay_after_error(request.method, exc, attempt, self.clock)
                if delay is None:
                    raise
            else:
                if debug:
                    _log_answer(request, response, started, attempt)
                delay = policy.delay_after_response(request.method, response, attempt, self.clock)
                if delay is None:
                    return response
                await response.aclose()
            _log_retry(request, delay, attempt)
            await self.clock.asleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def __aenter__(self) -> AsyncRetryTransport:
        await self.transport.__aenter__()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.transport.__aexit__(*args)  # type: ignore[arg-type]
