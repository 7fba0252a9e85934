"""The inspector page `/__mock/ui` in headless Chromium: sign in, watch SDK calls arrive (a refused one
with its validation problem), open one, filter, see state and specs, reset; injected markup stays text;
no token in the page; the load time with 1,000 journal entries. Screenshots go to reports/ui/."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from datahub_client import BadRequestError, DataHub

from mockserver.testing import admin_headers, fill_journal, reset

TOKEN = "mock-token"
LOAD_BUDGET_MS = 300


@pytest.fixture
def page(browser: Any, mock_url: str) -> Iterator[Any]:
    reset(mock_url)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield _signed_in(page, mock_url)
    context.close()
    assert not errors, errors


def _signed_in(page: Any, mock_url: str) -> Any:
    response = page.goto(f"{mock_url}/__mock/ui")
    assert response.status == 401  # the login form
    page.fill("input[name=token]", TOKEN)
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-ready]")
    return page


def _rows(page: Any) -> Any:
    return page.locator("#entries tbody tr")


def test_requests_appear_live_and_open_with_their_problems(
    page: Any, mock_url: str, screenshots: Path
) -> None:
    client = DataHub(base_url=f"{mock_url}/datahub", token=TOKEN)
    client.tenants.create("acme")
    client.tenants.list()
    with pytest.raises(BadRequestError):
        client.tenants.create("Not_A_Name")  # refused: the name breaks the segment rule
    client.close()
    page.wait_for_function("() => document.querySelectorAll('#entries tbody tr').length >= 3")
    statuses = _rows(page).locator("td.status").all_text_contents()
    assert statuses[:3] == ["400", "200", "201"]  # newest first
    page.screenshot(path=screenshots / "requests.png", full_page=True)

    _rows(page).first.click()
    page.wait_for_selector("#detail .problems")
    assert page.locator("#detail .operation").text_content() == "createTenant"
    assert page.locator("#detail .problems code").first.text_content() == "/path/tenant"
    assert "does not match" in page.locator("#detail .problems").text_content()
    assert "[redacted]" in page.locator("#detail pre.request-headers").text_content()
    page.screenshot(path=screenshots / "refused-request.png", full_page=True)

    page.select_option("#filter-status", "4")
    assert _rows(page).locator("td.status").all_text_contents() == ["400"]
    page.select_option("#filter-status", "")
    page.fill("#filter-path", "acme")
    assert _rows(page).count() == 1
    page.fill("#filter-path", "")

    page.click("button[data-tab=state]")
    page.wait_for_selector("#state .api")
    assert (
        "tenants" in page.locator("#state").text_content() or "acme" in page.locator("#state").text_content()
    )
    page.screenshot(path=screenshots / "state.png", full_page=True)
    page.click("button[data-tab=specs]")
    page.wait_for_selector("#specs .api")
    create = page.locator("#specs tr").filter(has=page.get_by_text("createTenant", exact=True))
    assert "201 \u00d71" in create.text_content()
    assert "400 \u00d71" in create.text_content()
    page.screenshot(path=screenshots / "specs.png")

    page.click("button[data-tab=requests]")
    page.click("#reset")
    page.wait_for_function("() => document.querySelectorAll('#entries tbody tr').length === 0")
    assert httpx.get(f"{mock_url}/datahub/tenants", headers=admin_headers()).json() == []
    page.screenshot(path=screenshots / "after-reset.png")

    html = page.content()
    assert TOKEN not in html
    journal = httpx.get(f"{mock_url}/__mock/journal", headers=admin_headers()).text
    assert TOKEN not in journal


def test_injected_markup_is_shown_as_text_and_never_runs(page: Any, mock_url: str, screenshots: Path) -> None:
    script = "<script>window.__pwned = 1</script>"
    image = '<img src=x onerror="window.__pwned = 2">'
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    httpx.get(f"{mock_url}/datahub/tenants/{script}", headers=headers)
    httpx.put(f"{mock_url}/datahub/tenants/x{image}", headers=headers, content=f'{{"note": "{image}"}}')
    page.wait_for_function("() => document.querySelectorAll('#entries tbody tr').length >= 2")
    _rows(page).first.click()
    page.wait_for_selector("#detail pre.request-body")
    assert "onerror" in page.locator("#detail pre.request-body").text_content()
    assert page.locator("#entries td.path", has_text=script).count() == 1
    assert page.locator("#entries img, #detail img, #entries script, #detail script").count() == 0
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=screenshots / "injected-markup.png")


def test_a_foreign_page_cannot_reset_the_mock(browser: Any, mock_url: str) -> None:
    """A page of another origin, in a browser signed in to the inspector, posts to /__mock/reset."""
    context = browser.new_context()
    page = _signed_in(context.new_page(), mock_url)
    seeded = {"pds": {"projects": [{"id": "p1", "name": "mine"}]}}
    httpx.post(f"{mock_url}/__mock/seed", json=seeded, headers=admin_headers()).raise_for_status()
    foreign = mock_url.replace("127.0.0.1", "localhost")  # another origin, same server
    page.goto(f"{foreign}/__mock/health")
    result = page.evaluate(
        """async (url) => {
            try { const r = await fetch(url, {method: "POST", credentials: "include"}); return r.status; }
            catch (error) { return "blocked"; }
        }""",
        f"{mock_url}/__mock/reset",
    )
    assert result == "blocked"  # the preflight-free POST is refused (403) and unreadable without CORS
    state = httpx.get(f"{mock_url}/__mock/state", headers=admin_headers()).json()
    assert state["apis"]["pds"]["resources"]["projects"]["count"] == 1
    context.close()


def test_the_page_shows_1000_entries_and_says_how_fast(page: Any, mock_url: str, screenshots: Path) -> None:
    fill_journal(mock_url, 1000)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        page.reload()
        page.wait_for_selector("body[data-ready]")
        timings.append((time.perf_counter() - started) * 1000)
        page.wait_for_function("() => document.querySelectorAll('#entries tbody tr').length === 1000")
    # Navigation start to the first screen of rows rendered, as the page itself measures it.
    in_page = [int(page.evaluate("document.body.dataset.ready"))]
    for _ in range(2):
        page.reload()
        page.wait_for_selector("body[data-ready]")
        in_page.append(int(page.evaluate("document.body.dataset.ready")))
    best = min(in_page)
    (screenshots / "load-1000.txt").write_text(
        f"inspector page, 1,000 journal entries: navigation start to rows rendered {in_page} ms "
        f"(best {best} ms; goal {LOAD_BUDGET_MS} ms); reload() to ready seen by the test "
        f"{[round(t) for t in timings]} ms\n"
    )
    page.screenshot(path=screenshots / "requests-1000.png")
    print(f"\ninspector page with 1,000 entries: {best} ms (in page: {in_page}; reloads: {timings})")
    # The figure is reported, not asserted: the goal is benchmarks/bench_inspector.py's to judge.
    assert all(ms > 0 for ms in in_page), in_page


@pytest.fixture
def prefixed_url() -> Iterator[str]:
    """The mock behind a reverse proxy's path prefix `/mock` (the proxy strips it, as most do)."""
    import threading

    import uvicorn

    from mockserver import create_app
    from mockserver.testing import free_port

    app = create_app(["datahub"], mount=True)

    async def strip_prefix(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            if not scope["path"].startswith("/mock/"):
                await send({"type": "http.response.start", "status": 404, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
            scope = {**scope, "path": scope["path"][5:], "raw_path": scope["raw_path"][5:]}
        await app(scope, receive, send)

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(strip_prefix, port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/mock"
    server.should_exit = True
    thread.join(5)


def test_the_page_works_behind_a_path_prefix(browser: Any, prefixed_url: str, screenshots: Path) -> None:
    context = browser.new_context()
    page = _signed_in(context.new_page(), prefixed_url)
    assert page.url == f"{prefixed_url}/__mock/ui"
    httpx.get(f"{prefixed_url}/datahub/tenants", headers={"Authorization": f"Bearer {TOKEN}"})
    page.wait_for_function("() => document.querySelectorAll('#entries tbody tr').length === 1")
    page.click("#clear")
    page.wait_for_function("() => document.querySelectorAll('#entries tbody tr').length === 0")
    page.screenshot(path=screenshots / "behind-a-prefix.png")
    context.close()
