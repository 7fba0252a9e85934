"""The request pipeline, stage by stage: route, security, validation, response."""

from __future__ import annotations

import base64

from .pets import AUTH, Call


def test_unknown_path_is_404_problem_json(call: Call) -> None:
    response = call("GET", "/nothing", headers=AUTH)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("#NO_PATH_MATCHED_ERROR")


def test_wrong_method_is_405_with_allow(call: Call) -> None:
    response = call("DELETE", "/pets", headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"


def test_head_answers_like_get_without_body(call: Call) -> None:
    response = call("HEAD", "/pets", headers=AUTH)
    assert response.status_code == 200
    assert response.content == b""


def test_options_lists_methods(call: Call) -> None:
    response = call("OPTIONS", "/pets/p-0001")
    assert response.status_code == 204
    assert "PUT" in response.headers["allow"]


def test_missing_token_is_401_in_the_spec_error_model(call: Call) -> None:
    response = call("GET", "/pets", headers={"X-Trace": "t"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    body = response.json()
    assert body["code"] == 401
    assert "missing" in body["message"]


def test_unknown_token_is_401(call: Call) -> None:
    response = call("GET", "/pets", headers={**AUTH, "Authorization": "Bearer guess"})
    assert response.status_code == 401


def test_only_403_documented_means_403(call: Call) -> None:
    response = call("GET", "/private")
    assert response.status_code == 403
    assert response.json()["code"] == 403


def test_basic_auth_and_api_key_schemes(call: Call) -> None:
    token = base64.b64encode(b"ann:pw").decode()
    assert call("POST", "/signin", headers={"Authorization": f"Basic {token}"}).status_code == 200
    assert call("POST", "/signin", headers={"Authorization": "Basic !!"}).status_code == 401
    rename = {"X-Api-Key": "mock-token", "Content-Type": "text/plain"}
    assert call("PUT", "/pets/p-0001", headers=rename, content=b"Rex").status_code == 204
    assert (
        call("PUT", "/pets/p-0001", headers={**rename, "X-Api-Key": "x"}, content=b"Rex").status_code == 401
    )


def test_public_operation_needs_no_token(call: Call) -> None:
    response = call("GET", "/health")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain"


def test_query_and_header_are_validated_with_every_problem_listed(call: Call) -> None:
    response = call(
        "GET", "/pets", params={"limit": "500", "tags": "a,c"}, headers={"Authorization": "Bearer mock-token"}
    )
    assert response.status_code == 400
    message = response.json()["message"]
    assert "query.limit" in message
    assert "query.tags.1" in message
    assert "header.x-trace" in message


def test_comma_separated_array_and_integer_are_read(call: Call) -> None:
    response = call("GET", "/pets", params={"limit": "5", "tags": "a,b"}, headers=AUTH)
    assert response.status_code == 200


def test_int32_format_bounds_apply(call: Call) -> None:
    response = call("GET", "/pets", params={"limit": str(-(2**31) - 1)}, headers=AUTH)
    assert response.status_code == 400


def test_path_parameter_pattern(call: Call) -> None:
    assert call("GET", "/pets/nope", headers=AUTH).status_code == 400
    assert call("GET", "/pets/p-0001", headers=AUTH).status_code == 200


def test_body_schema_and_format(call: Call) -> None:
    bad = call("POST", "/pets", json={"id": "p-0001", "name": "", "born": "yesterday"}, headers=AUTH)
    assert bad.status_code == 400
    assert "body.name" in bad.json()["message"]
    assert "body.born" in bad.json()["message"]
    good = call("POST", "/pets", json={"id": "p-0001", "name": "Rex", "born": "2020-02-02"}, headers=AUTH)
    assert good.status_code == 201
    assert good.headers["deprecation"] == "true"


def test_malformed_json_is_400_not_500(call: Call) -> None:
    headers = {**AUTH, "Content-Type": "application/json"}
    assert call("POST", "/pets", content=b'{"id": ', headers=headers).status_code == 400
    assert call("POST", "/pets", content=b"\xff\xfe", headers=headers).status_code == 400
    deep = b"[" * 10_000 + b"]" * 10_000
    assert call("POST", "/pets", content=deep, headers=headers).status_code == 400


def test_wrong_content_type_is_415(call: Call) -> None:
    response = call("POST", "/pets", content=b"<pet/>", headers={**AUTH, "Content-Type": "application/xml"})
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]


def test_missing_required_body_is_400(call: Call) -> None:
    assert call("POST", "/pets", headers=AUTH).status_code == 400


def test_text_body_is_validated_as_a_string(call: Call) -> None:
    headers = {"X-Api-Key": "mock-token", "Content-Type": "text/plain"}
    assert call("PUT", "/pets/p-0001", content=b"far too long a name", headers=headers).status_code == 400
    assert call("PUT", "/pets/p-0001", content=b"\xff", headers=headers).status_code == 400


def test_multipart_parts_are_validated(call: Call) -> None:
    files = {"file": ("a.png", b"\x89PNG", "image/png")}
    assert (
        call("POST", "/pets/p-0001/photo", files=files, data={"caption": "hi"}, headers=AUTH).status_code
        == 204
    )
    assert (
        call(
            "POST", "/pets/p-0001/photo", files=files, data={"caption": "too long"}, headers=AUTH
        ).status_code
        == 400
    )
    no_file = {"caption": (None, b"hi")}  # multipart, but the required file part is missing
    assert call("POST", "/pets/p-0001/photo", files=no_file, headers=AUTH).status_code == 400


def test_not_acceptable_is_406(call: Call) -> None:
    assert call("GET", "/pets", headers={**AUTH, "Accept": "application/xml"}).status_code == 406
    assert call("GET", "/pets", headers={**AUTH, "Accept": "application/*;q=0.5"}).status_code == 200
