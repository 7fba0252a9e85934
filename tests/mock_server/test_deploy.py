"""The fleet files under deploy/ (no Docker or Kubernetes here): they parse, fit together, and run
the mock with options `mockserver serve` accepts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from mockserver.cli import serve

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _accepted(args: list[str]) -> dict[str, Any]:
    """The options `mockserver serve` parses from `args` (a usage error raises)."""
    with serve.make_context("serve", list(args)) as context:
        return dict(context.params)


def test_the_image_runs_mockserver_serve_on_every_interface() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["mockserver", "serve", "--host", "0.0.0.0", "--port", "4010"]' in dockerfile
    assert 'pip install --no-cache-dir ".[postgres]"' in dockerfile
    for copied in re.findall(r"^COPY (\S+)", dockerfile, re.MULTILINE):
        assert (DEPLOY.parent / copied).exists(), copied


def test_compose_runs_replicas_on_postgresql_behind_a_balancer() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"postgres", "mock", "balancer"}
    mock = services["mock"]
    assert (
        DEPLOY / mock["build"]["context"] / mock["build"]["dockerfile"]
    ).resolve() == DEPLOY / "Dockerfile"
    params = _accepted(["--host", "0.0.0.0", *mock["command"]])
    assert params["state_file"] == "postgresql://mock@postgres:5432/mock"  # no password in the command
    assert params["workers"] == 2
    assert mock["environment"]["PGPASSWORD"] == services["postgres"]["environment"]["POSTGRES_PASSWORD"]
    assert mock["deploy"]["replicas"] > 1
    assert mock["depends_on"]["postgres"]["condition"] == "service_healthy"
    mounted = services["balancer"]["volumes"][0].split(":")[0]
    nginx = (DEPLOY / mounted).read_text()
    assert "server mock:4010;" in nginx
    assert services["balancer"]["ports"] == ["4010:80"]


def test_kubernetes_deployment_reads_the_url_from_its_secret() -> None:
    documents = list(yaml.safe_load_all((DEPLOY / "kubernetes.yaml").read_text()))
    by_kind = {document["kind"]: document for document in documents}
    assert set(by_kind) == {"Secret", "Deployment", "Service"}
    secret, deployment, service = by_kind["Secret"], by_kind["Deployment"], by_kind["Service"]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    env = {item["name"]: item for item in container["env"]}
    reference = env["MOCK_STATE_URL"]["valueFrom"]["secretKeyRef"]
    assert reference["name"] == secret["metadata"]["name"]
    assert secret["stringData"][reference["key"]].startswith("postgresql://")
    params = _accepted(container["args"])
    assert params["state_file"] == "$(MOCK_STATE_URL)"  # Kubernetes expands it from the env
    assert container["readinessProbe"]["httpGet"]["path"] == "/__mock/health"
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert deployment["spec"]["selector"]["matchLabels"] == labels
    assert service["spec"]["ports"][0]["targetPort"] == container["ports"][0]["name"]
