"""Shared steps of the Datum project-control-plane SDK tests: sign in, make a project, wait Ready."""

from __future__ import annotations

from datum_client import AsyncDatum, Datum
from datum_client.helpers import organization_control_plane_url
from datum_client.models import Project

from mockserver import DEFAULT_TOKEN

ORGANIZATION = "my-organization"
LOCATION = {
    "metadata": {"name": "gcp-us-south1-a"},
    "spec": {
        "locationClassName": "datum-managed",
        "topology": {"topology.datum.net/city-code": "DFW"},
        "provider": {"gcp": {"projectId": "datum-cloud-poc-1", "region": "us-south1", "zone": "us-south1-a"}},
    },
}
NETWORK = {"metadata": {"name": "default"}, "spec": {"ipam": {"mode": "Auto"}}}


def workload(name: str, *placements: tuple[str, str, int]) -> dict[str, object]:
    """A sandbox Workload on network `default`, one placement per (name, city code, minReplicas)."""
    return {
        "metadata": {"name": name},
        "spec": {
            "template": {
                "spec": {
                    "runtime": {
                        "resources": {"instanceType": "datumcloud/d1-standard-2"},
                        "sandbox": {"containers": [{"name": "web", "image": "docker.io/nginx:1.27"}]},
                    },
                    "networkInterfaces": [{"network": {"name": "default"}}],
                }
            },
            "placements": [
                {"name": place, "cityCodes": [city], "scaleSettings": {"minReplicas": replicas}}
                for place, city, replicas in placements
            ],
        },
    }


def sign_in(host: str) -> str:
    """Exchange the personal access token for a bearer token, as `datumctl auth get-token` does."""
    with Datum(base_url=host, token=DEFAULT_TOKEN) as auth:
        return auth.authentication.exchange_personal_access_token().access_token


def organization(host: str) -> Datum:
    return Datum(base_url=organization_control_plane_url(ORGANIZATION, host=host), token=sign_in(host))


def async_organization(host: str) -> AsyncDatum:
    return AsyncDatum(base_url=organization_control_plane_url(ORGANIZATION, host=host), token=sign_in(host))


def ready_project(datum: Datum, name: str) -> Project:
    """Create project `name` and wait (through a watch) until its control plane is Ready."""
    body = {"metadata": {"name": name}, "spec": {"parent": {"external": f"organizations/{ORGANIZATION}"}}}
    datum.projects.create(body=Project.from_dict(body))
    for event in datum.projects.watch(field_selector=f"metadata.name={name}", timeout_seconds=10):
        project = event.project
        conditions = project.status.conditions if project is not None and project.status else None
        if project is not None and any(c.type_ == "Ready" and c.status == "True" for c in conditions or []):
            return project
    raise AssertionError(f"project {name} never turned Ready")
