"""A developer's program against the Datum SDK: projects created from plain dicts, read, listed, patched."""

from __future__ import annotations

from datum_client import AuthenticatedClient, ResponseValidationError, errors
from datum_client.api.projects import (
    create_project,
    delete_project,
    list_projects,
    patch_project,
    read_project,
)
from datum_client.models import MergePatch


def main(base_url: str, token: str, organization: str) -> list[str]:
    lines: list[str] = []
    with AuthenticatedClient(base_url=base_url, token=token) as client:
        created = create_project.sync(
            client=client,
            body={
                "metadata": {"generateName": "weather-", "labels": {"team": "forecasts"}},
                "spec": {"parent": {"external": f"organizations/{organization}"}},
            },
            field_validation="Strict",  # an enum parameter given as its documented string
        )
        name = created.metadata.name
        if name is None:
            raise SystemExit("the server gave the project no name")

        project = read_project.sync(name, client=client)
        labels = project.metadata.labels
        lines.append(f"team={labels['team'] if labels is not None else '?'}")

        listed = list_projects.sync(client=client, label_selector="team=forecasts")
        lines.append(f"{len(listed.items)} project(s)")

        # A JSON merge patch: None would remove a field.
        patch = MergePatch(additional_properties={"metadata": {"labels": {"tier": "gold"}}})
        patched = patch_project.sync(name, client=client, body=patch)
        tier = patched.metadata.labels["tier"] if patched.metadata.labels is not None else None
        lines.append(f"tier={tier}")

        delete_project.sync(name, client=client)
        try:
            read_project.sync(name, client=client)
        except errors.NotFoundError as exc:
            lines.append(f"gone: {exc.status_code}")
        except ResponseValidationError as exc:
            lines.append(f"drift at {exc.path}")
    return lines
