"""A small inline spec and an in-process caller: one behaviour per test, no big spec needed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx

from mockserver import MockOptions, create_app
from mockserver.app import MockApp

Call = Callable[..., httpx.Response]

PETS = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1"},
    "security": [{"bearer": []}],
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "basic": {"type": "http", "scheme": "basic"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        },
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string", "pattern": "^p-[0-9]{4}$"},
                    "name": {"type": "string", "minLength": 1},
                    "born": {"type": "string", "format": "date"},
                },
            },
            "Error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
            },
        },
        "responses": {
            "BadRequest": {
                "description": "bad",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
            "Unauthorized": {
                "description": "no",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        },
    },
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "format": "int32", "maximum": 50},
                    },
                    {
                        "name": "tags",
                        "in": "query",
                        "style": "form",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
                    },
                    {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                                "examples": {
                                    "one": {"value": [{"id": "p-0001", "name": "Rex"}]},
                                    "two": {
                                        "value": [
                                            {"id": "p-0001", "name": "Rex"},
                                            {"id": "p-0002", "name": "Tom"},
                                        ]
                                    },
                                },
                            }
                        },
                    },
                    "400": {"$ref": "#/components/responses/BadRequest"},
                    "401": {"$ref": "#/components/responses/Unauthorized"},
                },
            },
            "post": {
                "operationId": "createPet",
                "deprecated": True,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "400": {"$ref": "#/components/responses/BadRequest"},
                    "401": {"$ref": "#/components/responses/Unauthorized"},
                },
            },
        },
        "/pets/{petId}": {
            "parameters": [
                {
                    "name": "petId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^p-[0-9]{4}$"},
                }
            ],
            "get": {
                "operationId": "getPet",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "404": {"description": "gone"},
                },
            },
            "put": {
                "operationId": "renamePet",
                "security": [{"key": []}],
                "requestBody": {
                    "required": True,
                    "content": {"text/plain": {"schema": {"type": "string", "maxLength": 10}}},
                },
                "responses": {"204": {"description": "renamed"}},
            },
        },
        "/pets/{petId}/photo": {
            "post": {
                "operationId": "uploadPhoto",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file", "caption"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "caption": {"type": "string", "maxLength": 5},
                                },
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/signin": {
            "post": {
                "operationId": "signin",
                "security": [{"basic": []}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
        "/health": {
            "get": {
                "operationId": "health",
                "security": [],
                "responses": {
                    "200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
                },
            }
        },
        "/private": {
            "get": {
                "operationId": "private",
                "responses": {
                    "200": {"description": "ok"},
                    "403": {
                        "description": "forbidden",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        },
    },
}

AUTH = {"Authorization": "Bearer mock-token", "X-Trace": "t"}


def make_caller(specs: list[Any], options: MockOptions | None = None) -> Call:
    return caller_for(create_app(specs, options))


def caller_for(app: MockApp) -> Call:
    """Call `app` in process: `call("GET", "/pets", headers=...)`."""

    def send(method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(go())

    return send
