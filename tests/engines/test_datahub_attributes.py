"""Data HUB attributes: raw text PUT, JSON PATCH where null deletes, DELETE of one, GET of all."""

from __future__ import annotations

import pytest
from datahub_client import AuthenticatedClient
from datahub_client.api.groups import get_group_attributes, put_group_attribute
from datahub_client.api.projects import delete_project, get_project_attributes, put_project_attribute
from datahub_client.api.sensor_credentials import (
    delete_sensor_credential_attribute,
    get_sensor_credential_attributes,
    patch_sensor_credential_attributes,
)
from datahub_client.api.tenants import (
    delete_tenant_attribute,
    get_tenant_attributes,
    patch_tenant_attributes,
    put_tenant_attribute,
)
from datahub_client.models import AttributePatch, Attributes, Error

from mockserver import DEFAULT_TOKEN

from .datahub_support import client, grant_on_project, group, make_credential, make_project, make_tenant, raw


def attributes_of(admin: AuthenticatedClient, tenant: str) -> dict[str, object]:
    response = get_tenant_attributes.sync_detailed(tenant, client=admin)
    assert response.status_code == 200
    assert isinstance(response.parsed, Attributes)
    return response.parsed.to_dict()


def patch(changes: dict[str, str | None]) -> AttributePatch:
    body = AttributePatch()
    body.additional_properties = dict(changes)
    return body


def test_putting_an_attribute_stores_the_raw_text_and_overwrites(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    first = put_tenant_attribute.sync_detailed("acme", "color", client=admin, body="green")
    assert (first.status_code, first.content) == (204, b"")
    assert attributes_of(admin, "acme") == {"color": "green"}
    assert (
        put_tenant_attribute.sync_detailed("acme", "color", client=admin, body='"blue" {x}').status_code
        == 204
    )
    assert attributes_of(admin, "acme") == {"color": '"blue" {x}'}


def test_putting_an_empty_body_stores_the_empty_string(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    response = raw(
        "PUT",
        f"{datahub_url}/tenants/acme/attributes/note",
        DEFAULT_TOKEN,
        content=b"",
        content_type="text/plain",
    )
    assert response.status_code == 204
    assert attributes_of(admin, "acme") == {"note": ""}


def test_getting_attributes_answers_the_whole_map_and_needs_view(
    datahub_url: str, admin: AuthenticatedClient
) -> None:
    make_tenant(admin, "acme")
    assert attributes_of(admin, "acme") == {}
    for key, value in (("color", "green"), ("size", "xl")):
        put_tenant_attribute.sync_detailed("acme", key, client=admin, body=value)
    member = client(datahub_url, "alice", "acme:dev")  # tenant:view through `members`
    assert attributes_of(member, "acme") == {"color": "green", "size": "xl"}
    outsider = client(datahub_url, "mallory", "globex:dev")
    hidden = get_tenant_attributes.sync_detailed("acme", client=outsider)
    assert hidden.status_code == 404
    assert isinstance(hidden.parsed, Error)


def test_patching_merges_strings_and_null_removes_answering_the_whole_map(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    for key, value in (("color", "green"), ("size", "xl")):
        put_tenant_attribute.sync_detailed("acme", key, client=admin, body=value)
    patched = patch_tenant_attributes.sync_detailed(
        "acme", client=admin, body=patch({"color": None, "shape": "round", "size": "s", "absent": None})
    )
    assert patched.status_code == 200
    assert isinstance(patched.parsed, Attributes)
    assert patched.parsed.to_dict() == {"size": "s", "shape": "round"}
    assert attributes_of(admin, "acme") == {"size": "s", "shape": "round"}


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"size": 1}', "application/json"),
        (b'{"size": {"a": "b"}}', "application/json"),
        (b'{"size": ["s"]}', "application/json"),
        (b'{"size": true}', "application/json"),
        (b"", "application/json"),
        (b'["size"]', "application/json"),
        (b'"size"', "application/json"),
        (b"{", "application/json"),
        (b'{"Size": "s"}', "application/json"),
        (b'{"a_b": "s"}', "application/json"),
    ],
)
def test_patching_anything_but_a_map_of_segment_keys_to_string_or_null_is_400(
    datahub_url: str, admin: AuthenticatedClient, content: bytes, content_type: str
) -> None:
    make_tenant(admin, "acme")
    put_tenant_attribute.sync_detailed("acme", "size", client=admin, body="xl")
    url = f"{datahub_url}/tenants/acme/attributes"
    response = raw("PATCH", url, DEFAULT_TOKEN, content=content, content_type=content_type)
    assert response.status_code == 400
    assert isinstance(response.json()["error"], str)
    assert attributes_of(admin, "acme") == {"size": "xl"}


@pytest.mark.parametrize("key", ["Color", "-color", "co_lor", "c" * 37])
def test_attribute_keys_obey_the_segment_rule(datahub_url: str, admin: AuthenticatedClient, key: str) -> None:
    make_tenant(admin, "acme")
    url = f"{datahub_url}/tenants/acme/attributes/{key}"
    assert raw("PUT", url, DEFAULT_TOKEN, content=b"x", content_type="text/plain").status_code == 400
    assert raw("DELETE", url, DEFAULT_TOKEN).status_code == 400


def test_deleting_an_attribute_answers_204_even_when_missing(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    put_tenant_attribute.sync_detailed("acme", "color", client=admin, body="green")
    put_tenant_attribute.sync_detailed("acme", "size", client=admin, body="xl")
    deleted = delete_tenant_attribute.sync_detailed("acme", "color", client=admin)
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert attributes_of(admin, "acme") == {"size": "xl"}
    assert delete_tenant_attribute.sync_detailed("acme", "color", client=admin).status_code == 204
    assert delete_tenant_attribute.sync_detailed("acme", "never", client=admin).status_code == 204


def test_changing_attributes_needs_the_type_admin_scope(datahub_url: str, admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    grant_on_project(admin, ("acme", "apollo"), "viewers", ["project:view"], [group("acme", "dev")])
    put_project_attribute.sync_detailed("acme", "apollo", "color", client=admin, body="green")
    viewer = client(datahub_url, "alice", "acme:dev")
    assert (
        put_project_attribute.sync_detailed("acme", "apollo", "color", client=viewer, body="red").status_code
        == 403
    )
    assert put_tenant_attribute.sync_detailed("acme", "color", client=viewer, body="red").status_code == 403
    assert (
        patch_tenant_attributes.sync_detailed("acme", client=viewer, body=patch({"a": "b"})).status_code
        == 403
    )
    assert delete_tenant_attribute.sync_detailed("acme", "color", client=viewer).status_code == 403
    readable = get_project_attributes.sync_detailed("acme", "apollo", client=viewer)
    assert readable.status_code == 200
    assert isinstance(readable.parsed, Attributes)
    assert readable.parsed.to_dict() == {"color": "green"}
    outsider = client(datahub_url, "mallory")
    assert put_tenant_attribute.sync_detailed("acme", "color", client=outsider, body="red").status_code == 404
    tenant_admin = client(datahub_url, "bob", "acme:admin")
    assert (
        put_project_attribute.sync_detailed("acme", "apollo", "c", client=tenant_admin, body="x").status_code
        == 204
    )


def test_every_resource_type_has_its_own_attributes(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme", "dev")
    make_project(admin, "acme", "apollo")
    make_credential(admin, "acme", "apollo", "probe")
    assert (
        put_group_attribute.sync_detailed("acme", "dev", "kind", client=admin, body="group").status_code
        == 204
    )
    patched = patch_sensor_credential_attributes.sync_detailed(
        "acme", "apollo", "probe", client=admin, body=patch({"kind": "credential"})
    )
    assert patched.status_code == 200
    group_attributes = get_group_attributes.sync_detailed("acme", "dev", client=admin).parsed
    assert isinstance(group_attributes, Attributes)
    assert group_attributes.to_dict() == {"kind": "group"}
    credential = get_sensor_credential_attributes.sync_detailed(
        "acme", "apollo", "probe", client=admin
    ).parsed
    assert isinstance(credential, Attributes)
    assert credential.to_dict() == {"kind": "credential"}
    assert attributes_of(admin, "acme") == {}
    removed = delete_sensor_credential_attribute.sync_detailed(
        "acme", "apollo", "probe", "kind", client=admin
    )
    assert removed.status_code == 204
    assert get_project_attributes.sync_detailed("acme", "apollo", client=admin).status_code == 200


def test_attributes_go_with_their_resource(admin: AuthenticatedClient) -> None:
    make_tenant(admin, "acme")
    make_project(admin, "acme", "apollo")
    put_project_attribute.sync_detailed("acme", "apollo", "color", client=admin, body="green")
    assert delete_project.sync_detailed("acme", "apollo", client=admin).status_code == 204
    assert get_project_attributes.sync_detailed("acme", "apollo", client=admin).status_code == 404
    make_project(admin, "acme", "apollo")
    fresh = get_project_attributes.sync_detailed("acme", "apollo", client=admin).parsed
    assert isinstance(fresh, Attributes)
    assert fresh.to_dict() == {}
