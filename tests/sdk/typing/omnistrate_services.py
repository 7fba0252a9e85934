"""A developer's program against the Omnistrate SDK: create, read, list, update, delete, errors."""

from __future__ import annotations

from omnistrate_client import AuthenticatedClient, ResponseValidationError, errors
from omnistrate_client.api.service_api import (
    create_service,
    delete_service,
    describe_service,
    list_service,
    update_service,
)
from omnistrate_client.models import UpdateServiceRequest


def main(base_url: str, token: str) -> list[str]:
    """Create a service, read it back, list, rename, delete; return what it printed."""
    lines: list[str] = []
    with AuthenticatedClient(base_url=base_url, token=token) as client:
        # A request body may be a plain dict of the documented JSON shape.
        service_id = create_service.sync(
            client=client, body={"name": "weather", "description": "Forecasts as a service"}
        )

        service = describe_service.sync(service_id, client=client)
        lines.append(f"{service.name}: {service.description}")
        if service.service_logo_url is not None:  # optional: None when the server left it out
            lines.append(f"logo at {service.service_logo_url.lower()}")

        listed = list_service.sync(client=client)
        names = [s.name for s in listed.services or []]
        lines.append(f"{len(names)} service(s)")

        update_service.sync(service_id, client=client, body=UpdateServiceRequest(description="Rain or shine"))
        lines.append(describe_service.sync(service_id, client=client).description)

        delete_service.sync(service_id, client=client)
        try:
            describe_service.sync(service_id, client=client)
        except errors.NotFoundError as exc:
            lines.append(f"gone: {exc.status_code}")
        except ResponseValidationError as exc:  # the server drifted from its spec
            lines.append(f"drift at {exc.path}: {exc.reason}")
    return lines
