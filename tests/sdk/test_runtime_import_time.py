"""Cheap import: the package, its models and its operations load only what is used.

How long that takes against `import httpx` is a benchmark figure (`benchmarks/bench_sdk.py`), not a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

_FIRST_CALL = """
import sys
import httpx
import omnistrate_client
from omnistrate_client.api.service_api import describe_service
body = json.dumps({"createdAt": "a", "description": "d", "id": "s", "key": "k", "name": "n",
    "serviceEnvironments": [], "serviceProviderID": "p", "serviceProviderName": "q"}).encode()
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
client = omnistrate_client.AuthenticatedClient(
    base_url="http://x", token="t", httpx_args={"transport": transport}
)
assert describe_service.sync("s", client=client).id == "s"
models = [m for m in sys.modules if m.startswith("omnistrate_client.models.")]
operations = [m for m in sys.modules if m.startswith("omnistrate_client.api.") and m.count(".") == 3]
print(json.dumps({"models": models, "operations": operations}))
"""


def _run(code: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


def test_the_first_call_loads_only_its_own_models() -> None:
    result = _run(_FIRST_CALL)
    # The operation's own answers, and the one model a `Service` holds.
    assert sorted(result["models"]) == [
        f"omnistrate_client.models.{name}" for name in ("error", "service", "service_environment")
    ]
    assert result["operations"] == ["omnistrate_client.api.service_api.describe_service"]


def test_models_stay_importable_by_name() -> None:
    from omnistrate_client import models
    from omnistrate_client.api import service_api
    from omnistrate_client.models import ServicePlan

    assert ServicePlan.__module__ == "omnistrate_client.models.service_plan"
    assert "ServicePlan" in dir(models)
    assert service_api.describe_service.__name__.endswith("describe_service")
