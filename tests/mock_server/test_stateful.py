"""The generic stateful store on the real Omnistrate and PDS specs: one test per role, and the rules."""

from __future__ import annotations

import base64
import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import specs
from mockserver import MockOptions, SpecError, create_app
from mockserver.compiler import compile_api
from mockserver.stateful import plan_api
from mockserver.testing import admin_headers

from .pets import PETS, Call, make_caller

OMNI = "/omnistrate/2022-09-01-00"
AUTH = {"Authorization": "Bearer mock-token"}
INSTANCE = (
    f"{OMNI}/resource-instance/sp-1/mysql/v1/dev/model/basic/writer"  # the 7-key resource-instance path
)

ADMIN = admin_headers()


@pytest.fixture(scope="module")
def shared() -> Call:
    return make_caller(["omnistrate", "pds"])


@pytest.fixture
def call(shared: Call) -> Iterator[Call]:
    yield shared
    shared("POST", "/__mock/reset", headers=ADMIN)


def _create_service(call: Call, **fields: Any) -> str:
    body = {"name": "svc", "description": "a service", **fields}
    response = call("POST", f"{OMNI}/service", json=body, headers=AUTH)
    assert response.status_code == 200
    service_id = response.json()
    assert isinstance(service_id, str)  # Omnistrate answers the bare id as a JSON string
    return service_id


def test_create_makes_ids_in_the_api_style(call: Call) -> None:
    service_id = _create_service(call)
    assert re.fullmatch(r"s-[a-z0-9]{8,}", service_id)  # the prefix of the spec's examples (s-12345678)
    response = call("POST", "/pds/api/tenants/t1/backup-targets", json={"name": "b"}, headers=AUTH)
    assert response.status_code == 201
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", response.json()["id"]
    )


def test_read_merges_stored_fields_into_the_documented_shape(call: Call) -> None:
    service_id = _create_service(call, name="orders")
    service = call("GET", f"{OMNI}/service/{service_id}", headers=AUTH).json()
    assert service["id"] == service_id
    assert service["name"] == "orders"
    assert "serviceEnvironments" in service  # the rest of the documented shape
    assert "serviceLogoURL" not in service or isinstance(service["serviceLogoURL"], str)


def test_update_merges(call: Call) -> None:
    service_id = _create_service(call, name="orders")
    assert (
        call("PATCH", f"{OMNI}/service/{service_id}", json={"name": "billing"}, headers=AUTH).status_code
        == 200
    )
    service = call("GET", f"{OMNI}/service/{service_id}", headers=AUTH).json()
    assert (service["name"], service["description"]) == ("billing", "a service")


def test_delete_then_reads_answer_the_specs_404(call: Call) -> None:
    service_id = _create_service(call)
    assert call("DELETE", f"{OMNI}/service/{service_id}", headers=AUTH).status_code == 200
    response = call("GET", f"{OMNI}/service/{service_id}", headers=AUTH)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/vnd.goa.error"  # the spec's own error model
    assert response.json()["name"] == "not_found"
    assert call("DELETE", f"{OMNI}/service/{service_id}", headers=AUTH).status_code == 404


def test_list_lists_what_was_created(call: Call) -> None:
    assert call("GET", f"{OMNI}/service", headers=AUTH).json()["services"] == []
    first, second = _create_service(call, name="a"), _create_service(call, name="b")
    listed = call("GET", f"{OMNI}/service", headers=AUTH).json()
    assert listed["ids"] == [first, second]
    assert [s["name"] for s in listed["services"]] == ["a", "b"]
    assert "nextPageToken" not in listed  # one page: no cursor to follow forever


def test_a_list_of_ids_alone_names_what_was_created_there(call: Call) -> None:
    """Omnistrate lists environments as `{ids: [...]}` only: the ids must be the records', which the
    describe that follows finds, never the spec's example ids."""
    service_id, other = _create_service(call, name="a"), _create_service(call, name="b")
    environments = f"{OMNI}/service/{service_id}/environment"
    assert call("GET", environments, headers=AUTH).json() == {"ids": []}
    body = {"name": "prod", "description": "d", "type": "PROD", "visibility": "PUBLIC"}
    body |= {"deploymentConfigId": "dc-1", "serviceAuthPublicKey": "key"}
    answers = [call("POST", environments, json=body, headers=AUTH) for _ in range(2)]
    assert [answer.status_code for answer in answers] == [200, 200]
    created = [answer.json() for answer in answers]
    assert call("GET", environments, headers=AUTH).json() == {"ids": created}
    for environment_id in created:
        assert call("GET", f"{environments}/{environment_id}", headers=AUTH).status_code == 200
    assert call("GET", f"{OMNI}/service/{other}/environment", headers=AUTH).json() == {"ids": []}
    call("DELETE", f"{environments}/{created[0]}", headers=AUTH)
    assert call("GET", environments, headers=AUTH).json() == {"ids": created[1:]}


def test_a_list_of_ids_by_another_parent_names_the_records_whose_fields_match(call: Call) -> None:
    """Models are created under the service and listed by service API: the list names the models of
    that service whose `serviceApiId` is the path's."""
    service_id, other = _create_service(call, name="a"), _create_service(call, name="b")

    def create_model(service: str, api_id: str) -> str:
        body = {"name": "m", "description": "d", "modelType": "OMNISTRATE_HOSTED", "serviceApiId": api_id}
        answer = call("POST", f"{OMNI}/service/{service}/model", json=body, headers=AUTH)
        assert answer.status_code == 200
        return str(answer.json())

    first, second, elsewhere = (
        create_model(service_id, "sa-1"),
        create_model(service_id, "sa-2"),
        create_model(other, "sa-1"),
    )
    by_api = f"{OMNI}/service/{service_id}/serviceapi/{{}}/model"
    assert call("GET", by_api.format("sa-1"), headers=AUTH).json() == {"ids": [first]}
    assert call("GET", by_api.format("sa-2"), headers=AUTH).json() == {"ids": [second]}
    assert call("GET", by_api.format("sa-3"), headers=AUTH).json() == {"ids": []}
    assert call("GET", f"{OMNI}/service/{other}/serviceapi/sa-1/model", headers=AUTH).json() == {
        "ids": [elsewhere]
    }
    call("DELETE", f"{OMNI}/service/{service_id}/model/{first}", headers=AUTH)
    assert call("GET", by_api.format("sa-1"), headers=AUTH).json() == {"ids": []}
    # Nothing creates cloud providers: their list keeps its example.
    assert call("GET", f"{OMNI}/cloud-provider", headers=AUTH).json()["ids"] != []


def test_repeated_reads_and_lists_follow_every_write(call: Call) -> None:
    """Rendered answers are reused between writes (a speed-up): every write must still show at once."""
    service_id = _create_service(call, name="a")
    url = f"{OMNI}/service/{service_id}"
    for _ in range(3):  # the second and third reads come from the rendered answer
        assert call("GET", url, headers=AUTH).json()["name"] == "a"
        assert call("GET", f"{OMNI}/service", headers=AUTH).json()["ids"] == [service_id]
    call("PATCH", url, json={"name": "b"}, headers=AUTH)
    assert call("GET", url, headers=AUTH).json()["name"] == "b"
    assert [s["name"] for s in call("GET", f"{OMNI}/service", headers=AUTH).json()["services"]] == ["b"]
    other = _create_service(call, name="c")
    assert call("GET", f"{OMNI}/service", headers=AUTH).json()["ids"] == [service_id, other]
    dynamic = call("GET", url, headers={**AUTH, "Prefer": "dynamic=true"}).json()
    assert dynamic["name"] == "b"  # another template (a sampled one): rendered anew, record still merged
    call("DELETE", url, headers=AUTH)
    assert call("GET", url, headers=AUTH).status_code == 404
    assert call("GET", f"{OMNI}/service", headers=AUTH).json()["ids"] == [other]
    call("POST", "/__mock/reset", headers=ADMIN)
    assert call("GET", f"{OMNI}/service", headers=AUTH).json()["ids"] == []


def test_lists_filter_by_query_parameters_that_name_item_fields(call: Call) -> None:
    targets = "/pds/api/tenants/t1/backup-targets"
    for name, region in [("b1", "eu"), ("b2", "us"), ("b3", "eu")]:
        call("POST", targets, json={"name": name, "region": region}, headers=AUTH)

    def names(query: str) -> list[str]:
        return [t["name"] for t in call("GET", f"{targets}?{query}", headers=AUTH).json()["data"]]

    assert names("region=eu") == ["b1", "b3"]
    assert names("region=eu&name=b3") == ["b3"]
    assert names("region=ap") == []
    assert names("limit=10&sort_by=name") == ["b1", "b2", "b3"]  # paging and sorting are not fields
    assert names("") == ["b1", "b2", "b3"]
    assert names("trace=7") == ["b1", "b2", "b3"]  # a parameter the operation does not declare
    # Answers kept by the render cache stay apart by the declared parameters' values.
    assert [names(q) for q in ("region=us", "region=eu", "region=us")] == [["b2"], ["b1", "b3"], ["b2"]]


def test_lists_are_scoped_to_their_parent_and_reads_are_not(call: Call) -> None:
    created = call("POST", "/pds/api/tenants/t1/backup-targets", json={"name": "b1"}, headers=AUTH).json()
    assert [
        t["name"] for t in call("GET", "/pds/api/tenants/t1/backup-targets", headers=AUTH).json()["data"]
    ] == ["b1"]
    assert call("GET", "/pds/api/tenants/t2/backup-targets", headers=AUTH).json()["data"] == []
    assert call("GET", f"/pds/api/backup-targets/{created['id']}", headers=AUTH).json()["name"] == "b1"


def test_a_hyphenated_path_parameter_names_the_records_underscore_field(call: Call) -> None:
    # PDS reads an IAM binding at /api/accounts/{id}/iam/{actor-id}: the record's `actor_id`.
    account = call("POST", "/pds/api/accounts", json={"name": "acme"}, headers=AUTH).json()["id"]
    binding = {"actor_id": "actor-7", "data": {"account": ["account-admin"]}}
    created = call("POST", f"/pds/api/accounts/{account}/iam", json=binding, headers=AUTH)
    assert created.status_code == 200
    assert created.json()["actor_id"] == "actor-7"
    read = call("GET", f"/pds/api/accounts/{account}/iam/actor-7", headers=AUTH)
    assert read.status_code == 200
    assert read.json()["actor_id"] == "actor-7"
    assert call("DELETE", f"/pds/api/accounts/{account}/iam/actor-7", headers=AUTH).status_code == 204
    assert call("GET", f"/pds/api/accounts/{account}/iam/actor-7", headers=AUTH).status_code == 404


def test_nested_resources_and_actions(call: Call) -> None:
    service_id = _create_service(call)
    environment = call(
        "POST",
        f"{OMNI}/service/{service_id}/environment",
        json={"name": "dev", "description": "d", "deploymentConfigId": "dc-1"},
        headers=AUTH,
    )
    assert environment.status_code == 200
    environment_id = environment.json()
    assert environment_id.startswith("se-")
    got = call("GET", f"{OMNI}/service/{service_id}/environment/{environment_id}", headers=AUTH)
    assert got.json()["id"] == environment_id
    promote = call("POST", f"{OMNI}/service/{service_id}/environment/{environment_id}/promote", headers=AUTH)
    assert promote.status_code == 202  # an action: the spec's answer, asynchronous


def test_deleting_a_resource_deletes_what_was_created_under_it(call: Call) -> None:
    service_id = _create_service(call)
    other_id = _create_service(call)
    configs = f"{OMNI}/service/{service_id}/storage-volume-config"
    body = {"name": "v", "description": "a volume config"}
    config_id = call("POST", configs, json=body, headers=AUTH).json()
    kept = call("POST", f"{OMNI}/service/{other_id}/storage-volume-config", json=body, headers=AUTH).json()
    assert call("GET", f"{configs}/{config_id}", headers=AUTH).status_code == 200
    assert call("DELETE", f"{OMNI}/service/{service_id}", headers=AUTH).status_code == 200
    for method in ("GET", "PATCH", "DELETE"):  # the child went with its service
        extra = {"json": {"name": "w"}} if method == "PATCH" else {}
        assert call(method, f"{configs}/{config_id}", headers=AUTH, **extra).status_code == 404, method
    other = f"{OMNI}/service/{other_id}/storage-volume-config/{kept}"
    assert call("GET", other, headers=AUTH).status_code == 200  # another service's child stays


def test_nothing_is_created_under_a_deleted_parent(call: Call) -> None:
    service_id = _create_service(call)
    configs = f"{OMNI}/service/{service_id}/storage-volume-config"
    body = {"name": "v", "description": "a volume config"}
    config_id = call("POST", configs, json=body, headers=AUTH).json()
    assert call("DELETE", f"{OMNI}/service/{service_id}", headers=AUTH).status_code == 200
    refused = call("POST", configs, json=body, headers=AUTH)
    assert refused.status_code == 404, refused.text
    assert f"service {service_id!r} was deleted" in refused.json()["message"]
    assert call("GET", configs, headers=AUTH).status_code == 404  # its lists are gone too
    for item in (config_id, "svc-example-id"):  # what it had, and what it never had
        for method in ("GET", "PATCH", "DELETE"):
            extra = {"json": {"name": "w"}} if method == "PATCH" else {}
            assert call(method, f"{configs}/{item}", headers=AUTH, **extra).status_code == 404, method
    # Example-id leniency stays: a parent the mock never saw (neither created nor deleted) takes children.
    unseen = f"{OMNI}/service/s-neverseen1/storage-volume-config"
    assert call("POST", unseen, json=body, headers=AUTH).status_code == 200
    # Deleted paths are bookkeeping, not records: the control API counts records only.
    resources = call("GET", "/__mock/state", headers=ADMIN).json()["apis"]["omnistrate"]["resources"]
    assert list(resources) == ["storage-volume-config"]  # the service and its config are gone
    assert resources["storage-volume-config"]["count"] == 1  # the one under the unseen parent
    call("POST", "/__mock/reset", headers=ADMIN)  # a reset forgets deletions as it forgets records
    assert call("POST", configs, json=body, headers=AUTH).status_code == 200


OWNERS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Owners", "version": "1"},
    "components": {
        "schemas": {
            "Owner": {"type": "object", "required": ["owner"], "properties": {"owner": {"type": "string"}}},
            "Pet": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
        },
        "responses": {"Missing": {"description": "no such thing"}},
    },
    "paths": {
        "/owners": {
            "post": {
                "operationId": "createOwner",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}},
                },
                "responses": {"201": {"description": "made"}},
            }
        },
        "/owners/{owner}": {
            "parameters": [{"name": "owner", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "readOwner",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}},
                    },
                    "404": {"$ref": "#/components/responses/Missing"},
                },
            },
            "delete": {
                "operationId": "deleteOwner",
                "responses": {
                    "204": {"description": "gone"},
                    "404": {"$ref": "#/components/responses/Missing"},
                },
            },
        },
        "/owners/{owner}/pets": {
            "parameters": [{"name": "owner", "in": "path", "required": True, "schema": {"type": "string"}}],
            "post": {
                "operationId": "createPet",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "404": {"$ref": "#/components/responses/Missing"},
                },
            },
        },
    },
}


def test_creating_a_deleted_record_again_lets_children_be_created_under_it(tmp_path: Path) -> None:
    call = make_caller([_spec_file(tmp_path, OWNERS)])
    pets = "/owners/ann/pets"
    assert call("POST", "/owners", json={"owner": "ann"}).status_code == 201  # the client names it
    assert call("POST", pets, json={"name": "Rex"}).status_code == 201
    assert call("DELETE", "/owners/ann").status_code == 204
    assert call("POST", pets, json={"name": "Tom"}).status_code == 404
    assert call("POST", "/owners", json={"owner": "ann"}).status_code == 201  # the same identity again
    assert call("POST", pets, json={"name": "Tom"}).status_code == 201
    assert call("GET", "/owners/ann").status_code == 200


def test_a_child_is_found_under_its_own_parent_only(call: Call) -> None:
    first, second = _create_service(call), _create_service(call)
    body = {"name": "v", "description": "a volume config"}
    config = call("POST", f"{OMNI}/service/{first}/storage-volume-config", json=body, headers=AUTH).json()
    elsewhere = f"{OMNI}/service/{second}/storage-volume-config/{config}"
    for method in ("GET", "DELETE"):
        assert call(method, elsewhere, headers=AUTH).status_code == 404, method
    assert (
        call("GET", f"{OMNI}/service/{first}/storage-volume-config/{config}", headers=AUTH).status_code == 200
    )


def test_asynchronous_create_is_stored(call: Call) -> None:
    response = call("POST", INSTANCE, json={"cloud_provider": "aws", "requestParams": {}}, headers=AUTH)
    assert response.status_code == 202
    instance_id = response.json()["id"]
    assert call("GET", f"{INSTANCE}/{instance_id}", headers=AUTH).status_code == 200
    assert call("DELETE", f"{INSTANCE}/{instance_id}", headers=AUTH).status_code == 202
    assert call("GET", f"{INSTANCE}/{instance_id}", headers=AUTH).status_code == 404
    restart = call("POST", f"{INSTANCE}/{instance_id}/restart", json={}, headers=AUTH)
    assert restart.status_code == 404  # an action on what was deleted


def test_read_only_resources_keep_their_example(call: Call) -> None:
    # Nothing creates projects: an unknown id gets the documented answer, not an undocumented miss.
    assert call("GET", "/pds/api/projects/anything", headers=AUTH).status_code == 200


def test_answers_conform_to_the_response_schema(call: Call) -> None:
    # Fields the response schema does not declare are dropped; wrong types fall back to the shape.
    created = call(
        "POST", "/pds/api/tenants/t1/backup-targets", json={"name": "b", "secret": "x"}, headers=AUTH
    ).json()
    assert "secret" not in created
    api = create_app(["pds"]).handlers[0].api
    operation = api.operations["getBackupTarget"]
    validator = operation.responses["200"].media["application/json"].validator
    assert validator is not None
    assert validator.is_valid(call("GET", f"/pds/api/backup-targets/{created['id']}", headers=AUTH).json())


def test_roles_come_from_method_path_and_hints() -> None:
    api = create_app(["omnistrate"]).handlers[0].api
    plans = plan_api(api)
    roles = {api.operations[op].label: plan.role for op, plan in plans.items()}
    assert roles["GET /2022-09-01-00/service/{id}"] == "read"
    assert roles["GET /2022-09-01-00/service"] == "list"
    assert roles["POST /2022-09-01-00/service"] == "create"
    assert roles["PATCH /2022-09-01-00/service/{id}"] == "update"
    assert roles["DELETE /2022-09-01-00/service/{id}"] == "delete"
    # x-mock: a POST to a path ending in a parameter, hinted as the create it is
    instances = (
        "POST /2022-09-01-00/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}"
        "/{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}"
    )
    assert roles[instances] == "create"
    assert all(plan.role != "action" for plan in plans.values())  # actions answer from the spec


def _spec_file(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "pets.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def test_unknown_x_mock_role_fails_at_start(tmp_path: Path) -> None:
    spec = copy.deepcopy(PETS)
    spec["paths"]["/pets"]["get"]["x-mock"] = {"role": "explode"}  # type: ignore[index]
    with pytest.raises(SpecError, match="unknown x-mock role"):
        make_caller([_spec_file(tmp_path, spec)])


def test_an_unknown_x_mock_user_form_fails_at_start(tmp_path: Path) -> None:
    spec = copy.deepcopy(PETS)
    spec["components"]["securitySchemes"]["basic"]["x-mock"] = {"user": "nickname"}  # type: ignore[index]
    with pytest.raises(SpecError, match="unknown x-mock user 'nickname'"):
        make_caller([_spec_file(tmp_path, spec)])


def _basic(user: str, password: str = "secret") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_omnistrate_consumption_signin_takes_an_email_address_as_user(call: Call) -> None:
    # The spec's basic scheme is email and password (`x-mock: {user: email}`): any address signs in,
    # a user name that is none (schemathesis' ignored_auth probe sends one) gets 401.
    signin = f"{OMNI}/resource-instance/user/signin"
    accepted = call("POST", signin, headers=_basic("qa@example.com"))
    assert accepted.status_code == 200
    assert accepted.json()["token"]
    for user in ("SCHEMATHESIS-INVALID-VALUE", "qa@example", "@example.com", ""):
        refused = call("POST", signin, headers=_basic(user))
        assert refused.status_code == 401, user
        assert refused.headers["www-authenticate"] == "Basic"


def test_a_broken_schema_reference_fails_at_start_naming_the_schema(tmp_path: Path) -> None:
    spec = copy.deepcopy(PETS)
    listing = spec["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]  # type: ignore[index]
    listing["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/Missing"}}
    with pytest.raises(SpecError, match=r"cannot compile the schema at #/paths/~1pets/get/responses/200"):
        make_caller([_spec_file(tmp_path, spec)])


SETTINGS_SCHEMA = {
    "type": "object",
    "properties": {"theme": {"type": "string"}, "alerts": {"type": "boolean"}},
    "additionalProperties": False,
}
SETTINGS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Settings", "version": "1"},
    "paths": {
        "/teams/{team}/settings": {
            "parameters": [{"name": "team", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getSettings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": SETTINGS_SCHEMA,
                                "example": {"theme": "light", "alerts": True},
                            }
                        },
                    }
                },
            },
            "patch": {
                "operationId": "changeSettings",
                "requestBody": {"content": {"application/json": {"schema": SETTINGS_SCHEMA}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": SETTINGS_SCHEMA}}}
                },
            },
            "delete": {"operationId": "resetSettings", "responses": {"204": {"description": "reset"}}},
        }
    },
}


def test_singletons_keep_what_was_written_per_concrete_path(tmp_path: Path) -> None:
    call = make_caller([_spec_file(tmp_path, SETTINGS)])
    assert call("GET", "/teams/a/settings").json() == {"theme": "light", "alerts": True}
    changed = call("PATCH", "/teams/a/settings", json={"theme": "dark"})
    assert changed.json() == {"theme": "dark", "alerts": True}  # merged into what a read answered
    assert call("GET", "/teams/a/settings").json() == {"theme": "dark", "alerts": True}
    call("PATCH", "/teams/a/settings", json={"alerts": False})
    assert call("GET", "/teams/a/settings").json() == {"theme": "dark", "alerts": False}
    assert call("GET", "/teams/b/settings").json() == {"theme": "light", "alerts": True}  # its own object
    assert call("DELETE", "/teams/a/settings").status_code == 204
    assert call("GET", "/teams/a/settings").json() == {"theme": "light", "alerts": True}  # documented again
    roles = {op_id: plan.role for op_id, plan in plan_api(compile_api("settings", SETTINGS)).items()}
    assert roles == {"getSettings": "read", "changeSettings": "update", "resetSettings": "delete"}


def test_a_path_whose_read_is_a_list_stays_a_collection() -> None:
    api = compile_api("omnistrate", specs.load("omnistrate"))
    plans = plan_api(api)
    by_path = {(api.operations[i].method, api.operations[i].path): p for i, p in plans.items()}
    capability = by_path[("GET", "/2022-09-01-00/service/{serviceId}/resource/{id}/capability")]
    assert capability.role == "list"  # GET answers `capabilities`: PUT upserts into it, no singleton


def test_static_turns_state_off() -> None:
    call = make_caller(["omnistrate"], MockOptions(static=True))
    created = call("POST", "/2022-09-01-00/service", json={"name": "x", "description": "y"}, headers=AUTH)
    assert created.json() == "s-12345678"  # the example, every time
    assert call("GET", "/2022-09-01-00/service/s-nothing", headers=AUTH).status_code == 200


def test_client_chosen_ids_are_kept(tmp_path: Path) -> None:
    call = make_caller([_spec_file(tmp_path, PETS)])
    headers = {**AUTH, "X-Trace": "t"}
    assert (
        call("POST", "/pets", json={"id": "p-0042", "name": "Rex"}, headers=headers).json()["id"] == "p-0042"
    )
    assert [p["id"] for p in call("GET", "/pets", headers=headers).json()] == ["p-0042"]


def test_a_method_a_literal_path_lacks_goes_to_the_templated_path_that_has_it(call: Call) -> None:
    # `/subscription/request` has GET and POST, `/subscription/{id}` has DELETE: a subscription
    # whose id is "request" is deleted at the templated path, as the real service's router does.
    deleted = call("DELETE", f"{OMNI}/subscription/request", headers=AUTH)
    # The templated operation answered: no subscription has that id, in the API's own error model.
    assert deleted.status_code == 404, deleted.text
    assert deleted.json()["name"] == "not_found"
    assert call("GET", f"{OMNI}/subscription/request", headers=AUTH).status_code == 200  # the literal
    # A method no path has is still 405, with every method of the literal path allowed.
    refused = call("PUT", f"{OMNI}/subscription/request", json={}, headers=AUTH)
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET, HEAD, POST"
