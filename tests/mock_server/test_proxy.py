"""`mockserver proxy` with real processes: the mock as the upstream (everything passes unchanged and
valid), and a small upstream that breaks the contract, hangs or hangs up, with and without --errors."""

from __future__ import annotations

import gzip
import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx
import pytest

from mockserver.testing import admin_headers, free_port, running_server

AUTH = {"Authorization": "Bearer mock-token"}
SECRET = {"Authorization": "Bearer s3cr3t-t0ken"}


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    header = response.headers.get("sl-violations")
    return json.loads(header) if header else []


# -- the mock as the upstream -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_server() as url:
        yield url


@pytest.fixture(scope="module")
def proxy_url(mock_url: str) -> Iterator[str]:
    # No SPEC: every spec of the project, each under /<api>, as `mockserver serve` mounts them.
    with running_server(args=["--upstream", mock_url], command_name="proxy") as url:
        yield url


def test_answers_of_the_mock_pass_unchanged_and_valid(mock_url: str, proxy_url: str) -> None:
    with httpx.Client(headers=AUTH) as client:
        created = client.put(f"{proxy_url}/datahub/tenants/acme")
        assert created.status_code == 201, created.text
        assert created.json() == {"name": "acme"}
        service = client.post(
            f"{proxy_url}/omnistrate/2022-09-01-00/service",
            json={"name": "Orders", "description": "The orders service"},
        )
        assert service.status_code == 200, service.text
        service_id = service.json()
        for path in (
            "/datahub/tenants",
            f"/omnistrate/2022-09-01-00/service/{service_id}",
            "/pds/api/accounts",
            "/datum/apis/resourcemanager.datumapis.com/v1alpha/projects",
            "/omnistrate/2022-09-01-00/service/s-unknown1",  # a documented 404
        ):
            direct, proxied = client.get(mock_url + path), client.get(proxy_url + path)
            assert proxied.status_code == direct.status_code, path
            assert proxied.content == direct.content, path  # byte-identical
            for name in ("content-type", "content-length", "access-control-allow-origin"):
                assert proxied.headers.get(name) == direct.headers.get(name), (path, name)
            assert "sl-violations" not in proxied.headers, (path, proxied.headers["sl-violations"])
        unauthorized = httpx.get(f"{proxy_url}/datahub/tenants", headers=SECRET)
        assert unauthorized.status_code == 401  # the upstream's answer: the proxy only checks presence
        assert unauthorized.headers["www-authenticate"] == "Bearer"
        assert "sl-violations" not in unauthorized.headers
    assert (
        httpx.get(f"{proxy_url}/__mock/journal?violations=true", headers=admin_headers()).json()["entries"]
        == []
    )
    journal = httpx.get(f"{proxy_url}/__mock/journal", headers=admin_headers()).json()["entries"]
    assert len(journal) == 8
    assert all(e["violations"] == [] for e in journal)


def test_a_bad_request_is_reported_and_still_forwarded(proxy_url: str) -> None:
    answer = httpx.put(f"{proxy_url}/datahub/tenants/NOT_A_NAME", headers=AUTH)
    assert answer.status_code == 400  # the upstream (the mock) refuses it too
    (violation,) = violations(answer)
    assert violation["location"] == ["request", "path", "tenant"]
    assert violation["severity"] == "Error"
    journal = httpx.get(
        f"{proxy_url}/__mock/journal", params={"violations": "true"}, headers=admin_headers()
    ).json()["entries"]
    assert journal[-1]["path"] == "/datahub/tenants/NOT_A_NAME"
    assert journal[-1]["violations"] == [violation]


def test_project_control_plane_requests_are_checked_against_their_group_documents(proxy_url: str) -> None:
    organization = f"{proxy_url}/datum/apis/resourcemanager.datumapis.com/v1alpha"
    plane = f"{organization}/projects/proxied/control-plane"
    configmaps = f"{plane}/api/v1/namespaces/default/configmaps"
    with httpx.Client(headers=AUTH) as client:
        project = {"metadata": {"name": "proxied"}, "spec": {"parent": {"external": "organizations/o"}}}
        assert client.post(f"{organization}/projects", json=project).status_code == 201
        good = [
            client.post(configmaps, json={"metadata": {"name": "c1"}, "data": {"k": "v"}}),
            client.get(f"{plane}/apis/networking.datumapis.com/v1alpha/namespaces/default/networks"),
            client.get(f"{plane}/openapi/v3"),
        ]
        index = good[-1].json()["paths"]
        good.append(
            client.get(f"{plane}/openapi/v3/{index['api/v1']['serverRelativeURL'].split('/v3/', 1)[1]}")
        )
        for answer in good:
            assert answer.status_code in (200, 201), answer.text
            assert violations(answer) == [], answer.request.url
        paged = client.get(f"{configmaps}?limit=many")
        (violation,) = violations(paged)
        assert violation["location"] == ["request", "query", "limit"]
        unknown = client.get(f"{plane}/apis/networking.datumapis.com/v1alpha/namespaces/default/nothings")
        assert [v["code"] for v in violations(unknown)] == ["NO_PATH_MATCHED_ERROR"]


def test_violations_naming_any_character_fit_in_the_header(proxy_url: str) -> None:
    # A property name with DEL and a non-ASCII letter reaches the message: the header stays valid
    # (printable ASCII) and its JSON gives the name back.
    answer = httpx.patch(
        f"{proxy_url}/datahub/tenants/acme/attributes", headers=AUTH, json={"\u007f\u00e9": None}
    )
    assert answer.status_code == 400
    raw = dict(answer.headers.raw)[b"sl-violations"]
    assert all(0x20 <= byte < 0x7F for byte in raw)
    (violation,) = violations(answer)
    assert "\u007f\u00e9" in violation["message"]


# -- an upstream out of contract ----------------------------------------------------------------------

# PUT /tenants/{tenant} answers, by tenant name (the Data HUB spec documents 201 CreatedResource).
BEHAVIOURS: dict[str, tuple[int, str, bytes]] = {
    "ok": (201, "application/json", b'{"name":"ok"}'),
    "teapot": (418, "application/json", b'{"error":"I am a teapot"}'),
    "missing": (201, "application/json", b"{}"),
    "text": (201, "text/plain", b"created"),
}


class _Upstream(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[str, dict[str, str]]]] = []
    go_on = threading.Event()  # lets GET /tenants send the second line of its stream
    hang_up_next = False  # set by PUT /tenants/keep: the connection's next request is not answered

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle_one_request(self) -> None:
        if self.hang_up_next:  # an idle timeout that strikes as the next request comes in
            self.rfile.readline()
            self.close_connection = True
            return
        super().handle_one_request()

    def do_GET(self) -> None:
        """A chunked NDJSON stream whose second line waits for `go_on`."""
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for line in (b'{"line":1}\n', b'{"line":2}\n'):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(line), line))
            self.wfile.flush()
            self.go_on.wait(10)
        self.wfile.write(b"0\r\n\r\n")

    def do_HEAD(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "8")  # what GET would send; HEAD sends no body
        self.end_headers()

    def do_PUT(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        type(self).seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        name = self.path.rsplit("/", 1)[-1]
        if name == "hang":
            time.sleep(3)
        if name in ("hang", "close"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        status, kind, body = BEHAVIOURS.get(name, BEHAVIOURS["ok"])
        if name == "gzipped":
            body = gzip.compress(b"{}")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Upstream", "yes")
        if name == "gzipped":
            self.send_header("Content-Encoding", "gzip")
        if name == "ok":
            self.send_header("Set-Cookie", "session=of-one-caller; Path=/")
        if name == "keep":
            self.hang_up_next = True
        else:
            self.send_header("Connection", "close, x-hop")
            self.send_header("X-Hop", "per-connection")
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def upstream_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module", params=[False, True], ids=["report", "errors"])
def odd_proxy(request: pytest.FixtureRequest, upstream_url: str) -> Iterator[tuple[str, bool]]:
    errors: bool = request.param
    args = ["--upstream", upstream_url, "--timeout", "1", *(["--errors"] if errors else [])]
    with running_server(["datahub"], args=args, command_name="proxy") as url:
        yield url, errors


def put(url: str, name: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.put(f"{url}/tenants/{name}", headers=headers or AUTH, timeout=10)


def test_a_valid_answer_passes_with_its_headers(odd_proxy: tuple[str, bool]) -> None:
    url, _ = odd_proxy
    answer = put(url, "ok")
    assert answer.status_code == 201
    assert answer.content == b'{"name":"ok"}'
    assert answer.headers["x-upstream"] == "yes"
    assert "x-hop" not in answer.headers  # named by Connection: hop-by-hop
    assert "sl-violations" not in answer.headers
    assert _Upstream.seen[-1][1]["authorization"] == AUTH["Authorization"]  # credentials forwarded
    assert answer.headers["set-cookie"] == "session=of-one-caller; Path=/"
    put(url, "ok")
    assert "cookie" not in _Upstream.seen[-1][1]  # the proxy keeps no cookie jar of its own


@pytest.mark.parametrize(
    ("name", "location", "code"),
    [
        ("teapot", ["response", "status"], "UNDOCUMENTED_STATUS"),
        ("missing", ["response", "body"], "required"),
        ("text", ["response", "header", "content-type"], "INVALID_CONTENT_TYPE"),
        ("gzipped", ["response", "body"], "required"),  # checked once decoded, sent as it came
    ],
)
def test_an_answer_out_of_contract_is_reported(
    odd_proxy: tuple[str, bool], name: str, location: list[str], code: str
) -> None:
    url, errors = odd_proxy
    answer = put(url, name)
    (violation,) = violations(answer)
    assert violation["location"] == location
    assert violation["code"] == code
    journal = httpx.get(f"{url}/__mock/journal?violations=true&limit=1", headers=admin_headers()).json()[
        "entries"
    ]
    assert journal[0]["path"] == f"/tenants/{name}"
    assert journal[0]["violations"] == [violation]
    if errors:
        assert answer.status_code == 502
        assert answer.headers["content-type"] == "application/problem+json"
        problem = answer.json()
        assert problem["validation"] == [violation]
        assert "breaks the contract" in problem["detail"]
    else:
        expected = BEHAVIOURS.get(name)
        if expected is not None:
            assert (answer.status_code, answer.content) == (expected[0], expected[2])
        assert answer.headers["x-upstream"] == "yes"


def test_a_bad_request_is_refused_before_forwarding_with_errors(odd_proxy: tuple[str, bool]) -> None:
    url, errors = odd_proxy
    before = len(_Upstream.seen)
    answer = put(url, "NOT_A_NAME")
    (violation,) = violations(answer)
    assert violation["location"] == ["request", "path", "tenant"]
    if errors:
        assert answer.status_code == 400  # the mock's own answer, in Data HUB's error model
        assert "error" in answer.json()
        assert len(_Upstream.seen) == before  # never forwarded
    else:
        assert answer.status_code == 201  # the upstream answered
        assert _Upstream.seen[-1][0] == "/tenants/NOT_A_NAME"


def test_credentials_are_never_logged_nor_echoed(odd_proxy: tuple[str, bool]) -> None:
    url, _ = odd_proxy
    answer = httpx.put(f"{url}/tenants/NOT_A_NAME", headers={**SECRET, "X-Tenant": "x"}, timeout=10)
    assert "s3cr3t" not in answer.headers.get("sl-violations", "")
    journal = httpx.get(f"{url}/__mock/journal", headers=admin_headers()).text
    assert "s3cr3t" not in journal


@pytest.mark.parametrize(("name", "status"), [("hang", 504), ("close", 502)])
def test_an_upstream_that_hangs_or_hangs_up_gets_a_gateway_error(
    odd_proxy: tuple[str, bool], name: str, status: int
) -> None:
    url, _ = odd_proxy
    started = time.monotonic()
    answer = put(url, name)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["status"] == status
    assert time.monotonic() - started < 2.5  # --timeout 1, not the upstream's 3 s
    assert put(url, "ok").status_code == 201  # and the proxy carries on


def test_streamed_answers_pass_as_they_come(upstream_url: str) -> None:
    _Upstream.go_on.clear()
    with (
        running_server(["datahub"], args=["--upstream", upstream_url], command_name="proxy") as url,
        httpx.stream("GET", f"{url}/tenants", headers=AUTH, timeout=5) as answer,
    ):
        lines = answer.iter_lines()
        assert json.loads(next(lines)) == {"line": 1}  # before the upstream sends the second
        _Upstream.go_on.set()
        assert json.loads(next(lines)) == {"line": 2}
        assert list(lines) == []
        assert answer.headers["content-type"] == "application/x-ndjson"
        assert violations(answer)[0]["location"] == ["response", "header", "content-type"]


def test_head_answers_end_with_their_headers(odd_proxy: tuple[str, bool]) -> None:
    url, _ = odd_proxy
    with httpx.Client(headers=AUTH, timeout=5) as client:
        for _ in range(2):  # and the next request on the connection is answered
            answer = client.head(f"{url}/tenants")
            assert answer.status_code == 200
            assert answer.headers["content-length"] == "8"
            assert answer.content == b""


def test_a_kept_connection_the_upstream_hangs_up_on_is_retried(odd_proxy: tuple[str, bool]) -> None:
    url, _ = odd_proxy
    assert put(url, "keep").status_code == 201  # the upstream keeps this connection open
    answer = put(url, "ok")  # sent on it first; the upstream closes it without answering
    assert answer.status_code == 201
    assert answer.content == b'{"name":"ok"}'


def test_an_upstream_that_is_down_gets_502() -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with running_server(["datahub"], args=["--upstream", dead], command_name="proxy") as url:
        answer = put(url, "ok")
        assert answer.status_code == 502
        assert "cannot be reached" in answer.json()["detail"]


def test_the_log_names_violations_without_credentials(upstream_url: str) -> None:
    port = free_port()
    command = [sys.executable, "-m", "mockserver", "proxy", "datahub", "--upstream", upstream_url]
    process = subprocess.Popen(
        [*command, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/__mock/health", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the proxy did not start"
                time.sleep(0.1)
        put(url, "missing", headers=SECRET)
        put(f"{url}", "ok?token=s3cr3t-t0ken", headers=SECRET)
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0].decode()
    assert "WARNING mockserver.proxy: PUT /tenants/missing 201: 1 violation(s): response.body" in output
    assert "s3cr3t" not in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["datahub", "--upstream", "ftp://example.com"], "Error: --upstream 'ftp://example.com': an http://"),
        (["./nope.yaml", "--upstream", "http://127.0.0.1:1"], "Error: ./nope.yaml: no such file"),
    ],
)
def test_what_cannot_be_used_is_one_line_and_exit_code_1(args: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mockserver", "proxy", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == message or done.stderr.startswith(message), done.stderr
    assert "Traceback" not in done.stderr
