"""A developer's program against the PDS SDK: backup targets created, read, listed, renamed, removed;
storage options templates filtered by a list of documented strings (a list-of-enum parameter)."""

from __future__ import annotations

from pds_client import PDS, AuthenticatedClient, ResponseValidationError, errors
from pds_client.api.backup_targets import (
    create_backup_target,
    delete_backup_target,
    get_backup_target,
    list_tenant_backup_targets,
    update_backup_target,
)
from pds_client.api.storage_options_templates import list_storage_options_templates
from pds_client.models import ListStorageOptionsTemplatesProvisionerItem, UpdateBackupTargetRequest


def main(base_url: str, token: str, tenant_id: str) -> list[str]:
    lines: list[str] = []
    with AuthenticatedClient(base_url=base_url, token=token) as client:
        created = create_backup_target.sync(
            tenant_id,
            client=client,
            body={"name": "nightly", "bucket": "backups", "region": "eu-west-1", "type": "s3"},
        )
        if created.id is None:
            raise SystemExit("the server gave the target no id")
        target_id = created.id

        target = get_backup_target.sync(target_id, client=client)
        lines.append(f"{target.name} in {target.region or 'no region'}")

        listed = list_tenant_backup_targets.sync(tenant_id, client=client)
        lines.append(f"{len(listed.data or [])} target(s)")
        if listed.pagination is not None and listed.pagination.continuation:
            lines.append("more pages")

        renamed = update_backup_target.sync(
            target_id, client=client, body=UpdateBackupTargetRequest(name="weekly")
        )
        lines.append(f"renamed to {renamed.name}")

        delete_backup_target.sync(target_id, client=client)
        try:
            get_backup_target.sync(target_id, client=client)
        except errors.NotFoundError as exc:
            lines.append(f"gone: {exc.status_code}")
        except ResponseValidationError as exc:
            lines.append(f"drift at {exc.path}")
    return lines


def portworx_templates(base_url: str, token: str, tenant_id: str) -> list[str]:
    """A template made, then found with a list-of-enum filter given as plain strings (both layers) and
    as members."""
    with PDS(base_url=base_url, token=token) as client:
        client.storage_options_templates.create(
            tenant_id, body={"name": "fast", "provisioner": "pxd.portworx.com", "repl": 2, "fs": "xfs"}
        )
        listed = client.storage_options_templates.list(tenant_id, provisioner=["pxd.portworx.com", "auto"])
        names = [t.name or "" for t in listed]
    with AuthenticatedClient(base_url=base_url, token=token) as functional:
        page = list_storage_options_templates.sync(
            tenant_id, client=functional, provisioner=["pxd.portworx.com", "auto"]
        )
        names += [t.name or "" for t in page.data or []]
        portworx = ListStorageOptionsTemplatesProvisionerItem.PXD_PORTWORX_COM
        page = list_storage_options_templates.sync(tenant_id, client=functional, provisioner=[portworx])
        names += [t.name or "" for t in page.data or []]
    return names
