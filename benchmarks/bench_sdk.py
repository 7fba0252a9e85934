"""SDK runtime figures against raw httpx on the same in-process transport.

- describe-call overhead: `client.services.describe(id)` of the namespaced client (typed errors,
  retrying transport, logging check, per-call options, parsing into `Service`) against
  `client.get(url).json()`;
- 1,000-item list parse: `client.services.list()` into typed models against `client.get(url).json()`;
- first-operation import: a fresh interpreter importing `omnistrate_client`, building `Omnistrate`
  and calling its first operation, against a fresh interpreter running `import httpx`.

Sync and async, medians of repeated runs (raw and SDK in turns, each run after a full collection),
with ratios (lower is better; 1.0 = raw httpx). The in-process figures are this process's CPU time
(`time.process_time`): everything measured runs on this thread without I/O, and CPU time is what other
work on a shared machine disturbs least. The fresh-interpreter figures are the CPU time of the import
and first call in the child (interpreter start-up left out), also in turns.
Run: `python benchmarks/bench_sdk.py` (or `nox -s bench`); `--quick` for fewer repetitions.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from omnistrate_client import AsyncOmnistrate, AsyncRetryTransport, Omnistrate, RetryTransport

import specs

BASE = "http://bench.invalid"


def _example(operation_id: str) -> Any:
    document = specs.load("omnistrate")
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation["responses"]["200"]["content"]["application/json"]["example"]
    raise LookupError(operation_id)


def _bodies() -> tuple[bytes, bytes]:
    service = _example("describeService")
    listing = _example("listService")
    template = listing["services"][0] if listing.get("services") else service
    services = [{**template, "id": f"s-{i:06d}"} for i in range(1000)]
    listed = {"ids": [s["id"] for s in services], "services": services}
    return json.dumps(service).encode(), json.dumps(listed).encode()


DESCRIBE, LISTED = _bodies()
HEADERS = {"content-type": "application/json", "x-request-id": "bench"}


def _answer(request: httpx.Request) -> httpx.Response:
    body = LISTED if request.url.path.endswith("/service") else DESCRIBE
    return httpx.Response(200, content=body, headers=HEADERS)


async def _aanswer(request: httpx.Request) -> httpx.Response:
    return _answer(request)


def _timed(function: Callable[[], object], number: int) -> float:
    gc.collect()  # each run starts from the same collector state, so both sides pay their own garbage
    started = time.process_time()
    for _ in range(number):
        function()
    return (time.process_time() - started) / number


def _pair(
    raw: Callable[[], object], sdk: Callable[[], object], repeat: int, number: int
) -> tuple[float, float]:
    """Medians of raw and SDK runs, taken in turns so that drifts of the machine hit both alike."""
    raw()
    sdk()
    raws, sdks = [], []
    for _ in range(repeat):
        raws.append(_timed(raw, number))
        sdks.append(_timed(sdk, number))
    return statistics.median(raws), statistics.median(sdks)


async def _atimed(function: Callable[[], Awaitable[object]], number: int) -> float:
    gc.collect()
    started = time.process_time()
    for _ in range(number):
        await function()
    return (time.process_time() - started) / number


def _apair(
    raw: Callable[[], Awaitable[object]], sdk: Callable[[], Awaitable[object]], repeat: int, number: int
) -> tuple[float, float]:
    async def runner() -> tuple[float, float]:
        await raw()
        await sdk()
        raws, sdks = [], []
        for _ in range(repeat):
            raws.append(await _atimed(raw, number))
            sdks.append(await _atimed(sdk, number))
        return statistics.median(raws), statistics.median(sdks)

    return asyncio.run(runner())


def _row(name: str, times: tuple[float, float], limit: float) -> None:
    raw, sdk = times
    ratio = sdk / raw
    verdict = "ok" if ratio <= limit else "OVER"
    print(f"{name:<34} {raw * 1e6:>10.1f} µs {sdk * 1e6:>10.1f} µs {ratio:>6.2f}x  (≤ {limit}x {verdict})")


def _sync_figures(repeat: int, number: int) -> None:
    transport = httpx.MockTransport(_answer)
    raw = httpx.Client(base_url=BASE, transport=transport, headers={"Authorization": "Bearer t"})
    # The SDK's own retrying transport around the same in-process one (what it builds for itself).
    sdk = Omnistrate(base_url=BASE, token="t", http_client=httpx.Client(transport=RetryTransport(transport)))
    path = "/2022-09-01-00/service/s-1"
    _row(
        "describe call (sync)",
        _pair(lambda: raw.get(path).json(), lambda: sdk.services.describe("s-1"), repeat, number),
        1.2,
    )
    _row(
        "1,000-item list parse (sync)",
        _pair(
            lambda: raw.get("/2022-09-01-00/service").json(),
            sdk.services.list,
            repeat,
            max(1, number // 50),
        ),
        1.5,
    )


def _async_figures(repeat: int, number: int) -> None:
    transport = httpx.MockTransport(_aanswer)
    raw = httpx.AsyncClient(base_url=BASE, transport=transport, headers={"Authorization": "Bearer t"})
    sdk = AsyncOmnistrate(
        base_url=BASE, token="t", http_client=httpx.AsyncClient(transport=AsyncRetryTransport(transport))
    )
    path = "/2022-09-01-00/service/s-1"

    async def raw_describe() -> object:
        return (await raw.get(path)).json()

    async def raw_list() -> object:
        return (await raw.get("/2022-09-01-00/service")).json()

    async def sdk_describe() -> object:
        return await sdk.services.describe("s-1")

    async def sdk_list() -> object:
        return await sdk.services.list()

    _row("describe call (async)", _apair(raw_describe, sdk_describe, repeat, number), 1.2)
    _row("1,000-item list parse (async)", _apair(raw_list, sdk_list, repeat, max(1, number // 50)), 1.5)


_FIRST_CALL = """
import httpx
import omnistrate_client
body = {body!r}
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
client = omnistrate_client.Omnistrate(
    base_url="http://x", token="t", http_client=httpx.Client(transport=transport)
)
client.services.describe("s-1")
"""


def _fresh(code: str) -> float:
    """CPU time a fresh interpreter spends running `code` (its start-up left out)."""
    timer = "import time\n_t = time.process_time()\n{code}\nprint(time.process_time() - _t)"
    out = subprocess.run(
        [sys.executable, "-c", timer.format(code=code)], capture_output=True, text=True, check=True
    )
    return float(out.stdout.split()[-1])


def _import_figures(runs: int) -> None:
    httpx_times, sdk_times = [], []
    for _ in range(runs):  # in turns, as the in-process figures
        httpx_times.append(_fresh("import httpx"))
        sdk_times.append(_fresh(_FIRST_CALL.format(body=DESCRIBE)))
    httpx_time, sdk_time = statistics.median(httpx_times), statistics.median(sdk_times)
    ratio = sdk_time / httpx_time
    print(
        f"{'first operation, fresh interpreter':<34} {httpx_time * 1e3:>10.1f} ms {sdk_time * 1e3:>10.1f} ms "
        f"{ratio:>6.2f}x  (≤ 1.5x {'ok' if ratio <= 1.5 else 'OVER'})"
    )


def main() -> None:
    quick = "--quick" in sys.argv
    repeat, number, runs = (5, 400, 5) if quick else (9, 1000, 11)
    print(f"{'omnistrate_client':<34} {'raw httpx':>13} {'SDK':>13} {'ratio':>7}")
    _sync_figures(repeat, number)
    _async_figures(repeat, number)
    _import_figures(runs)


if __name__ == "__main__":
    main()
