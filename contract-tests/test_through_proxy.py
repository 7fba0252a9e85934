"""`--base-url URL --through-proxy`: a live run through `mockserver proxy`, with the mock as the target.

The suite runs in a child pytest (it is a run of its own, with its own options), read-only and with a
tiny budget; the summary must say the target was reached through the proxy and list what the proxy
found wrong in the target's answers, each with the rule it broke. (Our mock answers an unsupported
request content type with 415, as Prism does, where the Data HUB spec documents no 415: the proxy
names those answers.)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHOWN_FINDINGS, selected_apis, target_name

from mockserver.testing import running_server

ROOT = Path(__file__).resolve().parent.parent
API = "datahub"


def test_a_live_run_through_the_proxy_reports_the_answers_that_broke_the_contract(
    request: pytest.FixtureRequest,
) -> None:
    if target_name(request.config) == "prism" or request.config.getoption("--base-url"):
        pytest.skip("this test starts its own target")
    if API not in selected_apis(request.config):
        pytest.skip(f"{API} not selected")
    with running_server([API]) as live:
        command = [sys.executable, "-m", "pytest", "contract-tests/test_schemathesis.py", "-q"]
        command += ["-p", "no:cacheprovider", "-k", f"test_{API}_over_socket", "--api", API]
        command += ["--base-url", live, "--through-proxy", "--max-examples", "1"]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-6000:]
    assert f"target: live deployment {live} -- read-only" in output
    assert "through: mockserver proxy (every answer checked against the spec)" in output
    found = re.search(r"answers that broke the contract \(mockserver proxy\): (\d+)", output)
    assert found is not None, output[-4000:]
    listed = re.findall(r"^(GET|HEAD|PUT|POST|PATCH|DELETE) \S+ -> \d{3}\n  response\.\S+: .+$", output, re.M)
    assert len(listed) == min(int(found.group(1)), SHOWN_FINDINGS)
